#include "thuky/search/folding.h"
#include "thuky/storage/database.h"
#include "thuky/storage/programme_repository.h"

#include "fts_query.h"
#include "query_helpers.h"

#include <QHash>

namespace thuky::storage {

using domain::Id;
using domain::ProgressEntry;
using domain::Programme;
using domain::Task;
using detail::optionalId;
using detail::readAll;
using detail::readOne;

namespace {

constexpr const char *kSelectProgrammes =
    "SELECT id, year, owner_unit_id, title, adopted_on, status FROM programmes ORDER BY year DESC, id";
constexpr const char *kSelectProgramme =
    "SELECT id, year, owner_unit_id, title, adopted_on, status FROM programmes WHERE id = ?";
constexpr const char *kSelectProgrammeFor =
    "SELECT id, year, owner_unit_id, title, adopted_on, status FROM programmes WHERE year = ? AND owner_unit_id = ?";
constexpr const char *kInsertProgramme =
    "INSERT INTO programmes(year, owner_unit_id, title, adopted_on, status) VALUES (?, ?, ?, ?, ?)";
constexpr const char *kUpdateProgramme =
    "UPDATE programmes SET year = ?, owner_unit_id = ?, title = ?, adopted_on = ?, status = ?,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?";

// The task columns every query reads, in the order readTask() expects.
#define THUKY_TASK_COLUMNS                                                                         \
    "t.id, t.programme_id, t.parent_id, t.number, t.content, t.lead_unit_id, t.responsible_id,"   \
    " t.period, t.product, t.source_ref, t.notes, t.planned, t.status, t.progress,"               \
    " t.completed_on, t.carried_from_id, t.depth,"                                                 \
    " (SELECT group_concat(agency_id) FROM (SELECT agency_id FROM task_partners"                  \
    "   WHERE task_id = t.id ORDER BY position))"
constexpr int kTaskColumnCount = 18;

constexpr const char *kSelectTask = "SELECT " THUKY_TASK_COLUMNS " FROM tasks t WHERE t.id = ?";
constexpr const char *kSelectTaskByKey =
    "SELECT " THUKY_TASK_COLUMNS " FROM tasks t WHERE t.programme_id = ? AND t.sort_key = ?";
constexpr const char *kSelectChildren =
    "SELECT " THUKY_TASK_COLUMNS " FROM tasks t WHERE t.programme_id = ? AND t.parent_id IS ? ORDER BY t.sort_key";
constexpr const char *kSelectKeyDepth = "SELECT sort_key, depth FROM tasks WHERE id = ?";
constexpr const char *kInsertTask =
    "INSERT INTO tasks(id, programme_id, parent_id, number, sort_key, depth, is_section, content,"
    " lead_unit_id, responsible_id, period, deadline, product, source_ref, notes, planned, status,"
    " progress, completed_on, carried_from_id, search_folded)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdateTask =
    "UPDATE tasks SET programme_id = ?2, parent_id = ?3, number = ?4, sort_key = ?5, depth = ?6,"
    " is_section = ?7, content = ?8, lead_unit_id = ?9, responsible_id = ?10, period = ?11,"
    " deadline = ?12, product = ?13, source_ref = ?14, notes = ?15, planned = ?16, status = ?17,"
    " progress = ?18, completed_on = ?19, carried_from_id = ?20, search_folded = ?21,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
// A task's descendants are the keys of its programme between "KEY." and "KEY/" ('/' follows
// '.'), a range the (programme_id, sort_key) index answers; LIKE 'KEY.%' would read every
// task of the programme for each task asked about.
constexpr const char *kMoveDescendants =
    "UPDATE tasks SET sort_key = ?1 || substr(sort_key, length(?2) + 1), depth = depth + ?3"
    " WHERE programme_id = ?4 AND sort_key > ?2 || '.' AND sort_key < ?2 || '/'";
constexpr const char *kDeletePartners = "DELETE FROM task_partners WHERE task_id = ?";
constexpr const char *kInsertPartner = "INSERT INTO task_partners(task_id, agency_id, position) VALUES (?, ?, ?)";
constexpr const char *kDeleteTask = "DELETE FROM tasks WHERE id = ?";
constexpr const char *kSubtree =
    "SELECT d.id FROM tasks t JOIN tasks d ON d.programme_id = t.programme_id"
    " AND d.sort_key >= t.sort_key AND d.sort_key < t.sort_key || '/' WHERE t.id = ? ORDER BY d.sort_key";
constexpr const char *kSelectProgress =
    "SELECT id, task_id, entry_date, author, percent, note FROM progress_entries WHERE task_id = ?"
    " ORDER BY entry_date, id";
constexpr const char *kInsertProgress =
    "INSERT INTO progress_entries(id, task_id, entry_date, author, percent, note) VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteProgress = "DELETE FROM progress_entries WHERE id = ?";
constexpr const char *kAgencyNames = "SELECT id, name FROM agencies";
constexpr const char *kCarriedCopy = "SELECT id FROM tasks WHERE carried_from_id = ? AND programme_id = ?";

Programme readProgramme(const Statement &s)
{
    return Programme{s.int64(0), s.integer(1), s.int64(2), s.text(3), s.date(4),
                     domain::programmeStatusFromKey(s.text(5))};
}

Task readTask(const Statement &s, int c = 0)
{
    Task t;
    t.id = s.int64(c + 0);
    t.programmeId = s.int64(c + 1);
    t.parentId = s.int64(c + 2);
    t.number = s.text(c + 3);
    t.content = s.text(c + 4);
    t.leadUnitId = s.int64(c + 5);
    t.responsibleId = s.int64(c + 6);
    t.period = domain::Period::fromKey(s.text(c + 7)).value_or(domain::Period{});
    t.product = s.text(c + 8);
    t.sourceRef = s.text(c + 9);
    t.notes = s.text(c + 10);
    t.planned = s.integer(c + 11) != 0;
    t.status = domain::taskStatusFromKey(s.text(c + 12)).value_or(domain::TaskStatus::NotStarted);
    t.progress = s.integer(c + 13);
    t.completedOn = s.date(c + 14);
    t.carriedFromId = s.int64(c + 15);
    for (const QString &id : s.text(c + 17).split(QLatin1Char(','), Qt::SkipEmptyParts))
        t.partnerUnitIds.append(id.toLongLong());
    return t;
}

ProgressEntry readProgress(const Statement &s)
{
    return ProgressEntry{s.int64(0), s.int64(1), s.date(2), s.text(3), s.integer(4), s.text(5)};
}

QString searchText(const Task &t)
{
    return search::fold(t.number + QLatin1Char(' ') + t.content + QLatin1Char(' ') + t.product + QLatin1Char(' ') +
                        t.sourceRef + QLatin1Char(' ') + t.notes);
}

Error duplicateNumber(const Error &e, const Task &t)
{
    if (e.code != ErrorCode::Conflict || !e.detail.contains(QLatin1String("UNIQUE constraint failed: tasks.programme_id, tasks.sort_key")))
        return e;
    return makeError(ErrorCode::Duplicate,
                     QStringLiteral("STT \"%1\" đã có trong mục này của chương trình.").arg(t.number),
                     QStringLiteral("Number \"%1\" is already used at this level of the programme.").arg(t.number),
                     QStringLiteral("number"));
}

// Builds the WHERE clause of a task filter for a table alias; values are bound in order.
class FilterSql
{
public:
    /// `match`: the filter's text as the index reads it (SqliteProgrammeRepository::textMatch()).
    FilterSql(const TaskFilter &f, const char *alias, QString match = {})
        : m_filter(f), m_a(QString::fromLatin1(alias)), m_match(std::move(match))
    {
    }

    QString criteria() const
    {
        QString sql;
        const QString a = m_a;
        if (m_filter.unitId)
            sql += QStringLiteral(" AND (%1.lead_unit_id = ? OR EXISTS (SELECT 1 FROM task_partners p"
                                  " WHERE p.task_id = %1.id AND p.agency_id = ?))").arg(a);
        if (!m_filter.statuses.isEmpty())
            sql += QStringLiteral(" AND %1.status IN (%2)").arg(a, placeholders(m_filter.statuses.size()));
        if (!m_filter.timeliness.isEmpty())
            sql += QStringLiteral(" AND %1 IN (%2)").arg(timelinessExpr(), placeholders(m_filter.timeliness.size()));
        if (m_filter.lateOnly)
            sql += QStringLiteral(" AND %1 IN ('overdue', 'done_late')").arg(timelinessExpr());
        if (m_filter.deadlineFrom.isValid())
            sql += QStringLiteral(" AND %1.deadline >= ?").arg(a);
        if (m_filter.deadlineTo.isValid())
            sql += QStringLiteral(" AND %1.deadline <= ?").arg(a);
        if (!match().isEmpty())
            sql += QStringLiteral(" AND %1.id IN (%2)").arg(a, QString::fromLatin1(detail::kTextMatchSql));
        return sql;
    }

    bool narrows() const { return !criteria().isEmpty(); }

    QString timelinessExpr() const
    {
        return QStringLiteral("thuky_timeliness(%1.status, %1.deadline, %1.completed_on, ?, ?)").arg(m_a);
    }

    /// Binds the values of criteria() starting at `index`; returns the next free index.
    int bind(Statement &s, int index) const
    {
        if (m_filter.unitId) {
            s.bind(index++, m_filter.unitId);
            s.bind(index++, m_filter.unitId);
        }
        for (auto st : m_filter.statuses)
            s.bind(index++, domain::taskStatusKey(st));
        if (!m_filter.timeliness.isEmpty()) {
            index = bindToday(s, index);
            for (auto t : m_filter.timeliness)
                s.bind(index++, domain::timelinessKey(t));
        }
        if (m_filter.lateOnly)
            index = bindToday(s, index);
        if (m_filter.deadlineFrom.isValid())
            s.bind(index++, m_filter.deadlineFrom);
        if (m_filter.deadlineTo.isValid())
            s.bind(index++, m_filter.deadlineTo);
        if (!match().isEmpty())
            s.bind(index++, match());
        return index;
    }

    int bindToday(Statement &s, int index) const
    {
        s.bind(index++, m_filter.today);
        s.bind(index++, m_filter.dueSoonDays);
        return index;
    }

private:
    static QString placeholders(qsizetype n)
    {
        QStringList q;
        for (qsizetype i = 0; i < n; ++i)
            q << QStringLiteral("?");
        return q.join(QLatin1String(", "));
    }
    // The text through the search index: every word a prefix of a word of the content,
    // product, notes, STT or source (a piece from the middle of a word does not match).
    const QString &match() const { return m_match; }

    const TaskFilter &m_filter;
    QString m_a;
    QString m_match;
};

// The WHERE clause of the task list: the programme, the criteria, and how section headings
// appear (kept only when a task under them matches, or always when nothing narrows).
struct ListQuery
{
    QString where;
    std::function<int(Statement &, int)> bind;
};

ListQuery listQuery(const TaskFilter &f, const QString &match)
{
    const FilterSql outer(f, "t", match);
    const FilterSql inner(f, "d", match);
    const bool narrows = outer.narrows();
    const bool sections = f.includeSections && f.sortBy == TaskSortColumn::Tree;
    QString where = QStringLiteral(" WHERE t.programme_id = ?");
    if (!sections) {
        where += QStringLiteral(" AND t.is_section = 0") + outer.criteria();
    } else if (narrows) {
        where += QStringLiteral(" AND ((t.is_section = 0") + outer.criteria() +
                 QStringLiteral(") OR (t.is_section = 1 AND EXISTS (SELECT 1 FROM tasks d WHERE"
                                " d.programme_id = t.programme_id AND d.is_section = 0"
                                " AND d.sort_key > t.sort_key || '.' AND d.sort_key < t.sort_key || '/'") +
                 inner.criteria() + QStringLiteral(")))");
    }
    const Id programmeId = f.programmeId;
    return ListQuery{where, [=, &f](Statement &s, int i) {
                         const FilterSql o(f, "t", match);
                         const FilterSql d(f, "d", match);
                         s.bind(i++, programmeId);
                         if (!sections || narrows)
                             i = o.bind(s, i);
                         if (sections && narrows)
                             i = d.bind(s, i);
                         return i;
                     }};
}

QString orderBy(const TaskFilter &f)
{
    const char *dir = f.descending ? " DESC" : "";
    QString key;
    switch (f.sortBy) {
    case TaskSortColumn::Tree:
        return f.descending ? QStringLiteral(" ORDER BY t.sort_key DESC") : QStringLiteral(" ORDER BY t.sort_key");
    case TaskSortColumn::Number:
        key = QStringLiteral("t.sort_key");
        break;
    case TaskSortColumn::Content:
        key = QStringLiteral("t.content COLLATE vi");
        break;
    case TaskSortColumn::LeadUnit:
        key = QStringLiteral("a.name COLLATE vi");
        break;
    case TaskSortColumn::Deadline:
        key = QStringLiteral("t.deadline");
        break;
    case TaskSortColumn::Status:
        key = QStringLiteral("CASE t.status WHEN 'not_started' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'done' THEN 2"
                             " WHEN 'postponed' THEN 3 ELSE 4 END");
        break;
    case TaskSortColumn::Progress:
        key = QStringLiteral("t.progress");
        break;
    case TaskSortColumn::Timeliness:
        key = QStringLiteral("CASE timeliness WHEN 'overdue' THEN 0 WHEN 'due_soon' THEN 1 WHEN 'on_track' THEN 2"
                             " WHEN 'no_deadline' THEN 3 WHEN 'done_late' THEN 4 ELSE 5 END");
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + QString::fromLatin1(dir) + QStringLiteral(", t.sort_key");
}

class SqliteProgrammeRepository final : public ProgrammeRepository
{
public:
    explicit SqliteProgrammeRepository(Database &db) : m_db(db) {}

    Result<QList<Programme>> programmes() override { return readAll<Programme>(m_db, kSelectProgrammes, readProgramme); }

    Result<std::optional<Programme>> programme(Id id) override
    {
        return readOne<Programme>(m_db, kSelectProgramme, readProgramme, id);
    }

    Result<std::optional<Programme>> programmeFor(int year, Id owner) override
    {
        return readOne<Programme>(m_db, kSelectProgrammeFor, readProgramme, year, owner);
    }

    Result<Id> insertProgramme(const Programme &p) override
    {
        if (auto r = m_db.exec(kInsertProgramme, p.year, p.ownerUnitId, detail::text(p.title), p.adoptedOn,
                               domain::programmeStatusKey(p.status));
            !r)
            return duplicateProgramme(r.error());
        return m_db.lastInsertId();
    }

    Result<void> updateProgramme(const Programme &p) override
    {
        if (auto r = m_db.exec(kUpdateProgramme, p.year, p.ownerUnitId, detail::text(p.title), p.adoptedOn,
                               domain::programmeStatusKey(p.status), p.id);
            !r)
            return duplicateProgramme(r.error());
        return {};
    }

    Result<std::optional<Task>> task(Id id) override { return readOne<Task>(m_db, kSelectTask, taskReader, id); }

    Result<std::optional<Task>> taskByNumber(Id programmeId, Id parentId, const QString &number) override
    {
        auto key = sortKeyFor(parentId, number);
        if (!key)
            return key.error();
        return readOne<Task>(m_db, kSelectTaskByKey, taskReader, programmeId, key->first);
    }

    Result<QList<Task>> children(Id parentId, Id programmeId) override
    {
        return readAll<Task>(m_db, kSelectChildren, taskReader, programmeId, optionalId(parentId));
    }

    Result<Id> insertTask(const Task &t) override
    {
        auto key = sortKeyFor(t.parentId, t.number);
        if (!key)
            return key.error();
        auto stmt = m_db.prepare(kInsertTask);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, optionalId(t.id));
        bindTask(*stmt, t, key->first, key->second);
        if (auto r = stmt->exec(); !r)
            return duplicateNumber(r.error(), t);
        const Id id = m_db.lastInsertId();
        THUKY_TRY(writePartners(id, t.partnerUnitIds));
        return id;
    }

    Result<void> updateTask(const Task &t) override
    {
        auto old = readOne<std::pair<QString, int>>(m_db, kSelectKeyDepth, keyDepthReader, t.id);
        if (!old)
            return old.error();
        if (!*old)
            return notFound();
        auto key = sortKeyFor(t.parentId, t.number);
        if (!key)
            return key.error();
        auto stmt = m_db.prepare(kUpdateTask);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, t.id);
        bindTask(*stmt, t, key->first, key->second);
        if (auto r = stmt->exec(); !r)
            return duplicateNumber(r.error(), t);
        const auto &[oldKey, oldDepth] = **old;
        if (oldKey != key->first) {
            if (auto r = m_db.exec(kMoveDescendants, key->first, oldKey, key->second - oldDepth, t.programmeId); !r)
                return duplicateNumber(r.error(), t);
        }
        return writePartners(t.id, t.partnerUnitIds);
    }

    Result<void> deleteTask(Id id) override { return m_db.exec(kDeleteTask, id); }

    Result<QList<Id>> subtree(Id id) override
    {
        return readAll<Id>(m_db, kSubtree, [](const Statement &s) { return s.int64(0); }, id);
    }

    Result<int> countTasks(const TaskFilter &filter) override
    {
        const TaskFilter f = withDefaults(filter);
        auto match = textMatch(f);
        if (!match)
            return match.error();
        const ListQuery q = listQuery(f, *match);
        const QByteArray sql = (QStringLiteral("SELECT count(*) FROM tasks t") + q.where).toUtf8();
        auto stmt = m_db.prepare(sql.constData());
        if (!stmt)
            return stmt.error();
        q.bind(*stmt, 1);
        auto row = stmt->step();
        if (!row)
            return row.error();
        return *row ? stmt->integer(0) : 0;
    }

    Result<QList<TaskRow>> tasks(const TaskFilter &filter, int offset, int limit) override
    {
        const TaskFilter f = withDefaults(filter);
        auto match = textMatch(f);
        if (!match)
            return match.error();
        const ListQuery q = listQuery(f, *match);
        const QByteArray sql =
            (QStringLiteral("SELECT ") + QString::fromLatin1(THUKY_TASK_COLUMNS) +
             QStringLiteral(", a.name, a.short_name, pe.full_name,"
                            " thuky_timeliness(t.status, t.deadline, t.completed_on, ?, ?) AS timeliness,"
                            " sec.number"
                            " FROM tasks t LEFT JOIN agencies a ON a.id = t.lead_unit_id"
                            " LEFT JOIN people pe ON pe.id = t.responsible_id"
                            // The section a task stands in: the first segment of its key (the
                            // (programme_id, sort_key) index answers it).
                            " LEFT JOIN tasks sec ON sec.programme_id = t.programme_id AND sec.is_section = 1"
                            " AND sec.sort_key = substr(t.sort_key, 1, instr(t.sort_key || '.', '.') - 1)") +
             q.where + orderBy(f) + QStringLiteral(" LIMIT ? OFFSET ?"))
                .toUtf8();
        auto stmt = m_db.prepare(sql.constData());
        if (!stmt)
            return stmt.error();
        const FilterSql today(f, "t");
        int i = today.bindToday(*stmt, 1);
        i = q.bind(*stmt, i);
        stmt->bind(i++, limit);
        stmt->bind(i++, offset);
        auto names = agencyNames();
        if (!names)
            return names.error();
        return detail::readRows<TaskRow>(*stmt, [&](const Statement &s) {
            TaskRow row;
            row.task = readTask(s);
            row.depth = s.integer(16);
            row.leadUnitName = s.text(kTaskColumnCount);
            row.leadUnitShort = s.text(kTaskColumnCount + 1);
            row.responsibleName = s.text(kTaskColumnCount + 2);
            row.timeliness =
                domain::timelinessFromKey(s.text(kTaskColumnCount + 3)).value_or(domain::Timeliness::NoDeadline);
            row.sectionNumber = s.text(kTaskColumnCount + 4);
            for (Id partner : row.task.partnerUnitIds)
                row.partnerNames.append(names->value(partner));
            return row;
        });
    }

    Result<TaskSummary> summary(const TaskFilter &f) override
    {
        TaskFilter tasksOnly = withDefaults(f);
        tasksOnly.includeSections = false;
        tasksOnly.sortBy = TaskSortColumn::Number;
        auto match = textMatch(tasksOnly);
        if (!match)
            return match.error();
        const ListQuery q = listQuery(tasksOnly, *match);
        const QByteArray sql =
            (QStringLiteral("SELECT t.status, thuky_timeliness(t.status, t.deadline, t.completed_on, ?, ?),"
                            " count(*), sum(t.progress) FROM tasks t") +
             q.where + QStringLiteral(" GROUP BY 1, 2"))
                .toUtf8();
        auto stmt = m_db.prepare(sql.constData());
        if (!stmt)
            return stmt.error();
        const FilterSql today(tasksOnly, "t");
        q.bind(*stmt, today.bindToday(*stmt, 1));
        TaskSummary out;
        std::int64_t progressSum = 0;
        while (true) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const int n = stmt->integer(2);
            const auto status = domain::taskStatusFromKey(stmt->text(0)).value_or(domain::TaskStatus::NotStarted);
            const auto tl = domain::timelinessFromKey(stmt->text(1)).value_or(domain::Timeliness::NoDeadline);
            out.total += n;
            out.byStatus[size_t(status)] += n;
            out.byTimeliness[size_t(tl)] += n;
            if (domain::isLate(tl))
                out.late += n;
            progressSum += stmt->int64(3);
        }
        out.meanProgress = out.total ? double(progressSum) / out.total : 0.0;
        return out;
    }

    Result<std::optional<Id>> carriedCopy(Id fromTaskId, Id programmeId) override
    {
        return readOne<Id>(m_db, kCarriedCopy, [](const Statement &s) { return s.int64(0); }, fromTaskId, programmeId);
    }

    Result<QList<ProgressEntry>> progressLog(Id taskId) override
    {
        return readAll<ProgressEntry>(m_db, kSelectProgress, readProgress, taskId);
    }

    Result<Id> insertProgress(const ProgressEntry &e) override
    {
        THUKY_TRY(m_db.exec(kInsertProgress, optionalId(e.id), e.taskId, e.date, detail::text(e.author), e.percent, detail::text(e.note)));
        return m_db.lastInsertId();
    }

    Result<void> deleteProgress(Id entryId) override { return m_db.exec(kDeleteProgress, entryId); }

private:
    // The filter's text as the index reads it, narrowed to the tasks of the programme's
    // year: the index knows years, not programmes, and without the year every matching
    // task of every year would be read for one programme's list.
    Result<QString> textMatch(const TaskFilter &f)
    {
        if (detail::textMatch(QStringLiteral("task"), f.text).isEmpty())
            return QString();
        auto year = m_db.queryInt("SELECT year FROM programmes WHERE id = ?", f.programmeId);
        if (!year)
            return year.error();
        return detail::listTextMatch(m_db, QStringLiteral("task"), f.text, detail::kFilterColumns,
                                     *year ? std::optional<int>(int(**year)) : std::nullopt);
    }

    TaskFilter withDefaults(TaskFilter f) const
    {
        if (!f.today.isValid())
            f.today = m_db.today();
        if (f.dueSoonDays < 0)
            f.dueSoonDays = domain::kDefaultDueSoonDays;
        return f;
    }

    static Task taskReader(const Statement &s) { return readTask(s); }
    static std::pair<QString, int> keyDepthReader(const Statement &s) { return {s.text(0), s.integer(1)}; }

    static Error notFound()
    {
        return makeError(ErrorCode::NotFound, QStringLiteral("Không tìm thấy nhiệm vụ."),
                         QStringLiteral("The task was not found."));
    }

    static Error duplicateProgramme(const Error &e)
    {
        if (e.code != ErrorCode::Conflict || !e.detail.contains(QLatin1String("UNIQUE constraint failed: programmes")))
            return e;
        return makeError(ErrorCode::Duplicate, QStringLiteral("Đơn vị này đã có chương trình công tác của năm đó."),
                         QStringLiteral("This body already has a work programme for that year."),
                         QStringLiteral("year"));
    }

    // The tree position of a task: its parent's key and depth extended by its own number.
    Result<std::pair<QString, int>> sortKeyFor(Id parentId, const QString &number)
    {
        const QString segment = domain::sortKeySegment(number);
        if (!parentId)
            return std::pair<QString, int>{segment, 0};
        auto parent = readOne<std::pair<QString, int>>(m_db, kSelectKeyDepth, keyDepthReader, parentId);
        if (!parent)
            return parent.error();
        if (!*parent)
            return makeError(ErrorCode::NotFound, QStringLiteral("Không tìm thấy mục cha của nhiệm vụ."),
                             QStringLiteral("The task's parent was not found."), QStringLiteral("parent"));
        return std::pair<QString, int>{(*parent)->first + QLatin1Char('.') + segment, (*parent)->second + 1};
    }

    void bindTask(Statement &s, const Task &t, const QString &key, int depth)
    {
        s.bind(2, t.programmeId)
            .bind(3, optionalId(t.parentId))
            .bind(4, detail::text(t.number))
            .bind(5, key)
            .bind(6, depth)
            .bind(7, t.isSection())
            .bind(8, detail::text(t.content))
            .bind(9, optionalId(t.leadUnitId))
            .bind(10, optionalId(t.responsibleId))
            .bind(11, t.period.isValid() ? t.period.key() : QString::fromLatin1(""))
            .bind(12, t.deadline())
            .bind(13, detail::text(t.product))
            .bind(14, detail::text(t.sourceRef))
            .bind(15, detail::text(t.notes))
            .bind(16, t.planned)
            .bind(17, domain::taskStatusKey(t.status))
            .bind(18, t.progress)
            .bind(19, t.status == domain::TaskStatus::Done ? t.completedOn : QDate())
            .bind(20, optionalId(t.carriedFromId))
            .bind(21, searchText(t));
    }

    Result<void> writePartners(Id taskId, const QList<Id> &partners)
    {
        THUKY_TRY(m_db.exec(kDeletePartners, taskId));
        int position = 0;
        for (Id agency : partners)
            THUKY_TRY(m_db.exec(kInsertPartner, taskId, agency, position++));
        return {};
    }

    Result<QHash<Id, QString>> agencyNames()
    {
        auto rows = readAll<std::pair<Id, QString>>(
            m_db, kAgencyNames, [](const Statement &s) { return std::pair<Id, QString>{s.int64(0), s.text(1)}; });
        if (!rows)
            return rows.error();
        QHash<Id, QString> out;
        for (const auto &[id, name] : *rows)
            out.insert(id, name);
        return out;
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<ProgrammeRepository> makeSqliteProgrammeRepository(Database &db)
{
    return std::make_unique<SqliteProgrammeRepository>(db);
}

} // namespace thuky::storage
