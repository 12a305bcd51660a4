#pragma once
// TaskDetailsDialog: one task to read, not to edit (xem chi tiết): every field, names instead
// of codes, and its progress reports with their notes. What a viewer opens with Enter or a
// double click, and anyone with "Xem chi tiết".

#include "thuky/domain/programme.h"
#include "thuky/storage/programme_repository.h"

#include <QDialog>

class QTableWidget;

namespace thuky::ui {

class TaskDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `sectionName`: the section the task sits in ("I. Công tác lập pháp"), empty if none.
    TaskDetailsDialog(const storage::TaskRow &row, const QString &sectionName,
                      const QList<domain::ProgressEntry> &log, QWidget *parent = nullptr);

    /// The value shown for a field label ("Đơn vị chủ trì"), for tests; empty if not shown.
    QString value(const QString &label) const;
    QTableWidget *logTable() const { return m_log; }

private:
    QList<std::pair<QString, QString>> m_fields;
    QTableWidget *m_log;
};

} // namespace thuky::ui
