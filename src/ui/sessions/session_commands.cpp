#include "sessions/session_commands.h"

namespace thuky::ui {

using domain::Id;

SessionCommand::SessionCommand(SessionCommandContext &context, domain::Actor actor,
                               const QString &text, std::function<Step(const domain::Actor &)> redo,
                               std::function<Step(const domain::Actor &)> undo)
    : ServiceCommand(context.reportError, std::move(actor)), m_context(context)
{
    setText(text);
    m_redo = redo(this->actor());
    m_undo = undo(this->actor());
}

void SessionCommand::redo()
{
    run(m_redo);
}

void SessionCommand::undo()
{
    run(m_undo);
}

void SessionCommand::run(const Step &step)
{
    const Result<SessionChange> change = step();
    if (!succeeded(change))
        return;
    if (m_context.changed)
        m_context.changed(*change);
}

bool pushSessionCommand(QUndoStack *stack, std::unique_ptr<SessionCommand> command)
{
    // A command that fails is obsolete: push() deletes it instead of keeping it.
    const int before = stack->index();
    stack->push(command.release());
    return stack->index() == before + 1;
}

namespace session_commands {

namespace {

struct SessionCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommands)
};

QString quoted(const QString &title)
{
    constexpr int kLength = 60;
    return title.size() > kLength ? QStringLiteral("“%1…”").arg(title.left(kLength - 1))
                                  : QStringLiteral("“%1”").arg(title);
}

template <typename T, typename F> Result<SessionChange> then(Result<T> result, F &&toChange)
{
    if (!result)
        return result.error();
    return toChange(*result);
}

using Step = SessionCommand::Step;
using Actor = domain::Actor;

} // namespace

std::unique_ptr<SessionCommand> addItem(SessionCommandContext &context, Actor actor, Id sessionId,
                                        domain::AgendaItem item)
{
    // The first redo gives the item its id, key and position; later ones put it back as it was.
    auto state = std::make_shared<domain::AgendaItem>(std::move(item));
    auto &service = context.service;
    return std::make_unique<SessionCommand>(
        context, std::move(actor), SessionCommandsText::tr("thêm nội dung %1").arg(quoted(state->title)),
        [&service, state, sessionId](const Actor &who) -> Step {
            return [&service, state, sessionId, who] {
                return then(service.addItem(who, *state), [&](const domain::AgendaItem &saved) {
                    *state = saved;
                    return SessionChange{sessionId, saved.versionId, saved.id};
                });
            };
        },
        [&service, state, sessionId](const Actor &who) -> Step {
            return [&service, state, sessionId, who] {
                return then(service.deleteItem(who, state->id), [&](const domain::AgendaItem &removed) {
                    return SessionChange{sessionId, removed.versionId, 0};
                });
            };
        });
}

std::unique_ptr<SessionCommand> editItem(SessionCommandContext &context, Actor actor, Id sessionId,
                                         domain::AgendaItem before, domain::AgendaItem after)
{
    auto from = std::make_shared<domain::AgendaItem>(std::move(before));
    auto to = std::make_shared<domain::AgendaItem>(std::move(after));
    auto &service = context.service;
    return std::make_unique<SessionCommand>(
        context, std::move(actor), SessionCommandsText::tr("sửa nội dung %1").arg(quoted(to->title)),
        [&service, from, to, sessionId](const Actor &who) -> Step {
            return [&service, from, to, sessionId, who] {
                return then(service.updateItem(who, *to), [&](const services::Change<domain::AgendaItem> &c) {
                    *from = c.before; // where it was, so the undo takes it back there
                    *to = c.after;
                    return SessionChange{sessionId, c.after.versionId, c.after.id};
                });
            };
        },
        [&service, from, sessionId](const Actor &who) -> Step {
            return [&service, from, sessionId, who] {
                return then(service.updateItem(who, *from), [&](const services::Change<domain::AgendaItem> &c) {
                    return SessionChange{sessionId, c.after.versionId, c.after.id};
                });
            };
        });
}

std::unique_ptr<SessionCommand> deleteItem(SessionCommandContext &context, Actor actor, Id sessionId,
                                           domain::AgendaItem item)
{
    auto state = std::make_shared<domain::AgendaItem>(std::move(item));
    auto &service = context.service;
    return std::make_unique<SessionCommand>(
        context, std::move(actor), SessionCommandsText::tr("xóa nội dung %1").arg(quoted(state->title)),
        [&service, state, sessionId](const Actor &who) -> Step {
            return [&service, state, sessionId, who] {
                return then(service.deleteItem(who, state->id), [&](const domain::AgendaItem &removed) {
                    *state = removed;
                    return SessionChange{sessionId, removed.versionId, 0};
                });
            };
        },
        [&service, state, sessionId](const Actor &who) -> Step {
            return [&service, state, sessionId, who] {
                // Back with its id, key and place.
                return then(service.addItem(who, *state), [&](const domain::AgendaItem &saved) {
                    return SessionChange{sessionId, saved.versionId, saved.id};
                });
            };
        });
}

std::unique_ptr<SessionCommand> duplicateItem(SessionCommandContext &context, Actor actor,
                                              Id sessionId, domain::AgendaItem item)
{
    auto original = std::make_shared<domain::AgendaItem>(std::move(item));
    auto copy = std::make_shared<domain::AgendaItem>();
    auto &service = context.service;
    return std::make_unique<SessionCommand>(
        context, std::move(actor),
        SessionCommandsText::tr("nhân bản nội dung %1").arg(quoted(original->title)),
        [&service, original, copy, sessionId](const Actor &who) -> Step {
            return [&service, original, copy, sessionId, who] {
                // The first time the service makes the copy; a redo puts the same copy back.
                auto saved = copy->id == 0 ? service.duplicateItem(who, original->id)
                                           : service.addItem(who, *copy);
                return then(std::move(saved), [&](const domain::AgendaItem &c) {
                    *copy = c;
                    return SessionChange{sessionId, c.versionId, c.id};
                });
            };
        },
        [&service, original, copy, sessionId](const Actor &who) -> Step {
            return [&service, original, copy, sessionId, who] {
                return then(service.deleteItem(who, copy->id), [&](const domain::AgendaItem &removed) {
                    return SessionChange{sessionId, removed.versionId, original->id};
                });
            };
        });
}

std::unique_ptr<SessionCommand> moveItem(SessionCommandContext &context, Actor actor, Id sessionId,
                                         domain::AgendaItem item, domain::AgendaSlot to)
{
    auto move = std::make_shared<services::AgendaMove>(services::AgendaMove{item.id, slotOf(item), to});
    const Id versionId = item.versionId;
    auto &service = context.service;
    return std::make_unique<SessionCommand>(
        context, std::move(actor), SessionCommandsText::tr("chuyển nội dung %1").arg(quoted(item.title)),
        [&service, move, sessionId, versionId](const Actor &who) -> Step {
            return [&service, move, sessionId, versionId, who] {
                return then(service.moveItem(who, move->itemId, move->to), [&](const services::AgendaMove &m) {
                    *move = m; // the slot it came from, as the service saw it
                    return SessionChange{sessionId, versionId, m.itemId};
                });
            };
        },
        [&service, move, sessionId, versionId](const Actor &who) -> Step {
            return [&service, move, sessionId, versionId, who] {
                return then(service.moveItem(who, move->itemId, move->from), [&](const services::AgendaMove &m) {
                    return SessionChange{sessionId, versionId, m.itemId};
                });
            };
        });
}

std::unique_ptr<SessionCommand> createSession(SessionCommandContext &context, Actor actor,
                                              domain::Session session)
{
    auto state = std::make_shared<domain::Session>(std::move(session));
    auto savedId = std::make_shared<Id>(0);
    auto &service = context.service;
    return std::make_unique<SessionCommand>(
        context, std::move(actor),
        SessionCommandsText::tr("thêm %1").arg(state->title(Lang::Vi).toLower()),
        [&service, state, savedId](const Actor &who) -> Step {
            return [&service, state, savedId, who] {
                // A redo creates it again as it was first saved (same ordinal).
                return then(service.createSession(who, *state), [&](const domain::Session &saved) {
                    *savedId = saved.id;
                    state->ordinal = saved.ordinal;
                    return SessionChange{saved.id, 0, 0, true};
                });
            };
        },
        [&service, savedId](const Actor &who) -> Step {
            return [&service, savedId, who] {
                return then(service.deleteSession(who, *savedId),
                            [](const domain::Session &) { return SessionChange{0, 0, 0, true}; });
            };
        });
}

std::unique_ptr<SessionCommand> editSession(SessionCommandContext &context, Actor actor,
                                            domain::Session before, domain::Session after)
{
    auto from = std::make_shared<domain::Session>(std::move(before));
    auto to = std::make_shared<domain::Session>(std::move(after));
    auto &service = context.service;
    return std::make_unique<SessionCommand>(
        context, std::move(actor), SessionCommandsText::tr("sửa %1").arg(to->title(Lang::Vi).toLower()),
        [&service, from, to](const Actor &who) -> Step {
            return [&service, from, to, who] {
                return then(service.updateSession(who, *to), [&](const services::Change<domain::Session> &c) {
                    *from = c.before;
                    *to = c.after;
                    return SessionChange{c.after.id, 0, 0, true};
                });
            };
        },
        [&service, from](const Actor &who) -> Step {
            return [&service, from, who] {
                return then(service.updateSession(who, *from), [&](const services::Change<domain::Session> &c) {
                    return SessionChange{c.after.id, 0, 0, true};
                });
            };
        });
}

std::unique_ptr<SessionCommand> newVersion(SessionCommandContext &context, Actor actor, Id sessionId,
                                           QString note)
{
    auto version = std::make_shared<domain::AgendaVersion>();
    auto &service = context.service;
    return std::make_unique<SessionCommand>(
        context, std::move(actor), SessionCommandsText::tr("tạo phiên bản chương trình mới"),
        [&service, version, sessionId, note](const Actor &who) -> Step {
            return [&service, version, sessionId, note, who] {
                return then(service.newVersion(who, sessionId, note), [&](const domain::AgendaVersion &v) {
                    *version = v;
                    return SessionChange{sessionId, v.id, 0};
                });
            };
        },
        [&service, version, sessionId](const Actor &who) -> Step {
            return [&service, version, sessionId, who] {
                return then(service.deleteVersion(who, version->id), [&](const domain::AgendaVersion &) {
                    return SessionChange{sessionId, 0, 0};
                });
            };
        });
}

std::unique_ptr<SessionCommand> addMatter(SessionCommandContext &context, Actor actor, Id sessionId,
                                          domain::Matter matter)
{
    auto state = std::make_shared<domain::Matter>(std::move(matter));
    auto &service = context.service;
    return std::make_unique<SessionCommand>(
        context, std::move(actor), SessionCommandsText::tr("thêm vấn đề %1").arg(quoted(state->title)),
        [&service, state, sessionId](const Actor &who) -> Step {
            return [&service, state, sessionId, who] {
                return then(service.addMatter(who, *state), [&](const domain::Matter &saved) {
                    *state = saved; // a redo reinstates the same id
                    return SessionChange{sessionId, 0, 0};
                });
            };
        },
        [&service, state, sessionId](const Actor &who) -> Step {
            return [&service, state, sessionId, who] {
                return then(service.deleteMatter(who, state->id),
                            [&](const domain::Matter &) { return SessionChange{sessionId, 0, 0}; });
            };
        });
}

} // namespace session_commands

} // namespace thuky::ui
