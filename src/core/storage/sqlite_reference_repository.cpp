#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"
#include "thuky/storage/database.h"
#include "thuky/storage/reference_repository.h"

#include "fts_query.h"
#include "query_helpers.h"

#include <algorithm>

namespace thuky::storage {

using domain::Agency;
using domain::Id;
using domain::Person;

using detail::optionalId;
using detail::readAll;
using detail::readOne;

namespace {

constexpr const char *kSelectAgencies =
    "SELECT id, name, short_name, kind, parent_id, active FROM agencies";
constexpr const char *kSelectAgency =
    "SELECT id, name, short_name, kind, parent_id, active FROM agencies WHERE id = ?";
// The id is bound too: NULL picks a new one, an id puts back a record an undo restores.
constexpr const char *kInsertAgency =
    "INSERT INTO agencies(id, name, short_name, kind, parent_id, active) VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdateAgency =
    "UPDATE agencies SET name = ?, short_name = ?, kind = ?, parent_id = ?, active = ?,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?";
constexpr const char *kSelectPeople = "SELECT id, full_name, position, unit_id, active, email, phone FROM people";
// The people's list filters by the unit's name too: a word of the name and one of the unit
// ("lan vu thu ky") find Lan of the Vụ Thư ký.
constexpr const char *kMatchingPeople = "SELECT id FROM people WHERE id IN (" THUKY_TEXT_MATCH_SQL("?") ") ORDER BY id";
constexpr const char *kMatchingAgencies =
    "SELECT id FROM agencies WHERE id IN (" THUKY_TEXT_MATCH_SQL("?") ") ORDER BY id";
const QStringList kPersonFilterColumns = detail::kFilterColumns + QStringList{QStringLiteral("units")};
constexpr const char *kSelectPerson =
    "SELECT id, full_name, position, unit_id, active, email, phone FROM people WHERE id = ?";
constexpr const char *kInsertPerson =
    "INSERT INTO people(id, full_name, position, unit_id, active, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdatePerson =
    "UPDATE people SET full_name = ?, position = ?, unit_id = ?, active = ?, email = ?, phone = ?,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?";

#define THUKY_NOW "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

// Each referrer: its kind, its id and, for a row of the calendar, the content or event it
// belongs to.
constexpr const char *kAgencyReferrers =
    "SELECT 'lead', id, 0 FROM tasks WHERE lead_unit_id = ?1"
    " UNION ALL SELECT 'partner', task_id, 0 FROM task_partners WHERE agency_id = ?1"
    " UNION ALL SELECT 'person', id, 0 FROM people WHERE unit_id = ?1"
    " UNION ALL SELECT 'unit', id, 0 FROM agencies WHERE parent_id = ?1"
    " UNION ALL SELECT 'programme', id, 0 FROM programmes WHERE owner_unit_id = ?1"
    " UNION ALL SELECT 'user', id, 0 FROM users WHERE unit_id = ?1"
    " UNION ALL SELECT 'presented', id, 0 FROM meeting_contents WHERE presenting_agency_id = ?1"
    " UNION ALL SELECT 'reviewed', id, 0 FROM meeting_contents WHERE reviewing_agency_id = ?1"
    " UNION ALL SELECT 'document', id, content_id FROM required_documents"
    " WHERE responsible_agency_id = ?1"
    " UNION ALL SELECT 'invitation', id, content_id FROM content_invitees WHERE agency_id = ?1"
    " UNION ALL SELECT 'participation', id, event_id FROM event_participants WHERE agency_id = ?1"
    " UNION ALL SELECT 'agenda_presented', id, 0 FROM agenda_items WHERE presenting_agency_id = ?1"
    " UNION ALL SELECT 'agenda_reviewed', id, 0 FROM agenda_items WHERE reviewing_agency_id = ?1"
    " UNION ALL SELECT 'matter_presented', id, 0 FROM session_matters WHERE presenting_agency_id = ?1"
    " UNION ALL SELECT 'matter_reviewed', id, 0 FROM session_matters WHERE reviewing_agency_id = ?1";
constexpr const char *kPersonReferrers =
    "SELECT 'responsible', id, 0 FROM tasks WHERE responsible_id = ?1"
    " UNION ALL SELECT 'chair', id, 0 FROM meetings WHERE chair_id = ?1"
    " UNION ALL SELECT 'invitation', id, content_id FROM content_invitees WHERE person_id = ?1"
    " UNION ALL SELECT 'participation', id, event_id FROM event_participants WHERE person_id = ?1"
    " UNION ALL SELECT 'agenda_presenter', id, 0 FROM agenda_items WHERE presenter_id = ?1"
    " UNION ALL SELECT 'agenda_chair', id, 0 FROM agenda_items WHERE chair_id = ?1";
constexpr const char *kMoveAgency[] = {
    // A task that already has `to` as a partner, or as its lead, keeps no second row for it.
    "DELETE FROM task_partners WHERE agency_id = ?1 AND task_id IN"
    " (SELECT task_id FROM task_partners WHERE agency_id = ?2 UNION SELECT id FROM tasks WHERE lead_unit_id = ?2)",
    "UPDATE task_partners SET agency_id = ?2 WHERE agency_id = ?1",
    "DELETE FROM task_partners WHERE agency_id = ?2 AND task_id IN (SELECT id FROM tasks WHERE lead_unit_id = ?1)",
    "UPDATE tasks SET lead_unit_id = ?2, updated_at = " THUKY_NOW " WHERE lead_unit_id = ?1",
    "UPDATE people SET unit_id = ?2, updated_at = " THUKY_NOW " WHERE unit_id = ?1",
    "UPDATE agencies SET parent_id = ?2, updated_at = " THUKY_NOW " WHERE parent_id = ?1",
    "UPDATE programmes SET owner_unit_id = ?2, updated_at = " THUKY_NOW " WHERE owner_unit_id = ?1",
    // The calendar. A content presented by one and reviewed by the other keeps `to` as both.
    "UPDATE meeting_contents SET presenting_agency_id = ?2, updated_at = " THUKY_NOW
    " WHERE presenting_agency_id = ?1",
    "UPDATE meeting_contents SET reviewing_agency_id = ?2, updated_at = " THUKY_NOW
    " WHERE reviewing_agency_id = ?1",
    "UPDATE required_documents SET responsible_agency_id = ?2, updated_at = " THUKY_NOW
    " WHERE responsible_agency_id = ?1",
    // A content or an event that already has `to` keeps no second invitation for it.
    "DELETE FROM content_invitees WHERE agency_id = ?1 AND content_id IN"
    " (SELECT content_id FROM content_invitees WHERE agency_id = ?2)",
    "UPDATE content_invitees SET agency_id = ?2, updated_at = " THUKY_NOW " WHERE agency_id = ?1",
    "DELETE FROM event_participants WHERE agency_id = ?1 AND (event_id IN"
    " (SELECT event_id FROM event_participants WHERE agency_id = ?2) OR id NOT IN"
    " (SELECT min(id) FROM event_participants WHERE agency_id = ?1 GROUP BY event_id))",
    "UPDATE event_participants SET agency_id = ?2, updated_at = " THUKY_NOW " WHERE agency_id = ?1",
    // The session agendas: only these columns, which the read-only triggers leave open.
    "UPDATE agenda_items SET presenting_agency_id = ?2, updated_at = " THUKY_NOW
    " WHERE presenting_agency_id = ?1",
    "UPDATE agenda_items SET reviewing_agency_id = ?2, updated_at = " THUKY_NOW
    " WHERE reviewing_agency_id = ?1",
    "UPDATE session_matters SET presenting_agency_id = ?2, updated_at = " THUKY_NOW
    " WHERE presenting_agency_id = ?1",
    "UPDATE session_matters SET reviewing_agency_id = ?2, updated_at = " THUKY_NOW
    " WHERE reviewing_agency_id = ?1",
};
constexpr const char *kMovePerson[] = {
    "UPDATE tasks SET responsible_id = ?2, updated_at = " THUKY_NOW " WHERE responsible_id = ?1",
    "UPDATE meetings SET chair_id = ?2, updated_at = " THUKY_NOW " WHERE chair_id = ?1",
    "DELETE FROM content_invitees WHERE person_id = ?1 AND content_id IN"
    " (SELECT content_id FROM content_invitees WHERE person_id = ?2)",
    "UPDATE content_invitees SET person_id = ?2, updated_at = " THUKY_NOW " WHERE person_id = ?1",
    "DELETE FROM event_participants WHERE person_id = ?1 AND (event_id IN"
    " (SELECT event_id FROM event_participants WHERE person_id = ?2) OR id NOT IN"
    " (SELECT min(id) FROM event_participants WHERE person_id = ?1 GROUP BY event_id))",
    "UPDATE event_participants SET person_id = ?2, updated_at = " THUKY_NOW " WHERE person_id = ?1",
    "UPDATE agenda_items SET presenter_id = ?2, updated_at = " THUKY_NOW " WHERE presenter_id = ?1",
    "UPDATE agenda_items SET chair_id = ?2, updated_at = " THUKY_NOW " WHERE chair_id = ?1",
};
constexpr const char *kTaskPartners = "SELECT agency_id FROM task_partners WHERE task_id = ? ORDER BY position";
constexpr const char *kDeletePartners = "DELETE FROM task_partners WHERE task_id = ?";
constexpr const char *kInsertPartner = "INSERT INTO task_partners(task_id, agency_id, position) VALUES (?, ?, ?)";
constexpr const char *kPointLead =
    "UPDATE tasks SET lead_unit_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointResponsible =
    "UPDATE tasks SET responsible_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointPersonUnit =
    "UPDATE people SET unit_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointParent =
    "UPDATE agencies SET parent_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointOwner =
    "UPDATE programmes SET owner_unit_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointChair =
    "UPDATE meetings SET chair_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointPresenting =
    "UPDATE meeting_contents SET presenting_agency_id = ?2, updated_at = " THUKY_NOW
    " WHERE id = ?1";
constexpr const char *kPointReviewing =
    "UPDATE meeting_contents SET reviewing_agency_id = ?2, updated_at = " THUKY_NOW
    " WHERE id = ?1";
constexpr const char *kPointAgendaPresenting =
    "UPDATE agenda_items SET presenting_agency_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointAgendaReviewing =
    "UPDATE agenda_items SET reviewing_agency_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointMatterPresenting =
    "UPDATE session_matters SET presenting_agency_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointMatterReviewing =
    "UPDATE session_matters SET reviewing_agency_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointAgendaPresenter =
    "UPDATE agenda_items SET presenter_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointAgendaChair =
    "UPDATE agenda_items SET chair_id = ?2, updated_at = " THUKY_NOW " WHERE id = ?1";
constexpr const char *kPointDocument =
    "UPDATE required_documents SET responsible_agency_id = ?2, updated_at = " THUKY_NOW
    " WHERE id = ?1";

/// Puts back an invitation or a participation (?1 its id, ?2 its content or event, ?3 the
/// agency or person): the row a move pointed elsewhere points back; the row it dropped as a
/// repeat comes back with its id. `fallback` adds it under a new id when that id has since
/// gone to another row (the order of the list may then differ; nothing else does). A content
/// or an event deleted since the merge is left deleted.
struct RestoreLink
{
    const char *upsert;
    const char *fallback;
};
#define THUKY_RESTORE_LINK(table, owner, ownerTable, column, other)                               \
    RestoreLink                                                                                    \
    {                                                                                              \
        "INSERT INTO " table "(id, " owner ", " column ") SELECT ?1, ?2, ?3"                       \
        " WHERE EXISTS (SELECT 1 FROM " ownerTable " WHERE id = ?2)"                               \
        " ON CONFLICT(id) DO UPDATE SET " column " = excluded." column ", updated_at = " THUKY_NOW \
        " WHERE " owner " = excluded." owner " AND " other " IS NULL",                             \
            "INSERT INTO " table "(" owner ", " column ") SELECT ?2, ?3"                           \
            " WHERE EXISTS (SELECT 1 FROM " ownerTable " WHERE id = ?2) AND NOT EXISTS"            \
            " (SELECT 1 FROM " table " WHERE " owner " = ?2 AND " column " = ?3)"                  \
    }
// [0]: an agency, [1]: a person.
constexpr RestoreLink kRestoreInvitation[] = {
    THUKY_RESTORE_LINK("content_invitees", "content_id", "meeting_contents", "agency_id", "person_id"),
    THUKY_RESTORE_LINK("content_invitees", "content_id", "meeting_contents", "person_id", "agency_id"),
};
constexpr RestoreLink kRestoreParticipation[] = {
    THUKY_RESTORE_LINK("event_participants", "event_id", "meeting_events", "agency_id", "person_id"),
    THUKY_RESTORE_LINK("event_participants", "event_id", "meeting_events", "person_id", "agency_id"),
};
#undef THUKY_RESTORE_LINK
constexpr const char *kDeleteAgency = "DELETE FROM agencies WHERE id = ?";
constexpr const char *kDeletePerson = "DELETE FROM people WHERE id = ?";

Result<Referrers> readReferrers(Database &db, const char *sql, Id id)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    Referrers out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString kind = stmt->text(0);
        const Id id = stmt->int64(1);
        if (kind == QLatin1String("document") || kind == QLatin1String("invitation")
            || kind == QLatin1String("participation")) {
            QList<CalendarRow> &rows = kind == QLatin1String("document")     ? out.documents
                                       : kind == QLatin1String("invitation") ? out.invitations
                                                                             : out.participations;
            rows.append(CalendarRow{id, stmt->int64(2)});
            continue;
        }
        QList<Id> &list = kind == QLatin1String("lead")          ? out.leadTasks
                          : kind == QLatin1String("partner")     ? out.partnerTasks
                          : kind == QLatin1String("responsible") ? out.responsibleTasks
                          : kind == QLatin1String("person")      ? out.people
                          : kind == QLatin1String("unit")        ? out.childUnits
                          : kind == QLatin1String("programme")   ? out.programmes
                          : kind == QLatin1String("chair")       ? out.chairedMeetings
                          : kind == QLatin1String("presented")   ? out.presentedContents
                          : kind == QLatin1String("reviewed")    ? out.reviewedContents
                          : kind == QLatin1String("agenda_presented") ? out.agendaPresented
                          : kind == QLatin1String("agenda_reviewed")  ? out.agendaReviewed
                          : kind == QLatin1String("matter_presented") ? out.mattersPresented
                          : kind == QLatin1String("matter_reviewed")  ? out.mattersReviewed
                          : kind == QLatin1String("agenda_presenter") ? out.agendaPresenter
                          : kind == QLatin1String("agenda_chair")     ? out.agendaChair
                                                                 : out.users;
        list.append(id);
    }
    return out;
}

QString optionalText(const QString &s) { return s.trimmed().isEmpty() ? QString() : s.trimmed(); }

Agency readAgency(const Statement &s)
{
    return Agency{s.int64(0), s.text(1), s.text(2), domain::agencyKindFromKey(s.text(3)), s.int64(4),
                  s.integer(5) != 0};
}

Person readPerson(const Statement &s)
{
    return Person{s.int64(0), s.text(1), s.text(2), s.int64(3), s.integer(4) != 0, s.text(5), s.text(6)};
}

Error duplicateAgency(const Error &e)
{
    if (e.code != ErrorCode::Conflict || !e.detail.contains(QLatin1String("UNIQUE constraint failed: agencies")))
        return e;
    return makeError(ErrorCode::Duplicate, QStringLiteral("Tên hoặc tên viết tắt của cơ quan, đơn vị đã có."),
                     QStringLiteral("The agency's name or short name is already in use."), e.detail);
}

class SqliteReferenceRepository final : public ReferenceRepository
{
public:
    explicit SqliteReferenceRepository(Database &db) : m_db(db) {}

    Result<QList<Agency>> agencies() override
    {
        auto all = readAll<Agency>(m_db, kSelectAgencies, readAgency);
        if (all)
            std::sort(all->begin(), all->end(),
                      [](const Agency &a, const Agency &b) { return domain::compareVi(a.name, b.name) < 0; });
        return all;
    }

    Result<std::optional<Agency>> agency(Id id) override { return readOne<Agency>(m_db, kSelectAgency, readAgency, id); }

    Result<std::optional<Agency>> findAgency(const QString &nameOrShort) override
    {
        // A few hundred rows at most: folding in C++ keeps the schema free of custom functions.
        const QString wanted = search::fold(nameOrShort);
        if (wanted.isEmpty())
            return std::optional<Agency>{};
        auto all = readAll<Agency>(m_db, kSelectAgencies, readAgency);
        if (!all)
            return all.error();
        for (const Agency &a : *all)
            if (search::fold(a.name) == wanted)
                return std::optional<Agency>{a};
        for (const Agency &a : *all)
            if (!a.shortName.isEmpty() && search::fold(a.shortName) == wanted)
                return std::optional<Agency>{a};
        return std::optional<Agency>{};
    }

    Result<Id> insertAgency(const Agency &a) override
    {
        auto stmt = m_db.prepare(kInsertAgency);
        if (!stmt)
            return stmt.error();
        stmt->bindAll(optionalId(a.id), a.name.trimmed(), optionalText(a.shortName), domain::agencyKindKey(a.kind),
                      optionalId(a.parentId), a.active);
        if (auto r = stmt->exec(); !r)
            return duplicateAgency(r.error());
        return m_db.lastInsertId();
    }

    Result<void> updateAgency(const Agency &a) override
    {
        auto stmt = m_db.prepare(kUpdateAgency);
        if (!stmt)
            return stmt.error();
        stmt->bindAll(a.name.trimmed(), optionalText(a.shortName), domain::agencyKindKey(a.kind),
                      optionalId(a.parentId), a.active, a.id);
        if (auto r = stmt->exec(); !r)
            return duplicateAgency(r.error());
        return {};
    }

    Result<QList<Person>> people() override
    {
        auto all = readAll<Person>(m_db, kSelectPeople, readPerson);
        if (all)
            std::sort(all->begin(), all->end(), [](const Person &a, const Person &b) {
                return domain::compareVi(a.fullName, b.fullName) < 0;
            });
        return all;
    }

    Result<std::optional<QList<Id>>> matchingPeople(const QString &text) override
    {
        return detail::idsMatching(m_db, kMatchingPeople, QStringLiteral("person"), text, kPersonFilterColumns);
    }

    Result<std::optional<QList<Id>>> matchingAgencies(const QString &text) override
    {
        return detail::idsMatching(m_db, kMatchingAgencies, QStringLiteral("agency"), text);
    }

    Result<std::optional<Person>> person(Id id) override { return readOne<Person>(m_db, kSelectPerson, readPerson, id); }

    Result<std::optional<Person>> findPerson(const QString &fullName) override
    {
        const QString wanted = search::fold(fullName);
        auto all = readAll<Person>(m_db, kSelectPeople, readPerson);
        if (!all)
            return all.error();
        for (const Person &p : *all)
            if (search::fold(p.fullName) == wanted)
                return std::optional<Person>{p};
        return std::optional<Person>{};
    }

    Result<Id> insertPerson(const Person &p) override
    {
        THUKY_TRY(m_db.exec(kInsertPerson, optionalId(p.id), detail::text(p.fullName), detail::text(p.position),
                            optionalId(p.unitId), p.active, optionalText(p.email), optionalText(p.phone)));
        return m_db.lastInsertId();
    }

    Result<void> updatePerson(const Person &p) override
    {
        return m_db.exec(kUpdatePerson, detail::text(p.fullName), detail::text(p.position), optionalId(p.unitId),
                         p.active, optionalText(p.email), optionalText(p.phone), p.id);
    }

    Result<Referrers> agencyReferrers(Id id) override { return readReferrers(m_db, kAgencyReferrers, id); }
    Result<Referrers> personReferrers(Id id) override { return readReferrers(m_db, kPersonReferrers, id); }
    Result<void> deleteAgency(Id id) override { return m_db.exec(kDeleteAgency, id); }
    Result<void> deletePerson(Id id) override { return m_db.exec(kDeletePerson, id); }

    Result<void> moveAgencyReferences(Id from, Id to) override
    {
        for (const char *sql : kMoveAgency)
            THUKY_TRY(m_db.exec(sql, from, to));
        return {};
    }

    Result<void> movePersonReferences(Id from, Id to) override
    {
        for (const char *sql : kMovePerson)
            THUKY_TRY(m_db.exec(sql, from, to));
        return {};
    }

    Result<QList<Id>> taskPartners(Id taskId) override
    {
        return readAll<Id>(m_db, kTaskPartners, [](const Statement &s) { return s.int64(0); }, taskId);
    }

    Result<void> restoreAgencyReferences(Id to, const Referrers &moved, const QHash<Id, QList<Id>> &partners) override
    {
        for (Id task : moved.leadTasks)
            THUKY_TRY(m_db.exec(kPointLead, task, to));
        for (auto it = partners.cbegin(); it != partners.cend(); ++it) {
            THUKY_TRY(m_db.exec(kDeletePartners, it.key()));
            for (qsizetype i = 0; i < it.value().size(); ++i)
                THUKY_TRY(m_db.exec(kInsertPartner, it.key(), it.value().at(i), int(i)));
        }
        for (Id person : moved.people)
            THUKY_TRY(m_db.exec(kPointPersonUnit, person, to));
        for (Id unit : moved.childUnits)
            THUKY_TRY(m_db.exec(kPointParent, unit, to));
        for (Id programme : moved.programmes)
            THUKY_TRY(m_db.exec(kPointOwner, programme, to));
        for (Id content : moved.presentedContents)
            THUKY_TRY(m_db.exec(kPointPresenting, content, to));
        for (Id content : moved.reviewedContents)
            THUKY_TRY(m_db.exec(kPointReviewing, content, to));
        for (const CalendarRow &document : moved.documents)
            THUKY_TRY(m_db.exec(kPointDocument, document.id, to));
        const std::pair<const QList<Id> *, const char *> agenda[] = {
            {&moved.agendaPresented, kPointAgendaPresenting}, {&moved.agendaReviewed, kPointAgendaReviewing},
            {&moved.mattersPresented, kPointMatterPresenting}, {&moved.mattersReviewed, kPointMatterReviewing}};
        for (const auto &[ids, sql] : agenda)
            for (Id id : *ids)
                THUKY_TRY(m_db.exec(sql, id, to));
        return restoreLinks(to, moved, 0);
    }

    Result<void> restorePersonReferences(Id to, const Referrers &moved) override
    {
        for (Id task : moved.responsibleTasks)
            THUKY_TRY(m_db.exec(kPointResponsible, task, to));
        for (Id meeting : moved.chairedMeetings)
            THUKY_TRY(m_db.exec(kPointChair, meeting, to));
        for (Id item : moved.agendaPresenter)
            THUKY_TRY(m_db.exec(kPointAgendaPresenter, item, to));
        for (Id item : moved.agendaChair)
            THUKY_TRY(m_db.exec(kPointAgendaChair, item, to));
        return restoreLinks(to, moved, 1);
    }

private:
    /// The invitations and participations of `moved` name `to` again (`which`: 0 agency,
    /// 1 person).
    Result<void> restoreLinks(Id to, const Referrers &moved, int which)
    {
        const std::pair<const QList<CalendarRow> *, RestoreLink> links[] = {
            {&moved.invitations, kRestoreInvitation[which]},
            {&moved.participations, kRestoreParticipation[which]}};
        for (const auto &[rows, sql] : links) {
            for (const CalendarRow &row : *rows) {
                THUKY_TRY(m_db.exec(sql.upsert, row.id, row.owner, to));
                THUKY_TRY(m_db.exec(sql.fallback, row.id, row.owner, to));
            }
        }
        return {};
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<ReferenceRepository> makeSqliteReferenceRepository(Database &db)
{
    return std::make_unique<SqliteReferenceRepository>(db);
}

} // namespace thuky::storage
