#include "programme/task_command.h"

#include "thuky/services/programme_service.h"

namespace thuky::ui {

TaskCommand::TaskCommand(CommandContext &context, domain::Actor actor, domain::Id programmeId)
    : m_context(context), m_actor(std::move(actor)), m_programmeId(programmeId)
{
}

void TaskCommand::setActionText(const QString &action)
{
    auto programme = service().programme(m_actor, m_programmeId);
    setText(programme ? tr("%1 của chương trình năm %2").arg(action).arg(programme->year) : action);
}

void TaskCommand::notifyChanged(domain::Id taskId) const
{
    if (m_context.changed)
        m_context.changed(m_programmeId, taskId);
}

void TaskCommand::fail(const Error &error)
{
    setObsolete(true);
    if (m_context.reportError)
        m_context.reportError(error);
}

} // namespace thuky::ui
