#include "test_support.h"

#include "thuky/services/account_service.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/dashboard_service.h"
#include "thuky/services/demo.h"
#include "thuky/services/maintenance.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/report_service.h"
#include "thuky/services/session_service.h"
#include "thuky/storage/database.h"

#include <QTemporaryDir>

#include <map>

using namespace thuky;
using namespace thuky::domain;
using services::Action;
using storage::Entity;
using thuky::test::actor;
using thuky::test::ok;

namespace {

const QString kPassword = QStringLiteral("Mat-khau-2025");

Actor as(Role role)
{
    return Actor{100 + int(role), roleKey(role), roleLabel(role), {role}};
}

User newUser(const char *name, QList<Role> roles)
{
    User u;
    u.userName = QString::fromLatin1(name);
    u.fullName = QStringLiteral("Người dùng %1").arg(QString::fromLatin1(name));
    u.roles = std::move(roles);
    return u;
}

// The matrix the Secretariat agreed on; a change to the table must change this too.
const std::map<Action, QList<Role>> kExpected{
    {Action::ViewData, {Role::Viewer, Role::Drafter, Role::Reviewer, Role::Approver, Role::Administrator}},
    {Action::EditReference, {Role::Administrator}},
    {Action::EditProgramme, {Role::Drafter, Role::Reviewer, Role::Approver}},
    {Action::AdoptProgramme, {Role::Approver}},
    {Action::EditTask, {Role::Drafter, Role::Reviewer}},
    {Action::RecordProgress, {Role::Drafter, Role::Reviewer}},
    {Action::ManageUsers, {Role::Administrator}},
    {Action::ViewAudit, {Role::Reviewer, Role::Approver, Role::Administrator}},
    {Action::ViewHistory, {Role::Drafter, Role::Reviewer, Role::Approver, Role::Administrator}},
    {Action::ManageDatabase, {Role::Administrator}},
    {Action::EditMeetings, {Role::Drafter, Role::Reviewer}},
    {Action::ConfigureMeetings, {Role::Reviewer, Role::Administrator}},
    {Action::DraftNotice, {Role::Drafter, Role::Reviewer}},
    {Action::ReviewNotice, {Role::Reviewer, Role::Approver}},
    {Action::ApproveNotice, {Role::Approver}},
    {Action::IssueNotice, {Role::Approver, Role::Administrator}},
    {Action::ConfigureNotices, {Role::Administrator}},
    {Action::ViewDashboard, {Role::Reviewer, Role::Approver}},
    {Action::EditAgenda, {Role::Drafter, Role::Reviewer}},
    {Action::AdoptAgenda, {Role::Reviewer, Role::Approver}},
    {Action::ConfigureReports, {Role::Administrator}},
};

} // namespace

TEST_CASE("the permission table is the agreed matrix", "[accounts][permissions]")
{
    for (Action a : services::kAllActions) {
        INFO(services::actionKey(a).toStdString());
        REQUIRE(kExpected.count(a) == 1);
        CHECK(services::rolesAllowed(a) == kExpected.at(a));
    }
}

TEST_CASE("every role against every action, through the services", "[accounts][permissions]")
{
    auto ws = thuky::test::workspace();
    ok(ws->accounts().addUser(actor(), newUser("quantri", {Role::Administrator}), kPassword));
    const Programme programme = thuky::test::programme(*ws);
    const Task task = ok(ws->programmes().addTask(
        actor(), thuky::test::task(*ws, programme.id, 0, "1", "Việc có sẵn", QDate(2025, 9, 30))));
    int unique = 0;
    // A notice submitted by the program itself, for the reviewers' and approvers' calls.
    domain::Notice notice;
    notice.subject = QStringLiteral("Thông báo thử");
    notice = ok(ws->notices().create(actor(), notice));
    ok(ws->notices().submit(actor(), notice.id));

    // One representative call per action; each returns the Result's error code, if any.
    const std::map<Action, std::function<std::optional<ErrorCode>(const Actor &)>> calls{
        {Action::ViewData, [&](const Actor &a) { auto r = ws->programmes().programmes(a); return r ? std::nullopt : std::optional(r.error().code); }},
        {Action::EditReference, [&](const Actor &a) {
             Agency ag;
             ag.name = QStringLiteral("Đơn vị thử %1").arg(++unique);
             auto r = ws->reference().addAgency(a, ag);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::EditProgramme, [&](const Actor &a) {
             Programme p;
             p.year = 2030 + (++unique);
             p.ownerUnitId = programme.ownerUnitId;
             auto r = ws->programmes().createProgramme(a, p);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::AdoptProgramme, [&](const Actor &a) {
             Programme p = ok(ws->programmes().programme(actor(), programme.id));
             p.status = p.status == ProgrammeStatus::Adopted ? ProgrammeStatus::Draft : ProgrammeStatus::Adopted;
             p.adoptedOn = p.status == ProgrammeStatus::Adopted ? QDate(2025, 1, 5) : QDate();
             auto r = ws->programmes().updateProgramme(a, p);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::EditTask, [&](const Actor &a) {
             Task t = ok(ws->programmes().task(actor(), task.id));
             t.notes = QStringLiteral("ghi chú %1").arg(++unique);
             auto r = ws->programmes().updateTask(a, t);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::RecordProgress, [&](const Actor &a) {
             ProgressEntry e;
             e.taskId = task.id;
             e.percent = 10;
             auto r = ws->programmes().recordProgress(a, e);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::ManageUsers, [&](const Actor &a) {
             auto r = ws->accounts().addUser(a, newUser(QStringLiteral("nguoi%1").arg(++unique).toLatin1().constData(), {Role::Viewer}), kPassword);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::ViewAudit, [&](const Actor &a) { auto r = ws->audit().entries(a, {}); return r ? std::nullopt : std::optional(r.error().code); }},
        {Action::ViewHistory, [&](const Actor &a) {
             auto r = ws->audit().history(a, storage::Entity::Task, task.id);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::EditMeetings, [&](const Actor &a) {
             domain::Meeting m;
             m.term = 15;
             m.number = 100 + ++unique;
             m.phases = {{QDate(2025, 9, 10), QDate(2025, 9, 11)}};
             auto r = ws->meetings().createMeeting(a, m);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::ConfigureMeetings, [&](const Actor &a) {
             auto r = ws->meetings().setDeadlineRule(a, QStringLiteral("due_soon"), 3 + ++unique % 5, true);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::ManageDatabase, [&](const Actor &a) {
             // demo refuses a database with programmes (Conflict) once the right is granted.
             auto r = services::generateDemo(*ws, a, services::DemoScale::Office);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::DraftNotice, [&](const Actor &a) {
             domain::Notice n;
             n.subject = QStringLiteral("Thông báo %1").arg(++unique);
             auto r = ws->notices().create(a, n);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::ReviewNotice, [&](const Actor &a) {
             auto r = ws->notices().comment(a, notice.id, QStringLiteral("Ý kiến %1").arg(++unique));
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::ApproveNotice, [&](const Actor &a) {
             auto r = ws->notices().approve(a, notice.id);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::IssueNotice, [&](const Actor &a) {
             const auto next = int(ok(ws->notices().registerOf(actor(), 2025)).size()) + 1;
             auto r = ws->notices().voidNumber(a, 2025, next, QStringLiteral("Thử"));
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::ConfigureNotices, [&](const Actor &a) {
             auto r = ws->notices().saveTemplate(a, {domain::NoticeKind::Other, {}, {}, 10});
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::ViewDashboard, [&](const Actor &a) {
             auto r = ws->dashboard().timelinessMix(a, {2025, 0});
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::EditAgenda, [&](const Actor &a) {
             domain::Session s;
             s.term = 15;
             s.kind = domain::SessionKind::Extraordinary;
             s.phases = {{0, 1, QDate(2025, 2, 10 + unique % 10), QDate(2025, 2, 10 + unique % 10)}};
             ++unique;
             auto r = ws->sessions().createSession(a, s);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::AdoptAgenda, [&](const Actor &a) {
             // A fresh version each time: an adopted one cannot be adopted again.
             domain::Session s;
             s.term = 15;
             s.phases = {{0, 1, QDate(2024, 10, 21), QDate(2024, 11, 30)}};
             s = ok(ws->sessions().createSession(actor(), s));
             const domain::AgendaVersion v = ok(ws->sessions().newVersion(actor(), s.id));
             auto r = ws->sessions().adopt(a, v.id, QDate(2024, 10, 21));
             return r ? std::nullopt : std::optional(r.error().code);
         }},
        {Action::ConfigureReports, [&](const Actor &a) {
             auto r = ws->reports().setCutoffDay(a, 1 + unique++ % 28);
             return r ? std::nullopt : std::optional(r.error().code);
         }},
    };
    for (Role role : kAllRoles) {
        for (Action action : services::kAllActions) {
            INFO(roleKey(role).toStdString() << " x " << services::actionKey(action).toStdString());
            const bool allowed = kExpected.at(action).contains(role);
            const auto code = calls.at(action)(as(role));
            CHECK((code == ErrorCode::PermissionDenied) == !allowed);
            if (allowed && action != Action::ManageDatabase)
                CHECK_FALSE(code.has_value());
        }
    }
}

TEST_CASE("a refused write writes nothing, and says so in both languages", "[accounts][permissions]")
{
    auto ws = thuky::test::workspace();
    const Programme programme = thuky::test::programme(*ws);
    const int auditBefore = ok(ws->audit().count(actor(), {}));
    auto r = ws->programmes().addTask(as(Role::Viewer),
                                      thuky::test::task(*ws, programme.id, 0, "1", "Không được thêm", QDate(2025, 9, 30)));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::PermissionDenied);
    CHECK(r.error().text().contains(QStringLiteral("không có quyền")));
    CHECK(r.error().text(Lang::En).contains(QStringLiteral("may not")));
    storage::TaskFilter f;
    f.programmeId = programme.id;
    CHECK(ok(ws->programmes().countTasks(actor(), f)) == 0);
    CHECK(ok(ws->audit().count(actor(), {})) == auditBefore);
}

TEST_CASE("accounts: first administrator, policy, unique names", "[accounts]")
{
    auto ws = thuky::test::workspace();
    auto &acc = ws->accounts();
    CHECK_FALSE(ok(acc.hasAccounts()));
    CHECK(acc.addUser(Actor::anonymous(), newUser("chuyenvien", {Role::Drafter}), kPassword).error().detail ==
          QStringLiteral("roles"));
    const User admin = ok(acc.addUser(Actor::anonymous(), newUser("quantri", {Role::Administrator}), kPassword));
    CHECK(ok(acc.hasAccounts()));
    // From now on only administrators add accounts.
    CHECK(acc.addUser(Actor::anonymous(), newUser("khach", {Role::Viewer}), kPassword).error().code ==
          ErrorCode::PermissionDenied);
    const Actor adminActor = admin.actor();
    CHECK(acc.addUser(adminActor, newUser("QuanTri", {Role::Viewer}), kPassword).error().code == ErrorCode::Duplicate);
    CHECK(acc.addUser(adminActor, newUser("ab", {Role::Viewer}), kPassword).error().detail == QStringLiteral("userName"));
    CHECK(acc.addUser(adminActor, newUser("nguyễn", {Role::Viewer}), kPassword).error().detail == QStringLiteral("userName"));
    for (const char *weak : {"ngan1", "chichucaikhongso", "1234567890123", "haha-hanoi2025"}) {
        INFO(weak);
        CHECK(acc.addUser(adminActor, newUser("hanoi", {Role::Viewer}), QString::fromLatin1(weak)).error().detail ==
              QStringLiteral("password"));
    }
    CHECK(acc.addUser(adminActor, newUser("nobody", {}), kPassword).error().detail == QStringLiteral("roles"));
    const User drafter = ok(acc.addUser(adminActor, newUser("chuyenvien", {Role::Drafter, Role::Viewer}), kPassword));
    CHECK(ok(acc.users(adminActor)).size() == 2);
    CHECK(ok(acc.userByName(adminActor, QStringLiteral("ChuyenVien"))).roles ==
          QList<Role>{Role::Viewer, Role::Drafter});
    CHECK(acc.users(drafter.actor()).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("log-in checks the password, locks after repeated failures, refuses the inactive", "[accounts]")
{
    auto ws = thuky::test::workspace();
    auto &acc = ws->accounts();
    QDateTime now(QDate(2025, 6, 16), QTime(8, 0), Qt::UTC);
    acc.setClock([&] { return now; });
    const User admin = ok(acc.addUser(actor(), newUser("quantri", {Role::Administrator}), kPassword));
    const User drafter = ok(acc.addUser(admin.actor(), newUser("chuyenvien", {Role::Drafter}), kPassword));

    const Actor logged = ok(acc.login(QStringLiteral("CHUYENVIEN"), kPassword));
    CHECK(logged.userId == drafter.id);
    CHECK(logged.has(Role::Drafter));
    CHECK_FALSE(logged.has(Role::Approver));

    const auto wrongName = acc.login(QStringLiteral("khongco"), kPassword);
    const auto wrongPassword = acc.login(QStringLiteral("chuyenvien"), QStringLiteral("sai-mat-khau-1"));
    CHECK(wrongName.error().text() == wrongPassword.error().text()); // names are not revealed

    for (int i = 1; i < services::kMaxFailedLogins; ++i)
        CHECK(acc.login(QStringLiteral("chuyenvien"), QStringLiteral("sai-mat-khau-1")).error().detail ==
              QStringLiteral("password"));
    // Locked now: even the right password is refused until the lock runs out.
    auto locked = acc.login(QStringLiteral("chuyenvien"), kPassword);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().detail == QStringLiteral("locked"));
    CHECK(locked.error().text().contains(QStringLiteral("15 phút")));
    now = now.addSecs(services::kLockMinutes * 60 + 1);
    CHECK(acc.login(QStringLiteral("chuyenvien"), kPassword).ok());

    // An administrator can reset a password; the user can change their own.
    const QString next = QStringLiteral("Mat-khau-moi-2026");
    ok(acc.resetPassword(admin.actor(), drafter.id, next));
    CHECK_FALSE(acc.login(QStringLiteral("chuyenvien"), kPassword).ok());
    const Actor again = ok(acc.login(QStringLiteral("chuyenvien"), next));
    CHECK(acc.changePassword(again, QStringLiteral("khong-dung-2025"), kPassword).error().code == ErrorCode::PermissionDenied);
    ok(acc.changePassword(again, next, kPassword));
    CHECK(acc.resetPassword(again, admin.id, next).error().code == ErrorCode::PermissionDenied);

    ok(acc.deactivate(admin.actor(), drafter.id));
    CHECK(acc.login(QStringLiteral("chuyenvien"), kPassword).error().detail == QStringLiteral("inactive"));
    CHECK(ok(acc.users(admin.actor())).size() == 2); // deactivated, never deleted
    // The last active administrator stays.
    CHECK(acc.deactivate(admin.actor(), admin.id).error().code == ErrorCode::Conflict);
    User demoted = admin;
    demoted.roles = {Role::Viewer};
    CHECK(acc.updateUser(admin.actor(), demoted).error().code == ErrorCode::Conflict);
}

TEST_CASE("passwords are stored as Argon2id hashes, never as text", "[accounts]")
{
    auto ws = thuky::test::workspace();
    ok(ws->accounts().addUser(actor(), newUser("quantri", {Role::Administrator}), kPassword));
    auto stmt = ok(ws->db().prepare("SELECT password_hash FROM users"));
    REQUIRE(ok(stmt.step()));
    CHECK(stmt.text(0).startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stmt.text(0).contains(kPassword));
    // The audit images of users leave the hash out.
    for (const auto &e : ok(ws->audit().entries(actor(), {})))
        CHECK_FALSE(e.after.contains("argon2"));
}

TEST_CASE("every write is audited with who, what and the images before and after", "[audit]")
{
    auto ws = thuky::test::workspace();
    const Actor drafter{7, QStringLiteral("chuyenvien"), QStringLiteral("Nguyễn Thị Thu Hà"), {Role::Drafter}};
    const Programme programme = thuky::test::programme(*ws);
    Task t = ok(ws->programmes().addTask(drafter, thuky::test::task(*ws, programme.id, 0, "1", "Việc một", QDate(2025, 9, 30))));
    t.content = QStringLiteral("Việc một (đã sửa)");
    ok(ws->programmes().updateTask(drafter, t));
    const auto history = ok(ws->audit().history(actor(), Entity::Task, t.id));
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).action == QStringLiteral("task.update"));
    CHECK(history.at(0).userName == QStringLiteral("chuyenvien"));
    CHECK(history.at(0).before.contains("Việc một\""));
    CHECK(history.at(0).after.contains("(đã sửa)"));
    CHECK(history.at(1).action == QStringLiteral("task.create"));
    CHECK(history.at(1).before.isEmpty());
    ok(ws->programmes().deleteTask(drafter, t.id));
    const auto afterDelete = ok(ws->audit().history(actor(), Entity::Task, t.id));
    CHECK(afterDelete.at(0).action == QStringLiteral("task.delete"));
    CHECK(afterDelete.at(0).after.isEmpty());
    storage::AuditFilter byUser;
    byUser.userName = QStringLiteral("chuyenvien");
    CHECK(ok(ws->audit().count(actor(), byUser)) == 3);
    CHECK(ok(ws->audit().verify()).ok());
}

TEST_CASE("tampering is detected: changed rows, edited or deleted audit entries", "[audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    auto ws = ok(services::Workspace::open(path));
    ws->setToday(thuky::test::kToday);
    const Programme programme = thuky::test::programme(*ws);
    Task t = ok(ws->programmes().addTask(actor(), thuky::test::task(*ws, programme.id, 0, "1", "Việc một", QDate(2025, 9, 30))));
    for (int i = 0; i < 3; ++i) {
        t.notes = QStringLiteral("lần %1").arg(i);
        ok(ws->programmes().updateTask(actor(), t));
    }
    REQUIRE(ok(ws->audit().verify()).ok());
    // A second connection plays the part of the sqlite3 shell: no Thuky functions involved.
    auto shell = ok(storage::Database::open(path));

    SECTION("a row changed behind Thuky's back")
    {
        ok(shell.execScript("UPDATE tasks SET progress = 90 WHERE number = '1'"));
        const auto check = ok(ws->audit().verify());
        REQUIRE(check.mismatches.size() == 1);
        CHECK(check.mismatches.first().entity == Entity::Task);
        CHECK(check.mismatches.first().id == t.id);
        CHECK(check.mismatches.first().message.vi.contains(QStringLiteral("ngoài Thuky")));
    }
    SECTION("a row inserted or deleted behind Thuky's back")
    {
        ok(shell.execScript("DELETE FROM task_partners; DELETE FROM tasks"));
        ok(shell.execScript("INSERT INTO people(full_name) VALUES ('Người lạ')"));
        const auto check = ok(ws->audit().verify());
        CHECK(check.mismatches.size() == 2);
    }
    SECTION("an audit entry edited")
    {
        ok(shell.execScript("DROP TRIGGER audit_log_no_update;"
                            " UPDATE audit_log SET user_name = 'nguoikhac' WHERE id = (SELECT max(id) - 1 FROM audit_log)"));
        const auto check = ok(ws->audit().verify());
        CHECK_FALSE(check.ok());
        CHECK(check.firstBrokenEntry == ok(ws->db().queryInt("SELECT max(id) - 1 FROM audit_log")).value());
        CHECK(check.chainProblem.vi.contains(QStringLiteral("bị sửa")));
    }
    SECTION("an audit entry deleted")
    {
        const auto victim = ok(ws->db().queryInt("SELECT max(id) - 2 FROM audit_log")).value();
        ok(shell.exec("DROP TRIGGER audit_log_no_delete"));
        ok(shell.exec("DELETE FROM audit_log WHERE id = ?", victim));
        const auto check = ok(ws->audit().verify());
        CHECK(check.firstBrokenEntry == victim + 1);
    }
    SECTION("Thuky itself cannot rewrite the log")
    {
        CHECK_FALSE(shell.execScript("UPDATE audit_log SET user_name = 'x'").ok());
        CHECK_FALSE(shell.execScript("DELETE FROM audit_log").ok());
    }
}

TEST_CASE("an upgraded database gets a baseline once, and later changes are not blessed", "[audit][migrations]")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(THUKY_TEST_DATA_DIR "/schemas/thuky-schema-2.sqlite"), copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        auto ws = ok(services::Workspace::open(copy, false));
        storage::AuditFilter baseline;
        baseline.entity = QStringLiteral("tasks");
        CHECK(ok(ws->audit().count(actor(), baseline)) == 2);
        CHECK(ok(ws->audit().verify()).ok());
        ok(ws->db().execScript("UPDATE people SET position = 'Phó Vụ trưởng'"));
    }
    auto ws = ok(services::Workspace::open(copy, false));
    const auto check = ok(ws->audit().verify());
    REQUIRE(check.mismatches.size() == 1);
    CHECK(check.mismatches.first().entity == Entity::Person);
}

TEST_CASE("demo data creates one account per role that can log in", "[audit][demo]")
{
    auto ws = thuky::test::workspace();
    const auto report = ok(services::generateDemo(*ws, actor(), services::DemoScale::Office));
    REQUIRE(report.accounts.size() == 5);
    for (const auto &account : report.accounts) {
        const Actor a = ok(ws->accounts().login(account.userName, account.password));
        CHECK(a.roles == QList<Role>{account.role});
    }
    CHECK(ok(ws->audit().verify()).ok());
    CHECK(services::generateDemo(*ws, as(Role::Drafter), services::DemoScale::Office).error().code ==
          ErrorCode::PermissionDenied);
}
