#include "meetings/year_overview.h"

#include "common/days_off.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace thuky::ui {

namespace {

constexpr int kColumns = 4;
constexpr int kRows = 3;

} // namespace

YearOverview::YearOverview(QWidget *parent) : QWidget(parent), m_year(QDate::currentDate().year())
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void YearOverview::setYear(int year)
{
    m_year = year;
    update();
}

void YearOverview::setData(const CalendarData &data)
{
    m_data = data;
    update();
}

QSize YearOverview::minimumSizeHint() const
{
    const int cell = fontMetrics().height() + 2;
    return {kColumns * (7 * cell + 16), kRows * (8 * cell + 12)};
}

QRect YearOverview::monthRect(int month) const
{
    const int column = (month - 1) % kColumns;
    const int row = (month - 1) / kColumns;
    const int w = width() / kColumns;
    const int h = height() / kRows;
    return QRect(column * w, row * h, w, h).adjusted(6, 4, -6, -4);
}

QRect YearOverview::dayRect(const QDate &date) const
{
    if (!date.isValid() || date.year() != m_year)
        return {};
    const QRect area = monthRect(date.month());
    const int title = fontMetrics().height() + 4;
    const int cellWidth = area.width() / 7;
    const int cellHeight = (area.height() - title) / 7; // the day names, then six weeks
    const QDate first(m_year, date.month(), 1);
    const int index = first.dayOfWeek() - 1 + date.day() - 1;
    return QRect(area.left() + (index % 7) * cellWidth,
                 area.top() + title + (1 + index / 7) * cellHeight, cellWidth, cellHeight);
}

QDate YearOverview::dateAt(const QPoint &pos) const
{
    for (int month = 1; month <= 12; ++month) {
        if (!monthRect(month).contains(pos))
            continue;
        const QDate first(m_year, month, 1);
        for (QDate day = first; day.month() == month && day.year() == m_year;
             day = day.addDays(1)) {
            if (dayRect(day).contains(pos))
                return day;
        }
    }
    return {};
}

const CalendarEntry *YearOverview::entryOn(const QDate &date) const
{
    for (const CalendarEntry &entry : m_data.entries) {
        if (entry.occupies(date))
            return &entry;
    }
    return nullptr;
}

void YearOverview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    QFont bold = font();
    bold.setBold(true);
    for (int month = 1; month <= 12; ++month) {
        const QRect area = monthRect(month);
        const int title = fontMetrics().height() + 4;
        painter.setFont(bold);
        painter.setPen(palette().text().color());
        painter.drawText(QRect(area.left(), area.top(), area.width(), title),
                         Qt::AlignLeft | Qt::AlignVCenter, monthTitle(m_year, month));
        painter.setFont(font());
        const QRect firstDay = dayRect(QDate(m_year, month, 1));
        const int cellWidth = firstDay.width();
        const int cellHeight = firstDay.height();
        for (int column = 0; column < 7; ++column)
            painter.drawText(
                QRect(area.left() + column * cellWidth, area.top() + title, cellWidth, cellHeight),
                Qt::AlignCenter, dayOfWeekName(column + 1, true));
        for (QDate day(m_year, month, 1);
             day.isValid() && day.month() == month && day.year() == m_year; day = day.addDays(1)) {
            const QRect cell = dayRect(day).adjusted(1, 1, -1, -1);
            QColor text = palette().text().color();
            if (const CalendarEntry *entry = entryOn(day)) {
                painter.fillRect(cell, entryKindColor(entry->kind));
                text = Qt::white;
            } else if (!m_data.workingDays.isWorkingDay(day)) {
                painter.fillRect(cell, dayOffBrush());
            } else if (m_data.isPlenaryDay(day)) {
                painter.fillRect(cell, QColor(0xe1, 0xf0, 0xfb));
            }
            if (day == m_data.today) {
                painter.setPen(QPen(palette().highlight().color(), 2));
                painter.drawRect(cell);
            }
            if (!m_data.conflictsOn(day).isEmpty()) {
                painter.setPen(QPen(QColor(0xd8, 0x43, 0x15), 2));
                painter.drawLine(cell.bottomLeft(), cell.bottomRight());
            }
            painter.setPen(text);
            painter.drawText(cell, Qt::AlignCenter, QString::number(day.day()));
        }
    }
}

bool YearOverview::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dateAt(help->pos());
        QStringList lines;
        if (date.isValid()) {
            lines.append(date.toString(QStringLiteral("dd/MM/yyyy")));
            if (const QString day = m_data.dayToolTip(date); !day.isEmpty())
                lines.append(day);
            for (const CalendarEntry &entry : m_data.entries) {
                if (entry.occupies(date))
                    lines.append(entry.item.title);
            }
        }
        if (lines.size() > 1)
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void YearOverview::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const QDate date = dateAt(event->position().toPoint()); date.isValid())
            Q_EMIT dayClicked(date);
    }
}

} // namespace thuky::ui
