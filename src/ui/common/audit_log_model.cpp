#include "common/audit_log_model.h"

#include "common/audit_text.h"

#include "thuky/services/audit_service.h"

namespace thuky::ui {

AuditLogModel::AuditLogModel(services::AuditService &service, domain::Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(std::move(actor)),
      m_images(recordImagesOf(service))
{
}

void AuditLogModel::setFilter(const storage::AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_images.clear();
    m_offset = 0;
    m_total = 0;
    Result<void> loaded = [this]() -> Result<void> {
        auto count = m_service.count(m_actor, m_filter);
        if (!count)
            return count.error();
        m_total = *count;
        auto page = nextPage();
        if (!page)
            return page.error();
        m_rows = std::move(page).value();
        m_total = std::max(m_total, int(m_rows.size()));
        return {};
    }();
    endResetModel();
    if (!loaded) {
        m_total = 0;
        Q_EMIT errorOccurred(loaded.error());
    }
    Q_EMIT reloaded();
}

Result<QList<AuditLogModel::Row>> AuditLogModel::nextPage()
{
    storage::AuditFilter page = m_filter;
    page.offset = m_offset;
    page.limit = m_pageSize;
    auto entries = m_service.entries(m_actor, page);
    if (!entries)
        return entries.error();
    m_offset += int(entries->size());
    // Entries come newest first. Any written since the first page push the later pages
    // down, so a page may repeat the end of the one before: keep only older ids.
    const domain::Id below = m_rows.isEmpty() ? 0 : m_rows.last().entry.id;
    QList<Row> rows;
    for (storage::AuditEntry &e : *entries) {
        if (below != 0 && e.id >= below)
            continue;
        QString summary = auditChangeSummary(e);
        QString record = auditRecordLabel(e, m_images);
        rows.append(Row{std::move(e), std::move(summary), std::move(record)});
    }
    if (entries->size() < m_pageSize)
        m_total = int(m_rows.size() + rows.size()); // the end: nothing more to ask for
    return rows;
}

const storage::AuditEntry *AuditLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].entry : nullptr;
}

int AuditLogModel::findRow(domain::Id id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].entry.id == id)
            return row;
    }
    return -1;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const storage::AuditEntry &e = row.entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        case UserColumn:
            return e.userName;
        case ActionColumn:
            return auditActionLabel(e.action);
        case RecordColumn:
            return row.record;
        case ChangesColumn:
            return row.summary;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ChangesColumn)
            return row.summary;
        if (index.column() == RecordColumn)
            return row.record;
        if (index.column() == ActionColumn)
            return e.action;
        return {};
    case IdRole:
        return qint64(e.id);
    case ActionKeyRole:
        return e.action;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Thời gian");
    case UserColumn:
        return tr("Người thực hiện");
    case ActionColumn:
        return tr("Hành động");
    case RecordColumn:
        return tr("Đối tượng");
    case ChangesColumn:
        return tr("Thay đổi");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = nextPage();
    if (!page) {
        m_total = int(m_rows.size()); // stop asking for more until the next reload
        Q_EMIT errorOccurred(page.error());
        return;
    }
    if (page->isEmpty()) {
        if (m_offset >= m_total)
            m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(page).value());
    endInsertRows();
}

} // namespace thuky::ui
