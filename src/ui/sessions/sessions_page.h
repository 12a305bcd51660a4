#pragma once
// SessionsPage: the agendas of the National Assembly's sessions (chương trình kỳ họp). At the
// left, terms → sessions → versions and the checks of the version shown (live, each linking
// to its item); in the middle, the version day by day (days → half-days → items) to edit with
// the keyboard, dialogs and drag and drop. Every edit is an undoable command on the page's
// stack; read-only versions (superseded or adopted) say so and refuse edits.

#include "common/module_page.h"
#include "common/permissions.h"
#include "sessions/session_commands.h"

#include "thuky/domain/working_days.h"
#include "thuky/services/session_service.h"

class QGroupBox;
class QLabel;
class QListWidget;
class QTimer;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class SessionAgendaModel;
class Settings;

class SessionsPage : public ModulePage
{
    Q_OBJECT

public:
    SessionsPage(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                 QWidget *parent = nullptr);
    ~SessionsPage() override;

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QUndoStack *undoStack() const override { return m_undoStack; }
    QList<QAction *> fileActions() const override;
    QList<QAction *> editActions() const override;
    void reload() override;
    QString statusText() const override { return m_statusText; }
    /// A session (from the home page): its newest version. An agenda item (from the search):
    /// its version, the item selected.
    bool openRecord(storage::Entity entity, domain::Id id) override;

    /// Shows `versionId` of `sessionId` (0: the newest) in the editor.
    void showVersion(domain::Id sessionId, domain::Id versionId = 0);
    domain::Id sessionId() const { return m_sessionId; }
    domain::Id versionId() const { return m_versionId; }
    /// Whether the version shown can be edited by this user.
    bool editable() const;

    QTreeWidget *sessionTree() const { return m_sessions; }
    QTreeView *editor() const { return m_view; }
    SessionAgendaModel *model() const { return m_model; }
    QListWidget *checksList() const { return m_checks; }
    QGroupBox *checksBox() const { return m_checksBox; }
    QLabel *banner() const { return m_banner; }
    SessionCommandContext &commandContext() { return m_context; }

    /// The item selected in the editor (id 0: none).
    domain::AgendaItem selectedItem() const;
    void selectItem(domain::Id itemId);
    /// Runs the checks now rather than after the pause that follows an edit.
    void refreshChecks();

    // Commands (with their dialogs)
    void newSession();
    void editSession();
    void newVersion();
    void adoptVersion();
    void compareVersions();
    void addItem();
    void editItem();
    void deleteItem();
    void duplicateItem();
    void moveUp();
    void moveDown();
    /// Moves the item (an undoable command); false when refused.
    bool moveItem(domain::Id itemId, const domain::AgendaSlot &to);
    /// The item form's result as a command (tests call these without the dialog).
    bool addItemNow(domain::AgendaItem item);
    bool editItemNow(const domain::AgendaItem &before, const domain::AgendaItem &after);
    bool deleteItemNow(const domain::AgendaItem &item);
    bool duplicateItemNow(const domain::AgendaItem &item);

    // Exports (session_exports.cpp)
    void exportAgenda();
    bool exportAgendaTo(const QString &path);
    void exportDay();
    bool exportDayTo(const QDate &date, const QString &path);
    void exportIcs();
    bool exportIcsTo(const QString &path);
    bool exportAnnexTo(domain::Id fromVersionId, domain::Id toVersionId, const QString &path);

Q_SIGNALS:
    /// The agenda changed (an edit, its undo or redo, another version shown).
    void agendaChanged();

private:
    void createActions();
    void reloadSessions();
    void reloadAgenda();
    void showChange(const SessionChange &change);
    void updateActions();
    void updateStatus();
    void reportError(const Error &error);
    void exportAnnex(domain::Id from, domain::Id to);
    void moveBy(int delta);
    const services::SessionSummary *currentSummary() const;
    const services::AgendaVersionInfo *currentVersion() const;
    std::optional<domain::Matter> addMatter(QWidget *parent);
    QList<domain::Agency> agencies() const;
    QList<domain::Person> people() const;

    services::Workspace &m_workspace;
    domain::Actor m_actor;
    Settings &m_settings;
    Permissions m_permissions;
    SessionCommandContext m_context;
    QUndoStack *m_undoStack;
    domain::WorkingDays m_workingDays;
    QList<domain::Term> m_terms;
    QList<services::SessionSummary> m_summaries;
    domain::Id m_sessionId = 0;
    domain::Id m_versionId = 0;
    QString m_statusText;

    QTreeWidget *m_sessions;
    QLabel *m_heading;
    QLabel *m_banner;
    SessionAgendaModel *m_model;
    QTreeView *m_view;
    QGroupBox *m_checksBox;
    QListWidget *m_checks;
    QTimer *m_checkTimer;

    QAction *m_newSessionAction = nullptr;
    QAction *m_editSessionAction = nullptr;
    QAction *m_newVersionAction = nullptr;
    QAction *m_adoptAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QAction *m_exportAgendaAction = nullptr;
    QAction *m_exportDayAction = nullptr;
    QAction *m_exportIcsAction = nullptr;
};

} // namespace thuky::ui
