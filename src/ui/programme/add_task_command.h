#pragma once
// AddTaskCommand: adds a task (thêm nhiệm vụ); undo deletes it, redo restores it whole.

#include "programme/task_command.h"

#include "thuky/services/programme_service.h"

namespace thuky::ui {

class AddTaskCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTaskCommand)

public:
    /// `alreadyAdded`: the task was saved by the caller (it has its id); the first redo
    /// then only reports the change.
    AddTaskCommand(CommandContext &context, domain::Actor actor, domain::Task task,
                   bool alreadyAdded = false);

    void redo() override;
    void undo() override;

    const domain::Task &task() const { return m_task; }

private:
    domain::Task m_task;
    services::TaskSnapshot m_snapshot; ///< what undo deleted; empty before the first undo
    bool m_skipRedo;
};

} // namespace thuky::ui
