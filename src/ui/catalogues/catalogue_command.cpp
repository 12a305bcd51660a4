#include "catalogues/catalogue_command.h"

#include "thuky/services/reference_service.h"

namespace thuky::ui {

bool isAgency(const CatalogueEntry &entry)
{
    return std::holds_alternative<domain::Agency>(entry);
}

domain::Id entryId(const CatalogueEntry &entry)
{
    return std::visit([](const auto &e) { return e.id; }, entry);
}

QString entryName(const CatalogueEntry &entry)
{
    return isAgency(entry) ? std::get<domain::Agency>(entry).name
                           : std::get<domain::Person>(entry).fullName;
}

bool entryActive(const CatalogueEntry &entry)
{
    return std::visit([](const auto &e) { return e.active; }, entry);
}

CatalogueCommand::CatalogueCommand(CatalogueContext &context, domain::Actor actor)
    : ServiceCommand(
          [&context](const Error &error) {
              if (context.reportError)
                  context.reportError(error);
          },
          std::move(actor)),
      m_context(context)
{
}

Result<void> CatalogueCommand::update(const CatalogueEntry &entry)
{
    if (const auto *agency = std::get_if<domain::Agency>(&entry)) {
        auto saved = service().updateAgency(actor(), *agency);
        return saved ? Result<void>{} : Result<void>{saved.error()};
    }
    auto saved = service().updatePerson(actor(), std::get<domain::Person>(entry));
    return saved ? Result<void>{} : Result<void>{saved.error()};
}

Result<void> CatalogueCommand::restore(const CatalogueEntry &entry)
{
    if (const auto *agency = std::get_if<domain::Agency>(&entry)) {
        auto saved = service().restoreAgency(actor(), *agency);
        return saved ? Result<void>{} : Result<void>{saved.error()};
    }
    auto saved = service().restorePerson(actor(), std::get<domain::Person>(entry));
    return saved ? Result<void>{} : Result<void>{saved.error()};
}

Result<void> CatalogueCommand::remove(const CatalogueEntry &entry)
{
    return isAgency(entry) ? service().deleteAgency(actor(), entryId(entry))
                           : service().deletePerson(actor(), entryId(entry));
}

void CatalogueCommand::notifyChanged(bool agency, domain::Id id) const
{
    if (m_context.changed)
        m_context.changed(agency, id);
}

QString CatalogueCommand::describe(const CatalogueEntry &entry)
{
    return (isAgency(entry) ? tr("đơn vị “%1”") : tr("cán bộ “%1”")).arg(entryName(entry));
}

} // namespace thuky::ui
