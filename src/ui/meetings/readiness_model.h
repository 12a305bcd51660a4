#pragma once
// ReadinessModel: what each agency still owes for a meeting, as a tree: the agency (with its
// counts), the contents it owes documents for, and those documents with their due date and
// state (sắp đến hạn, quá hạn, nhận muộn…) in their colour.

#include "thuky/services/meeting_service.h"

#include <QAbstractItemModel>

namespace thuky::ui {

class ReadinessModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DueColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        AgencyIdRole = Qt::UserRole + 1,
        ContentIdRole,  ///< contents and documents
        DocumentIdRole, ///< documents only
    };

    explicit ReadinessModel(QObject *parent = nullptr);

    void setReadiness(const services::MeetingReadiness &readiness);
    const services::MeetingReadiness &readiness() const { return m_readiness; }

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
        int parent = -1; ///< index in m_nodes; -1: an agency at the top
        int row = 0;
        QList<int> children;
        int agency = 0; ///< index in the readiness's agencies
        int line = -1;  ///< documents: index in the agency's lines
        domain::Id contentId = 0;
        QString contentTitle;
    };

    const Node *nodeOf(const QModelIndex &index) const;
    QString agencySummary(const services::AgencyReadiness &agency) const;

    services::MeetingReadiness m_readiness;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace thuky::ui
