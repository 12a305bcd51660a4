#include "catalogues/merge_entries_command.h"

namespace thuky::ui {

MergeEntriesCommand::MergeEntriesCommand(CatalogueContext &context, domain::Actor actor,
                                         CatalogueEntry keep, CatalogueEntry drop)
    : CatalogueCommand(context, std::move(actor)), m_keep(std::move(keep)), m_drop(std::move(drop))
{
    setText(tr("gộp %1 vào “%2”").arg(describe(m_drop), entryName(m_keep)));
}

void MergeEntriesCommand::redo()
{
    const bool agency = isAgency(m_keep);
    auto moved = agency
                     ? service().mergeAgencies(actor(), entryId(m_keep), entryId(m_drop), &m_merge)
                     : service().mergePeople(actor(), entryId(m_keep), entryId(m_drop), &m_merge);
    if (!succeeded(moved))
        return;
    m_moved = *moved;
    notifyChanged(agency, entryId(m_keep));
}

void MergeEntriesCommand::undo()
{
    if (succeeded(service().undoMerge(actor(), m_merge)))
        notifyChanged(isAgency(m_drop), entryId(m_drop));
}

} // namespace thuky::ui
