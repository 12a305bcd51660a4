#pragma once
// AgendaModel: the calendar as a list (lịch dạng danh sách), one row per meeting or event:
// its days, kind, title, venue, status and number of contents. Rows are read a month at a
// time as the view scrolls, never the whole calendar at once.

#include "meetings/calendar_entry.h"

#include "thuky/core/result.h"

#include <QAbstractTableModel>

#include <functional>

namespace thuky::ui {

class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        KindColumn,
        TitleColumn,
        VenueColumn,
        StatusColumn,
        ContentsColumn,
        ColumnCount
    };
    enum Role
    {
        ItemTypeRole = Qt::UserRole + 1, ///< int(services::CalendarItem::Type)
        ItemIdRole,
        FirstDayRole,
    };
    /// The entries touching [from, to], filtered, by first day.
    using Loader = std::function<Result<QList<CalendarEntry>>(const QDate &, const QDate &)>;

    explicit AgendaModel(Loader loader, QObject *parent = nullptr);

    /// Lists from `from` (its first month now, the next ones as the view asks) to `until`.
    void setRange(const QDate &from, const QDate &until);
    void setWorkingDays(const domain::WorkingDays &days) { m_workingDays = days; }
    QDate loadedUntil() const { return m_loadedUntil; }

    const CalendarEntry *entryAt(int row) const;
    /// The row of `item`, reading further months as needed; -1 when it is not listed.
    int findRow(const services::CalendarItem &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const Error &error);

private:
    /// Reads the next months until some rows come or the range ends.
    QList<CalendarEntry> readMore();

    Loader m_loader;
    QDate m_from, m_until;
    QDate m_loadedUntil; ///< the last day read so far
    QList<CalendarEntry> m_rows;
    domain::WorkingDays m_workingDays;
};

} // namespace thuky::ui
