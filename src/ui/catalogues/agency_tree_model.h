#pragma once
// AgencyTreeModel: the agencies and units (cơ quan, đơn vị) as a tree by parent, each level
// in Vietnamese alphabetical order.

#include "thuky/domain/reference.h"

#include <QAbstractItemModel>
#include <QHash>

namespace thuky::ui {

class AgencyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ShortNameColumn,
        KindColumn,
        ActiveColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ActiveRole,
        SearchTextRole, ///< name and short name, folded (đ → d, no tones), for the filter
    };

    using QAbstractItemModel::QAbstractItemModel;

    /// Replaces the tree. A unit whose parent is missing, or that sits in a loop of parents,
    /// is shown at the top.
    void setAgencies(const QList<domain::Agency> &agencies);
    const QList<domain::Agency> &agencies() const { return m_agencies; }

    const domain::Agency *agencyAt(const QModelIndex &index) const;
    QModelIndex indexOf(domain::Id id) const;
    /// The unit and every unit under it, at any depth.
    QList<domain::Id> subtree(domain::Id id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int parent = -1; ///< index in m_agencies; -1: top level
        int row = 0;     ///< among its siblings
        QList<int> children;
        QString folded;
    };

    const QList<int> &childrenOf(int node) const
    {
        return node < 0 ? m_roots : m_nodes[node].children;
    }

    QList<domain::Agency> m_agencies;
    QList<Node> m_nodes; ///< one per agency, same order
    QList<int> m_roots;
    QHash<domain::Id, int> m_byId;
};

} // namespace thuky::ui
