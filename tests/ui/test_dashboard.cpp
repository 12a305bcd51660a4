// The leadership dashboard page: its figures from the fixture, the list behind a bar, and
// who sees the page.

#include "gui_fixtures.h"

#include "dashboard/dashboard_page.h"
#include "shell/main_window.h"

#include "thuky/domain/programme.h"

using namespace thuky;
using namespace thuky::test;

TEST_CASE("The dashboard shows the fixture's figures and lists the tasks behind a bar",
          "[ui][dashboard]")
{
    // Twelve tasks of Vụ Thư ký due from 08/01 to 26/03/2025, none done: all overdue.
    WindowFixture fx(12);
    ui::DashboardPage page(*fx.ws, test::actor());
    page.setYear(2025);
    REQUIRE(page.figures().size() == 5);
    const auto &timeliness = page.figures().at(1);
    const int overdue = int(domain::Timeliness::Overdue);
    CHECK(timeliness.series.first().bars.at(overdue).value == 12);
    const auto &completion = page.figures().at(0);
    CHECK(completion.categories == QStringList{QStringLiteral("Vụ Thư ký")});

    const auto records = page.openBar(1, 0, overdue, false);
    REQUIRE(records.size() == 12);
    CHECK(records.first().columns.at(2) == QStringLiteral("Vụ Thư ký"));
    CHECK(records.first().columns.at(4) == QStringLiteral("Quá hạn"));

    // Another year has nothing to show.
    page.setYear(2026);
    CHECK(page.figures().at(1).series.first().bars.at(overdue).value == 0);
}

TEST_CASE("The dashboard is in the sidebar of leadership roles only", "[ui][dashboard]")
{
    WindowFixture fx(0);
    ui::MainWindow forApprover(*fx.ws, QStringLiteral(":memory:"), actorWith({domain::Role::Approver}),
                               fx.settings);
    CHECK(forApprover.moduleTitles().contains(QStringLiteral("Bảng điều khiển")));
    ui::MainWindow forDrafter(*fx.ws, QStringLiteral(":memory:"), actorWith({domain::Role::Drafter}),
                              fx.settings);
    CHECK_FALSE(forDrafter.moduleTitles().contains(QStringLiteral("Bảng điều khiển")));
}

TEST_CASE("With a unit chosen the notices' chart says it counts the contents the unit presents",
          "[ui][dashboard]")
{
    WindowFixture fx(0);
    ui::DashboardPage page(*fx.ws, test::actor());
    page.setYear(2025);
    const int turnaround = 3;
    CHECK(page.chartTitle(turnaround) == QStringLiteral("Ban hành thông báo (ngày làm việc)"));
    page.setUnit(test::agencyId(*fx.ws, "CP"));
    CHECK(page.chartTitle(turnaround) ==
          QStringLiteral("Ban hành thông báo về nội dung do CP trình (ngày làm việc)"));
    page.setUnit(0);
    CHECK(page.chartTitle(turnaround) == QStringLiteral("Ban hành thông báo (ngày làm việc)"));
}
