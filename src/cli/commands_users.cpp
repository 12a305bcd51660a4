// users add|list|passwd|deactivate and roles: accounts and the permission table.

#include "account_support.h"
#include "commands.h"
#include "password.h"
#include "programme_support.h"

#include "thuky/services/account_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace thuky::cli {

namespace {

using domain::Role;
using domain::User;

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

/// The account's lock-out end, or null when it is not locked now.
QJsonValue lockedUntilJson(const User &user)
{
    if (!user.lockedUntil.isValid() || user.lockedUntil <= QDateTime::currentDateTimeUtc())
        return QJsonValue();
    return user.lockedUntil.toUTC().toString(Qt::ISODate);
}

QStringList roleKeys(const QList<Role> &roles)
{
    return textsOf(roles, domain::roleKey);
}

QStringList roleNames(const QList<Role> &roles, Lang lang)
{
    return textsOf(roles, [lang](Role role) { return roleName(role, lang); });
}

const QStringList &userJsonKeys()
{
    static const QStringList keys{QStringLiteral("id"),       QStringLiteral("userName"),
                                  QStringLiteral("fullName"), QStringLiteral("position"),
                                  QStringLiteral("unit"),     QStringLiteral("roles"),
                                  QStringLiteral("active"),   QStringLiteral("lockedUntil")};
    return keys;
}

QJsonObject userJson(const User &user, const QString &unitName)
{
    return QJsonObject{{QStringLiteral("id"), qint64(user.id)},
                       {QStringLiteral("userName"), user.userName},
                       {QStringLiteral("fullName"), textOrNull(user.fullName)},
                       {QStringLiteral("position"), textOrNull(user.position)},
                       {QStringLiteral("unit"), textOrNull(unitName)},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys(user.roles))},
                       {QStringLiteral("active"), user.active},
                       {QStringLiteral("lockedUntil"), lockedUntilJson(user)}};
}

/// The result of users add, passwd and deactivate.
void reportUser(const Context &ctx, const QString &message, const User &user)
{
    ctx.report(message, {{QStringLiteral("id"), QStringLiteral("ID"), qint64(user.id)},
                         {QStringLiteral("userName"), ctx.tr("Tên đăng nhập", "User name"), user.userName},
                         {QStringLiteral("roles"), ctx.tr("Vai trò", "Roles"),
                          QJsonArray::fromStringList(ctx.format() == Format::Table
                                                         ? roleNames(user.roles, ctx.lang())
                                                         : roleKeys(user.roles))},
                         {QStringLiteral("active"), ctx.tr("Đang hoạt động", "Active"), user.active}});
}

int runUserAdd(Context &ctx, const Invocation &inv)
{
    QString unknown;
    const auto roles = parseRoles(inv.args.value(QStringLiteral("role")), unknown);
    if (!roles)
        return ctx.usageError(ctx.tr("Vai trò không hợp lệ: \"%1\" (dùng %2, hoặc nhãn tiếng Việt).",
                                     "Unknown role \"%1\" (use %2, or the Vietnamese label).")
                                  .arg(unknown, roleKeyList()));
    User user;
    user.userName = inv.positionals.at(0);
    user.fullName = inv.args.value(QStringLiteral("full-name"));
    user.position = inv.args.value(QStringLiteral("position"));
    user.roles = *roles;
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    // Everything that can be refused is refused before the new password is asked for; the
    // service checks all of it again.
    if (auto allowed = (*ws)->authorizer().require(ctx.actor(), services::Action::ManageUsers); !allowed)
        return ctx.fail(allowed.error());
    if (auto valid = domain::checkUserName(user.userName); !valid)
        return ctx.fail(valid.error());
    if (inv.args.has(QStringLiteral("unit"))) {
        auto unit = resolveUnit(ctx, **ws, inv.args.value(QStringLiteral("unit")));
        if (!unit)
            return ctx.fail(unit.error());
        user.unitId = *unit;
    }
    auto password = readNewPassword(ctx.lang(), user.userName);
    if (!password)
        return ctx.fail(password.error());
    auto added = (*ws)->accounts().addUser(ctx.actor(), user, *password);
    if (!added)
        return ctx.fail(added.error());
    reportUser(ctx, ctx.tr("Đã tạo tài khoản.", "Created the account."), *added);
    return 0;
}

/// Agency names by id, for the unit column.
Result<QHash<domain::Id, domain::Agency>> agenciesById(const Context &ctx, services::Workspace &ws)
{
    auto agencies = ws.reference().agencies(ctx.actor());
    if (!agencies)
        return agencies.error();
    QHash<domain::Id, domain::Agency> byId;
    for (const domain::Agency &a : *agencies)
        byId.insert(a.id, a);
    return byId;
}

QString usersTable(const Context &ctx, const QList<User> &users,
                   const QHash<domain::Id, domain::Agency> &agencies)
{
    Sheet sheet;
    sheet.headers = {QStringLiteral("ID"),           ctx.tr("Tên đăng nhập", "User name"),
                     ctx.tr("Họ tên", "Full name"),  ctx.tr("Chức vụ", "Position"),
                     ctx.tr("Đơn vị", "Unit"),       ctx.tr("Vai trò", "Roles"),
                     ctx.tr("Hoạt động", "Active"),  ctx.tr("Khóa đến (UTC)", "Locked until (UTC)")};
    sheet.rightAligned = {true};
    for (const User &u : users) {
        const domain::Agency unit = agencies.value(u.unitId);
        sheet.rows << QStringList{QString::number(u.id),
                                  u.userName,
                                  u.fullName,
                                  u.position,
                                  unit.shortName.isEmpty() ? unit.name : unit.shortName,
                                  roleNames(u.roles, ctx.lang()).join(QLatin1String(", ")),
                                  u.active ? ctx.tr("có", "yes") : ctx.tr("không", "no"),
                                  plainText(lockedUntilJson(u))};
    }
    return renderTable(sheet);
}

int runUserList(Context &ctx, const Invocation &)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto users = (*ws)->accounts().users(ctx.actor());
    if (!users)
        return ctx.fail(users.error());
    auto agencies = agenciesById(ctx, **ws);
    if (!agencies)
        return ctx.fail(agencies.error());
    if (ctx.format() == Format::Table) {
        ctx.out(usersTable(ctx, *users, *agencies));
        return 0;
    }
    QJsonArray array;
    for (const User &u : *users)
        array.append(userJson(u, agencies->value(u.unitId).name));
    ctx.out(ctx.format() == Format::Json ? jsonText(QJsonObject{{QStringLiteral("users"), array}})
                                         : renderCsv(objectsToSheet(array, userJsonKeys())));
    return 0;
}

int runUserPasswd(Context &ctx, const Invocation &inv)
{
    const QString name = inv.positionals.at(0);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto &accounts = (*ws)->accounts();
    const domain::Actor &actor = ctx.actor();
    const bool own = actor.userId != 0 && name.compare(actor.userName, Qt::CaseInsensitive) == 0;
    QString userName = actor.userName;
    domain::Id userId = actor.userId;
    if (!own) { // someone else's: only an administrator may look them up and reset it
        auto user = accounts.userByName(actor, name);
        if (!user)
            return ctx.fail(user.error());
        userName = user->userName;
        userId = user->id;
    }
    auto password = readNewPassword(ctx.lang(), userName);
    if (!password)
        return ctx.fail(password.error());
    const Result<void> changed = own ? accounts.changePassword(actor, ctx.loginPassword(), *password)
                                     : accounts.resetPassword(actor, userId, *password);
    if (!changed)
        return ctx.fail(changed.error());
    ctx.report(own ? ctx.tr("Đã đổi mật khẩu.", "Changed the password.")
                   : ctx.tr("Đã đặt mật khẩu mới và mở khóa tài khoản.",
                            "Set a new password and unlocked the account."),
               {{QStringLiteral("userName"), ctx.tr("Tên đăng nhập", "User name"), userName},
                {QStringLiteral("reset"), ctx.tr("Do quản trị đặt lại", "Reset by an administrator"), !own}});
    return 0;
}

int runUserDeactivate(Context &ctx, const Invocation &inv)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto &accounts = (*ws)->accounts();
    auto user = accounts.userByName(ctx.actor(), inv.positionals.at(0));
    if (!user)
        return ctx.fail(user.error());
    if (auto done = accounts.deactivate(ctx.actor(), user->id); !done)
        return ctx.fail(done.error());
    user->active = false;
    reportUser(ctx, ctx.tr("Đã ngừng tài khoản; lịch sử của nó được giữ nguyên.",
                           "Deactivated the account; its history is kept."),
               *user);
    return 0;
}

/// The permission table of services::rolesAllowed(): one row per action.
int runRoles(Context &ctx, const Invocation &)
{
    QJsonArray roles;
    for (Role role : domain::kAllRoles)
        roles.append(QJsonObject{{QStringLiteral("key"), domain::roleKey(role)},
                                 {QStringLiteral("label"), roleName(role, ctx.lang())}});
    QJsonArray actions;
    Sheet table;
    Sheet csv;
    table.headers << ctx.tr("Việc", "Action");
    csv.headers << QStringLiteral("action");
    for (Role role : domain::kAllRoles) {
        table.headers << roleName(role, ctx.lang());
        csv.headers << domain::roleKey(role);
    }
    for (services::Action action : services::kAllActions) {
        const QList<Role> allowed = services::rolesAllowed(action);
        actions.append(QJsonObject{{QStringLiteral("key"), services::actionKey(action)},
                                   {QStringLiteral("label"), actionName(action, ctx.lang())},
                                   {QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys(allowed))}});
        QStringList tableRow{actionName(action, ctx.lang())};
        QStringList csvRow{services::actionKey(action)};
        for (Role role : domain::kAllRoles) {
            tableRow << (allowed.contains(role) ? QStringLiteral("✓") : QString());
            csvRow << (allowed.contains(role) ? QStringLiteral("true") : QStringLiteral("false"));
        }
        table.rows << tableRow;
        csv.rows << csvRow;
    }
    switch (ctx.format()) {
    case Format::Json:
        ctx.out(jsonText(QJsonObject{{QStringLiteral("roles"), roles}, {QStringLiteral("actions"), actions}}));
        break;
    case Format::Csv:
        ctx.out(renderCsv(csv));
        break;
    case Format::Table:
        ctx.out(renderTable(table));
        break;
    }
    return 0;
}

} // namespace

QList<Command> userCommands()
{
    return {
        {names({"users", "add"}), names({"role", "full-name", "position", "unit"}), names({"role"}),
         names({"NAME"}), runUserAdd,
         "tạo tài khoản (mật khẩu mới trong THUKY_NEW_PASSWORD hoặc nhập hai lần); tài khoản "
         "đầu tiên phải là quản trị",
         "create an account (new password in THUKY_NEW_PASSWORD or typed twice); the first must "
         "be an administrator",
         Access::Login},
        {names({"users", "list"}), {}, {}, {}, runUserList, "liệt kê tài khoản (quản trị)",
         "list the accounts (administrators)", Access::Login},
        {names({"users", "passwd"}), {}, {}, names({"NAME"}), runUserPasswd,
         "đổi mật khẩu của mình, hoặc quản trị đặt lại mật khẩu của người khác (và mở khóa)",
         "change your own password, or as administrator reset someone else's (and unlock it)",
         Access::Login},
        {names({"users", "deactivate"}), {}, {}, names({"NAME"}), runUserDeactivate,
         "ngừng một tài khoản (không xóa)", "deactivate an account (never deleted)", Access::Login},
        {names({"roles"}), {}, {}, {}, runRoles, "in bảng quyền: vai trò nào được làm việc gì",
         "print the permission table: which role may do what"},
    };
}

} // namespace thuky::cli
