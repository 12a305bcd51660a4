#pragma once
// RecordProgressCommand: logs progress on a task (ghi tiến độ); undo removes the entry and
// puts the task back as it was.

#include "programme/task_command.h"

#include <optional>

namespace thuky::ui {

class RecordProgressCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordProgressCommand)

public:
    /// `before`: the task as it was before the entry. `alreadyRecorded`: the caller saved
    /// `entry` (it has its id); the first redo only reports the change.
    RecordProgressCommand(CommandContext &context, domain::Actor actor, domain::Task before,
                          domain::ProgressEntry entry, std::optional<domain::TaskStatus> newStatus,
                          bool alreadyRecorded = false);

    void redo() override;
    void undo() override;

    const domain::ProgressEntry &entry() const { return m_entry; }

private:
    domain::Task m_before;
    domain::ProgressEntry m_entry;
    std::optional<domain::TaskStatus> m_newStatus;
    bool m_skipRedo;
};

} // namespace thuky::ui
