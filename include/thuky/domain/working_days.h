#pragma once
// Working days (ngày làm việc): the one answer every module gives to "is this a working
// day" and "what is the Nth working day after this date" — meeting documents due N days
// before a sitting, notices issued within N working days, agenda items on a holiday.
//
// The rules are those of the Labour Code 2019 (art. 112): Saturday and Sunday off; 1
// January; Tết Nguyên đán, the last day of the lunar year and the first four of the new
// one; Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month); 30 April; 1 May; 2 September
// and one day next to it. A holiday on a weekend is made up on the next working day. Each
// year the Government announces its own arrangement (days swapped, extra days off, make-up
// Saturdays): those are exceptions that override the rules, date by date.

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace thuky::domain {

enum class DayOffKind
{
    PublicHoliday, ///< ngày lễ, Tết by law
    MadeUp,        ///< nghỉ bù: a holiday fell on a weekend
    Announced,     ///< an extra day off announced for the year
};
QString dayOffKindKey(DayOffKind kind); ///< "holiday", "made_up", "announced"

/// A weekday that is not worked, with its name ("Tết Nguyên đán (mùng 1)", "Nghỉ bù Quốc khánh").
struct DayOff
{
    QDate date;
    QString name;   ///< Vietnamese
    QString nameEn; ///< English
    DayOffKind kind = DayOffKind::PublicHoliday;
};

/// A date whose status the year's announcement sets against the rules.
struct CalendarException
{
    QDate date;
    bool working = false; ///< true: worked (làm bù) although a weekend or holiday; false: a day off
    QString reason;       ///< "Nghỉ Tết Nguyên đán 2025 theo thông báo của Chính phủ"

    friend bool operator==(const CalendarException &, const CalendarException &) = default;
};

/// Working-day arithmetic over the rules and a set of exceptions. A value: copy it freely,
/// but use one copy from one thread at a time (it caches each year's days off).
class WorkingDays
{
public:
    explicit WorkingDays(const QList<CalendarException> &exceptions = {});

    bool isWorkingDay(const QDate &date) const;
    /// The day off `date` is, when it is a holiday, a made-up day or an announced day off
    /// (std::nullopt for working days and for plain weekends).
    std::optional<DayOff> dayOff(const QDate &date) const;
    /// The days off of a year that are not plain weekends, in date order: holidays on a
    /// weekend are listed too (with their made-up day), days worked by exception are not.
    QList<DayOff> daysOff(int year) const;

    /// n > 0: the nth working day after `from`; n < 0: the |n|th before it; n == 0: `from`
    /// when it is a working day, otherwise the next working day.
    QDate addWorkingDays(const QDate &from, int n) const;
    /// The working days d with from < d <= to; when `to` is before `from`, minus those with
    /// to <= d < from. So workingDaysBetween(d, addWorkingDays(d, n)) == n for n != 0.
    int workingDaysBetween(const QDate &from, const QDate &to) const;
    /// The working days from `first` to `last`, both included.
    QList<QDate> workingDaysIn(const QDate &first, const QDate &last) const;

    /// The days off the rules alone give for a year (no exceptions), in date order.
    static QList<DayOff> statutoryDaysOff(int year);

private:
    const QMap<QDate, DayOff> &daysOffMap(int year) const;

    QHash<QDate, CalendarException> m_exceptions;
    mutable QHash<int, QMap<QDate, DayOff>> m_years;
};

} // namespace thuky::domain
