#pragma once
// Use cases of conclusion notices (thông báo kết luận): drafting from a meeting content,
// the review workflow (dự thảo → trình duyệt → trả lại | đã duyệt → ban hành), numbering
// from the register when issued, corrections, the word-by-word comparison of revisions,
// follow-up tasks in the work programme, issuers and templates. The GUI and the CLI both
// go through here; every write is audited.

#include "thuky/core/result.h"
#include "thuky/domain/meeting.h"
#include "thuky/domain/notice.h"
#include "thuky/domain/programme.h"
#include "thuky/domain/word_diff.h"
#include "thuky/storage/audit_repository.h"
#include "thuky/storage/notice_repository.h"

#include <functional>
#include <optional>

namespace thuky::domain {
class WorkingDays;
}

namespace thuky::storage {
class Database;
class MeetingRepository;
class ReferenceRepository;
} // namespace thuky::storage

namespace thuky::services {

class Authorizer;
class AuditService;
class CalendarService;
class ProgrammeService;

/// Turns an issued notice (number and date already set) into the bytes of its PDF. The
/// document writers plug in here; NoticeService stores what it returns with its SHA-256.
/// It runs inside the issuing transaction: an error cancels the issue, number included.
using NoticeRenderer = std::function<Result<QByteArray>(const domain::Notice &notice,
                                                        const domain::IssuerProfile &issuer)>;

/// How long a notice took or is taking, against its due date.
struct NoticeTiming
{
    std::optional<int> workingDaysToIssue; ///< from the meeting to the issue; none before
    bool overdue = false;                  ///< not issued and past its due date
    bool late = false;                     ///< issued after its due date
};

/// A line of the notices list.
struct NoticeListRow
{
    storage::NoticeRow row;
    NoticeTiming timing;
};

/// A page of the list and how many notices the filter matches in all.
struct NoticePage
{
    QList<NoticeListRow> rows;
    int total = 0;
};

/// A follow-up task with where it stands.
struct FollowUpStatus
{
    storage::FollowUpLink link;
    QString taskNumber;
    QString content;
    QString leadUnit;
    QDate deadline;
    domain::TaskStatus status = domain::TaskStatus::NotStarted;
    int progress = 0;
    domain::Timeliness timeliness = domain::Timeliness::NoDeadline;
};

/// Everything a notice's page shows.
struct NoticeDetails
{
    domain::Notice notice;
    domain::IssuerProfile issuer;
    NoticeTiming timing;
    QList<domain::NoticeRevision> revisions; ///< oldest first
    QList<domain::NoticeComment> comments;   ///< oldest first
    QList<FollowUpStatus> followUps;
    QList<domain::Id> corrections; ///< notices that correct this one
};

class NoticeService
{
public:
    NoticeService(storage::Database &db, storage::NoticeRepository &repo,
                  storage::MeetingRepository &meetings, storage::ReferenceRepository &reference,
                  ProgrammeService &programmes, CalendarService &calendar, AuditService &audit,
                  const Authorizer &authorizer);

    QDate today() const;

    // Issuers and templates
    Result<QList<domain::IssuerProfile>> issuers(const domain::Actor &actor);
    Result<domain::IssuerProfile> issuer(const domain::Actor &actor, domain::Id id);
    /// NotFound naming the code.
    Result<domain::IssuerProfile> issuerByCode(const domain::Actor &actor, const QString &code);
    /// ConfigureNotices. Adds (id 0) or updates an issuer; Duplicate when the code is taken.
    Result<domain::IssuerProfile> saveIssuer(const domain::Actor &actor,
                                             domain::IssuerProfile issuer);
    Result<domain::NoticeTemplate> noticeTemplate(const domain::Actor &actor,
                                                  domain::NoticeKind kind);
    /// ConfigureNotices. Due days from 0 to 60.
    Result<domain::NoticeTemplate> saveTemplate(const domain::Actor &actor,
                                                domain::NoticeTemplate tmpl);
    /// Writes the Standing Committee and the Secretary General as issuers and a template
    /// per kind where missing, audited: once, when a database gains notices.
    Result<void> addDefaults(const domain::Actor &actor);

    // Drafting
    /// The values a template's placeholders take from a meeting content: so_phien_hop,
    /// khoa, ngay_hop (05/01/2027), ngay_hop_bang_chu ("ngày 05 tháng 01 năm 2027"),
    /// noi_dung (the content's title without "Cho ý kiến về", lower case first), co_quan_trinh,
    /// so_to_trinh, co_quan_tham_tra, so_bao_cao_tham_tra, tham_tra (" và … trình bày Báo
    /// cáo thẩm tra số …", empty without a reviewing agency). A document's number is known
    /// when its note holds "số 123/TTr-CP".
    Result<QHash<QString, QString>> templateValues(const domain::Actor &actor,
                                                   domain::Id contentId);
    /// DraftNotice. A Standing Committee notice on a content: subject and opening paragraph
    /// from the kind's template, the meeting's date, the due date, the issuer's recipients.
    /// `issuerId` 0: the first active issuer (the Standing Committee).
    Result<domain::Notice> createFromContent(const domain::Actor &actor, domain::Id contentId,
                                             domain::Id issuerId = 0);
    /// DraftNotice. A notice from what the caller wrote; issuer 0: the kind's (the Secretary
    /// General for a leaders' meeting, else the Standing Committee). An empty body starts
    /// with the kind's opening (with the meeting's date when given; the placeholders nothing
    /// fills stay for the drafter to replace), empty recipients with the issuer's. The actor
    /// is its drafter.
    Result<domain::Notice> create(const domain::Actor &actor, domain::Notice notice);
    /// DraftNotice. Rewrites a draft or a returned notice (Conflict otherwise); the status,
    /// number and drafter stay.
    Result<domain::Notice> updateDraft(const domain::Actor &actor, domain::Notice notice);
    /// DraftNotice. A new draft correcting an issued notice (Conflict unless issued), with
    /// its content, links and issuer.
    Result<domain::Notice> createCorrection(const domain::Actor &actor, domain::Id issuedId);

    // Workflow: a step out of order is Conflict, a role without the right PermissionDenied;
    // nothing is written then.
    /// DraftNotice. Draft or returned → submitted, freezing a revision.
    Result<domain::NoticeRevision> submit(const domain::Actor &actor, domain::Id id);
    /// ReviewNotice. Submitted or approved → returned, with a comment on the latest
    /// revision (required).
    Result<domain::Notice> returnNotice(const domain::Actor &actor, domain::Id id,
                                        const QString &comment);
    /// ReviewNotice. A comment on the latest revision, without changing the status.
    /// `revisionId` names the revision the reviewer is reading (0: the latest); an older
    /// one is refused (Conflict), one of another notice is NotFound.
    Result<domain::NoticeComment> comment(const domain::Actor &actor, domain::Id id,
                                          const QString &text, domain::Id revisionId = 0);
    /// ApproveNotice. Submitted → approved; refused (PermissionDenied) to the drafter.
    Result<domain::Notice> approve(const domain::Actor &actor, domain::Id id);
    /// IssueNotice. Approved → issued: in one write transaction (BEGIN IMMEDIATE, so two
    /// processes queue) takes the next number of (issuer, symbol, year of `date`), records
    /// it in the register, sets the date, renders and stores the PDF when `renderer` is
    /// set, and freezes a last revision. `date` invalid: today; refused after today or
    /// before the register's last issue date of that year.
    Result<domain::Notice> issue(const domain::Actor &actor, domain::Id id, QDate date = {},
                                 const NoticeRenderer &renderer = {});
    /// IssueNotice. Voids a number of (issuer, its symbol, year): an issued one (the notice
    /// stays, the register says void) or exactly the next one (it is skipped for good).
    /// `issuerId` 0: the Standing Committee (the first issuer).
    Result<domain::RegisterEntry> voidNumber(const domain::Actor &actor, int year, int number,
                                             const QString &reason, domain::Id issuerId = 0);

    // Reading
    Result<NoticePage> list(const domain::Actor &actor, const storage::NoticeFilter &filter);
    Result<NoticeDetails> details(const domain::Actor &actor, domain::Id id);
    Result<domain::Notice> notice(const domain::Actor &actor, domain::Id id);
    /// The stored PDF (empty when none).
    Result<QByteArray> pdf(const domain::Actor &actor, domain::Id id);
    /// The register of a year, by issuer then number; `issuerId` 0: every issuer.
    Result<QList<domain::RegisterEntry>> registerOf(const domain::Actor &actor, int year,
                                                    domain::Id issuerId = 0);
    /// Word by word from one revision to another (subject, then the body as read).
    Result<QList<domain::DiffSpan>> compare(const domain::Actor &actor, domain::Id fromRevision,
                                            domain::Id toRevision);

    // Follow-up
    /// EditTask and DraftNotice. Adds `task` to the work programme (task.programmeId 0: the
    /// programme of the notice's year, the Secretariat's when there are several) with the
    /// notice's number as its source, and links it to the conclusion labelled `conclusion`
    /// ("2.1"), which must exist. Only for an issued notice.
    Result<domain::Task> addFollowUpTask(const domain::Actor &actor, domain::Id noticeId,
                                         const QString &conclusion, domain::Task task);
    /// The notice a task follows up, if any.
    Result<std::optional<storage::FollowUpLink>> followUpOfTask(const domain::Actor &actor,
                                                                domain::Id taskId);

private:
    Result<domain::Notice> requireNotice(domain::Id id);
    /// The notice, or Conflict (naming the step) unless it is in one of `allowed`.
    Result<domain::Notice>
    noticeIn(domain::Id id, std::initializer_list<domain::NoticeStatus> allowed, const char *step);
    Result<domain::IssuerProfile> requireIssuer(domain::Id id);
    Result<domain::MeetingContent> requireContent(domain::Id id);
    /// The issuer a new notice of `kind` takes when none is given: the Secretary General
    /// (TTKQH) for a leaders' meeting, else the first active issuer (the Standing Committee).
    Result<domain::Id> defaultIssuerId(domain::NoticeKind kind = domain::NoticeKind::Ubtvqh);
    Result<void> checkStatus(const domain::Notice &n,
                             std::initializer_list<domain::NoticeStatus> allowed, const char *step);
    Result<void> prepare(domain::Notice &n);
    Result<NoticeTiming> timingOf(const domain::Notice &n, const domain::WorkingDays &calendar);
    Result<void> record(const domain::Actor &actor, const char *action, storage::Entity entity,
                        domain::Id id, const std::optional<QByteArray> &before);
    Result<domain::Notice> setStatus(const domain::Actor &actor, domain::Id id,
                                     std::initializer_list<domain::NoticeStatus> from,
                                     domain::NoticeStatus to, const char *step, const char *action,
                                     const QString &commentText = {});
    Result<QList<FollowUpStatus>> followUpStatuses(const domain::Actor &actor, domain::Id noticeId);

    storage::Database &m_db;
    storage::NoticeRepository &m_repo;
    storage::MeetingRepository &m_meetings;
    storage::ReferenceRepository &m_reference;
    ProgrammeService &m_programmes;
    CalendarService &m_calendar;
    AuditService &m_audit;
    const Authorizer &m_auth;
};

} // namespace thuky::services
