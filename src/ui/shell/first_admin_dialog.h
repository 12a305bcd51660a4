#pragma once
// FirstAdminDialog: on a database without accounts, creates the first administrator (tài
// khoản quản trị đầu tiên) and logs in as them.

#include "common/field_errors.h"

#include "thuky/domain/account.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class FirstAdminDialog;
}

namespace thuky::ui {

class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    /// Creates the account (an administrator) and logs in; an error keeps the dialog open
    /// and is shown at its field ("userName", "password"…).
    using Commit =
        std::function<Result<domain::Actor>(const domain::User &user, const QString &password)>;

    explicit FirstAdminDialog(Commit commit, QWidget *parent = nullptr);
    ~FirstAdminDialog() override;

    /// The account as typed, with the administrator role.
    domain::User user() const;
    /// Who was created and logged in; valid once the dialog was accepted.
    const domain::Actor &actor() const { return m_actor; }
    QString fieldError(const QString &key) const { return m_errors.message(key); }

    void accept() override;

private:
    std::unique_ptr<Ui::FirstAdminDialog> m_ui;
    Commit m_commit;
    FieldErrors m_errors;
    domain::Actor m_actor;
};

} // namespace thuky::ui
