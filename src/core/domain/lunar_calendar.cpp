#include "thuky/domain/lunar_calendar.h"

#include <cmath>

namespace thuky::domain {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegree = kPi / 180.0;
constexpr double kSynodicMonth = 29.530588853;      // days from new moon to new moon, on average
constexpr double kUtcOffsetDays = 7.0 / 24.0;       // Hanoi
constexpr double kNewMoonEpoch = 2415021.076998695; // the new moon of 1900-01-01 (Julian date)

// The instant (Julian date, universal time) of new moon number k, counted from the new
// moon of January 1900, with the main periodic terms of the sun's and the moon's orbits.
double newMoon(int k)
{
    const double t = k / 1236.85; // Julian centuries since 1900
    const double t2 = t * t;
    const double t3 = t2 * t;
    const double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 +
                        0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * kDegree);
    const double sunAnomaly =
        (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * kDegree;
    const double moonAnomaly =
        (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * kDegree;
    const double latitude =
        (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * kDegree;
    const double correction =
        (0.1734 - 0.000393 * t) * std::sin(sunAnomaly) + 0.0021 * std::sin(2 * sunAnomaly) -
        0.4068 * std::sin(moonAnomaly) + 0.0161 * std::sin(2 * moonAnomaly) -
        0.0004 * std::sin(3 * moonAnomaly) + 0.0104 * std::sin(2 * latitude) -
        0.0051 * std::sin(sunAnomaly + moonAnomaly) - 0.0074 * std::sin(sunAnomaly - moonAnomaly) +
        0.0004 * std::sin(2 * latitude + sunAnomaly) -
        0.0004 * std::sin(2 * latitude - sunAnomaly) -
        0.0006 * std::sin(2 * latitude + moonAnomaly) +
        0.0010 * std::sin(2 * latitude - moonAnomaly) +
        0.0005 * std::sin(2 * moonAnomaly + sunAnomaly);
    // Dynamical time runs ahead of universal time by a slowly changing amount.
    const double deltaT =
        t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return mean + correction - deltaT;
}

/// The local day (Julian day number) holding new moon number k.
qint64 newMoonDay(int k)
{
    return qint64(std::floor(newMoon(k) + 0.5 + kUtcOffsetDays));
}

/// The number of the new moon nearest to the local day.
int newMoonNumber(qint64 day)
{
    return int(std::floor((double(day) - kNewMoonEpoch) / kSynodicMonth + 0.5));
}

/// The sun's apparent longitude (radians, 0 at the March equinox) at a Julian date.
double sunLongitude(double julianDate)
{
    const double t = (julianDate - 2451545.0) / 36525.0; // Julian centuries since 2000
    const double t2 = t * t;
    const double anomaly =
        (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * kDegree;
    const double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    const double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(anomaly) +
                          (0.019993 - 0.000101 * t) * std::sin(2 * anomaly) +
                          0.000290 * std::sin(3 * anomaly);
    const double longitude = (meanLongitude + centre) * kDegree;
    return longitude - 2 * kPi * std::floor(longitude / (2 * kPi));
}

/// The twelfth of the ecliptic (0..11, a principal solar term each) the sun is in at the
/// local midnight that starts `day`. Sector 9 starts at the winter solstice.
int sunSector(qint64 day)
{
    return int(sunLongitude(double(day) - 0.5 - kUtcOffsetDays) / kPi * 6);
}

/// The first day of lunar month 11 of the solar year: the month holding the winter solstice.
qint64 month11Start(int year)
{
    const qint64 lastDay = QDate(year, 12, 31).toJulianDay();
    const int k = int(std::floor((double(lastDay) - 2415021.0) / kSynodicMonth));
    const qint64 start = newMoonDay(k);
    // A month starting with the sun already past the solstice is month 12.
    return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/// In a 13-month year starting at month 11 on `month11`, how many months after it the leap
/// month comes: the first month during which the sun enters no new sector.
int leapMonthOffset(qint64 month11)
{
    const int k = newMoonNumber(month11);
    int i = 1;
    int sector = sunSector(newMoonDay(k + i));
    int previous = 0;
    do {
        previous = sector;
        ++i;
        sector = sunSector(newMoonDay(k + i));
    } while (sector != previous && i < 14);
    return i - 1;
}

} // namespace

LunarDate toLunar(const QDate &date)
{
    const qint64 day = date.toJulianDay();
    // The mean month only estimates which new moon starts the month: a true new moon may
    // come most of a day off the mean one.
    int k = int(std::floor((double(day) - kNewMoonEpoch) / kSynodicMonth)) + 1;
    while (newMoonDay(k) > day)
        --k;
    const qint64 monthStart = newMoonDay(k);

    qint64 from11 = month11Start(date.year());
    qint64 to11 = from11;
    int year = 0;
    if (from11 >= monthStart) {
        year = date.year();
        from11 = month11Start(date.year() - 1);
    } else {
        year = date.year() + 1;
        to11 = month11Start(date.year() + 1);
    }

    LunarDate lunar;
    lunar.day = int(day - monthStart + 1);
    const int monthsAfter11 = int(std::floor(double(monthStart - from11) / 29.0));
    lunar.month = monthsAfter11 + 11;
    if (to11 - from11 > 365) {
        const int leap = leapMonthOffset(from11);
        if (monthsAfter11 >= leap) {
            lunar.month = monthsAfter11 + 10;
            lunar.leap = monthsAfter11 == leap;
        }
    }
    if (lunar.month > 12)
        lunar.month -= 12;
    if (lunar.month >= 11 && monthsAfter11 < 4)
        year -= 1;
    lunar.year = year;
    return lunar;
}

std::optional<QDate> fromLunar(const LunarDate &lunar)
{
    if (lunar.day < 1 || lunar.day > 30 || lunar.month < 1 || lunar.month > 12)
        return std::nullopt;
    const int yearOf11 = lunar.month < 11 ? lunar.year - 1 : lunar.year;
    const qint64 from11 = month11Start(yearOf11);
    const qint64 to11 = month11Start(yearOf11 + 1);
    int offset = (lunar.month - 11 + 12) % 12;
    if (to11 - from11 > 365) {
        const int leap = leapMonthOffset(from11);
        const int leapMonth = (leap + 9) % 12 + 1; // the month it repeats
        if (lunar.leap && lunar.month != leapMonth)
            return std::nullopt;
        if (lunar.leap || offset >= leap)
            ++offset;
    } else if (lunar.leap) {
        return std::nullopt;
    }
    const int k = newMoonNumber(from11) + offset;
    const qint64 day = newMoonDay(k) + lunar.day - 1;
    if (day >= newMoonDay(k + 1))
        return std::nullopt; // day 30 of a 29-day month
    return QDate::fromJulianDay(day);
}

QDate lunarNewYear(int year)
{
    return fromLunar(LunarDate{1, 1, year, false}).value_or(QDate());
}

} // namespace thuky::domain
