#include "shell/main_window.h"

#include "ui_main_window.h"

#include "common/message_boxes.h"
#include "shell/password_dialog.h"
#include "shell/guide_window.h"
#include "shell/shortcuts_dialog.h"
#include "common/settings.h"
#include "admin/admin_page.h"
#include "admin/audit_page.h"
#include "common/elided_label.h"
#include "common/icons.h"
#include "catalogues/catalogue_page.h"
#include "dashboard/dashboard_page.h"
#include "home/home_page.h"
#include "common/language_menu.h"
#include "meetings/meetings_page.h"
#include "notices/notices_page.h"
#include "programme/programme_page.h"
#include "search/search_dialog.h"
#include "sessions/sessions_page.h"

#include "thuky/services/account_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/workspace.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QToolButton>
#include <QScreen>
#include <QUndoGroup>
#include <QUndoStack>

namespace thuky::ui {

MainWindow::MainWindow(services::Workspace &workspace, const QString &databasePath,
                       domain::Actor actor, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace),
      m_permissions(workspace.authorizer(), std::move(actor)), m_settings(settings),
      m_undoGroup(new QUndoGroup(this)), m_statusLabel(new ElidedLabel(this)),
      m_userLabel(new ElidedLabel(this)), m_databaseLabel(new ElidedLabel(this)),
      m_filterNotice(new QWidget(this)), m_filterNoticeLabel(new ElidedLabel(m_filterNotice)),
      m_clearFilterButton(new QToolButton(m_filterNotice))
{
    m_ui->setupUi(this);
    setWindowIcon(icons::application());
    setWindowTitle(tr("Thuky — Vụ Thư ký, Văn phòng Quốc hội"));

    m_undoAction = m_undoGroup->createUndoAction(this, tr("Hoàn tác"));
    m_undoAction->setIcon(icons::undo());
    // The toolbar keeps a short label (the menu shows what would be undone), so it does not
    // jump about as the text changes.
    m_undoAction->setIconText(tr("Hoàn tác"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("Làm lại"));
    m_redoAction->setIcon(icons::redo());
    m_redoAction->setIconText(tr("Làm lại"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // Window-wide, whichever page is shown.
    m_searchAction = new QAction(icons::filter(), tr("&Tìm kiếm mọi nơi…"), this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_searchAction->setToolTip(tr("Tìm trong mọi phân hệ: nhiệm vụ, nội dung phiên họp, thông báo, cán bộ"));
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::openSearch);
    addAction(m_searchAction);
    // The day starts on "Hôm nay"; who prefers to go on where they stopped chooses so here.
    m_reopenLastPageAction = new QAction(tr("Mở lại trang đang xem khi &khởi động"), this);
    m_reopenLastPageAction->setObjectName(QStringLiteral("actionReopenLastPage"));
    m_reopenLastPageAction->setCheckable(true);
    m_reopenLastPageAction->setChecked(m_settings.reopenLastPage());
    m_reopenLastPageAction->setToolTip(
        tr("Khi bật, Thuky mở lại trang đang xem lúc đóng thay vì trang Hôm nay"));
    connect(m_reopenLastPageAction, &QAction::toggled, this,
            [this](bool reopen) { m_settings.setReopenLastPage(reopen); });
    m_ui->actionRefresh->setIcon(icons::refresh());
    m_ui->actionFilter->setIcon(icons::filter());

    m_databaseLabel->setText(tr("Cơ sở dữ liệu: %1").arg(QDir::toNativeSeparators(databasePath)));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(databasePath));
    m_databaseLabel->setElideMode(Qt::ElideMiddle);
    m_userLabel->setText(userText());
    m_userLabel->setToolTip(tr("Tên đăng nhập: %1").arg(m_permissions.actor().userName));
    statusBar()->addWidget(m_statusLabel, 1);
    // "Saved, but the filter hides it — [Bỏ lọc]": stays until acted on or the page changes.
    auto *noticeLayout = new QHBoxLayout(m_filterNotice);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addWidget(m_filterNoticeLabel, 1);
    noticeLayout->addWidget(m_clearFilterButton);
    m_clearFilterButton->setObjectName(QStringLiteral("clearFilterButton"));
    m_clearFilterButton->setText(tr("&Bỏ lọc"));
    m_clearFilterButton->setIcon(icons::filter());
    m_clearFilterButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_filterNoticeLabel->setForegroundRole(QPalette::Link);
    m_filterNotice->hide();
    statusBar()->addWidget(m_filterNotice, 2);
    connect(m_clearFilterButton, &QAbstractButton::clicked, this, [this] {
        m_filterNotice->hide();
        if (ModulePage *page = currentPage())
            page->clearFilter();
    });
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    // Only the modules that are built are listed, and only those the user's roles may open.
    const domain::Actor &who = m_permissions.actor();
    auto *home = new HomePage(workspace, who, this);
    connect(home, &HomePage::openRecordRequested, this,
            [this](const QString &module, domain::Id id) { openRecord(module, id); });
    addPage(home);
    addPage(new ProgrammePage(workspace, who, settings, this));
    if (m_permissions.allows(services::Action::ViewDashboard)) {
        auto *dashboard = new DashboardPage(workspace, who, this);
        connect(dashboard, &DashboardPage::openRecordRequested, this,
                [this](services::DashboardRecords records, domain::Id id) {
                    if (records == services::DashboardRecords::Tasks)
                        openRecord(QStringLiteral("programme"), id);
                });
        addPage(dashboard);
    }
    auto *meetings = new MeetingsPage(workspace, who, settings, this);
    addPage(meetings);
    auto *notices = new NoticesPage(workspace, who, settings, this);
    addPage(notices);
    connectNotices(meetings, notices);
    addPage(new SessionsPage(workspace, who, settings, this));
    addPage(new CataloguePage(workspace, who, settings, this));
    if (m_permissions.allows(services::Action::ViewAudit))
        addPage(new AuditPage(workspace, who, this));
    if (m_permissions.allows(services::Action::ManageUsers))
        addPage(new AdminPage(workspace, who, this));

    // The program's own actor (a database without accounts) has no password to change and
    // no session to leave.
    const bool account = who.userId != 0;
    const QString noAccount = tr("Không đăng nhập bằng tài khoản nào");
    m_ui->actionChangePassword->setEnabled(account);
    m_ui->actionLogout->setEnabled(account);
    if (!account) {
        m_ui->actionChangePassword->setToolTip(noAccount);
        m_ui->actionLogout->setToolTip(noAccount);
    }
    m_ui->actionLogout->setIcon(icons::logout());
    for (QMenu *menu : {m_ui->menuFile, m_ui->menuEdit, m_ui->menuAccount})
        menu->setToolTipsVisible(true); // a disabled action's tooltip says why

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    // The sidebar by keyboard: Ctrl+1, Ctrl+2… (View menu), and a visible focus when tabbed to.
    for (int i = 0; i < m_pages.size() && i < 9; ++i) {
        auto *go = new QAction(m_pages[i]->icon(), m_pages[i]->title(), this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this,
                [this, i] { m_ui->navigationList->setCurrentRow(i); });
        addAction(go);
        m_pageActions.append(go);
    }
    m_ui->navigationList->setWordWrap(true);
    m_ui->navigationList->setStyleSheet(QStringLiteral(
        "QListWidget#navigationList:focus { border: 2px solid palette(highlight); }"));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    auto *shortcuts = new QAction(tr("&Phím tắt…"), this);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    auto *guide = new QAction(tr("&Hướng dẫn sử dụng"), this);
    guide->setObjectName(QStringLiteral("actionGuide"));
    connect(guide, &QAction::triggered, this, &MainWindow::showGuide);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, guide);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, shortcuts);
    m_ui->menuHelp->insertMenu(m_ui->actionAbout, createLanguageMenu(m_settings, this));
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->actionLogout, &QAction::triggered, this, &MainWindow::logOut);
    connect(m_ui->actionFilter, &QAction::triggered, this, [this] {
        if (ModulePage *page = currentPage())
            page->focusFilter();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (ModulePage *page = currentPage())
            page->reload();
    });

    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        // First start: most of the screen, since the task list is wide.
        const QSize available = screen()->availableGeometry().size();
        resize(available.width() * 9 / 10, available.height() * 9 / 10);
    }
    restoreState(m_settings.mainWindowState());
    int start = 0; // Hôm nay
    for (int i = 0; m_settings.reopenLastPage() && i < m_pages.size(); ++i) {
        if (m_pages[i]->key() == m_settings.lastPage())
            start = i;
    }
    m_ui->navigationList->setCurrentRow(start);
    showPage(start);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(ModulePage *page)
{
    m_pages.append(page);
    m_ui->pageStack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_ui->navigationList);
    // The whole name, on two lines when it needs them ("Lịch phiên họp UBTVQH"), never cut.
    QListWidget *list = m_ui->navigationList;
    const int textWidth = list->minimumWidth() - list->iconSize().width() - 4 * list->spacing() - 24;
    const int textHeight = list->fontMetrics()
                               .boundingRect(QRect(0, 0, textWidth, 1000), Qt::TextWordWrap, page->title())
                               .height();
    item->setSizeHint(QSize(0, std::max(40, textHeight + 12)));
    item->setToolTip(page->title());
    if (QUndoStack *stack = page->undoStack())
        m_undoGroup->addStack(stack);
    connect(page, &ModulePage::statusTextChanged, this, [this, page](const QString &text) {
        if (page == currentPage())
            m_statusLabel->setText(text);
    });
    connect(page, &ModulePage::hiddenByFilter, this,
            [this, page](const QString &text) { showFilterNotice(page, text); });
    // Names changed in one module (the catalogues) show everywhere: the others read again
    // when next shown.
    connect(page, &ModulePage::sharedDataChanged, this, [this, page] {
        for (ModulePage *other : std::as_const(m_pages)) {
            if (other != page)
                m_stalePages.insert(other);
        }
    });
    connect(page, &ModulePage::transientMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::connectNotices(MeetingsPage *meetings, NoticesPage *notices)
{
    // "Soạn thông báo kết luận" on a meeting content: drafted and opened on the notices page.
    connect(meetings, &MeetingsPage::draftNoticeRequested, this, [this, notices](domain::Id id) {
        m_ui->navigationList->setCurrentRow(int(m_pages.indexOf(notices)));
        notices->draftFromContent(id);
    });
    // A follow-up task of a notice: shown in the work programme, on its programme.
    connect(notices, &NoticesPage::showTaskRequested, this,
            [this](domain::Id taskId) { openRecord(storage::Entity::Task, taskId); });
}

ModulePage *MainWindow::page(const QString &key) const
{
    for (ModulePage *p : m_pages)
        if (p->key() == key)
            return p;
    return nullptr;
}

bool MainWindow::openRecord(const QString &moduleKey, domain::Id id)
{
    // The home page and the dashboard name a module and a record of it.
    static const QHash<QString, storage::Entity> entities{
        {QStringLiteral("programme"), storage::Entity::Task},
        {QStringLiteral("meetings"), storage::Entity::Meeting},
        {QStringLiteral("notices"), storage::Entity::Notice},
        {QStringLiteral("sessions"), storage::Entity::Session},
    };
    const auto entity = entities.constFind(moduleKey);
    return entity != entities.constEnd() && openRecord(*entity, id);
}

ModulePage *MainWindow::currentPage() const
{
    return qobject_cast<ModulePage *>(m_ui->pageStack->currentWidget());
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    ModulePage *page = m_pages[index];
    m_ui->pageStack->setCurrentWidget(page);
    if (m_stalePages.remove(page))
        page->reload();
    m_filterNotice->hide();
    m_undoGroup->setActiveStack(page->undoStack());
    m_statusLabel->setText(page->statusText());
    rebuildPageActions();
}

void MainWindow::rebuildPageActions()
{
    const ModulePage *page = currentPage();
    const QList<QAction *> fileActions = page ? page->fileActions() : QList<QAction *>{};
    const QList<QAction *> editActions = page ? page->editActions() : QList<QAction *>{};

    m_ui->menuFile->clear();
    m_ui->menuFile->addActions(fileActions);
    m_ui->menuFile->addSeparator();
    m_ui->menuFile->addAction(m_ui->actionQuit);

    m_ui->menuView->clear();
    m_ui->menuView->addAction(m_ui->actionFilter);
    m_ui->menuView->addAction(m_searchAction);
    m_ui->menuView->addAction(m_ui->actionRefresh);
    if (const QList<QAction *> viewActions = page ? page->viewActions() : QList<QAction *>{};
        !viewActions.isEmpty()) {
        m_ui->menuView->addSeparator();
        m_ui->menuView->addActions(viewActions);
    }
    m_ui->menuView->addSeparator();
    m_ui->menuView->addActions(m_pageActions);
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_reopenLastPageAction);

    m_ui->menuEdit->clear();
    m_ui->menuEdit->addAction(m_undoAction);
    m_ui->menuEdit->addAction(m_redoAction);
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addActions(editActions);

    QToolBar *bar = m_ui->mainToolBar;
    bar->clear();
    bar->addActions(editActions);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addActions(fileActions);
    bar->addSeparator();
    bar->addAction(m_ui->actionRefresh);
}

QStringList MainWindow::moduleTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_ui->navigationList->count(); ++i)
        titles.append(m_ui->navigationList->item(i)->text());
    return titles;
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::showFilterNotice(ModulePage *page, const QString &text)
{
    if (page != currentPage())
        return;
    m_filterNoticeLabel->setText(text);
    m_filterNotice->show();
}

QString MainWindow::filterNotice() const
{
    return m_filterNotice->isHidden() ? QString() : m_filterNoticeLabel->text();
}

QString MainWindow::userText() const
{
    return tr("Tài khoản: %1").arg(actorLabel(m_permissions.actor()));
}

QList<std::pair<QString, QList<QAction *>>> MainWindow::shortcutGroups() const
{
    QList<std::pair<QString, QList<QAction *>>> groups;
    const std::function<void(QMenu *, QList<QAction *> &)> collect = [&](QMenu *menu,
                                                                         QList<QAction *> &into) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                collect(action->menu(), into);
            else if (!action->isSeparator())
                into.append(action);
        }
    };
    for (QAction *top : m_ui->menuBar->actions()) {
        if (!top->menu())
            continue;
        QList<QAction *> actions;
        collect(top->menu(), actions);
        groups.append({top->text().remove(u'&'), actions});
    }
    // The page's commands that live only in its context menu (history, details…).
    if (const ModulePage *page = currentPage())
        groups.append({page->title(), page->actions()});
    return groups;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutGroups(), this);
    dialog.exec();
}

void MainWindow::showGuide()
{
    const QString index = GuideWindow::guideIndexFile();
    if (index.isEmpty()) {
        inform(this, tr("Hướng dẫn sử dụng"),
               tr("Không tìm thấy tài liệu hướng dẫn. Khi cài bằng gói, tài liệu nằm ở "
                  "/usr/share/doc/thuky/guide."));
        return;
    }
    auto *window = new GuideWindow(index, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::openSearch()
{
    auto *dialog = new SearchDialog(m_workspace, m_permissions.actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SearchDialog::recordChosen, this,
            [this](storage::Entity entity, domain::Id id) { openRecord(entity, id); });
    dialog->open();
}

bool MainWindow::openRecord(storage::Entity entity, domain::Id id)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        ModulePage *page = m_pages[i];
        // A page due to read again does so first, so the record is selected in fresh rows.
        if (m_stalePages.remove(page))
            page->reload();
        if (page->openRecord(entity, id)) {
            m_ui->navigationList->setCurrentRow(i);
            return true;
        }
    }
    statusBar()->showMessage(tr("Không mở được bản ghi này: có thể nó vừa bị xóa."), 8000);
    return false;
}

void MainWindow::changePassword()
{
    const domain::Actor &who = m_permissions.actor();
    ChangePasswordDialog dialog(
        who,
        [this](const QString &current, const QString &next) {
            return m_workspace.accounts().changePassword(m_permissions.actor(), current, next);
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Đã đổi mật khẩu."), 8000);
}

void MainWindow::logOut()
{
    const bool undoable = std::any_of(m_pages.begin(), m_pages.end(), [](ModulePage *page) {
        return page->undoStack() && page->undoStack()->canUndo();
    });
    // Every change is already saved; only the undo history ends with the session.
    if (undoable && !confirm(this, tr("Đăng xuất"),
                             tr("Đăng xuất khỏi tài khoản %1?").arg(m_permissions.actor().userName),
                             tr("Đăng &xuất"),
                             tr("Mọi thay đổi đã được lưu. Sau khi đăng xuất không thể hoàn tác "
                                "các thay đổi của phiên này bằng lệnh Hoàn tác nữa.")))
        return;
    Q_EMIT logoutRequested();
}

void MainWindow::about()
{
    inform(this, tr("Giới thiệu Thuky"),
           tr("<b>Thuky</b> %1<br>Công cụ làm việc của Vụ Thư ký, Văn phòng Quốc hội: chương trình "
              "công tác "
              "năm, theo dõi nhiệm vụ và tiến độ.")
               .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::saveSettings()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    if (const ModulePage *page = currentPage())
        m_settings.setLastPage(page->key());
    for (ModulePage *page : std::as_const(m_pages))
        page->saveState();
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace thuky::ui
