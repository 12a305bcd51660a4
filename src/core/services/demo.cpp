// Demo data: programmes of the Standing Committee, the NA Office and the Secretariat, made
// through the services only, deterministic for a seed.

#include "thuky/services/demo.h"

#include "demo_meetings.h"
#include "demo_sessions.h"
#include "demo_notices.h"
#include "demo_random.h"
#include "demo_words.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"
#include "thuky/services/account_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/transaction.h"

#include <QHash>
#include <QSet>

namespace thuky::services {

using domain::Agency;
using domain::AgencyKind;
using domain::Id;
using domain::Period;
using domain::Task;
using domain::TaskStatus;
using namespace demo;

std::optional<DemoScale> demoScaleFromKey(const QString &key)
{
    for (DemoScale s : {DemoScale::Office, DemoScale::Decade, DemoScale::Stress}) {
        if (demoScaleKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString demoScaleKey(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Decade:
        return QStringLiteral("decade");
    case DemoScale::Stress:
        return QStringLiteral("stress");
    case DemoScale::Office:
        break;
    }
    return QStringLiteral("office");
}

namespace {

/// Programme tasks (section headings not counted) per scale, from DESIGN.md.
struct ScaleSpec
{
    int years;
    int tasksPerProgramme;
    int people;
    MeetingScale meetings; ///< Standing Committee meetings, their contents, other events
    int notices;           ///< conclusion notices
    SessionScale sessions; ///< National Assembly sessions and their agendas
};

ScaleSpec specFor(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Decade:
        // two terms: 10 years x 3 owners x 100 = 3,000; 150 meetings, 2,000 contents
        return {10, 100, 80, {10, 150, 2000, 200}, 5000, {10, 3, 2}};
    case DemoScale::Stress:
        // 10 years x 3 owners x 1,000 = 30,000; 3,000 meetings over 20 years (five terms,
        // at most 999 a term), 40,000 contents
        // 40 regular sessions of 150-200 items through six versions: 50,000 item rows.
        return {10, 1000, 200, {20, 3000, 40000, 3000}, 100000, {20, 6, 2}};
    case DemoScale::Office:
        break;
    }
    // one year x 3 owners x 100 = 300; 2023 had 16 meetings; 2025 had an extraordinary session
    return {1, 100, 40, {1, 16, 200, 24}, 400, {1, 3, 0}};
}

constexpr std::array kOwnerShortNames{"UBTVQH", "VPQH", "BTK"};

// ---------------------------------------------------------------- working days

bool isWorkingDay(const QDate &d)
{
    // Weekends and the fixed-date public holidays; Tết moves every year and is left out.
    static const QSet<int> fixedHolidays{101, 430, 501, 902};
    return d.dayOfWeek() <= 5 && !fixedHolidays.contains(d.month() * 100 + d.day());
}

QDate workingDayOnOrBefore(QDate d)
{
    while (!isWorkingDay(d))
        d = d.addDays(-1);
    return d;
}

QDate workingDayOnOrAfter(QDate d)
{
    while (!isWorkingDay(d))
        d = d.addDays(1);
    return d;
}

/// A working day in [from, to] (from <= to), or `from`'s working day if none is inside.
QDate workingDayBetween(const QDate &from, const QDate &to, DemoRandom &rng)
{
    const auto span = static_cast<int>(from.daysTo(to));
    const QDate d = workingDayOnOrBefore(from.addDays(rng.between(0, std::max(0, span))));
    return d < from ? workingDayOnOrAfter(from) : d;
}

/// The first day of a period, when work on it can start.
QDate periodStart(const Period &p)
{
    switch (p.kind) {
    case Period::Kind::Date:
        return p.date.addDays(-30);
    case Period::Kind::Month:
        return QDate(p.year, p.value, 1);
    case Period::Kind::Quarter:
        return QDate(p.year, 3 * p.value - 2, 1);
    case Period::Kind::Year:
        break;
    }
    return QDate(p.year, 1, 1);
}

Period randomPeriod(int year, DemoRandom &rng)
{
    static constexpr std::array kWeights{40, 35, 15, 10}; // date, month, quarter, year
    switch (rng.weighted(kWeights)) {
    case 0:
        return Period::ofDate(workingDayBetween(QDate(year, 1, 5), QDate(year, 12, 28), rng));
    case 1:
        return Period::ofMonth(year, rng.between(1, 12));
    case 2:
        return Period::ofQuarter(year, rng.between(1, 4));
    default:
        return Period::ofYear(year);
    }
}

/// A step of a larger task is due on a working day in the two months before it.
Period stepPeriod(const QDate &parentDeadline, DemoRandom &rng)
{
    const QDate first = std::max(QDate(parentDeadline.year(), 1, 5), parentDeadline.addDays(-60));
    return Period::ofDate(workingDayBetween(first, parentDeadline, rng));
}

// ---------------------------------------------------------------- the plan of one task's life

/// How a task ends up by "today": its status and the progress reports that lead there.
struct Outcome
{
    TaskStatus status = TaskStatus::NotStarted;
    QList<QDate> reportDates; ///< ascending, each <= today
    QDate completedOn;        ///< for Done: the last report's date
};

TaskStatus unfinishedStatus(DemoRandom &rng)
{
    static constexpr std::array kWeights{35, 45, 12, 8}; // not started, in progress, postponed, adjust
    static constexpr std::array kStatuses{TaskStatus::NotStarted, TaskStatus::InProgress,
                                          TaskStatus::Postponed,
                                          TaskStatus::AdjustmentRequested};
    return kStatuses[static_cast<size_t>(rng.weighted(kWeights))];
}

/// Report dates: up to `count` working days in [from, to], ascending, ending on `to`.
QList<QDate> reportDates(const QDate &from, const QDate &to, int count, DemoRandom &rng)
{
    QList<QDate> dates;
    for (int i = 1; i < count; ++i)
        dates << workingDayBetween(from, to, rng);
    std::sort(dates.begin(), dates.end());
    dates << to;
    return dates;
}

QDate completionDate(const QDate &start, const QDate &deadline, const QDate &today,
                     DemoRandom &rng)
{
    // A quarter of finished tasks finish late, by up to a month.
    const QDate last = rng.chance(25) ? deadline.addDays(rng.between(1, 30)) : deadline;
    const QDate first = rng.chance(25) ? start : std::max(start, deadline.addDays(-15));
    return workingDayBetween(std::min(first, today), std::min(last, today), rng);
}

Outcome plannedOutcome(const Period &period, const QDate &today, DemoRandom &rng)
{
    Outcome o;
    const QDate start = std::min(periodStart(period), period.deadline());
    if (start > today) {
        // Not begun; a few are already postponed or up for adjustment.
        o.status = rng.chance(92) ? TaskStatus::NotStarted : unfinishedStatus(rng);
        if (o.status != TaskStatus::NotStarted)
            o.reportDates << workingDayOnOrBefore(today);
        return o;
    }
    const bool past = period.deadline() < today;
    if (rng.chance(past ? 82 : 25)) {
        o.status = TaskStatus::Done;
        o.completedOn = completionDate(start, period.deadline(), today, rng);
        o.reportDates = reportDates(start, o.completedOn, rng.between(1, 3), rng);
        return o;
    }
    o.status = unfinishedStatus(rng);
    if (o.status != TaskStatus::NotStarted)
        o.reportDates = reportDates(start, workingDayOnOrBefore(today), rng.between(1, 3), rng);
    return o;
}

// ---------------------------------------------------------------- the builder

class DemoBuilder
{
public:
    DemoBuilder(Workspace &ws, const domain::Actor &actor, std::uint64_t seed,
                const std::function<void(int, int)> &progress)
        : m_ws(ws), m_actor(actor), m_seed(seed), m_rng(seed), m_today(ws.programmes().today()),
          m_progress(progress)
    {
    }

    Result<DemoReport> run(const ScaleSpec &spec);

private:
    Result<void> refuseFilledDatabase();
    Result<void> loadUnits();
    Result<void> addPeople(int count);
    Result<void> addProgramme(int year, const Agency &owner, int taskCount);
    Result<Id> addSection(Id programmeId, int index, const Field &field);
    Result<int> addTaskWithSubtasks(Id programmeId, Id sectionId, int number, const Field &field,
                                    int budget, int year, const Agency &owner);
    Result<Task> addTask(Task task, const TaskTemplate &tmpl, const Agency &owner);
    Result<void> addProgress(const Task &task, const Outcome &outcome);
    Id leadUnitFor(const Agency &owner);
    QList<Id> partnersFor(Id lead);
    Id responsibleFor(Id unit);
    void countTask();

    Workspace &m_ws;
    const domain::Actor &m_actor;
    std::uint64_t m_seed;
    DemoRandom m_rng;
    QDate m_today;
    const std::function<void(int, int)> &m_progress;
    DemoReport m_report;
    int m_total = 0;

    QList<Agency> m_owners;
    QList<Id> m_councils;
    QList<Id> m_departments;
    QHash<Id, QList<Id>> m_peopleByUnit;
    QHash<Id, QString> m_personNames;
};

Result<void> DemoBuilder::refuseFilledDatabase()
{
    auto existing = m_ws.programmes().programmes(m_actor);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Cơ sở dữ liệu đã có chương trình công tác; dữ liệu mẫu chỉ "
                                        "được tạo trong cơ sở dữ liệu trống."),
                         QStringLiteral("The database already has work programmes; demo data is "
                                        "only made in an empty database."));
    return {};
}

Result<void> DemoBuilder::loadUnits()
{
    auto agencies = m_ws.reference().agencies(m_actor);
    if (!agencies)
        return agencies.error();
    for (const Agency &a : *agencies) {
        if (a.active && a.kind == AgencyKind::Council)
            m_councils << a.id;
        else if (a.active && a.kind == AgencyKind::Department)
            m_departments << a.id;
    }
    for (const char *shortName : kOwnerShortNames) {
        auto owner = m_ws.reference().findAgency(m_actor, QString::fromUtf8(shortName));
        if (!owner)
            return owner.error();
        if (*owner)
            m_owners << **owner;
    }
    if (m_owners.isEmpty() || m_councils.isEmpty() || m_departments.isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Danh mục cơ quan, đơn vị thiếu UBTVQH, VPQH, BTK, các Ủy "
                                        "ban hoặc các Vụ: không tạo được dữ liệu mẫu."),
                         QStringLiteral("The agency list lacks UBTVQH, VPQH, BTK, the committees "
                                        "or the departments: no demo data can be made."));
    return {};
}

Result<void> DemoBuilder::addPeople(int count)
{
    const QList<Id> units = m_departments + m_councils;
    QSet<QString> used;
    for (int i = 0; i < count; ++i) {
        QString name = personName(m_rng);
        while (used.contains(name))
            name = personName(m_rng);
        used.insert(name);
        const Id unit = units.at(i % units.size());
        domain::Person person;
        person.fullName = name;
        person.unitId = unit;
        person.position = positionFor(static_cast<int>(m_peopleByUnit.value(unit).size()));
        // "Nguyễn Văn An" → an.nv@quochoi.vn, as the Office writes its addresses; the numbers
        // run through the Office's exchange. Neither draws on the random sequence.
        const QStringList words = search::fold(name).split(u' ', Qt::SkipEmptyParts);
        QString initials;
        for (qsizetype w = 0; w + 1 < words.size(); ++w)
            initials += words.at(w).left(1);
        person.email = QStringLiteral("%1.%2@quochoi.vn").arg(words.value(words.size() - 1), initials);
        person.phone = QStringLiteral("024 3822 %1").arg(1000 + i);
        auto saved = m_ws.reference().addPerson(m_actor, person);
        if (!saved)
            return saved.error();
        m_peopleByUnit[unit] << saved->id;
        m_personNames.insert(saved->id, name);
    }
    m_report.people = count;
    return {};
}

Id DemoBuilder::leadUnitFor(const Agency &owner)
{
    // The Standing Committee's work is led mostly by the committees; the Office's and the
    // Secretariat's by the departments.
    const bool committee = owner.shortName == QLatin1String("UBTVQH") && m_rng.chance(70);
    return m_rng.pick(committee ? m_councils : m_departments);
}

QList<Id> DemoBuilder::partnersFor(Id lead)
{
    QList<Id> partners;
    const int count = m_rng.chance(40) ? 0 : m_rng.between(1, 3);
    for (int i = 0; i < count; ++i) {
        const Id unit = m_rng.pick(m_rng.chance(50) ? m_councils : m_departments);
        if (unit != lead && !partners.contains(unit))
            partners << unit;
    }
    return partners;
}

Id DemoBuilder::responsibleFor(Id unit)
{
    const QList<Id> people = m_peopleByUnit.value(unit);
    if (people.isEmpty() || m_rng.chance(15))
        return 0;
    return m_rng.pick(people);
}

void DemoBuilder::countTask()
{
    ++m_report.tasks;
    if (m_progress && (m_report.tasks % 500 == 0 || m_report.tasks == m_total))
        m_progress(m_report.tasks, m_total);
}

Task newTask(Id programmeId)
{
    Task task;
    task.programmeId = programmeId;
    return task;
}

Result<Id> DemoBuilder::addSection(Id programmeId, int index, const Field &field)
{
    Task section = newTask(programmeId);
    section.number = domain::toRoman(index);
    section.content = QString::fromUtf8(field.title);
    auto saved = m_ws.programmes().addTask(m_actor, section);
    if (!saved)
        return saved.error();
    return saved->id;
}

Result<Task> DemoBuilder::addTask(Task task, const TaskTemplate &tmpl, const Agency &owner)
{
    const int year = task.period.year;
    task.content = fillTemplate(tmpl.content, year, m_rng);
    task.product = QString::fromUtf8(tmpl.product);
    if (!task.leadUnitId)
        task.leadUnitId = leadUnitFor(owner);
    task.partnerUnitIds = partnersFor(task.leadUnitId);
    task.responsibleId = responsibleFor(task.leadUnitId);
    task.planned = !m_rng.chance(10);
    if (m_rng.chance(25))
        task.sourceRef = sourceReference(year, m_rng);
    auto saved = m_ws.programmes().addTask(m_actor, task);
    if (!saved)
        return saved.error();
    countTask();
    THUKY_TRY(addProgress(*saved, plannedOutcome(saved->period, m_today, m_rng)));
    return saved;
}

Result<void> DemoBuilder::addProgress(const Task &task, const Outcome &outcome)
{
    const auto count = static_cast<int>(outcome.reportDates.size());
    for (int i = 0; i < count; ++i) {
        const bool last = i + 1 == count;
        domain::ProgressEntry entry;
        entry.taskId = task.id;
        entry.date = std::min(outcome.reportDates.at(i), m_today);
        entry.author = m_personNames.value(task.responsibleId);
        entry.percent = last && outcome.status == TaskStatus::Done ? 100 : 10 + 80 * (i + 1) / (count + 1);
        entry.note = QString::fromUtf8(m_rng.pick(progressNotes()));
        const std::optional<TaskStatus> status = last ? std::optional(outcome.status) : std::nullopt;
        auto saved = m_ws.programmes().recordProgress(m_actor, entry, status);
        if (!saved)
            return saved.error();
        ++m_report.progressEntries;
    }
    return {};
}

/// One numbered task of a section, sometimes split into "n.1", "n.2" steps; returns how
/// many tasks it made (at most `budget`).
Result<int> DemoBuilder::addTaskWithSubtasks(Id programmeId, Id sectionId, int number,
                                             const Field &field, int budget, int year,
                                             const Agency &owner)
{
    Task task = newTask(programmeId);
    task.parentId = sectionId;
    task.number = QString::number(number);
    task.period = randomPeriod(year, m_rng);
    auto parent = addTask(task, m_rng.pick(field.templates), owner);
    if (!parent)
        return parent.error();
    const int steps = budget > 2 && m_rng.chance(15) ? std::min(budget - 1, m_rng.between(2, 3)) : 0;
    QList<Period> periods;
    for (int i = 0; i < steps; ++i)
        periods << stepPeriod(parent->deadline(), m_rng);
    std::sort(periods.begin(), periods.end(),
              [](const Period &a, const Period &b) { return a.date < b.date; });
    const std::span<const TaskTemplate> templates = subtaskTemplates();
    const int first = m_rng.below(static_cast<int>(templates.size()));
    for (int i = 0; i < steps; ++i) {
        Task step = task;
        step.parentId = parent->id;
        step.leadUnitId = parent->leadUnitId; // the steps stay with the unit that leads
        step.number = task.number + QLatin1Char('.') + QString::number(i + 1);
        step.period = periods.at(i);
        // Consecutive templates, so the steps of one task differ.
        const auto &tmpl = templates[static_cast<size_t>(first + i) % templates.size()];
        auto saved = addTask(step, tmpl, owner);
        if (!saved)
            return saved.error();
    }
    return 1 + steps;
}

Result<void> DemoBuilder::addProgramme(int year, const Agency &owner, int taskCount)
{
    domain::Programme p;
    p.year = year;
    p.ownerUnitId = owner.id;
    p.title = QStringLiteral("Chương trình công tác năm %1 của %2").arg(year).arg(owner.name);
    p.adoptedOn = workingDayOnOrBefore(QDate(year - 1, 12, 20 + m_rng.between(0, 8)));
    p.status = domain::ProgrammeStatus::Adopted;
    auto programme = m_ws.programmes().createProgramme(m_actor, p);
    if (!programme)
        return programme.error();
    ++m_report.programmes;

    const std::span<const Field> all = fields();
    int weightLeft = 0;
    for (const Field &f : all)
        weightLeft += f.weight;
    int tasksLeft = taskCount;
    for (size_t s = 0; s < all.size(); ++s) {
        const int share = tasksLeft * all[s].weight / weightLeft;
        weightLeft -= all[s].weight;
        auto section = addSection(programme->id, static_cast<int>(s) + 1, all[s]);
        if (!section)
            return section.error();
        int made = 0;
        for (int number = 1; made < share; ++number) {
            auto added = addTaskWithSubtasks(programme->id, *section, number, all[s], share - made,
                                             year, owner);
            if (!added)
                return added.error();
            made += *added;
        }
        tasksLeft -= made;
    }
    return {};
}

Result<DemoReport> DemoBuilder::run(const ScaleSpec &spec)
{
    THUKY_TRY(refuseFilledDatabase());
    THUKY_TRY(loadUnits());
    THUKY_TRY(addPeople(spec.people));
    m_total = spec.years * spec.tasksPerProgramme * static_cast<int>(m_owners.size());
    const int lastYear = m_today.year();
    for (int year = lastYear - spec.years + 1; year <= lastYear; ++year) {
        for (const Agency &owner : m_owners)
            THUKY_TRY(addProgramme(year, owner, spec.tasksPerProgramme));
    }
    // A generator of its own, so the programmes stay what they were before meetings came.
    DemoRandom meetingRng(m_seed ^ 0x6d656574u);
    auto meetings = addDemoMeetings(m_ws, m_actor, spec.meetings, m_today, meetingRng);
    if (!meetings)
        return meetings.error();
    m_report.meetings = meetings->meetings;
    m_report.meetingContents = meetings->contents;
    m_report.meetingDocuments = meetings->documents;
    m_report.meetingEvents = meetings->events;
    // The notices conclude on the meetings just made; their own generator again.
    DemoRandom noticeRng(m_seed ^ 0x6e6f7469u);
    auto notices = addDemoNotices(m_ws, m_actor, spec.notices, m_today, noticeRng);
    if (!notices)
        return notices.error();
    m_report.notices = notices->notices;
    m_report.issuedNotices = notices->issued;
    // The Assembly's sessions, on the terms the meetings brought; a generator of their own.
    DemoRandom sessionRng(m_seed ^ 0x73657373u);
    auto sessions = addDemoSessions(m_ws, m_actor, spec.sessions, m_today, sessionRng);
    if (!sessions)
        return sessions.error();
    m_report.sessions = sessions->sessions;
    m_report.agendaVersions = sessions->versions;
    m_report.agendaItems = sessions->items;
    m_report.agendaItemRows = sessions->itemRows;
    return m_report;
}

Result<void> addDemoAccounts(Workspace &ws, const domain::Actor &actor, DemoReport &report)
{
    // One account per role, administrator first (the first account must be one).
    const std::pair<const char *, domain::Role> accounts[] = {
        {"quantri", domain::Role::Administrator}, {"chuyenvien", domain::Role::Drafter},
        {"lanhdaovu", domain::Role::Reviewer},    {"tongthuky", domain::Role::Approver},
        {"nguoixem", domain::Role::Viewer},
    };
    const char *names[] = {"Quản trị hệ thống", "Nguyễn Thị Thu Hà", "Trần Văn Minh", "Lê Quang Huy", "Phạm Thị Lan"};
    domain::Actor admin = actor;
    int i = 0;
    for (const auto &[userName, role] : accounts) {
        domain::User user;
        user.userName = QString::fromLatin1(userName);
        user.fullName = QString::fromUtf8(names[i++]);
        user.roles = {role};
        auto added = ws.accounts().addUser(admin, user, demoPassword());
        if (!added)
            return added.error();
        if (role == domain::Role::Administrator)
            admin = added->actor();
        report.accounts.append(DemoAccount{user.userName, demoPassword(), role});
    }
    return {};
}

} // namespace

Result<DemoReport> generateDemo(Workspace &ws, const domain::Actor &actor, DemoScale scale,
                                std::uint64_t seed, const std::function<void(int, int)> &progress)
{
    THUKY_TRY(ws.authorizer().require(actor, Action::ManageDatabase));
    auto hadAccounts = ws.accounts().hasAccounts();
    if (!hadAccounts)
        return hadAccounts.error();
    // One transaction for everything, accounts included: a demo cut short (killed, disk
    // full) leaves the database as it was, never data without the accounts that guard it.
    // It also makes one disk sync instead of one per task (the services' own transactions
    // nest as savepoints).
    auto tx = storage::Transaction::begin(ws.db());
    if (!tx)
        return tx.error();
    DemoBuilder builder(ws, actor, seed, progress);
    auto report = builder.run(specFor(scale));
    if (!report)
        return report;
    if (!*hadAccounts)
        THUKY_TRY(addDemoAccounts(ws, actor, *report));
    THUKY_TRY(tx->commit());
    return report;
}

} // namespace thuky::services
