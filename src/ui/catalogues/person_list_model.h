#pragma once
// PersonListModel: the people (cán bộ) with their position, unit and how to reach them, in
// Vietnamese alphabetical order of their names.

#include "thuky/domain/reference.h"

#include <QAbstractTableModel>
#include <QHash>

namespace thuky::ui {

class PersonListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PositionColumn,
        UnitColumn,
        EmailColumn,
        PhoneColumn,
        ActiveColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        UnitIdRole,
        ActiveRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the list; `units` are the units by id (shown by short name, the full name as
    /// a tip).
    void setPeople(const QList<domain::Person> &people,
                   const QHash<domain::Id, domain::Agency> &units);
    const QList<domain::Person> &people() const { return m_people; }
    const domain::Person *personAt(int row) const;
    /// The row of the person; -1 when not listed.
    int rowOf(domain::Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<domain::Person> m_people;
    QStringList m_unitNames; ///< per row: the short name, or the name when it has none
    QStringList m_unitTips;  ///< per row: the full name
};

} // namespace thuky::ui
