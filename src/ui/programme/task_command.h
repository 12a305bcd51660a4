#pragma once
// TaskCommand: the base of the undoable edits of a work programme. redo()/undo() call
// ProgrammeService; a failure is reported once and makes the command obsolete, so the
// undo stack drops it instead of replaying a change that did not happen.

#include "common/service_command.h"

#include "thuky/domain/programme.h"

#include <QCoreApplication>

#include <functional>

namespace thuky::services {
class ProgrammeService;
}

namespace thuky::ui {

/// What the commands of one page share: the service, and how to tell the page.
struct CommandContext
{
    services::ProgrammeService &service;
    /// Shows a failed service call to the user (the page: a message box; tests: a list).
    std::function<void(const Error &)> reportError;
    /// The data of programme `programmeId` changed: the page shows that programme (switching
    /// to it if another one is on screen) with `taskId` selected (0: none), so an undo never
    /// changes something out of sight.
    std::function<void(domain::Id programmeId, domain::Id taskId)> changed;
};

/// Command texts start in lower case: the Edit menu shows them after "Hoàn tác" / "Làm lại".
class TaskCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(TaskCommand)

protected:
    /// `programmeId`: the programme the edited task belongs to.
    TaskCommand(CommandContext &context, domain::Actor actor, domain::Id programmeId);

    /// Sets the command's text: `action` ("xóa nhiệm vụ 23") followed by the programme it
    /// acts on, since Undo can reach a programme that is no longer on screen.
    void setActionText(const QString &action);

    void notifyChanged(domain::Id taskId) const;

    services::ProgrammeService &service() const { return m_context.service; }

private:
    CommandContext &m_context;
    domain::Id m_programmeId;
};

} // namespace thuky::ui
