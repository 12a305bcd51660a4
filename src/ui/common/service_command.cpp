#include "common/service_command.h"

namespace thuky::ui {

ServiceCommand::ServiceCommand(ErrorReporter reportError, domain::Actor actor)
    : m_reportError(std::move(reportError)), m_actor(std::move(actor))
{
}

void ServiceCommand::fail(const Error &error)
{
    setObsolete(true);
    if (m_reportError)
        m_reportError(error);
}

} // namespace thuky::ui
