#include "notices/notice_list_model.h"

#include "common/translations.h"
#include "notices/notice_texts.h"

#include "thuky/domain/vietnamese.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace thuky::ui {

using services::NoticeListRow;

NoticeListModel::NoticeListModel(services::NoticeService &service, domain::Actor actor,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(std::move(actor))
{
}

Result<void> NoticeListModel::setFilter(const storage::NoticeFilter &filter)
{
    const storage::NoticeSort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    m_page = 0;
    return read();
}

Result<void> NoticeListModel::reload()
{
    return read();
}

Result<void> NoticeListModel::setPage(int page)
{
    m_page = std::clamp(page, 0, std::max(0, pageCount() - 1));
    return read();
}

int NoticeListModel::pageCount() const
{
    return std::max(1, (m_total + kPageSize - 1) / kPageSize);
}

Result<void> NoticeListModel::read()
{
    storage::NoticeFilter f = m_filter;
    f.limit = kPageSize;
    f.offset = m_page * kPageSize;
    auto page = m_service.list(m_actor, f);
    if (!page) {
        Q_EMIT failed(page.error());
        return page.error();
    }
    if (page->rows.isEmpty() && m_page > 0 && page->total > 0) {
        // The page emptied (notices filtered away): show the last one that has rows.
        m_page = (page->total - 1) / kPageSize;
        return read();
    }
    beginResetModel();
    m_rows = std::move(page->rows);
    m_total = page->total;
    endResetModel();
    return {};
}

const NoticeListRow *NoticeListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int NoticeListModel::rowOf(domain::Id id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].row.notice.id == id)
            return i;
    }
    return -1;
}

int NoticeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NoticeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NoticeListModel::shortKindText(domain::NoticeKind kind)
{
    switch (kind) {
    case domain::NoticeKind::Ubtvqh:
        return tr("UBTVQH");
    case domain::NoticeKind::Leaders:
        return tr("Lãnh đạo QH");
    case domain::NoticeKind::Other:
        return tr("Khác");
    }
    return {};
}

QString NoticeListModel::statusText(const NoticeListRow &row)
{
    const QString status = noticeStatusText(row.row.notice.status);
    if (row.timing.overdue)
        return tr("%1 – quá hạn").arg(status);
    if (row.timing.late)
        return tr("%1 – muộn").arg(status);
    return status;
}

QVariant NoticeListModel::data(const QModelIndex &index, int role) const
{
    const NoticeListRow *r = rowAt(index.row());
    if (!r)
        return {};
    const domain::Notice &n = r->row.notice;
    const bool marked = r->timing.overdue || r->timing.late;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return n.numberText();
        case SubjectColumn:
            return n.subject;
        case KindColumn:
            return shortKindText(n.kind);
        case StatusColumn:
            return statusText(*r);
        case MeetingDateColumn:
            return domain::shortDate(n.meetingDate);
        case DueDateColumn:
            return domain::shortDate(n.dueDate);
        case IssueDateColumn:
            return domain::shortDate(n.issueDate);
        case WorkingDaysColumn:
            return r->timing.workingDaysToIssue ? QVariant(*r->timing.workingDaysToIssue)
                                                : QVariant();
        case DrafterColumn:
            return n.drafterName;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn)
            return n.subject;
        if (index.column() == KindColumn)
            return noticeKindText(n.kind);
        if (r->timing.overdue)
            return tr("Chưa ban hành và đã quá hạn ban hành (%1).").arg(domain::shortDate(n.dueDate));
        if (r->timing.late)
            return tr("Ban hành sau hạn (%1).").arg(domain::shortDate(n.dueDate));
        return {};
    case Qt::ForegroundRole:
        if (marked && (index.column() == StatusColumn || index.column() == DueDateColumn ||
                       index.column() == WorkingDaysColumn))
            return QBrush(r->timing.overdue ? QColor(0xb0, 0x00, 0x20) : QColor(0xa0, 0x52, 0x00));
        return {};
    case Qt::FontRole:
        if (r->timing.overdue && index.column() == StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == WorkingDaysColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() >= MeetingDateColumn && index.column() <= IssueDateColumn)
            return int(Qt::AlignCenter);
        return {};
    case IdRole:
        return qint64(n.id);
    case LateRole:
        return marked;
    }
    return {};
}

QVariant NoticeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            return tr("Số, ký hiệu");
        case SubjectColumn:
            return tr("Trích yếu");
        case KindColumn:
            return tr("Loại");
        case StatusColumn:
            return tr("Trạng thái");
        case MeetingDateColumn:
            return tr("Ngày họp");
        case DueDateColumn:
            return tr("Hạn");
        case IssueDateColumn:
            return tr("Ban hành");
        case WorkingDaysColumn:
            return tr("Số ngày");
        case DrafterColumn:
            return tr("Người soạn");
        }
    }
    if (role == Qt::ToolTipRole && section == WorkingDaysColumn)
        return tr("Số ngày làm việc từ ngày họp đến ngày ban hành");
    if (role == Qt::ToolTipRole && section == DueDateColumn)
        return tr("Hạn ban hành");
    if (role == Qt::ToolTipRole && section == IssueDateColumn)
        return tr("Ngày ban hành");
    return {};
}

void NoticeListModel::sort(int column, Qt::SortOrder order)
{
    using storage::NoticeSort;
    NoticeSort sort = NoticeSort::Newest;
    switch (column) {
    case NumberColumn:
        sort = NoticeSort::Number;
        break;
    case SubjectColumn:
        sort = NoticeSort::Subject;
        break;
    case KindColumn:
        sort = NoticeSort::Kind;
        break;
    case StatusColumn:
        sort = NoticeSort::Status;
        break;
    case MeetingDateColumn:
        sort = NoticeSort::MeetingDate;
        break;
    case DueDateColumn:
        sort = NoticeSort::DueDate;
        break;
    case IssueDateColumn:
        sort = NoticeSort::IssueDate;
        break;
    case DrafterColumn:
        sort = NoticeSort::Drafter;
        break;
    default:
        return; // computed: no stored order
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = sort;
    m_filter.descending = descending;
    m_page = 0;
    (void)read();
}

} // namespace thuky::ui
