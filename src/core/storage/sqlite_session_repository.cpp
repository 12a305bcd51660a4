#include "thuky/storage/database.h"
#include "thuky/storage/session_repository.h"

#include "query_helpers.h"

#include <QStringList>

namespace thuky::storage {

using detail::optionalId;
using detail::readAll;
using detail::readOne;
using domain::AgendaItem;
using domain::AgendaVersion;
using domain::Id;
using domain::Matter;
using domain::Session;

namespace {

// The phases come as "number/first/last,…".
#define THUKY_SESSION_COLUMNS                                                                      \
    "s.id, s.term, s.kind, s.ordinal, s.status, s.venue, s.notes,"                                 \
    " (SELECT group_concat(d) FROM (SELECT id || '/' || number || '/' || first_day || '/' ||"      \
    "   last_day AS d FROM session_phases WHERE session_id = s.id ORDER BY number))"

constexpr const char *kSelectSession =
    "SELECT " THUKY_SESSION_COLUMNS " FROM sessions s WHERE s.id = ?";
constexpr const char *kSelectSessions =
    "SELECT " THUKY_SESSION_COLUMNS " FROM sessions s WHERE (?1 = 0 OR s.term = ?1)"
    " ORDER BY s.first_day, s.id";
// first_day is bounded below by the longest session (90 days), so the range stays small.
constexpr const char *kSelectOverlapping =
    "SELECT " THUKY_SESSION_COLUMNS " FROM sessions s WHERE s.first_day BETWEEN ?1 AND ?2"
    " AND s.last_day >= ?3 ORDER BY s.first_day, s.id";
constexpr const char *kLastOrdinal =
    "SELECT ifnull(max(ordinal), 0) FROM sessions WHERE term = ? AND kind = ?";
constexpr const char *kInsertSession =
    "INSERT INTO sessions(id, term, kind, ordinal, status, first_day, last_day, venue, notes)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdateSession =
    "UPDATE sessions SET term = ?2, kind = ?3, ordinal = ?4, status = ?5, first_day = ?6,"
    " last_day = ?7, venue = ?8, notes = ?9, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    " WHERE id = ?1";
constexpr const char *kDeletePhases = "DELETE FROM session_phases WHERE session_id = ?";
constexpr const char *kInsertPhase =
    "INSERT INTO session_phases(session_id, number, first_day, last_day) VALUES (?, ?, ?, ?)";
constexpr const char *kDeleteSession = "DELETE FROM sessions WHERE id = ?";

#define THUKY_MATTER_COLUMNS                                                                       \
    "id, term, title, kind, procedure, presenting_agency_id, reviewing_agency_id, notes"
constexpr const char *kSelectMatter = "SELECT " THUKY_MATTER_COLUMNS " FROM session_matters WHERE id = ?";
constexpr const char *kSelectMatters =
    "SELECT " THUKY_MATTER_COLUMNS " FROM session_matters WHERE (?1 = 0 OR term = ?1) ORDER BY id";
constexpr const char *kSelectVersionMatters =
    "SELECT " THUKY_MATTER_COLUMNS " FROM session_matters WHERE id IN"
    " (SELECT DISTINCT matter_id FROM agenda_items WHERE version_id = ? AND matter_id IS NOT NULL)"
    " ORDER BY id";
constexpr const char *kInsertMatter =
    "INSERT INTO session_matters(id, term, title, kind, procedure, presenting_agency_id,"
    " reviewing_agency_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdateMatter =
    "UPDATE session_matters SET term = ?2, title = ?3, kind = ?4, procedure = ?5,"
    " presenting_agency_id = ?6, reviewing_agency_id = ?7, notes = ?8,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kDeleteMatter = "DELETE FROM session_matters WHERE id = ?";
constexpr const char *kMatterUses = "SELECT count(*) FROM agenda_items WHERE matter_id = ?";

#define THUKY_VERSION_COLUMNS                                                                      \
    "id, session_id, number, state, created_on, adopted_on, read_only, note"
constexpr const char *kSelectVersion =
    "SELECT " THUKY_VERSION_COLUMNS " FROM agenda_versions WHERE id = ?";
constexpr const char *kSelectVersions =
    "SELECT " THUKY_VERSION_COLUMNS " FROM agenda_versions WHERE session_id = ? ORDER BY number";
constexpr const char *kItemCounts =
    "SELECT v.id, (SELECT count(*) FROM agenda_items i WHERE i.version_id = v.id)"
    " FROM agenda_versions v WHERE v.session_id = ? ORDER BY v.number";
constexpr const char *kInsertVersion =
    "INSERT INTO agenda_versions(id, session_id, number, state, created_on, adopted_on,"
    " read_only, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdateVersion =
    "UPDATE agenda_versions SET state = ?2, adopted_on = ?3, read_only = ?4, note = ?5,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kDeleteVersionItems = "DELETE FROM agenda_items WHERE version_id = ?";
constexpr const char *kDeleteVersion = "DELETE FROM agenda_versions WHERE id = ?";
constexpr const char *kCopyItems =
    "INSERT INTO agenda_items(version_id, item_key, day, half_day, position, start_time,"
    " end_time, activity, category, title, matter_id, presenting_agency_id, reviewing_agency_id,"
    " presenter_id, chair_id, venue_kind, venue, live_broadcast, planned_minutes, notes)"
    " SELECT ?2, item_key, day, half_day, position, start_time, end_time, activity, category,"
    " title, matter_id, presenting_agency_id, reviewing_agency_id, presenter_id, chair_id,"
    " venue_kind, venue, live_broadcast, planned_minutes, notes FROM agenda_items"
    " WHERE version_id = ?1 ORDER BY id";
constexpr const char *kVersionItemIds =
    "SELECT id FROM agenda_items WHERE version_id = ? ORDER BY id";

// Half-days sort morning, afternoon, evening: their keys do not, so a CASE orders them.
#define THUKY_HALF_DAY_RANK                                                                        \
    "CASE half_day WHEN 'morning' THEN 0 WHEN 'afternoon' THEN 1 ELSE 2 END"
#define THUKY_ITEM_COLUMNS                                                                         \
    "id, version_id, item_key, day, half_day, position, start_time, end_time, activity,"          \
    " category, title, matter_id, presenting_agency_id, reviewing_agency_id, presenter_id,"       \
    " chair_id, venue_kind, venue, live_broadcast, planned_minutes, notes"
constexpr const char *kSelectItem = "SELECT " THUKY_ITEM_COLUMNS " FROM agenda_items WHERE id = ?";
constexpr const char *kSelectItems =
    "SELECT " THUKY_ITEM_COLUMNS " FROM agenda_items WHERE version_id = ?"
    " ORDER BY day, " THUKY_HALF_DAY_RANK ", position, id";
constexpr const char *kSelectHalfDay =
    "SELECT " THUKY_ITEM_COLUMNS " FROM agenda_items WHERE version_id = ? AND day = ?"
    " AND half_day = ? ORDER BY position, id";
constexpr const char *kInsertItem =
    "INSERT INTO agenda_items(id, version_id, item_key, day, half_day, position, start_time,"
    " end_time, activity, category, title, matter_id, presenting_agency_id, reviewing_agency_id,"
    " presenter_id, chair_id, venue_kind, venue, live_broadcast, planned_minutes, notes)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdateItem =
    "UPDATE agenda_items SET day = ?2, half_day = ?3, position = ?4, start_time = ?5,"
    " end_time = ?6, activity = ?7, category = ?8, title = ?9, matter_id = ?10,"
    " presenting_agency_id = ?11, reviewing_agency_id = ?12, presenter_id = ?13, chair_id = ?14,"
    " venue_kind = ?15, venue = ?16, live_broadcast = ?17, planned_minutes = ?18, notes = ?19,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kSetSlot =
    "UPDATE agenda_items SET day = ?2, half_day = ?3, position = ?4,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kDeleteItem = "DELETE FROM agenda_items WHERE id = ?";

const QString kTimeFormat = QStringLiteral("HH:mm");

QString timeText(const QTime &t)
{
    return t.isValid() ? t.toString(kTimeFormat) : QString();
}

Session readSession(const Statement &s)
{
    Session r;
    r.id = s.int64(0);
    r.term = s.integer(1);
    r.kind = domain::sessionKindFromText(s.text(2)).value_or(domain::SessionKind::Regular);
    r.ordinal = s.integer(3);
    r.status = domain::sessionStatusFromText(s.text(4)).value_or(domain::SessionStatus::Preparing);
    r.venue = s.text(5);
    r.notes = s.text(6);
    for (const QString &phase : s.text(7).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = phase.split(QLatin1Char('/'));
        if (parts.size() != 4)
            continue;
        r.phases << domain::SessionPhase{parts[0].toLongLong(), parts[1].toInt(),
                                         QDate::fromString(parts[2], Qt::ISODate),
                                         QDate::fromString(parts[3], Qt::ISODate)};
    }
    return r;
}

Matter readMatter(const Statement &s)
{
    Matter m;
    m.id = s.int64(0);
    m.term = s.integer(1);
    m.title = s.text(2);
    m.kind = domain::matterKindFromText(s.text(3)).value_or(domain::MatterKind::Other);
    m.procedure =
        domain::matterProcedureFromText(s.text(4)).value_or(domain::MatterProcedure::OneSession);
    m.presentingAgencyId = s.int64(5);
    m.reviewingAgencyId = s.int64(6);
    m.notes = s.text(7);
    return m;
}

AgendaVersion readVersion(const Statement &s)
{
    AgendaVersion v;
    v.id = s.int64(0);
    v.sessionId = s.int64(1);
    v.number = s.integer(2);
    const QString state = s.text(3);
    v.state = state == QLatin1String("adopted")   ? domain::AgendaVersionState::Adopted
              : state == QLatin1String("amended") ? domain::AgendaVersionState::Amended
                                                  : domain::AgendaVersionState::Draft;
    v.createdOn = s.date(4);
    v.adoptedOn = s.date(5);
    v.readOnly = s.integer(6) != 0;
    v.note = s.text(7);
    return v;
}

AgendaItem readItem(const Statement &s)
{
    AgendaItem i;
    i.id = s.int64(0);
    i.versionId = s.int64(1);
    i.key = s.text(2);
    i.date = s.date(3);
    i.halfDay = domain::halfDayFromText(s.text(4)).value_or(domain::HalfDay::Morning);
    i.position = s.integer(5);
    if (!s.isNull(6))
        i.startTime = QTime::fromString(s.text(6), kTimeFormat);
    if (!s.isNull(7))
        i.endTime = QTime::fromString(s.text(7), kTimeFormat);
    i.activity = domain::activityTypeFromText(s.text(8)).value_or(domain::ActivityType::Other);
    i.category =
        domain::contentCategoryFromText(s.text(9)).value_or(domain::ContentCategory::Other);
    i.title = s.text(10);
    i.matterId = s.int64(11);
    i.presentingAgencyId = s.int64(12);
    i.reviewingAgencyId = s.int64(13);
    i.presenterId = s.int64(14);
    i.chairId = s.int64(15);
    i.venueKind = domain::venueKindFromText(s.text(16)).value_or(domain::VenueKind::Other);
    i.venue = s.text(17);
    i.liveBroadcast = s.integer(18) != 0;
    i.plannedMinutes = s.integer(19);
    i.notes = s.text(20);
    return i;
}

/// A unique or trigger failure as the user's error; anything else unchanged.
Error constraintError(const Error &e, ErrorCode code, const QString &vi, const QString &en)
{
    return e.code == ErrorCode::Conflict ? makeError(code, vi, en, e.detail) : e;
}

Error readOnlyError(const Error &e)
{
    if (e.code == ErrorCode::Conflict && e.detail.contains(QLatin1String("read-only")))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Phiên bản chương trình này chỉ được xem, không sửa được."),
                         QStringLiteral("This agenda version is read-only."), e.detail);
    return e;
}

class SqliteSessionRepository final : public SessionRepository
{
public:
    explicit SqliteSessionRepository(Database &db) : m_db(db) {}

    Result<std::optional<Session>> session(Id id) override
    {
        return readOne<Session>(m_db, kSelectSession, readSession, id);
    }

    Result<QList<Session>> sessions(int term) override
    {
        return readAll<Session>(m_db, kSelectSessions, readSession, term);
    }

    Result<QList<Session>> sessionsOverlapping(const QDate &from, const QDate &to) override
    {
        return readAll<Session>(m_db, kSelectOverlapping, readSession, from.addDays(-91), to, from);
    }

    Result<int> lastOrdinal(int term, domain::SessionKind kind) override
    {
        auto n = m_db.queryInt(kLastOrdinal, term, domain::sessionKindKey(kind));
        if (!n)
            return n.error();
        return static_cast<int>(n->value_or(0));
    }

    Result<Id> insertSession(const Session &s) override
    {
        auto done = m_db.exec(kInsertSession, optionalId(s.id), s.term,
                              domain::sessionKindKey(s.kind), s.ordinal,
                              domain::sessionStatusKey(s.status), s.firstDay(), s.lastDay(),
                              detail::text(s.venue), detail::text(s.notes));
        if (!done)
            return duplicateSession(done.error(), s);
        const Id id = m_db.lastInsertId();
        THUKY_TRY(writePhases(id, s.phases));
        return id;
    }

    Result<void> updateSession(const Session &s) override
    {
        auto done = m_db.exec(kUpdateSession, s.id, s.term, domain::sessionKindKey(s.kind),
                              s.ordinal, domain::sessionStatusKey(s.status), s.firstDay(),
                              s.lastDay(), detail::text(s.venue), detail::text(s.notes));
        if (!done)
            return duplicateSession(done.error(), s);
        THUKY_TRY(m_db.exec(kDeletePhases, s.id));
        return writePhases(s.id, s.phases);
    }

    Result<void> deleteSession(Id id) override
    {
        if (auto done = m_db.exec(kDeleteSession, id); !done)
            return constraintError(done.error(), ErrorCode::Conflict,
                                   QStringLiteral("Kỳ họp đã có chương trình, không xóa được."),
                                   QStringLiteral("The session has an agenda; it cannot be deleted."));
        return {};
    }

    Result<std::optional<Matter>> matter(Id id) override
    {
        return readOne<Matter>(m_db, kSelectMatter, readMatter, id);
    }

    Result<QList<Matter>> matters(int term) override
    {
        return readAll<Matter>(m_db, kSelectMatters, readMatter, term);
    }

    Result<QList<Matter>> mattersOfVersion(Id versionId) override
    {
        return readAll<Matter>(m_db, kSelectVersionMatters, readMatter, versionId);
    }

    Result<Id> insertMatter(const Matter &m) override
    {
        THUKY_TRY(m_db.exec(kInsertMatter, optionalId(m.id), m.term, detail::text(m.title),
                            domain::matterKindKey(m.kind), domain::matterProcedureKey(m.procedure),
                            optionalId(m.presentingAgencyId), optionalId(m.reviewingAgencyId),
                            detail::text(m.notes)));
        return m_db.lastInsertId();
    }

    Result<void> updateMatter(const Matter &m) override
    {
        return m_db.exec(kUpdateMatter, m.id, m.term, detail::text(m.title),
                         domain::matterKindKey(m.kind), domain::matterProcedureKey(m.procedure),
                         optionalId(m.presentingAgencyId), optionalId(m.reviewingAgencyId),
                         detail::text(m.notes));
    }

    Result<void> deleteMatter(Id id) override
    {
        if (auto done = m_db.exec(kDeleteMatter, id); !done)
            return constraintError(done.error(), ErrorCode::Conflict,
                                   QStringLiteral("Dự án đang có trong chương trình, không xóa được."),
                                   QStringLiteral("The matter is on an agenda; it cannot be deleted."));
        return {};
    }

    Result<int> matterUses(Id id) override
    {
        auto n = m_db.queryInt(kMatterUses, id);
        if (!n)
            return n.error();
        return static_cast<int>(n->value_or(0));
    }

    Result<std::optional<AgendaVersion>> version(Id id) override
    {
        return readOne<AgendaVersion>(m_db, kSelectVersion, readVersion, id);
    }

    Result<QList<AgendaVersion>> versions(Id sessionId) override
    {
        return readAll<AgendaVersion>(m_db, kSelectVersions, readVersion, sessionId);
    }

    Result<QList<std::pair<Id, int>>> itemCounts(Id sessionId) override
    {
        return readAll<std::pair<Id, int>>(
            m_db, kItemCounts,
            [](const Statement &s) { return std::pair<Id, int>{s.int64(0), s.integer(1)}; },
            sessionId);
    }

    Result<Id> insertVersion(const AgendaVersion &v) override
    {
        auto done = m_db.exec(kInsertVersion, optionalId(v.id), v.sessionId, v.number,
                              domain::agendaVersionStateKey(v.state), v.createdOn, v.adoptedOn,
                              v.readOnly, detail::text(v.note));
        if (!done)
            return constraintError(
                done.error(), ErrorCode::Duplicate,
                QStringLiteral("Kỳ họp đã có phiên bản %1.").arg(v.number),
                QStringLiteral("The session already has version %1.").arg(v.number));
        return m_db.lastInsertId();
    }

    Result<void> updateVersion(const AgendaVersion &v) override
    {
        auto done = m_db.exec(kUpdateVersion, v.id, domain::agendaVersionStateKey(v.state),
                              v.adoptedOn, v.readOnly, detail::text(v.note));
        if (!done)
            return constraintError(
                done.error(), ErrorCode::Conflict,
                QStringLiteral("Phiên bản đã được thông qua, không sửa được."),
                QStringLiteral("An adopted version cannot be changed."));
        return {};
    }

    Result<void> deleteVersion(Id id) override
    {
        if (auto done = m_db.exec(kDeleteVersionItems, id); !done)
            return readOnlyError(done.error());
        if (auto done = m_db.exec(kDeleteVersion, id); !done)
            return constraintError(done.error(), ErrorCode::Conflict,
                                   QStringLiteral("Phiên bản đã được thông qua, không xóa được."),
                                   QStringLiteral("An adopted version cannot be deleted."));
        return {};
    }

    Result<QList<Id>> copyItems(Id fromVersion, Id toVersion) override
    {
        if (auto done = m_db.exec(kCopyItems, fromVersion, toVersion); !done)
            return readOnlyError(done.error());
        return readAll<Id>(m_db, kVersionItemIds, [](const Statement &s) { return s.int64(0); },
                           toVersion);
    }

    Result<std::optional<AgendaItem>> item(Id id) override
    {
        return readOne<AgendaItem>(m_db, kSelectItem, readItem, id);
    }

    Result<QList<AgendaItem>> items(Id versionId) override
    {
        return readAll<AgendaItem>(m_db, kSelectItems, readItem, versionId);
    }

    Result<QList<AgendaItem>> halfDayItems(Id versionId, const QDate &date,
                                           domain::HalfDay halfDay) override
    {
        return readAll<AgendaItem>(m_db, kSelectHalfDay, readItem, versionId, date,
                                   domain::halfDayKey(halfDay));
    }

    Result<Id> insertItem(const AgendaItem &i) override
    {
        auto done = m_db.exec(
            kInsertItem, optionalId(i.id), i.versionId, i.key, i.date, domain::halfDayKey(i.halfDay),
            i.position, timeText(i.startTime), timeText(i.endTime), domain::activityTypeKey(i.activity),
            domain::contentCategoryKey(i.category), detail::text(i.title), optionalId(i.matterId),
            optionalId(i.presentingAgencyId), optionalId(i.reviewingAgencyId),
            optionalId(i.presenterId), optionalId(i.chairId), domain::venueKindKey(i.venueKind),
            detail::text(i.venue), i.liveBroadcast, i.plannedMinutes, detail::text(i.notes));
        if (!done) {
            const Error e = readOnlyError(done.error());
            if (e.message.vi != done.error().message.vi)
                return e;
            return constraintError(e, ErrorCode::Duplicate,
                                   QStringLiteral("Phiên bản đã có nội dung mang mã \"%1\".").arg(i.key),
                                   QStringLiteral("The version already has an item with key \"%1\".")
                                       .arg(i.key));
        }
        return m_db.lastInsertId();
    }

    Result<void> updateItem(const AgendaItem &i) override
    {
        auto done = m_db.exec(
            kUpdateItem, i.id, i.date, domain::halfDayKey(i.halfDay), i.position,
            timeText(i.startTime), timeText(i.endTime), domain::activityTypeKey(i.activity),
            domain::contentCategoryKey(i.category), detail::text(i.title), optionalId(i.matterId),
            optionalId(i.presentingAgencyId), optionalId(i.reviewingAgencyId),
            optionalId(i.presenterId), optionalId(i.chairId), domain::venueKindKey(i.venueKind),
            detail::text(i.venue), i.liveBroadcast, i.plannedMinutes, detail::text(i.notes));
        if (!done)
            return readOnlyError(done.error());
        return {};
    }

    Result<void> setSlot(Id id, const domain::AgendaSlot &slot) override
    {
        if (auto done = m_db.exec(kSetSlot, id, slot.date, domain::halfDayKey(slot.halfDay),
                                  slot.position);
            !done)
            return readOnlyError(done.error());
        return {};
    }

    Result<void> deleteItem(Id id) override
    {
        if (auto done = m_db.exec(kDeleteItem, id); !done)
            return readOnlyError(done.error());
        return {};
    }

private:
    Result<void> writePhases(Id sessionId, const QList<domain::SessionPhase> &phases)
    {
        int number = 0;
        for (const domain::SessionPhase &p : phases)
            THUKY_TRY(m_db.exec(kInsertPhase, sessionId, ++number, p.first, p.last));
        return {};
    }

    static Error duplicateSession(const Error &e, const Session &s)
    {
        return constraintError(
            e, ErrorCode::Duplicate,
            QStringLiteral("Khóa %1 đã có %2.").arg(s.term).arg(s.title()),
            QStringLiteral("Term %1 already has the %2.").arg(s.term).arg(s.title(Lang::En)));
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<SessionRepository> makeSqliteSessionRepository(Database &db)
{
    return std::make_unique<SqliteSessionRepository>(db);
}

} // namespace thuky::storage
