#include "meetings/agenda_model.h"

#include "common/days_off.h"

#include <QLocale>

namespace thuky::ui {

AgendaModel::AgendaModel(Loader loader, QObject *parent)
    : QAbstractTableModel(parent), m_loader(std::move(loader))
{
}

void AgendaModel::setRange(const QDate &from, const QDate &until)
{
    beginResetModel();
    m_from = from;
    m_until = until;
    m_loadedUntil = from.addDays(-1);
    m_rows = readMore();
    endResetModel();
}

const CalendarEntry *AgendaModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AgendaModel::findRow(const services::CalendarItem &item)
{
    for (;;) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].item.type == item.type && m_rows[row].item.id == item.id)
                return row;
        }
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarEntry &entry = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return entry.daysText();
        case KindColumn:
            return entryKindLabel(entry.kind);
        case TitleColumn:
            return entry.item.title;
        case VenueColumn:
            return entry.venue;
        case StatusColumn:
            return entry.status;
        case ContentsColumn:
            return entry.contentCount >= 0 ? QVariant(entry.contentCount) : QVariant();
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == KindColumn ? QVariant(entryKindColor(entry.kind)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == DateColumn) {
            if (const QString off = dayOffText(m_workingDays, entry.first()); !off.isEmpty())
                return off;
        }
        return entry.toolTip();
    case Qt::BackgroundRole:
        if (index.column() == DateColumn && !m_workingDays.isWorkingDay(entry.first()))
            return dayOffBrush();
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ContentsColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case ItemTypeRole:
        return int(entry.item.type);
    case ItemIdRole:
        return qint64(entry.item.id);
    case FirstDayRole:
        return entry.first();
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Ngày");
    case KindColumn:
        return tr("Loại");
    case TitleColumn:
        return tr("Tên");
    case VenueColumn:
        return tr("Địa điểm");
    case StatusColumn:
        return tr("Trạng thái");
    case ContentsColumn:
        return tr("Số nội dung");
    default:
        return {};
    }
}

bool AgendaModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loader && m_loadedUntil.isValid() && m_loadedUntil < m_until;
}

void AgendaModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<CalendarEntry> fresh = readMore();
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows.append(fresh);
    endInsertRows();
}

QList<CalendarEntry> AgendaModel::readMore()
{
    // A month at a time: what starts in it (the first month also lists what began before);
    // empty months are passed over, so the view always gets rows while there are some.
    QList<CalendarEntry> fresh;
    while (fresh.isEmpty() && m_loader && m_loadedUntil < m_until) {
        const QDate from = m_loadedUntil.addDays(1);
        const QDate to =
            std::min(QDate(from.year(), from.month(), 1).addMonths(1).addDays(-1), m_until);
        auto loaded = m_loader(from, to);
        m_loadedUntil = to;
        if (!loaded) {
            Q_EMIT errorOccurred(loaded.error());
            break;
        }
        for (const CalendarEntry &entry : *loaded) {
            if (from == m_from || entry.first() >= from)
                fresh.append(entry);
        }
    }
    return fresh;
}

} // namespace thuky::ui
