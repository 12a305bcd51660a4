#pragma once
// SessionAgendaModel: the day-by-day view of an agenda version as a tree: days (date, phase,
// days off marked) → half-days (sáng, chiều, tối when used, with planned minutes against the
// half-day's length) → items in order. Rows are indexes into the SessionAgenda the service
// built, so opening a session of thousands of items costs one read and no per-row objects.
// Dragging an item onto a half-day (or between its items) asks for a move through
// moveRequested(); the page makes it an undoable command.

#include "thuky/services/session_service.h"

#include <QAbstractItemModel>
#include <QHash>

#include <optional>

namespace thuky::ui {

class SessionAgendaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,      ///< the tree column: day and half-day labels span the row
        TitleColumn,
        ActivityColumn,
        AgencyColumn,    ///< presenting agency
        PresenterColumn,
        MinutesColumn,
        BroadcastColumn,
        ColumnCount
    };
    enum class Level
    {
        None,
        Day,
        HalfDay,
        Item
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1, ///< the item's id (qint64) on item rows, 0 elsewhere
        LevelRole,                     ///< int(Level)
        OverrunRole,                   ///< half-day rows: planned minutes exceed the length
    };
    static const QString kMimeType;

    explicit SessionAgendaModel(QObject *parent = nullptr);

    void setAgenda(services::SessionAgenda agenda);
    const services::SessionAgenda &agenda() const { return m_agenda; }
    /// Whether items may be dragged and dropped (an editable version and a user who may).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    Level level(const QModelIndex &index) const;
    /// The item of an item row; nullptr elsewhere.
    const services::NamedAgendaItem *itemAt(const QModelIndex &index) const;
    /// The day and half-day a row belongs to (an item's, a half-day's; a day: its morning).
    std::optional<std::pair<QDate, domain::HalfDay>> halfDayOf(const QModelIndex &index) const;
    QModelIndex indexOfItem(domain::Id itemId, int column = 0) const;
    QModelIndex indexOfDay(const QDate &date) const;
    /// The number of items in the half-day of `date` (0 when the view has none).
    int itemCount(const QDate &date, domain::HalfDay halfDay) const;

    /// Where dropping at `row` of `parent` puts `itemId` (QAbstractItemModel's drop
    /// coordinates: row -1 means onto `parent`). nullopt: nowhere (not a half-day, no change).
    std::optional<domain::AgendaSlot> dropSlot(domain::Id itemId, int row,
                                               const QModelIndex &parent) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    /// An item was dropped where it makes a move: the page moves it.
    void moveRequested(domain::Id itemId, const domain::AgendaSlot &to);

private:
    struct Place
    {
        int day = -1;
        int half = -1;
        int item = -1;
    };
    Place place(const QModelIndex &index) const;
    static domain::Id itemIdOf(const QMimeData *data);
    QVariant dayData(const services::AgendaDay &day, int column, int role) const;
    QVariant halfDayData(const services::AgendaHalfDay &half, int column, int role) const;
    QVariant itemData(const services::NamedAgendaItem &item, int column, int role) const;

    services::SessionAgenda m_agenda;
    /// Item id → (day, half-day, row).
    QHash<domain::Id, Place> m_places;
    bool m_editable = false;
};

} // namespace thuky::ui
