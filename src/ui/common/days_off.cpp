#include "common/days_off.h"

#include "common/display_text.h"
#include "common/translations.h"

#include "thuky/domain/vietnamese.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QTextCharFormat>

namespace thuky::ui {

QBrush dayOffBrush()
{
    return QBrush(QColor(0xfd, 0xec, 0xe8));
}

QString dayOffText(const domain::WorkingDays &calendar, const QDate &date)
{
    if (!date.isValid() || calendar.isWorkingDay(date))
        return {};
    if (const auto off = calendar.dayOff(date))
        return QCoreApplication::translate("DaysOff", "Ngày nghỉ: %1").arg(off->name);
    return QCoreApplication::translate("DaysOff", "Ngày nghỉ: %1")
        .arg(uiLanguage() == Lang::En ? weekdayText(date) : weekdayText(date).toLower());
}

namespace {

void shadeMonth(QCalendarWidget *widget, const domain::WorkingDays &days, int year, int month)
{
    // The grid shows a few days of the months around it too.
    const QDate first = QDate(year, month, 1).addDays(-7);
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(13);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        QTextCharFormat format = widget->dateTextFormat(day);
        const QString text = dayOffText(days, day);
        // Working days keep the calendar's own look: no background at all, not an empty brush
        // (which the calendar paints black).
        if (text.isEmpty())
            format.clearBackground();
        else
            format.setBackground(dayOffBrush());
        format.setToolTip(text);
        widget->setDateTextFormat(day, format);
    }
}

} // namespace

void shadeDaysOff(QCalendarWidget *calendar, const domain::WorkingDays &days)
{
    if (!calendar)
        return;
    shadeMonth(calendar, days, calendar->yearShown(), calendar->monthShown());
    QObject::connect(calendar, &QCalendarWidget::currentPageChanged, calendar,
                     [calendar, days](int year, int month) { shadeMonth(calendar, days, year, month); });
}

} // namespace thuky::ui
