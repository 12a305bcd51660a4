#include "meetings/calendar_grid.h"

#include "common/days_off.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace thuky::ui {

using services::CalendarItem;

namespace {

constexpr int kBarGap = 2;

QColor plenaryColor()
{
    return QColor(0xe1, 0xf0, 0xfb);
}

QColor gridColor()
{
    return QColor(0xc8, 0xc8, 0xc8);
}

QColor conflictColor()
{
    return QColor(0xd8, 0x43, 0x15);
}

} // namespace

CalendarGrid::CalendarGrid(Mode mode, QWidget *parent) : QWidget(parent), m_mode(mode)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAnchor(QDate::currentDate());
}

QDate CalendarGrid::firstDay() const
{
    const QDate start =
        m_mode == Mode::Month ? QDate(m_anchor.year(), m_anchor.month(), 1) : m_anchor;
    return start.addDays(1 - start.dayOfWeek());
}

QDate CalendarGrid::lastDay() const
{
    return firstDay().addDays(rowCount() * 7 - 1);
}

void CalendarGrid::setAnchor(const QDate &date)
{
    if (!date.isValid())
        return;
    if (m_pressed >= 0)
        endDrag();
    m_anchor = date;
    if (!m_current.isValid() || m_current < firstDay() || m_current > lastDay())
        m_current = date;
    layoutSegments();
    update();
}

void CalendarGrid::setData(const CalendarData &data)
{
    // A press or drag refers to the old bars: it ends with them.
    if (m_pressed >= 0)
        endDrag();
    m_data = data;
    if (m_selected.id != 0 && !m_data.find(m_selected))
        m_selected = {};
    layoutSegments();
    update();
}

void CalendarGrid::setCurrentDate(const QDate &date)
{
    if (!date.isValid() || date == m_current)
        return;
    m_current = date;
    update();
    Q_EMIT currentDateChanged(date);
}

void CalendarGrid::setSelectedItem(const CalendarItem &item)
{
    m_selected = item;
    update();
}

void CalendarGrid::select(const CalendarItem &item)
{
    if (item == m_selected)
        return;
    m_selected = item;
    update();
    Q_EMIT selectionChanged(item);
}

QSize CalendarGrid::minimumSizeHint() const
{
    const int lanes = m_mode == Mode::Month ? 2 : 4;
    return {7 * 70 + labelWidth(),
            headerHeight() + rowCount() * (dayStripHeight() + lanes * (laneHeight() + kBarGap))};
}

QSize CalendarGrid::sizeHint() const
{
    return {7 * 130 + labelWidth(), m_mode == Mode::Month ? 560 : 420};
}

int CalendarGrid::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int CalendarGrid::labelWidth() const
{
    return m_mode == Mode::Week ? fontMetrics().horizontalAdvance(tr("Chiều")) + 16 : 0;
}

int CalendarGrid::dayStripHeight() const
{
    return fontMetrics().height() + 6;
}

int CalendarGrid::laneHeight() const
{
    return fontMetrics().height() + 4;
}

QRect CalendarGrid::dayRect(const QDate &date) const
{
    if (!date.isValid() || date < firstDay() || date > lastDay())
        return {};
    const int index = int(firstDay().daysTo(date));
    const int column = index % 7;
    const int row = index / 7;
    const int left = labelWidth();
    const int top = headerHeight();
    const double cellWidth = double(width() - left) / 7.0;
    const double rowHeight = double(height() - top) / rowCount();
    const int x0 = left + int(column * cellWidth);
    const int x1 = left + int((column + 1) * cellWidth);
    const int y0 = top + int(row * rowHeight);
    const int y1 = top + int((row + 1) * rowHeight);
    return QRect(x0, y0, x1 - x0, y1 - y0);
}

QRect CalendarGrid::bandRect(int row, int band) const
{
    const QRect first = dayRect(firstDay().addDays(row * 7));
    const QRect last = dayRect(firstDay().addDays(row * 7 + 6));
    const int top = first.top() + dayStripHeight();
    const int available = first.bottom() - top;
    const int bandHeight = available / bandCount();
    return QRect(first.left(), top + band * bandHeight, last.right() - first.left() + 1,
                 bandHeight);
}

QDate CalendarGrid::dateAt(const QPoint &pos) const
{
    if (pos.x() < labelWidth() || pos.y() < headerHeight() || pos.x() >= width() ||
        pos.y() >= height())
        return {};
    const double cellWidth = double(width() - labelWidth()) / 7.0;
    const double rowHeight = double(height() - headerHeight()) / rowCount();
    const int column = std::clamp(int((pos.x() - labelWidth()) / cellWidth), 0, 6);
    const int row = std::clamp(int((pos.y() - headerHeight()) / rowHeight), 0, rowCount() - 1);
    return firstDay().addDays(row * 7 + column);
}

void CalendarGrid::layoutSegments()
{
    m_segments.clear();
    m_hidden.clear();
    const QDate first = firstDay();
    for (int row = 0; row < rowCount(); ++row) {
        const QDate weekStart = first.addDays(row * 7);
        const QDate weekEnd = weekStart.addDays(6);
        for (int band = 0; band < bandCount(); ++band) {
            QList<Segment> pieces;
            for (int e = 0; e < m_data.entries.size(); ++e) {
                const CalendarEntry &entry = m_data.entries[e];
                // Runs of consecutive days the entry occupies in this week and half-day.
                const auto runs = [&](auto &&occupies, bool reserve) {
                    QDate runStart;
                    for (QDate day = weekStart; day <= weekEnd.addDays(1); day = day.addDays(1)) {
                        const bool on = day <= weekEnd && occupies(day);
                        if (on && !runStart.isValid())
                            runStart = day;
                        if (!on && runStart.isValid()) {
                            pieces.append(
                                {e, runStart, day.addDays(-1), row, band, 0, reserve, {}});
                            runStart = QDate();
                        }
                    }
                };
                runs(
                    [&](const QDate &day) {
                        return m_mode == Mode::Month ? entry.occupies(day)
                                                     : entry.occupiesHalf(day, band == 1);
                    },
                    false);
                if (!entry.reserveDays.isEmpty())
                    runs([&](const QDate &day) { return entry.reserveDays.contains(day); }, true);
            }
            // Longer bars first, then greedy lanes: a bar takes the first lane free on its days.
            std::stable_sort(pieces.begin(), pieces.end(), [](const Segment &a, const Segment &b) {
                if (a.first != b.first)
                    return a.first < b.first;
                return a.first.daysTo(a.last) > b.first.daysTo(b.last);
            });
            QList<QDate> laneEnds;
            const QRect area = bandRect(row, band);
            const int lanesThatFit =
                std::max(1, (area.height() - kBarGap) / (laneHeight() + kBarGap));
            for (Segment &piece : pieces) {
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds[lane] >= piece.first)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds.append(piece.last);
                else
                    laneEnds[lane] = piece.last;
                piece.lane = lane;
                // The last lane that fits says how many more there are when some do not fit.
                const bool fits = lane < lanesThatFit - 1 ||
                                  (lane == lanesThatFit - 1 && pieces.size() <= lanesThatFit);
                if (fits) {
                    const QRect left = dayRect(piece.first);
                    const QRect right = dayRect(piece.last);
                    piece.rect = QRect(left.left() + 3,
                                       area.top() + kBarGap + lane * (laneHeight() + kBarGap),
                                       right.right() - left.left() - 5, laneHeight());
                } else {
                    for (QDate day = piece.first; day <= piece.last; day = day.addDays(1))
                        m_hidden[day] += 1;
                }
                m_segments.append(piece);
            }
        }
    }
}

const CalendarGrid::Segment *CalendarGrid::segmentAt(const QPoint &pos) const
{
    for (const Segment &segment : m_segments) {
        if (!segment.rect.isEmpty() && segment.rect.contains(pos))
            return &segment;
    }
    return nullptr;
}

QRect CalendarGrid::itemRect(const CalendarItem &item, const QDate &date) const
{
    for (const Segment &segment : m_segments) {
        const CalendarItem &own = m_data.entries[segment.entry].item;
        if (segment.rect.isEmpty() || segment.reserve || own.type != item.type || own.id != item.id)
            continue;
        if (!date.isValid())
            return segment.rect;
        if (segment.first <= date && date <= segment.last) {
            const QRect day = dayRect(date);
            return QRect(std::max(day.left(), segment.rect.left()), segment.rect.top(),
                         std::min(day.right(), segment.rect.right()) -
                             std::max(day.left(), segment.rect.left()),
                         segment.rect.height());
        }
    }
    return {};
}

QList<CalendarItem> CalendarGrid::itemsOn(const QDate &date) const
{
    QList<CalendarItem> items;
    for (const Segment &segment : m_segments) {
        const CalendarItem &item = m_data.entries[segment.entry].item;
        if (!segment.reserve && segment.first <= date && date <= segment.last &&
            !items.contains(item))
            items.append(item);
    }
    return items;
}

void CalendarGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutSegments();
}

void CalendarGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setRenderHint(QPainter::Antialiasing);

    // Header: the days of the week (the dates too in the week view).
    const int header = headerHeight();
    painter.fillRect(QRect(0, 0, width(), header), palette().window());
    // One form for the whole header: "Thứ Năm" where every name fits, "T5" otherwise.
    const int narrowest = dayRect(firstDay()).width();
    const bool shortNames =
        narrowest < painter.fontMetrics().horizontalAdvance(dayOfWeekName(7)) + 12 ||
        narrowest < painter.fontMetrics().horizontalAdvance(dayOfWeekName(4)) + 12;
    for (int column = 0; column < 7; ++column) {
        const QDate date = firstDay().addDays(column);
        const QRect cell = dayRect(date);
        const QRect area(cell.left(), 0, cell.width(), header);
        const QString text = dayOfWeekName(column + 1, shortNames);
        QFont font = painter.font();
        font.setBold(m_mode == Mode::Week && date == m_data.today);
        painter.setFont(font);
        painter.setPen(column >= 5 ? conflictColor().darker(120) : palette().text().color());
        painter.drawText(area, Qt::AlignCenter, text);
    }
    painter.setFont(font());

    for (QDate day = firstDay(); day <= lastDay(); day = day.addDays(1))
        paintDay(painter, day);

    if (m_mode == Mode::Week) {
        for (int band = 0; band < 2; ++band) {
            const QRect area = bandRect(0, band);
            painter.setPen(palette().text().color());
            painter.drawText(QRect(0, area.top(), labelWidth(), area.height()), Qt::AlignCenter,
                             band == 0 ? tr("Sáng") : tr("Chiều"));
            if (band == 1) {
                painter.setPen(QPen(gridColor(), 1, Qt::DashLine));
                painter.drawLine(0, area.top(), width(), area.top());
            }
        }
    }

    for (const Segment &segment : std::as_const(m_segments)) {
        if (!segment.rect.isEmpty())
            paintSegment(painter, segment);
    }
    if (m_mode == Mode::Week) {
        for (QDate day = firstDay(); day <= lastDay(); day = day.addDays(1)) {
            for (int band = 0; band < bandCount(); ++band)
                paintSittings(painter, day, band);
        }
    }
    // "+2": the bars of the day without room.
    painter.setPen(palette().text().color());
    for (auto it = m_hidden.constBegin(); it != m_hidden.constEnd(); ++it) {
        if (it.value() <= 0)
            continue;
        const QRect cell = dayRect(it.key()).adjusted(0, 0, -4, -1);
        painter.drawText(cell, Qt::AlignRight | Qt::AlignBottom, tr("+%1 nữa").arg(it.value()));
    }
    if (m_dragging)
        paintDropTarget(painter);
}

void CalendarGrid::paintDay(QPainter &painter, const QDate &date)
{
    const QRect cell = dayRect(date);
    const bool off = m_data.workingDays.isWorkingDay(date) == false;
    if (off)
        painter.fillRect(cell, dayOffBrush());
    else if (m_data.isPlenaryDay(date))
        painter.fillRect(cell, plenaryColor());
    if (off && m_data.isPlenaryDay(date))
        painter.fillRect(cell.adjusted(0, 0, 0, -cell.height() + 4), plenaryColor().darker(115));

    painter.setPen(gridColor());
    painter.drawRect(cell.adjusted(0, 0, -1, -1));

    const bool outside = m_mode == Mode::Month && date.month() != m_anchor.month();
    const QRect strip(cell.left() + 4, cell.top(), cell.width() - 8, dayStripHeight());
    QFont font = painter.font();
    const bool today = date == m_data.today;
    font.setBold(today);
    painter.setFont(font);
    painter.setPen(outside ? palette().color(QPalette::Disabled, QPalette::Text)
                           : palette().text().color());
    const QString number = m_mode == Mode::Week ? date.toString(QStringLiteral("dd/MM"))
                           : date.day() == 1 || date == firstDay()
                               ? date.toString(QStringLiteral("d/M"))
                               : QString::number(date.day());
    QRect numberRect =
        painter.fontMetrics().boundingRect(strip, Qt::AlignLeft | Qt::AlignVCenter, number);
    if (today) {
        painter.fillRect(numberRect.adjusted(-3, 0, 3, 0),
                         entryKindColor(EntryKind::RegularMeeting));
        painter.setPen(Qt::white);
    }
    painter.drawText(strip, Qt::AlignLeft | Qt::AlignVCenter, number);
    painter.setFont(this->font());

    // The holiday's or the session's name, small, when there is room.
    QString note;
    if (const auto dayOff = m_data.workingDays.dayOff(date))
        note = dayOff->name;
    else if (m_data.isPlenaryDay(date))
        note = tr("Kỳ họp QH");
    const bool conflict = !m_data.conflictsOn(date).isEmpty();
    const int warningWidth =
        conflict ? painter.fontMetrics().horizontalAdvance(QStringLiteral("⚠")) + 6 : 0;
    if (!note.isEmpty()) {
        QFont small = painter.font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter.setFont(small);
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text).darker(130));
        const QRect noteRect(numberRect.right() + 8, strip.top(),
                             strip.right() - numberRect.right() - 8 - warningWidth, strip.height());
        painter.drawText(noteRect, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(note, Qt::ElideRight, noteRect.width()));
        painter.setFont(this->font());
    }
    if (conflict) {
        QFont bold = painter.font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(conflictColor());
        painter.drawText(strip, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("⚠"));
        painter.setFont(this->font());
    }
    if (date == m_current && hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2, Qt::DotLine));
        painter.drawRect(cell.adjusted(2, 2, -3, -3));
    }
}

void CalendarGrid::paintSegment(QPainter &painter, const Segment &segment)
{
    const CalendarEntry &entry = m_data.entries[segment.entry];
    const QColor color = entryKindColor(entry.kind);
    const bool selected = entry.item == m_selected && !segment.reserve;
    QPainterPath path;
    path.addRoundedRect(QRectF(segment.rect), 3, 3);
    if (segment.reserve) {
        painter.fillPath(path, color.lighter(185));
        painter.setPen(QPen(color, 1, Qt::DashLine));
        painter.drawPath(path);
    } else {
        painter.fillPath(path, color);
        if (selected) {
            painter.setPen(QPen(palette().text().color(), 2));
            painter.drawPath(path);
        }
    }
    QString text = entry.item.title;
    if (segment.reserve)
        text = tr("Dự phòng: %1").arg(text);
    else if (!entry.isMeeting() && segment.first == entry.first() && entry.startTime.isValid() &&
             m_mode == Mode::Week)
        text = entry.startTime.toString(QStringLiteral("HH:mm ")) + text;
    painter.setPen(segment.reserve ? color.darker(130) : QColor(Qt::white));
    const QRect textRect = segment.rect.adjusted(4, 0, -4, 0);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
}

void CalendarGrid::paintSittings(QPainter &painter, const QDate &date, int band)
{
    QStringList titles;
    for (const CalendarEntry &entry : std::as_const(m_data.entries)) {
        for (const Sitting &sitting : entry.sittings) {
            const int sittingBand =
                sitting.halfDay && *sitting.halfDay != domain::HalfDay::Morning ? 1 : 0;
            if (sitting.day == date && sittingBand == band)
                titles.append(sitting.title);
        }
    }
    if (titles.isEmpty())
        return;
    // Below the bars of that day and half-day.
    int lanes = 0;
    for (const Segment &segment : std::as_const(m_segments)) {
        if (segment.band == band && !segment.rect.isEmpty() && segment.first <= date &&
            date <= segment.last)
            lanes = std::max(lanes, segment.lane + 1);
    }
    const QRect area = bandRect(0, band);
    const QRect cell = dayRect(date);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const int line = painter.fontMetrics().height() + 1;
    int y = area.top() + kBarGap + lanes * (laneHeight() + kBarGap) + 2;
    painter.setPen(palette().text().color());
    const int width = cell.width() - 8;
    for (int i = 0; i < titles.size(); ++i) {
        // Each title on up to three lines; the last line of room counts what does not fit.
        const QString text = QStringLiteral("• ") + titles[i];
        const int needed = painter.fontMetrics()
                               .boundingRect(QRect(0, 0, width, 10 * line), Qt::TextWordWrap, text)
                               .height();
        const int height = std::min(needed, 3 * line);
        if (y + height + line > area.bottom() && i + 1 < titles.size()) {
            painter.drawText(QRect(cell.left() + 4, y, width, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             tr("+%1 nội dung").arg(titles.size() - i));
            break;
        }
        painter.save();
        painter.setClipRect(QRect(cell.left() + 4, y, width, height));
        painter.drawText(QRect(cell.left() + 4, y, width, 10 * line), Qt::TextWordWrap, text);
        painter.restore();
        y += height + 2;
    }
    painter.setFont(font());
}

void CalendarGrid::paintDropTarget(QPainter &painter)
{
    if (m_pressed < 0 || !m_dropDate.isValid())
        return;
    const CalendarEntry &entry = m_data.entries[m_segments[m_pressed].entry];
    const qint64 shift = m_pressDate.daysTo(m_dropDate);
    painter.setPen(QPen(entryKindColor(entry.kind), 2, Qt::DashLine));
    for (const domain::MeetingPhase &span : entry.spans) {
        for (QDate day = span.first.addDays(shift); day <= span.last.addDays(shift);
             day = day.addDays(1)) {
            if (const QRect cell = dayRect(day); !cell.isEmpty())
                painter.drawRect(cell.adjusted(2, 2, -3, -3));
        }
    }
}

bool CalendarGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        if (const Segment *segment = segmentAt(help->pos())) {
            text = m_data.entries[segment->entry].toolTip();
        } else if (const QDate date = dateAt(help->pos()); date.isValid()) {
            QStringList lines;
            if (const QString day = m_data.dayToolTip(date); !day.isEmpty())
                lines.append(
                    day.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            for (const CalendarItem &item : itemsOn(date))
                lines.append(item.title.toHtmlEscaped());
            text = lines.join(QStringLiteral("<br>"));
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void CalendarGrid::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    const QDate date = dateAt(pos);
    if (date.isValid())
        setCurrentDate(date);
    const Segment *segment = segmentAt(pos);
    m_pressed = segment && !segment->reserve ? int(segment - m_segments.constData()) : -1;
    m_pressPos = pos;
    m_pressDate = date;
    select(m_pressed >= 0 ? m_data.entries[segment->entry].item : CalendarItem{});
}

void CalendarGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed < 0 || !(event->buttons() & Qt::LeftButton) || !m_dragEnabled)
        return QWidget::mouseMoveEvent(event);
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    setCursor(Qt::DragMoveCursor);
    m_dropDate = dateAt(pos);
    update();
}

void CalendarGrid::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging && m_pressed >= 0 && m_dropDate.isValid() && m_dropDate != m_pressDate) {
        const CalendarEntry entry = m_data.entries[m_segments[m_pressed].entry];
        const QDate target = entry.first().addDays(m_pressDate.daysTo(m_dropDate));
        endDrag();
        Q_EMIT moveRequested(entry.item, target);
        return;
    }
    endDrag();
}

void CalendarGrid::endDrag()
{
    m_pressed = -1;
    m_dragging = false;
    m_dropDate = QDate();
    unsetCursor();
    update();
}

void CalendarGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if (const Segment *segment = segmentAt(pos)) {
        const CalendarItem item = m_data.entries[segment->entry].item;
        select(item);
        Q_EMIT itemActivated(item);
    } else if (const QDate date = dateAt(pos); date.isValid()) {
        Q_EMIT dayActivated(date);
    }
}

void CalendarGrid::keyPressEvent(QKeyEvent *event)
{
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = -1;
        break;
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
        step = -7;
        break;
    case Qt::Key_Down:
        step = 7;
        break;
    case Qt::Key_Space: {
        // Space steps through the bars of the current day.
        const QList<CalendarItem> items = itemsOn(m_current);
        if (!items.isEmpty())
            select(items.value((items.indexOf(m_selected) + 1) % int(items.size())));
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QList<CalendarItem> items = itemsOn(m_current);
        if (items.contains(m_selected))
            Q_EMIT itemActivated(m_selected);
        else if (!items.isEmpty())
            Q_EMIT itemActivated(items.first());
        else
            Q_EMIT dayActivated(m_current);
        return;
    }
    default:
        return QWidget::keyPressEvent(event);
    }
    const QDate next = m_current.addDays(step);
    const QList<CalendarItem> items = itemsOn(next);
    if (!items.contains(m_selected))
        select(items.value(0));
    setCurrentDate(next);
}

} // namespace thuky::ui
