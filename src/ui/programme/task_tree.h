#pragma once
// Helpers over task rows listed in tree order (a task, then its subtasks, deeper first).

#include "thuky/storage/programme_repository.h"

#include <utility>

namespace thuky::ui {

/// The rows [first, last) holding the task `id` and its subtasks; {0, 0} if it is absent.
std::pair<int, int> subtreeRange(const QList<storage::TaskRow> &treeRows, domain::Id id);

} // namespace thuky::ui
