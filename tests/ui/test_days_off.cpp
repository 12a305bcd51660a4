// Days off where dates are shown: the date pickers' calendars and the deadline column.

#include "gui_fixtures.h"

#include "programme/task_list_model.h"
#include "common/days_off.h"

#include <QCalendarWidget>
#include <QTextCharFormat>

using namespace thuky;

TEST_CASE("Date pickers shade the days off and name them, month after month", "[ui][workdays]")
{
    QCalendarWidget calendar;
    calendar.setCurrentPage(2025, 1);
    ui::shadeDaysOff(&calendar, domain::WorkingDays());
    const QTextCharFormat tet = calendar.dateTextFormat(QDate(2025, 1, 29));
    CHECK(tet.background() == ui::dayOffBrush());
    CHECK(tet.toolTip().contains(QStringLiteral("Tết Nguyên đán (mùng 1)")));
    // A working day keeps the calendar's own background (an empty brush would paint black).
    CHECK_FALSE(calendar.dateTextFormat(QDate(2025, 1, 2)).hasProperty(QTextFormat::BackgroundBrush));
    CHECK(calendar.dateTextFormat(QDate(2025, 1, 4)).toolTip().contains(QStringLiteral("thứ bảy")));

    calendar.setCurrentPage(2025, 9); // shaded as the user moves to another month
    CHECK(calendar.dateTextFormat(QDate(2025, 9, 2)).toolTip().contains(QStringLiteral("Quốc khánh")));
    CHECK_FALSE(calendar.dateTextFormat(QDate(2025, 9, 3)).hasProperty(QTextFormat::BackgroundBrush));
}

TEST_CASE("A deadline on a day off is shaded in the task list, with the holiday's name", "[ui][workdays]")
{
    test::ProgrammeFixture fx;
    const auto onHoliday = test::ok(fx.service().addTask(
        test::actor(), test::task(*fx.ws, fx.programme.id, fx.section.id, "1", "Báo cáo", QDate(2025, 9, 2))));
    const auto onWeekday = test::ok(fx.service().addTask(
        test::actor(), test::task(*fx.ws, fx.programme.id, fx.section.id, "2", "Tổng hợp", QDate(2025, 9, 3))));
    ui::TaskListModel model(fx.service(), test::actor());
    model.setWorkingDays(domain::WorkingDays());
    model.setFilter(fx.filter());
    const int holidayRow = model.findRow(onHoliday.id);
    const int weekdayRow = model.findRow(onWeekday.id);
    REQUIRE(holidayRow >= 0);
    REQUIRE(weekdayRow >= 0);
    const QModelIndex holiday = model.index(holidayRow, ui::TaskListModel::DeadlineColumn);
    CHECK(model.data(holiday, Qt::ToolTipRole).toString().contains(QStringLiteral("Quốc khánh")));
    CHECK(model.data(holiday, Qt::BackgroundRole).value<QBrush>() == ui::dayOffBrush());
    const QModelIndex weekday = model.index(weekdayRow, ui::TaskListModel::DeadlineColumn);
    CHECK(model.data(weekday, Qt::ToolTipRole).toString().isEmpty());
    CHECK_FALSE(model.data(weekday, Qt::BackgroundRole).isValid());
}
