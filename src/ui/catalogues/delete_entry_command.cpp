#include "catalogues/delete_entry_command.h"

namespace thuky::ui {

DeleteEntryCommand::DeleteEntryCommand(CatalogueContext &context, domain::Actor actor,
                                       CatalogueEntry entry)
    : CatalogueCommand(context, std::move(actor)), m_entry(std::move(entry))
{
    setText(tr("xóa %1").arg(describe(m_entry)));
}

void DeleteEntryCommand::redo()
{
    // A unit's place is shown by its parent once it is gone.
    const domain::Id after =
        isAgency(m_entry) ? std::get<domain::Agency>(m_entry).parentId : domain::Id(0);
    if (succeeded(remove(m_entry)))
        notifyChanged(isAgency(m_entry), after);
}

void DeleteEntryCommand::undo()
{
    if (succeeded(restore(m_entry)))
        notifyChanged(isAgency(m_entry), entryId(m_entry));
}

} // namespace thuky::ui
