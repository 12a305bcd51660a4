#pragma once
// ProgressDialog: reports progress on a task (ghi tiến độ) and shows its progress log.

#include "common/field_errors.h"

#include "thuky/domain/programme.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ProgressDialog;
}

namespace thuky::ui {

class ProgressDialog : public QDialog
{
    Q_OBJECT

public:
    /// Saves the entry; an error keeps the dialog open and is shown at its field.
    using Commit = std::function<Result<void>(const domain::ProgressEntry &,
                                              std::optional<domain::TaskStatus>)>;

    /// `log`: the task's earlier reports, shown newest first. `today` bounds the date.
    ProgressDialog(const domain::Task &task, const QList<domain::ProgressEntry> &log,
                   const QDate &today, QWidget *parent = nullptr);
    ~ProgressDialog() override;

    domain::ProgressEntry entry() const;
    /// The status chosen by hand; empty: the service derives it from the percentage.
    std::optional<domain::TaskStatus> newStatus() const;
    void setCommit(Commit commit) { m_commit = std::move(commit); }
    QString fieldError(const QString &key) const { return m_errors.message(key); }

    void accept() override;

private:
    /// true unless the entry would reopen a completed task and the user says no.
    bool confirmReopen();

    std::unique_ptr<Ui::ProgressDialog> m_ui;
    domain::Id m_taskId = 0;
    domain::Task m_task; ///< as it was when the dialog opened
    QDate m_today;
    Commit m_commit;
    FieldErrors m_errors;
};

} // namespace thuky::ui
