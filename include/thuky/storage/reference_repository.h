#pragma once
// Agencies, units and people: the reference data every module points at.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QHash>

#include <algorithm>
#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

/// The records that point at an agency or a person, by kind.
struct Referrers
{
    QList<domain::Id> leadTasks;        ///< tasks it leads (đơn vị chủ trì)
    QList<domain::Id> partnerTasks;     ///< tasks it works on with others (phối hợp)
    QList<domain::Id> responsibleTasks; ///< tasks a person is responsible for
    QList<domain::Id> people;           ///< people of the unit
    QList<domain::Id> childUnits;       ///< units under it
    QList<domain::Id> programmes;       ///< programmes it owns
    QList<domain::Id> users;            ///< accounts of the unit

    /// How many records a merge moves: each task once, people, child units, programmes
    /// (accounts are not moved).
    int movedRecords() const
    {
        QList<domain::Id> tasks = leadTasks + partnerTasks + responsibleTasks;
        std::sort(tasks.begin(), tasks.end());
        const auto distinct = std::unique(tasks.begin(), tasks.end()) - tasks.begin();
        return int(distinct + people.size() + childUnits.size() + programmes.size());
    }

    bool isEmpty() const
    {
        return leadTasks.isEmpty() && partnerTasks.isEmpty() && responsibleTasks.isEmpty() && people.isEmpty()
               && childUnits.isEmpty() && programmes.isEmpty() && users.isEmpty();
    }
};

class ReferenceRepository
{
public:
    virtual ~ReferenceRepository() = default;

    /// All agencies, sorted by Vietnamese collation of the name.
    virtual Result<QList<domain::Agency>> agencies() = 0;
    virtual Result<std::optional<domain::Agency>> agency(domain::Id id) = 0;
    /// Finds by exact name or short name, ignoring case and diacritics.
    virtual Result<std::optional<domain::Agency>> findAgency(const QString &nameOrShort) = 0;
    /// Duplicate for a name or short name already in use. An agency with an id keeps it
    /// (an undo puts a deleted record back); 0 picks a new one. Same for people.
    virtual Result<domain::Id> insertAgency(const domain::Agency &agency) = 0;
    virtual Result<void> updateAgency(const domain::Agency &agency) = 0;

    virtual Result<QList<domain::Person>> people() = 0;
    virtual Result<std::optional<domain::Person>> person(domain::Id id) = 0;
    virtual Result<std::optional<domain::Person>> findPerson(const QString &fullName) = 0;
    virtual Result<domain::Id> insertPerson(const domain::Person &person) = 0;
    virtual Result<void> updatePerson(const domain::Person &person) = 0;

    virtual Result<Referrers> agencyReferrers(domain::Id id) = 0;
    virtual Result<Referrers> personReferrers(domain::Id id) = 0;
    /// Deletes a record nothing refers to (the foreign keys refuse otherwise).
    virtual Result<void> deleteAgency(domain::Id id) = 0;
    virtual Result<void> deletePerson(domain::Id id) = 0;
    /// Points every task, person, unit and programme at `to` instead of `from` (a task
    /// keeps one partner row per unit, and none for its own lead). Accounts are not moved.
    virtual Result<void> moveAgencyReferences(domain::Id from, domain::Id to) = 0;
    virtual Result<void> movePersonReferences(domain::Id from, domain::Id to) = 0;

    /// The partner units of a task, in their order.
    virtual Result<QList<domain::Id>> taskPartners(domain::Id taskId) = 0;
    /// Undoes moveAgencyReferences(): the records of `moved` point at `to` again and each
    /// task of `partners` gets that partner list back.
    virtual Result<void> restoreAgencyReferences(domain::Id to, const Referrers &moved,
                                                 const QHash<domain::Id, QList<domain::Id>> &partners) = 0;
    /// Undoes movePersonReferences(): the tasks of `moved` have `to` responsible again.
    virtual Result<void> restorePersonReferences(domain::Id to, const Referrers &moved) = 0;
};

std::unique_ptr<ReferenceRepository> makeSqliteReferenceRepository(Database &db);

} // namespace thuky::storage
