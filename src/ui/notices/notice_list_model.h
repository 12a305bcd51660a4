#pragma once
// NoticeListModel: one page of the conclusion notices list (sổ theo dõi thông báo kết luận),
// read through NoticeService::list with the filter's limit and offset, so it stays fast at
// 100,000 notices. Sorting asks the database for the order (text in Vietnamese order), so it
// is the order of every page, not only the one shown. Overdue and late notices are marked by
// colour and by text.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"
#include "thuky/services/notice_service.h"

#include <QAbstractTableModel>

namespace thuky::ui {

class NoticeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        SubjectColumn,
        KindColumn,
        StatusColumn,
        MeetingDateColumn,
        DueDateColumn,
        IssueDateColumn,
        WorkingDaysColumn,
        DrafterColumn,
        ColumnCount
    };
    /// The notice's id, for the selection.
    static constexpr int IdRole = Qt::UserRole + 1;
    /// true for a notice not issued and past its due date, or issued after it.
    static constexpr int LateRole = Qt::UserRole + 2;

    NoticeListModel(services::NoticeService &service, domain::Actor actor,
                    QObject *parent = nullptr);

    /// How many rows a page holds.
    static constexpr int kPageSize = 500;

    /// Reads the first page of what `filter` matches (its limit, offset and order are the
    /// model's own).
    Result<void> setFilter(const storage::NoticeFilter &filter);
    /// Reads the current page again (after a change).
    Result<void> reload();
    /// The page holding the `page`-th kPageSize notices (0-based).
    Result<void> setPage(int page);
    int page() const { return m_page; }
    int pageCount() const;
    /// How many notices the filter matches in all pages.
    int total() const { return m_total; }

    const services::NoticeListRow *rowAt(int row) const;
    /// The row of a notice on this page; -1 if it is not on it.
    int rowOf(domain::Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Asks the database for that order and shows the first page; the working days column
    /// keeps the current order (it is computed, not stored).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The status as the list shows it: "Dự thảo – quá hạn", "Ban hành – muộn".
    static QString statusText(const services::NoticeListRow &row);
    /// "UBTVQH", "Lãnh đạo QH", "Khác": the kind in a narrow column.
    static QString shortKindText(domain::NoticeKind kind);

Q_SIGNALS:
    /// A read failed (the page shows it).
    void failed(const Error &error);

private:
    Result<void> read();

    services::NoticeService &m_service;
    domain::Actor m_actor;
    storage::NoticeFilter m_filter;
    QList<services::NoticeListRow> m_rows;
    int m_total = 0;
    int m_page = 0;
};

} // namespace thuky::ui
