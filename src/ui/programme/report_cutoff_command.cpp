#include "programme/report_cutoff_command.h"

#include "thuky/services/report_service.h"

namespace thuky::ui {

QString cutoffDayText(int day)
{
    return day == 0 ? ReportCutoffCommand::tr("ngày cuối tháng")
                    : ReportCutoffCommand::tr("ngày %1").arg(day);
}

ReportCutoffCommand::ReportCutoffCommand(services::ReportService &reports, ErrorReporter reportError,
                                         domain::Actor actor, int before, int after)
    : ServiceCommand(std::move(reportError), std::move(actor)), m_reports(reports), m_before(before),
      m_after(after)
{
    setText(tr("đặt ngày chốt số liệu báo cáo là %1").arg(cutoffDayText(after)));
}

void ReportCutoffCommand::redo()
{
    succeeded(m_reports.setCutoffDay(actor(), m_after));
}

void ReportCutoffCommand::undo()
{
    succeeded(m_reports.setCutoffDay(actor(), m_before));
}

} // namespace thuky::ui
