#include "thuky/services/reference_service.h"

#include "thuky/domain/text.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/storage/database.h"
#include "thuky/storage/reference_repository.h"
#include "thuky/storage/transaction.h"

namespace thuky::services {

using domain::Actor;
using domain::Agency;
using domain::Id;
using domain::Person;

namespace {

void cleanAgencyText(Agency &agency)
{
    agency.name = domain::cleanText(agency.name);
    agency.shortName = domain::cleanText(agency.shortName);
}

Result<void> validateAgency(const Agency &a)
{
    if (a.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Chưa nhập tên cơ quan, đơn vị."),
                         QStringLiteral("The agency's name is missing."), QStringLiteral("name"));
    if (a.name.size() > 300 || a.shortName.size() > 40)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Tên cơ quan, đơn vị quá dài."),
                         QStringLiteral("The agency's name is too long."), QStringLiteral("name"));
    return {};
}

// Names are compared folded, so "Bộ Tư pháp" and "bo tu phap" count as the same agency.
Result<void> checkUnique(storage::ReferenceRepository &repo, const Agency &a)
{
    for (const QString &name : {a.name, a.shortName}) {
        if (name.trimmed().isEmpty())
            continue;
        auto other = repo.findAgency(name);
        if (!other)
            return other.error();
        if (*other && (*other)->id != a.id)
            return makeError(ErrorCode::Duplicate,
                             QStringLiteral("Tên \"%1\" đã được dùng cho \"%2\".").arg(name.trimmed(), (*other)->name),
                             QStringLiteral("The name \"%1\" is already used by \"%2\".").arg(name.trimmed(), (*other)->name),
                             QStringLiteral("name"));
    }
    return {};
}

} // namespace

ReferenceService::ReferenceService(storage::Database &db, storage::ReferenceRepository &repo, AuditService &audit,
                                   const Authorizer &auth)
    : m_db(db), m_repo(repo), m_audit(audit), m_auth(auth)
{
}

Result<QList<Agency>> ReferenceService::agencies(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.agencies();
}

Result<Agency> ReferenceService::agency(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto a = m_repo.agency(id);
    if (!a)
        return a.error();
    if (!*a)
        return makeError(ErrorCode::NotFound, QStringLiteral("Không tìm thấy cơ quan, đơn vị."),
                         QStringLiteral("The agency was not found."));
    return **a;
}

Result<std::optional<Agency>> ReferenceService::findAgency(const Actor &actor, const QString &name)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.findAgency(name);
}

Result<Agency> ReferenceService::addAgency(const Actor &actor, Agency agency)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    agency.id = 0;
    cleanAgencyText(agency);
    THUKY_TRY(validateAgency(agency));
    THUKY_TRY(checkUnique(m_repo, agency));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertAgency(agency);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, QStringLiteral("agency.create"), storage::Entity::Agency, *id, std::nullopt));
    THUKY_TRY(tx->commit());
    agency.id = *id;
    return agency;
}

Result<Agency> ReferenceService::updateAgency(const Actor &actor, Agency agency)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    cleanAgencyText(agency);
    THUKY_TRY(validateAgency(agency));
    THUKY_TRY(checkUnique(m_repo, agency));
    if (agency.parentId == agency.id)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Một đơn vị không thể trực thuộc chính nó."),
                         QStringLiteral("A unit cannot be its own parent."), QStringLiteral("parent"));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(storage::Entity::Agency, agency.id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.updateAgency(agency));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("agency.update"), storage::Entity::Agency, agency.id, *before));
    THUKY_TRY(tx->commit());
    return agency;
}

Result<QList<Person>> ReferenceService::people(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.people();
}

Result<std::optional<Person>> ReferenceService::findPerson(const Actor &actor, const QString &name)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.findPerson(name);
}

Result<Person> ReferenceService::addPerson(const Actor &actor, Person person)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    person.id = 0;
    person.fullName = domain::cleanText(person.fullName);
    person.position = domain::cleanText(person.position);
    if (person.fullName.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Chưa nhập họ và tên."),
                         QStringLiteral("The full name is missing."), QStringLiteral("fullName"));
    if (person.unitId) {
        auto unit = m_repo.agency(person.unitId);
        if (!unit)
            return unit.error();
        if (!*unit)
            return makeError(ErrorCode::NotFound, QStringLiteral("Không tìm thấy đơn vị công tác."),
                             QStringLiteral("The person's unit was not found."), QStringLiteral("unit"));
    }
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertPerson(person);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, QStringLiteral("person.create"), storage::Entity::Person, *id, std::nullopt));
    THUKY_TRY(tx->commit());
    person.id = *id;
    return person;
}

} // namespace thuky::services
