#pragma once
// DeleteTaskCommand: deletes a task with its subtasks and progress logs (xóa nhiệm vụ);
// undo puts them all back with the same ids.

#include "programme/task_command.h"

#include "thuky/services/programme_service.h"

namespace thuky::ui {

class DeleteTaskCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTaskCommand)

public:
    /// `selectAfter`: the task to show selected once this one is gone (the row that took its
    /// place); 0: its parent.
    DeleteTaskCommand(CommandContext &context, domain::Actor actor, domain::Task task,
                      domain::Id selectAfter = 0);

    void redo() override;
    void undo() override;

    /// The tasks the last redo removed (the task first).
    const services::TaskSnapshot &snapshot() const { return m_snapshot; }

private:
    domain::Task m_task;
    domain::Id m_selectAfter;
    services::TaskSnapshot m_snapshot;
};

} // namespace thuky::ui
