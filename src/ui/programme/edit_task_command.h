#pragma once
// EditTaskCommand: changes a task's fields (sửa nhiệm vụ) from `before` to `after`.

#include "programme/task_command.h"

namespace thuky::ui {

class EditTaskCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditTaskCommand)

public:
    /// `alreadyApplied`: the caller saved `after`; the first redo only reports the change.
    EditTaskCommand(CommandContext &context, domain::Actor actor, domain::Task before,
                    domain::Task after, bool alreadyApplied = false);

    void redo() override;
    void undo() override;

private:
    void apply(const domain::Task &task);

    domain::Task m_before;
    domain::Task m_after;
    bool m_skipRedo;
};

} // namespace thuky::ui
