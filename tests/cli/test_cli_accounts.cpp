// thuky-cli with accounts: logging in, who may run what, users and audit commands, and
// check finding what was changed behind Thuky's back. Each password hash costs ~0.1 s, so
// the accounts are few and made once per test.

#include "cli_runner.h"

#include "thuky/services/account_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/storage/database.h"

#include <QElapsedTimer>

using namespace thuky;
using namespace thuky::test;

namespace {

// An administrator, a drafter and a viewer; no password contains its user name.
const QHash<QString, QString> kPasswords{{QStringLiteral("admin"), QStringLiteral("Hanoi2025!")},
                                         {QStringLiteral("bob"), QStringLiteral("Danang2025!")},
                                         {QStringLiteral("vic"), QStringLiteral("Cantho2025!")}};

QString passwordOf(const char *userName)
{
    return kPasswords.value(QString::fromLatin1(userName));
}

/// Runs as one of the accounts above, with its right password.
CliRun runAs(CliFixture &cli, const char *userName, const QStringList &args)
{
    cli.setPassword(passwordOf(userName));
    return cli.run(as(userName) + args);
}

CliRun okAs(CliFixture &cli, const char *userName, const QStringList &args)
{
    const CliRun r = runAs(cli, userName, args);
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

/// Adds `userName` with its password from kPasswords, as `by` (nullptr: nobody logged in).
CliRun addUser(CliFixture &cli, const char *by, const char *userName, const QString &role)
{
    cli.setNewPassword(passwordOf(userName));
    const QStringList args{QStringLiteral("users"), QStringLiteral("add"), QString::fromLatin1(userName),
                           QStringLiteral("--role"), role};
    const CliRun r = by ? runAs(cli, by, args) : cli.run(args);
    cli.setNewPassword({});
    return r;
}

/// A new database with admin, bob (a drafter) and vic (a viewer, given by the Vietnamese
/// label of the role), made as a newcomer would: the first account without a login.
void addAccounts(CliFixture &cli)
{
    cli.ok(words("init"));
    REQUIRE(addUser(cli, nullptr, "admin", QStringLiteral("administrator")).exitCode == 0);
    REQUIRE(addUser(cli, "admin", "bob", QStringLiteral("drafter")).exitCode == 0);
    REQUIRE(addUser(cli, "admin", "vic", QStringLiteral("Người xem")).exitCode == 0);
}

QJsonArray users(CliFixture &cli)
{
    return okAs(cli, "admin", words("--format json users list")).json().value(QLatin1String("users")).toArray();
}

/// The tasks (not sections) of `programme list` run as `userName` (nullptr: anonymous).
int taskCount(CliFixture &cli, const char *userName)
{
    const QStringList args = words("--format json programme list --year 2025");
    const CliRun r = userName ? runAs(cli, userName, args) : cli.run(args);
    if (r.exitCode != 0)
        return -1;
    int n = 0;
    for (const QJsonValue &t : r.json().value(QLatin1String("tasks")).toArray())
        n += t.toObject().value(QLatin1String("isSection")).toBool() ? 0 : 1;
    return n;
}

QStringList importArgs(const QString &file)
{
    return {QStringLiteral("programme"), QStringLiteral("import"), file, QStringLiteral("--year"),
            QStringLiteral("2025")};
}

QString writeImportFile(const CliFixture &cli)
{
    const QString file = cli.path(QStringLiteral("tasks.csv"));
    writeFile(file, importCsv({task("1", "Vụ Thư ký", "15/03/2025"), task("2", "Vụ Tổng hợp", "Quý III")}));
    return file;
}

void tamper(const CliFixture &cli, const char *sql)
{
    auto db = storage::Database::open(cli.db());
    REQUIRE(db.ok());
    REQUIRE(db->execScript(QByteArray(sql)).ok());
}

} // namespace

TEST_CASE("the first account needs no login, then an administrator adds the others")
{
    CliFixture cli;
    cli.ok(words("init"));
    const CliRun noAccounts = runAs(cli, "admin", words("users list"));
    CHECK(noAccounts.exitCode == 1);
    CHECK(noAccounts.errText().contains(QStringLiteral("chưa có tài khoản nào")));
    const CliRun notAdmin = addUser(cli, nullptr, "vic", QStringLiteral("viewer"));
    CHECK(notAdmin.exitCode == 1);
    CHECK(notAdmin.errText().contains(QStringLiteral("administrator")));
    CHECK(cli.run(words("users add bob --role boss")).exitCode == 2);

    REQUIRE(addUser(cli, nullptr, "admin", QStringLiteral("administrator")).exitCode == 0);
    const CliRun anonymous = addUser(cli, nullptr, "bob", QStringLiteral("drafter"));
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.errText().contains(QStringLiteral("cần đăng nhập: --user")));

    cli.setNewPassword(passwordOf("bob"));
    cli.setPassword(QStringLiteral("Wrong2025pass"));
    const CliRun wrong = cli.run(as("admin") + words("users add bob --role drafter"));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.errText().contains(QStringLiteral("mật khẩu không đúng")));
    CHECK(users(cli).size() == 1);

    REQUIRE(addUser(cli, "admin", "bob", QStringLiteral("drafter")).exitCode == 0);
    const QJsonArray list = users(cli);
    REQUIRE(list.size() == 2);
    const QJsonObject bob = list.at(1).toObject();
    CHECK(bob.value(QLatin1String("userName")).toString() == QStringLiteral("bob"));
    CHECK(bob.value(QLatin1String("roles")).toArray() == QJsonArray{QStringLiteral("drafter")});
    CHECK(bob.value(QLatin1String("active")).toBool());
    CHECK(bob.value(QLatin1String("lockedUntil")).isNull());

    const CliRun byDrafter = addUser(cli, "bob", "vic", QStringLiteral("viewer"));
    CHECK(byDrafter.exitCode == 1);
    CHECK(byDrafter.errText().contains(QStringLiteral("không có quyền quản lý tài khoản")));
    CHECK(users(cli).size() == 2);
}

TEST_CASE("roles decide who may import, list and read the audit trail")
{
    CliFixture cli;
    addAccounts(cli);
    const QString file = writeImportFile(cli);

    const CliRun viewer = runAs(cli, "vic", importArgs(file));
    CHECK(viewer.exitCode == 1);
    CHECK(viewer.errText().contains(QStringLiteral("không có quyền lập chương trình")));
    const CliRun anonymous = cli.run(importArgs(file));
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.errText().contains(QStringLiteral("cần đăng nhập")));
    CHECK(taskCount(cli, nullptr) == -1); // no programme was made

    okAs(cli, "bob", importArgs(file));
    CHECK(taskCount(cli, "vic") == 2);
    CHECK(taskCount(cli, nullptr) == 2);
    CHECK(runAs(cli, "vic", importArgs(file)).exitCode == 1);
    CHECK(taskCount(cli, "vic") == 2);

    const QJsonObject audit = okAs(cli, "admin", words("audit list --format json")).json();
    bool importedByBob = false;
    for (const QJsonValue &v : audit.value(QLatin1String("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("entity")).toString() == QLatin1String("tasks")) {
            CHECK(e.value(QLatin1String("userName")).toString() == QStringLiteral("bob"));
            CHECK(e.value(QLatin1String("after")).isObject());
            importedByBob = true;
        }
    }
    CHECK(importedByBob);
    CHECK(audit.value(QLatin1String("total")).toInt() >= audit.value(QLatin1String("entries")).toArray().size());

    const QJsonArray one =
        okAs(cli, "admin", words("audit list --format json --entity tasks --id 2 --by bob --limit 1"))
            .json()
            .value(QLatin1String("entries"))
            .toArray();
    REQUIRE(one.size() == 1);
    CHECK(one.at(0).toObject().value(QLatin1String("entityId")).toInt() == 2);
    const QString table = okAs(cli, "admin", words("audit list --by bob --entity tasks --limit 1")).outText();
    CHECK(table.contains(QStringLiteral("bob")));
    CHECK(table.contains(QStringLiteral("1 trong 3 mục")));
    CHECK(runAs(cli, "admin", words("audit list --id 2")).exitCode == 2);
    CHECK(runAs(cli, "admin", words("audit list --entity nothing")).exitCode == 2);

    const CliRun viewerAudit = runAs(cli, "vic", words("audit list"));
    CHECK(viewerAudit.exitCode == 1);
    CHECK(viewerAudit.errText().contains(QStringLiteral("không có quyền xem nhật ký kiểm toán")));
    CHECK(cli.run(words("audit list")).exitCode == 1);
    CHECK(runAs(cli, "bob", words("users list")).exitCode == 1);
}

TEST_CASE("check finds a record changed behind Thuky's back and a broken audit chain")
{
    CliFixture cli;
    cli.ok(words("init"));
    cli.ok(importArgs(writeImportFile(cli))); // no accounts yet: as the system
    const QJsonObject clean = cli.ok(words("--format json check")).json();
    CHECK(clean.value(QLatin1String("ok")).toBool());
    CHECK(clean.value(QLatin1String("auditEntries")).toInt() > 5);
    CHECK(clean.value(QLatin1String("auditFirstBrokenEntry")).isNull());
    CHECK(clean.value(QLatin1String("auditMismatches")).toArray().isEmpty());

    tamper(cli, "UPDATE tasks SET progress = 77 WHERE id = 1");
    const CliRun changed = cli.run(words("check"));
    CHECK(changed.exitCode == 1);
    CHECK(changed.outText().contains(QStringLiteral("[tasks #1] Nhiệm vụ số 1 đã bị sửa ngoài Thuky")));
    CHECK(cli.run(words("--lang en check")).outText().contains(QStringLiteral("tasks #1 was changed outside Thuky")));
    const QJsonObject report = cli.run(words("--format json check")).json();
    CHECK_FALSE(report.value(QLatin1String("ok")).toBool());
    const QJsonArray mismatches = report.value(QLatin1String("auditMismatches")).toArray();
    REQUIRE(mismatches.size() == 1);
    CHECK(mismatches.at(0).toObject().value(QLatin1String("entity")).toString() == QStringLiteral("tasks"));
    CHECK(mismatches.at(0).toObject().value(QLatin1String("id")).toInt() == 1);

    tamper(cli, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user_name = 'mallory' WHERE id = 5");
    const CliRun broken = cli.run(words("check"));
    CHECK(broken.exitCode == 1);
    CHECK(broken.outText().contains(QStringLiteral("hỏng từ mục số 5")));
    const QJsonObject chain = cli.run(words("--lang en --format json check")).json();
    CHECK(chain.value(QLatin1String("auditFirstBrokenEntry")).toInt() == 5);
    CHECK(chain.value(QLatin1String("auditChainProblem")).toString().contains(QStringLiteral("entry 5 was altered")));
}

TEST_CASE("five wrong passwords lock the account, and messages follow --lang")
{
    CliFixture cli;
    cli.ok(words("init"));
    REQUIRE(addUser(cli, nullptr, "admin", QStringLiteral("administrator")).exitCode == 0);
    cli.setPassword(QStringLiteral("Wrong2025pass"));
    for (int attempt = 0; attempt < services::kMaxFailedLogins; ++attempt) {
        const CliRun r = cli.run(as("admin") + words("users list"));
        CHECK(r.exitCode == 1);
        CHECK(r.errText().contains(QStringLiteral("mật khẩu không đúng")));
    }
    const CliRun locked = runAs(cli, "admin", words("users list"));
    CHECK(locked.exitCode == 1);
    CHECK(locked.errText().contains(QStringLiteral("tạm khóa")));
    CHECK(locked.out.isEmpty());
    CHECK(runAs(cli, "admin", words("--lang en users list")).errText().contains(QStringLiteral("account is locked")));
    CHECK(cli.run(words("--lang en backup x.sqlite")).errText().contains(QStringLiteral("needs a login: --user NAME")));
}

TEST_CASE("without a terminal and without THUKY_PASSWORD a login fails at once")
{
    CliFixture cli;
    cli.ok(words("init"));
    cli.setNewPassword({});
    const CliRun noNew = cli.run(words("users add admin --role administrator"));
    CHECK(noNew.exitCode == 1);
    CHECK(noNew.errText().contains(QStringLiteral("THUKY_NEW_PASSWORD")));
    REQUIRE(addUser(cli, nullptr, "admin", QStringLiteral("administrator")).exitCode == 0);

    cli.setPassword({});
    QElapsedTimer timer;
    timer.start();
    const CliRun vi = cli.run(as("admin") + words("users list"));
    CHECK(timer.elapsed() < 10000);
    CHECK(vi.exitCode == 1);
    CHECK(vi.errText().contains(QStringLiteral("cần mật khẩu: đặt THUKY_PASSWORD"), Qt::CaseInsensitive));
    const CliRun en = cli.run(as("admin") + words("--lang en users list"));
    CHECK(en.exitCode == 1);
    CHECK(en.errText().contains(QStringLiteral("A password is needed: set THUKY_PASSWORD")));
}

TEST_CASE("users change their own password, an administrator resets and deactivates")
{
    CliFixture cli;
    addAccounts(cli);
    const QString bobs = QStringLiteral("Newpass2025x");
    cli.setNewPassword(bobs);
    okAs(cli, "bob", words("users passwd bob"));
    CHECK(runAs(cli, "bob", words("check")).exitCode == 1); // the old password
    cli.setPassword(bobs);
    cli.ok(as("bob") + words("check"));

    cli.setNewPassword(QStringLiteral("Reset2025xyz"));
    CHECK(runAs(cli, "vic", words("users passwd bob")).exitCode == 1);
    const CliRun reset = okAs(cli, "admin", words("--format json users passwd vic"));
    CHECK(reset.json().value(QLatin1String("reset")).toBool());
    cli.setPassword(QStringLiteral("Reset2025xyz"));
    cli.ok(as("vic") + words("check"));

    okAs(cli, "admin", words("users deactivate bob"));
    cli.setPassword(bobs);
    const CliRun inactive = cli.run(as("bob") + words("check"));
    CHECK(inactive.exitCode == 1);
    CHECK(inactive.errText().contains(QStringLiteral("ngừng hoạt động")));
    CHECK_FALSE(users(cli).at(1).toObject().value(QLatin1String("active")).toBool());
    CHECK(runAs(cli, "admin", words("users deactivate admin")).exitCode == 1);
}

TEST_CASE("roles prints the permission table of the services")
{
    CliFixture cli;
    const QJsonObject doc = cli.ok(words("--format json roles")).json();
    const QJsonArray actions = doc.value(QLatin1String("actions")).toArray();
    REQUIRE(actions.size() == qsizetype(services::kAllActions.size()));
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const services::Action action = services::kAllActions[size_t(i)];
        const QJsonObject row = actions.at(i).toObject();
        CHECK(row.value(QLatin1String("key")).toString() == services::actionKey(action));
        QJsonArray roles;
        for (domain::Role role : services::rolesAllowed(action))
            roles.append(domain::roleKey(role));
        CHECK(row.value(QLatin1String("roles")).toArray() == roles);
    }
    CHECK(cli.ok(words("roles")).outText().contains(QStringLiteral("Quản trị")));
}
