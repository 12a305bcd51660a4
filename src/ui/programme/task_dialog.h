#pragma once
// TaskDialog: adds or edits one task of a work programme (thêm / sửa nhiệm vụ). It returns a
// domain::Task; saving is the caller's (an undo command), through the commit function.

#include "common/field_errors.h"

#include "thuky/core/result.h"
#include "thuky/domain/programme.h"
#include "thuky/domain/working_days.h"
#include "thuky/storage/programme_repository.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class TaskDialog;
}

namespace thuky::ui {

/// What the dialog offers to choose from, read by the caller from the services.
struct TaskDialogChoices
{
    QList<storage::TaskRow> parents; ///< ProgrammeService::parentCandidates(), tree order
    QList<domain::Agency> agencies;
    QList<domain::Person> people;
    int year = 0; ///< the programme's year: the default of periods
    domain::WorkingDays workingDays; ///< shades the days off in the date picker
    /// The STT a new task would take under a parent (ProgrammeService::nextNumber); may be empty.
    std::function<QString(domain::Id parentId, bool section)> nextNumber;
};

class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    /// Saves the task; an error keeps the dialog open and is shown at the field it names.
    using Commit = std::function<Result<void>(const domain::Task &)>;

    explicit TaskDialog(TaskDialogChoices choices, QWidget *parent = nullptr);
    ~TaskDialog() override;

    /// The task to edit (id != 0), or the start of a new one (id 0: programmeId and parentId
    /// set; an empty number is filled with the next free one).
    void setTask(const domain::Task &task);
    /// The task as the fields describe it.
    domain::Task task() const;
    void setCommit(Commit commit) { m_commit = std::move(commit); }

    /// The error shown at a field ("number", "content", "leadUnit", "period"…); empty if none.
    QString fieldError(const QString &key) const { return m_errors.message(key); }

    void accept() override;

private:
    /// The people to choose from: those of `unitId` (the lead unit) first, then the others.
    void fillResponsible(domain::Id unitId);
    void fillChoices();
    void fillParents(domain::Id exclude);
    void updateSectionState();
    void updatePeriodWidgets();
    void suggestNumber();
    void filterPartners(const QString &text);
    void setPeriod(const domain::Period &period);
    domain::Period period() const;
    domain::Id leadUnitId() const;
    /// A check the task itself cannot make: the lead unit typed must be one of the list.
    bool checkLeadUnitText();
    /// true if the deadline is in the programme's year, or the user keeps it anyway.
    bool confirmDeadlineYear(const domain::Task &t);

    std::unique_ptr<Ui::TaskDialog> m_ui;
    TaskDialogChoices m_choices;
    domain::Task m_original;
    Commit m_commit;
    FieldErrors m_errors;
    bool m_numberTyped = false; ///< the user wrote the STT: stop suggesting one
};

} // namespace thuky::ui
