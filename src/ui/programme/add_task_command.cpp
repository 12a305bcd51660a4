#include "programme/add_task_command.h"

namespace thuky::ui {

AddTaskCommand::AddTaskCommand(CommandContext &context, domain::Actor actor, domain::Task task,
                               bool alreadyAdded)
    : TaskCommand(context, std::move(actor), task.programmeId), m_task(std::move(task)), m_skipRedo(alreadyAdded)
{
    setActionText(tr("thêm nhiệm vụ %1").arg(m_task.number));
}

void AddTaskCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
    } else if (m_snapshot.tasks.isEmpty()) {
        auto added = service().addTask(actor(), m_task);
        if (!succeeded(added))
            return;
        m_task = std::move(added).value();
    } else {
        // Subtasks added later and the progress log come back too, with their ids.
        if (!succeeded(service().restoreTasks(actor(), m_snapshot)))
            return;
    }
    notifyChanged(m_task.id);
}

void AddTaskCommand::undo()
{
    auto deleted = service().deleteTask(actor(), m_task.id);
    if (!succeeded(deleted))
        return;
    m_snapshot = std::move(deleted).value();
    notifyChanged(m_task.parentId);
}

} // namespace thuky::ui
