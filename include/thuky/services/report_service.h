#pragma once
// Periodic progress reports of a work programme (báo cáo định kỳ): the figures per lead
// unit at the period's cut-off, the tasks overdue then, the progress notes of the period;
// as an official document (DOCX, PDF: BÁO CÁO with the Decree 30 header) and as a table
// of the figures (XLSX).

#include "thuky/core/result.h"
#include "thuky/documents/rich_document.h"
#include "thuky/documents/table.h"
#include "thuky/domain/programme.h"
#include "thuky/domain/report_period.h"
#include "thuky/storage/report_repository.h"

namespace thuky::storage {
class Database;
class ReferenceRepository;
} // namespace thuky::storage

namespace thuky::services {

class AuditService;
class Authorizer;
class ProgrammeService;

/// The counts of one lead unit (or of all, in ProgrammeReport::total), at the cut-off.
/// Every task falls in exactly one of done, inProgress and late (the Timeliness of the
/// task on the cut-off day: done is DoneOnTime or DoneLate, late is Overdue, inProgress
/// the rest: OnTrack, DueSoon, NoDeadline).
struct UnitFigures
{
    domain::Id unitId = 0;
    QString unitName;
    int total = 0;
    int done = 0;
    int doneLate = 0;     ///< of done: finished after the deadline (DoneLate)
    int doneInPeriod = 0; ///< of done: finished within the period
    int inProgress = 0;   ///< not done, not overdue (chưa hoàn thành, trong hạn)
    int late = 0;         ///< not done, past the deadline (chưa hoàn thành, quá hạn)
};

/// A task overdue at the cut-off.
struct LateTask
{
    domain::Id taskId = 0;
    QString number; ///< qualified STT
    QString content;
    QString leadUnit;
    QDate deadline;
    int daysLate = 0; ///< calendar days from the deadline to the cut-off
    int progress = 0;
};

struct ProgrammeReport
{
    domain::Programme programme;
    QString ownerName;
    QString ownerShortName;
    QString ownerParentName; ///< empty when the owner has no parent body
    domain::ReportPeriod period;
    /// The day the figures are taken on: the period's last day, or today when the period
    /// has not ended yet.
    QDate asOf;
    QList<UnitFigures> units; ///< by unit name (Vietnamese order)
    UnitFigures total;
    QList<LateTask> late;     ///< by deadline, then STT
    QList<storage::ProgressNoteRow> notes; ///< by date
};

class ReportService
{
public:
    ReportService(storage::Database &db, storage::ReportRepository &repo,
                  storage::ReferenceRepository &reference, ProgrammeService &programmes,
                  AuditService &audit, const Authorizer &authorizer);

    /// ViewData. The office's cut-off day of the report periods (0-28, 0: the month's last
    /// day), shared by every user, the GUI and the command line: the default of a report
    /// run, which may still pass another. domain::kDefaultReportCutoffDay until an
    /// administrator sets one.
    Result<int> cutoffDay(const domain::Actor &actor);
    /// ConfigureReports (administrators). Sets the office's cut-off day, audited
    /// ("report_settings.set" on office_settings #1). InvalidInput naming "cutoff" outside
    /// 0-28. Setting the value it already has writes nothing.
    Result<void> setCutoffDay(const domain::Actor &actor, int day);

    /// ViewData. The report of a programme for a period. A task's state at the cut-off is
    /// read from its completion date: one finished after it counts as not done then.
    Result<ProgrammeReport> report(const domain::Actor &actor, domain::Id programmeId,
                                   const domain::ReportPeriod &period);

    /// The report as a Decree 30 document (BÁO CÁO): the header of the programme's owner,
    /// the overall results, a table per unit, the overdue tasks and the progress notes.
    static documents::RichDocument document(const ProgrammeReport &report);
    /// The figures per unit and the total, one row each, for XLSX or CSV.
    static documents::Table figuresTable(const ProgrammeReport &report, Lang lang = Lang::Vi);

private:
    storage::Database &m_db;
    storage::ReportRepository &m_repo;
    storage::ReferenceRepository &m_reference;
    ProgrammeService &m_programmes;
    AuditService &m_audit;
    const Authorizer &m_auth;
};

} // namespace thuky::services
