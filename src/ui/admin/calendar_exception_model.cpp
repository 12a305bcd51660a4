#include "admin/calendar_exception_model.h"

#include "common/display_text.h"

#include "thuky/domain/vietnamese.h"

namespace thuky::ui {

void CalendarExceptionModel::setExceptions(QList<storage::StoredCalendarException> exceptions)
{
    beginResetModel();
    m_rows = std::move(exceptions);
    endResetModel();
}

const storage::StoredCalendarException *CalendarExceptionModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CalendarExceptionModel::rowOf(const QDate &date) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].exception.date == date)
            return row;
    }
    return -1;
}

int CalendarExceptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CalendarExceptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarExceptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::CalendarException &e = m_rows[index.row()].exception;
    if (role == DateRole)
        return e.date;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return domain::shortDate(e.date);
    case WeekdayColumn:
        return weekdayText(e.date);
    case KindColumn:
        return e.working ? tr("Ngày làm bù") : tr("Ngày nghỉ");
    case ReasonColumn:
        return e.reason;
    default:
        return {};
    }
}

QVariant CalendarExceptionModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Ngày");
    case WeekdayColumn:
        return tr("Thứ");
    case KindColumn:
        return tr("Là");
    case ReasonColumn:
        return tr("Lý do, căn cứ");
    default:
        return {};
    }
}

} // namespace thuky::ui
