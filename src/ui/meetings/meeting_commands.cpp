#include "meetings/meeting_commands.h"

#include "thuky/domain/vietnamese.h"

namespace thuky::ui {

using domain::Id;
using services::CalendarItem;
using Type = services::CalendarItem::Type;

MeetingCommand::MeetingCommand(MeetingCommandContext &context, const QString &text, Step redo,
                               Step undo)
    : m_context(context), m_redo(std::move(redo)), m_undo(std::move(undo))
{
    setText(text);
}

void MeetingCommand::redo()
{
    run(m_redo);
}

void MeetingCommand::undo()
{
    run(m_undo);
}

void MeetingCommand::run(const Step &step)
{
    auto change = step();
    if (!change) {
        setObsolete(true);
        if (m_context.reportError)
            m_context.reportError(change.error());
        return;
    }
    if (m_context.changed)
        m_context.changed(*change);
}

bool pushCommand(QUndoStack *stack, std::unique_ptr<MeetingCommand> command)
{
    // A command that fails is obsolete: push() deletes it instead of keeping it.
    const int before = stack->index();
    stack->push(command.release());
    return stack->index() == before + 1;
}

namespace meeting_commands {

namespace {

struct MeetingCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(MeetingCommands)
};

/// "phiên họp thứ 40 (khóa XV)".
QString meetingName(const domain::Meeting &m)
{
    return MeetingCommandsText::tr("phiên họp thứ %1 (khóa %2)").arg(m.number).arg(domain::toRoman(m.term));
}

CalendarChange shown(const domain::Meeting &m)
{
    return {m.firstDay(), {Type::Meeting, m.id, m.title()}};
}

CalendarChange shown(const domain::MeetingEvent &e)
{
    return {e.startDay, {Type::Event, e.id, e.title}};
}

/// Turns a Result<T> into the change to show, or its error.
template <typename T, typename F> Result<CalendarChange> then(Result<T> result, F &&toChange)
{
    if (!result)
        return result.error();
    return toChange(*result);
}

Result<CalendarChange> after(Result<void> result, const CalendarChange &change)
{
    if (!result)
        return result.error();
    return change;
}

QString quoted(const QString &title)
{
    constexpr int kLength = 60;
    return title.size() > kLength ? QStringLiteral("“%1…”").arg(title.left(kLength - 1))
                                  : QStringLiteral("“%1”").arg(title);
}

} // namespace

std::unique_ptr<MeetingCommand> createMeeting(MeetingCommandContext &context, domain::Actor actor,
                                              domain::Meeting meeting)
{
    // The first redo gives the meeting its id and number; later ones create it again as it was.
    auto state = std::make_shared<domain::Meeting>(std::move(meeting));
    auto &service = context.service;
    const QString name = state->number > 0 ? meetingName(*state) : MeetingCommandsText::tr("phiên họp mới");
    return std::make_unique<MeetingCommand>(
        context, MeetingCommandsText::tr("thêm %1").arg(name),
        [&service, actor, state] {
            return then(service.createMeeting(actor, *state), [state](const domain::Meeting &m) {
                *state = m;
                return shown(m);
            });
        },
        [&service, actor, state] {
            return after(service.deleteMeeting(actor, state->id), {state->firstDay(), {}});
        });
}

std::unique_ptr<MeetingCommand> editMeeting(MeetingCommandContext &context, domain::Actor actor,
                                            domain::Meeting before, domain::Meeting after)
{
    auto &service = context.service;
    const auto save = [&service, actor](const domain::Meeting &m) {
        return then(service.updateMeeting(actor, m),
                    [](const domain::Meeting &saved) { return shown(saved); });
    };
    return std::make_unique<MeetingCommand>(
        context, MeetingCommandsText::tr("sửa %1").arg(meetingName(after)), [save, after] { return save(after); },
        [save, before] { return save(before); });
}

std::unique_ptr<MeetingCommand> deleteMeeting(MeetingCommandContext &context, domain::Actor actor,
                                              domain::Meeting meeting)
{
    auto &service = context.service;
    return std::make_unique<MeetingCommand>(
        context, MeetingCommandsText::tr("xóa %1").arg(meetingName(meeting)),
        [&service, actor, meeting] {
            return after(service.deleteMeeting(actor, meeting.id), {meeting.firstDay(), {}});
        },
        [&service, actor, meeting] {
            return then(service.createMeeting(actor, meeting),
                        [](const domain::Meeting &m) { return shown(m); });
        });
}

std::unique_ptr<MeetingCommand> reschedule(MeetingCommandContext &context, domain::Actor actor,
                                           CalendarItem item, QDate from, QDate to)
{
    auto &service = context.service;
    // The first redo asks for the move; the service's answer is replayed and inverted after.
    auto move = std::make_shared<std::optional<services::Reschedule>>();
    const auto showMove = [item](const services::Reschedule &done) {
        return CalendarChange{done.to, item};
    };
    const QString what = item.type == Type::Meeting ? item.title.toLower() : quoted(item.title);
    return std::make_unique<MeetingCommand>(
        context,
        MeetingCommandsText::tr("dời %1 từ %2 sang %3").arg(what, domain::shortDate(from), domain::shortDate(to)),
        [&service, actor, item, to, move, showMove]() -> Result<CalendarChange> {
            if (*move)
                return then(service.reschedule(actor, **move), showMove);
            auto done = item.type == Type::Meeting ? service.rescheduleMeeting(actor, item.id, to)
                                                   : service.rescheduleEvent(actor, item.id, to);
            if (!done)
                return done.error();
            *move = *done;
            return showMove(*done);
        },
        [&service, actor, move, showMove]() -> Result<CalendarChange> {
            if (!*move)
                return CalendarChange{};
            return then(service.reschedule(actor, (*move)->inverse()), showMove);
        });
}

std::unique_ptr<MeetingCommand> addContent(MeetingCommandContext &context, domain::Actor actor,
                                           const domain::Meeting &meeting,
                                           domain::MeetingContent content,
                                           QList<domain::RequiredDocument> documents)
{
    auto &service = context.service;
    // The first redo gives the content and its documents their ids (and due dates); later
    // ones put back exactly that.
    struct Added
    {
        domain::MeetingContent content;
        QList<domain::RequiredDocument> documents;
    };
    auto state = std::make_shared<Added>(Added{std::move(content), std::move(documents)});
    const CalendarChange change = shown(meeting);
    return std::make_unique<MeetingCommand>(
        context,
        MeetingCommandsText::tr("thêm nội dung %1 vào %2").arg(quoted(state->content.title), meetingName(meeting)),
        [&service, actor, state, change] {
            return then(service.addContent(actor, state->content, state->documents),
                        [state, change](const services::ContentDetails &added) {
                            state->content = added.content;
                            state->documents.clear();
                            for (const services::DocumentStatus &d : added.documents)
                                state->documents.append(d.document);
                            return change;
                        });
        },
        [&service, actor, state, change] {
            return after(service.removeContent(actor, state->content.id), change);
        });
}

std::unique_ptr<MeetingCommand> editContent(MeetingCommandContext &context, domain::Actor actor,
                                            const domain::Meeting &meeting,
                                            domain::MeetingContent before,
                                            domain::MeetingContent after)
{
    auto &service = context.service;
    const CalendarChange change = shown(meeting);
    const auto save = [&service, actor, change](const domain::MeetingContent &c) {
        return then(service.updateContent(actor, c), [change](const auto &) { return change; });
    };
    return std::make_unique<MeetingCommand>(
        context, MeetingCommandsText::tr("sửa nội dung %1").arg(quoted(after.title)),
        [save, after] { return save(after); }, [save, before] { return save(before); });
}

std::unique_ptr<MeetingCommand> removeContent(MeetingCommandContext &context, domain::Actor actor,
                                              const domain::Meeting &meeting,
                                              services::ContentDetails content)
{
    auto &service = context.service;
    const CalendarChange change = shown(meeting);
    QList<domain::RequiredDocument> documents;
    for (const services::DocumentStatus &status : content.documents)
        documents.append(status.document);
    QList<domain::Invitee> invitees;
    for (const services::NamedInvitee &named : content.invitees)
        invitees.append(named.invitee);
    const domain::MeetingContent removed = content.content;
    return std::make_unique<MeetingCommand>(
        context, MeetingCommandsText::tr("xóa nội dung %1 khỏi %2").arg(quoted(removed.title), meetingName(meeting)),
        [&service, actor, removed, change] {
            return after(service.removeContent(actor, removed.id), change);
        },
        [&service, actor, removed, documents, invitees, change] {
            return then(service.addContent(actor, removed, documents, invitees),
                        [change](const auto &) { return change; });
        });
}

std::unique_ptr<MeetingCommand> reorderContents(MeetingCommandContext &context, domain::Actor actor,
                                                const domain::Meeting &meeting,
                                                QList<domain::Id> before, QList<domain::Id> after)
{
    auto &service = context.service;
    const CalendarChange change = shown(meeting);
    const Id meetingId = meeting.id;
    const auto apply = [&service, actor, meetingId, change](const QList<Id> &order) {
        return meeting_commands::after(service.reorderContents(actor, meetingId, order), change);
    };
    return std::make_unique<MeetingCommand>(
        context, MeetingCommandsText::tr("đổi thứ tự nội dung của %1").arg(meetingName(meeting)),
        [apply, after] { return apply(after); }, [apply, before] { return apply(before); });
}

std::unique_ptr<MeetingCommand> receiveDocument(MeetingCommandContext &context, domain::Actor actor,
                                                const domain::Meeting &meeting,
                                                domain::RequiredDocument document, QDate on)
{
    auto &service = context.service;
    const CalendarChange change = shown(meeting);
    const auto mark = [&service, actor, id = document.id, change](const QDate &date) {
        return then(service.receiveDocument(actor, id, date),
                    [change](const auto &) { return change; });
    };
    const QString kind = domain::documentKindLabel(document.kind).toLower();
    const QString text = on.isValid()
                             ? MeetingCommandsText::tr("ghi nhận %1 đã nhận ngày %2").arg(kind, domain::shortDate(on))
                             : MeetingCommandsText::tr("bỏ ghi nhận đã nhận %1").arg(kind);
    return std::make_unique<MeetingCommand>(
        context, text, [mark, on] { return mark(on); },
        [mark, before = document.receivedOn] { return mark(before); });
}

std::unique_ptr<MeetingCommand> addDocument(MeetingCommandContext &context, domain::Actor actor,
                                            const domain::Meeting &meeting,
                                            domain::RequiredDocument document)
{
    auto &service = context.service;
    const CalendarChange change = shown(meeting);
    auto state = std::make_shared<domain::RequiredDocument>(std::move(document));
    return std::make_unique<MeetingCommand>(
        context, MeetingCommandsText::tr("thêm tài liệu %1").arg(domain::documentKindLabel(state->kind).toLower()),
        [&service, actor, state, change] {
            return then(service.addDocument(actor, *state),
                        [state, change](const services::DocumentStatus &added) {
                            *state = added.document;
                            return change;
                        });
        },
        [&service, actor, state, change] {
            return after(service.removeDocument(actor, state->id), change);
        });
}

namespace {

/// Invites (or withdraws) one invitee; each invitation gets a new id, kept between steps.
std::unique_ptr<MeetingCommand> inviteeCommand(MeetingCommandContext &context,
                                               const domain::Actor &actor,
                                               const domain::Meeting &meeting, Id contentId,
                                               services::NamedInvitee invitee, bool invite)
{
    auto &service = context.service;
    auto state = std::make_shared<services::NamedInvitee>(std::move(invitee));
    const CalendarChange change = shown(meeting);
    MeetingCommand::Step add = [&service, actor, contentId, state, change] {
        return then(service.addInvitee(actor, contentId, state->invitee),
                    [state, change](const services::NamedInvitee &added) {
                        state->invitee.id = added.invitee.id;
                        return change;
                    });
    };
    MeetingCommand::Step withdraw = [&service, actor, contentId, state, change] {
        return after(service.removeInvitee(actor, contentId, state->invitee.id), change);
    };
    const QString text = (invite ? MeetingCommandsText::tr("mời %1") : MeetingCommandsText::tr("bỏ mời %1")).arg(state->name);
    return invite ? std::make_unique<MeetingCommand>(context, text, add, withdraw)
                  : std::make_unique<MeetingCommand>(context, text, withdraw, add);
}

} // namespace

std::unique_ptr<MeetingCommand> addInvitee(MeetingCommandContext &context, domain::Actor actor,
                                           const domain::Meeting &meeting, Id contentId,
                                           services::NamedInvitee invitee)
{
    return inviteeCommand(context, actor, meeting, contentId, std::move(invitee), true);
}

std::unique_ptr<MeetingCommand> removeInvitee(MeetingCommandContext &context, domain::Actor actor,
                                              const domain::Meeting &meeting, Id contentId,
                                              services::NamedInvitee invitee)
{
    return inviteeCommand(context, actor, meeting, contentId, std::move(invitee), false);
}

std::unique_ptr<MeetingCommand> createEvent(MeetingCommandContext &context, domain::Actor actor,
                                            domain::MeetingEvent event)
{
    auto &service = context.service;
    auto state = std::make_shared<domain::MeetingEvent>(std::move(event));
    return std::make_unique<MeetingCommand>(
        context, MeetingCommandsText::tr("thêm sự kiện %1").arg(quoted(state->title)),
        [&service, actor, state] {
            return then(service.addEvent(actor, *state), [state](const domain::MeetingEvent &e) {
                *state = e;
                return shown(e);
            });
        },
        [&service, actor, state] {
            return after(service.deleteEvent(actor, state->id), {state->startDay, {}});
        });
}

std::unique_ptr<MeetingCommand> editEvent(MeetingCommandContext &context, domain::Actor actor,
                                          domain::MeetingEvent before, domain::MeetingEvent after)
{
    auto &service = context.service;
    const auto save = [&service, actor](const domain::MeetingEvent &e) {
        return then(service.updateEvent(actor, e),
                    [](const domain::MeetingEvent &saved) { return shown(saved); });
    };
    return std::make_unique<MeetingCommand>(
        context, MeetingCommandsText::tr("sửa sự kiện %1").arg(quoted(after.title)),
        [save, after] { return save(after); }, [save, before] { return save(before); });
}

std::unique_ptr<MeetingCommand> deleteEvent(MeetingCommandContext &context, domain::Actor actor,
                                            domain::MeetingEvent event)
{
    auto &service = context.service;
    return std::make_unique<MeetingCommand>(
        context, MeetingCommandsText::tr("xóa sự kiện %1").arg(quoted(event.title)),
        [&service, actor, event] {
            return after(service.deleteEvent(actor, event.id), {event.startDay, {}});
        },
        [&service, actor, event] {
            return then(service.addEvent(actor, event),
                        [](const domain::MeetingEvent &e) { return shown(e); });
        });
}

} // namespace meeting_commands

} // namespace thuky::ui
