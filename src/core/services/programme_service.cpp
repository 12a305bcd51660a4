#include "thuky/services/programme_service.h"

#include "thuky/core/logging.h"
#include "thuky/domain/text.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/storage/database.h"
#include "thuky/storage/reference_repository.h"
#include "thuky/storage/transaction.h"

#include <QHash>
#include <QSet>

#include <spdlog/spdlog.h>

#include <limits>

namespace thuky::services {

using domain::Actor;
using domain::Id;
using domain::Programme;
using domain::ProgressEntry;
using domain::Task;
using domain::TaskStatus;
using domain::TextKind;
using storage::Entity;
using storage::TaskFilter;
using storage::TaskRow;
using storage::Transaction;

namespace {

constexpr int kAll = std::numeric_limits<int>::max();

Error notFound(const char *vi, const char *en)
{
    return makeError(ErrorCode::NotFound, QString::fromUtf8(vi), QString::fromUtf8(en));
}

Error invalid(const QString &vi, const QString &en, const char *field = "")
{
    return makeError(ErrorCode::InvalidInput, vi, en, QString::fromLatin1(field));
}

template <typename T>
Result<T> required(Result<std::optional<T>> r, const char *vi, const char *en)
{
    if (!r)
        return r.error();
    if (!*r)
        return notFound(vi, en);
    return std::move(**r);
}

QString parentPrefix(const QString &number) { return number.section(QLatin1Char('.'), 0, -2); }

} // namespace

QStringList taskColumns()
{
    return {QStringLiteral("STT"),         QStringLiteral("Nội dung"),        QStringLiteral("Đơn vị chủ trì"),
            QStringLiteral("Đơn vị phối hợp"), QStringLiteral("Người phụ trách"), QStringLiteral("Thời hạn"),
            QStringLiteral("Sản phẩm"),    QStringLiteral("Nguồn"),           QStringLiteral("Loại"),
            QStringLiteral("Trạng thái"),  QStringLiteral("Tiến độ (%)"),     QStringLiteral("Ngày hoàn thành"),
            QStringLiteral("Ghi chú"),     QStringLiteral("Hạn chót"),        QStringLiteral("Tình trạng")};
}

QString ImportProblem::text(Lang lang) const
{
    QString where = QStringLiteral("\"%1\"").arg(file);
    if (lang == Lang::En) {
        if (row > 0)
            where += QStringLiteral(", row %1").arg(row);
        if (!column.isEmpty())
            where += QStringLiteral(", column \"%1\"").arg(column);
    } else {
        if (row > 0)
            where += QStringLiteral(", dòng %1").arg(row);
        if (!column.isEmpty())
            where += QStringLiteral(", cột \"%1\"").arg(column);
    }
    return where + QStringLiteral(": ") + message.text(lang);
}

ProgrammeService::ProgrammeService(storage::Database &db, storage::ProgrammeRepository &repo,
                                   storage::ReferenceRepository &reference, AuditService &audit,
                                   const Authorizer &authorizer)
    : m_db(db), m_repo(repo), m_reference(reference), m_audit(audit), m_auth(authorizer)
{
}

// Every write below goes through one of these, so nothing reaches the database unaudited.
Result<Id> ProgrammeService::insertTaskAudited(const Actor &actor, const Task &task, const char *action)
{
    auto id = m_repo.insertTask(task);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, QString::fromLatin1(action), Entity::Task, *id, std::nullopt));
    return id;
}

Result<void> ProgrammeService::updateTaskAudited(const Actor &actor, const Task &task)
{
    auto before = m_audit.image(Entity::Task, task.id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.updateTask(task));
    return m_audit.record(actor, QStringLiteral("task.update"), Entity::Task, task.id, *before);
}

Result<Id> ProgrammeService::insertProgrammeAudited(const Actor &actor, const Programme &p)
{
    auto id = m_repo.insertProgramme(p);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, QStringLiteral("programme.create"), Entity::Programme, *id, std::nullopt));
    return id;
}

QDate ProgrammeService::today() const { return m_db.today(); }

// ---------------------------------------------------------------- programmes

Result<QList<Programme>> ProgrammeService::programmes(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.programmes();
}

Result<Programme> ProgrammeService::programme(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return required(m_repo.programme(id), "Không tìm thấy chương trình công tác.", "The work programme was not found.");
}

Result<std::optional<Programme>> ProgrammeService::programmeForYear(const Actor &actor, int year, Id owner)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    if (owner)
        return m_repo.programmeFor(year, owner);
    auto all = m_repo.programmes();
    if (!all)
        return all.error();
    for (const Programme &p : *all)
        if (p.year == year)
            return std::optional<Programme>{p};
    return std::optional<Programme>{};
}

namespace {
Result<void> validateProgramme(const Programme &p)
{
    if (p.year < 1946 || p.year > 2200)
        return invalid(QStringLiteral("Năm của chương trình không hợp lệ."), QStringLiteral("The programme's year is not valid."),
                       "year");
    if (p.ownerUnitId == 0)
        return invalid(QStringLiteral("Chưa chọn cơ quan, đơn vị ban hành chương trình."),
                       QStringLiteral("The programme's owner body is missing."), "owner");
    if (p.title.trimmed().isEmpty())
        return invalid(QStringLiteral("Chưa nhập tên chương trình."), QStringLiteral("The programme's title is missing."),
                       "title");
    return {};
}
} // namespace

Result<Programme> ProgrammeService::createProgramme(const Actor &actor, Programme p)
{
    THUKY_TRY(m_auth.require(actor, Action::EditProgramme));
    p.title = domain::cleanText(p.title);
    if (p.title.trimmed().isEmpty() && p.ownerUnitId) {
        auto owner = m_reference.agency(p.ownerUnitId);
        if (owner && *owner)
            p.title = QStringLiteral("Chương trình công tác năm %1 của %2").arg(p.year).arg((*owner)->name);
    }
    THUKY_TRY(validateProgramme(p));
    auto owner = required(m_reference.agency(p.ownerUnitId), "Không tìm thấy cơ quan, đơn vị.", "The body was not found.");
    if (!owner)
        return owner.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = insertProgrammeAudited(actor, p);
    if (!id)
        return id.error();
    THUKY_TRY(tx->commit());
    p.id = *id;
    logger("services")->info("programme {} created for year {} by {}", p.id, p.year, actor.userName.toStdString());
    return p;
}

Result<Programme> ProgrammeService::updateProgramme(const Actor &actor, Programme p)
{
    THUKY_TRY(m_auth.require(actor, Action::EditProgramme));
    p.title = domain::cleanText(p.title);
    THUKY_TRY(validateProgramme(p));
    auto existing = required(m_repo.programme(p.id), "Không tìm thấy chương trình công tác.",
                             "The work programme was not found.");
    if (!existing)
        return existing.error();
    // Adopting or closing a programme is leadership's decision.
    if (existing->status != p.status || existing->adoptedOn != p.adoptedOn)
        THUKY_TRY(m_auth.require(actor, Action::AdoptProgramme));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::Programme, p.id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.updateProgramme(p));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("programme.update"), Entity::Programme, p.id, *before));
    THUKY_TRY(tx->commit());
    return p;
}

// ---------------------------------------------------------------- task list

namespace {
TaskFilter completed(TaskFilter f, const QDate &today, int dueSoonDays)
{
    if (!f.today.isValid())
        f.today = today;
    if (f.dueSoonDays < 0)
        f.dueSoonDays = dueSoonDays;
    return f;
}
} // namespace

Result<int> ProgrammeService::countTasks(const Actor &actor, TaskFilter filter)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.countTasks(completed(filter, today(), m_dueSoonDays));
}

Result<QList<TaskRow>> ProgrammeService::tasks(const Actor &actor, TaskFilter filter, int offset, int limit)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.tasks(completed(filter, today(), m_dueSoonDays), offset, limit);
}

Result<storage::TaskSummary> ProgrammeService::summary(const Actor &actor, TaskFilter filter)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.summary(completed(filter, today(), m_dueSoonDays));
}

Result<Task> ProgrammeService::task(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return required(m_repo.task(id), "Không tìm thấy nhiệm vụ.", "The task was not found.");
}

Result<TaskRow> ProgrammeService::taskRow(const Actor &actor, Id id)
{
    auto t = task(actor, id);
    if (!t)
        return t.error();
    TaskRow row;
    row.task = *t;
    row.timeliness = domain::computeTimeliness(t->status, t->deadline(), t->completedOn, today(), m_dueSoonDays);
    if (auto lead = m_reference.agency(t->leadUnitId); lead && *lead) {
        row.leadUnitName = (*lead)->name;
        row.leadUnitShort = (*lead)->shortName;
    }
    for (Id partner : t->partnerUnitIds)
        if (auto a = m_reference.agency(partner); a && *a)
            row.partnerNames.append((*a)->name);
    if (auto p = m_reference.person(t->responsibleId); p && *p)
        row.responsibleName = (*p)->fullName;
    for (Id parent = t->parentId; parent;) {
        auto up = m_repo.task(parent);
        if (!up || !*up)
            break;
        ++row.depth;
        parent = (*up)->parentId;
    }
    return row;
}

Result<QList<TaskRow>> ProgrammeService::parentCandidates(const Actor &actor, Id programmeId)
{
    TaskFilter f;
    f.programmeId = programmeId;
    return tasks(actor, f, 0, kAll);
}

Result<QString> ProgrammeService::nextNumber(const Actor &actor, Id programmeId, Id parentId, bool section)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto siblings = m_repo.children(section ? 0 : parentId, programmeId);
    if (!siblings)
        return siblings.error();
    if (section) {
        int highest = 0;
        for (const Task &t : *siblings)
            highest = std::max(highest, domain::fromRoman(t.number));
        return domain::toRoman(highest + 1);
    }
    int highest = 0;
    for (const Task &t : *siblings)
        if (!t.isSection())
            highest = std::max(highest, t.number.section(QLatin1Char('.'), -1).toInt());
    QString prefix;
    if (parentId) {
        auto parent = m_repo.task(parentId);
        if (parent && *parent && !(*parent)->isSection())
            prefix = (*parent)->number + QLatin1Char('.');
    }
    return QString(prefix + QString::number(highest + 1));
}

// ---------------------------------------------------------------- task edits

Result<void> ProgrammeService::checkParent(Task &task)
{
    if (task.isSection()) {
        if (task.parentId)
            return invalid(QStringLiteral("Đề mục (STT La Mã) phải ở cấp cao nhất."),
                           QStringLiteral("A section (Roman number) must be at the top level."), "parent");
        return {};
    }
    const bool dotted = task.number.contains(QLatin1Char('.'));
    if (!task.parentId) {
        if (dotted)
            return invalid(QStringLiteral("STT \"%1\" là nhiệm vụ con: hãy chọn nhiệm vụ \"%2\" làm mục cha.")
                               .arg(task.number, parentPrefix(task.number)),
                           QStringLiteral("Number \"%1\" is a subtask: choose task \"%2\" as its parent.")
                               .arg(task.number, parentPrefix(task.number)),
                           "parent");
        return {};
    }
    auto parent = required(m_repo.task(task.parentId), "Không tìm thấy mục cha.", "The parent was not found.");
    if (!parent)
        return parent.error();
    if (parent->programmeId != task.programmeId)
        return invalid(QStringLiteral("Mục cha thuộc chương trình khác."),
                       QStringLiteral("The parent belongs to another programme."), "parent");
    if (task.id) {
        auto sub = m_repo.subtree(task.id);
        if (!sub)
            return sub.error();
        if (sub->contains(task.parentId))
            return invalid(QStringLiteral("Không thể đặt nhiệm vụ vào trong chính nó."),
                           QStringLiteral("A task cannot be placed inside itself."), "parent");
    }
    const QString expectedPrefix = parent->isSection() ? QString() : parent->number;
    if (parentPrefix(task.number) != expectedPrefix) {
        const QString example = expectedPrefix.isEmpty() ? QStringLiteral("1, 2, 3") : expectedPrefix + QStringLiteral(".1");
        return invalid(QStringLiteral("STT \"%1\" không khớp với mục cha \"%2\" (ví dụ: %3).")
                           .arg(task.number, parent->number, example),
                       QStringLiteral("Number \"%1\" does not fit under parent \"%2\" (e.g. %3).")
                           .arg(task.number, parent->number, example),
                       "number");
    }
    return {};
}

Result<Task> ProgrammeService::saveTask(const Actor &actor, Task task, bool insert)
{
    task.number = domain::cleanText(task.number);
    if (domain::fromRoman(task.number) > 0)
        task.number = task.number.toUpper();
    task.content = domain::cleanText(task.content, TextKind::MultiLine);
    task.product = domain::cleanText(task.product, TextKind::MultiLine);
    task.sourceRef = domain::cleanText(task.sourceRef);
    task.notes = domain::cleanText(task.notes, TextKind::MultiLine);
    if (task.isSection()) {
        // Headings carry no unit, deadline or progress of their own.
        task.leadUnitId = 0;
        task.partnerUnitIds.clear();
        task.responsibleId = 0;
        task.period = {};
    }
    if (task.status == TaskStatus::Done) {
        task.progress = 100;
        if (!task.completedOn.isValid())
            task.completedOn = today();
    } else {
        task.completedOn = {};
    }
    THUKY_TRY(domain::validateTask(task));
    THUKY_TRY(required(m_repo.programme(task.programmeId), "Không tìm thấy chương trình công tác.",
                       "The work programme was not found."));
    if (task.leadUnitId)
        THUKY_TRY(required(m_reference.agency(task.leadUnitId), "Không tìm thấy đơn vị chủ trì.",
                           "The lead unit was not found."));
    for (Id partner : task.partnerUnitIds)
        THUKY_TRY(required(m_reference.agency(partner), "Không tìm thấy đơn vị phối hợp.",
                           "A coordinating unit was not found."));
    if (task.responsibleId)
        THUKY_TRY(required(m_reference.person(task.responsibleId), "Không tìm thấy người phụ trách.",
                           "The responsible person was not found."));
    THUKY_TRY(checkParent(task));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (insert) {
        auto id = insertTaskAudited(actor, task, "task.create");
        if (!id)
            return id.error();
        task.id = *id;
    } else {
        THUKY_TRY(required(m_repo.task(task.id), "Không tìm thấy nhiệm vụ.", "The task was not found."));
        THUKY_TRY(updateTaskAudited(actor, task));
    }
    THUKY_TRY(tx->commit());
    return task;
}

Result<Task> ProgrammeService::addTask(const Actor &actor, Task task)
{
    THUKY_TRY(m_auth.require(actor, Action::EditTask));
    task.id = 0;
    return saveTask(actor, std::move(task), true);
}

Result<Task> ProgrammeService::updateTask(const Actor &actor, const Task &task)
{
    THUKY_TRY(m_auth.require(actor, Action::EditTask));
    auto before = required(m_repo.task(task.id), "Không tìm thấy nhiệm vụ.", "The task was not found.");
    if (!before)
        return before.error();
    if (before->programmeId != task.programmeId)
        return invalid(QStringLiteral("Không thể chuyển nhiệm vụ sang chương trình khác."),
                       QStringLiteral("A task cannot move to another programme."), "programme");
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // A renumbered or moved task shifts its whole subtree: keep each descendant's image
    // from before, so every row that changes gets its audit entry.
    auto ids = m_repo.subtree(task.id);
    if (!ids)
        return ids.error();
    QHash<Id, std::optional<QByteArray>> befores;
    for (Id id : ids->mid(1)) {
        auto image = m_audit.image(Entity::Task, id);
        if (!image)
            return image.error();
        befores.insert(id, *image);
    }
    auto saved = saveTask(actor, task, false);
    if (!saved)
        return saved.error();
    // Subtasks follow a renumbered parent: "1.2" becomes "3.2" when "1" becomes "3".
    const QString oldPrefix = before->number + QLatin1Char('.');
    const bool renumbered = saved->number != before->number && !saved->isSection() && !before->isSection();
    for (Id id : ids->mid(1)) {
        auto child = m_repo.task(id);
        if (!child)
            return child.error();
        if (!*child)
            continue;
        if (renumbered && (*child)->number.startsWith(oldPrefix)) {
            Task renamed = **child;
            renamed.number = saved->number + QLatin1Char('.') + renamed.number.mid(oldPrefix.size());
            THUKY_TRY(m_repo.updateTask(renamed));
        }
        auto now = m_audit.image(Entity::Task, id);
        if (!now)
            return now.error();
        if (*now != befores.value(id))
            THUKY_TRY(m_audit.record(actor, QStringLiteral("task.renumber"), Entity::Task, id, befores.value(id)));
    }
    THUKY_TRY(tx->commit());
    return saved;
}

Result<TaskSnapshot> ProgrammeService::deleteTask(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::EditTask));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto ids = m_repo.subtree(id);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return notFound("Không tìm thấy nhiệm vụ.", "The task was not found.");
    TaskSnapshot snapshot;
    for (Id each : *ids) {
        auto t = m_repo.task(each);
        if (!t)
            return t.error();
        snapshot.tasks.append(**t);
        auto log = m_repo.progressLog(each);
        if (!log)
            return log.error();
        snapshot.progress += *log;
    }
    // Progress entries and children first, so no row ever points at a deleted one; each
    // deletion is audited (a cascade would delete rows the audit trail still expects).
    for (const ProgressEntry &e : snapshot.progress) {
        auto before = m_audit.image(Entity::ProgressEntry, e.id);
        if (!before)
            return before.error();
        THUKY_TRY(m_repo.deleteProgress(e.id));
        THUKY_TRY(m_audit.record(actor, QStringLiteral("progress.delete"), Entity::ProgressEntry, e.id, *before));
    }
    for (auto it = ids->crbegin(); it != ids->crend(); ++it) {
        auto before = m_audit.image(Entity::Task, *it);
        if (!before)
            return before.error();
        THUKY_TRY(m_repo.deleteTask(*it));
        THUKY_TRY(m_audit.record(actor, QStringLiteral("task.delete"), Entity::Task, *it, *before));
    }
    THUKY_TRY(tx->commit());
    logger("services")->info("task {} deleted with {} subtasks by {}", id, ids->size() - 1, actor.userName.toStdString());
    return snapshot;
}

Result<void> ProgrammeService::restoreTasks(const Actor &actor, const TaskSnapshot &snapshot)
{
    THUKY_TRY(m_auth.require(actor, Action::EditTask));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const Task &t : snapshot.tasks)
        THUKY_TRY(insertTaskAudited(actor, t, "task.restore"));
    for (const ProgressEntry &e : snapshot.progress) {
        auto id = m_repo.insertProgress(e);
        if (!id)
            return id.error();
        THUKY_TRY(m_audit.record(actor, QStringLiteral("progress.restore"), Entity::ProgressEntry, *id, std::nullopt));
    }
    return tx->commit();
}

// ---------------------------------------------------------------- progress

Result<ProgressEntry> ProgrammeService::recordProgress(const Actor &actor, ProgressEntry entry,
                                                       std::optional<TaskStatus> newStatus)
{
    THUKY_TRY(m_auth.require(actor, Action::RecordProgress));
    auto task = required(m_repo.task(entry.taskId), "Không tìm thấy nhiệm vụ.", "The task was not found.");
    if (!task)
        return task.error();
    if (task->isSection())
        return invalid(QStringLiteral("Đề mục không có tiến độ riêng; hãy ghi tiến độ cho từng nhiệm vụ."),
                       QStringLiteral("A section has no progress of its own; record it on its tasks."), "task");
    if (!entry.date.isValid())
        entry.date = today();
    if (entry.date > today())
        return invalid(QStringLiteral("Ngày báo cáo tiến độ không được sau ngày hôm nay."),
                       QStringLiteral("The progress date cannot be after today."), "date");
    if (entry.percent < 0 || entry.percent > 100)
        return invalid(QStringLiteral("Tiến độ phải từ 0 đến 100%."), QStringLiteral("Progress must be between 0 and 100%."),
                       "percent");
    entry.author = domain::cleanText(entry.author);
    if (entry.author.isEmpty())
        entry.author = actor.fullName.isEmpty() ? actor.userName : actor.fullName;
    entry.note = domain::cleanText(entry.note, TextKind::MultiLine);

    Task updated = *task;
    updated.progress = entry.percent;
    if (newStatus)
        updated.status = *newStatus;
    else if (entry.percent == 100)
        updated.status = TaskStatus::Done;
    else if (updated.status == TaskStatus::NotStarted || updated.status == TaskStatus::Done)
        updated.status = TaskStatus::InProgress;
    if (updated.status == TaskStatus::Done) {
        updated.progress = 100;
        updated.completedOn = entry.date;
    } else {
        updated.completedOn = {};
    }

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertProgress(entry);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, QStringLiteral("progress.create"), Entity::ProgressEntry, *id, std::nullopt));
    THUKY_TRY(updateTaskAudited(actor, updated));
    THUKY_TRY(tx->commit());
    entry.id = *id;
    return entry;
}

Result<void> ProgrammeService::undoProgress(const Actor &actor, Id entryId, const Task &before)
{
    THUKY_TRY(m_auth.require(actor, Action::RecordProgress));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto image = m_audit.image(Entity::ProgressEntry, entryId);
    if (!image)
        return image.error();
    THUKY_TRY(m_repo.deleteProgress(entryId));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("progress.delete"), Entity::ProgressEntry, entryId, *image));
    THUKY_TRY(updateTaskAudited(actor, before));
    return tx->commit();
}

Result<QList<ProgressEntry>> ProgrammeService::progressLog(const Actor &actor, Id taskId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.progressLog(taskId);
}

// ---------------------------------------------------------------- carry-over

Result<int> ProgrammeService::carryOver(const Actor &actor, Id programmeId)
{
    THUKY_TRY(m_auth.require(actor, Action::EditProgramme));
    auto from = required(m_repo.programme(programmeId), "Không tìm thấy chương trình công tác.",
                         "The work programme was not found.");
    if (!from)
        return from.error();
    const int nextYear = from->year + 1;

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto target = m_repo.programmeFor(nextYear, from->ownerUnitId);
    if (!target)
        return target.error();
    Programme to;
    if (*target) {
        to = **target;
    } else {
        to.year = nextYear;
        to.ownerUnitId = from->ownerUnitId;
        to.title = QString(from->title).replace(QString::number(from->year), QString::number(nextYear));
        auto id = insertProgrammeAudited(actor, to);
        if (!id)
            return id.error();
        to.id = *id;
    }

    TaskFilter all;
    all.programmeId = programmeId;
    all.today = today();
    auto rows = m_repo.tasks(all, 0, kAll);
    if (!rows)
        return rows.error();
    QHash<Id, Task> byId;
    for (const TaskRow &r : *rows)
        byId.insert(r.task.id, r.task);

    // An unfinished task brings along the headings and parents above it.
    QSet<Id> wanted;
    for (const TaskRow &r : *rows) {
        if (r.task.isSection() || r.task.status == TaskStatus::Done)
            continue;
        for (Id id = r.task.id; id && !wanted.contains(id); id = byId.value(id).parentId)
            wanted.insert(id);
    }

    QHash<Id, Id> copies; // old id -> id in the new programme
    int carried = 0;
    for (const TaskRow &r : *rows) {
        const Task &old = r.task;
        if (!wanted.contains(old.id))
            continue;
        auto existing = m_repo.carriedCopy(old.id, to.id);
        if (!existing)
            return existing.error();
        if (*existing) {
            copies.insert(old.id, **existing);
            continue;
        }
        Task copy = old;
        copy.id = 0;
        copy.programmeId = to.id;
        copy.parentId = old.parentId ? copies.value(old.parentId) : 0;
        copy.carriedFromId = old.id;
        if (old.isSection()) {
            // A heading of the same number may already be in next year's programme: reuse it.
            auto same = m_repo.taskByNumber(to.id, 0, old.number);
            if (!same)
                return same.error();
            if (*same) {
                copies.insert(old.id, (*same)->id);
                continue;
            }
        } else {
            copy.period = domain::Period::ofQuarter(nextYear, 1);
            copy.planned = true;
            copy.notes = QStringLiteral("Chuyển tiếp từ chương trình năm %1.").arg(from->year) +
                         (old.notes.isEmpty() ? QString() : QLatin1Char(' ') + old.notes);
            ++carried;
        }
        auto id = insertTaskAudited(actor, copy, "task.carry_over");
        if (!id)
            return id.error();
        copies.insert(old.id, *id);
    }
    THUKY_TRY(tx->commit());
    logger("services")->info("{} tasks carried over from programme {} to {}", carried, programmeId, to.id);
    return carried;
}

// ---------------------------------------------------------------- export

Result<documents::Table> ProgrammeService::exportTable(const Actor &actor, Id programmeId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    TaskFilter all;
    all.programmeId = programmeId;
    auto rows = tasks(actor, all, 0, kAll);
    if (!rows)
        return rows.error();
    auto people = m_reference.people();
    if (!people)
        return people.error();
    documents::Table table;
    table.headers = taskColumns();
    for (const TaskRow &r : *rows) {
        const Task &t = r.task;
        if (t.isSection()) {
            table.rows.append({t.number, t.content});
            continue;
        }
        table.rows.append({t.number, t.content, r.leadUnitName, r.partnerNames.join(QStringLiteral("; ")),
                           r.responsibleName, t.period.label(), t.product, t.sourceRef,
                           t.planned ? QStringLiteral("Kế hoạch") : QStringLiteral("Bổ sung"),
                           domain::taskStatusLabel(t.status), QString::number(t.progress),
                           domain::shortDate(t.completedOn), t.notes, domain::shortDate(t.deadline()),
                           domain::timelinessLabel(r.timeliness)});
    }
    return table;
}

} // namespace thuky::services
