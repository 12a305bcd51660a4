#pragma once
// ServiceCommand: the base of every module's undoable edits. redo()/undo() call a service in
// the name of the user who made the edit; a failure is reported once and makes the command
// obsolete, so the undo stack drops it instead of replaying a change that did not happen.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QUndoCommand>

#include <functional>

namespace thuky::ui {

class ServiceCommand : public QUndoCommand
{
public:
    /// Shows a failed service call to the user (the page: a message box; tests: a list).
    using ErrorReporter = std::function<void(const Error &)>;

protected:
    ServiceCommand(ErrorReporter reportError, domain::Actor actor);

    /// true if `result` succeeded; otherwise reports the error and marks the command obsolete.
    template <typename T> bool succeeded(const Result<T> &result)
    {
        if (result.ok())
            return true;
        fail(result.error());
        return false;
    }
    /// Who did the edit: undo and redo are done in their name.
    const domain::Actor &actor() const { return m_actor; }

private:
    void fail(const Error &error);

    ErrorReporter m_reportError;
    domain::Actor m_actor;
};

} // namespace thuky::ui
