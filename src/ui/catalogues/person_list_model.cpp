#include "catalogues/person_list_model.h"

#include "catalogues/entry_columns.h"

#include "thuky/domain/vietnamese.h"

#include <algorithm>

namespace thuky::ui {

void PersonListModel::setPeople(const QList<domain::Person> &people,
                                const QHash<domain::Id, domain::Agency> &units)
{
    beginResetModel();
    m_people = people;
    std::sort(m_people.begin(), m_people.end(),
              [](const domain::Person &a, const domain::Person &b) {
                  return domain::compareVi(a.fullName, b.fullName) < 0;
              });
    m_unitNames.clear();
    m_unitTips.clear();
    for (const domain::Person &p : std::as_const(m_people)) {
        const domain::Agency unitOf = units.value(p.unitId);
        m_unitNames.append(unitOf.shortName.isEmpty() ? unitOf.name : unitOf.shortName);
        m_unitTips.append(unitOf.name);
    }
    endResetModel();
}

const domain::Person *PersonListModel::personAt(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people[row] : nullptr;
}

int PersonListModel::rowOf(domain::Id id) const
{
    const auto found = std::find_if(m_people.begin(), m_people.end(),
                                    [id](const domain::Person &p) { return p.id == id; });
    return found == m_people.end() ? -1 : int(found - m_people.begin());
}

int PersonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Person &p = m_people[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.fullName;
        case PositionColumn:
            return p.position;
        case UnitColumn:
            return m_unitNames[index.row()];
        case EmailColumn:
            return p.email;
        case PhoneColumn:
            return p.phone;
        case ActiveColumn:
            return activeText(p.active);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == UnitColumn)
            return m_unitTips[index.row()];
        return entryState(p.active, p.fullName, role);
    case Qt::ForegroundRole:
        return entryState(p.active, p.fullName, role);
    case IdRole:
        return qint64(p.id);
    case UnitIdRole:
        return qint64(p.unitId);
    case ActiveRole:
        return p.active;
    }
    return {};
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return catalogueHeader({tr("Họ và tên"), tr("Chức vụ"), tr("Đơn vị"), tr("Thư điện tử"),
                            tr("Điện thoại"), tr("Dùng")},
                           section, orientation, role);
}

} // namespace thuky::ui
