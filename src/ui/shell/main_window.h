#pragma once
// MainWindow: the sidebar of modules, their pages, the menus, toolbar and status bar.

#include "common/permissions.h"

#include "thuky/domain/reference.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class QToolButton;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace thuky::services {
class Workspace;
}
namespace thuky::storage {
enum class Entity;
}

namespace thuky::ui {

class ElidedLabel;
class MeetingsPage;
class ModulePage;
class NoticesPage;
class Settings;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `actor` acts in every page; the window, its pages and commands keep it, nothing global.
    MainWindow(services::Workspace &workspace, const QString &databasePath, domain::Actor actor,
               Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    QList<ModulePage *> pages() const { return m_pages; }
    ModulePage *currentPage() const;
    void showPage(int index);
    /// The titles in the sidebar, in order.
    QStringList moduleTitles() const;
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    /// The text of the status bar's count line.
    QString statusText() const;
    /// The status bar's note that the filter hides what was just saved; empty when none is shown.
    QString filterNotice() const;
    /// The note's button that clears the page's filter.
    QToolButton *clearFilterButton() const { return m_clearFilterButton; }
    /// Who is working, as the status bar shows it.
    QString userText() const;
    const domain::Actor &actor() const { return m_permissions.actor(); }

    /// Trợ giúp → Phím tắt: the menus' actions, then the page's own, by heading.
    QList<std::pair<QString, QList<QAction *>>> shortcutGroups() const;
    void showShortcuts();
    /// Trợ giúp → Hướng dẫn sử dụng: the user guide in a window of its own (not modal).
    void showGuide();

    /// Ctrl+K: the search over every module; Enter on a hit comes back to openRecord().
    void openSearch();
    /// Shows the record in the page of its module (ModulePage::openRecord); false when no
    /// page shows it (the status bar says so).
    bool openRecord(storage::Entity entity, domain::Id id);
    QAction *searchAction() const { return m_searchAction; }
    /// View → "reopen the page shown last at start" (checkable; off: start on Hôm nay).
    QAction *reopenLastPageAction() const { return m_reopenLastPageAction; }

    /// Shows a record in its module: switches to the page of `moduleKey` ("programme",
    /// "meetings") and selects or opens the record there. The one place the home page and the
    /// dashboard open what they list; false when the module or the record is not there.
    bool openRecord(const QString &moduleKey, domain::Id id);
    ModulePage *page(const QString &key) const;

    void changePassword();
    /// Asks to end the session if there is something to undo, then emits logoutRequested().
    void logOut();

Q_SIGNALS:
    /// The user ended the session; the application closes the window and asks who is next.
    void logoutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(ModulePage *page);
    /// The calendar's "Soạn thông báo kết luận" and the notices' follow-up tasks.
    void connectNotices(MeetingsPage *meetings, NoticesPage *notices);
    void rebuildPageActions();
    void about();
    void showFilterNotice(ModulePage *page, const QString &text);
    void saveSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    services::Workspace &m_workspace;
    Permissions m_permissions;
    Settings &m_settings;
    QUndoGroup *m_undoGroup;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_searchAction;
    QAction *m_reopenLastPageAction;
    ElidedLabel *m_statusLabel;
    ElidedLabel *m_userLabel;
    ElidedLabel *m_databaseLabel;
    QWidget *m_filterNotice;
    ElidedLabel *m_filterNoticeLabel;
    QToolButton *m_clearFilterButton;
    QList<ModulePage *> m_pages;
    QList<QAction *> m_pageActions; ///< View → one per module, Ctrl+1…
    QSet<ModulePage *> m_stalePages; ///< to read again when next shown
};

} // namespace thuky::ui
