#pragma once
// programme list and the JSON shape of programmes, tasks and summaries (see docs/cli.md).

#include "context.h"

#include "thuky/domain/programme.h"
#include "thuky/storage/programme_repository.h"

#include <QJsonObject>

namespace thuky::services {
class Workspace;
}

namespace thuky::cli {

/// The keys of a task object, in the order CSV output lists them.
QStringList taskJsonKeys();
QJsonObject taskJson(const storage::TaskRow &row, Lang lang);
QJsonObject summaryJson(const storage::TaskSummary &summary);
QJsonObject programmeJson(const domain::Programme &programme, const domain::Agency &owner);

/// {"programme", "tasks", "summary"} for the programme's tasks that pass `filter`. Section
/// headings are listed only when nothing narrows the list.
Result<QJsonObject> listDocument(const Context &ctx, services::Workspace &ws,
                                 const domain::Programme &programme, storage::TaskFilter filter);

int runProgrammeList(Context &ctx, const Invocation &inv);

} // namespace thuky::cli
