#pragma once
// ReportCutoffCommand: sets the office's cut-off day of the periodic reports
// (ReportService::setCutoffDay, audited); undo puts back the day it replaced, audited too.

#include "common/service_command.h"

#include <QCoreApplication>

namespace thuky::services {
class ReportService;
}

namespace thuky::ui {

class ReportCutoffCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCutoffCommand)

public:
    ReportCutoffCommand(services::ReportService &reports, ErrorReporter reportError,
                        domain::Actor actor, int before, int after);

    void redo() override;
    void undo() override;

private:
    services::ReportService &m_reports;
    int m_before;
    int m_after;
};

/// "ngày 14", "ngày cuối tháng": a cut-off day as the dialog and the undo history say it.
QString cutoffDayText(int day);

} // namespace thuky::ui
