#include "programme/task_list_model.h"

#include "common/days_off.h"
#include "common/display_text.h"
#include "common/icons.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/programme_service.h"

#include <QBrush>
#include <QFont>

#include <array>

namespace thuky::ui {

using domain::Timeliness;
using storage::TaskRow;
using storage::TaskSortColumn;

namespace {

std::optional<TaskSortColumn> sortColumnOf(int column)
{
    switch (column) {
    case TaskListModel::NumberColumn:
        return TaskSortColumn::Tree; // STT order is the document's order
    case TaskListModel::ContentColumn:
        return TaskSortColumn::Content;
    case TaskListModel::LeadUnitColumn:
        return TaskSortColumn::LeadUnit;
    case TaskListModel::PeriodColumn:
    case TaskListModel::DeadlineColumn:
        return TaskSortColumn::Deadline;
    case TaskListModel::StatusColumn:
        return TaskSortColumn::Status;
    case TaskListModel::ProgressColumn:
        return TaskSortColumn::Progress;
    case TaskListModel::TimelinessColumn:
        return TaskSortColumn::Timeliness;
    default:
        return std::nullopt;
    }
}

const std::array<QIcon, domain::kAllTimeliness.size()> &markers()
{
    static const auto icons = [] {
        std::array<QIcon, domain::kAllTimeliness.size()> all;
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = icons::timelinessMarker(domain::kAllTimeliness[i]);
        return all;
    }();
    return icons;
}

} // namespace

TaskListModel::TaskListModel(services::ProgrammeService &service, domain::Actor actor,
                             QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(std::move(actor))
{
}

void TaskListModel::setFilter(const storage::TaskFilter &filter)
{
    const TaskSortColumn sortBy = m_filter.sortBy;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sortBy = sortBy;
    m_filter.descending = descending;
    reload();
}

void TaskListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    const Result<void> loaded = m_filter.programmeId != 0 ? loadFirstPage() : Result<void>();
    endResetModel();
    if (!loaded)
        Q_EMIT errorOccurred(loaded.error());
    Q_EMIT reloaded();
}

Result<void> TaskListModel::loadFirstPage()
{
    auto count = m_service.countTasks(m_actor, m_filter);
    if (!count)
        return count.error();
    auto page = m_service.tasks(m_actor, m_filter, 0, m_pageSize);
    if (!page)
        return page.error();
    m_rows = std::move(page).value();
    // The count and the page come from two queries; trust what was fetched.
    m_total = std::max(*count, int(m_rows.size()));
    return {};
}

const TaskRow *TaskListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int TaskListModel::findRow(domain::Id id, int fetchLimit)
{
    for (int from = 0;;) {
        for (int i = from; i < m_rows.size(); ++i) {
            if (m_rows[i].task.id == id)
                return i;
        }
        if (!canFetchMore({}) || m_rows.size() >= fetchLimit)
            return -1;
        from = int(m_rows.size());
        fetchMore({});
        if (m_rows.size() == from)
            return -1;
    }
}

bool TaskListModel::isSortable(int column)
{
    return sortColumnOf(column).has_value();
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRow &row = m_rows[index.row()];
    const bool section = row.task.isSection();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ContentColumn || index.column() == NotesColumn ||
            index.column() == PartnersColumn || index.column() == ProductColumn)
            return displayData(row, index.column());
        if (index.column() == LeadUnitColumn)
            return row.leadUnitShort.isEmpty()
                       ? row.leadUnitName
                       : row.leadUnitName + QStringLiteral(" (") + row.leadUnitShort + u')';
        if (index.column() == DeadlineColumn && !section)
            return dayOffText(m_workingDays, row.task.deadline());
        return {};
    case Qt::FontRole:
        if (section) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (section)
            return QBrush(QColor(0xe8, 0xef, 0xf8));
        // A deadline on a day off is shaded like the date pickers shade it.
        if (index.column() == DeadlineColumn && row.task.deadline().isValid()
            && !m_workingDays.isWorkingDay(row.task.deadline()))
            return dayOffBrush();
        return {};
    case Qt::ForegroundRole:
        return section ? QVariant() : foregroundData(row);
    case Qt::DecorationRole:
        return decorationData(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ProgressColumn || index.column() == DeadlineColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return qint64(row.task.id);
    case TimelinessRole:
        return int(row.timeliness);
    case IsSectionRole:
        return section;
    case DepthRole:
        return row.depth;
    case ProgressRole:
        return row.task.progress;
    case StatusRole:
        return int(row.task.status);
    default:
        return {};
    }
}

QVariant TaskListModel::displayData(const TaskRow &row, int column) const
{
    const domain::Task &t = row.task;
    const bool section = t.isSection();
    switch (column) {
    case NumberColumn:
        // Sorted otherwise or filtered, a task may stand away from its parent and section:
        // "II.1.2" says where it belongs.
        return m_filter.showsWholeTree() ? t.number : row.qualifiedNumber();
    case ContentColumn:
        return t.content;
    case LeadUnitColumn:
        return row.leadUnitName;
    case PartnersColumn:
        return row.partnerNames.join(QStringLiteral(", "));
    case ResponsibleColumn:
        return row.responsibleName;
    case PeriodColumn:
        return section || !t.period.isValid() ? QString() : periodText(t.period);
    case DeadlineColumn:
        return section ? QString() : domain::shortDate(t.deadline());
    case ProductColumn:
        return t.product;
    case StatusColumn:
        return section ? QString() : taskStatusText(t.status);
    case ProgressColumn:
        return section ? QString() : QString::number(t.progress) + u'%';
    case TimelinessColumn:
        return section || row.timeliness == Timeliness::NoDeadline ? QString()
                                                                   : timelinessText(row.timeliness);
    case SourceColumn:
        return t.sourceRef;
    case NotesColumn:
        return t.notes;
    default:
        return {};
    }
}

QVariant TaskListModel::foregroundData(const TaskRow &row) const
{
    switch (row.timeliness) {
    case Timeliness::Overdue:
    case Timeliness::DueSoon:
    case Timeliness::DoneLate:
        return QBrush(icons::timelinessColor(row.timeliness));
    default:
        return {};
    }
}

QVariant TaskListModel::decorationData(const TaskRow &row, int column) const
{
    if (column != TimelinessColumn || row.task.isSection() ||
        row.timeliness == Timeliness::NoDeadline)
        return {};
    return markers()[std::size_t(row.timeliness)];
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("Không sắp xếp được theo cột này");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("STT");
    case ContentColumn:
        return tr("Nội dung");
    case LeadUnitColumn:
        return tr("Đơn vị chủ trì");
    case PartnersColumn:
        return tr("Đơn vị phối hợp");
    case ResponsibleColumn:
        return tr("Người phụ trách");
    case PeriodColumn:
        return tr("Thời hạn");
    case DeadlineColumn:
        return tr("Hạn chót");
    case ProductColumn:
        return tr("Sản phẩm");
    case StatusColumn:
        return tr("Trạng thái");
    case ProgressColumn:
        return tr("Tiến độ");
    case TimelinessColumn:
        return tr("Tình trạng");
    case SourceColumn:
        return tr("Nguồn");
    case NotesColumn:
        return tr("Ghi chú");
    default:
        return {};
    }
}

bool TaskListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void TaskListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_service.tasks(m_actor, m_filter, int(m_rows.size()), m_pageSize);
    if (!page) {
        m_total = int(m_rows.size()); // stop asking for more until the next reload
        Q_EMIT errorOccurred(page.error());
        return;
    }
    if (page->isEmpty()) {
        m_total = int(m_rows.size()); // the data shrank since the count
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(page).value());
    endInsertRows();
}

void TaskListModel::sort(int column, Qt::SortOrder order)
{
    const auto by = sortColumnOf(column);
    if (!by)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*by == m_filter.sortBy && descending == m_filter.descending)
        return;
    m_filter.sortBy = *by;
    m_filter.descending = descending;
    reload();
}

} // namespace thuky::ui
