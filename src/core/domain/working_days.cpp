#include "thuky/domain/working_days.h"

#include "thuky/domain/lunar_calendar.h"

#include <algorithm>

namespace thuky::domain {

namespace {

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

struct Holiday
{
    QDate date;
    QString name, nameEn;         // of this day
    QString baseName, baseNameEn; // of the holiday it belongs to, for its made-up day
};

/// The day the Government adds to National Day: the one that joins the break to a weekend
/// when one does (a Tuesday's Monday, a Thursday's Friday…). A Wednesday has no such day;
/// the year's announcement settles it, and until then the day after is taken.
QDate nationalDayCompanion(int year)
{
    const QDate day(year, 9, 2);
    switch (day.dayOfWeek()) {
    case Qt::Tuesday:
    case Qt::Friday:
    case Qt::Saturday:
        return day.addDays(-1);
    default:
        return day.addDays(1);
    }
}

QList<Holiday> holidays(int year)
{
    QList<Holiday> out;
    const auto add = [&out](const QDate &date, const QString &name, const QString &nameEn,
                            const QString &base, const QString &baseEn) {
        out.append({date, name, nameEn, base, baseEn});
    };
    const auto single = [&add](const QDate &date, const QString &name, const QString &nameEn) {
        add(date, name, nameEn, name, nameEn);
    };

    single(QDate(year, 1, 1), QStringLiteral("Tết Dương lịch"), QStringLiteral("New Year's Day"));

    const QString tet = QStringLiteral("Tết Nguyên đán");
    const QString tetEn = QStringLiteral("Lunar New Year");
    const QDate newYear = lunarNewYear(year);
    const QDate eve = newYear.addDays(-1);
    add(eve, QStringLiteral("%1 (%2 Tết)").arg(tet).arg(toLunar(eve).day),
        QStringLiteral("%1 (last day of the old year)").arg(tetEn), tet, tetEn);
    for (int i = 0; i < 4; ++i)
        add(newYear.addDays(i), QStringLiteral("%1 (mùng %2)").arg(tet).arg(i + 1),
            QStringLiteral("%1 (day %2)").arg(tetEn).arg(i + 1), tet, tetEn);

    if (const auto hung = fromLunar(LunarDate{10, 3, year, false}))
        single(*hung, QStringLiteral("Giỗ Tổ Hùng Vương"),
               QStringLiteral("Hùng Kings' Commemoration Day"));
    single(QDate(year, 4, 30), QStringLiteral("Ngày Chiến thắng (30/4)"),
           QStringLiteral("Reunification Day"));
    single(QDate(year, 5, 1), QStringLiteral("Ngày Quốc tế Lao động (1/5)"),
           QStringLiteral("International Workers' Day"));

    const QString national = QStringLiteral("Quốc khánh");
    const QString nationalEn = QStringLiteral("National Day");
    single(QDate(year, 9, 2), QStringLiteral("Quốc khánh (2/9)"), nationalEn);
    add(nationalDayCompanion(year), QStringLiteral("Quốc khánh (ngày liền kề)"),
        QStringLiteral("National Day (adjacent day)"), national, nationalEn);

    std::sort(out.begin(), out.end(),
              [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return out;
}

} // namespace

QString dayOffKindKey(DayOffKind kind)
{
    switch (kind) {
    case DayOffKind::PublicHoliday:
        return QStringLiteral("holiday");
    case DayOffKind::MadeUp:
        return QStringLiteral("made_up");
    case DayOffKind::Announced:
        return QStringLiteral("announced");
    }
    return {};
}

QList<DayOff> WorkingDays::statutoryDaysOff(int year)
{
    const QList<Holiday> all = holidays(year);
    QMap<QDate, DayOff> days;
    for (const Holiday &h : all)
        days.insert(h.date, DayOff{h.date, h.name, h.nameEn, DayOffKind::PublicHoliday});
    // Each holiday on a weekend is made up on the first weekday after it that is neither a
    // holiday nor already a made-up day, in date order: Tết's weekend days land after Tết.
    for (const Holiday &h : all) {
        if (!isWeekend(h.date))
            continue;
        QDate day = h.date.addDays(1);
        while (isWeekend(day) || days.contains(day))
            day = day.addDays(1);
        days.insert(day, DayOff{day, QStringLiteral("Nghỉ bù %1").arg(h.baseName),
                                QStringLiteral("Day off in lieu of %1").arg(h.baseNameEn),
                                DayOffKind::MadeUp});
    }
    return days.values();
}

WorkingDays::WorkingDays(const QList<CalendarException> &exceptions)
{
    for (const CalendarException &e : exceptions)
        m_exceptions.insert(e.date, e);
}

const QMap<QDate, DayOff> &WorkingDays::daysOffMap(int year) const
{
    auto found = m_years.find(year);
    if (found != m_years.end())
        return *found;
    QMap<QDate, DayOff> days;
    for (const DayOff &d : statutoryDaysOff(year))
        days.insert(d.date, d);
    for (const CalendarException &e : std::as_const(m_exceptions)) {
        if (e.date.year() != year)
            continue;
        if (e.working)
            days.remove(e.date);
        else if (!days.contains(e.date))
            days.insert(
                e.date,
                DayOff{e.date,
                       e.reason.isEmpty() ? QStringLiteral("Ngày nghỉ theo thông báo") : e.reason,
                       e.reason.isEmpty() ? QStringLiteral("Announced day off") : e.reason,
                       DayOffKind::Announced});
    }
    return *m_years.insert(year, days);
}

bool WorkingDays::isWorkingDay(const QDate &date) const
{
    if (!date.isValid())
        return false;
    const auto exception = m_exceptions.constFind(date);
    if (exception != m_exceptions.constEnd())
        return exception->working;
    return !isWeekend(date) && !daysOffMap(date.year()).contains(date);
}

std::optional<DayOff> WorkingDays::dayOff(const QDate &date) const
{
    if (!date.isValid())
        return std::nullopt;
    const QMap<QDate, DayOff> &days = daysOffMap(date.year());
    const auto found = days.constFind(date);
    if (found == days.constEnd())
        return std::nullopt;
    return *found;
}

QList<DayOff> WorkingDays::daysOff(int year) const
{
    return daysOffMap(year).values();
}

QDate WorkingDays::addWorkingDays(const QDate &from, int n) const
{
    if (!from.isValid())
        return {};
    QDate day = from;
    if (n == 0) {
        while (!isWorkingDay(day))
            day = day.addDays(1);
        return day;
    }
    const int step = n > 0 ? 1 : -1;
    for (int left = std::abs(n); left > 0;) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --left;
    }
    return day;
}

int WorkingDays::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    // Counted the way addWorkingDays steps: away from `from`, up to and including `to`.
    const bool forward = from <= to;
    const QDate first = forward ? from.addDays(1) : to;
    const QDate last = forward ? to : from.addDays(-1);
    int count = 0;
    for (QDate day = first; day <= last; day = day.addDays(1))
        count += isWorkingDay(day) ? 1 : 0;
    return forward ? count : -count;
}

QList<QDate> WorkingDays::workingDaysIn(const QDate &first, const QDate &last) const
{
    QList<QDate> out;
    if (!first.isValid() || !last.isValid())
        return out;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (isWorkingDay(day))
            out.append(day);
    }
    return out;
}

} // namespace thuky::domain
