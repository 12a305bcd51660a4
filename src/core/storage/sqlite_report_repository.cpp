#include "thuky/storage/database.h"
#include "thuky/storage/report_repository.h"

#include "query_helpers.h"

#include <algorithm>

namespace thuky::storage {

using domain::Id;
using detail::readAll;

namespace {

// The tasks of a scope: the year's programmes, no section headings, the unit leading or
// joining when one is given (?1 year, ?2 unit or 0).
#define THUKY_TASK_SCOPE                                                                         \
    " FROM tasks t JOIN programmes p ON p.id = t.programme_id"                                    \
    " WHERE p.year = ?1 AND t.is_section = 0"                                                     \
    " AND (?2 = 0 OR t.lead_unit_id = ?2 OR EXISTS (SELECT 1 FROM task_partners tp"              \
    "   WHERE tp.task_id = t.id AND tp.agency_id = ?2))"

constexpr const char *kProgressNotes =
    "SELECT e.id, e.task_id, e.entry_date, e.author, e.percent, e.note, t.number, sec.number,"
    " t.content, a.name"
    " FROM tasks t JOIN progress_entries e ON e.task_id = t.id"
    " LEFT JOIN agencies a ON a.id = t.lead_unit_id"
    " LEFT JOIN tasks sec ON sec.programme_id = t.programme_id AND sec.is_section = 1"
    " AND sec.sort_key = substr(t.sort_key, 1, instr(t.sort_key || '.', '.') - 1) AND sec.id <> t.id"
    " WHERE t.programme_id = ?1 AND e.entry_date >= ?2 AND e.entry_date <= ?3"
    " ORDER BY e.entry_date, t.sort_key, e.id";

constexpr const char *kTasksByUnit =
    "SELECT t.lead_unit_id, (SELECT name FROM agencies WHERE id = t.lead_unit_id), group_concat(t.id)"
    THUKY_TASK_SCOPE " AND (t.status = 'done') = ?3 GROUP BY t.lead_unit_id";

constexpr const char *kTasksByTimeliness =
    "SELECT thuky_timeliness(t.status, t.deadline, t.completed_on, ?3, ?4) AS tl, group_concat(t.id)"
    THUKY_TASK_SCOPE " GROUP BY tl";

constexpr const char *kTasksByDeadlineMonth =
    "SELECT CAST(substr(t.deadline, 6, 2) AS INTEGER) AS m, group_concat(t.id)" THUKY_TASK_SCOPE
    " AND t.deadline >= ?3 AND t.deadline <= ?4 GROUP BY m";

constexpr const char *kTasksByCompletionMonth =
    "SELECT CAST(substr(t.completed_on, 6, 2) AS INTEGER) AS m, group_concat(t.id)" THUKY_TASK_SCOPE
    " AND t.status = 'done' AND t.completed_on >= ?3 AND t.completed_on <= ?4 GROUP BY m";

// A notice concludes on meeting contents (notice_contents); a unit's notices are those on a
// content it presents (?2 0: every notice).
constexpr const char *kIssuedNotices =
    "SELECT n.id, n.meeting_date, n.issue_date FROM notices n"
    " WHERE n.year = ?1 AND n.status = 'issued' AND n.meeting_date IS NOT NULL"
    // From the notice's own few contents to their presenters: CROSS JOIN keeps that order,
    // where the planner would walk every content the unit ever presented for each notice.
    " AND (?2 = 0 OR EXISTS (SELECT 1 FROM notice_contents nc"
    "   CROSS JOIN meeting_contents c ON c.id = nc.content_id"
    "   WHERE nc.notice_id = n.id AND c.presenting_agency_id = ?2))"
    " ORDER BY n.issue_date, n.id";

constexpr const char *kMeetingDocuments =
    "SELECT d.id, d.responsible_agency_id, a.name, d.kind, d.due_date, d.received_on, m.first_day"
    " FROM meetings m JOIN meeting_contents c ON c.meeting_id = m.id"
    " JOIN required_documents d ON d.content_id = c.id"
    " JOIN agencies a ON a.id = d.responsible_agency_id"
    " WHERE m.first_day >= ?1 AND m.first_day <= ?2 AND m.status <> 'cancelled'"
    " AND (?3 = 0 OR d.responsible_agency_id = ?3)"
    " ORDER BY d.id";

constexpr const char *kNoticeLine =
    "SELECT number, symbol, subject, meeting_date, issue_date FROM notices WHERE id = ?";

constexpr const char *kDocumentById =
    "SELECT d.id, d.responsible_agency_id, a.name, d.kind, d.due_date, d.received_on, m.first_day, c.title"
    " FROM required_documents d JOIN meeting_contents c ON c.id = d.content_id"
    " LEFT JOIN meetings m ON m.id = c.meeting_id"
    " JOIN agencies a ON a.id = d.responsible_agency_id WHERE d.id = ?";

constexpr const char *kReportCutoff = "SELECT report_cutoff_day FROM office_settings WHERE id = 1";
constexpr const char *kSaveReportCutoff =
    "INSERT INTO office_settings(id, report_cutoff_day) VALUES (1, ?1)"
    " ON CONFLICT(id) DO UPDATE SET report_cutoff_day = ?1,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

QList<Id> idList(const QString &joined)
{
    QList<Id> ids;
    for (const QString &id : joined.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(id.toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

class SqliteReportRepository final : public ReportRepository
{
public:
    explicit SqliteReportRepository(Database &db) : m_db(db) {}

    Result<QList<ProgressNoteRow>> progressNotes(Id programmeId, const QDate &from,
                                                 const QDate &to) override
    {
        return readAll<ProgressNoteRow>(
            m_db, kProgressNotes,
            [](const Statement &s) {
                ProgressNoteRow r;
                r.entry = {s.int64(0), s.int64(1), s.date(2), s.text(3), s.integer(4), s.text(5)};
                r.taskNumber = s.isNull(7) ? s.text(6) : s.text(7) + QLatin1Char('.') + s.text(6);
                r.taskContent = s.text(8);
                r.leadUnitName = s.text(9);
                return r;
            },
            programmeId, from, to);
    }

    Result<QList<CountGroup>> tasksByUnit(const TaskScope &scope, bool done) override
    {
        return readAll<CountGroup>(
            m_db, kTasksByUnit,
            [](const Statement &s) {
                return CountGroup{s.int64(0), QString::number(s.int64(0)), s.text(1), idList(s.text(2))};
            },
            scope.year, scope.unitId, done);
    }

    Result<QList<CountGroup>> tasksByTimeliness(const TaskScope &scope, const QDate &today,
                                                int dueSoonDays) override
    {
        return readAll<CountGroup>(
            m_db, kTasksByTimeliness,
            [](const Statement &s) { return CountGroup{0, s.text(0), {}, idList(s.text(1))}; },
            scope.year, scope.unitId, today, dueSoonDays);
    }

    Result<QList<CountGroup>> tasksByMonth(const TaskScope &scope, bool completed) override
    {
        return readAll<CountGroup>(
            m_db, completed ? kTasksByCompletionMonth : kTasksByDeadlineMonth,
            [](const Statement &s) {
                return CountGroup{s.int64(0), QString::number(s.int64(0)), {}, idList(s.text(1))};
            },
            scope.year, scope.unitId, QDate(scope.year, 1, 1), QDate(scope.year, 12, 31));
    }

    Result<QList<NoticeDates>> issuedNotices(int year, Id agencyId) override
    {
        return readAll<NoticeDates>(
            m_db, kIssuedNotices,
            [](const Statement &s) { return NoticeDates{s.int64(0), s.date(1), s.date(2)}; }, year,
            agencyId);
    }

    Result<QList<DocumentFact>> meetingDocuments(int year, Id agencyId) override
    {
        return readAll<DocumentFact>(
            m_db, kMeetingDocuments,
            [](const Statement &s) {
                return DocumentFact{s.int64(0), s.int64(1), s.text(2), s.text(3),
                                    s.date(4),  s.date(5),  s.date(6), {}};
            },
            QDate(year, 1, 1), QDate(year, 12, 31), agencyId);
    }

    Result<std::optional<QStringList>> noticeLine(Id id) override
    {
        return detail::readOne<QStringList>(
            m_db, kNoticeLine,
            [](const Statement &s) {
                const QString number = s.isNull(0) ? QString()
                                                   : QStringLiteral("%1/%2").arg(s.integer(0), 2, 10, QLatin1Char('0')).arg(s.text(1));
                return QStringList{number, s.text(2), s.date(3).toString(QStringLiteral("dd/MM/yyyy")),
                                   s.date(4).toString(QStringLiteral("dd/MM/yyyy"))};
            },
            id);
    }

    Result<QList<DocumentFact>> documents(const QList<Id> &ids) override
    {
        QList<DocumentFact> out;
        for (Id id : ids) {
            auto fact = detail::readOne<DocumentFact>(
                m_db, kDocumentById,
                [](const Statement &s) {
                    return DocumentFact{s.int64(0), s.int64(1), s.text(2), s.text(3),
                                        s.date(4),  s.date(5),  s.date(6), s.text(7)};
                },
                id);
            if (!fact)
                return fact.error();
            if (*fact)
                out.append(**fact);
        }
        return out;
    }

    Result<std::optional<int>> reportCutoffDay() override
    {
        auto day = m_db.queryInt(kReportCutoff);
        if (!day)
            return day.error();
        return day->has_value() ? std::optional<int>(int(**day)) : std::nullopt;
    }

    Result<void> saveReportCutoffDay(int day) override { return m_db.exec(kSaveReportCutoff, day); }

private:
    Database &m_db;
};

} // namespace

std::unique_ptr<ReportRepository> makeSqliteReportRepository(Database &db)
{
    return std::make_unique<SqliteReportRepository>(db);
}

} // namespace thuky::storage
