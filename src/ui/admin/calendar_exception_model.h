#pragma once
// The announced days off and working days of one year, as a table.

#include "thuky/storage/calendar_repository.h"

#include <QAbstractTableModel>

namespace thuky::ui {

class CalendarExceptionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        WeekdayColumn,
        KindColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        DateRole = Qt::UserRole + 1, ///< QDate of the row
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setExceptions(QList<storage::StoredCalendarException> exceptions);
    const storage::StoredCalendarException *at(int row) const;
    int rowOf(const QDate &date) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<storage::StoredCalendarException> m_rows;
};

} // namespace thuky::ui
