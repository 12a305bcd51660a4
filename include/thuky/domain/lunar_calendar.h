#pragma once
// The Vietnamese lunar calendar (âm lịch), computed for Hanoi's time zone (UTC+7).
//
// A lunar month starts on the local day of a new moon; month 11 is the one that holds the
// winter solstice; a year with 13 months repeats (as a leap month, tháng nhuận) the first
// month that holds no principal solar term. The moon and sun positions come from the
// classic series of astronomical almanacs, good to minutes over 1900–2100, which is what
// decides the day. Because the day is taken at UTC+7 and not UTC+8, a few years differ
// from the Chinese calendar (Tết 2007 on 17 February, Tết 2030 on 2 February).

#include <QDate>

#include <optional>

namespace thuky::domain {

struct LunarDate
{
    int day = 0;   ///< 1..30
    int month = 0; ///< 1..12
    int year = 0;  ///< the solar year in which the lunar year starts
    bool leap = false;

    friend bool operator==(const LunarDate &, const LunarDate &) = default;
};

/// The lunar date of a solar day (valid for 1900..2199).
LunarDate toLunar(const QDate &date);

/// The solar day of a lunar date; std::nullopt when the date does not exist (a leap month
/// the year does not have, day 30 of a 29-day month).
std::optional<QDate> fromLunar(const LunarDate &lunar);

/// Mùng 1 Tết: the first day of the lunar year that starts in `year`.
QDate lunarNewYear(int year);

} // namespace thuky::domain
