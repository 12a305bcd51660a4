#pragma once
// CatalogueCommand: the base of the undoable edits of the catalogues (danh mục): agencies and
// units, and people. redo()/undo() call ReferenceService; the page then shows the entry that
// changed, selected, so an undo never changes something out of sight.

#include "common/service_command.h"

#include "thuky/domain/reference.h"

#include <QCoreApplication>

#include <functional>
#include <variant>

namespace thuky::services {
class ReferenceService;
}

namespace thuky::ui {

/// One entry of either catalogue, as a command keeps it.
using CatalogueEntry = std::variant<domain::Agency, domain::Person>;

bool isAgency(const CatalogueEntry &entry);
domain::Id entryId(const CatalogueEntry &entry);
/// The agency's name or the person's full name.
QString entryName(const CatalogueEntry &entry);
bool entryActive(const CatalogueEntry &entry);

/// What the commands of the catalogue page share.
struct CatalogueContext
{
    services::ReferenceService &service;
    ServiceCommand::ErrorReporter reportError;
    /// The catalogue changed: the page reads it again and selects the agency (or person) `id`
    /// (0: none).
    std::function<void(bool agency, domain::Id id)> changed;
};

class CatalogueCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCommand)

protected:
    CatalogueCommand(CatalogueContext &context, domain::Actor actor);

    /// Writes `entry` over the stored one.
    Result<void> update(const CatalogueEntry &entry);
    /// Puts a deleted entry back with its id.
    Result<void> restore(const CatalogueEntry &entry);
    /// Deletes the entry (refused, with where it is used, if something refers to it).
    Result<void> remove(const CatalogueEntry &entry);
    void notifyChanged(bool agency, domain::Id id) const;

    services::ReferenceService &service() const { return m_context.service; }
    /// "đơn vị “Vụ Thư ký”", "cán bộ “Nguyễn Văn An”": the entry in a command's text.
    static QString describe(const CatalogueEntry &entry);

private:
    CatalogueContext &m_context;
};

} // namespace thuky::ui
