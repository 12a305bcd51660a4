#include "test_support.h"

#include "thuky/core/logging.h"
#include "thuky/documents/table.h"
#include "thuky/storage/database.h"
#include "thuky/storage/migrations.h"
#include "thuky/storage/transaction.h"

#include <QDir>
#include <QTemporaryDir>

#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <stdexcept>

using namespace thuky;
using namespace thuky::storage;
using thuky::test::ok;

namespace {

Database scratch()
{
    auto db = ok(Database::openInMemory());
    ok(db.execScript("CREATE TABLE t (v INTEGER NOT NULL UNIQUE)"));
    return db;
}

std::int64_t count(Database &db) { return ok(db.queryInt("SELECT count(*) FROM t")).value_or(-1); }

} // namespace

TEST_CASE("a transaction commits only when asked", "[storage]")
{
    Database db = scratch();
    {
        auto tx = ok(Transaction::begin(db));
        ok(db.exec("INSERT INTO t(v) VALUES (?)", 1));
        ok(tx.commit());
    }
    CHECK(count(db) == 1);
    {
        auto tx = ok(Transaction::begin(db));
        ok(db.exec("INSERT INTO t(v) VALUES (?)", 2));
        // scope ends without commit
    }
    CHECK(count(db) == 1);
    CHECK_FALSE(db.inTransaction());
}

TEST_CASE("a transaction rolls back on an SQL error and on an exception", "[storage]")
{
    Database db = scratch();
    SECTION("error part-way leaves nothing")
    {
        const auto write = [&]() -> Result<void> {
            auto tx = Transaction::begin(db);
            if (!tx)
                return tx.error();
            THUKY_TRY(db.exec("INSERT INTO t(v) VALUES (?)", 7));
            THUKY_TRY(db.exec("INSERT INTO t(v) VALUES (?)", 7)); // UNIQUE fails
            return tx->commit();
        };
        auto r = write();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(count(db) == 0);
    }
    SECTION("exception part-way leaves nothing")
    {
        try {
            auto tx = ok(Transaction::begin(db));
            ok(db.exec("INSERT INTO t(v) VALUES (?)", 8));
            throw std::runtime_error("boom");
        } catch (const std::runtime_error &) {
        }
        CHECK(count(db) == 0);
        CHECK_FALSE(db.inTransaction());
    }
}

TEST_CASE("a transaction SQLite has already rolled back ends without a warning", "[storage]")
{
    // After a full disk or an I/O error SQLite rolls the transaction back itself; the
    // scopes that end afterwards must not log "cannot rollback" before the real error.
    auto sink = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(16);
    auto storageLog = logger("storage");
    storageLog->sinks().push_back(sink);
    Database db = scratch();
    {
        auto tx = ok(Transaction::begin(db));
        auto nested = ok(Transaction::begin(db));
        ok(db.exec("INSERT INTO t(v) VALUES (?)", 1));
        ok(db.execScript("ROLLBACK")); // what SQLite does on SQLITE_FULL
    }
    storageLog->sinks().pop_back();
    CHECK(sink->last_formatted().empty());
    CHECK(count(db) == 0);
    CHECK_FALSE(db.inTransaction());
}

TEST_CASE("the files of an open database are known by any of their names", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thuky.sqlite"));
    const QString link = dir.filePath(QStringLiteral("link-to-db"));
    const QString other = dir.filePath(QStringLiteral("other.csv"));
    QFile(other).open(QIODevice::WriteOnly);
    {
        auto db = ok(Database::open(path));
        ok(db.execScript("CREATE TABLE t (v INTEGER)"));
        REQUIRE(QFile::link(path, link));
        CHECK(Database::isOpenFile(path));
        CHECK(Database::isOpenFile(path + QStringLiteral("-wal")));
        CHECK(Database::isOpenFile(path + QStringLiteral("-shm")));
        CHECK(Database::isOpenFile(link));
        CHECK(Database::isOpenFile(QDir(dir.path()).filePath(QStringLiteral("../") + QDir(dir.path()).dirName() + QStringLiteral("/thuky.sqlite"))));
        CHECK_FALSE(Database::isOpenFile(other));
        CHECK_FALSE(Database::isOpenFile(dir.filePath(QStringLiteral("missing.csv"))));
    }
    CHECK_FALSE(Database::isOpenFile(path));
}

TEST_CASE("nested scopes are savepoints", "[storage]")
{
    Database db = scratch();
    auto outer = ok(Transaction::begin(db));
    ok(db.exec("INSERT INTO t(v) VALUES (?)", 1));
    {
        auto inner = ok(Transaction::begin(db));
        ok(db.exec("INSERT INTO t(v) VALUES (?)", 2));
    } // inner rolled back
    {
        auto inner = ok(Transaction::begin(db));
        ok(db.exec("INSERT INTO t(v) VALUES (?)", 3));
        ok(inner.commit());
    }
    ok(outer.commit());
    CHECK(count(db) == 2);
    CHECK(ok(db.queryInt("SELECT sum(v) FROM t")).value_or(0) == 4);
}

TEST_CASE("statements bind every type and refuse several statements", "[storage]")
{
    auto db = ok(Database::openInMemory());
    ok(db.execScript("CREATE TABLE x (i INTEGER, r REAL, s TEXT, b BLOB, d TEXT)"));
    ok(db.exec("INSERT INTO x VALUES (?, ?, ?, ?, ?)", std::int64_t(1) << 40, 2.5, QStringLiteral("Đảng ủy"),
               QByteArray("\0\1", 2), QDate(2025, 1, 5)));
    auto stmt = ok(db.prepare("SELECT i, r, s, b, d FROM x"));
    REQUIRE(ok(stmt.step()));
    CHECK(stmt.int64(0) == (std::int64_t(1) << 40));
    CHECK(stmt.real(1) == 2.5);
    CHECK(stmt.text(2) == QStringLiteral("Đảng ủy"));
    CHECK(stmt.blob(3) == QByteArray("\0\1", 2));
    CHECK(stmt.date(4) == QDate(2025, 1, 5));
    CHECK_FALSE(db.prepare("SELECT 1; DROP TABLE x").ok());
}

TEST_CASE("the Vietnamese collation and SQL functions are registered", "[storage]")
{
    auto db = ok(Database::openInMemory());
    ok(db.execScript("CREATE TABLE n (s TEXT); INSERT INTO n VALUES ('Ư'), ('Đ'), ('U'), ('D'), ('E')"));
    auto stmt = ok(db.prepare("SELECT group_concat(s, '') FROM (SELECT s FROM n ORDER BY s COLLATE vi)"));
    REQUIRE(ok(stmt.step()));
    CHECK(stmt.text(0) == QStringLiteral("DĐEUƯ"));
    auto folded = ok(db.prepare("SELECT thuky_fold('Đảng Cộng sản')"));
    REQUIRE(ok(folded.step()));
    CHECK(folded.text(0) == QStringLiteral("dang cong san"));
}

TEST_CASE("migrations build a fresh database and upgrade an old one", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    SECTION("fresh")
    {
        auto db = ok(Database::open(path));
        ok(migrate(db));
        CHECK(db.userVersion() == schemaVersion());
        CHECK(ok(db.queryInt("SELECT count(*) FROM agencies WHERE short_name = 'UBTVQH'")).value_or(0) == 1);
        ok(migrate(db)); // idempotent
        CHECK(db.userVersion() == schemaVersion());
    }
    SECTION("step by step from version 1")
    {
        auto db = ok(Database::open(path));
        ok(migrateTo(db, 1));
        CHECK(db.userVersion() == 1);
        CHECK(ok(db.queryInt("SELECT count(*) FROM agencies")).value_or(-1) == 0);
        ok(migrate(db));
        CHECK(db.userVersion() == schemaVersion());
        CHECK(ok(db.queryInt("SELECT count(*) FROM agencies")).value_or(0) > 40);
    }
}

TEST_CASE("every released schema kept in tests/data upgrades to the current one", "[storage][migrations]")
{
    const QDir schemas(QStringLiteral(THUKY_TEST_DATA_DIR "/schemas"));
    const QStringList files = schemas.entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &name : files) {
        QTemporaryDir dir;
        const QString copy = dir.filePath(name);
        REQUIRE(QFile::copy(schemas.filePath(name), copy));
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        INFO(name.toStdString());
        auto ws = ok(services::Workspace::open(copy, false));
        CHECK(ws->db().userVersion() == schemaVersion());
        CHECK_FALSE(ok(ws->programmes().programmes(thuky::test::actor())).isEmpty());
    }
}

TEST_CASE("a database newer than the program is refused and left untouched", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        auto db = ok(Database::open(path));
        ok(migrate(db));
        ok(db.execScript("PRAGMA user_version = 999; PRAGMA journal_mode = DELETE"));
    }
    const QByteArray before = thuky::test::fileHash(path);
    auto ws = services::Workspace::open(path);
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().code == ErrorCode::SchemaTooNew);
    CHECK(ws.error().text().contains(QStringLiteral("mới hơn")));
    CHECK(ws.error().text(Lang::En).contains(QStringLiteral("newer")));
    CHECK(thuky::test::fileHash(path) == before);
}

TEST_CASE("files that are not Thuky databases are refused", "[storage]")
{
    QTemporaryDir dir;
    SECTION("garbage")
    {
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto ws = services::Workspace::open(path);
        REQUIRE_FALSE(ws.ok());
        CHECK(ws.error().code == ErrorCode::Corrupt);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto db = ok(Database::open(path));
            ok(db.execScript("CREATE TABLE invoices (id INTEGER)"));
        }
        auto ws = services::Workspace::open(path);
        REQUIRE_FALSE(ws.ok());
        CHECK(ws.error().code == ErrorCode::Corrupt);
    }
    SECTION("a missing file when creation is not allowed")
    {
        auto ws = services::Workspace::open(dir.filePath(QStringLiteral("none.sqlite")), false);
        REQUIRE_FALSE(ws.ok());
        CHECK(ws.error().code == ErrorCode::Io);
    }
}

TEST_CASE("a writer blocked by another process's lock gets a Locked error", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lock.sqlite"));
    OpenOptions quick;
    quick.busyTimeoutMs = 50;
    auto a = ok(Database::open(path, quick));
    ok(a.execScript("CREATE TABLE t (v INTEGER)"));
    auto b = ok(Database::open(path, quick));
    auto holding = ok(Transaction::begin(a));
    auto blocked = Transaction::begin(b);
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().code == ErrorCode::Locked);
    CHECK(exitCodeFor(blocked.error().code) == 3);
}

TEST_CASE("user-file readers and writers refuse the open database's files without opening them",
          "[storage][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thuky.sqlite"));
    auto db = ok(Database::open(path));
    ok(db.execScript("CREATE TABLE t (v INTEGER)"));
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        INFO(file.toStdString());
        const auto read = documents::readCsv(file);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == ErrorCode::InvalidInput);
        CHECK(read.error().text(Lang::Vi).contains(QStringLiteral("cơ sở dữ liệu Thuky đang mở")));
        CHECK_FALSE(documents::readXlsx(file).ok());
        documents::Table table;
        table.headers = {QStringLiteral("A")};
        CHECK_FALSE(documents::writeCsv(table, file).ok());
        CHECK_FALSE(documents::writeXlsx(table, file).ok());
    }
    // The database is untouched and still writable.
    ok(db.exec("INSERT INTO t(v) VALUES (?)", 1));
    CHECK(count(db) == 1);
}
