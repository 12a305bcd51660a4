#pragma once
// CalendarGrid: the month view (six weeks of seven days) and the week view (seven days in
// two half-days, sáng and chiều) of the meeting calendar. Meetings and other events are bars
// in their kind's colour across the days they occupy; days off and plenary days are shaded
// and named in tooltips, conflicts marked on their day. A bar dragged to another day asks
// to move its meeting or event there (moveRequested); a double click opens it.

#include "meetings/calendar_entry.h"

#include <QWidget>

namespace thuky::ui {

class CalendarGrid : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Month,
        Week
    };

    explicit CalendarGrid(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// Shows the month (the week) holding `date`; the days shown are firstDay()..lastDay().
    void setAnchor(const QDate &date);
    QDate anchor() const { return m_anchor; }
    QDate firstDay() const;
    QDate lastDay() const;
    /// What to draw; days outside firstDay()..lastDay() are ignored.
    void setData(const CalendarData &data);
    const CalendarData &data() const { return m_data; }
    /// Whether bars can be dragged (those who may edit the calendar).
    void setDragEnabled(bool enabled) { m_dragEnabled = enabled; }

    /// The day with the keyboard focus (arrows move it; Enter opens what it holds).
    QDate currentDate() const { return m_current; }
    void setCurrentDate(const QDate &date);
    /// The bar clicked last (a meeting or an event); id 0 when none is.
    services::CalendarItem selectedItem() const { return m_selected; }
    void setSelectedItem(const services::CalendarItem &item);

    /// Where `date` is drawn (empty when it is not shown).
    QRect dayRect(const QDate &date) const;
    /// Where the bar of `item` is drawn on `date` (its first visible piece when `date` is
    /// invalid); empty when it is not drawn there.
    QRect itemRect(const services::CalendarItem &item, const QDate &date = {}) const;
    /// The items drawn on `date`, in lane order.
    QList<services::CalendarItem> itemsOn(const QDate &date) const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    /// A bar was dropped so that the item would start on `firstDay`.
    void moveRequested(const services::CalendarItem &item, const QDate &firstDay);
    void itemActivated(const services::CalendarItem &item);
    void selectionChanged(const services::CalendarItem &item);
    /// A double click on a day without a bar (the week view of that day, a new meeting…).
    void dayActivated(const QDate &date);
    /// The keyboard moved the current day, perhaps out of the days shown.
    void currentDateChanged(const QDate &date);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// One piece of a bar: the days of one entry within one week row (and one half-day).
    struct Segment
    {
        int entry = 0;
        QDate first, last;
        int row = 0;
        int band = 0; ///< week view: 0 morning, 1 afternoon
        int lane = 0;
        bool reserve = false; ///< a reserve day of a meeting
        QRect rect;           ///< empty when there is no room for its lane
    };

    int rowCount() const { return m_mode == Mode::Month ? 6 : 1; }
    int bandCount() const { return m_mode == Mode::Month ? 1 : 2; }
    int headerHeight() const;
    int labelWidth() const;
    int dayStripHeight() const;
    int laneHeight() const;
    QRect bandRect(int row, int band) const;
    QDate dateAt(const QPoint &pos) const;
    const Segment *segmentAt(const QPoint &pos) const;
    void layoutSegments();
    void paintDay(QPainter &painter, const QDate &date);
    void paintSegment(QPainter &painter, const Segment &segment);
    /// Week view: the contents planned for the day's half-day, under its bars.
    void paintSittings(QPainter &painter, const QDate &date, int band);
    void paintDropTarget(QPainter &painter);
    void select(const services::CalendarItem &item);
    void endDrag();

    Mode m_mode;
    QDate m_anchor;
    QDate m_current;
    CalendarData m_data;
    QList<Segment> m_segments;
    QHash<QDate, int> m_hidden; ///< the bars without room on a day
    services::CalendarItem m_selected;
    bool m_dragEnabled = false;
    // A press on a bar, and the drag it may become.
    int m_pressed = -1;
    QPoint m_pressPos;
    QDate m_pressDate;
    bool m_dragging = false;
    QDate m_dropDate;
};

} // namespace thuky::ui
