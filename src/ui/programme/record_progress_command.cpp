#include "programme/record_progress_command.h"

#include "thuky/services/programme_service.h"

namespace thuky::ui {

RecordProgressCommand::RecordProgressCommand(CommandContext &context, domain::Actor actor,
                                             domain::Task before, domain::ProgressEntry entry,
                                             std::optional<domain::TaskStatus> newStatus,
                                             bool alreadyRecorded)
    : TaskCommand(context, std::move(actor), before.programmeId), m_before(std::move(before)),
      m_entry(std::move(entry)), m_newStatus(newStatus), m_skipRedo(alreadyRecorded)
{
    setActionText(tr("ghi tiến độ %1 (%2%)").arg(m_before.number).arg(m_entry.percent));
}

void RecordProgressCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
    } else {
        // After an undo the entry keeps its id, so the log reads as before.
        auto saved = service().recordProgress(actor(), m_entry, m_newStatus);
        if (!succeeded(saved))
            return;
        m_entry = std::move(saved).value();
    }
    notifyChanged(m_before.id);
}

void RecordProgressCommand::undo()
{
    if (succeeded(service().undoProgress(actor(), m_entry.id, m_before)))
        notifyChanged(m_before.id);
}

} // namespace thuky::ui
