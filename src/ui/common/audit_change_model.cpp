#include "common/audit_change_model.h"

#include <QBrush>
#include <QFont>

namespace thuky::ui {

void AuditChangeModel::setEntry(const storage::AuditEntry *entry)
{
    m_all = entry ? auditFieldChanges(*entry, m_images ? *m_images : RecordImages())
                  : QList<AuditFieldChange>{};
    rebuild();
}

void AuditChangeModel::setChangedOnly(bool only)
{
    if (only == m_changedOnly)
        return;
    m_changedOnly = only;
    rebuild();
}

void AuditChangeModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (const AuditFieldChange &c : std::as_const(m_all)) {
        if (!m_changedOnly || c.changed)
            m_shown.append(c);
    }
    endResetModel();
}

int AuditChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AuditChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditFieldChange &c = m_shown[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FieldColumn:
            return role == Qt::ToolTipRole ? c.field : c.label;
        case BeforeColumn:
            return c.before;
        case AfterColumn:
            return c.after;
        default:
            return {};
        }
    case Qt::BackgroundRole:
        // Light amber for a changed value, the colour of a highlighter on paper.
        return c.changed && !c.derived ? QVariant(QBrush(QColor(0xff, 0xf3, 0xc4))) : QVariant();
    case Qt::FontRole:
        if (c.changed && !c.derived && index.column() == AfterColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return c.derived ? QVariant(QBrush(QColor(0x75, 0x75, 0x75))) : QVariant();
    case ChangedRole:
        return c.changed;
    case FieldKeyRole:
        return c.field;
    default:
        return {};
    }
}

QVariant AuditChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Trường");
    case BeforeColumn:
        return tr("Trước");
    case AfterColumn:
        return tr("Sau");
    default:
        return {};
    }
}

} // namespace thuky::ui
