#pragma once
// Programmes, their tasks and progress logs.

#include "thuky/core/result.h"
#include "thuky/domain/programme.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

enum class TaskSortColumn { Tree, Number, Content, LeadUnit, Deadline, Status, Progress, Timeliness };

/// What the task list shows: always the tasks of one programme. The other empty/zero
/// members do not filter. Section headings (STT I, II…) appear only in tree order; when
/// criteria narrow the list, a heading stays only if a task under it matches (and it is
/// counted by countTasks, not by summary).
struct TaskFilter
{
    domain::Id programmeId = 0;                  ///< required: 0 lists nothing
    domain::Id unitId = 0;                       ///< lead or coordinating unit
    QList<domain::TaskStatus> statuses;          ///< any of
    QList<domain::Timeliness> timeliness;        ///< any of
    bool lateOnly = false;                       ///< Overdue or DoneLate
    QDate deadlineFrom, deadlineTo;              ///< inclusive
    QString text; ///< words, "phrases": all must match, each word as a prefix (search index)
    bool includeSections = true;                 ///< keep section headings (STT I, II…)
    QDate today;                                 ///< for timeliness; invalid: the database's today
    int dueSoonDays = -1;                        ///< <0: the service's setting (default 7)
    TaskSortColumn sortBy = TaskSortColumn::Tree;
    bool descending = false;

    /// Whether every task shows under its parent and section: tree order, sections kept,
    /// nothing filtered out.
    bool showsWholeTree() const
    {
        return sortBy == TaskSortColumn::Tree && !descending && includeSections && unitId == 0 && statuses.isEmpty()
               && timeliness.isEmpty() && !lateOnly && !deadlineFrom.isValid() && !deadlineTo.isValid()
               && text.trimmed().isEmpty();
    }
};

/// One line of the task list, with the names resolved for display.
struct TaskRow
{
    domain::Task task;
    QString leadUnitName;
    QString leadUnitShort;
    QStringList partnerNames;
    QString responsibleName;
    domain::Timeliness timeliness = domain::Timeliness::NoDeadline;
    int depth = 0; ///< 0 for top level
    QString sectionNumber; ///< the STT of the section it stands in ("II"); empty when none

    /// "II.1.2": the STT with its section, for lists that do not show the tree.
    QString qualifiedNumber() const
    {
        return sectionNumber.isEmpty() || task.isSection() ? task.number
                                                           : sectionNumber + QLatin1Char('.') + task.number;
    }
};

/// Counts over the filtered tasks (sections excluded).
struct TaskSummary
{
    int total = 0;
    std::array<int, domain::kAllTaskStatuses.size()> byStatus{};
    std::array<int, domain::kAllTimeliness.size()> byTimeliness{};
    int late = 0;          ///< Overdue + DoneLate
    double meanProgress = 0;
};

class ProgrammeRepository
{
public:
    virtual ~ProgrammeRepository() = default;

    /// Newest year first.
    virtual Result<QList<domain::Programme>> programmes() = 0;
    virtual Result<std::optional<domain::Programme>> programme(domain::Id id) = 0;
    virtual Result<std::optional<domain::Programme>> programmeFor(int year, domain::Id ownerUnitId) = 0;
    virtual Result<domain::Id> insertProgramme(const domain::Programme &p) = 0;
    virtual Result<void> updateProgramme(const domain::Programme &p) = 0;

    virtual Result<std::optional<domain::Task>> task(domain::Id id) = 0;
    /// The task with this STT under this parent, if any.
    virtual Result<std::optional<domain::Task>> taskByNumber(domain::Id programmeId, domain::Id parentId,
                                                             const QString &number) = 0;
    virtual Result<QList<domain::Task>> children(domain::Id parentId, domain::Id programmeId) = 0;
    /// Inserts with task.id if it is non-zero (restoring a deleted task), else a new id.
    virtual Result<domain::Id> insertTask(const domain::Task &task) = 0;
    virtual Result<void> updateTask(const domain::Task &task) = 0;
    /// Deletes one task and its progress log (children must be deleted first).
    virtual Result<void> deleteTask(domain::Id id) = 0;
    /// The ids of the task's subtree, the task itself first, in tree order.
    virtual Result<QList<domain::Id>> subtree(domain::Id id) = 0;

    /// The copy of a task carried over into another programme, if any.
    virtual Result<std::optional<domain::Id>> carriedCopy(domain::Id fromTaskId, domain::Id programmeId) = 0;

    virtual Result<int> countTasks(const TaskFilter &filter) = 0;
    virtual Result<QList<TaskRow>> tasks(const TaskFilter &filter, int offset, int limit) = 0;
    virtual Result<TaskSummary> summary(const TaskFilter &filter) = 0;

    virtual Result<QList<domain::ProgressEntry>> progressLog(domain::Id taskId) = 0;
    /// Inserts with entry.id if it is non-zero, else a new id.
    virtual Result<domain::Id> insertProgress(const domain::ProgressEntry &entry) = 0;
    virtual Result<void> deleteProgress(domain::Id entryId) = 0;
};

std::unique_ptr<ProgrammeRepository> makeSqliteProgrammeRepository(Database &db);

} // namespace thuky::storage
