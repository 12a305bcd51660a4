#include "programme/task_tree.h"

namespace thuky::ui {

std::pair<int, int> subtreeRange(const QList<storage::TaskRow> &treeRows, domain::Id id)
{
    for (int first = 0; first < treeRows.size(); ++first) {
        if (treeRows[first].task.id != id)
            continue;
        int last = first + 1;
        while (last < treeRows.size() && treeRows[last].depth > treeRows[first].depth)
            ++last;
        return {first, last};
    }
    return {0, 0};
}

} // namespace thuky::ui
