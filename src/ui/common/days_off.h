#pragma once
// Days off shown where dates are: shaded in date pickers' calendars and in date columns,
// with the holiday's name as a tooltip. One look for every module.

#include "thuky/domain/working_days.h"

#include <QBrush>
#include <QString>

class QCalendarWidget;
class QDate;

namespace thuky::ui {

/// The shade of a day off (a holiday, a day in lieu, an announced day off or a weekend).
QBrush dayOffBrush();
/// "Ngày nghỉ: Tết Nguyên đán (mùng 1)", "Ngày nghỉ: thứ Bảy"; empty for a working day.
QString dayOffText(const domain::WorkingDays &calendar, const QDate &date);
/// Shades the days off of the months `calendar` shows, as it moves from month to month, with
/// their names as tooltips. `days` is copied.
void shadeDaysOff(QCalendarWidget *calendar, const domain::WorkingDays &days);

} // namespace thuky::ui
