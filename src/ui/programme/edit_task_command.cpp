#include "programme/edit_task_command.h"

#include "thuky/services/programme_service.h"

namespace thuky::ui {

EditTaskCommand::EditTaskCommand(CommandContext &context, domain::Actor actor, domain::Task before,
                                 domain::Task after, bool alreadyApplied)
    : TaskCommand(context, std::move(actor), after.programmeId), m_before(std::move(before)),
      m_after(std::move(after)), m_skipRedo(alreadyApplied)
{
    setActionText(tr("sửa nhiệm vụ %1").arg(m_after.number));
}

void EditTaskCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        notifyChanged(m_after.id);
        return;
    }
    apply(m_after);
}

void EditTaskCommand::undo()
{
    apply(m_before);
}

void EditTaskCommand::apply(const domain::Task &task)
{
    if (succeeded(service().updateTask(actor(), task)))
        notifyChanged(task.id);
}

} // namespace thuky::ui
