#pragma once
// Use cases of the annual work programme: programmes, tasks, progress, carry-over,
// import and export. The GUI and the CLI both go through here.

#include "thuky/core/result.h"
#include "thuky/documents/table.h"
#include "thuky/domain/programme.h"
#include "thuky/storage/programme_repository.h"

#include <optional>

namespace thuky::storage {
class Database;
class ReferenceRepository;
} // namespace thuky::storage

namespace thuky::services {

class Authorizer;
class AuditService;

/// What a deleted task took with it; restoreTasks() puts it all back with the same ids.
struct TaskSnapshot
{
    QList<domain::Task> tasks; ///< the task and its subtree, parents first
    QList<domain::ProgressEntry> progress;
};

/// One problem in an import file, located for the user.
struct ImportProblem
{
    QString file;
    int row = 0;    ///< 1-based row in the file (the header is row 1); 0: the file as a whole
    QString column; ///< the header of the column, as in the file; empty: the row
    Message message;

    /// "tasks.csv, dòng 4, cột "Thời hạn": …" / "tasks.csv, row 4, column "Thời hạn": …"
    QString text(Lang lang = Lang::Vi) const;
};

/// The checked contents of an import file. Nothing is written until applyImport().
struct ImportPlan
{
    int year = 0;
    domain::Id ownerUnitId = 0;
    bool createsProgramme = false;
    QList<domain::Task> tasks;   ///< in file order; parentId unset
    QList<int> parentIndex;      ///< index into tasks of each task's parent, -1 for none
    QStringList unknownUnits;    ///< unit names the file uses that do not exist
    QStringList unknownPeople;   ///< people the file names who are not in the catalogue
    /// Tasks whose deadline falls outside `year` (a file of last year imported into this
    /// one), and the year most of them fall in: shiftYears(year - usualYear) moves them.
    int outOfYear = 0;
    int usualYear = 0;

    /// Moves the periods outside `year` by `years` (a 2026 file imported into 2027: +1).
    void shiftYears(int years);
    /// The first kMaxListedProblems problems, in file order. When there were more, they are
    /// only counted (in unlistedProblems, so a file with 190,000 bad rows costs no memory)
    /// and one last entry says how many: "… và 189.951 lỗi khác" / "… and 189,951 more".
    QList<ImportProblem> problems;
    int unlistedProblems = 0;

    static constexpr int kMaxListedProblems = 50;

    bool ok() const { return problems.isEmpty(); }
    /// Every problem found, listed or not.
    int problemCount() const
    {
        return int(problems.size()) - (unlistedProblems > 0 ? 1 : 0) + unlistedProblems;
    }
};

struct ImportResult
{
    domain::Id programmeId = 0;
    int imported = 0;
    bool createdProgramme = false;
    QStringList addedUnits;  ///< added to the catalogue because the file named them
    QStringList addedPeople;
};

/// An import done in one step: the plan (with its problems, if any) and, when it had none,
/// what was written.
struct ImportOutcome
{
    ImportPlan plan;
    std::optional<ImportResult> result; ///< nothing was written when absent
};

/// The columns of import and export files, Vietnamese headers in this order.
QStringList taskColumns();

class ProgrammeService
{
public:
    ProgrammeService(storage::Database &db, storage::ProgrammeRepository &repo,
                     storage::ReferenceRepository &reference, AuditService &audit, const Authorizer &authorizer);

    /// Days before a deadline at which an unfinished task shows as due soon.
    void setDueSoonDays(int days) { m_dueSoonDays = days; }
    int dueSoonDays() const { return m_dueSoonDays; }
    /// "Today" for timeliness; the real date unless a test or demo fixed it.
    QDate today() const;

    // Programmes
    Result<QList<domain::Programme>> programmes(const domain::Actor &actor);
    Result<domain::Programme> programme(const domain::Actor &actor, domain::Id id);
    /// The programme of a year (of a given owner, or the first one of that year).
    Result<std::optional<domain::Programme>> programmeForYear(const domain::Actor &actor, int year,
                                                              domain::Id ownerUnitId = 0);
    /// Duplicate if the owner already has a programme for that year.
    Result<domain::Programme> createProgramme(const domain::Actor &actor, domain::Programme p);
    Result<domain::Programme> updateProgramme(const domain::Actor &actor, domain::Programme p);

    // Task list (filter.today and filter.dueSoonDays are filled in when left empty)
    Result<int> countTasks(const domain::Actor &actor, storage::TaskFilter filter);
    Result<QList<storage::TaskRow>> tasks(const domain::Actor &actor, storage::TaskFilter filter,
                                          int offset, int limit);
    Result<storage::TaskSummary> summary(const domain::Actor &actor, storage::TaskFilter filter);
    Result<domain::Task> task(const domain::Actor &actor, domain::Id id);
    Result<storage::TaskRow> taskRow(const domain::Actor &actor, domain::Id id);
    /// Sections and tasks that can be the parent of a new task, in tree order.
    Result<QList<storage::TaskRow>> parentCandidates(const domain::Actor &actor, domain::Id programmeId);
    /// The STT a new child of `parentId` would take next ("III", "4", "2.3").
    Result<QString> nextNumber(const domain::Actor &actor, domain::Id programmeId, domain::Id parentId,
                               bool section);

    // Task edits. Each runs in one transaction.
    Result<domain::Task> addTask(const domain::Actor &actor, domain::Task task);
    Result<domain::Task> updateTask(const domain::Actor &actor, const domain::Task &task);
    /// Deletes the task, its subtree and their progress logs.
    Result<TaskSnapshot> deleteTask(const domain::Actor &actor, domain::Id id);
    /// Undoes deleteTask(): re-inserts everything with the same ids.
    Result<void> restoreTasks(const domain::Actor &actor, const TaskSnapshot &snapshot);

    /// Logs progress and moves the task along: percent becomes the task's progress, 100
    /// marks it done (completedOn = entry date), a first report starts it. `newStatus`
    /// overrides the status chosen. Returns the saved entry.
    Result<domain::ProgressEntry> recordProgress(const domain::Actor &actor, domain::ProgressEntry entry,
                                                 std::optional<domain::TaskStatus> newStatus = {});
    /// Undoes recordProgress(): removes the entry and puts the task back as it was.
    Result<void> undoProgress(const domain::Actor &actor, domain::Id entryId, const domain::Task &before);
    Result<QList<domain::ProgressEntry>> progressLog(const domain::Actor &actor, domain::Id taskId);

    /// Copies the unfinished tasks of a programme (with their section headings) into the
    /// same owner's programme of the next year, creating it if needed; each copy keeps the
    /// link (carriedFromId). Tasks already carried are skipped. Returns the count copied.
    Result<int> carryOver(const domain::Actor &actor, domain::Id programmeId);

    // Import and export
    /// Checks a table against the columns and the reference data. Nothing is written.
    Result<ImportPlan> planImport(const domain::Actor &actor, const documents::Table &table,
                                  const QString &fileName, int year, domain::Id ownerUnitId = 0);
    /// Writes a plan without problems, all or nothing. Adding to an existing programme
    /// refuses numbers already used there.
    Result<ImportResult> applyImport(const domain::Actor &actor, const ImportPlan &plan);
    /// Plans and applies in one transaction. With `addMissing`, the units and people the file
    /// names that the catalogue lacks are added first (as written in the file, audited as
    /// part of the import: the importer needs no catalogue rights), so that a programme
    /// exported by another office imports into this one. Nothing at all is written when
    /// any other problem remains: the outcome then holds the plan and its problems.
    Result<ImportOutcome> importTable(const domain::Actor &actor, const documents::Table &table,
                                      const QString &fileName, int year, domain::Id ownerUnitId,
                                      bool addMissing, int shiftYears = 0);
    /// The tasks of a programme in tree order, with the columns of taskColumns().
    Result<documents::Table> exportTable(const domain::Actor &actor, domain::Id programmeId);

private:
    Result<void> checkParent(domain::Task &task);
    Result<domain::Task> saveTask(const domain::Actor &actor, domain::Task task, bool insert);
    Result<domain::Id> insertTaskAudited(const domain::Actor &actor, const domain::Task &task, const char *action);
    Result<void> updateTaskAudited(const domain::Actor &actor, const domain::Task &task);
    Result<domain::Id> insertProgrammeAudited(const domain::Actor &actor, const domain::Programme &p);

    storage::Database &m_db;
    storage::ProgrammeRepository &m_repo;
    storage::ReferenceRepository &m_reference;
    AuditService &m_audit;
    const Authorizer &m_auth;
    int m_dueSoonDays = domain::kDefaultDueSoonDays;
};

} // namespace thuky::services
