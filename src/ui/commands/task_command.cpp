#include "task_command.h"

namespace thuky::ui {

TaskCommand::TaskCommand(CommandContext &context, domain::Actor actor)
    : m_context(context), m_actor(std::move(actor))
{
}

void TaskCommand::notifyChanged(domain::Id taskId) const
{
    if (m_context.changed)
        m_context.changed(taskId);
}

void TaskCommand::fail(const Error &error)
{
    setObsolete(true);
    if (m_context.reportError)
        m_context.reportError(error);
}

} // namespace thuky::ui
