#pragma once
// Agencies, units and people: the reference data every module points at.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

class ReferenceRepository
{
public:
    virtual ~ReferenceRepository() = default;

    /// All agencies, sorted by Vietnamese collation of the name.
    virtual Result<QList<domain::Agency>> agencies() = 0;
    virtual Result<std::optional<domain::Agency>> agency(domain::Id id) = 0;
    /// Finds by exact name or short name, ignoring case and diacritics.
    virtual Result<std::optional<domain::Agency>> findAgency(const QString &nameOrShort) = 0;
    /// Duplicate for a name or short name already in use.
    virtual Result<domain::Id> insertAgency(const domain::Agency &agency) = 0;
    virtual Result<void> updateAgency(const domain::Agency &agency) = 0;

    virtual Result<QList<domain::Person>> people() = 0;
    virtual Result<std::optional<domain::Person>> person(domain::Id id) = 0;
    virtual Result<std::optional<domain::Person>> findPerson(const QString &fullName) = 0;
    virtual Result<domain::Id> insertPerson(const domain::Person &person) = 0;
    virtual Result<void> updatePerson(const domain::Person &person) = 0;
};

std::unique_ptr<ReferenceRepository> makeSqliteReferenceRepository(Database &db);

} // namespace thuky::storage
