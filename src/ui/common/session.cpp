#include "common/session.h"

#include "shell/first_admin_dialog.h"
#include "shell/login_dialog.h"
#include "common/settings.h"

#include "thuky/core/logging.h"
#include "thuky/services/account_service.h"
#include "thuky/services/workspace.h"

#include <QDialog>

#include <spdlog/spdlog.h>

namespace thuky::ui {

Session::Session(services::Workspace &workspace, Settings &settings, QString databasePath)
    : m_workspace(workspace), m_settings(settings), m_databasePath(std::move(databasePath)),
      m_runner([](QDialog &dialog) { return dialog.exec(); })
{
}

Result<std::optional<domain::Actor>> Session::ask(QWidget *parent)
{
    services::AccountService &accounts = m_workspace.accounts();
    auto any = accounts.hasAccounts();
    if (!any)
        return any.error();

    if (!*any) {
        FirstAdminDialog dialog(
            [&accounts](const domain::User &user,
                        const QString &password) -> Result<domain::Actor> {
                // No one has logged in yet: the program itself creates the first account.
                auto created = accounts.addUser(domain::Actor::system(), user, password);
                if (!created)
                    return created.error();
                return accounts.login(created->userName, password);
            },
            parent);
        if (m_runner(dialog) != QDialog::Accepted)
            return std::optional<domain::Actor>();
        logger("ui")->info("first administrator {} created", dialog.actor().userName.toStdString());
        m_settings.setLastUserName(m_databasePath, dialog.actor().userName);
        m_someoneLoggedIn = true;
        return std::optional(dialog.actor());
    }

    LoginDialog dialog(
        [&accounts](const QString &userName, const QString &password) {
            return accounts.login(userName, password);
        },
        parent);
    dialog.setDatabasePath(m_databasePath);
    dialog.setUserName(m_settings.lastUserName(m_databasePath));
    // After a log-out the next person may be someone else: start at the name, ready to retype.
    if (m_someoneLoggedIn)
        dialog.focusUserName();
    if (m_runner(dialog) != QDialog::Accepted)
        return std::optional<domain::Actor>();
    m_settings.setLastUserName(m_databasePath, dialog.actor().userName);
    m_someoneLoggedIn = true;
    return std::optional(dialog.actor());
}

Result<domain::Actor> Session::logIn(const QString &userName, const QString &password)
{
    auto any = m_workspace.accounts().hasAccounts();
    if (!any)
        return any.error();
    if (!*any)
        return makeError(ErrorCode::NotFound,
                         tr("Cơ sở dữ liệu chưa có tài khoản nào. Hãy mở Thuky không kèm --user "
                            "để tạo tài khoản quản trị đầu tiên."),
                         QStringLiteral("The database has no accounts yet. Start Thuky without "
                                        "--user to create the first administrator."),
                         QStringLiteral("userName"));
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Thiếu mật khẩu: đặt biến môi trường THUKY_PASSWORD khi dùng --user."),
                         QStringLiteral("No password: set THUKY_PASSWORD when using --user."),
                         QStringLiteral("password"));
    auto actor = m_workspace.accounts().login(userName, password);
    if (actor) {
        m_settings.setLastUserName(m_databasePath, actor->userName); // offered after a log-out
        m_someoneLoggedIn = true;
    }
    return actor;
}

} // namespace thuky::ui
