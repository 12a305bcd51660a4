#pragma once
// TaskListModel: the tasks of a programme as a lazily fetched table (danh sách nhiệm vụ).

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"
#include "thuky/domain/working_days.h"
#include "thuky/storage/programme_repository.h"

#include <QAbstractTableModel>

namespace thuky::services {
class ProgrammeService;
}

namespace thuky::ui {

/// Rows come from ProgrammeService::tasks() a page at a time (canFetchMore/fetchMore);
/// filtering and sorting are done by the service in SQL, never here.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        ContentColumn,
        LeadUnitColumn,
        PartnersColumn,
        ResponsibleColumn,
        PeriodColumn,
        DeadlineColumn,
        ProductColumn,
        StatusColumn,
        ProgressColumn,
        TimelinessColumn,
        SourceColumn,
        NotesColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< domain::Id of the task (qint64)
        TimelinessRole,            ///< int of domain::Timeliness
        IsSectionRole,             ///< bool: a section heading (STT I, II…)
        DepthRole,                 ///< int: 0 for top level
        ProgressRole,              ///< int 0-100
        StatusRole,                ///< int of domain::TaskStatus
    };

    static constexpr int kDefaultPageSize = 200;

    TaskListModel(services::ProgrammeService &service, domain::Actor actor,
                  QObject *parent = nullptr);

    /// Replaces the filter and reloads. The sort order of the filter is replaced by the
    /// model's own (see sort()).
    void setFilter(const storage::TaskFilter &filter);
    const storage::TaskFilter &filter() const { return m_filter; }
    /// Reloads with the same filter (after an edit).
    void reload();
    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : kDefaultPageSize; }

    /// All tasks that match the filter, fetched or not.
    int totalCount() const { return m_total; }
    /// The fetched row, or nullptr outside the fetched rows.
    const storage::TaskRow *rowAt(int row) const;
    /// The row of a task, fetching further pages (up to `fetchLimit` rows) to find it; -1
    /// when it is not in the list.
    int findRow(domain::Id id, int fetchLimit = 5000);

    static bool isSortable(int column);
    /// The working-day calendar the deadline column marks days off with.
    void setWorkingDays(const domain::WorkingDays &days) { m_workingDays = days; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts through the service (Vietnamese collation in SQL). A column that cannot be
    /// sorted leaves the order as it is.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// A service call failed; the rows are left as they were (empty after a failed reload).
    void errorOccurred(const thuky::Error &error);
    /// After a reload: the total changed or the filter did.
    void reloaded();

private:
    domain::WorkingDays m_workingDays;
    Result<void> loadFirstPage();
    QVariant displayData(const storage::TaskRow &row, int column) const;
    QVariant foregroundData(const storage::TaskRow &row) const;
    QVariant decorationData(const storage::TaskRow &row, int column) const;

    services::ProgrammeService &m_service;
    domain::Actor m_actor;
    storage::TaskFilter m_filter;
    QList<storage::TaskRow> m_rows;
    int m_total = 0;
    int m_pageSize = kDefaultPageSize;
};

} // namespace thuky::ui
