#pragma once
// The annual work programme (chương trình công tác năm): programmes, tasks, progress.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace thuky::domain {

enum class ProgrammeStatus { Draft, Adopted, Closed };
QString programmeStatusKey(ProgrammeStatus s);
ProgrammeStatus programmeStatusFromKey(const QString &key);
QString programmeStatusLabel(ProgrammeStatus s);
QString programmeStatusLabelEn(ProgrammeStatus s);

struct Programme
{
    Id id = 0;
    int year = 0;
    Id ownerUnitId = 0; ///< the body whose programme this is (UBTVQH, Ban Thư ký…)
    QString title;      ///< "Chương trình công tác năm 2025 của Ban Thư ký"
    QDate adoptedOn;    ///< invalid while a draft
    ProgrammeStatus status = ProgrammeStatus::Draft;
};

/// The status the user sets (trạng thái). Lateness is never typed: see Timeliness.
enum class TaskStatus { NotStarted, InProgress, Done, Postponed, AdjustmentRequested };
inline constexpr std::array kAllTaskStatuses{TaskStatus::NotStarted, TaskStatus::InProgress,
                                      TaskStatus::Done, TaskStatus::Postponed,
                                      TaskStatus::AdjustmentRequested};
QString taskStatusKey(TaskStatus s);                      ///< "not_started", "in_progress"…
std::optional<TaskStatus> taskStatusFromKey(const QString &key);
QString taskStatusLabel(TaskStatus s);                    ///< "Chưa triển khai"…
QString taskStatusLabelEn(TaskStatus s);
/// Accepts a key, a Vietnamese label (any case, with or without diacritics) or English.
std::optional<TaskStatus> parseTaskStatus(const QString &text);

/// Computed from deadline, completion and today (thời hạn).
enum class Timeliness { OnTrack, DueSoon, Overdue, DoneOnTime, DoneLate, NoDeadline };
inline constexpr std::array kAllTimeliness{Timeliness::OnTrack,    Timeliness::DueSoon,
                                    Timeliness::Overdue,    Timeliness::DoneOnTime,
                                    Timeliness::DoneLate,   Timeliness::NoDeadline};
QString timelinessKey(Timeliness t); ///< "on_track", "due_soon", "overdue"…
std::optional<Timeliness> timelinessFromKey(const QString &key);
QString timelinessLabel(Timeliness t);   ///< "Trong hạn", "Sắp đến hạn", "Quá hạn"…
QString timelinessLabelEn(Timeliness t);
bool isLate(Timeliness t); ///< Overdue or DoneLate

constexpr int kDefaultDueSoonDays = 7;

/// The one rule for lateness. A task done on or before its deadline is on time; an
/// unfinished task is overdue the day after its deadline and due soon within
/// `dueSoonDays` days of it. Postponed tasks are judged like any unfinished one.
Timeliness computeTimeliness(TaskStatus status, const QDate &deadline, const QDate &completedOn,
                             const QDate &today, int dueSoonDays = kDefaultDueSoonDays);

/// When a task is due (thời gian): an exact date, a month, a quarter or the whole year.
struct Period
{
    enum class Kind { Date, Month, Quarter, Year };
    Kind kind = Kind::Year;
    int year = 0;
    int value = 0; ///< month 1-12 or quarter 1-4
    QDate date;    ///< for Kind::Date

    static Period ofDate(const QDate &d) { return Period{Kind::Date, d.year(), 0, d}; }
    static Period ofMonth(int year, int month) { return Period{Kind::Month, year, month, {}}; }
    static Period ofQuarter(int year, int q) { return Period{Kind::Quarter, year, q, {}}; }
    static Period ofYear(int year) { return Period{Kind::Year, year, 0, {}}; }

    bool isValid() const;
    /// The same period `years` later (earlier when negative); 29 February becomes the 28th.
    Period shiftedYears(int years) const;
    /// The last day of the period: the deadline it implies.
    QDate deadline() const;
    /// "15/03/2025", "Tháng 3/2025", "Quý I/2025", "Năm 2025".
    QString label() const;
    /// Stable storage form: "2025-03-15", "2025-M03", "2025-Q1", "2025".
    QString key() const;
    static std::optional<Period> fromKey(const QString &key);
    /// Reads what people type: a date (dd/mm/yyyy or ISO), "Tháng 3", "T3/2025", "Quý II",
    /// "Q2/2025", "Năm 2025". A missing year is `defaultYear`.
    static std::optional<Period> parse(const QString &text, int defaultYear);
};

struct Task
{
    Id id = 0;
    Id programmeId = 0;
    Id parentId = 0;         ///< 0: top level
    QString number;          ///< STT as written: "I", "1", "1.2"
    QString content;         ///< nội dung
    Id leadUnitId = 0;       ///< đơn vị chủ trì (required)
    QList<Id> partnerUnitIds;///< đơn vị phối hợp
    Id responsibleId = 0;    ///< người phụ trách; 0: none
    Period period;           ///< thời gian / thời hạn
    QString product;         ///< sản phẩm
    QString sourceRef;       ///< nguồn, e.g. a notice number "05/TB-UBTVQH15"
    QString notes;           ///< ghi chú
    bool planned = true;     ///< false: added during the year (bổ sung)
    TaskStatus status = TaskStatus::NotStarted;
    int progress = 0;        ///< 0-100
    QDate completedOn;       ///< set when status becomes Done
    Id carriedFromId = 0;    ///< the task of last year's programme this one continues

    QDate deadline() const { return period.deadline(); }
    /// A section heading (Roman numeral STT) groups tasks; it has no unit or deadline.
    bool isSection() const;
};

/// A progress report on a task (nhật ký tiến độ).
struct ProgressEntry
{
    Id id = 0;
    Id taskId = 0;
    QDate date;
    QString author;
    int percent = 0;
    QString note;
};

/// Field-level checks that need no database: number format, content, progress range,
/// period. Returns the first problem, with the field name in `detail`.
Result<void> validateTask(const Task &task);

/// The position of a task in its programme's tree order, derived from the STT chain, so
/// that "II" < "II.1"… sorts as a document reads: sortKey("I") < sortKey("I", "1") <
/// sortKey("I", "2") < sortKey("I", "10") < sortKey("II").
QString sortKeySegment(const QString &number);

} // namespace thuky::domain
