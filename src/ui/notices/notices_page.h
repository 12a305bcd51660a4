#pragma once
// NoticesPage: the conclusion notices (thông báo kết luận): the list with its filters (year,
// status, kind, issuer, accent-free words), a page at a time so that it stays fast at
// 100,000 notices, overdue and late ones marked; the selected notice's details, revisions,
// comments and follow-up tasks beside it; the workflow steps (NoticeWorkflow) in the Edit
// menu and toolbar, the exports in the File menu; new notices from a meeting content or
// blank; the register of numbers; issuers and templates for administrators.
//
// The page has no undo stack: NoticeService offers no way to delete a draft, so creating
// one cannot be undone, and the workflow's steps are records of what was decided.

#include "common/module_page.h"
#include "common/permissions.h"
#include "thuky/domain/reference.h"

#include <QHash>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class NoticeDetailsPane;
class NoticeEditor;
class NoticeListModel;
class NoticeRegisterDialog;
class NoticeWorkflow;
class Settings;

class NoticesPage : public ModulePage
{
    Q_OBJECT

public:
    NoticesPage(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                QWidget *parent = nullptr);
    ~NoticesPage() override;

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> fileActions() const override;
    QList<QAction *> editActions() const override;
    void reload() override;
    void focusFilter() override;
    void clearFilter() override;
    /// A notice (from the search): selects it, clearing the filter when it hides it.
    bool openRecord(storage::Entity entity, domain::Id id) override;
    QString statusText() const override { return m_statusText; }

    NoticeListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    NoticeDetailsPane *details() const { return m_details; }
    NoticeWorkflow *workflow() const { return m_workflow; }
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *issuerFilter() const { return m_issuer; }
    QLineEdit *searchEdit() const { return m_search; }
    QAction *newAction() const { return m_newAction; }
    QAction *followUpAction() const { return m_followUpAction; }
    QAction *registerAction() const { return m_registerAction; }
    QAction *settingsAction() const { return m_settingsAction; }

    /// The selected notice; 0 when none is.
    domain::Id currentNoticeId() const;
    /// Selects the notice's row, clearing the filter or turning the page when needed; false
    /// if it does not exist.
    bool selectNotice(domain::Id id);

    /// Ctrl+N: the new notice dialog; opens the editor on what it creates.
    void newNotice();
    /// A notice on a meeting content (the calendar's "Soạn thông báo kết luận"): drafts it
    /// with the default issuer, selects it and opens the editor. The new id; 0 when refused.
    domain::Id draftFromContent(domain::Id contentId);
    /// The editor on a notice (one window per notice).
    NoticeEditor *openEditor(domain::Id id);
    /// The editor open on `id`, if any.
    NoticeEditor *editorOf(domain::Id id) const;
    /// The follow-up dialog on the selected issued notice.
    void addFollowUp();
    /// The register of the year shown (or of this year).
    void showRegister();
    /// Issuers and templates.
    void showSettings();
    void nextPage();
    void previousPage();

Q_SIGNALS:
    /// A follow-up task was chosen: the window shows it in the work programme.
    void showTaskRequested(thuky::domain::Id taskId);
    /// The register dialog was opened (tests drive it from here).
    void registerOpened(thuky::ui::NoticeRegisterDialog *dialog);

private:
    void createActions();
    QWidget *createFilterBar();
    void applyFilter();
    void currentChanged();
    void noticeChanged(domain::Id id);
    void updateActions();
    void updateStatus();
    /// A step's message: in the status bar, or with the note that the filter hides the
    /// notice it changed.
    void showMessage(const QString &text);
    void reportError(const Error &error);

    services::Workspace &m_workspace;
    domain::Actor m_actor;
    Settings &m_settings;
    Permissions m_permissions;
    NoticeListModel *m_model;
    NoticeWorkflow *m_workflow;
    QString m_statusText;
    bool m_changedHidden = false; ///< the notice a step just changed left the list
    QHash<domain::Id, QPointer<NoticeEditor>> m_editors;

    QComboBox *m_year = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_issuer = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTableView *m_view = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    NoticeDetailsPane *m_details = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_followUpAction = nullptr;
    QAction *m_registerAction = nullptr;
    QAction *m_settingsAction = nullptr;
};

} // namespace thuky::ui
