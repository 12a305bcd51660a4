#include "test_support.h"

#include "thuky/services/maintenance.h"
#include "thuky/storage/database.h"

#include <QTemporaryDir>

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

TEST_CASE("backup and restore round-trip; a bad backup changes nothing", "[services][maintenance]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        auto ws = ok(services::Workspace::open(live));
        thuky::test::programme(*ws, 2024);
        ok(services::backupDatabase(ws->db(), copy));
        thuky::test::programme(*ws, 2025);
    }
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
