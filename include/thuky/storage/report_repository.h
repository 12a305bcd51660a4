#pragma once
// Read-only queries across modules for the periodic reports, the leadership dashboard and
// the home page, and the office's report settings (office_settings). Counting is done by SQLite (GROUP BY over indexed columns), so a figure
// at the stress scale never loads every record.

#include "thuky/core/result.h"
#include "thuky/domain/programme.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

/// A progress report of a task, with the task it is about.
struct ProgressNoteRow
{
    domain::ProgressEntry entry;
    QString taskNumber; ///< qualified STT ("II.3")
    QString taskContent;
    QString leadUnitName;
};

/// One group of a count: its key (a unit's id, a month, a timeliness key…), its label
/// and the ids of the records counted, in id order.
struct CountGroup
{
    qint64 key = 0;
    QString keyText;
    QString label;
    QList<domain::Id> ids;
};

/// A task's dates and state, for figures computed in C++ (timeliness at a past date).
struct TaskFact
{
    domain::Id id = 0;
    domain::Id leadUnitId = 0;
    domain::TaskStatus status = domain::TaskStatus::NotStarted;
    QDate deadline;
    QDate completedOn;
};

/// An issued notice's dates, for its turnaround.
struct NoticeDates
{
    domain::Id id = 0;
    QDate meetingDate;
    QDate issueDate;
};

/// A required document with what its due date is computed from.
struct DocumentFact
{
    domain::Id id = 0;
    domain::Id agencyId = 0;
    QString agencyName;
    QString kindKey;
    QDate dueDate; ///< set by hand; invalid: from the rules
    QDate receivedOn;
    QDate meetingDay;
    QString contentTitle; ///< filled by documents() only
};

/// Which tasks a dashboard figure counts: those of the year's programmes (every owner's),
/// section headings excluded; `unitId` non-zero keeps the tasks it leads or joins.
struct TaskScope
{
    int year = 0;
    domain::Id unitId = 0;
};

class ReportRepository
{
public:
    virtual ~ReportRepository() = default;

    /// The progress reports on the programme's tasks dated within [from, to], by date.
    virtual Result<QList<ProgressNoteRow>> progressNotes(domain::Id programmeId, const QDate &from,
                                                         const QDate &to) = 0;

    /// Tasks in scope grouped by lead unit (key: unit id, label: its name), split by
    /// whether they are done: `done` true counts the done ones.
    virtual Result<QList<CountGroup>> tasksByUnit(const TaskScope &scope, bool done) = 0;
    /// Tasks in scope grouped by timeliness on `today` (keyText: the timeliness key).
    virtual Result<QList<CountGroup>> tasksByTimeliness(const TaskScope &scope, const QDate &today,
                                                        int dueSoonDays) = 0;
    /// Tasks in scope grouped by the month (1-12, key) of their deadline, or with
    /// `completed` of their completion, within the scope's year.
    virtual Result<QList<CountGroup>> tasksByMonth(const TaskScope &scope, bool completed) = 0;
    /// Notices issued in the year that name their meeting's date; `agencyId` non-zero: only
    /// those concluding on a meeting content it presents (cơ quan trình).
    virtual Result<QList<NoticeDates>> issuedNotices(int year, domain::Id agencyId) = 0;
    /// The documents required for the meetings starting in the year; `agencyId` non-zero:
    /// only those it owes.
    virtual Result<QList<DocumentFact>> meetingDocuments(int year, domain::Id agencyId) = 0;
    /// A notice as a list line: "05/TB-UBTVQH15" (empty before its issue), subject,
    /// meeting date and issue date (dd/MM/yyyy); none when there is no such notice.
    virtual Result<std::optional<QStringList>> noticeLine(domain::Id id) = 0;
    /// The documents with these ids, with the content they are for (title in `note`).
    virtual Result<QList<DocumentFact>> documents(const QList<domain::Id> &ids) = 0;

    /// The office's report cut-off day (office_settings, row 1); none until one was saved.
    virtual Result<std::optional<int>> reportCutoffDay() = 0;
    /// Writes the cut-off day (0-28) into row 1 of office_settings, creating the row.
    virtual Result<void> saveReportCutoffDay(int day) = 0;
};

std::unique_ptr<ReportRepository> makeSqliteReportRepository(Database &db);

} // namespace thuky::storage
