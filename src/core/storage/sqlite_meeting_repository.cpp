#include "thuky/storage/database.h"
#include "thuky/storage/meeting_repository.h"

#include "fts_query.h"
#include "query_helpers.h"

#include <QStringList>

namespace thuky::storage {

using detail::optionalId;
using detail::readAll;
using detail::readOne;
using domain::Id;
using domain::Invitee;
using domain::Meeting;
using domain::MeetingContent;
using domain::MeetingEvent;
using domain::RequiredDocument;
using domain::Term;

namespace {

constexpr const char *kSelectTerms =
    "SELECT id, number, first_year, last_year FROM terms ORDER BY number";
constexpr const char *kSelectTerm =
    "SELECT id, number, first_year, last_year FROM terms WHERE number = ?";
constexpr const char *kSelectTermOfYear =
    "SELECT id, number, first_year, last_year FROM terms WHERE ?1 BETWEEN first_year AND"
    " last_year ORDER BY number DESC LIMIT 1";
constexpr const char *kInsertTerm =
    "INSERT INTO terms(number, first_year, last_year) VALUES (?, ?, ?)";

// The meeting columns every query reads, in the order readMeeting() expects; the phases
// come as "first/last,first/last" and the count of contents follows.
#define THUKY_MEETING_COLUMNS                                                                      \
    "m.id, m.term, m.number, m.kind, m.status, m.reserve_days, m.venue, m.chair_id, m.notes,"      \
    " (SELECT group_concat(d) FROM (SELECT first_day || '/' || last_day AS d FROM meeting_phases"  \
    "   WHERE meeting_id = m.id ORDER BY position)),"                                              \
    " (SELECT count(*) FROM meeting_contents WHERE meeting_id = m.id),"                            \
    " (SELECT full_name FROM people WHERE id = m.chair_id)"

constexpr const char *kSelectMeeting =
    "SELECT " THUKY_MEETING_COLUMNS " FROM meetings m WHERE m.id = ?";
constexpr const char *kSelectMeetingByNumber =
    "SELECT " THUKY_MEETING_COLUMNS " FROM meetings m WHERE m.term = ? AND m.number = ?";
// first_day is bounded below by the longest span, so the index range is a month and two,
// never the table.
constexpr const char *kSelectOverlapping =
    "SELECT " THUKY_MEETING_COLUMNS " FROM meetings m WHERE m.first_day BETWEEN ?1 AND ?2"
    " AND m.last_day >= ?3 AND (?4 = 0 OR m.term = ?4) ORDER BY m.first_day, m.id";
// The meetings of the contents the search index finds (the calendar's text filter).
constexpr const char *kMeetingsWithContent =
    "SELECT DISTINCT meeting_id FROM meeting_contents WHERE meeting_id IS NOT NULL AND id IN ("
    THUKY_TEXT_MATCH_SQL("?") ") ORDER BY meeting_id";
constexpr const char *kSelectOfTerm =
    "SELECT " THUKY_MEETING_COLUMNS " FROM meetings m WHERE m.term = ? ORDER BY m.number";
constexpr const char *kSelectNext =
    "SELECT " THUKY_MEETING_COLUMNS " FROM meetings m WHERE m.first_day >= ?1"
    " AND m.last_day >= ?2 AND m.status IN ('planned', 'convened') ORDER BY m.first_day, m.id"
    " LIMIT ?3";
constexpr const char *kLastNumber = "SELECT max(number) FROM meetings WHERE term = ?";
constexpr const char *kInsertMeeting =
    "INSERT INTO meetings(id, term, number, kind, status, first_day, last_day, reserve_days,"
    " venue, chair_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdateMeeting =
    "UPDATE meetings SET term = ?2, number = ?3, kind = ?4, status = ?5, first_day = ?6,"
    " last_day = ?7, reserve_days = ?8, venue = ?9, chair_id = ?10, notes = ?11,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kDeletePhases = "DELETE FROM meeting_phases WHERE meeting_id = ?";
constexpr const char *kInsertPhase =
    "INSERT INTO meeting_phases(meeting_id, position, first_day, last_day) VALUES (?, ?, ?, ?)";
constexpr const char *kCountContents = "SELECT count(*) FROM meeting_contents WHERE meeting_id = ?";
constexpr const char *kDeleteMeeting = "DELETE FROM meetings WHERE id = ?";

#define THUKY_CONTENT_COLUMNS                                                                      \
    "id, meeting_id, title, category, presenting_agency_id, reviewing_agency_id, planned_day,"     \
    " half_day, in_yearly_plan, plan_year, plan_month, handling, status, position"
constexpr const char *kSelectContent =
    "SELECT " THUKY_CONTENT_COLUMNS " FROM meeting_contents WHERE id = ?";
constexpr const char *kSelectContents =
    "SELECT " THUKY_CONTENT_COLUMNS " FROM meeting_contents WHERE meeting_id = ?"
    " ORDER BY position, id";
constexpr const char *kSelectPlan =
    "SELECT " THUKY_CONTENT_COLUMNS " FROM meeting_contents WHERE plan_year = ?1"
    " AND (?2 = 0 OR plan_month = ?2) ORDER BY plan_month, position, id";
constexpr const char *kInsertContent =
    "INSERT INTO meeting_contents(id, meeting_id, title, category, presenting_agency_id,"
    " reviewing_agency_id, planned_day, half_day, in_yearly_plan, plan_year, plan_month, handling,"
    " status, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdateContent =
    "UPDATE meeting_contents SET meeting_id = ?2, title = ?3, category = ?4,"
    " presenting_agency_id = ?5, reviewing_agency_id = ?6, planned_day = ?7, half_day = ?8,"
    " in_yearly_plan = ?9, plan_year = ?10, plan_month = ?11, handling = ?12, status = ?13,"
    " position = ?14, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kDeleteContent = "DELETE FROM meeting_contents WHERE id = ?";
constexpr const char *kNextPosition =
    "SELECT ifnull(max(position), 0) + 1 FROM meeting_contents WHERE meeting_id = ?";

#define THUKY_DOCUMENT_COLUMNS                                                                     \
    "d.id, d.content_id, d.kind, d.responsible_agency_id, d.due_date, d.received_on, d.note"
constexpr const char *kSelectDocument =
    "SELECT " THUKY_DOCUMENT_COLUMNS " FROM required_documents d WHERE d.id = ?";
constexpr const char *kSelectDocuments =
    "SELECT " THUKY_DOCUMENT_COLUMNS " FROM required_documents d WHERE d.content_id = ?"
    " ORDER BY d.id";
constexpr const char *kSelectMeetingDocuments =
    "SELECT " THUKY_DOCUMENT_COLUMNS " FROM meeting_contents c JOIN required_documents d"
    " ON d.content_id = c.id WHERE c.meeting_id = ? ORDER BY c.position, c.id, d.id";
constexpr const char *kInsertDocument =
    "INSERT INTO required_documents(content_id, kind, responsible_agency_id, due_date,"
    " received_on, note) VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdateDocument =
    "UPDATE required_documents SET kind = ?2, responsible_agency_id = ?3, due_date = ?4,"
    " received_on = ?5, note = ?6, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    " WHERE id = ?1";
constexpr const char *kDeleteDocument = "DELETE FROM required_documents WHERE id = ?";

constexpr const char *kSelectInvitees =
    "SELECT id, agency_id, person_id FROM content_invitees WHERE content_id = ? ORDER BY id";
constexpr const char *kSelectMeetingInvitees =
    "SELECT i.content_id, i.id, i.agency_id, i.person_id FROM meeting_contents c"
    " JOIN content_invitees i ON i.content_id = c.id WHERE c.meeting_id = ?"
    " ORDER BY c.position, c.id, i.id";
constexpr const char *kInsertInvitee =
    "INSERT INTO content_invitees(content_id, agency_id, person_id) VALUES (?, ?, ?)";
constexpr const char *kDeleteInvitee =
    "DELETE FROM content_invitees WHERE id = ? AND content_id = ?";

#define THUKY_EVENT_COLUMNS                                                                        \
    "e.id, e.title, e.kind, e.start_day, e.start_time, e.end_day, e.end_time, e.venue, e.notes,"   \
    " (SELECT group_concat(p) FROM (SELECT ifnull('a' || agency_id, 'p' || person_id) AS p"        \
    "   FROM event_participants WHERE event_id = e.id ORDER BY id)), e.uid"
constexpr const char *kSelectEvent =
    "SELECT " THUKY_EVENT_COLUMNS " FROM meeting_events e WHERE e.id = ?";
constexpr const char *kSelectEventByUid =
    "SELECT " THUKY_EVENT_COLUMNS " FROM meeting_events e WHERE e.uid = ?";
constexpr const char *kSelectEventsOverlapping =
    "SELECT " THUKY_EVENT_COLUMNS " FROM meeting_events e WHERE e.start_day BETWEEN ?1 AND ?2"
    " AND e.end_day >= ?3 ORDER BY e.start_day, e.start_time, e.id";
constexpr const char *kInsertEvent =
    "INSERT INTO meeting_events(id, title, kind, start_day, start_time, end_day, end_time, venue,"
    " notes, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " coalesce(?, lower(hex(randomblob(16))) || '@thuky'))";
constexpr const char *kUpdateEvent =
    "UPDATE meeting_events SET title = ?2, kind = ?3, start_day = ?4, start_time = ?5,"
    " end_day = ?6, end_time = ?7, venue = ?8, notes = ?9,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kDeleteParticipants = "DELETE FROM event_participants WHERE event_id = ?";
constexpr const char *kInsertParticipant =
    "INSERT INTO event_participants(event_id, agency_id, person_id) VALUES (?, ?, ?)";
constexpr const char *kDeleteEvent = "DELETE FROM meeting_events WHERE id = ?";

constexpr const char *kSelectRules =
    "SELECT id, subject, days, working_days FROM deadline_rules ORDER BY id";
constexpr const char *kSaveRule =
    "INSERT INTO deadline_rules(subject, days, working_days) VALUES (?1, ?2, ?3)"
    " ON CONFLICT(subject) DO UPDATE SET days = ?2, working_days = ?3,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
constexpr const char *kRuleId = "SELECT id FROM deadline_rules WHERE subject = ?";

const QString kTimeFormat = QStringLiteral("HH:mm");

Term readTerm(const Statement &s)
{
    return Term{s.int64(0), s.integer(1), s.integer(2), s.integer(3)};
}

QList<QDate> datesOf(const QString &text)
{
    QList<QDate> dates;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        dates << QDate::fromString(part, Qt::ISODate);
    return dates;
}

QString textOf(const QList<QDate> &dates)
{
    QStringList parts;
    for (const QDate &d : dates)
        parts << d.toString(Qt::ISODate);
    return parts.join(QLatin1Char(','));
}

/// "a12,p5": agencies and people as the image queries write them.
QList<Invitee> inviteesOf(const QString &text)
{
    QList<Invitee> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Id id = part.mid(1).toLongLong();
        out << (part.startsWith(QLatin1Char('a')) ? Invitee{0, id, 0} : Invitee{0, 0, id});
    }
    return out;
}

MeetingRow readMeetingRow(const Statement &s)
{
    MeetingRow row;
    Meeting &m = row.meeting;
    m.id = s.int64(0);
    m.term = s.integer(1);
    m.number = s.integer(2);
    m.kind = domain::meetingKindFromText(s.text(3)).value_or(domain::MeetingKind::Other);
    m.status = domain::meetingStatusFromText(s.text(4)).value_or(domain::MeetingStatus::Planned);
    m.reserveDays = datesOf(s.text(5));
    m.venue = s.text(6);
    m.chairId = s.int64(7);
    m.notes = s.text(8);
    for (const QString &phase : s.text(9).split(QLatin1Char(','), Qt::SkipEmptyParts))
        m.phases << domain::MeetingPhase{
            QDate::fromString(phase.section(QLatin1Char('/'), 0, 0), Qt::ISODate),
            QDate::fromString(phase.section(QLatin1Char('/'), 1, 1), Qt::ISODate)};
    row.contentCount = s.integer(10);
    row.chairName = s.text(11);
    return row;
}

Meeting readMeeting(const Statement &s)
{
    return readMeetingRow(s).meeting;
}

MeetingContent readContent(const Statement &s)
{
    MeetingContent c;
    c.id = s.int64(0);
    c.meetingId = s.int64(1);
    c.title = s.text(2);
    c.category =
        domain::contentCategoryFromText(s.text(3)).value_or(domain::ContentCategory::Other);
    c.presentingAgencyId = s.int64(4);
    c.reviewingAgencyId = s.int64(5);
    c.plannedDay = s.date(6);
    if (!s.isNull(7))
        c.halfDay = domain::halfDayFromText(s.text(7));
    c.inYearlyPlan = s.integer(8) != 0;
    c.plannedYear = s.integer(9);
    c.plannedMonth = s.integer(10);
    c.handling =
        domain::contentHandlingFromText(s.text(11)).value_or(domain::ContentHandling::AtSitting);
    c.status = domain::contentStatusFromText(s.text(12)).value_or(domain::ContentStatus::Planned);
    c.position = s.integer(13);
    return c;
}

RequiredDocument readDocument(const Statement &s)
{
    RequiredDocument d;
    d.id = s.int64(0);
    d.contentId = s.int64(1);
    d.kind = domain::documentKindFromText(s.text(2)).value_or(domain::DocumentKind::Other);
    d.responsibleAgencyId = s.int64(3);
    d.dueDate = s.date(4);
    d.dueSet = d.dueDate.isValid();
    d.receivedOn = s.date(5);
    d.note = s.text(6);
    return d;
}

Invitee readInvitee(const Statement &s)
{
    return Invitee{s.int64(0), s.int64(1), s.int64(2)};
}

MeetingEvent readEvent(const Statement &s)
{
    MeetingEvent e;
    e.id = s.int64(0);
    e.title = s.text(1);
    e.kind = domain::eventKindFromText(s.text(2)).value_or(domain::EventKind::Other);
    e.startDay = s.date(3);
    e.startTime = QTime::fromString(s.text(4), kTimeFormat);
    e.endDay = s.date(5);
    e.endTime = QTime::fromString(s.text(6), kTimeFormat);
    e.venue = s.text(7);
    e.notes = s.text(8);
    e.participants = inviteesOf(s.text(9));
    e.uid = s.text(10);
    return e;
}

/// A unique or trigger failure as the user's error; anything else unchanged.
Error constraintError(const Error &e, ErrorCode code, const QString &vi, const QString &en)
{
    return e.code == ErrorCode::Conflict ? makeError(code, vi, en, e.detail) : e;
}

class SqliteMeetingRepository final : public MeetingRepository
{
public:
    explicit SqliteMeetingRepository(Database &db) : m_db(db) {}

    Result<QList<Term>> terms() override { return readAll<Term>(m_db, kSelectTerms, readTerm); }

    Result<std::optional<Term>> term(int number) override
    {
        return readOne<Term>(m_db, kSelectTerm, readTerm, number);
    }

    Result<std::optional<Term>> termOfYear(int year) override
    {
        return readOne<Term>(m_db, kSelectTermOfYear, readTerm, year);
    }

    Result<Id> insertTerm(const Term &t) override
    {
        if (auto done = m_db.exec(kInsertTerm, t.number, t.firstYear, t.lastYear); !done)
            return constraintError(done.error(), ErrorCode::Duplicate,
                                   QStringLiteral("Khóa %1 đã có.").arg(t.number),
                                   QStringLiteral("Term %1 already exists.").arg(t.number));
        return m_db.lastInsertId();
    }

    Result<std::optional<Meeting>> meeting(Id id) override
    {
        return readOne<Meeting>(m_db, kSelectMeeting, readMeeting, id);
    }

    Result<std::optional<Meeting>> meetingByNumber(int term, int number) override
    {
        return readOne<Meeting>(m_db, kSelectMeetingByNumber, readMeeting, term, number);
    }

    Result<QList<MeetingRow>> meetingsOverlapping(const QDate &from, const QDate &to,
                                                  int term) override
    {
        return readAll<MeetingRow>(m_db, kSelectOverlapping, readMeetingRow,
                                   from.addDays(-domain::kMaxMeetingSpanDays), to, from, term);
    }

    Result<QList<MeetingRow>> meetingsOfTerm(int term) override
    {
        return readAll<MeetingRow>(m_db, kSelectOfTerm, readMeetingRow, term);
    }

    Result<std::optional<QList<Id>>> meetingsWithContent(const QString &text) override
    {
        return detail::idsMatching(m_db, kMeetingsWithContent, QStringLiteral("content"), text);
    }

    Result<QList<Meeting>> nextMeetings(const QDate &from, int limit) override
    {
        return readAll<Meeting>(m_db, kSelectNext, readMeeting,
                                from.addDays(-domain::kMaxMeetingSpanDays), from, limit);
    }

    Result<int> lastNumber(int term) override
    {
        auto n = m_db.queryInt(kLastNumber, term);
        if (!n)
            return n.error();
        return static_cast<int>(n->value_or(0));
    }

    Result<Id> insertMeeting(const Meeting &m) override
    {
        auto done = m_db.exec(kInsertMeeting, optionalId(m.id), m.term, m.number,
                              domain::meetingKindKey(m.kind), domain::meetingStatusKey(m.status),
                              m.firstDay(), m.lastDay(), detail::text(textOf(m.reserveDays)),
                              detail::text(m.venue), optionalId(m.chairId), detail::text(m.notes));
        if (!done)
            return constraintError(
                done.error(), ErrorCode::Duplicate,
                QStringLiteral("Khóa %1 đã có phiên họp thứ %2.").arg(m.term).arg(m.number),
                QStringLiteral("Term %1 already has a meeting number %2.")
                    .arg(m.term)
                    .arg(m.number));
        const Id id = m_db.lastInsertId();
        THUKY_TRY(writePhases(id, m.phases));
        return id;
    }

    Result<void> updateMeeting(const Meeting &m) override
    {
        auto done = m_db.exec(kUpdateMeeting, m.id, m.term, m.number,
                              domain::meetingKindKey(m.kind), domain::meetingStatusKey(m.status),
                              m.firstDay(), m.lastDay(), detail::text(textOf(m.reserveDays)),
                              detail::text(m.venue), optionalId(m.chairId), detail::text(m.notes));
        if (!done)
            return constraintError(
                done.error(), ErrorCode::Duplicate,
                QStringLiteral("Khóa %1 đã có phiên họp thứ %2.").arg(m.term).arg(m.number),
                QStringLiteral("Term %1 already has a meeting number %2.")
                    .arg(m.term)
                    .arg(m.number));
        THUKY_TRY(m_db.exec(kDeletePhases, m.id));
        return writePhases(m.id, m.phases);
    }

    Result<void> deleteMeeting(Id id) override
    {
        auto contents = m_db.queryInt(kCountContents, id);
        if (!contents)
            return contents.error();
        if (contents->value_or(0) > 0)
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral("Phiên họp còn nội dung; hãy xóa hoặc chuyển các nội dung trước."),
                QStringLiteral("The meeting still has contents; remove or move them first."));
        if (auto done = m_db.exec(kDeleteMeeting, id); !done)
            return constraintError(done.error(), ErrorCode::Conflict,
                                   QStringLiteral("Phiên họp đã họp không xóa được."),
                                   QStringLiteral("A meeting that was held cannot be deleted."));
        return {};
    }

    Result<std::optional<MeetingContent>> content(Id id) override
    {
        return readOne<MeetingContent>(m_db, kSelectContent, readContent, id);
    }

    Result<QList<MeetingContent>> contents(Id meetingId) override
    {
        return readAll<MeetingContent>(m_db, kSelectContents, readContent, meetingId);
    }

    Result<QList<MeetingContent>> planContents(int year, int month) override
    {
        return readAll<MeetingContent>(m_db, kSelectPlan, readContent, year, month);
    }

    Result<Id> insertContent(const MeetingContent &c) override
    {
        THUKY_TRY(m_db.exec(kInsertContent, optionalId(c.id), optionalId(c.meetingId),
                            detail::text(c.title), domain::contentCategoryKey(c.category),
                            c.presentingAgencyId, optionalId(c.reviewingAgencyId), c.plannedDay,
                            halfDayText(c), c.inYearlyPlan, planYear(c), planMonth(c),
                            domain::contentHandlingKey(c.handling),
                            domain::contentStatusKey(c.status), c.position));
        return m_db.lastInsertId();
    }

    Result<void> updateContent(const MeetingContent &c) override
    {
        return m_db.exec(kUpdateContent, c.id, optionalId(c.meetingId), detail::text(c.title),
                         domain::contentCategoryKey(c.category), c.presentingAgencyId,
                         optionalId(c.reviewingAgencyId), c.plannedDay, halfDayText(c),
                         c.inYearlyPlan, planYear(c), planMonth(c),
                         domain::contentHandlingKey(c.handling), domain::contentStatusKey(c.status),
                         c.position);
    }

    Result<void> deleteContent(Id id) override
    {
        if (auto done = m_db.exec(kDeleteContent, id); !done)
            return constraintError(done.error(), ErrorCode::Conflict,
                                   QStringLiteral("Nội dung đã được cho ý kiến không xóa được."),
                                   QStringLiteral("A content that was held cannot be deleted."));
        return {};
    }

    Result<int> nextPosition(Id meetingId) override
    {
        auto n = m_db.queryInt(kNextPosition, meetingId);
        if (!n)
            return n.error();
        return static_cast<int>(n->value_or(1));
    }

    Result<std::optional<RequiredDocument>> document(Id id) override
    {
        return readOne<RequiredDocument>(m_db, kSelectDocument, readDocument, id);
    }

    Result<QList<RequiredDocument>> documents(Id contentId) override
    {
        return readAll<RequiredDocument>(m_db, kSelectDocuments, readDocument, contentId);
    }

    Result<QList<RequiredDocument>> documentsOfMeeting(Id meetingId) override
    {
        return readAll<RequiredDocument>(m_db, kSelectMeetingDocuments, readDocument, meetingId);
    }

    Result<Id> insertDocument(const RequiredDocument &d) override
    {
        THUKY_TRY(m_db.exec(kInsertDocument, d.contentId, domain::documentKindKey(d.kind),
                            d.responsibleAgencyId, d.dueSet ? d.dueDate : QDate(), d.receivedOn,
                            detail::text(d.note)));
        return m_db.lastInsertId();
    }

    Result<void> updateDocument(const RequiredDocument &d) override
    {
        return m_db.exec(kUpdateDocument, d.id, domain::documentKindKey(d.kind),
                         d.responsibleAgencyId, d.dueSet ? d.dueDate : QDate(), d.receivedOn,
                         detail::text(d.note));
    }

    Result<void> deleteDocument(Id id) override { return m_db.exec(kDeleteDocument, id); }

    Result<QList<Invitee>> invitees(Id contentId) override
    {
        return readAll<Invitee>(m_db, kSelectInvitees, readInvitee, contentId);
    }

    Result<QList<std::pair<Id, Invitee>>> inviteesOfMeeting(Id meetingId) override
    {
        return readAll<std::pair<Id, Invitee>>(
            m_db, kSelectMeetingInvitees,
            [](const Statement &s) {
                return std::pair<Id, Invitee>{s.int64(0),
                                              Invitee{s.int64(1), s.int64(2), s.int64(3)}};
            },
            meetingId);
    }

    Result<Id> insertInvitee(Id contentId, const Invitee &i) override
    {
        if (auto done = m_db.exec(kInsertInvitee, contentId, optionalId(i.agencyId),
                                  optionalId(i.personId));
            !done)
            return constraintError(
                done.error(), ErrorCode::Duplicate,
                QStringLiteral("Thành phần này đã được mời dự nội dung."),
                QStringLiteral("This invitee is already invited to the content."));
        return m_db.lastInsertId();
    }

    Result<void> deleteInvitee(Id contentId, Id inviteeId) override
    {
        return m_db.exec(kDeleteInvitee, inviteeId, contentId);
    }

    Result<std::optional<MeetingEvent>> event(Id id) override
    {
        return readOne<MeetingEvent>(m_db, kSelectEvent, readEvent, id);
    }

    Result<std::optional<MeetingEvent>> eventByUid(const QString &uid) override
    {
        return readOne<MeetingEvent>(m_db, kSelectEventByUid, readEvent, uid);
    }

    Result<QList<MeetingEvent>> eventsOverlapping(const QDate &from, const QDate &to) override
    {
        return readAll<MeetingEvent>(m_db, kSelectEventsOverlapping, readEvent,
                                     from.addDays(-domain::kMaxMeetingSpanDays), to, from);
    }

    Result<Id> insertEvent(const MeetingEvent &e) override
    {
        THUKY_TRY(m_db.exec(
            kInsertEvent, optionalId(e.id), detail::text(e.title), domain::eventKindKey(e.kind),
            e.startDay, e.startTime.toString(kTimeFormat), e.endDay,
            e.endTime.toString(kTimeFormat), detail::text(e.venue), detail::text(e.notes),
            e.uid.isEmpty() ? std::optional<QString>() : std::optional<QString>(e.uid)));
        const Id id = m_db.lastInsertId();
        THUKY_TRY(writeParticipants(id, e.participants));
        return id;
    }

    Result<void> updateEvent(const MeetingEvent &e) override
    {
        THUKY_TRY(m_db.exec(kUpdateEvent, e.id, detail::text(e.title), domain::eventKindKey(e.kind),
                            e.startDay, e.startTime.toString(kTimeFormat), e.endDay,
                            e.endTime.toString(kTimeFormat), detail::text(e.venue),
                            detail::text(e.notes)));
        THUKY_TRY(m_db.exec(kDeleteParticipants, e.id));
        return writeParticipants(e.id, e.participants);
    }

    Result<void> deleteEvent(Id id) override { return m_db.exec(kDeleteEvent, id); }

    Result<QList<DeadlineRuleRow>> deadlineRules() override
    {
        return readAll<DeadlineRuleRow>(m_db, kSelectRules, [](const Statement &s) {
            return DeadlineRuleRow{s.int64(0), s.text(1), s.integer(2), s.integer(3) != 0};
        });
    }

    Result<Id> saveDeadlineRule(const DeadlineRuleRow &rule) override
    {
        THUKY_TRY(m_db.exec(kSaveRule, rule.subject, rule.days, rule.workingDays));
        auto id = m_db.queryInt(kRuleId, rule.subject);
        if (!id)
            return id.error();
        return id->value_or(0);
    }

private:
    static QString halfDayText(const MeetingContent &c)
    {
        return c.halfDay ? domain::halfDayKey(*c.halfDay) : QString();
    }
    static std::optional<int> planYear(const MeetingContent &c)
    {
        return c.plannedMonth > 0 ? std::optional<int>(c.plannedYear) : std::nullopt;
    }
    static std::optional<int> planMonth(const MeetingContent &c)
    {
        return c.plannedMonth > 0 ? std::optional<int>(c.plannedMonth) : std::nullopt;
    }

    Result<void> writePhases(Id meetingId, const QList<domain::MeetingPhase> &phases)
    {
        int position = 0;
        for (const domain::MeetingPhase &p : phases)
            THUKY_TRY(m_db.exec(kInsertPhase, meetingId, ++position, p.first, p.last));
        return {};
    }

    Result<void> writeParticipants(Id eventId, const QList<Invitee> &participants)
    {
        for (const Invitee &p : participants)
            THUKY_TRY(m_db.exec(kInsertParticipant, eventId, optionalId(p.agencyId),
                                optionalId(p.personId)));
        return {};
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<MeetingRepository> makeSqliteMeetingRepository(Database &db)
{
    return std::make_unique<SqliteMeetingRepository>(db);
}

} // namespace thuky::storage
