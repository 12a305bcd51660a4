#pragma once
// TaskTransfer: the import and export of a programme's tasks as CSV or XLSX files, with the
// questions they ask on the way (nhập / xuất tệp).

#include "thuky/core/result.h"
#include "thuky/documents/table.h"
#include "thuky/domain/programme.h"
#include "thuky/services/programme_service.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class Settings;

class TaskTransfer
{
    Q_DECLARE_TR_FUNCTIONS(TaskTransfer)

public:
    TaskTransfer(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                 QWidget *parent);

    /// Asks for a file and a year, checks the file, offers to add the units and people it
    /// names that the catalogue lacks (with the import, in one transaction), lists its other
    /// problems (writing nothing) or imports it once confirmed.
    /// `ownerUnitId`: whose programme to import into (0: the service's default). Returns
    /// what was written; nothing when the user stopped or the file was refused.
    std::optional<services::ImportResult> importTasks(int defaultYear, domain::Id ownerUnitId);
    /// Asks where to save, then writes the programme's tasks as XLSX or CSV (by the file
    /// name or the filter chosen). Returns the path written.
    std::optional<QString> exportTasks(const domain::Programme &programme);
    /// The suggested file name, without extension: the body's short name and the year.
    QString exportFileName(const domain::Programme &programme);

private:
    /// Lists the units and people the file names that the catalogue lacks; true when the
    /// user wants them added with the import.
    bool offerToAddMissing(const services::ImportPlan &plan);

    services::Workspace &m_workspace;
    domain::Actor m_actor;
    Settings &m_settings;
    QWidget *m_parent;
};

} // namespace thuky::ui
