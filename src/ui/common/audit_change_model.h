#pragma once
// AuditChangeModel: the fields of one audit entry, before and after (Trường | Trước | Sau),
// the changed ones highlighted.

#include "common/audit_text.h"

#include <QAbstractTableModel>

namespace thuky::ui {

class AuditChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };

    enum Role
    {
        ChangedRole = Qt::UserRole + 1, ///< bool: the value differs
        FieldKeyRole,                   ///< QString: the column name ("content")
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Where the names of referred records come from (kept by the caller); none: "(đã xóa)".
    void setImages(const RecordImages *images) { m_images = images; }
    /// Shows the entry's fields; nullptr: none.
    void setEntry(const storage::AuditEntry *entry);
    /// Lists only the fields that changed (all of them for a creation or deletion).
    void setChangedOnly(bool only);
    bool changedOnly() const { return m_changedOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<AuditFieldChange> m_all;
    QList<AuditFieldChange> m_shown;
    bool m_changedOnly = false;
    const RecordImages *m_images = nullptr;
};

} // namespace thuky::ui
