#include "programme/delete_task_command.h"

namespace thuky::ui {

DeleteTaskCommand::DeleteTaskCommand(CommandContext &context, domain::Actor actor,
                                     domain::Task task, domain::Id selectAfter)
    : TaskCommand(context, std::move(actor), task.programmeId), m_task(std::move(task)),
      m_selectAfter(selectAfter != 0 ? selectAfter : m_task.parentId)
{
    setActionText(tr("xóa nhiệm vụ %1").arg(m_task.number));
}

void DeleteTaskCommand::redo()
{
    auto deleted = service().deleteTask(actor(), m_task.id);
    if (!succeeded(deleted))
        return;
    m_snapshot = std::move(deleted).value();
    notifyChanged(m_selectAfter);
}

void DeleteTaskCommand::undo()
{
    if (succeeded(service().restoreTasks(actor(), m_snapshot)))
        notifyChanged(m_task.id);
}

} // namespace thuky::ui
