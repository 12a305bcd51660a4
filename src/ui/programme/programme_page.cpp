#include "programme/programme_page.h"

#include "ui_programme_page.h"

#include "programme/add_task_command.h"
#include "programme/delete_task_command.h"
#include "programme/edit_task_command.h"
#include "programme/record_progress_command.h"
#include "common/message_boxes.h"
#include "programme/programme_dialog.h"
#include "programme/progress_dialog.h"
#include "common/record_history_dialog.h"
#include "programme/task_details_dialog.h"
#include "programme/task_dialog.h"
#include "programme/task_transfer.h"
#include "common/display_text.h"
#include "programme/task_list_model.h"
#include "programme/task_tree.h"
#include "common/settings.h"
#include "common/frozen_table_view.h"
#include "common/icons.h"
#include "programme/task_delegate.h"
#include "programme/report_cutoff_command.h"
#include "programme/report_dialog.h"
#include "common/busy_cursor.h"
#include "common/file_dialogs.h"
#include "thuky/documents/rich_document.h"
#include "thuky/documents/table.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/report_service.h"

#include "thuky/services/calendar_service.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/audit_repository.h"

#include <QAction>
#include <QFileInfo>
#include <QActionGroup>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QUndoStack>

namespace thuky::ui {

using domain::Id;
using domain::Timeliness;

namespace {

constexpr int kQuotedTextLength = 120;

// Widths that fit Vietnamese headers and typical content at the default font; the content
// takes whatever is left, but not less than its minimum.
constexpr std::array<int, TaskListModel::ColumnCount> kColumnWidths{
    70, 420, 180, 170, 150, 105, 90, 170, 125, 85, 160, 130, 180};
constexpr int kContentMinimumWidth = 340;
// The columns first on screen, in this order; the others keep the model's order after them.
constexpr std::array kLeadingColumns{
    TaskListModel::NumberColumn,     TaskListModel::ContentColumn,
    TaskListModel::DeadlineColumn,   TaskListModel::TimelinessColumn,
    TaskListModel::StatusColumn,     TaskListModel::ProgressColumn};
constexpr std::array kColumnsShownOnRequest{
    TaskListModel::PeriodColumn, TaskListModel::SourceColumn, TaskListModel::NotesColumn};

template <typename Array, typename Value> std::size_t indexIn(const Array &values, Value value)
{
    return std::size_t(std::find(values.begin(), values.end(), value) - values.begin());
}

QString colored(const QString &text, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text);
}

} // namespace

ProgrammePage::ProgrammePage(services::Workspace &workspace, domain::Actor actor,
                             Settings &settings, QWidget *parent)
    : ModulePage(parent), m_ui(std::make_unique<Ui::ProgrammePage>()), m_workspace(workspace),
      m_actor(std::move(actor)), m_permissions(workspace.authorizer(), m_actor),
      m_settings(settings), m_context{workspace.programmes(),
                                      [this](const Error &error) { reportError(error); },
                                      [this](Id programmeId, Id taskId) {
                                          showChange(programmeId, taskId);
                                      }},
      m_undoStack(new QUndoStack(this)),
      m_model(new TaskListModel(workspace.programmes(), m_actor, this))
{
    m_ui->setupUi(this);
    createActions();

    FrozenTableView *view = m_ui->taskView;
    view->setModel(m_model);
    view->setItemDelegate(new TaskDelegate(view));
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int column = 0; column < TaskListModel::ColumnCount; ++column)
        header->resizeSection(column, kColumnWidths[std::size_t(column)]);
    // Where a task stands sits by its deadline, right after what it is about.
    for (const int column : kLeadingColumns)
        header->moveSection(header->visualIndex(column), int(indexIn(kLeadingColumns, column)));
    // Shown on request (the header's menu): they would leave the content too little room.
    for (const int column : kColumnsShownOnRequest)
        header->hideSection(column);
    if (const QByteArray state = m_settings.taskHeaderState(); !state.isEmpty())
        header->restoreState(state);
    // The list opens in the document's order; sorting is done by the service in SQL.
    header->setSortIndicator(TaskListModel::NumberColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    // STT and the content say what a row is: they stay in view when the table scrolls sideways.
    view->setFrozenColumns({TaskListModel::NumberColumn, TaskListModel::ContentColumn});
    view->setStretchColumn(TaskListModel::ContentColumn, kContentMinimumWidth);

    createSortMenu();
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ProgrammePage::sortIndicatorChanged);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ProgrammePage::showColumnMenu);
    // Through the actions: a double click edits for those who may, and shows the task to
    // read for the others.
    connect(view, &QTableView::activated, this, &ProgrammePage::openTask);
    connect(view, &QTableView::customContextMenuRequested, this, &ProgrammePage::showContextMenu);
    // Selection, not the current index: a click moves the current index before it selects.
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgrammePage::updateActions);
    connect(m_model, &TaskListModel::reloaded, this, &ProgrammePage::updateSummary);
    connect(m_model, &TaskListModel::rowsInserted, this, &ProgrammePage::updateStatus);
    connect(m_model, &TaskListModel::errorOccurred, this, &ProgrammePage::reportError);
    connect(m_ui->filterBar, &TaskFilterBar::filterChanged, this,
            [this] { reloadTasks(currentTaskId()); });
    connect(m_ui->programmeCombo, &QComboBox::currentIndexChanged, this,
            &ProgrammePage::programmeChosen);
    connect(m_ui->newProgrammeButton, &QPushButton::clicked, this, &ProgrammePage::newProgramme);
    connect(m_ui->carryOverButton, &QPushButton::clicked, this, &ProgrammePage::carryOver);

    reload();
}

ProgrammePage::~ProgrammePage() = default;

QString ProgrammePage::key() const
{
    return QStringLiteral("programme");
}
QString ProgrammePage::title() const
{
    return tr("Chương trình công tác");
}
QIcon ProgrammePage::icon() const
{
    return icons::programme();
}
QUndoStack *ProgrammePage::undoStack() const
{
    return m_undoStack;
}
QList<QAction *> ProgrammePage::fileActions() const
{
    return {m_importAction, m_exportAction, m_reportAction};
}
QList<QAction *> ProgrammePage::editActions() const
{
    return {m_addAction, m_editAction, m_detailsAction, m_progressAction, m_deleteAction};
}

QList<QAction *> ProgrammePage::viewActions() const
{
    return {m_sortMenu->menuAction()};
}

void ProgrammePage::createSortMenu()
{
    // The header sorts with a click; this is the same for the keyboard (Alt+X, S).
    m_sortMenu = new QMenu(tr("&Sắp xếp theo"), this);
    m_sortColumns = new QActionGroup(this);
    QHeaderView *header = m_ui->taskView->horizontalHeader();
    for (int visual = 0; visual < TaskListModel::ColumnCount; ++visual) {
        const int column = header->logicalIndex(visual);
        if (!TaskListModel::isSortable(column))
            continue;
        QAction *action =
            m_sortMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setData(column);
        m_sortColumns->addAction(action);
    }
    m_sortMenu->addSeparator();
    m_descendingAction = m_sortMenu->addAction(tr("&Giảm dần"));
    m_descendingAction->setCheckable(true);
    const auto sort = [this] {
        if (QAction *chosen = m_sortColumns->checkedAction())
            m_ui->taskView->sortByColumn(chosen->data().toInt(), m_descendingAction->isChecked()
                                                                     ? Qt::DescendingOrder
                                                                     : Qt::AscendingOrder);
    };
    connect(m_sortColumns, &QActionGroup::triggered, this, sort);
    connect(m_descendingAction, &QAction::triggered, this, sort);
    showSortOrder();
}

void ProgrammePage::showSortOrder()
{
    if (!m_sortMenu)
        return;
    for (QAction *action : m_sortColumns->actions())
        action->setChecked(action->data().toInt() == m_sortColumn);
    m_descendingAction->setChecked(m_sortOrder == Qt::DescendingOrder);
}

void ProgrammePage::createActions()
{
    m_addAction = makeAction(icons::addTask(), tr("&Thêm nhiệm vụ…"),
                             QKeySequence(Qt::CTRL | Qt::Key_N), &ProgrammePage::addTask);
    m_editAction = makeAction(icons::editTask(), tr("&Sửa nhiệm vụ…"), QKeySequence(Qt::Key_F2),
                              &ProgrammePage::editTask);
    m_editAction->setToolTip(tr("Sửa nhiệm vụ đang chọn (F2, Enter hoặc nhấp đúp)"));
    m_deleteAction = makeAction(icons::deleteTask(), tr("&Xóa nhiệm vụ…"),
                                QKeySequence(QKeySequence::Delete), &ProgrammePage::deleteTask);
    m_progressAction =
        makeAction(icons::recordProgress(), tr("&Ghi tiến độ…"), QKeySequence(Qt::CTRL | Qt::Key_P),
                   &ProgrammePage::recordProgress);
    m_importAction = makeAction(icons::importFile(), tr("&Nhập từ tệp…"),
                                QKeySequence(Qt::CTRL | Qt::Key_I), &ProgrammePage::importTasks);
    m_exportAction = makeAction(icons::exportFile(), tr("&Xuất ra tệp…"),
                                QKeySequence(Qt::CTRL | Qt::Key_E), &ProgrammePage::exportTasks);
    m_reportAction = makeAction(icons::exportFile(), tr("&Báo cáo định kỳ…"), QKeySequence(),
                                &ProgrammePage::writeReport);
    m_reportAction->setObjectName(QStringLiteral("actionPeriodicReport"));
    m_reportAction->setToolTip(
        tr("Báo cáo tháng, quý, 6 tháng, 9 tháng, năm của chương trình ra Word, PDF hoặc Excel"));
    m_historyAction =
        makeAction(icons::history(), tr("&Lịch sử thay đổi…"), QKeySequence(Qt::CTRL | Qt::Key_H),
                   &ProgrammePage::showTaskHistory);
    m_historyAction->setToolTip(tr("Ai đã thêm, sửa nhiệm vụ đang chọn, khi nào, sửa những gì"));
    m_detailsAction = makeAction(icons::programme(), tr("Xem &chi tiết…"),
                                 QKeySequence(Qt::SHIFT | Qt::Key_F2),
                                 &ProgrammePage::showTaskDetails);
    m_detailsAction->setToolTip(
        tr("Đọc nhiệm vụ đang chọn và các báo cáo tiến độ của nó, không sửa (Shift+F2)"));
}

QPushButton *ProgrammePage::newProgrammeButton() const
{
    return m_ui->newProgrammeButton;
}

QPushButton *ProgrammePage::carryOverButton() const
{
    return m_ui->carryOverButton;
}

void ProgrammePage::reload()
{
    const auto current = currentProgramme();
    reloadAll(current ? current->id : 0);
}

void ProgrammePage::reloadAll(Id programmeToSelect)
{
    auto agencies = m_workspace.reference().agencies(m_actor);
    if (agencies) {
        m_agencies = std::move(agencies).value();
        m_ui->filterBar->setAgencies(m_agencies);
    } else {
        reportError(agencies.error());
    }
    reloadProgrammes(programmeToSelect);
}

void ProgrammePage::reloadProgrammes(Id select)
{
    auto programmes = m_workspace.programmes().programmes(m_actor);
    if (!programmes)
        reportError(programmes.error());
    m_programmes = programmes ? std::move(programmes).value() : QList<domain::Programme>{};
    {
        const QSignalBlocker blocker(m_ui->programmeCombo);
        m_ui->programmeCombo->clear();
        int index = -1;
        for (const domain::Programme &p : std::as_const(m_programmes)) {
            m_ui->programmeCombo->addItem(QStringLiteral("%1 — %2").arg(p.year).arg(p.title),
                                          qint64(p.id));
            if (p.id == select ||
                (index < 0 && select == 0 && p.year == m_settings.lastProgrammeYear()))
                index = m_ui->programmeCombo->count() - 1;
        }
        m_ui->programmeCombo->setCurrentIndex(index >= 0 ? index
                                                         : (m_programmes.isEmpty() ? -1 : 0));
    }
    programmeChosen();
}

void ProgrammePage::programmeChosen()
{
    rememberProgramme();
    reloadTasks(0);
}

void ProgrammePage::rememberProgramme()
{
    if (const auto programme = currentProgramme()) {
        m_settings.setLastProgrammeYear(programme->year);
        m_ui->filterBar->setYear(programme->year);
    }
}

std::optional<domain::Programme> ProgrammePage::currentProgramme() const
{
    const Id id = m_ui->programmeCombo->currentData().toLongLong();
    for (const domain::Programme &p : m_programmes) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

void ProgrammePage::selectProgramme(Id id)
{
    const int index = m_ui->programmeCombo->findData(qint64(id));
    if (index >= 0)
        m_ui->programmeCombo->setCurrentIndex(index);
}

void ProgrammePage::reloadTasks(Id select)
{
    storage::TaskFilter filter = m_ui->filterBar->filter();
    const auto programme = currentProgramme();
    filter.programmeId = programme ? programme->id : 0;
    if (auto days = m_workspace.calendar().workingDays(m_actor))
        m_model->setWorkingDays(*days);
    m_model->setFilter(filter);
    if (select == 0 || !selectTask(select)) {
        if (m_model->rowCount() > 0)
            m_ui->taskView->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                              QItemSelectionModel::NoUpdate);
    }
    updateActions();
}

void ProgrammePage::showChange(Id programmeId, Id taskId)
{
    const auto programme = currentProgramme();
    if (!programme || programme->id != programmeId) {
        // Undo reached a programme that is not on screen: show it, so the change is seen.
        const int index = m_ui->programmeCombo->findData(qint64(programmeId));
        if (index >= 0) {
            const QSignalBlocker blocker(m_ui->programmeCombo);
            m_ui->programmeCombo->setCurrentIndex(index);
            rememberProgramme();
        }
    }
    reloadTasks(taskId);
    m_hiddenTask = 0;
    if (taskId == 0 || currentTaskId() == taskId)
        return;
    // Saved, but the filter hides it: say so rather than leave the user wondering.
    if (auto task = m_workspace.programmes().task(m_actor, taskId);
        task && task->programmeId == programmeId) {
        m_hiddenTask = taskId;
        Q_EMIT hiddenByFilter(tr("Nhiệm vụ %1 đã được lưu nhưng không hiện vì bộ lọc đang ẩn nó.")
                                  .arg(task->number));
    }
}

bool ProgrammePage::selectTask(Id id)
{
    const int row = m_model->findRow(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, TaskListModel::NumberColumn);
    m_ui->taskView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    m_ui->taskView->scrollTo(index);
    return true;
}

const storage::TaskRow *ProgrammePage::currentRow() const
{
    const QModelIndexList selected = m_ui->taskView->selectionModel()->selectedRows();
    return selected.isEmpty() ? nullptr : m_model->rowAt(selected.first().row());
}

Id ProgrammePage::currentTaskId() const
{
    const storage::TaskRow *row = currentRow();
    return row ? row->task.id : 0;
}

void ProgrammePage::updateSummary()
{
    const auto programme = currentProgramme();
    if (!programme) {
        // Say what to do next, and who does it.
        using services::Action;
        QString next;
        if (m_permissions.allows(Action::EditProgramme))
            next = tr("Chưa có chương trình công tác nào. Bấm “Chương trình mới…” để tạo, hoặc "
                      "nhập từ tệp (Ctrl+I).");
        else if (m_permissions.allows(Action::ManageUsers))
            next = tr("Chưa có chương trình công tác nào. Bước tiếp theo: mở “Quản trị” ở thanh bên "
                      "và thêm tài khoản cho chuyên viên (Ctrl+N), rồi đăng xuất (Tài khoản → "
                      "Đăng xuất) và đăng nhập bằng tài khoản đó để tạo hoặc nhập chương trình.");
        else
            next = tr("Chưa có chương trình công tác nào. Chuyên viên hoặc lãnh đạo tạo chương "
                      "trình mới hoặc nhập từ tệp.");
        m_ui->summaryLabel->setText(next);
        updateStatus();
        return;
    }
    storage::TaskFilter everything;
    everything.programmeId = programme->id;
    auto rows = m_workspace.programmes().countTasks(m_actor, everything);
    m_programmeRows = rows ? *rows : m_model->totalCount();
    auto summary = m_workspace.programmes().summary(m_actor, m_model->filter());
    if (!summary) {
        m_ui->summaryLabel->clear();
        reportError(summary.error());
        updateStatus();
        return;
    }
    const QLocale locale;
    const storage::TaskSummary &s = *summary;
    QStringList parts;
    parts.append(tr("<b>%1</b> nhiệm vụ").arg(locale.toString(s.total)));
    for (std::size_t i = 0; i < domain::kAllTaskStatuses.size(); ++i) {
        if (s.byStatus[i] > 0)
            parts.append(QStringLiteral("%1: <b>%2</b>")
                             .arg(taskStatusText(domain::kAllTaskStatuses[i]).toHtmlEscaped(),
                                  locale.toString(s.byStatus[i])));
    }
    parts.append(tr("Tiến độ trung bình: <b>%1%</b>").arg(locale.toString(s.meanProgress, 'f', 0)));
    const auto count = [&s](Timeliness t) {
        return s.byTimeliness[indexIn(domain::kAllTimeliness, t)];
    };
    const int dueSoon = count(Timeliness::DueSoon);
    // Quá hạn: not done and past its deadline; hoàn thành trễ hạn: done after it.
    const int overdue = count(Timeliness::Overdue);
    const int doneLate = count(Timeliness::DoneLate);
    parts.append(colored(tr("Quá hạn: <b>%1</b>").arg(locale.toString(overdue)),
                         overdue ? icons::timelinessColor(Timeliness::Overdue)
                                 : palette().color(QPalette::WindowText)));
    if (doneLate > 0)
        parts.append(tr("Hoàn thành trễ hạn: <b>%1</b>").arg(locale.toString(doneLate)));
    parts.append(colored(tr("Sắp đến hạn: <b>%1</b>").arg(locale.toString(dueSoon)),
                         dueSoon ? icons::timelinessColor(Timeliness::DueSoon)
                                 : palette().color(QPalette::WindowText)));
    // A narrow window wraps the line between the figures, never inside one ("Due soon: 0").
    for (QString &part : parts)
        part = QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(part);
    m_ui->summaryLabel->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    updateStatus();
}

void ProgrammePage::updateStatus()
{
    const auto programme = currentProgramme();
    const QLocale locale;
    if (!programme) {
        setStatusText(QString());
        return;
    }
    // What the filter keeps out of how many, not the filtered count twice.
    const int listed = m_model->totalCount();
    setStatusText(listed == m_programmeRows
                      ? tr("Chương trình năm %1 · %2 dòng")
                            .arg(programme->year)
                            .arg(locale.toString(listed))
                      : tr("Chương trình năm %1 · bộ lọc giữ %2 trong %3 dòng")
                            .arg(programme->year)
                            .arg(locale.toString(listed), locale.toString(m_programmeRows)));
}

void ProgrammePage::setStatusText(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged(text);
}

void ProgrammePage::updateActions()
{
    const bool hasProgramme = currentProgramme().has_value();
    const storage::TaskRow *row = currentRow();
    using services::Action;
    // What the roles forbid stays visible, disabled, its tooltip saying why.
    m_permissions.apply(m_addAction, Action::EditTask, hasProgramme);
    m_permissions.apply(m_editAction, Action::EditTask, row != nullptr);
    m_permissions.apply(m_deleteAction, Action::EditTask, row != nullptr);
    m_permissions.apply(m_progressAction, Action::RecordProgress,
                        row != nullptr && !row->task.isSection());
    m_permissions.apply(m_importAction, Action::EditProgramme);
    m_permissions.apply(m_exportAction, Action::ViewData, hasProgramme);
    m_permissions.apply(m_reportAction, Action::ViewData, hasProgramme);
    m_permissions.apply(m_historyAction, Action::ViewHistory, row != nullptr);
    m_permissions.apply(m_detailsAction, Action::ViewData, row != nullptr);
    m_permissions.apply(m_ui->newProgrammeButton, Action::EditProgramme);
    m_permissions.apply(m_ui->carryOverButton, Action::EditProgramme, hasProgramme);
}

void ProgrammePage::sortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!TaskListModel::isSortable(column)) {
        // The model kept its order; put the arrow back where the order really is.
        const QSignalBlocker blocker(m_ui->taskView->horizontalHeader());
        m_ui->taskView->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    showSortOrder();
    updateActions();
}

void ProgrammePage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_addAction);
    menu.addAction(m_editAction);
    menu.addAction(m_detailsAction);
    menu.addAction(m_progressAction);
    menu.addSeparator();
    menu.addAction(m_historyAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.setToolTipsVisible(true); // a disabled action's tooltip says why
    menu.exec(m_ui->taskView->viewport()->mapToGlobal(pos));
}

void ProgrammePage::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_ui->taskView->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Cột hiển thị"));
    for (int column = 0; column < TaskListModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The number and the content identify a task: they always stay.
        action->setEnabled(column != TaskListModel::NumberColumn &&
                           column != TaskListModel::ContentColumn);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

bool ProgrammePage::openRecord(storage::Entity entity, Id id)
{
    if (entity != storage::Entity::Task)
        return false;
    auto task = m_workspace.programmes().task(m_actor, id);
    if (!task)
        return false;
    if (m_ui->programmeCombo->findData(qint64(task->programmeId)) < 0)
        reloadProgrammes(task->programmeId); // made since the page last read them
    const auto programme = currentProgramme();
    if (!programme || programme->id != task->programmeId)
        selectProgramme(task->programmeId);
    if (!selectTask(id)) {
        m_ui->filterBar->reset(); // the filter hides it
        if (!selectTask(id))
            return false;
    }
    m_ui->taskView->setFocus(Qt::OtherFocusReason);
    return true;
}

void ProgrammePage::focusFilter()
{
    m_ui->filterBar->focusSearch();
}

void ProgrammePage::clearFilter()
{
    const Id show = m_hiddenTask != 0 ? m_hiddenTask : currentTaskId();
    m_hiddenTask = 0;
    m_ui->filterBar->reset();
    if (show != 0)
        selectTask(show);
}

void ProgrammePage::saveState()
{
    m_settings.setTaskHeaderState(m_ui->taskView->horizontalHeader()->saveState());
}

void ProgrammePage::reportError(const Error &error)
{
    showError(this, tr("Chương trình công tác"), error);
}

std::optional<TaskDialogChoices> ProgrammePage::dialogChoices()
{
    const auto programme = currentProgramme();
    if (!programme)
        return std::nullopt;
    auto parents = m_workspace.programmes().parentCandidates(m_actor, programme->id);
    if (!parents) {
        reportError(parents.error());
        return std::nullopt;
    }
    auto people = m_workspace.reference().people(m_actor);
    if (!people) {
        reportError(people.error());
        return std::nullopt;
    }
    TaskDialogChoices choices;
    choices.parents = std::move(parents).value();
    choices.agencies = m_agencies;
    choices.people = std::move(people).value();
    choices.year = programme->year;
    if (auto days = m_workspace.calendar().workingDays(m_actor))
        choices.workingDays = *days;
    choices.nextNumber = [this, programmeId = programme->id](Id parentId, bool section) {
        auto number = m_workspace.programmes().nextNumber(m_actor, programmeId, parentId, section);
        return number ? *number : QString();
    };
    return choices;
}

void ProgrammePage::addTask()
{
    const auto programme = currentProgramme();
    auto choices = dialogChoices();
    if (!programme || !choices)
        return;
    domain::Task fresh;
    fresh.programmeId = programme->id;
    fresh.period = domain::Period::ofYear(programme->year);
    // Next to the selected task, or inside the selected section.
    if (const storage::TaskRow *row = currentRow())
        fresh.parentId = row->task.isSection() ? row->task.id : row->task.parentId;

    TaskDialog dialog(std::move(*choices), this);
    dialog.setTask(fresh);
    dialog.setCommit([this](const domain::Task &task) -> Result<void> {
        auto added = m_workspace.programmes().addTask(m_actor, task);
        if (!added)
            return added.error();
        m_undoStack->push(new AddTaskCommand(m_context, m_actor, std::move(added).value(), true));
        return {};
    });
    dialog.exec();
}

void ProgrammePage::editTask()
{
    const Id id = currentTaskId();
    if (id == 0)
        return;
    auto before = m_workspace.programmes().task(m_actor, id);
    if (!before) {
        reportError(before.error());
        return;
    }
    auto choices = dialogChoices();
    if (!choices)
        return;
    TaskDialog dialog(std::move(*choices), this);
    dialog.setTask(*before);
    dialog.setCommit([this, before = *before](const domain::Task &task) -> Result<void> {
        auto saved = m_workspace.programmes().updateTask(m_actor, task);
        if (!saved)
            return saved.error();
        m_undoStack->push(
            new EditTaskCommand(m_context, m_actor, before, std::move(saved).value(), true));
        return {};
    });
    dialog.exec();
}

void ProgrammePage::deleteTask()
{
    const storage::TaskRow *row = currentRow();
    if (!row)
        return;
    const domain::Task task = row->task;
    int subtasks = 0;
    if (auto all = m_workspace.programmes().parentCandidates(m_actor, task.programmeId)) {
        const auto [first, last] = subtreeRange(*all, task.id);
        subtasks = std::max(0, last - first - 1);
    }
    const QString question =
        tr("Xóa nhiệm vụ %1 “%2”?").arg(task.number, elided(task.content, kQuotedTextLength));
    const QString details =
        (subtasks > 0
             ? tr("Cùng bị xóa: %n nhiệm vụ con và các báo cáo tiến độ của chúng.", nullptr, subtasks)
             : tr("Các báo cáo tiến độ của nhiệm vụ cũng bị xóa.")) +
        u' ' + tr("Có thể hoàn tác (Ctrl+Z).");
    if (!confirm(this, tr("Xóa nhiệm vụ"), question, tr("&Xóa"), details))
        return;
    // The selection stays where the user was: on the row after the deleted ones, or before.
    Id selectAfter = 0;
    if (const int at = m_model->findRow(task.id); at >= 0) {
        const int depth = m_model->rowAt(at)->depth;
        int after = at + 1;
        while (m_model->rowAt(after) && m_model->rowAt(after)->depth > depth)
            ++after; // its subtasks go with it
        const storage::TaskRow *next = m_model->rowAt(after);
        const storage::TaskRow *previous = m_model->rowAt(at - 1);
        selectAfter = next ? next->task.id : (previous ? previous->task.id : 0);
    }
    m_undoStack->push(new DeleteTaskCommand(m_context, m_actor, task, selectAfter));
}

void ProgrammePage::recordProgress()
{
    const storage::TaskRow *row = currentRow();
    if (!row || row->task.isSection())
        return;
    services::ProgrammeService &service = m_workspace.programmes();
    auto before = service.task(m_actor, row->task.id);
    if (!before) {
        reportError(before.error());
        return;
    }
    auto log = service.progressLog(m_actor, row->task.id);
    if (!log) {
        reportError(log.error());
        return;
    }
    ProgressDialog dialog(*before, *log, service.today(), this);
    dialog.setCommit(
        [this, before = *before](const domain::ProgressEntry &entry,
                                 std::optional<domain::TaskStatus> status) -> Result<void> {
            auto saved = m_workspace.programmes().recordProgress(m_actor, entry, status);
            if (!saved)
                return saved.error();
            m_undoStack->push(new RecordProgressCommand(m_context, m_actor, before,
                                                        std::move(saved).value(), status, true));
            return {};
        });
    dialog.exec();
}

void ProgrammePage::newProgramme()
{
    const auto current = currentProgramme();
    domain::Programme fresh;
    fresh.ownerUnitId = current ? current->ownerUnitId : 0;
    fresh.year = m_workspace.programmes().today().year();
    // Suggest the first year this body has no programme for yet.
    auto taken = [&](int year) {
        return std::any_of(m_programmes.begin(), m_programmes.end(),
                           [&](const domain::Programme &p) {
                               return p.year == year && p.ownerUnitId == fresh.ownerUnitId;
                           });
    };
    while (taken(fresh.year))
        ++fresh.year;

    ProgrammeDialog dialog(m_agencies, this);
    dialog.setProgramme(fresh);
    Id created = 0;
    dialog.setCommit([this, &created](const domain::Programme &p) -> Result<void> {
        auto saved = m_workspace.programmes().createProgramme(m_actor, p);
        if (!saved)
            return saved.error();
        created = saved->id;
        return {};
    });
    if (dialog.exec() == QDialog::Accepted)
        reloadProgrammes(created);
}

void ProgrammePage::carryOver()
{
    const auto programme = currentProgramme();
    if (!programme)
        return;
    const QString title = tr("Chuyển tiếp sang năm sau");
    storage::TaskFilter unfinished;
    unfinished.programmeId = programme->id;
    unfinished.includeSections = false;
    for (const domain::TaskStatus s : domain::kAllTaskStatuses) {
        if (s != domain::TaskStatus::Done)
            unfinished.statuses.append(s);
    }
    auto count = m_workspace.programmes().countTasks(m_actor, unfinished);
    if (!count) {
        reportError(count.error());
        return;
    }
    if (*count == 0) {
        inform(
            this, title,
            tr("Chương trình năm %1 không còn nhiệm vụ nào chưa hoàn thành.").arg(programme->year));
        return;
    }
    const QString question =
        tr("Chuyển %n nhiệm vụ chưa hoàn thành của năm %1 sang chương trình năm %2?", nullptr,
           *count)
            .arg(programme->year)
            .arg(programme->year + 1);
    if (!confirm(
            this, title, question, tr("&Chuyển tiếp"),
            tr("Các đề mục của chúng được chép theo; nhiệm vụ đã chuyển trước đây được bỏ qua. "
               "Việc chuyển tiếp không hoàn tác được bằng lệnh Hoàn tác.")))
        return;
    auto carried = m_workspace.programmes().carryOver(m_actor, programme->id);
    if (!carried) {
        reportError(carried.error());
        return;
    }
    reloadProgrammes(programme->id); // next year's programme may be new
    inform(this, title,
           tr("Đã chuyển %n nhiệm vụ sang chương trình năm %1.", nullptr, *carried)
               .arg(programme->year + 1));
}

void ProgrammePage::importTasks()
{
    const auto programme = currentProgramme();
    TaskTransfer transfer(m_workspace, m_actor, m_settings, this);
    const auto imported =
        transfer.importTasks(programme ? programme->year : m_workspace.programmes().today().year(),
                             programme ? programme->ownerUnitId : 0);
    if (!imported)
        return;
    reloadAll(imported->programmeId); // the import may have added units and a programme
    Q_EMIT sharedDataChanged();
    Q_EMIT transientMessage(
        tr("Đã nhập %n dòng (nhiệm vụ và đề mục).", nullptr, imported->imported));
}

void ProgrammePage::exportTasks()
{
    const auto programme = currentProgramme();
    if (!programme)
        return;
    TaskTransfer transfer(m_workspace, m_actor, m_settings, this);
    if (const auto path = transfer.exportTasks(*programme))
        Q_EMIT transientMessage(
            tr("Đã xuất chương trình năm %1 ra %2.").arg(programme->year).arg(*path));
}

void ProgrammePage::writeReport()
{
    const auto programme = currentProgramme();
    if (!programme)
        return;
    auto office = m_workspace.reports().cutoffDay(m_actor);
    if (!office) {
        reportError(office.error());
        return;
    }
    ReportDialog dialog(programme->year, m_workspace.programmes().today(), *office, this);
    // Saving the office's day is one edit of the page's undo history (audited both ways).
    dialog.setCutoffSaver(
        [this, &dialog](int day) {
            // A refused command is reported, then dropped by the stack (push deletes it).
            m_undoStack->push(new ReportCutoffCommand(
                m_workspace.reports(), [this](const Error &error) { reportError(error); }, m_actor,
                dialog.officeCutoff(), day));
            const auto saved = m_workspace.reports().cutoffDay(m_actor);
            if (!saved || *saved != day)
                return false;
            Q_EMIT transientMessage(
                tr("Đã lưu ngày chốt số liệu báo cáo định kỳ của Vụ: %1.").arg(cutoffDayText(day)));
            return true;
        },
        m_permissions.refusal(services::Action::ConfigureReports));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const domain::ReportPeriod period = dialog.period();
    const QString title = tr("Báo cáo định kỳ");
    const QString suffix = dialog.suffix();
    const QString baseName = tr("Bao cao %1").arg(period.label()).replace(u' ', u'-');
    const QString filter = suffix == u"xlsx" ? tr("Bảng tính Excel (*.xlsx)")
                           : suffix == u"pdf" ? tr("Tệp PDF (*.pdf)")
                                              : tr("Văn bản Word (*.docx)");
    QString path = chooseSaveFile(this, title, m_settings.lastExportFolder() + u'/' + baseName + u'.' + suffix,
                                  filter, nullptr);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += u'.' + suffix;
    m_settings.setLastExportFolder(QFileInfo(path).absolutePath());
    const Result<void> written = whileBusy([&]() -> Result<void> {
        auto report = m_workspace.reports().report(m_actor, programme->id, period);
        if (!report)
            return report.error();
        if (suffix == u"xlsx") {
            documents::XlsxOptions options;
            options.sheetName = tr("Báo cáo");
            options.title = tr("Kết quả thực hiện %1, %2 (đến ngày %3)")
                                .arg(programme->title, period.label(), domain::shortDate(report->asOf));
            return documents::writeXlsx(services::ReportService::figuresTable(*report), path, options);
        }
        const documents::RichDocument document = services::ReportService::document(*report);
        return suffix == u"pdf" ? documents::writePdfFile(document, path)
                                : documents::writeDocxFile(document, path);
    });
    if (!written) {
        showError(this, title, written.error());
        return;
    }
    Q_EMIT transientMessage(tr("Đã lập báo cáo %1 ra %2.").arg(period.label(), path));
}

void ProgrammePage::openTask()
{
    if (m_editAction->isEnabled())
        m_editAction->trigger();
    else
        m_detailsAction->trigger();
}

void ProgrammePage::showTaskDetails()
{
    const Id id = currentTaskId();
    if (id == 0)
        return;
    services::ProgrammeService &service = m_workspace.programmes();
    auto row = service.taskRow(m_actor, id);
    if (!row) {
        reportError(row.error());
        return;
    }
    QList<domain::ProgressEntry> log;
    if (!row->task.isSection()) {
        auto read = service.progressLog(m_actor, id);
        if (!read) {
            reportError(read.error());
            return;
        }
        log = std::move(read).value();
    }
    // The section it sits in, so "1.1" is read with its place.
    QString section;
    for (Id parent = row->task.parentId; parent != 0;) {
        auto above = service.task(m_actor, parent);
        if (!above)
            break;
        if (above->isSection()) {
            section = QStringLiteral("%1. %2").arg(above->number, above->content);
            break;
        }
        parent = above->parentId;
    }
    TaskDetailsDialog dialog(*row, section, log, this);
    dialog.exec();
}

void ProgrammePage::showTaskHistory()
{
    const storage::TaskRow *row = currentRow();
    if (!row)
        return;
    const QString what =
        tr("Nhiệm vụ %1 “%2”").arg(row->task.number, elided(row->task.content, kQuotedTextLength));
    RecordHistoryDialog dialog(m_workspace.audit(), m_actor, storage::Entity::Task, row->task.id,
                               what, this);
    dialog.exec();
}

} // namespace thuky::ui
