#include "meetings/readiness_model.h"

#include "meetings/calendar_entry.h"

#include "thuky/domain/vietnamese.h"

#include <QFont>

namespace thuky::ui {

ReadinessModel::ReadinessModel(QObject *parent) : QAbstractItemModel(parent) {}

void ReadinessModel::setReadiness(const services::MeetingReadiness &readiness)
{
    beginResetModel();
    m_readiness = readiness;
    m_nodes.clear();
    m_top.clear();
    for (int a = 0; a < m_readiness.agencies.size(); ++a) {
        const services::AgencyReadiness &agency = m_readiness.agencies[a];
        if (agency.lines.isEmpty())
            continue; // an agency that owes nothing is not on a reminder list
        const int agencyNode = int(m_nodes.size());
        m_nodes.append({-1, int(m_top.size()), {}, a, -1, 0, {}});
        m_top.append(agencyNode);
        for (int l = 0; l < agency.lines.size(); ++l) {
            const services::ReadinessLine &line = agency.lines[l];
            // The content's node under this agency, made on its first document.
            int contentNode = -1;
            for (const int child : std::as_const(m_nodes[agencyNode].children)) {
                if (m_nodes[child].contentId == line.contentId)
                    contentNode = child;
            }
            if (contentNode < 0) {
                contentNode = int(m_nodes.size());
                m_nodes.append({agencyNode,
                                int(m_nodes[agencyNode].children.size()),
                                {},
                                a,
                                -1,
                                line.contentId,
                                line.contentTitle});
                m_nodes[agencyNode].children.append(contentNode);
            }
            const int documentNode = int(m_nodes.size());
            m_nodes.append({contentNode,
                            int(m_nodes[contentNode].children.size()),
                            {},
                            a,
                            l,
                            line.contentId,
                            line.contentTitle});
            m_nodes[contentNode].children.append(documentNode);
        }
    }
    endResetModel();
}

const ReadinessModel::Node *ReadinessModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto id = qsizetype(index.internalId()) - 1;
    return id >= 0 && id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

QModelIndex ReadinessModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &siblings = parent.isValid() ? nodeOf(parent)->children : m_top;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[row] + 1));
}

QModelIndex ReadinessModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[node->parent].row, 0, quintptr(node->parent + 1));
}

int ReadinessModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int ReadinessModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ReadinessModel::agencySummary(const services::AgencyReadiness &agency) const
{
    QStringList parts;
    if (agency.overdue > 0)
        parts.append(tr("%1 quá hạn").arg(agency.overdue));
    if (agency.dueSoon > 0)
        parts.append(tr("%1 sắp đến hạn").arg(agency.dueSoon));
    if (agency.missing > 0)
        parts.append(tr("%1 chưa đến hạn").arg(agency.missing));
    if (agency.receivedLate > 0)
        parts.append(tr("%1 nhận muộn").arg(agency.receivedLate));
    return parts.join(QStringLiteral(", "));
}

QVariant ReadinessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const services::AgencyReadiness &agency = m_readiness.agencies[node->agency];
    const bool isAgency = node->parent < 0;
    const bool isDocument = node->line >= 0;
    const services::DocumentStatus *document =
        isDocument ? &agency.lines[node->line].document : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (isAgency) {
            if (index.column() == NameColumn)
                return agency.agencyName;
            return index.column() == StateColumn ? agencySummary(agency) : QVariant();
        }
        if (!isDocument)
            return index.column() == NameColumn ? node->contentTitle : QVariant();
        switch (index.column()) {
        case NameColumn:
            // The due date beside the kind: a narrow panel hides the due column.
            return tr("%1 · hạn %2")
                .arg(domain::documentKindLabel(document->document.kind),
                     document->document.dueDate.toString(QStringLiteral("dd/MM")));
        case DueColumn:
            return domain::shortDate(document->document.dueDate);
        case StateColumn:
            return domain::documentStateLabel(document->state);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (isDocument && index.column() == StateColumn)
            return documentStateColor(document->state);
        if (isAgency && index.column() == StateColumn && agency.overdue > 0)
            return documentStateColor(domain::DocumentState::Overdue);
        return {};
    case Qt::FontRole:
        if (isAgency && index.column() == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (!isAgency && index.column() == NameColumn)
            return node->contentTitle;
        if (isDocument && !document->document.note.isEmpty())
            return document->document.note;
        return {};
    case AgencyIdRole:
        return qint64(agency.agencyId);
    case ContentIdRole:
        return isAgency ? QVariant() : QVariant(qint64(node->contentId));
    case DocumentIdRole:
        return isDocument ? QVariant(qint64(document->document.id)) : QVariant();
    default:
        return {};
    }
}

QVariant ReadinessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Cơ quan / nội dung / tài liệu");
    case DueColumn:
        return tr("Hạn gửi");
    case StateColumn:
        return tr("Tình trạng");
    default:
        return {};
    }
}

} // namespace thuky::ui
