#include "thuky/storage/database.h"
#include "thuky/storage/notice_repository.h"

#include "fts_query.h"
#include "query_helpers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace thuky::storage {

using detail::optionalId;
using detail::readAll;
using detail::readOne;
using domain::Id;
using domain::IssuerProfile;
using domain::Notice;
using domain::NoticeComment;
using domain::NoticeRevision;
using domain::RegisterEntry;

namespace {

#define THUKY_ISSUER_COLUMNS                                                                       \
    "id, code, parent_body, issuing_body, symbol, place, authority, authority_body,"               \
    " signer_position, signer_name, recipients, archive_line, active"
constexpr const char *kSelectIssuers =
    "SELECT " THUKY_ISSUER_COLUMNS " FROM notice_issuers ORDER BY id";
constexpr const char *kSelectIssuer =
    "SELECT " THUKY_ISSUER_COLUMNS " FROM notice_issuers WHERE id = ?";
constexpr const char *kSelectIssuerByCode =
    "SELECT " THUKY_ISSUER_COLUMNS " FROM notice_issuers WHERE upper(code) = upper(?)";
constexpr const char *kInsertIssuer =
    "INSERT INTO notice_issuers(code, parent_body, issuing_body, symbol, place, authority,"
    " authority_body, signer_position, signer_name, recipients, archive_line, active)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdateIssuer =
    "UPDATE notice_issuers SET code = ?2, parent_body = ?3, issuing_body = ?4, symbol = ?5,"
    " place = ?6, authority = ?7, authority_body = ?8, signer_position = ?9, signer_name = ?10,"
    " recipients = ?11, archive_line = ?12, active = ?13,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";

constexpr const char *kSelectTemplate =
    "SELECT kind, subject, opening, due_days FROM notice_templates WHERE kind = ?";
constexpr const char *kTemplateId = "SELECT id FROM notice_templates WHERE kind = ?";
constexpr const char *kSaveTemplate =
    "INSERT INTO notice_templates(kind, subject, opening, due_days) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT(kind) DO UPDATE SET subject = ?2, opening = ?3, due_days = ?4,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

// The columns of a list row, then (for one notice) its body and recipients.
#define THUKY_NOTICE_COLUMNS                                                                       \
    "n.id, n.kind, n.issuer_id, n.subject, n.urgency, n.drafter_initials, n.copies,"               \
    " n.drafter_id, n.drafter_name, n.meeting_date, n.due_date, n.year, n.status,"                 \
    " n.approved_by, n.issue_date, n.number, n.symbol, n.pdf_sha256, n.corrects_id,"               \
    " (SELECT code FROM notice_issuers WHERE id = n.issuer_id)"
constexpr int kNoticeColumns = 20;
constexpr const char *kSelectNotice =
    "SELECT " THUKY_NOTICE_COLUMNS ", (SELECT body FROM notice_bodies WHERE notice_id = n.id),"
    " n.recipients,"
    " (SELECT group_concat(content_id) FROM (SELECT content_id FROM notice_contents"
    "  WHERE notice_id = n.id ORDER BY content_id))"
    " FROM notices n WHERE n.id = ?";
// Newest first unless a column is asked for. Each combination of filters has its own
// statement, so that a filter by year or status is a range of its index and a count reads
// the index alone (a condition such as "?1 IS NULL OR year = ?1" would make SQLite read
// every row). Every statement mentions the same seven parameters, so each binds them all.
struct ListStatements
{
    QByteArray select;
    QByteArray count;
};

QByteArray orderOf(const NoticeFilter &f)
{
    const char *dir = f.descending ? " DESC" : " ASC";
    QByteArray key;
    switch (f.sort) {
    case NoticeSort::Newest:
        return " ORDER BY n.id DESC";
    case NoticeSort::Number:
        key = QByteArray("n.number IS NOT NULL") + dir + ", n.year" + dir + ", n.number";
        break;
    case NoticeSort::Subject:
        key = "n.subject COLLATE vi";
        break;
    case NoticeSort::Kind:
        key = "CASE n.kind WHEN 'ubtvqh' THEN 0 WHEN 'leaders' THEN 1 ELSE 2 END";
        break;
    case NoticeSort::Status:
        key = "CASE n.status WHEN 'draft' THEN 0 WHEN 'submitted' THEN 1 WHEN 'returned' THEN 2"
              " WHEN 'approved' THEN 3 ELSE 4 END";
        break;
    case NoticeSort::MeetingDate:
        key = "n.meeting_date";
        break;
    case NoticeSort::DueDate:
        key = "n.due_date";
        break;
    case NoticeSort::IssueDate:
        key = "n.issue_date";
        break;
    case NoticeSort::Drafter:
        key = "n.drafter_name COLLATE vi";
        break;
    }
    return " ORDER BY " + key + dir + ", n.id DESC";
}

bool hasText(const NoticeFilter &f)
{
    return !detail::textMatch(QStringLiteral("notice"), f.text).isEmpty();
}

/// The words a drafter's name must hold, as LIKE patterns over " name ": `% bui thi%` (a
/// word, a phrase: its start), `% tran %` (a quoted word: whole). Tokens are letters and
/// digits, so nothing needs escaping. A JSON array, bound as one parameter.
std::optional<QString> drafterPatterns(const NoticeFilter &f)
{
    const QList<search::QueryTerm> terms = search::parseQuery(f.text, search::PrefixMode::Every);
    if (terms.isEmpty())
        return std::nullopt;
    QJsonArray patterns;
    for (const search::QueryTerm &t : terms)
        patterns.append(QString(QLatin1String("% ") + t.tokens.join(u' ') +
                                (t.prefix ? QLatin1String("%") : QLatin1String(" %"))));
    return QString::fromUtf8(QJsonDocument(patterns).toJson(QJsonDocument::Compact));
}

ListStatements listStatements(const NoticeFilter &f)
{
    QByteArray where = " WHERE 1";
    if (f.year)
        where += " AND n.year = ?1";
    if (f.status)
        where += " AND n.status = ?2";
    if (f.issuerId)
        where += " AND n.issuer_id = ?3";
    if (f.kind)
        where += " AND n.kind = ?6";
    // The text through the search index (the subject, the body, the number); or every word
    // in the drafter's name, looked for among the few names there are rather than in each
    // notice's.
    if (hasText(f))
        where += " AND (n.id IN (" THUKY_TEXT_MATCH_SQL("?7") ")"
                 " OR n.drafter_name IN (SELECT name FROM (SELECT DISTINCT drafter_name AS name FROM notices)"
                 "  WHERE NOT EXISTS (SELECT 1 FROM json_each(?8) w"
                 "   WHERE ' ' || thuky_fold(name) || ' ' NOT LIKE w.value)))";
    const QByteArray all =
        " AND ?1 IS ?1 AND ?2 IS ?2 AND ?3 IS ?3 AND ?6 IS ?6 AND ?7 IS ?7 AND ?8 IS ?8";
    ListStatements s;
    s.select = "SELECT " THUKY_NOTICE_COLUMNS " FROM notices n" + where + all + orderOf(f) +
               " LIMIT ?4 OFFSET ?5";
    s.count = "SELECT count(*) FROM notices n" + where + all + " AND ?4 IS ?4 AND ?5 IS ?5";
    return s;
}

std::optional<QString> kindKey(const NoticeFilter &f)
{
    return f.kind ? std::optional(domain::noticeKindKey(*f.kind)) : std::nullopt;
}

constexpr const char *kSelectPdf = "SELECT pdf FROM notices WHERE id = ?";
constexpr const char *kInsertNotice =
    "INSERT INTO notices(kind, issuer_id, subject, recipients, urgency, drafter_initials,"
    " copies, drafter_id, drafter_name, meeting_date, due_date, year, status, approved_by,"
    " corrects_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kInsertBody = "INSERT INTO notice_bodies(notice_id, body) VALUES (?, ?)";
constexpr const char *kUpdateBody =
    "UPDATE notice_bodies SET body = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    " WHERE notice_id = ?1";
constexpr const char *kUpdateNotice =
    "UPDATE notices SET kind = ?2, issuer_id = ?3, subject = ?4, recipients = ?5, urgency = ?6,"
    " drafter_initials = ?7, copies = ?8, meeting_date = ?9, due_date = ?10, year = ?11,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kSetStatus =
    "UPDATE notices SET status = ?2, approved_by = ?3,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kMarkIssued =
    "UPDATE notices SET status = 'issued', number = ?2, symbol = ?3, issue_date = ?4, year = ?5,"
    " pdf = ?6, pdf_sha256 = ?7, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kCorrections = "SELECT id FROM notices WHERE corrects_id = ? ORDER BY id";
constexpr const char *kDeleteLinks = "DELETE FROM notice_contents WHERE notice_id = ?";
constexpr const char *kInsertLink =
    "INSERT OR IGNORE INTO notice_contents(notice_id, content_id) VALUES (?, ?)";

#define THUKY_REVISION_COLUMNS                                                                     \
    "id, notice_id, number, reason, subject, body, recipients, user_id, user_name, created_at"
constexpr const char *kSelectRevisions =
    "SELECT " THUKY_REVISION_COLUMNS " FROM notice_revisions WHERE notice_id = ? ORDER BY number";
constexpr const char *kSelectRevision =
    "SELECT " THUKY_REVISION_COLUMNS " FROM notice_revisions WHERE id = ?";
constexpr const char *kInsertRevision =
    "INSERT INTO notice_revisions(notice_id, number, reason, subject, body, recipients, user_id,"
    " user_name) VALUES (?1, 1 + ifnull((SELECT max(number) FROM notice_revisions"
    " WHERE notice_id = ?1), 0), ?2, ?3, ?4, ?5, ?6, ?7)";
constexpr const char *kSelectComments =
    "SELECT c.id, c.revision_id, c.user_id, c.user_name, c.text, c.created_at"
    " FROM notice_comments c JOIN notice_revisions r ON r.id = c.revision_id"
    " WHERE r.notice_id = ? ORDER BY c.id";
constexpr const char *kInsertComment =
    "INSERT INTO notice_comments(revision_id, user_id, user_name, text) VALUES (?, ?, ?, ?)";

constexpr const char *kLastNumber =
    "SELECT max(number) FROM notice_numbers WHERE issuer_id = ? AND symbol = ? AND year = ?";
constexpr const char *kLastIssueDate =
    "SELECT max(issue_date) FROM notice_numbers WHERE issuer_id = ? AND symbol = ? AND year = ?";
constexpr const char *kInsertNumber =
    "INSERT INTO notice_numbers(issuer_id, symbol, year, number, notice_id, issue_date,"
    " void_reason, voided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
#define THUKY_REGISTER_COLUMNS                                                                     \
    "r.id, r.issuer_id, r.symbol, r.year, r.number, r.notice_id, r.issue_date, r.void_reason,"     \
    " r.voided_by, (SELECT subject FROM notices WHERE id = r.notice_id)"
constexpr const char *kSelectNumber =
    "SELECT " THUKY_REGISTER_COLUMNS " FROM notice_numbers r WHERE r.issuer_id = ?"
    " AND r.symbol = ? AND r.year = ? AND r.number = ?";
constexpr const char *kVoidNumber =
    "UPDATE notice_numbers SET void_reason = ?2, voided_by = ?3,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kSelectRegister =
    "SELECT " THUKY_REGISTER_COLUMNS " FROM notice_numbers r WHERE r.year = ?1"
    " AND (?2 = 0 OR r.issuer_id = ?2) ORDER BY r.issuer_id, r.symbol, r.number";

constexpr const char *kSelectFollowUps =
    "SELECT id, notice_id, conclusion, task_id FROM notice_followups WHERE notice_id = ?"
    " ORDER BY id";
constexpr const char *kSelectFollowUpOfTask =
    "SELECT id, notice_id, conclusion, task_id FROM notice_followups WHERE task_id = ?";
constexpr const char *kInsertFollowUp =
    "INSERT INTO notice_followups(notice_id, conclusion, task_id) VALUES (?, ?, ?)";

QString linesOf(const QStringList &lines)
{
    // Never a null string: an empty list is '' in the NOT NULL columns, not NULL.
    return detail::text(lines.join(QLatin1Char('\n')));
}

QStringList splitLines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

QDateTime instant(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

IssuerProfile readIssuer(const Statement &s)
{
    IssuerProfile i;
    i.id = s.int64(0);
    i.code = s.text(1);
    i.parentBody = s.text(2);
    i.issuingBody = s.text(3);
    i.symbol = s.text(4);
    i.place = s.text(5);
    i.authority =
        domain::signatureAuthorityFromKey(s.text(6)).value_or(domain::SignatureAuthority::Direct);
    i.authorityBody = s.text(7);
    i.signerPosition = s.text(8);
    i.signerName = s.text(9);
    i.recipients = splitLines(s.text(10));
    i.archiveLine = s.text(11);
    i.active = s.integer(12) != 0;
    return i;
}

domain::NoticeTemplate readTemplate(const Statement &s)
{
    domain::NoticeTemplate t;
    t.kind = domain::noticeKindFromText(s.text(0)).value_or(domain::NoticeKind::Other);
    t.subject = s.text(1);
    t.opening = s.text(2);
    t.dueDays = s.integer(3);
    return t;
}

Notice readNotice(const Statement &s)
{
    Notice n;
    n.id = s.int64(0);
    n.kind = domain::noticeKindFromText(s.text(1)).value_or(domain::NoticeKind::Other);
    n.issuerId = s.int64(2);
    n.subject = s.text(3);
    n.urgency = domain::urgencyFromText(s.text(4)).value_or(domain::Urgency::Normal);
    n.drafterInitials = s.text(5);
    n.copies = s.integer(6);
    n.drafterId = s.int64(7);
    n.drafterName = s.text(8);
    n.meetingDate = s.date(9);
    n.dueDate = s.date(10);
    n.year = s.integer(11);
    n.status = domain::noticeStatusFromText(s.text(12)).value_or(domain::NoticeStatus::Draft);
    n.approvedBy = s.int64(13);
    n.issueDate = s.date(14);
    n.number = s.integer(15);
    n.symbol = s.text(16);
    n.pdfSha256 = s.text(17);
    n.correctsId = s.int64(18);
    return n;
}

NoticeRow readRow(const Statement &s)
{
    return NoticeRow{readNotice(s), s.text(19)};
}

Notice readFullNotice(const Statement &s)
{
    Notice n = readNotice(s);
    if (auto body = domain::NoticeBody::fromJson(s.text(kNoticeColumns).toUtf8()))
        n.body = *body;
    n.recipients = splitLines(s.text(kNoticeColumns + 1));
    const QString contents = s.text(kNoticeColumns + 2);
    if (!contents.isEmpty()) {
        for (const QString &id : contents.split(QLatin1Char(',')))
            n.contentIds << id.toLongLong();
    }
    return n;
}

NoticeRevision readRevision(const Statement &s)
{
    NoticeRevision r;
    r.id = s.int64(0);
    r.noticeId = s.int64(1);
    r.number = s.integer(2);
    r.issued = s.text(3) == QLatin1String("issued");
    r.subject = s.text(4);
    if (auto body = domain::NoticeBody::fromJson(s.text(5).toUtf8()))
        r.body = *body;
    r.recipients = splitLines(s.text(6));
    r.userId = s.int64(7);
    r.userName = s.text(8);
    r.at = instant(s.text(9));
    return r;
}

NoticeComment readComment(const Statement &s)
{
    return NoticeComment{s.int64(0), s.int64(1), s.int64(2),
                         s.text(3),  s.text(4),  instant(s.text(5))};
}

RegisterEntry readEntry(const Statement &s)
{
    RegisterEntry e;
    e.id = s.int64(0);
    e.issuerId = s.int64(1);
    e.symbol = s.text(2);
    e.year = s.integer(3);
    e.number = s.integer(4);
    e.noticeId = s.int64(5);
    e.issueDate = s.date(6);
    e.voidReason = s.text(7);
    e.voidedBy = s.text(8);
    e.subject = s.text(9);
    return e;
}

FollowUpLink readFollowUp(const Statement &s)
{
    return FollowUpLink{s.int64(0), s.int64(1), s.text(2), s.int64(3)};
}

std::optional<QString> statusKey(const NoticeFilter &f)
{
    return f.status ? std::optional(domain::noticeStatusKey(*f.status)) : std::nullopt;
}

class SqliteNoticeRepository final : public NoticeRepository
{
public:
    explicit SqliteNoticeRepository(Database &db) : m_db(db) {}

    Result<QList<IssuerProfile>> issuers() override
    {
        return readAll<IssuerProfile>(m_db, kSelectIssuers, readIssuer);
    }
    Result<std::optional<IssuerProfile>> issuer(Id id) override
    {
        return readOne<IssuerProfile>(m_db, kSelectIssuer, readIssuer, id);
    }
    Result<std::optional<IssuerProfile>> issuerByCode(const QString &code) override
    {
        return readOne<IssuerProfile>(m_db, kSelectIssuerByCode, readIssuer, code.trimmed());
    }
    Result<Id> insertIssuer(const IssuerProfile &i) override
    {
        auto done =
            m_db.exec(kInsertIssuer, detail::text(i.code), detail::text(i.parentBody),
                      detail::text(i.issuingBody), detail::text(i.symbol), detail::text(i.place),
                      domain::signatureAuthorityKey(i.authority), detail::text(i.authorityBody),
                      detail::text(i.signerPosition), detail::text(i.signerName),
                      linesOf(i.recipients), detail::text(i.archiveLine), i.active);
        // Only the UNIQUE code makes a conflict a duplicate; other constraints say so.
        if (!done)
            return done.error().code == ErrorCode::Conflict &&
                           done.error().detail.contains(QStringLiteral("UNIQUE"))
                       ? makeError(ErrorCode::Duplicate,
                                   QStringLiteral("Mã cơ quan ban hành \"%1\" đã có.").arg(i.code),
                                   QStringLiteral("The issuer code \"%1\" is taken.").arg(i.code),
                                   done.error().detail)
                       : done.error();
        return m_db.lastInsertId();
    }
    Result<void> updateIssuer(const IssuerProfile &i) override
    {
        return m_db.exec(kUpdateIssuer, i.id, detail::text(i.code), detail::text(i.parentBody),
                         detail::text(i.issuingBody), detail::text(i.symbol), detail::text(i.place),
                         domain::signatureAuthorityKey(i.authority), detail::text(i.authorityBody),
                         detail::text(i.signerPosition), detail::text(i.signerName),
                         linesOf(i.recipients), detail::text(i.archiveLine), i.active);
    }

    Result<std::optional<domain::NoticeTemplate>> noticeTemplate(domain::NoticeKind kind) override
    {
        return readOne<domain::NoticeTemplate>(m_db, kSelectTemplate, readTemplate,
                                               domain::noticeKindKey(kind));
    }
    Result<Id> saveTemplate(const domain::NoticeTemplate &t) override
    {
        THUKY_TRY(m_db.exec(kSaveTemplate, domain::noticeKindKey(t.kind), detail::text(t.subject),
                            detail::text(t.opening), t.dueDays));
        return templateId(t.kind);
    }
    Result<Id> templateId(domain::NoticeKind kind) override
    {
        auto id = m_db.queryInt(kTemplateId, domain::noticeKindKey(kind));
        if (!id)
            return id.error();
        return Id(id->value_or(0));
    }

    Result<std::optional<Notice>> notice(Id id) override
    {
        return readOne<Notice>(m_db, kSelectNotice, readFullNotice, id);
    }
    Result<QByteArray> pdf(Id id) override
    {
        auto bytes = readOne<QByteArray>(
            m_db, kSelectPdf, [](const Statement &s) { return s.blob(0); }, id);
        if (!bytes)
            return bytes.error();
        return bytes->value_or(QByteArray());
    }
    /// The filter's text as the search index reads it (detail::listTextMatch()); none
    /// without a word.
    Result<std::optional<QString>> textMatch(const NoticeFilter &f)
    {
        auto match = detail::listTextMatch(m_db, QStringLiteral("notice"), f.text);
        if (!match)
            return match.error();
        return match->isEmpty() ? std::nullopt : std::optional(*match);
    }
    Result<QList<NoticeRow>> notices(const NoticeFilter &f) override
    {
        const ListStatements s = listStatements(f);
        auto match = textMatch(f);
        if (!match)
            return match.error();
        return readAll<NoticeRow>(m_db, s.select.constData(), readRow, f.year, statusKey(f),
                                  f.issuerId, f.limit, f.offset, kindKey(f), *match,
                                  drafterPatterns(f));
    }
    Result<int> countNotices(const NoticeFilter &f) override
    {
        const ListStatements s = listStatements(f);
        auto match = textMatch(f);
        if (!match)
            return match.error();
        auto n = m_db.queryInt(s.count.constData(), f.year, statusKey(f), f.issuerId, f.limit,
                               f.offset, kindKey(f), *match, drafterPatterns(f));
        if (!n)
            return n.error();
        return int(n->value_or(0));
    }
    Result<Id> insertNotice(const Notice &n) override
    {
        THUKY_TRY(m_db.exec(
            kInsertNotice, domain::noticeKindKey(n.kind), n.issuerId, detail::text(n.subject),
            linesOf(n.recipients), domain::urgencyKey(n.urgency), detail::text(n.drafterInitials),
            n.copies, n.drafterId, detail::text(n.drafterName), n.meetingDate, n.dueDate, n.year,
            domain::noticeStatusKey(n.status), optionalId(n.approvedBy), optionalId(n.correctsId)));
        const Id id = m_db.lastInsertId();
        THUKY_TRY(m_db.exec(kInsertBody, id, QString::fromUtf8(n.body.toJson())));
        THUKY_TRY(writeLinks(id, n.contentIds));
        return id;
    }
    Result<void> updateNotice(const Notice &n) override
    {
        THUKY_TRY(m_db.exec(kUpdateNotice, n.id, domain::noticeKindKey(n.kind), n.issuerId,
                            detail::text(n.subject), linesOf(n.recipients),
                            domain::urgencyKey(n.urgency), detail::text(n.drafterInitials),
                            n.copies, n.meetingDate, n.dueDate, n.year));
        THUKY_TRY(m_db.exec(kUpdateBody, n.id, QString::fromUtf8(n.body.toJson())));
        THUKY_TRY(m_db.exec(kDeleteLinks, n.id));
        return writeLinks(n.id, n.contentIds);
    }
    Result<void> setStatus(Id id, domain::NoticeStatus status, Id approvedBy) override
    {
        return m_db.exec(kSetStatus, id, domain::noticeStatusKey(status), optionalId(approvedBy));
    }
    Result<void> markIssued(const Notice &n, const QByteArray &pdf) override
    {
        const std::optional<QByteArray> bytes = pdf.isEmpty() ? std::nullopt : std::optional(pdf);
        const std::optional<QString> sha =
            pdf.isEmpty() ? std::nullopt
                          : std::optional(QString::fromLatin1(
                                QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
        return m_db.exec(kMarkIssued, n.id, n.number, n.symbol, n.issueDate, n.year, bytes, sha);
    }
    Result<QList<Id>> corrections(Id id) override
    {
        return readAll<Id>(
            m_db, kCorrections, [](const Statement &s) { return s.int64(0); }, id);
    }

    Result<QList<NoticeRevision>> revisions(Id noticeId) override
    {
        return readAll<NoticeRevision>(m_db, kSelectRevisions, readRevision, noticeId);
    }
    Result<std::optional<NoticeRevision>> revision(Id revisionId) override
    {
        return readOne<NoticeRevision>(m_db, kSelectRevision, readRevision, revisionId);
    }
    Result<NoticeRevision> insertRevision(const Notice &n, bool issued,
                                          const domain::Actor &by) override
    {
        THUKY_TRY(m_db.exec(kInsertRevision, n.id,
                            issued ? QStringLiteral("issued") : QStringLiteral("submitted"),
                            detail::text(n.subject), QString::fromUtf8(n.body.toJson()),
                            linesOf(n.recipients), by.userId, by.userName));
        auto saved = revision(m_db.lastInsertId());
        if (!saved)
            return saved.error();
        return **saved;
    }
    Result<QList<NoticeComment>> comments(Id noticeId) override
    {
        return readAll<NoticeComment>(m_db, kSelectComments, readComment, noticeId);
    }
    Result<Id> insertComment(const NoticeComment &c) override
    {
        THUKY_TRY(m_db.exec(kInsertComment, c.revisionId, c.userId, c.userName, c.text));
        return m_db.lastInsertId();
    }

    Result<int> lastNumber(Id issuerId, const QString &symbol, int year) override
    {
        auto n = m_db.queryInt(kLastNumber, issuerId, symbol, year);
        if (!n)
            return n.error();
        return int(n->value_or(0));
    }
    Result<QDate> lastIssueDate(Id issuerId, const QString &symbol, int year) override
    {
        auto date = readOne<QDate>(
            m_db, kLastIssueDate, [](const Statement &s) { return s.date(0); }, issuerId, symbol,
            year);
        if (!date)
            return date.error();
        return date->value_or(QDate());
    }
    Result<Id> insertNumber(const RegisterEntry &e) override
    {
        const std::optional<QString> reason =
            e.voidReason.isEmpty() ? std::nullopt : std::optional(e.voidReason);
        const std::optional<QString> by =
            e.voidedBy.isEmpty() ? std::nullopt : std::optional(e.voidedBy);
        THUKY_TRY(m_db.exec(kInsertNumber, e.issuerId, e.symbol, e.year, e.number,
                            optionalId(e.noticeId), e.issueDate, reason, by));
        return m_db.lastInsertId();
    }
    Result<std::optional<RegisterEntry>> number(Id issuerId, const QString &symbol, int year,
                                                int number) override
    {
        return readOne<RegisterEntry>(m_db, kSelectNumber, readEntry, issuerId, symbol, year,
                                      number);
    }
    Result<void> voidNumber(Id entryId, const QString &reason, const QString &by) override
    {
        return m_db.exec(kVoidNumber, entryId, reason, by);
    }
    Result<QList<RegisterEntry>> registerOf(int year, Id issuerId) override
    {
        return readAll<RegisterEntry>(m_db, kSelectRegister, readEntry, year, issuerId);
    }

    Result<QList<FollowUpLink>> followUps(Id noticeId) override
    {
        return readAll<FollowUpLink>(m_db, kSelectFollowUps, readFollowUp, noticeId);
    }
    Result<std::optional<FollowUpLink>> followUpOfTask(Id taskId) override
    {
        return readOne<FollowUpLink>(m_db, kSelectFollowUpOfTask, readFollowUp, taskId);
    }
    Result<Id> insertFollowUp(const FollowUpLink &l) override
    {
        THUKY_TRY(m_db.exec(kInsertFollowUp, l.noticeId, l.conclusion, l.taskId));
        return m_db.lastInsertId();
    }

private:
    Result<void> writeLinks(Id noticeId, const QList<Id> &contentIds)
    {
        for (Id contentId : contentIds)
            THUKY_TRY(m_db.exec(kInsertLink, noticeId, contentId));
        return {};
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<NoticeRepository> makeSqliteNoticeRepository(Database &db)
{
    return std::make_unique<SqliteNoticeRepository>(db);
}

} // namespace thuky::storage
