#include "sessions/session_agenda_model.h"

#include "common/translations.h"

#include <QBrush>
#include <QColor>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

namespace thuky::ui {

using domain::Id;

const QString SessionAgendaModel::kMimeType = QStringLiteral("application/x-thuky-agenda-item");

namespace {

// internalId: 0 for a day; (day << 3) | 1 for a half-day; (day << 3) | (2 + half) for an item.
constexpr quintptr kHalfDayTag = 1;
constexpr quintptr kItemTag = 2;

quintptr tagOf(quintptr id)
{
    return id & 7U;
}
int dayOf(quintptr id)
{
    return int(id >> 3);
}

QString minutesText(int minutes)
{
    return minutes > 0 ? QString::number(minutes) : QString();
}

} // namespace

SessionAgendaModel::SessionAgendaModel(QObject *parent) : QAbstractItemModel(parent) {}

void SessionAgendaModel::setAgenda(services::SessionAgenda agenda)
{
    beginResetModel();
    m_agenda = std::move(agenda);
    m_places.clear();
    m_places.reserve(m_agenda.itemCount);
    for (int d = 0; d < m_agenda.days.size(); ++d) {
        const auto &halves = m_agenda.days[d].halfDays;
        for (int h = 0; h < halves.size(); ++h) {
            for (int i = 0; i < halves[h].items.size(); ++i)
                m_places.insert(halves[h].items[i].item.id, {d, h, i});
        }
    }
    endResetModel();
}

void SessionAgendaModel::setEditable(bool editable)
{
    m_editable = editable;
}

SessionAgendaModel::Place SessionAgendaModel::place(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const quintptr id = index.internalId();
    const quintptr tag = tagOf(id);
    if (id == 0)
        return {index.row(), -1, -1};
    if (tag == kHalfDayTag)
        return {dayOf(id), index.row(), -1};
    return {dayOf(id), int(tag - kItemTag), index.row()};
}

SessionAgendaModel::Level SessionAgendaModel::level(const QModelIndex &index) const
{
    const Place p = place(index);
    if (p.day < 0)
        return Level::None;
    if (p.half < 0)
        return Level::Day;
    return p.item < 0 ? Level::HalfDay : Level::Item;
}

const services::NamedAgendaItem *SessionAgendaModel::itemAt(const QModelIndex &index) const
{
    const Place p = place(index);
    if (p.item < 0)
        return nullptr;
    return &m_agenda.days[p.day].halfDays[p.half].items[p.item];
}

std::optional<std::pair<QDate, domain::HalfDay>>
SessionAgendaModel::halfDayOf(const QModelIndex &index) const
{
    const Place p = place(index);
    if (p.day < 0)
        return std::nullopt;
    const services::AgendaDay &day = m_agenda.days[p.day];
    if (p.half < 0)
        return std::pair{day.date, domain::HalfDay::Morning};
    return std::pair{day.date, day.halfDays[p.half].halfDay};
}

QModelIndex SessionAgendaModel::indexOfItem(Id itemId, int column) const
{
    const auto it = m_places.constFind(itemId);
    if (it == m_places.constEnd())
        return {};
    return createIndex(it->item, column, (quintptr(it->day) << 3) | (kItemTag + quintptr(it->half)));
}

QModelIndex SessionAgendaModel::indexOfDay(const QDate &date) const
{
    // Days are in date order.
    const auto &days = m_agenda.days;
    const auto it = std::lower_bound(days.begin(), days.end(), date,
                                     [](const services::AgendaDay &d, const QDate &x) { return d.date < x; });
    if (it == days.end() || it->date != date)
        return {};
    return createIndex(int(it - days.begin()), 0, quintptr(0));
}

int SessionAgendaModel::itemCount(const QDate &date, domain::HalfDay halfDay) const
{
    const QModelIndex day = indexOfDay(date);
    if (!day.isValid())
        return 0;
    for (const services::AgendaHalfDay &half : m_agenda.days[day.row()].halfDays) {
        if (half.halfDay == halfDay)
            return int(half.items.size());
    }
    return 0;
}

QModelIndex SessionAgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    const Place p = place(parent);
    if (p.day < 0)
        return createIndex(row, column, quintptr(0));
    if (p.half < 0)
        return createIndex(row, column, (quintptr(p.day) << 3) | kHalfDayTag);
    return createIndex(row, column, (quintptr(p.day) << 3) | (kItemTag + quintptr(p.half)));
}

QModelIndex SessionAgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == 0)
        return {};
    if (tagOf(id) == kHalfDayTag)
        return createIndex(dayOf(id), 0, quintptr(0));
    return createIndex(int(tagOf(id) - kItemTag), 0, (quintptr(dayOf(id)) << 3) | kHalfDayTag);
}

int SessionAgendaModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Place p = place(parent);
    if (!parent.isValid())
        return int(m_agenda.days.size());
    if (p.half < 0)
        return int(m_agenda.days[p.day].halfDays.size());
    if (p.item < 0)
        return int(m_agenda.days[p.day].halfDays[p.half].items.size());
    return 0;
}

int SessionAgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SessionAgendaModel::data(const QModelIndex &index, int role) const
{
    const Place p = place(index);
    if (p.day < 0)
        return {};
    const services::AgendaDay &day = m_agenda.days[p.day];
    if (role == LevelRole)
        return int(level(index));
    if (p.half < 0)
        return dayData(day, index.column(), role);
    const services::AgendaHalfDay &half = day.halfDays[p.half];
    if (p.item < 0)
        return halfDayData(half, index.column(), role);
    return itemData(half.items[p.item], index.column(), role);
}

QVariant SessionAgendaModel::dayData(const services::AgendaDay &day, int column, int role) const
{
    const Lang lang = uiLanguage();
    switch (role) {
    case Qt::DisplayRole:
        if (column == TimeColumn) {
            QString text = domain::agendaDayLabel(day.date, lang);
            text += day.phase > 0 ? tr(" · Đợt %1").arg(day.phase) : tr(" · ngoài các đợt họp");
            if (!day.workingDay)
                text += tr(" · ngày nghỉ");
            return text;
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return QBrush(day.workingDay && day.phase > 0 ? QColor(0xe8, 0xee, 0xf6)
                                                      : QColor(0xfd, 0xe8, 0xd8));
    case Qt::ForegroundRole:
        return day.workingDay ? QVariant() : QVariant(QBrush(QColor(0x9a, 0x34, 0x12)));
    case Qt::ToolTipRole:
        if (!day.workingDay)
            return tr("Ngày nghỉ (cuối tuần hoặc ngày lễ): nội dung xếp vào ngày này bị cảnh báo.");
        if (day.phase == 0)
            return tr("Ngày nằm ngoài các đợt họp của kỳ họp.");
        return {};
    case ItemIdRole:
        return qint64(0);
    default:
        return {};
    }
}

QVariant SessionAgendaModel::halfDayData(const services::AgendaHalfDay &half, int column,
                                         int role) const
{
    const bool overrun = half.plannedMinutes > half.lengthMinutes;
    switch (role) {
    case Qt::DisplayRole:
        if (column == TimeColumn) {
            const domain::HalfDayHours hours = domain::halfDayHours(half.halfDay);
            const QString name = domain::halfDayLabel(half.halfDay, uiLanguage());
            const QString span = QStringLiteral("%1–%2").arg(hours.start.toString(QStringLiteral("HH:mm")),
                                                            hours.end.toString(QStringLiteral("HH:mm")));
            if (half.items.isEmpty())
                return tr("%1 (%2) · chưa có nội dung").arg(name, span);
            return tr("%1 (%2) · dự kiến %3/%4 phút")
                .arg(name, span)
                .arg(half.plannedMinutes)
                .arg(half.lengthMinutes);
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole:
        return QBrush(overrun ? QColor(0xc6, 0x28, 0x28) : QColor(0x45, 0x5a, 0x64));
    case Qt::ToolTipRole:
        return overrun ? tr("Thời gian dự kiến vượt độ dài buổi họp (%1 phút).").arg(half.lengthMinutes)
                       : QVariant();
    case OverrunRole:
        return overrun;
    case ItemIdRole:
        return qint64(0);
    default:
        return {};
    }
}

QVariant SessionAgendaModel::itemData(const services::NamedAgendaItem &named, int column,
                                      int role) const
{
    const domain::AgendaItem &item = named.item;
    const Lang lang = uiLanguage();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            if (!item.hasTimes())
                return QString();
            return item.endTime.isValid()
                       ? QStringLiteral("%1–%2").arg(item.startTime.toString(QStringLiteral("HH:mm")),
                                                     item.endTime.toString(QStringLiteral("HH:mm")))
                       : item.startTime.toString(QStringLiteral("HH:mm"));
        case TitleColumn:
            return item.title;
        case ActivityColumn:
            return domain::activityTypeLabel(item.activity, lang);
        case AgencyColumn:
            return named.presentingAgency;
        case PresenterColumn:
            return named.presenter;
        case MinutesColumn:
            return minutesText(item.plannedMinutes);
        case BroadcastColumn:
            return item.liveBroadcast ? QStringLiteral("●") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{item.title};
        if (!named.matter.isEmpty())
            lines << tr("Vấn đề: %1").arg(named.matter);
        if (!named.presentingAgency.isEmpty())
            lines << tr("Cơ quan trình: %1").arg(named.presentingAgency);
        if (!named.reviewingAgency.isEmpty())
            lines << tr("Cơ quan thẩm tra: %1").arg(named.reviewingAgency);
        if (!named.presenter.isEmpty())
            lines << tr("Người trình bày: %1").arg(named.presenter);
        if (!named.chair.isEmpty())
            lines << tr("Điều hành: %1").arg(named.chair);
        QString venue = domain::venueKindLabel(item.venueKind, lang);
        if (!item.venue.isEmpty())
            venue += QStringLiteral(" – ") + item.venue;
        lines << tr("Địa điểm: %1").arg(venue);
        if (item.liveBroadcast)
            lines << tr("Truyền hình trực tiếp");
        if (!item.notes.isEmpty())
            lines << tr("Ghi chú: %1").arg(item.notes);
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        if (column == MinutesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column == BroadcastColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if ((column == AgencyColumn && item.presentingAgencyId == 0) || column == BroadcastColumn)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case ItemIdRole:
        return qint64(item.id);
    default:
        return {};
    }
}

QVariant SessionAgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == BroadcastColumn)
        return tr("Truyền hình trực tiếp");
    if (role == Qt::ToolTipRole && section == MinutesColumn)
        return tr("Thời lượng dự kiến (phút)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Giờ");
    case TitleColumn:
        return tr("Nội dung");
    case ActivityColumn:
        return tr("Hoạt động");
    case AgencyColumn:
        return tr("Cơ quan trình");
    case PresenterColumn:
        return tr("Người trình bày");
    case MinutesColumn:
        return tr("Phút");
    case BroadcastColumn:
        return tr("THTT");
    default:
        return {};
    }
}

Qt::ItemFlags SessionAgendaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!m_editable)
        return f;
    switch (level(index)) {
    case Level::Item:
        return f | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    case Level::HalfDay:
    case Level::Day:
        return f | Qt::ItemIsDropEnabled;
    default:
        return f;
    }
}

Qt::DropActions SessionAgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions SessionAgendaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList SessionAgendaModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *SessionAgendaModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (const services::NamedAgendaItem *item = itemAt(index)) {
            auto *data = new QMimeData;
            data->setData(kMimeType, QByteArray::number(item->item.id));
            data->setText(item->item.title);
            return data;
        }
    }
    return nullptr;
}

Id SessionAgendaModel::itemIdOf(const QMimeData *data)
{
    if (!data || !data->hasFormat(kMimeType))
        return 0;
    bool ok = false;
    const Id id = data->data(kMimeType).toLongLong(&ok);
    return ok ? id : 0;
}

std::optional<domain::AgendaSlot> SessionAgendaModel::dropSlot(Id itemId, int row,
                                                               const QModelIndex &parent) const
{
    const auto source = m_places.constFind(itemId);
    if (source == m_places.constEnd())
        return std::nullopt;
    Place target = place(parent);
    int insertAt = row; // before this row of the target half-day; -1: at its end
    switch (level(parent)) {
    case Level::Day: {
        // Onto a day: the end of its morning; between its half-days: the end of the one above.
        target.half = row > 0 ? row - 1 : 0;
        insertAt = -1;
        break;
    }
    case Level::HalfDay:
        break;
    case Level::Item:
        // Onto an item: in its place, the item going down one.
        insertAt = target.item;
        break;
    default:
        return std::nullopt;
    }
    const services::AgendaDay &day = m_agenda.days[target.day];
    if (target.half < 0 || target.half >= day.halfDays.size())
        return std::nullopt;
    const services::AgendaHalfDay &half = day.halfDays[target.half];
    const int count = int(half.items.size());
    if (insertAt < 0 || insertAt > count)
        insertAt = count;
    domain::AgendaSlot slot{day.date, half.halfDay, insertAt + 1};
    if (source->day == target.day && source->half == target.half) {
        // Within the half-day: the rows below the item close up once it leaves.
        if (insertAt > source->item)
            slot.position = insertAt;
        if (slot.position == source->item + 1)
            return std::nullopt;
    }
    return slot;
}

bool SessionAgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &parent) const
{
    if (!m_editable || action != Qt::MoveAction)
        return false;
    const Id id = itemIdOf(data);
    return id != 0 && m_places.contains(id) && level(parent) != Level::None;
}

bool SessionAgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Id id = itemIdOf(data);
    const std::optional<domain::AgendaSlot> slot = dropSlot(id, row, parent);
    if (!slot)
        return false;
    Q_EMIT moveRequested(id, *slot);
    // The page reloads the model after the move; nothing is to be removed from the source.
    return false;
}

} // namespace thuky::ui
