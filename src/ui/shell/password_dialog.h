#pragma once
// Password dialogs: a user changes their own password (đổi mật khẩu, knowing the current
// one); an administrator sets a new one for someone (đặt lại mật khẩu). Both share one form.

#include "common/field_errors.h"

#include "thuky/domain/account.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace thuky::ui {

class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    /// Saves the new password (`current` is empty unless asked); an error keeps the dialog
    /// open and is shown at its field.
    using Commit = std::function<Result<void>(const QString &current, const QString &next)>;

    ~PasswordDialog() override;

    QString fieldError(const QString &key) const { return m_errors.message(key); }
    void accept() override;

protected:
    PasswordDialog(bool asksCurrent, Commit commit, QWidget *parent);
    void setExplanation(const QString &html);
    void setAcceptText(const QString &text);

private:
    std::unique_ptr<Ui::PasswordDialog> m_ui;
    bool m_asksCurrent;
    Commit m_commit;
    FieldErrors m_errors;
};

/// The logged-in user changes their own password.
class ChangePasswordDialog : public PasswordDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(const domain::Actor &actor, Commit commit, QWidget *parent = nullptr);
};

/// An administrator sets a new password for `user` (which also unlocks the account).
class ResetPasswordDialog : public PasswordDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(const domain::User &user, Commit commit, QWidget *parent = nullptr);
};

} // namespace thuky::ui
