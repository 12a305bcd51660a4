#include "thuky/domain/report_period.h"

#include "thuky/domain/vietnamese.h"

#include <QLocale>

namespace thuky::domain {

namespace {

/// The last month of period n of the kind (month 0: December of the year before).
int lastMonth(ReportPeriodKind kind, int n)
{
    switch (kind) {
    case ReportPeriodKind::Month:
        return n;
    case ReportPeriodKind::Quarter:
        return 3 * n;
    case ReportPeriodKind::Half:
        return 6 * n;
    case ReportPeriodKind::NineMonths:
        return 9;
    case ReportPeriodKind::Year:
        return 12;
    }
    return 12;
}

/// The first month of period n (the nine-month and yearly reports start with the year).
int firstMonth(ReportPeriodKind kind, int n)
{
    switch (kind) {
    case ReportPeriodKind::Month:
        return n;
    case ReportPeriodKind::Quarter:
        return 3 * n - 2;
    case ReportPeriodKind::Half:
        return 6 * n - 5;
    case ReportPeriodKind::NineMonths:
    case ReportPeriodKind::Year:
        return 1;
    }
    return 1;
}

/// The cut-off day of a month counted from January of `year` (month 0 is December before).
QDate cutoffOf(int year, int month, int cutoffDay)
{
    const QDate first = QDate(year, 1, 1).addMonths(month - 1);
    return cutoffDay == 0 ? first.addDays(first.daysInMonth() - 1) : first.addDays(cutoffDay - 1);
}

Error invalid(const QString &vi, const QString &en, const char *field)
{
    return makeError(ErrorCode::InvalidInput, vi, en, QString::fromLatin1(field));
}

} // namespace

QString reportPeriodKindKey(ReportPeriodKind kind)
{
    switch (kind) {
    case ReportPeriodKind::Month:
        return QStringLiteral("month");
    case ReportPeriodKind::Quarter:
        return QStringLiteral("quarter");
    case ReportPeriodKind::Half:
        return QStringLiteral("half");
    case ReportPeriodKind::NineMonths:
        return QStringLiteral("nine");
    case ReportPeriodKind::Year:
        return QStringLiteral("year");
    }
    return {};
}

std::optional<ReportPeriodKind> reportPeriodKindFromKey(const QString &key)
{
    for (auto kind : {ReportPeriodKind::Month, ReportPeriodKind::Quarter, ReportPeriodKind::Half,
                      ReportPeriodKind::NineMonths, ReportPeriodKind::Year})
        if (reportPeriodKindKey(kind) == key.trimmed().toLower())
            return kind;
    return std::nullopt;
}

int reportPeriodCount(ReportPeriodKind kind)
{
    switch (kind) {
    case ReportPeriodKind::Month:
        return 12;
    case ReportPeriodKind::Quarter:
        return 4;
    case ReportPeriodKind::Half:
        return 2;
    case ReportPeriodKind::NineMonths:
    case ReportPeriodKind::Year:
        return 1;
    }
    return 1;
}

Result<ReportPeriod> ReportPeriod::make(ReportPeriodKind kind, int year, int n, int cutoffDay)
{
    if (year < 1946 || year > 2200)
        return invalid(QStringLiteral("Năm báo cáo phải từ 1946 đến 2200."),
                       QStringLiteral("The report's year must be from 1946 to 2200."), "year");
    const int count = reportPeriodCount(kind);
    if (n < 1 || n > count)
        return invalid(QStringLiteral("Kỳ báo cáo phải từ 1 đến %1.").arg(count),
                       QStringLiteral("The report period must be from 1 to %1.").arg(count), "n");
    if (cutoffDay < 0 || cutoffDay > 28)
        return invalid(QStringLiteral("Ngày chốt số liệu phải từ 1 đến 28 (0: cuối tháng)."),
                       QStringLiteral("The cut-off day must be from 1 to 28 (0: the month's end)."),
                       "cutoff");
    ReportPeriod p;
    p.kind = kind;
    p.year = year;
    p.n = n;
    p.cutoffDay = cutoffDay;
    p.to = cutoffOf(year, lastMonth(kind, n), cutoffDay);
    p.from = cutoffOf(year, firstMonth(kind, n) - 1, cutoffDay).addDays(1);
    return p;
}

ReportPeriod ReportPeriod::containing(ReportPeriodKind kind, const QDate &date, int cutoffDay)
{
    for (int year = date.year(); year <= date.year() + 1; ++year)
        for (int n = 1; n <= reportPeriodCount(kind); ++n) {
            auto p = make(kind, year, n, cutoffDay);
            if (p && p->from <= date && date <= p->to)
                return *p;
        }
    // The nine-month report leaves the last months of a year uncovered: the year's one.
    auto year = make(kind, date.year(), 1, cutoffDay);
    return year ? *year : ReportPeriod{};
}

QString ReportPeriod::label(Lang lang) const
{
    const bool en = lang == Lang::En;
    switch (kind) {
    case ReportPeriodKind::Month:
        return en ? QStringLiteral("%1 %2").arg(QLocale(QLocale::English).monthName(n)).arg(year)
                  : QStringLiteral("tháng %1 năm %2").arg(n).arg(year);
    case ReportPeriodKind::Quarter:
        return en ? QStringLiteral("Q%1 %2").arg(n).arg(year)
                  : QStringLiteral("quý %1 năm %2").arg(toRoman(n)).arg(year);
    case ReportPeriodKind::Half:
        if (en)
            return n == 1 ? QStringLiteral("first half of %1").arg(year)
                          : QStringLiteral("second half of %1").arg(year);
        return n == 1 ? QStringLiteral("6 tháng đầu năm %1").arg(year)
                      : QStringLiteral("6 tháng cuối năm %1").arg(year);
    case ReportPeriodKind::NineMonths:
        return en ? QStringLiteral("first nine months of %1").arg(year)
                  : QStringLiteral("9 tháng năm %1").arg(year);
    case ReportPeriodKind::Year:
        return en ? QStringLiteral("year %1").arg(year) : QStringLiteral("năm %1").arg(year);
    }
    return {};
}

} // namespace thuky::domain
