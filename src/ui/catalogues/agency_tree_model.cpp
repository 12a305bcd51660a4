#include "catalogues/agency_tree_model.h"

#include "catalogues/entry_columns.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"

#include <QSet>

#include <algorithm>

namespace thuky::ui {

void AgencyTreeModel::setAgencies(const QList<domain::Agency> &agencies)
{
    beginResetModel();
    m_agencies = agencies;
    std::sort(m_agencies.begin(), m_agencies.end(),
              [](const domain::Agency &a, const domain::Agency &b) {
                  return domain::compareVi(a.name, b.name) < 0;
              });
    m_nodes = QList<Node>(m_agencies.size());
    m_roots.clear();
    m_byId.clear();
    for (int i = 0; i < m_agencies.size(); ++i)
        m_byId.insert(m_agencies[i].id, i);
    for (int i = 0; i < m_agencies.size(); ++i) {
        const domain::Agency &a = m_agencies[i];
        m_nodes[i].folded = search::fold(a.name + u' ' + a.shortName);
        // A parent that is missing or leads back here (data edited outside Thuky) would hide
        // the unit: it goes to the top instead.
        int parent = m_byId.value(a.parentId, -1);
        QSet<int> seen{i};
        for (int up = parent; up >= 0; up = m_byId.value(m_agencies[up].parentId, -1)) {
            if (seen.contains(up)) {
                parent = -1;
                break;
            }
            seen.insert(up);
        }
        m_nodes[i].parent = parent;
        QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
        m_nodes[i].row = int(siblings.size());
        siblings.append(i); // sorted already: the list is in name order
    }
    endResetModel();
}

const domain::Agency *AgencyTreeModel::agencyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_agencies[int(index.internalId())];
}

QModelIndex AgencyTreeModel::indexOf(domain::Id id) const
{
    const int node = m_byId.value(id, -1);
    return node < 0 ? QModelIndex() : createIndex(m_nodes[node].row, 0, quintptr(node));
}

QList<domain::Id> AgencyTreeModel::subtree(domain::Id id) const
{
    QList<domain::Id> ids;
    const int start = m_byId.value(id, -1);
    if (start < 0)
        return ids;
    QList<int> pending{start};
    while (!pending.isEmpty()) {
        const int node = pending.takeLast();
        ids.append(m_agencies[node].id);
        pending.append(m_nodes[node].children);
    }
    return ids;
}

QModelIndex AgencyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int> &children = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex AgencyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[int(child.internalId())].parent;
    return parent < 0 ? QModelIndex() : createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int AgencyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int AgencyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AgencyTreeModel::data(const QModelIndex &index, int role) const
{
    const domain::Agency *a = agencyAt(index);
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a->name;
        case ShortNameColumn:
            return a->shortName;
        case KindColumn:
            return domain::agencyKindLabel(a->kind);
        case ActiveColumn:
            return activeText(a->active);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == KindColumn)
            return domain::agencyKindLabel(a->kind);
        return entryState(a->active, a->name, role);
    case Qt::ForegroundRole:
        return entryState(a->active, a->name, role);
    case IdRole:
        return qint64(a->id);
    case ActiveRole:
        return a->active;
    case SearchTextRole:
        return m_nodes[int(index.internalId())].folded;
    }
    return {};
}

QVariant AgencyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return catalogueHeader({tr("Tên cơ quan, đơn vị"), tr("Viết tắt"), tr("Loại"), tr("Dùng")},
                           section, orientation, role);
}

} // namespace thuky::ui
