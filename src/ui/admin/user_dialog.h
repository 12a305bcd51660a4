#pragma once
// UserDialog: a new account or the names, unit, roles and active flag of one (người dùng).
// A new account also gets its first password here.

#include "common/field_errors.h"

#include "thuky/domain/account.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;

namespace Ui {
class UserDialog;
}

namespace thuky::ui {

class UserDialog : public QDialog
{
    Q_OBJECT

public:
    /// Saves the account (`password` is empty when editing one); an error keeps the dialog
    /// open and is shown at its field ("userName", "roles", "password", "active").
    using Commit = std::function<Result<void>(const domain::User &user, const QString &password)>;

    /// `units`: the agencies a user may belong to.
    explicit UserDialog(const QList<domain::Agency> &units, QWidget *parent = nullptr);
    ~UserDialog() override;

    /// Id 0: a new account (asks a password); otherwise the account to edit.
    void setUser(const domain::User &user);
    domain::User user() const;
    void setCommit(Commit commit) { m_commit = std::move(commit); }
    QString fieldError(const QString &key) const { return m_errors.message(key); }
    QCheckBox *roleCheck(domain::Role role) const;

    void accept() override;

private:
    std::unique_ptr<Ui::UserDialog> m_ui;
    QList<QCheckBox *> m_roleChecks; ///< in the order of domain::kAllRoles
    domain::User m_original;
    Commit m_commit;
    FieldErrors m_errors;
};

} // namespace thuky::ui
