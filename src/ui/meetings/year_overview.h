#pragma once
// YearOverview: the twelve months of a year, small, each day marked in the colour of the
// meeting (or event) it holds, days off and plenary days shaded. A click on a day opens
// its month.

#include "meetings/calendar_entry.h"

#include <QWidget>

namespace thuky::ui {

class YearOverview : public QWidget
{
    Q_OBJECT

public:
    explicit YearOverview(QWidget *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    QDate firstDay() const { return QDate(m_year, 1, 1); }
    QDate lastDay() const { return QDate(m_year, 12, 31); }
    void setData(const CalendarData &data);
    /// Where `date` is drawn.
    QRect dayRect(const QDate &date) const;

    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dayClicked(const QDate &date);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRect monthRect(int month) const;
    QDate dateAt(const QPoint &pos) const;
    /// The first entry (meetings before events) that occupies `date`.
    const CalendarEntry *entryOn(const QDate &date) const;

    int m_year;
    CalendarData m_data;
};

} // namespace thuky::ui
