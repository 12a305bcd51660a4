// The lunar calendar, the holiday rules, announced exceptions and working-day arithmetic.

#include "test_support.h"

#include "thuky/domain/lunar_calendar.h"
#include "thuky/domain/working_days.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/calendar_service.h"

using namespace thuky;
using domain::CalendarException;
using domain::DayOffKind;
using domain::LunarDate;
using domain::WorkingDays;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

/// "2025-01-01 2025-01-28 …"
QString isoDates(const QList<domain::DayOff> &days)
{
    QStringList out;
    for (const domain::DayOff &day : days)
        out << day.date.toString(Qt::ISODate);
    return out.join(QLatin1Char(' '));
}

/// The exceptions announced for 2025 (Tết Ất Tỵ and the 30/4 swap).
QList<CalendarException> announced2025()
{
    return {{d(2025, 1, 27), false, QStringLiteral("Tết")},
            {d(2025, 2, 3), true, QStringLiteral("Đi làm")},
            {d(2025, 4, 26), true, QStringLiteral("Làm bù")},
            {d(2025, 5, 2), false, QStringLiteral("Nghỉ hoán đổi")}};
}

} // namespace

TEST_CASE("Tết falls on the published dates from 1990 to 2050 (UTC+7)", "[domain][lunar]")
{
    // Two of these differ from the Chinese calendar (UTC+8): 2007 and 2030.
    const char *published[] = {
        "1990-01-27", "1991-02-15", "1992-02-04", "1993-01-23", "1994-02-10", "1995-01-31",
        "1996-02-19", "1997-02-07", "1998-01-28", "1999-02-16", "2000-02-05", "2001-01-24",
        "2002-02-12", "2003-02-01", "2004-01-22", "2005-02-09", "2006-01-29", "2007-02-17",
        "2008-02-07", "2009-01-26", "2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10",
        "2014-01-31", "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05",
        "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29",
        "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-02", "2031-01-23",
        "2032-02-11", "2033-01-31", "2034-02-19", "2035-02-08", "2036-01-28", "2037-02-15",
        "2038-02-04", "2039-01-24", "2040-02-12", "2041-02-01", "2042-01-22", "2043-02-10",
        "2044-01-30", "2045-02-17", "2046-02-06", "2047-01-26", "2048-02-14", "2049-02-02",
        "2050-01-23"};
    for (int year = 1990; year <= 2050; ++year) {
        INFO(year);
        CHECK(domain::lunarNewYear(year).toString(Qt::ISODate) ==
              QString::fromLatin1(published[year - 1990]));
    }
}

TEST_CASE("lunar dates: leap months, Giỗ Tổ and the way back", "[domain][lunar]")
{
    CHECK(domain::toLunar(d(2023, 3, 22)) == LunarDate{1, 2, 2023, true});    // tháng 2 nhuận
    CHECK(domain::toLunar(d(2020, 5, 23)) == LunarDate{1, 4, 2020, true});    // tháng 4 nhuận
    CHECK(domain::toLunar(d(2025, 7, 25)) == LunarDate{1, 6, 2025, true});    // tháng 6 nhuận
    CHECK(domain::toLunar(d(2025, 1, 28)) == LunarDate{29, 12, 2024, false}); // no "30 Tết" in 2025
    CHECK(domain::toLunar(d(2024, 2, 9)) == LunarDate{30, 12, 2023, false});

    CHECK(domain::fromLunar({10, 3, 2023, false}) == d(2023, 4, 29));
    CHECK(domain::fromLunar({10, 3, 2024, false}) == d(2024, 4, 18));
    CHECK(domain::fromLunar({10, 3, 2025, false}) == d(2025, 4, 7));
    CHECK(domain::fromLunar({10, 3, 2026, false}) == d(2026, 4, 26));

    CHECK_FALSE(domain::fromLunar({1, 3, 2023, true}).has_value()); // 2023's leap month is the 2nd
    CHECK_FALSE(domain::fromLunar({1, 1, 2024, true}).has_value()); // 2024 has none
    CHECK_FALSE(domain::fromLunar({30, 12, 2024, false}).has_value()); // a 29-day month
    CHECK_FALSE(domain::fromLunar({0, 1, 2024, false}).has_value());

    for (QDate day = d(1990, 1, 1); day <= d(2060, 12, 31); day = day.addDays(1)) {
        const LunarDate lunar = domain::toLunar(day);
        if (domain::fromLunar(lunar) != day) {
            INFO(day.toString(Qt::ISODate).toStdString());
            FAIL("the lunar date does not lead back to its day");
        }
    }
}

TEST_CASE("the holidays of 2025 by the rules alone", "[domain][workdays]")
{
    const QList<domain::DayOff> days = WorkingDays::statutoryDaysOff(2025);
    CHECK(isoDates(days) ==
          QStringLiteral("2025-01-01 2025-01-28 2025-01-29 2025-01-30 2025-01-31 2025-02-01 "
                         "2025-02-03 2025-04-07 2025-04-30 2025-05-01 2025-09-01 2025-09-02"));
    CHECK(days[1].name == QStringLiteral("Tết Nguyên đán (29 Tết)"));
    CHECK(days[2].name == QStringLiteral("Tết Nguyên đán (mùng 1)"));
    CHECK(days[6].kind == DayOffKind::MadeUp); // mùng 4 fell on a Saturday
    CHECK(days[6].name == QStringLiteral("Nghỉ bù Tết Nguyên đán"));
    CHECK(days[7].name == QStringLiteral("Giỗ Tổ Hùng Vương"));
    CHECK(days[7].nameEn == QStringLiteral("Hùng Kings' Commemoration Day"));
}

TEST_CASE("a holiday on a weekend is made up on the next working day", "[domain][workdays]")
{
    const WorkingDays rules;
    // Giỗ Tổ 2026 on a Sunday.
    CHECK(rules.dayOff(d(2026, 4, 26))->kind == DayOffKind::PublicHoliday);
    CHECK(rules.dayOff(d(2026, 4, 27))->name == QStringLiteral("Nghỉ bù Giỗ Tổ Hùng Vương"));
    CHECK(rules.isWorkingDay(d(2026, 4, 28)));
    // 1 January 2028 on a Saturday: Monday 3 January.
    CHECK_FALSE(rules.isWorkingDay(d(2028, 1, 3)));
    CHECK(rules.isWorkingDay(d(2028, 1, 4)));
    // National Day 2023 on a Saturday: Friday 1 and Monday 4 September.
    CHECK_FALSE(rules.isWorkingDay(d(2023, 9, 1)));
    CHECK_FALSE(rules.isWorkingDay(d(2023, 9, 4)));
    CHECK(rules.isWorkingDay(d(2023, 9, 5)));
    // Tết 2024 starts on a Saturday: the two weekend days of Tết are made up after it.
    CHECK(isoDates(WorkingDays::statutoryDaysOff(2024).mid(1, 7)) ==
          QStringLiteral(
              "2024-02-09 2024-02-10 2024-02-11 2024-02-12 2024-02-13 2024-02-14 2024-02-15"));
    // National Day's companion joins the break to a weekend.
    CHECK_FALSE(rules.isWorkingDay(d(2024, 9, 3))); // Monday 2/9: Tuesday
    CHECK_FALSE(rules.isWorkingDay(d(2025, 9, 1))); // Tuesday 2/9: Monday
    CHECK_FALSE(rules.isWorkingDay(d(2022, 9, 1))); // Friday 2/9: Thursday
    CHECK_FALSE(rules.isWorkingDay(d(2021, 9, 3))); // Thursday 2/9: Friday
}

TEST_CASE("announced exceptions override the rules date by date", "[domain][workdays]")
{
    const WorkingDays rules;
    const WorkingDays announced(announced2025());
    CHECK(rules.isWorkingDay(d(2025, 1, 27)));
    CHECK_FALSE(announced.isWorkingDay(d(2025, 1, 27)));
    CHECK(announced.dayOff(d(2025, 1, 27))->kind == DayOffKind::Announced);
    CHECK_FALSE(rules.isWorkingDay(d(2025, 2, 3)));
    CHECK(announced.isWorkingDay(d(2025, 2, 3)));
    CHECK_FALSE(rules.isWorkingDay(d(2025, 4, 26))); // a Saturday
    CHECK(announced.isWorkingDay(d(2025, 4, 26)));
    CHECK_FALSE(announced.isWorkingDay(d(2025, 5, 2)));
    CHECK_FALSE(isoDates(announced.daysOff(2025)).contains(QStringLiteral("2025-02-03")));
    CHECK(isoDates(announced.daysOff(2025)).contains(QStringLiteral("2025-05-02")));

    // 261 weekdays in 2025, 11 of them statutory days off; the announcement swaps two pairs.
    CHECK(rules.workingDaysIn(d(2025, 1, 1), d(2025, 12, 31)).size() == 250);
    CHECK(announced.workingDaysIn(d(2025, 1, 1), d(2025, 12, 31)).size() == 250);
}

TEST_CASE("working-day arithmetic across weekends, Tết and year ends", "[domain][workdays]")
{
    const WorkingDays calendar(announced2025());
    CHECK(calendar.addWorkingDays(d(2024, 12, 31), 1) == d(2025, 1, 2));
    CHECK(calendar.addWorkingDays(d(2025, 1, 2), -1) == d(2024, 12, 31));
    CHECK(calendar.addWorkingDays(d(2025, 1, 24), 1) == d(2025, 2, 3)); // over Tết
    CHECK(WorkingDays().addWorkingDays(d(2025, 1, 24), 1) == d(2025, 1, 27));
    CHECK(calendar.addWorkingDays(d(2025, 6, 14), 0) == d(2025, 6, 16)); // a Saturday: Monday
    CHECK(calendar.addWorkingDays(d(2025, 6, 16), 0) == d(2025, 6, 16));
    CHECK(calendar.addWorkingDays(d(2025, 6, 13), 5) == d(2025, 6, 20));
    CHECK(calendar.workingDaysBetween(d(2025, 6, 13), d(2025, 6, 20)) == 5);
    CHECK(calendar.workingDaysBetween(d(2025, 6, 20), d(2025, 6, 13)) == -5);
    CHECK(calendar.workingDaysBetween(d(2025, 6, 14), d(2025, 6, 15)) == 0);

    for (QDate from = d(2024, 11, 1); from <= d(2027, 3, 1); from = from.addDays(11)) {
        for (int n : {-30, -7, -1, 1, 3, 10, 45}) {
            const QDate to = calendar.addWorkingDays(from, n);
            INFO(from.toString(Qt::ISODate).toStdString() << " " << n);
            CHECK(calendar.isWorkingDay(to));
            CHECK(calendar.workingDaysBetween(from, to) == n);
        }
    }
}

TEST_CASE("the calendar service keeps the announced exceptions, audited", "[services][workdays]")
{
    auto ws = test::workspace();
    services::CalendarService &calendar = ws->calendar();
    const auto shipped = test::ok(calendar.exceptions(test::actor(), 2025));
    REQUIRE(shipped.size() == 4);
    CHECK(shipped[0].exception.date == d(2025, 1, 27));
    CHECK_FALSE(test::ok(calendar.workingDays(test::actor())).isWorkingDay(d(2025, 1, 27)));

    const auto added = test::ok(calendar.addException(
        test::actor(), {d(2027, 5, 4), false, QStringLiteral("Nghỉ\u202E bù")}));
    CHECK(added.exception.reason == QStringLiteral("Nghỉ bù"));
    CHECK_FALSE(test::ok(calendar.workingDays(test::actor())).isWorkingDay(d(2027, 5, 4)));

    const auto again = calendar.addException(test::actor(), {d(2027, 5, 4), true, {}});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Duplicate);
    const auto noChange =
        calendar.addException(test::actor(), {d(2027, 5, 1), false, {}}); // a Saturday
    REQUIRE_FALSE(noChange.ok());
    CHECK(noChange.error().code == ErrorCode::InvalidInput);
    const auto invalidDate = calendar.addException(test::actor(), {QDate(), false, {}});
    CHECK_FALSE(invalidDate.ok());

    test::ok(calendar.removeException(test::actor(), d(2027, 5, 4)));
    CHECK(test::ok(calendar.workingDays(test::actor())).isWorkingDay(d(2027, 5, 4)));
    CHECK(calendar.removeException(test::actor(), d(2027, 5, 4)).error().code ==
          ErrorCode::NotFound);

    storage::AuditFilter filter;
    filter.entity = storage::entityKey(storage::Entity::CalendarException);
    const auto entries = test::ok(ws->audit().entries(test::actor(), filter));
    REQUIRE(entries.size() >= 2);
    CHECK(entries[0].action == QStringLiteral("calendar.exception.remove"));
    CHECK(entries[1].action == QStringLiteral("calendar.exception.add"));
    CHECK(test::ok(ws->audit().verify()).ok());
}
