#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"
#include "thuky/storage/database.h"
#include "thuky/storage/reference_repository.h"

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
constexpr const char *kSelectPerson =
    "SELECT id, full_name, position, unit_id, active, email, phone FROM people WHERE id = ?";
constexpr const char *kInsertPerson =
    "INSERT INTO people(id, full_name, position, unit_id, active, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdatePerson =
    "UPDATE people SET full_name = ?, position = ?, unit_id = ?, active = ?, email = ?, phone = ?,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?";

constexpr const char *kAgencyReferrers =
    "SELECT 'lead', id FROM tasks WHERE lead_unit_id = ?1"
    " UNION ALL SELECT 'partner', task_id FROM task_partners WHERE agency_id = ?1"
    " UNION ALL SELECT 'person', id FROM people WHERE unit_id = ?1"
    " UNION ALL SELECT 'unit', id FROM agencies WHERE parent_id = ?1"
    " UNION ALL SELECT 'programme', id FROM programmes WHERE owner_unit_id = ?1"
    " UNION ALL SELECT 'user', id FROM users WHERE unit_id = ?1";
constexpr const char *kPersonReferrers = "SELECT 'responsible', id FROM tasks WHERE responsible_id = ?1";
constexpr const char *kMoveAgency[] = {
    // A task that already has `to` as a partner, or as its lead, keeps no second row for it.
    "DELETE FROM task_partners WHERE agency_id = ?1 AND task_id IN"
    " (SELECT task_id FROM task_partners WHERE agency_id = ?2 UNION SELECT id FROM tasks WHERE lead_unit_id = ?2)",
    "UPDATE task_partners SET agency_id = ?2 WHERE agency_id = ?1",
    "DELETE FROM task_partners WHERE agency_id = ?2 AND task_id IN (SELECT id FROM tasks WHERE lead_unit_id = ?1)",
    "UPDATE tasks SET lead_unit_id = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lead_unit_id = ?1",
    "UPDATE people SET unit_id = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE unit_id = ?1",
    "UPDATE agencies SET parent_id = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE parent_id = ?1",
    "UPDATE programmes SET owner_unit_id = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    " WHERE owner_unit_id = ?1",
};
constexpr const char *kMovePerson =
    "UPDATE tasks SET responsible_id = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    " WHERE responsible_id = ?1";
constexpr const char *kTaskPartners = "SELECT agency_id FROM task_partners WHERE task_id = ? ORDER BY position";
constexpr const char *kDeletePartners = "DELETE FROM task_partners WHERE task_id = ?";
constexpr const char *kInsertPartner = "INSERT INTO task_partners(task_id, agency_id, position) VALUES (?, ?, ?)";
constexpr const char *kPointLead =
    "UPDATE tasks SET lead_unit_id = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kPointResponsible =
    "UPDATE tasks SET responsible_id = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kPointPersonUnit =
    "UPDATE people SET unit_id = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kPointParent =
    "UPDATE agencies SET parent_id = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
constexpr const char *kPointOwner =
    "UPDATE programmes SET owner_unit_id = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
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
        QList<Id> &list = kind == QLatin1String("lead")          ? out.leadTasks
                          : kind == QLatin1String("partner")     ? out.partnerTasks
                          : kind == QLatin1String("responsible") ? out.responsibleTasks
                          : kind == QLatin1String("person")      ? out.people
                          : kind == QLatin1String("unit")        ? out.childUnits
                          : kind == QLatin1String("programme")   ? out.programmes
                                                                 : out.users;
        list.append(stmt->int64(1));
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

    Result<void> movePersonReferences(Id from, Id to) override { return m_db.exec(kMovePerson, from, to); }

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
        return {};
    }

    Result<void> restorePersonReferences(Id to, const Referrers &moved) override
    {
        for (Id task : moved.responsibleTasks)
            THUKY_TRY(m_db.exec(kPointResponsible, task, to));
        return {};
    }

private:
    Database &m_db;
};

} // namespace

std::unique_ptr<ReferenceRepository> makeSqliteReferenceRepository(Database &db)
{
    return std::make_unique<SqliteReferenceRepository>(db);
}

} // namespace thuky::storage
