#pragma once
// DeleteTaskCommand: deletes a task with its subtasks and progress logs (xóa nhiệm vụ);
// undo puts them all back with the same ids.

#include "commands/task_command.h"

#include "thuky/services/programme_service.h"

namespace thuky::ui {

class DeleteTaskCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTaskCommand)

public:
    DeleteTaskCommand(CommandContext &context, domain::Actor actor, domain::Task task);

    void redo() override;
    void undo() override;

    /// The tasks the last redo removed (the task first).
    const services::TaskSnapshot &snapshot() const { return m_snapshot; }

private:
    domain::Task m_task;
    services::TaskSnapshot m_snapshot;
};

} // namespace thuky::ui
