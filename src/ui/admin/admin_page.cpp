#include "admin/admin_page.h"

#include "ui_admin_page.h"

#include "common/message_boxes.h"
#include "shell/password_dialog.h"
#include "admin/user_dialog.h"
#include "admin/user_list_model.h"
#include "admin/calendar_exceptions_widget.h"
#include "common/icons.h"

#include "thuky/services/account_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>

namespace thuky::ui {

using domain::Id;

namespace {
// Widths that fit the Vietnamese headers and typical content at the default font.
constexpr std::array<int, UserListModel::ColumnCount> kColumnWidths{130, 190, 150, 230,
                                                                    200, 130, 140};

// Accounts belong to the Office and its departments, not to ministries or committees.
bool isOwnUnit(const domain::Agency &a)
{
    return a.kind == domain::AgencyKind::Office || a.kind == domain::AgencyKind::Department;
}
} // namespace

AdminPage::AdminPage(services::Workspace &workspace, domain::Actor actor, QWidget *parent)
    : ModulePage(parent), m_ui(std::make_unique<Ui::AdminPage>()), m_workspace(workspace),
      m_actor(std::move(actor)), m_model(new UserListModel(workspace.accounts(), m_actor, this))
{
    m_ui->setupUi(this);
    createActions();
    QTableView *view = m_ui->userView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < UserListModel::ColumnCount; ++column)
        view->horizontalHeader()->resizeSection(column, kColumnWidths[std::size_t(column)]);

    m_calendar = new CalendarExceptionsWidget(m_workspace, m_actor, m_ui->adminTabs);
    m_ui->adminTabs->addTab(m_calendar, tr("Ngày làm việc"));
    connect(m_calendar, &CalendarExceptionsWidget::changed, this, &ModulePage::transientMessage);

    connect(m_model, &UserListModel::errorOccurred, this, &AdminPage::reportError);
    connect(view, &QTableView::activated, m_editAction, &QAction::trigger);
    connect(view, &QTableView::customContextMenuRequested, this, &AdminPage::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AdminPage::updateActions);
    reload();
}

AdminPage::~AdminPage() = default;

QString AdminPage::key() const
{
    return QStringLiteral("admin");
}
QString AdminPage::title() const
{
    return tr("Quản trị");
}
QIcon AdminPage::icon() const
{
    return icons::administration();
}
QList<QAction *> AdminPage::editActions() const
{
    return {m_addAction, m_editAction, m_resetAction, m_deactivateAction};
}

void AdminPage::createActions()
{
    m_addAction = makeAction(icons::addUser(), tr("&Thêm tài khoản…"),
                             QKeySequence(Qt::CTRL | Qt::Key_N), &AdminPage::addUser);
    m_editAction =
        makeAction(icons::editUser(), tr("&Sửa…"), QKeySequence(Qt::Key_F2), &AdminPage::editUser);
    m_editAction->setToolTip(tr("Sửa tên, đơn vị, vai trò của tài khoản đang chọn"));
    m_resetAction =
        makeAction(icons::resetPassword(), tr("Đặt lại &mật khẩu…"), {}, &AdminPage::resetPassword);
    m_resetAction->setToolTip(tr("Đặt mật khẩu mới cho tài khoản đang chọn và mở khóa nó"));
    m_deactivateAction = makeAction(icons::deactivateUser(), tr("&Ngừng hoạt động…"), {},
                                    &AdminPage::deactivateUser);
    m_deactivateAction->setToolTip(
        tr("Không cho tài khoản đang chọn đăng nhập nữa; tài khoản vẫn được giữ lại"));
}

void AdminPage::reload()
{
    if (m_calendar)
        m_calendar->reload();
    const domain::User *current = currentUser();
    auto agencies = m_workspace.reference().agencies(m_actor);
    if (!agencies)
        reportError(agencies.error());
    QHash<Id, QString> names;
    m_units.clear();
    for (const domain::Agency &a : agencies ? *agencies : QList<domain::Agency>{}) {
        names.insert(a.id, a.name);
        if (isOwnUnit(a))
            m_units.append(a);
    }
    m_model->setUnitNames(names);
    reloadUsers(current ? current->id : 0);
}

void AdminPage::reloadUsers(Id select)
{
    m_model->reload();
    // A list of a few dozen accounts: start on the first, so the commands are ready.
    if ((select == 0 || !selectUser(select)) && m_model->rowCount() > 0)
        selectUser(m_model->userAt(0)->id);
    updateActions();
    updateStatus();
}

const domain::User *AdminPage::currentUser() const
{
    const QModelIndexList rows = m_ui->userView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

bool AdminPage::selectUser(Id id)
{
    const int row = m_model->findRow(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->userView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    m_ui->userView->scrollTo(index);
    return true;
}

void AdminPage::updateActions()
{
    const domain::User *user = currentUser();
    m_editAction->setEnabled(user != nullptr);
    m_resetAction->setEnabled(user != nullptr);
    m_deactivateAction->setEnabled(user != nullptr && user->active);
}

void AdminPage::updateStatus()
{
    int active = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        active += m_model->userAt(row)->active ? 1 : 0;
    const QLocale locale;
    const QString text = tr("Quản trị · %1 tài khoản, %2 đang hoạt động")
                             .arg(locale.toString(m_model->rowCount()), locale.toString(active));
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged(text);
}

void AdminPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addActions(editActions());
    menu.exec(m_ui->userView->viewport()->mapToGlobal(pos));
}

void AdminPage::reportError(const Error &error)
{
    showError(this, title(), error);
}

void AdminPage::addUser()
{
    UserDialog dialog(m_units, this);
    domain::User fresh;
    fresh.roles = {domain::Role::Drafter}; // most accounts are for specialists
    dialog.setUser(fresh);
    Id added = 0;
    dialog.setCommit([this, &added](const domain::User &user, const QString &password) {
        auto saved = m_workspace.accounts().addUser(m_actor, user, password);
        if (!saved)
            return Result<void>(saved.error());
        added = saved->id;
        return Result<void>();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadUsers(added);
    Q_EMIT transientMessage(tr("Đã thêm tài khoản %1.").arg(dialog.user().userName));
}

void AdminPage::editUser()
{
    const domain::User *user = currentUser();
    if (!user)
        return;
    UserDialog dialog(m_units, this);
    dialog.setUser(*user);
    dialog.setCommit([this](const domain::User &changed, const QString &) -> Result<void> {
        auto saved = m_workspace.accounts().updateUser(m_actor, changed);
        if (!saved)
            return saved.error();
        return {};
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadUsers(user->id);
    Q_EMIT transientMessage(tr("Đã lưu tài khoản %1.").arg(dialog.user().userName));
}

void AdminPage::resetPassword()
{
    const domain::User *user = currentUser();
    if (!user)
        return;
    const Id id = user->id;
    const QString name = user->userName;
    ResetPasswordDialog dialog(
        *user,
        [this, id](const QString &, const QString &next) {
            return m_workspace.accounts().resetPassword(m_actor, id, next);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadUsers(id); // the lock, if any, is gone
    Q_EMIT transientMessage(tr("Đã đặt mật khẩu mới cho %1.").arg(name));
}

void AdminPage::deactivateUser()
{
    const domain::User *user = currentUser();
    if (!user || !user->active)
        return;
    const domain::User target = *user;
    const QString question =
        tr("Ngừng hoạt động tài khoản %1 (%2)?").arg(target.userName, target.fullName);
    const QString details =
        tr("Người này sẽ không đăng nhập được nữa. Tài khoản không bị xóa: Thuky không bao giờ "
           "xóa tài khoản, vì tên đăng nhập còn gắn với các thay đổi trong nhật ký và các văn "
           "bản họ đã ký. Muốn cho hoạt động lại, chọn Sửa… và đánh dấu “Đang hoạt động”.");
    if (!confirm(this, tr("Ngừng hoạt động tài khoản"), question, tr("&Ngừng hoạt động"), details))
        return;
    if (const Result<void> done = m_workspace.accounts().deactivate(m_actor, target.id); !done) {
        reportError(done.error());
        return;
    }
    reloadUsers(target.id);
    Q_EMIT transientMessage(tr("Đã ngừng hoạt động tài khoản %1.").arg(target.userName));
}

} // namespace thuky::ui
