#pragma once
// The periods of progress reports (báo cáo định kỳ): monthly, quarterly, six-month,
// nine-month and yearly, each ending on a cut-off day.

#include "thuky/core/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace thuky::domain {

enum class ReportPeriodKind { Month, Quarter, Half, NineMonths, Year };
QString reportPeriodKindKey(ReportPeriodKind kind); ///< "month", "quarter", "half", "nine", "year"
std::optional<ReportPeriodKind> reportPeriodKindFromKey(const QString &key);
/// How many periods of the kind a year has: 12, 4, 2, 1, 1.
int reportPeriodCount(ReportPeriodKind kind);

/// The day of the month a report period ends on by default: periods run from the 15th of
/// the previous period's last month to the 14th of the current one (DOMAIN.md; to confirm,
/// so callers may pass another).
constexpr int kDefaultReportCutoffDay = 14;

/// One report period of a year. A six-month report covers the first half (n = 1) or the
/// second (n = 2); the nine-month and the yearly reports start with the year.
struct ReportPeriod
{
    ReportPeriodKind kind = ReportPeriodKind::Year;
    int year = 0;
    int n = 1;
    int cutoffDay = kDefaultReportCutoffDay; ///< 1-28; 0: the end of the month
    QDate from; ///< first day, inclusive
    QDate to;   ///< last day, inclusive

    /// Computes from and to. A period ends on `cutoffDay` of its last month (the month's
    /// last day when 0) and starts the day after the previous period of the same kind ends:
    /// the monthly report of January 2025 with the default runs from 15/12/2024 to
    /// 14/01/2025, the yearly one from 15/12/2024 to 14/12/2025. InvalidInput naming the
    /// field ("n", "cutoff", "year") when out of range.
    static Result<ReportPeriod> make(ReportPeriodKind kind, int year, int n = 1,
                                     int cutoffDay = kDefaultReportCutoffDay);
    /// The period of the kind that contains `date` (its year may be the next one: with the
    /// default cut-off, 20/12/2025 falls in the reports of 2026).
    static ReportPeriod containing(ReportPeriodKind kind, const QDate &date,
                                   int cutoffDay = kDefaultReportCutoffDay);

    /// "tháng 6 năm 2025", "quý II năm 2025", "6 tháng đầu năm 2025", "6 tháng cuối năm
    /// 2025", "9 tháng năm 2025", "năm 2025"; in English "June 2025", "Q2 2025"…
    QString label(Lang lang = Lang::Vi) const;
};

} // namespace thuky::domain
