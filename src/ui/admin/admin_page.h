#pragma once
// AdminPage: the administration module (quản trị): the accounts, their roles and passwords,
// and the working-day calendar's announced exceptions.
// Shown to administrators only.

#include "common/module_page.h"

#include "thuky/domain/account.h"

#include <memory>

class QAction;

namespace Ui {
class AdminPage;
}
namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class UserListModel;
class CalendarExceptionsWidget;

class AdminPage : public ModulePage
{
    Q_OBJECT

public:
    AdminPage(services::Workspace &workspace, domain::Actor actor, QWidget *parent = nullptr);
    ~AdminPage() override;

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> editActions() const override;
    void reload() override;
    QString statusText() const override { return m_statusText; }

    UserListModel *model() const { return m_model; }
    /// The tab of the working-day calendar's announced exceptions.
    CalendarExceptionsWidget *calendar() const { return m_calendar; }
    /// The selected account; nullptr when none is.
    const domain::User *currentUser() const;
    bool selectUser(domain::Id id);

    QAction *addUserAction() const { return m_addAction; }
    QAction *editUserAction() const { return m_editAction; }
    QAction *resetPasswordAction() const { return m_resetAction; }
    QAction *deactivateAction() const { return m_deactivateAction; }

    void addUser();
    void editUser();
    void resetPassword();
    void deactivateUser();

private:
    void createActions();
    void reloadUsers(domain::Id select);
    void updateActions();
    void updateStatus();
    void showContextMenu(const QPoint &pos);
    void reportError(const Error &error);

    std::unique_ptr<Ui::AdminPage> m_ui;
    services::Workspace &m_workspace;
    domain::Actor m_actor;
    UserListModel *m_model;
    CalendarExceptionsWidget *m_calendar = nullptr;
    QList<domain::Agency> m_units; ///< the units an account may belong to
    QString m_statusText;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_deactivateAction = nullptr;
};

} // namespace thuky::ui
