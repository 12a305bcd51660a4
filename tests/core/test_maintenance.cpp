#include "test_support.h"

#include "thuky/services/audit_service.h"
#include "thuky/services/maintenance.h"
#include "thuky/storage/database.h"
#include "thuky/storage/migrations.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace thuky;
using thuky::test::actor;
using thuky::test::ok;

TEST_CASE("check reports a healthy database and a broken foreign key", "[services][maintenance]")
{
    auto ws = thuky::test::workspace();
    auto report = ok(services::checkDatabase(ws->db()));
    CHECK(report.ok());
    CHECK(report.schemaVersion > 0);
    thuky::test::programme(*ws);
    ok(ws->db().execScript("PRAGMA foreign_keys = OFF; UPDATE programmes SET owner_unit_id = 9999; PRAGMA foreign_keys = ON;"));
    report = ok(services::checkDatabase(ws->db()));
    CHECK_FALSE(report.ok());
    REQUIRE(report.foreignKeyProblems.size() == 1);
    CHECK(report.foreignKeyProblems.first().contains(QStringLiteral("programmes")));
}

namespace {

/// live.sqlite with the 2024 and 2025 programmes, and copy.sqlite backed up in between.
void liveAndBackup(const QString &live, const QString &copy)
{
    auto ws = ok(services::Workspace::open(live));
    thuky::test::programme(*ws, 2024);
    ok(services::backupDatabase(ws->db(), copy));
    thuky::test::programme(*ws, 2025);
}

} // namespace

TEST_CASE("backup and restore round-trip, a bad backup changes nothing", "[services][maintenance]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    liveAndBackup(live, copy);
    ok(services::restoreDatabase(live, copy));
    {
        auto ws = ok(services::Workspace::open(live));
        const auto programmes = ok(ws->programmes().programmes(actor()));
        REQUIRE(programmes.size() == 1);
        CHECK(programmes.first().year == 2024);
    }
    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile f(garbage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all, just some words that go on and on");
    }
    auto refused = services::restoreDatabase(live, garbage);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().text().contains(QStringLiteral("không bị thay đổi")));
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        auto db = ok(storage::Database::open(foreign));
        ok(db.execScript("CREATE TABLE x (y)"));
    }
    CHECK_FALSE(services::restoreDatabase(live, foreign).ok());
    CHECK_FALSE(services::restoreDatabase(live, dir.filePath(QStringLiteral("missing.sqlite"))).ok());
    auto ws = ok(services::Workspace::open(live));
    CHECK(ok(ws->programmes().programmes(actor())).size() == 1);
}

namespace {

/// Keys and anchors of the test's databases in a folder of the test.
struct KeyFolder
{
    QTemporaryDir dir;
    KeyFolder() { qputenv("THUKY_KEY_DIR", QFile::encodeName(dir.path())); }
    ~KeyFolder() { qunsetenv("THUKY_KEY_DIR"); }
};

QStringList findingTexts(const services::HealthReport &health)
{
    QStringList out;
    for (const Message &m : health.findings())
        out << m.en;
    return out;
}

} // namespace

TEST_CASE("a backup beside a stale WAL of another database is whole and verified", "[services][maintenance]")
{
    KeyFolder keys;
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString out = dir.filePath(QStringLiteral("backup.sqlite"));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    // What a crashed program leaves: OUT-wal full of another database's pages.
    {
        auto db = ok(storage::Database::open(other));
        ok(db.execScript("CREATE TABLE filler (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                         " FROM n WHERE i < 300) INSERT INTO filler SELECT hex(randomblob(500)) FROM n"));
        REQUIRE(QFile::copy(other + QStringLiteral("-wal"), out + QStringLiteral("-wal")));
        REQUIRE(QFile::copy(other, out));
    }
    REQUIRE(QFileInfo(out + QStringLiteral("-wal")).size() > 100000);
    auto ws = ok(services::Workspace::open(live));
    thuky::test::programme(*ws, 2024);
    ok(services::backupDatabase(ws->db(), out));
    CHECK_FALSE(QFile::exists(out + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(out + QStringLiteral(".part")));

    storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    auto copy = ok(storage::Database::open(out, readOnly));
    CHECK(ok(services::checkDatabase(copy)).ok());
    CHECK(ok(copy.queryInt("SELECT count(*) FROM programmes WHERE year = 2024")) == 1);
    CHECK(ok(copy.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'filler'")) == 0);
    // Not in WAL mode: the backup is one self-contained file.
    auto mode = ok(copy.prepare("PRAGMA journal_mode"));
    REQUIRE(ok(mode.step()));
    CHECK(mode.text(0) == QStringLiteral("delete"));
}

TEST_CASE("a backup onto the open database itself is refused", "[services][maintenance]")
{
    KeyFolder keys;
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    auto ws = ok(services::Workspace::open(live));
    CHECK(services::backupDatabase(ws->db(), live).error().code == ErrorCode::Conflict);
    CHECK(ok(services::checkFile(live)).ok());
}

TEST_CASE("restore refuses a backup that fails check unless forced, check passes right after a restore",
          "[services][maintenance]")
{
    KeyFolder keys;
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    liveAndBackup(live, copy);
    SECTION("a good backup: restored, recorded, and check passes at once")
    {
        ok(services::restoreDatabase(live, copy));
        const auto health = ok(services::checkFile(live));
        INFO(findingTexts(health).join(QLatin1Char('\n')).toStdString());
        CHECK(health.ok());
        auto ws = ok(services::Workspace::open(live));
        const auto last = ok(ws->audit().entries(actor(), {})).first();
        CHECK(last.action == QStringLiteral("database.restore"));
        CHECK(last.after.contains("copy.sqlite"));
        CHECK(health.audit->anchorEntry == last.id);
        CHECK(ok(ws->programmes().programmes(actor())).size() == 1);
        // Writing after the restore keeps the anchor in step.
        thuky::test::programme(*ws, 2026);
        CHECK(ok(services::checkFile(live)).ok());
    }
    SECTION("a backup edited outside Thuky: refused with check's findings, or restored with --force")
    {
        {
            auto shell = ok(storage::Database::open(copy));
            ok(shell.execScript("UPDATE programmes SET title = 'Sửa ngoài Thuky'; PRAGMA journal_mode = DELETE"));
        }
        const QByteArray before = thuky::test::fileHash(live);
        auto refused = services::restoreDatabase(live, copy);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        INFO(refused.error().text(Lang::En).toStdString());
        CHECK(refused.error().text(Lang::En).contains(QStringLiteral("programmes #")));
        CHECK(refused.error().text(Lang::En).contains(QStringLiteral("--force")));
        CHECK(refused.error().text().contains(QStringLiteral("không bị thay đổi")));
        CHECK(thuky::test::fileHash(live) == before);

        services::RestoreOptions force;
        force.force = true;
        const auto forced = ok(services::restoreDatabase(live, copy, force));
        CHECK_FALSE(forced.health.ok());
        // What was forced in stays visible to check; the trail itself is whole.
        const auto health = ok(services::checkFile(live));
        CHECK(health.audit->mismatches.size() == 1);
        CHECK(health.audit->firstBrokenEntry == 0);
        CHECK(health.audit->anchorProblem.vi.isEmpty());
    }
}

TEST_CASE("restore refuses what is not a regular file, without blocking", "[services][maintenance]")
{
    KeyFolder keys;
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    ok(services::Workspace::open(live));
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    auto refused = services::restoreDatabase(live, fifo);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().text(Lang::En).contains(QStringLiteral("not a regular file")));
    const QString zero = dir.filePath(QStringLiteral("zero.sqlite"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), zero));
    CHECK(services::restoreDatabase(live, zero).error().text(Lang::En).contains(QStringLiteral("not a regular file")));
    CHECK(ok(services::checkFile(live)).ok());
}

TEST_CASE("a backup onto a file another process has open is refused and leaves it alone", "[services][maintenance]")
{
    KeyFolder keys;
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString out = dir.filePath(QStringLiteral("in-use.sqlite"));
    auto ws = ok(services::Workspace::open(live));
    // The sqlite3 shell keeps OUT open in WAL mode, as the GUI would.
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {out});
    REQUIRE(shell.waitForStarted());
    shell.write("PRAGMA journal_mode = WAL;\nCREATE TABLE kept (x);\nSELECT 'ready';\n");
    QByteArray said;
    while (!said.contains("ready") && shell.waitForReadyRead(10000))
        said += shell.readAllStandardOutput();
    REQUIRE(said.contains("ready"));
    const QByteArray before = thuky::test::fileHash(out);
    auto refused = services::backupDatabase(ws->db(), out);
    CHECK(thuky::test::fileHash(out) == before);
    CHECK(QFile::exists(out + QStringLiteral("-wal")));
    shell.closeWriteChannel();
    REQUIRE(shell.waitForFinished(10000));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().text(Lang::En).contains(QStringLiteral("open in another program")));
    // Once it is closed, the backup goes ahead.
    ok(services::backupDatabase(ws->db(), out));
}

TEST_CASE("a schema 5 database with people and their audit trail is clean after the upgrade to e-mail and phone",
          "[services][maintenance][migrations]")
{
    KeyFolder keys;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    domain::Id lan = 0;
    {
        // Written as Thuky 5 wrote it: people without e-mail or phone, each change audited
        // with the row as it was then.
        auto ws = ok(services::Workspace::open(path, true, 5));
        REQUIRE(ws->db().userVersion() == 5);
        const domain::Actor system = domain::Actor::system();
        ok(ws->db().exec("INSERT INTO people(full_name, position) VALUES ('Phạm Thị Lan', 'Chuyên viên')"));
        lan = ws->db().lastInsertId();
        ok(ws->audit().record(system, QStringLiteral("person.create"), storage::Entity::Person, lan, std::nullopt));
        const auto before = ok(ws->audit().image(storage::Entity::Person, lan));
        ok(ws->db().exec("UPDATE people SET position = 'Chuyên viên chính' WHERE id = ?", lan));
        ok(ws->audit().record(system, QStringLiteral("person.update"), storage::Entity::Person, lan, before));
        REQUIRE(ok(services::checkHealth(*ws)).ok());
    }
    auto ws = ok(services::Workspace::open(path, false));
    CHECK(ws->db().userVersion() == storage::schemaVersion());
    CHECK(ok(services::checkHealth(*ws)).ok());

    // Edited through Thuky: still clean; behind its back: found.
    auto person = ok(ws->reference().people(thuky::test::actor())).first();
    person.email = QStringLiteral("lan.pt@quochoi.vn");
    person.phone = QStringLiteral("024 3822 8888");
    ok(ws->reference().updatePerson(thuky::test::actor(), person));
    CHECK(ok(services::checkHealth(*ws)).ok());
    ok(ws->db().exec("UPDATE people SET phone = '0912 345 678' WHERE id = ?", lan));
    CHECK_FALSE(ok(services::checkHealth(*ws)).ok());
}
