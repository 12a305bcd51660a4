#pragma once
// AuditLogModel: the audit trail (nhật ký), newest first, fetched a page at a time from
// AuditService::entries; filtering is done by the service, never here.

#include "common/entity_describer.h"

#include "thuky/core/result.h"
#include "thuky/storage/audit_repository.h"

#include <QAbstractTableModel>

namespace thuky::services {
class AuditService;
}

namespace thuky::ui {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        ActionColumn,
        RecordColumn,
        ChangesColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< domain::Id of the entry (qint64)
        ActionKeyRole,             ///< QString: "task.update"…
    };

    static constexpr int kDefaultPageSize = 200;

    AuditLogModel(services::AuditService &service, domain::Actor actor, QObject *parent = nullptr);

    /// Replaces the filter (its offset and limit are the model's own) and reloads.
    void setFilter(const storage::AuditFilter &filter);
    const storage::AuditFilter &filter() const { return m_filter; }
    void reload();
    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : kDefaultPageSize; }

    /// Every entry that matches the filter, fetched or not.
    int totalCount() const { return m_total; }
    const storage::AuditEntry *entryAt(int row) const;
    /// Names the records the entries refer to; read again on reload().
    const RecordImages &images() const { return m_images; }
    /// -1 when the entry is not among the fetched rows.
    int findRow(domain::Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const thuky::Error &error);
    /// After a reload: the total changed or the filter did.
    void reloaded();

private:
    struct Row
    {
        storage::AuditEntry entry;
        QString summary; ///< auditChangeSummary(), worked out once per fetch
        QString record;  ///< auditRecordLabel(), likewise
    };

    /// The next page after the fetched rows; appends nothing it already holds.
    Result<QList<Row>> nextPage();

    services::AuditService &m_service;
    domain::Actor m_actor;
    storage::AuditFilter m_filter;
    RecordImages m_images;
    QList<Row> m_rows;
    int m_offset = 0; ///< entries read so far, skipped ones included
    int m_total = 0;
    int m_pageSize = kDefaultPageSize;
};

} // namespace thuky::ui
