#pragma once
// The leadership dashboard's figures (bảng điều khiển): programme completion by unit, the
// timeliness mix, progress over the months, notice turnaround and documents received late
// by agency. Each is filtered by year and unit and carries, for every bar, the ids of the
// records behind it, so that a click lists them.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"
#include "thuky/storage/report_repository.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace thuky::services {

class Authorizer;
class CalendarService;
class MeetingService;
class ProgrammeService;

/// Which records the ids of a figure are.
enum class DashboardRecords { Tasks, Notices, Documents };

struct DashboardFilter
{
    int year = 0;
    /// 0: every unit. Tasks: led or joined by the unit; documents: owed by it; notices:
    /// concluding on a meeting content it presents.
    domain::Id unitId = 0;
};

/// One bar: its height and the records counted in it (in id order).
struct DashboardBar
{
    double value = 0;
    QList<domain::Id> ids;
};

/// A series of bars, one per category of its figure.
struct DashboardSeries
{
    QString key;   ///< "done", "not_done", "due", "received_late"…
    QString label; ///< Vietnamese
    QString labelEn;
    QList<DashboardBar> bars;
};

struct DashboardFigure
{
    DashboardRecords records = DashboardRecords::Tasks;
    QStringList categories;          ///< unit names, month numbers, timeliness labels…
    QList<qint64> categoryKeys;      ///< unit ids, months 1-12, Timeliness values
    QList<DashboardSeries> series;
};

/// A record behind a bar, as the list after a click shows it.
struct DashboardRecord
{
    domain::Id id = 0;
    QStringList columns;
};

class DashboardService
{
public:
    DashboardService(storage::ReportRepository &repo, ProgrammeService &programmes,
                     MeetingService &meetings, CalendarService &calendar, const Authorizer &authorizer);

    /// ViewDashboard in each. The tasks of the year's programmes by lead unit: series
    /// "done" and "not_done" (units by name).
    Result<DashboardFigure> completionByUnit(const domain::Actor &actor, const DashboardFilter &filter);
    /// The tasks by Timeliness today (one series "tasks"; categories in kAllTimeliness order).
    Result<DashboardFigure> timelinessMix(const domain::Actor &actor, const DashboardFilter &filter);
    /// Months 1-12: series "due" (deadline in the month), "done" (completed in the month) and
    /// "done_total" (done by the month's end, cumulative; its ids are the month's own).
    Result<DashboardFigure> progressByMonth(const domain::Actor &actor, const DashboardFilter &filter);
    /// Months 1-12 of issue: series "mean_days" (mean working days from the meeting to the
    /// issue, WorkingDays as NoticeService counts them) and "issued" (count). With a unit,
    /// the notices on a content it presents (one on several contents counts for each
    /// presenter).
    Result<DashboardFigure> noticeTurnaround(const domain::Actor &actor, const DashboardFilter &filter);
    /// The documents required for the year's meetings by responsible agency: series
    /// "received_late" and "overdue" (not received, past due today); agencies with neither
    /// are left out, the others by name.
    Result<DashboardFigure> lateDocuments(const domain::Actor &actor, const DashboardFilter &filter);

    /// The headers of the list of a kind of record.
    static QStringList recordHeaders(DashboardRecords records, Lang lang = Lang::Vi);
    /// The records behind a bar, one line each, in the order of `ids`.
    Result<QList<DashboardRecord>> records(const domain::Actor &actor, DashboardRecords records,
                                           const QList<domain::Id> &ids);

private:
    storage::ReportRepository &m_repo;
    ProgrammeService &m_programmes;
    MeetingService &m_meetings;
    CalendarService &m_calendar;
    const Authorizer &m_auth;
};

} // namespace thuky::services
