// thuky-cli as a process: init, demo, list, check, backup/restore, usage and storage errors.

#include "cli_runner.h"

#include "thuky/storage/database.h"

#include <QFile>
#include <QSet>

using namespace thuky::test;

namespace {

const QStringList kTaskKeys{
    QStringLiteral("id"),          QStringLiteral("parentId"),    QStringLiteral("depth"),
    QStringLiteral("number"),      QStringLiteral("isSection"),   QStringLiteral("content"),
    QStringLiteral("leadUnit"),    QStringLiteral("leadUnitShort"), QStringLiteral("partners"),
    QStringLiteral("responsible"), QStringLiteral("period"),      QStringLiteral("periodKey"),
    QStringLiteral("deadline"),    QStringLiteral("product"),     QStringLiteral("source"),
    QStringLiteral("notes"),       QStringLiteral("planned"),     QStringLiteral("status"),
    QStringLiteral("statusLabel"), QStringLiteral("progress"),    QStringLiteral("timeliness"),
    QStringLiteral("timelinessLabel"), QStringLiteral("completedOn"),
    QStringLiteral("carriedFromId")};

int countTasks(const QJsonObject &list)
{
    int n = 0;
    for (const QJsonValue &t : list.value(QLatin1String("tasks")).toArray())
        n += t.toObject().value(QLatin1String("isSection")).toBool() ? 0 : 1;
    return n;
}

} // namespace

TEST_CASE("init creates the database and reports its schema version")
{
    CliFixture cli;
    const CliRun first = cli.ok(words("init"));
    CHECK(first.outText().contains(QStringLiteral("Đã tạo cơ sở dữ liệu")));
    CHECK(first.outText().contains(cli.db()));
    CHECK(QFile::exists(cli.db()));

    const QJsonObject again = cli.ok(words("init --format json")).json();
    CHECK(again.value(QLatin1String("database")).toString() == cli.db());
    CHECK(again.value(QLatin1String("schemaVersion")).toInt() > 0);
    CHECK(again.value(QLatin1String("created")).toBool() == false);
}

TEST_CASE("demo fills an empty database once and refuses a second time")
{
    CliFixture cli;
    const QJsonObject report = cli.ok(words("demo --format json")).json();
    CHECK(report.value(QLatin1String("tasks")).toInt() == 300);
    CHECK(report.value(QLatin1String("programmes")).toInt() == 3);
    // One account per role, so a newcomer can try each.
    const QJsonArray accounts = report.value(QLatin1String("accounts")).toArray();
    QSet<QString> roles;
    for (const QJsonValue &a : accounts) {
        const QJsonObject account = a.toObject();
        roles.insert(account.value(QLatin1String("role")).toString());
        CHECK(account.value(QLatin1String("password")).toString() == thuky::services::demoPassword());
        CHECK(!account.value(QLatin1String("roleLabel")).toString().isEmpty());
    }
    CHECK(roles == QSet<QString>{QStringLiteral("viewer"), QStringLiteral("drafter"), QStringLiteral("reviewer"),
                                 QStringLiteral("approver"), QStringLiteral("administrator")});

    const CliRun vi = cli.run(as("quantri") + words("demo"));
    CHECK(vi.exitCode == 1);
    CHECK(vi.errText().contains(QStringLiteral("đã có chương trình công tác")));
    const CliRun en = cli.run(as("quantri") + words("demo --lang en"));
    CHECK(en.exitCode == 1);
    CHECK(en.errText().contains(QStringLiteral("already has work programmes")));
}

TEST_CASE("programme list --format json has the documented fields and every task")
{
    CliFixture cli;
    cli.demo();
    const QJsonObject list = cli.list(words("--year 2025 --owner BTK"));

    const QJsonObject programme = list.value(QLatin1String("programme")).toObject();
    CHECK(programme.value(QLatin1String("year")).toInt() == 2025);
    CHECK(programme.value(QLatin1String("ownerShort")).toString() == QStringLiteral("BTK"));
    const QJsonObject summary = list.value(QLatin1String("summary")).toObject();
    CHECK(summary.value(QLatin1String("total")).toInt() == 100);
    CHECK(countTasks(list) == 100);
    for (const char *key : {"byStatus", "byTimeliness", "late", "meanProgress"})
        CHECK(summary.contains(QLatin1String(key)));

    const QJsonArray tasks = list.value(QLatin1String("tasks")).toArray();
    for (const QJsonValue &t : tasks) {
        const QJsonObject task = t.toObject();
        const QStringList keys = task.keys();
        CHECK(QSet<QString>(keys.cbegin(), keys.cend()) ==
              QSet<QString>(kTaskKeys.cbegin(), kTaskKeys.cend()));
        if (!task.value(QLatin1String("isSection")).toBool()) {
            CHECK(task.value(QLatin1String("deadline")).toString().startsWith(QLatin1String("2025-")));
            CHECK(task.value(QLatin1String("partners")).isArray());
        }
    }
}

TEST_CASE("programme list --late lists the overdue tasks, --done-late those finished late")
{
    CliFixture cli;
    cli.demo();
    const QJsonObject all = cli.list(words("--year 2025 --owner UBTVQH"));
    const QJsonObject summary = all.value(QLatin1String("summary")).toObject();
    const auto onlyOf = [&](const char *option, const char *timeliness) {
        const QJsonArray tasks =
            cli.list(words("--year 2025 --owner UBTVQH") + QStringList{QString::fromLatin1(option)})
                .value(QLatin1String("tasks"))
                .toArray();
        for (const QJsonValue &t : tasks)
            CHECK(t.toObject().value(QLatin1String("timeliness")).toString() == QLatin1String(timeliness));
        return tasks.size();
    };
    const qsizetype overdue = onlyOf("--late", "overdue");
    const qsizetype doneLate = onlyOf("--done-late", "done_late");
    CHECK(overdue > 0);
    CHECK(overdue == summary.value(QLatin1String("overdue")).toInt());
    CHECK(doneLate == summary.value(QLatin1String("doneLate")).toInt());
    CHECK(overdue + doneLate == summary.value(QLatin1String("late")).toInt());
    const QJsonArray both =
        cli.list(words("--year 2025 --owner UBTVQH --late --done-late")).value(QLatin1String("tasks")).toArray();
    CHECK(both.size() == overdue + doneLate);
}

TEST_CASE("programme list filters by unit and status, and prints tables and CSV")
{
    CliFixture cli;
    cli.demo();
    const QJsonObject inProgress = cli.list(QStringList{QStringLiteral("--owner"), QStringLiteral("VPQH"),
                                                        QStringLiteral("--status"),
                                                        QStringLiteral("Đang thực hiện")});
    for (const QJsonValue &t : inProgress.value(QLatin1String("tasks")).toArray())
        CHECK(t.toObject().value(QLatin1String("status")).toString() == QStringLiteral("in_progress"));

    const QJsonObject byUnit = cli.list(words("--owner VPQH --unit VTK"));
    for (const QJsonValue &t : byUnit.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject task = t.toObject();
        const bool leads = task.value(QLatin1String("leadUnitShort")).toString() == QLatin1String("VTK");
        const bool helps = task.value(QLatin1String("partners")).toArray().contains(QStringLiteral("Vụ Thư ký"));
        CHECK((leads || helps));
    }

    const CliRun table = cli.ok(words("programme list --owner BTK"));
    CHECK(table.outText().startsWith(QStringLiteral("Chương trình công tác năm 2025")));
    const CliRun csv = cli.ok(words("--format csv programme list --owner BTK"));
    CHECK(csv.outText().startsWith(QStringLiteral("id,parentId,depth,number,")));
}

TEST_CASE("programme carry-over copies the unfinished tasks to the next year")
{
    CliFixture cli;
    cli.demo();
    const QJsonObject report =
        cli.ok(as("chuyenvien") + words("--format json programme carry-over --year 2025 --owner BTK")).json();
    const int carried = report.value(QLatin1String("carried")).toInt();
    CHECK(carried > 0);
    CHECK(countTasks(cli.list(words("--year 2026 --owner BTK"))) == carried);
}

TEST_CASE("usage errors exit 2 and print the usage")
{
    CliFixture cli;
    for (const char *args : {"frobnicate", "programme", "programme list --bogus", "backup",
                             "programme export --year 2025", "init extra", "--format xml init",
                             "programme list --year"}) {
        INFO(args);
        const CliRun r = cli.run(words(args));
        CHECK(r.exitCode == 2);
        CHECK(r.errText().contains(QStringLiteral("Cách dùng")));
    }
    CHECK(cli.run(words("--lang en frobnicate")).errText().contains(QStringLiteral("Usage")));
    CHECK(cli.ok(words("--help")).outText().contains(QStringLiteral("programme carry-over")));
}

TEST_CASE("a database from a newer Thuky is refused with exit 3 and left unchanged")
{
    CliFixture cli;
    cli.ok(words("init"));
    {
        auto db = thuky::storage::Database::open(cli.db());
        REQUIRE(db.ok());
        REQUIRE(db->execScript("PRAGMA user_version = 999").ok());
    }
    const QByteArray before = fileHash(cli.db());
    for (const char *args : {"programme list", "init", "demo", "--lang en backup x.sqlite"}) {
        INFO(args);
        const CliRun r = cli.run(words(args));
        CHECK(r.exitCode == 3);
        CHECK(!r.errText().isEmpty());
    }
    CHECK(fileHash(cli.db()) == before);
}

TEST_CASE("check passes on a healthy database")
{
    CliFixture cli;
    cli.demo();
    const QJsonObject report = cli.ok(words("--format json check")).json();
    CHECK(report.value(QLatin1String("ok")).toBool());
    CHECK(report.value(QLatin1String("integrityProblems")).toArray().isEmpty());
    CHECK(cli.run(words("check"), cli.path(QStringLiteral("missing.sqlite"))).exitCode == 3);
}

TEST_CASE("backup then restore brings the database back")
{
    CliFixture cli;
    const CliRun demo = cli.demo();
    for (const char *shown : {"quantri", "Quản trị", "chuyenvien", "nguoixem", "Thuky@2025"})
        CHECK(demo.outText().contains(QString::fromUtf8(shown)));
    const QJsonObject before = cli.list(words("--owner BTK"));
    const QString backup = cli.path(QStringLiteral("backup.sqlite"));
    // Backup and restore are the administrator's.
    CHECK(cli.run({QStringLiteral("backup"), backup}).exitCode == 1);
    const CliRun drafter = cli.run(as("chuyenvien") + QStringList{QStringLiteral("restore"), backup});
    CHECK(drafter.exitCode == 1);
    CHECK(drafter.errText().contains(QStringLiteral("không có quyền")));
    CHECK_FALSE(QFile::exists(backup));
    cli.ok(as("quantri") + QStringList{QStringLiteral("backup"), backup});
    cli.ok(as("chuyenvien") + words("programme carry-over --year 2025 --owner BTK"));
    REQUIRE(cli.run(words("programme list --year 2026 --owner BTK")).exitCode == 0);

    cli.ok(as("quantri") + QStringList{QStringLiteral("restore"), backup});
    CHECK(cli.run(words("programme list --year 2026 --owner BTK")).exitCode == 1);
    CHECK(cli.list(words("--owner BTK")) == before);
}

TEST_CASE("restore refuses a garbage file and leaves the database as it was")
{
    CliFixture cli;
    cli.demo();
    const QJsonObject before = cli.list(words("--owner VPQH"));
    const QString garbage = cli.path(QStringLiteral("garbage.sqlite"));
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("this is not a database\n").repeated(200));
    file.close();

    const CliRun r = cli.run(as("quantri") + QStringList{QStringLiteral("restore"), garbage});
    CHECK(r.exitCode != 0);
    CHECK(!r.errText().isEmpty());
    CHECK(cli.list(words("--owner VPQH")) == before);
}
