#pragma once
// Use cases over agencies, units and people.

#include "thuky/core/result.h"
#include "thuky/documents/table.h"
#include "thuky/domain/reference.h"
#include "thuky/storage/reference_repository.h"

#include <optional>

namespace thuky::storage {
class Database;
enum class Entity;
} // namespace thuky::storage

namespace thuky::services {

class Authorizer;
class AuditService;
struct CatalogueImportPlan;
enum class Catalogue;

/// What a merge changed, kept so that undoMerge() can put everything back: the entry
/// dropped as it was, the records that pointed at it (the calendar's documents, invitations
/// and participations by row, with their content or event), and the partner lists of its
/// tasks.
struct CatalogueMerge
{
    bool agency = true; ///< agencies (droppedAgency) or people (droppedPerson)
    domain::Id keep = 0;
    domain::Agency droppedAgency;
    domain::Person droppedPerson;
    storage::Referrers moved;
    QHash<domain::Id, QList<domain::Id>> partners; ///< task → its partner units before
};

/// "12 nhiệm vụ (chủ trì), 2 cán bộ" / "12 tasks (lead), 2 people": where an entry is used.
Message describeUsage(const storage::Referrers &referrers);

class ReferenceService
{
public:
    ReferenceService(storage::Database &db, storage::ReferenceRepository &repo, AuditService &audit,
                     const Authorizer &authorizer);

    Result<QList<domain::Agency>> agencies(const domain::Actor &actor);
    Result<domain::Agency> agency(const domain::Actor &actor, domain::Id id);
    /// By name or short name, ignoring case and diacritics.
    Result<std::optional<domain::Agency>> findAgency(const domain::Actor &actor, const QString &name);
    /// Validates (name required, unique) and saves; returns the stored record.
    Result<domain::Agency> addAgency(const domain::Actor &actor, domain::Agency agency);
    Result<domain::Agency> updateAgency(const domain::Actor &actor, domain::Agency agency);

    Result<QList<domain::Person>> people(const domain::Actor &actor);
    /// What the people list's text filter keeps: the ids of the people whose name,
    /// position, e-mail, phone or unit's name hold every word typed as the start of a word,
    /// accents and case ignored, through the search index; nullopt when the text has no
    /// word (everyone is kept).
    Result<std::optional<QList<domain::Id>>> matchingPeople(const domain::Actor &actor, const QString &text);
    /// ViewData. The units and agencies whose name or short name hold every word typed as
    /// the start of a word, through the search index; nullopt when the text has no word.
    Result<std::optional<QList<domain::Id>>> matchingAgencies(const domain::Actor &actor, const QString &text);
    Result<std::optional<domain::Person>> findPerson(const domain::Actor &actor, const QString &name);
    Result<domain::Person> addPerson(const domain::Actor &actor, domain::Person person);
    Result<domain::Person> updatePerson(const domain::Actor &actor, domain::Person person);

    /// What refers to an agency or a person: where it is used, what a merge would move.
    Result<storage::Referrers> agencyUsage(const domain::Actor &actor, domain::Id id);
    Result<storage::Referrers> personUsage(const domain::Actor &actor, domain::Id id);

    /// Puts a deleted agency or person back with its id (the undo of a delete), audited.
    Result<domain::Agency> restoreAgency(const domain::Actor &actor, domain::Agency agency);
    Result<domain::Person> restorePerson(const domain::Actor &actor, domain::Person person);

    /// Deletes an agency or a person nothing refers to. One that is referred to is refused
    /// (Conflict) with a message saying where it is used: deactivate it instead, or merge it.
    Result<void> deleteAgency(const domain::Actor &actor, domain::Id id);
    Result<void> deletePerson(const domain::Actor &actor, domain::Id id);

    /// Merges a duplicate into the entry kept: every task, person, unit and programme that
    /// pointed at `drop` points at `keep`, and so do the meeting calendar's meetings (chair),
    /// contents (presenting, reviewing agency), required documents, invitations and event
    /// participations; then `drop` is deleted, in one transaction, each moved record (task,
    /// meeting, content, event…) audited. A content or an event that already had `keep`
    /// among its invitees keeps it once; a content presented by one and reviewed by the other
    /// is left with `keep` as both, for the Secretariat to correct. Refused when accounts belong to
    /// `drop` (move them first) or when both own a programme of the same year. Returns how many
    /// records were moved; `undo`, when given, receives what undoMerge() needs.
    Result<int> mergeAgencies(const domain::Actor &actor, domain::Id keep, domain::Id drop,
                              CatalogueMerge *undo = nullptr);
    Result<int> mergePeople(const domain::Actor &actor, domain::Id keep, domain::Id drop,
                            CatalogueMerge *undo = nullptr);
    /// Undoes a merge: the dropped entry comes back with its id and every record it had
    /// points at it again, in one transaction, each audited.
    Result<void> undoMerge(const domain::Actor &actor, const CatalogueMerge &merge);

    /// The catalogue as a table with catalogueColumns(): names, not ids.
    Result<documents::Table> exportCatalogue(const domain::Actor &actor, Catalogue catalogue);
    /// Checks a table against the catalogue: every problem with its row and column. Units are
    /// matched by name or short name (accents and case ignored) and updated; people by name
    /// and unit, and only added.
    Result<CatalogueImportPlan> planCatalogueImport(const domain::Actor &actor, Catalogue catalogue,
                                                    const documents::Table &table, const QString &fileName);
    /// Writes a plan without problems in one transaction, each record audited.
    Result<void> applyCatalogueImport(const domain::Actor &actor, const CatalogueImportPlan &plan);

private:
    /// Checks and inserts an entry, audited as `action`; one with an id keeps it.
    Result<domain::Agency> insertAgency(const domain::Actor &actor, domain::Agency agency,
                                        const QString &action);
    Result<domain::Person> insertPerson(const domain::Actor &actor, domain::Person person,
                                        const QString &action);
    /// Cleans and checks a person (name, e-mail, phone, unit) before it is written.
    Result<void> preparePerson(domain::Person &person);
    /// Audits each record of `records` (entity, id) as changed by `action` from `before`
    /// (one without a before image no longer exists and is skipped).
    Result<void> recordAll(const domain::Actor &actor, const QString &action,
                           const QList<std::pair<storage::Entity, domain::Id>> &records,
                           const QList<std::optional<QByteArray>> &before);
    /// The current audit images of `records`, in order (nothing for one that does not exist).
    Result<QList<std::optional<QByteArray>>> imagesOf(const QList<std::pair<storage::Entity, domain::Id>> &records);
    /// Deletes an agency or a person nothing refers to, audited; refused with where it is used.
    Result<void> deleteUnused(const domain::Actor &actor, storage::Entity entity, domain::Id id, const QString &name);

    storage::Database &m_db;
    storage::ReferenceRepository &m_repo;
    AuditService &m_audit;
    const Authorizer &m_auth;
};

} // namespace thuky::services
