#pragma once
// The undoable edits of the meeting calendar. Each is a MeetingCommand whose redo() and
// undo() call MeetingService; a failure is reported once and makes the command obsolete, so
// the stack drops it. After each step the page shows what changed (the month of the day it
// concerns, the item selected), so an undo never changes something out of sight.

#include "thuky/core/result.h"
#include "thuky/services/meeting_service.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace thuky::ui {

/// Where a change is to be seen: the day, and the meeting or event to select.
struct CalendarChange
{
    QDate date;
    services::CalendarItem item;
};

/// What the calendar's commands share: the service and how to tell the page.
struct MeetingCommandContext
{
    services::MeetingService &service;
    std::function<void(const Error &)> reportError;
    std::function<void(const CalendarChange &)> changed;
};

class MeetingCommand : public QUndoCommand
{
public:
    using Step = std::function<Result<CalendarChange>()>;

    /// `text` starts in lower case ("dời phiên họp thứ 40 …"): the Edit menu puts it after
    /// "Hoàn tác" / "Làm lại".
    MeetingCommand(MeetingCommandContext &context, const QString &text, Step redo, Step undo);

    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    MeetingCommandContext &m_context;
    Step m_redo;
    Step m_undo;
};

/// Pushes `command` on `stack` (which runs it); false when it failed (the stack has dropped it).
bool pushCommand(QUndoStack *stack, std::unique_ptr<MeetingCommand> command);

/// The commands, by what they do. `actor` does every redo and undo.
namespace meeting_commands {

std::unique_ptr<MeetingCommand> createMeeting(MeetingCommandContext &context, domain::Actor actor,
                                              domain::Meeting meeting);
std::unique_ptr<MeetingCommand> editMeeting(MeetingCommandContext &context, domain::Actor actor,
                                            domain::Meeting before, domain::Meeting after);
std::unique_ptr<MeetingCommand> deleteMeeting(MeetingCommandContext &context, domain::Actor actor,
                                              domain::Meeting meeting);
/// Moves `item` (which starts on `from`) so that it starts on `to`.
std::unique_ptr<MeetingCommand> reschedule(MeetingCommandContext &context, domain::Actor actor,
                                           services::CalendarItem item, QDate from, QDate to);
std::unique_ptr<MeetingCommand> addContent(MeetingCommandContext &context, domain::Actor actor,
                                           const domain::Meeting &meeting,
                                           domain::MeetingContent content,
                                           QList<domain::RequiredDocument> documents);
std::unique_ptr<MeetingCommand> editContent(MeetingCommandContext &context, domain::Actor actor,
                                            const domain::Meeting &meeting,
                                            domain::MeetingContent before,
                                            domain::MeetingContent after);
/// Removes the content with its documents and invitees; undo puts them back, same ids.
std::unique_ptr<MeetingCommand> removeContent(MeetingCommandContext &context, domain::Actor actor,
                                              const domain::Meeting &meeting,
                                              services::ContentDetails content);
std::unique_ptr<MeetingCommand> reorderContents(MeetingCommandContext &context, domain::Actor actor,
                                                const domain::Meeting &meeting,
                                                QList<domain::Id> before, QList<domain::Id> after);
/// Marks the document received on `on` (invalid: not received).
std::unique_ptr<MeetingCommand> receiveDocument(MeetingCommandContext &context, domain::Actor actor,
                                                const domain::Meeting &meeting,
                                                domain::RequiredDocument document, QDate on);
std::unique_ptr<MeetingCommand> addDocument(MeetingCommandContext &context, domain::Actor actor,
                                            const domain::Meeting &meeting,
                                            domain::RequiredDocument document);
/// Invites an agency or a person to a content (thành phần mời); undo withdraws the invitation.
std::unique_ptr<MeetingCommand> addInvitee(MeetingCommandContext &context, domain::Actor actor,
                                           const domain::Meeting &meeting, domain::Id contentId,
                                           services::NamedInvitee invitee);
std::unique_ptr<MeetingCommand> removeInvitee(MeetingCommandContext &context, domain::Actor actor,
                                              const domain::Meeting &meeting, domain::Id contentId,
                                              services::NamedInvitee invitee);
std::unique_ptr<MeetingCommand> createEvent(MeetingCommandContext &context, domain::Actor actor,
                                            domain::MeetingEvent event);
std::unique_ptr<MeetingCommand> editEvent(MeetingCommandContext &context, domain::Actor actor,
                                          domain::MeetingEvent before, domain::MeetingEvent after);
std::unique_ptr<MeetingCommand> deleteEvent(MeetingCommandContext &context, domain::Actor actor,
                                            domain::MeetingEvent event);

} // namespace meeting_commands

} // namespace thuky::ui
