#include "programme/task_command.h"

#include "thuky/services/programme_service.h"

namespace thuky::ui {

TaskCommand::TaskCommand(CommandContext &context, domain::Actor actor, domain::Id programmeId)
    : ServiceCommand(
          [&context](const Error &error) {
              if (context.reportError)
                  context.reportError(error);
          },
          std::move(actor)),
      m_context(context), m_programmeId(programmeId)
{
}

void TaskCommand::setActionText(const QString &action)
{
    auto programme = service().programme(actor(), m_programmeId);
    setText(programme ? tr("%1 của chương trình năm %2").arg(action).arg(programme->year) : action);
}

void TaskCommand::notifyChanged(domain::Id taskId) const
{
    if (m_context.changed)
        m_context.changed(m_programmeId, taskId);
}

} // namespace thuky::ui
