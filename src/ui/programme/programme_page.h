#pragma once
// ProgrammePage: the annual work programme module (chương trình công tác năm): choose a
// programme, filter and read its tasks, and edit them through undoable commands.

#include "programme/task_command.h"
#include "common/permissions.h"
#include "common/module_page.h"

#include "thuky/domain/programme.h"

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QPushButton;
class QUndoStack;

namespace Ui {
class ProgrammePage;
}

namespace thuky::services {
class Workspace;
}
namespace thuky::storage {
struct TaskRow;
}

namespace thuky::ui {

class Settings;
class TaskListModel;
struct TaskDialogChoices;

class ProgrammePage : public ModulePage
{
    Q_OBJECT

public:
    ProgrammePage(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                  QWidget *parent = nullptr);
    ~ProgrammePage() override;

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QUndoStack *undoStack() const override;
    QList<QAction *> fileActions() const override;
    QList<QAction *> editActions() const override;
    QList<QAction *> viewActions() const override;
    /// View → Sắp xếp theo: the sortable columns and the direction, for the keyboard.
    QMenu *sortMenu() const { return m_sortMenu; }
    void reload() override;
    void focusFilter() override;
    void clearFilter() override;
    void saveState() override;
    QString statusText() const override { return m_statusText; }
    /// A task: its programme, the task selected (the filter cleared if it hides it).
    bool openRecord(storage::Entity entity, domain::Id id) override;

    TaskListModel *model() const { return m_model; }
    /// What the page's undo commands share (service, error display, reload and select).
    CommandContext &commandContext() { return m_context; }
    std::optional<domain::Programme> currentProgramme() const;
    /// The selected task; 0 when none is.
    domain::Id currentTaskId() const;
    void selectProgramme(domain::Id id);
    /// Selects the task's row (fetching rows as needed); false if it is not listed.
    bool selectTask(domain::Id id);

    QAction *addTaskAction() const { return m_addAction; }
    QAction *editTaskAction() const { return m_editAction; }
    QAction *deleteTaskAction() const { return m_deleteAction; }
    QAction *recordProgressAction() const { return m_progressAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *reportAction() const { return m_reportAction; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *detailsAction() const { return m_detailsAction; }
    QPushButton *newProgrammeButton() const;
    QPushButton *carryOverButton() const;

    void addTask();
    void editTask();
    void deleteTask();
    void recordProgress();
    void newProgramme();
    void carryOver();
    void importTasks();
    void exportTasks();
    void writeReport();
    /// The audit history of the selected task (lịch sử thay đổi).
    void showTaskHistory();
    /// The selected task to read, with its progress reports (xem chi tiết).
    void showTaskDetails();
    /// Enter or a double click: edit for those who may, read for the others.
    void openTask();

private:
    void createActions();
    void createSortMenu();
    void showSortOrder();
    void reloadAll(domain::Id programmeToSelect);
    void reloadProgrammes(domain::Id select);
    void programmeChosen();
    /// The programme on screen becomes the one to open next time and sets the filter's year.
    void rememberProgramme();
    void reloadTasks(domain::Id select);
    /// After an edit, its undo or redo: the programme it changed, with `taskId` selected.
    void showChange(domain::Id programmeId, domain::Id taskId);
    void updateSummary();
    void updateStatus();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void showColumnMenu(const QPoint &pos);
    void sortIndicatorChanged(int column, Qt::SortOrder order);
    void setStatusText(const QString &text);
    void reportError(const Error &error);
    std::optional<TaskDialogChoices> dialogChoices();
    const storage::TaskRow *currentRow() const;

    std::unique_ptr<Ui::ProgrammePage> m_ui;
    services::Workspace &m_workspace;
    domain::Actor m_actor;
    Permissions m_permissions;
    Settings &m_settings;
    CommandContext m_context;
    QUndoStack *m_undoStack;
    TaskListModel *m_model;
    QList<domain::Programme> m_programmes;
    QList<domain::Agency> m_agencies;
    QString m_statusText;
    domain::Id m_hiddenTask = 0; ///< saved last, but hidden by the filter
    int m_programmeRows = 0;     ///< the rows of the programme, filter or not
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_progressAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QMenu *m_sortMenu = nullptr;
    QActionGroup *m_sortColumns = nullptr;
    QAction *m_descendingAction = nullptr;
};

} // namespace thuky::ui
