#include "catalogues/save_entry_command.h"

namespace thuky::ui {

SaveEntryCommand::SaveEntryCommand(CatalogueContext &context, domain::Actor actor,
                                   std::optional<CatalogueEntry> before, CatalogueEntry after,
                                   bool alreadySaved)
    : CatalogueCommand(context, std::move(actor)), m_before(std::move(before)),
      m_after(std::move(after)), m_skipRedo(alreadySaved)
{
    const QString what = describe(m_after);
    if (!m_before)
        setText(tr("thêm %1").arg(what));
    else if (entryActive(*m_before) && !entryActive(m_after))
        setText(tr("ngừng sử dụng %1").arg(what));
    else if (!entryActive(*m_before) && entryActive(m_after))
        setText(tr("dùng lại %1").arg(what));
    else
        setText(tr("sửa %1").arg(what));
}

void SaveEntryCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
    } else if (!succeeded(m_before ? update(m_after) : restore(m_after))) {
        return;
    }
    notifyChanged(isAgency(m_after), entryId(m_after));
}

void SaveEntryCommand::undo()
{
    if (succeeded(m_before ? update(*m_before) : remove(m_after)))
        notifyChanged(isAgency(m_after), m_before ? entryId(*m_before) : 0);
}

} // namespace thuky::ui
