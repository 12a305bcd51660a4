#pragma once
// The progress reports of a task as a table (Ngày | Tiến độ | Người ghi | Ghi chú), newest
// first: shown where progress is recorded and where a task is read.

#include "thuky/domain/programme.h"

class QLabel;
class QTableWidget;

namespace thuky::ui {

/// Fills `table` with `log`, newest first; hides it when there is nothing to list, and puts
/// the count in `caption`.
void showProgressLog(QTableWidget *table, QLabel *caption,
                     const QList<domain::ProgressEntry> &log);

} // namespace thuky::ui
