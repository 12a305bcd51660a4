#pragma once
// LoginDialog: who is working (đăng nhập). Asks a user name and a password and hands them to
// the log-in function (AccountService::login); a refusal is shown and the dialog stays open.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace thuky::ui {

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    using Login =
        std::function<Result<domain::Actor>(const QString &userName, const QString &password)>;

    explicit LoginDialog(Login login, QWidget *parent = nullptr);
    ~LoginDialog() override;

    /// Fills in the user name (the last one used) and puts the cursor in the password.
    void setUserName(const QString &userName);
    /// Puts the keyboard in the user name, selected, so the next person types their own.
    void focusUserName();
    QString userName() const;
    /// Shows which database the log-in is for.
    void setDatabasePath(const QString &path);

    /// Who logged in; valid once the dialog was accepted.
    const domain::Actor &actor() const { return m_actor; }
    /// The refusal shown; empty when none is.
    QString message() const;

    void accept() override;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    Login m_login;
    domain::Actor m_actor;
};

} // namespace thuky::ui
