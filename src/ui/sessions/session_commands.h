#pragma once
// The undoable edits of the session agendas. Each is a SessionCommand whose redo() and undo()
// call SessionService with what the previous call returned (its header says which call undoes
// which); a failure is reported once and makes the command obsolete, so the stack drops it.
// After each step the page shows what changed: the version, the item selected.

#include "common/service_command.h"

#include "thuky/services/session_service.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace thuky::ui {

/// What a step changed, for the page to show: the session, the version and the item (0:
/// none) to select.
struct SessionChange
{
    domain::Id sessionId = 0;
    domain::Id versionId = 0;
    domain::Id itemId = 0;
    /// The session itself changed (its phases: the calendar's plenary days).
    bool sessionChanged = false;
};

/// What the commands share: the service and how to tell the page.
struct SessionCommandContext
{
    services::SessionService &service;
    ServiceCommand::ErrorReporter reportError;
    std::function<void(const SessionChange &)> changed;
};

class SessionCommand : public ServiceCommand
{
public:
    using Step = std::function<Result<SessionChange>()>;

    /// `text` starts in lower case: the Edit menu puts it after "Hoàn tác" / "Làm lại".
    SessionCommand(SessionCommandContext &context, domain::Actor actor, const QString &text,
                   std::function<Step(const domain::Actor &)> redo,
                   std::function<Step(const domain::Actor &)> undo);

    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    SessionCommandContext &m_context;
    Step m_redo;
    Step m_undo;
};

/// Pushes `command` on `stack` (which runs it); false when it failed (the stack dropped it).
bool pushSessionCommand(QUndoStack *stack, std::unique_ptr<SessionCommand> command);

/// The commands, by what they do. `actor` does every redo and undo.
namespace session_commands {

std::unique_ptr<SessionCommand> addItem(SessionCommandContext &context, domain::Actor actor,
                                        domain::Id sessionId, domain::AgendaItem item);
std::unique_ptr<SessionCommand> editItem(SessionCommandContext &context, domain::Actor actor,
                                         domain::Id sessionId, domain::AgendaItem before,
                                         domain::AgendaItem after);
std::unique_ptr<SessionCommand> deleteItem(SessionCommandContext &context, domain::Actor actor,
                                           domain::Id sessionId, domain::AgendaItem item);
std::unique_ptr<SessionCommand> duplicateItem(SessionCommandContext &context, domain::Actor actor,
                                              domain::Id sessionId, domain::AgendaItem item);
std::unique_ptr<SessionCommand> moveItem(SessionCommandContext &context, domain::Actor actor,
                                         domain::Id sessionId, domain::AgendaItem item,
                                         domain::AgendaSlot to);
std::unique_ptr<SessionCommand> createSession(SessionCommandContext &context, domain::Actor actor,
                                              domain::Session session);
std::unique_ptr<SessionCommand> editSession(SessionCommandContext &context, domain::Actor actor,
                                            domain::Session before, domain::Session after);
std::unique_ptr<SessionCommand> newVersion(SessionCommandContext &context, domain::Actor actor,
                                           domain::Id sessionId, QString note);
std::unique_ptr<SessionCommand> addMatter(SessionCommandContext &context, domain::Actor actor,
                                          domain::Id sessionId, domain::Matter matter);

} // namespace session_commands

} // namespace thuky::ui
