#pragma once
// Conclusion notices: issuers, templates, notices with their links, revisions, comments,
// the register of numbers and the follow-up tasks.

#include "thuky/core/result.h"
#include "thuky/domain/notice.h"

#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

/// The order of a list: newest first, or by a column (text in Vietnamese order).
enum class NoticeSort
{
    Newest,      ///< by id, newest first (the default)
    Number,      ///< year then number; notices without a number first
    Subject,     ///< Vietnamese order
    Kind,
    Status,      ///< in workflow order (draft … issued)
    MeetingDate,
    DueDate,
    IssueDate,
    Drafter,     ///< Vietnamese order
};

/// Which notices a list shows, and which page of them.
struct NoticeFilter
{
    std::optional<int> year;
    std::optional<domain::NoticeStatus> status;
    domain::Id issuerId = 0; ///< 0: any
    std::optional<domain::NoticeKind> kind;
    /// Words found, accents and case ignored and in this order, in the subject, the
    /// drafter's name or the symbol; empty: any.
    QString text;
    NoticeSort sort = NoticeSort::Newest;
    bool descending = false; ///< for a sort by column (Newest is always newest first)
    int offset = 0;
    int limit = 200;
};

/// A line of the notices list (newest first): the notice without its body, and the names
/// a list shows.
struct NoticeRow
{
    domain::Notice notice; ///< body, recipients and contents left empty
    QString issuerCode;
};

/// A follow-up task of a numbered conclusion.
struct FollowUpLink
{
    domain::Id id = 0;
    domain::Id noticeId = 0;
    QString conclusion; ///< "2", "2.1"
    domain::Id taskId = 0;
};

class NoticeRepository
{
public:
    virtual ~NoticeRepository() = default;

    virtual Result<QList<domain::IssuerProfile>> issuers() = 0;
    virtual Result<std::optional<domain::IssuerProfile>> issuer(domain::Id id) = 0;
    /// By code, ignoring case.
    virtual Result<std::optional<domain::IssuerProfile>> issuerByCode(const QString &code) = 0;
    /// Duplicate when the code is taken.
    virtual Result<domain::Id> insertIssuer(const domain::IssuerProfile &issuer) = 0;
    virtual Result<void> updateIssuer(const domain::IssuerProfile &issuer) = 0;

    virtual Result<std::optional<domain::NoticeTemplate>>
    noticeTemplate(domain::NoticeKind kind) = 0;
    /// Inserts or replaces the kind's template; returns its id.
    virtual Result<domain::Id> saveTemplate(const domain::NoticeTemplate &tmpl) = 0;
    /// The id of the kind's template (0: none), for the audit trail.
    virtual Result<domain::Id> templateId(domain::NoticeKind kind) = 0;

    /// The notice with its body and linked contents; no PDF.
    virtual Result<std::optional<domain::Notice>> notice(domain::Id id) = 0;
    /// The stored PDF of an issued notice (empty when none).
    virtual Result<QByteArray> pdf(domain::Id id) = 0;
    virtual Result<QList<NoticeRow>> notices(const NoticeFilter &filter) = 0;
    virtual Result<int> countNotices(const NoticeFilter &filter) = 0;
    /// Inserts with its content links; status must not be issued.
    virtual Result<domain::Id> insertNotice(const domain::Notice &notice) = 0;
    /// Rewrites every editable field and the links (the triggers refuse an issued notice).
    virtual Result<void> updateNotice(const domain::Notice &notice) = 0;
    virtual Result<void> setStatus(domain::Id id, domain::NoticeStatus status,
                                   domain::Id approvedBy) = 0;
    /// The issue itself: number, symbol, date, year and the PDF with its SHA-256 (empty
    /// bytes: none), status issued.
    virtual Result<void> markIssued(const domain::Notice &notice, const QByteArray &pdf) = 0;
    /// The notices correcting `id`.
    virtual Result<QList<domain::Id>> corrections(domain::Id id) = 0;

    virtual Result<QList<domain::NoticeRevision>> revisions(domain::Id noticeId) = 0;
    virtual Result<std::optional<domain::NoticeRevision>> revision(domain::Id revisionId) = 0;
    /// Freezes the notice's current subject, body and recipients as its next revision.
    virtual Result<domain::NoticeRevision> insertRevision(const domain::Notice &notice, bool issued,
                                                          const domain::Actor &by) = 0;
    virtual Result<QList<domain::NoticeComment>> comments(domain::Id noticeId) = 0;
    virtual Result<domain::Id> insertComment(const domain::NoticeComment &comment) = 0;

    /// The last number of (issuer, symbol, year), 0 when none.
    virtual Result<int> lastNumber(domain::Id issuerId, const QString &symbol, int year) = 0;
    /// The newest issue date in (issuer, symbol, year); invalid when none.
    virtual Result<QDate> lastIssueDate(domain::Id issuerId, const QString &symbol, int year) = 0;
    /// Appends number `entry.number` (the triggers refuse a gap or a taken number).
    virtual Result<domain::Id> insertNumber(const domain::RegisterEntry &entry) = 0;
    virtual Result<std::optional<domain::RegisterEntry>>
    number(domain::Id issuerId, const QString &symbol, int year, int number) = 0;
    virtual Result<void> voidNumber(domain::Id entryId, const QString &reason,
                                    const QString &by) = 0;
    /// The register of a year, by issuer then number; `issuerId` 0: every issuer.
    virtual Result<QList<domain::RegisterEntry>> registerOf(int year, domain::Id issuerId) = 0;

    virtual Result<QList<FollowUpLink>> followUps(domain::Id noticeId) = 0;
    /// The link of a task, if it follows a notice.
    virtual Result<std::optional<FollowUpLink>> followUpOfTask(domain::Id taskId) = 0;
    virtual Result<domain::Id> insertFollowUp(const FollowUpLink &link) = 0;
};

std::unique_ptr<NoticeRepository> makeSqliteNoticeRepository(Database &db);

} // namespace thuky::storage
