// Administration → Ngày làm việc: the announced exceptions, kept without touching SQL.

#include "gui_fixtures.h"

#include "admin/calendar_exception_model.h"
#include "admin/admin_page.h"
#include "admin/calendar_exceptions_widget.h"

#include "thuky/services/calendar_service.h"

#include <QAbstractItemModelTester>
#include <QTabWidget>

using namespace thuky;

TEST_CASE("Administrators keep the announced days off and working days in a tab of administration",
          "[ui][workdays]")
{
    test::ProgrammeFixture fx;
    const domain::Actor admin = test::account(*fx.ws, "quantri", {domain::Role::Administrator});
    ui::AdminPage page(*fx.ws, admin);
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("adminTabs"));
    REQUIRE(tabs);
    REQUIRE(tabs->count() == 2);
    CHECK(tabs->tabText(1) == QStringLiteral("Ngày làm việc"));

    ui::CalendarExceptionsWidget *calendar = page.calendar();
    QAbstractItemModelTester tester(calendar->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    calendar->setYear(2025);
    CHECK(calendar->model()->rowCount() == 4); // the shipped 2025 announcements
    CHECK(calendar->daysOffShown().contains(QStringLiteral("27/01 Thứ Hai — Nghỉ Tết Nguyên đán Ất Tỵ 2025 (từ 25/01 đến hết 02/02/2025)")));

    REQUIRE(calendar->add({QDate(2027, 5, 4), false, QStringLiteral("Nghỉ thêm theo thông báo")}));
    CHECK(calendar->year() == 2027);
    CHECK(calendar->model()->rowCount() == 1);
    CHECK(calendar->daysOffShown().join(u'\n').contains(QStringLiteral("04/05 Thứ Ba — Nghỉ thêm theo thông báo")));
    CHECK_FALSE(test::ok(fx.ws->calendar().workingDays(admin)).isWorkingDay(QDate(2027, 5, 4)));

    // A day that is already off: refused with the service's reason, nothing added.
    test::answerNextMessageBox(QStringLiteral("Đóng"));
    CHECK_FALSE(calendar->add({QDate(2027, 5, 1), false, {}}));
    CHECK(calendar->model()->rowCount() == 1);

    REQUIRE(calendar->select(QDate(2027, 5, 4)));
    test::answerNextMessageBox(QStringLiteral("Xóa"));
    calendar->removeSelected();
    CHECK(calendar->model()->rowCount() == 0);
    CHECK(test::ok(fx.ws->calendar().workingDays(admin)).isWorkingDay(QDate(2027, 5, 4)));
}
