// Tamper evidence through thuky-cli: the database changed with the sqlite3 shell (or the
// sqlite3 C API), then `check`, log-in, key and restore commands as a user would run them.

#include "cli_runner.h"

#include "thuky/services/audit_service.h"
#include "thuky/storage/audit_repository.h"
#include "thuky/storage/database.h"

#include <QDir>
#include <QFileInfo>

using namespace thuky;
using thuky::test::CliRun;
using thuky::test::words;

namespace {

const QString kViewerPassword = QStringLiteral("Nguoi-xem-2025");

/// A demo database in a temporary folder, with its key folder chosen per run ("another
/// machine" is another key folder).
class SecurityFixture
{
public:
    SecurityFixture()
    {
        REQUIRE(m_dir.isValid());
        keyDir = path(QStringLiteral("keys"));
        run({QStringLiteral("demo")});
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("thuky.sqlite")); }

    CliRun run(const QStringList &args, const QString &password = services::demoPassword(),
               const QString &newPassword = {}) const
    {
        QProcessEnvironment env = test::environmentWithoutPasswords();
        env.insert(QStringLiteral("THUKY_KEY_DIR"), keyDir);
        if (!password.isEmpty())
            env.insert(QStringLiteral("THUKY_PASSWORD"), password);
        if (!newPassword.isEmpty())
            env.insert(QStringLiteral("THUKY_NEW_PASSWORD"), newPassword);
        return test::runCli(QStringList{QStringLiteral("--db"), db(), QStringLiteral("--today"),
                                        QStringLiteral("2025-06-16")} +
                                args,
                            env);
    }
    CliRun ok(const QStringList &args) const
    {
        CliRun r = run(args);
        INFO(r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    QJsonObject check(int expectedExit) const
    {
        CliRun r = run(words("--lang en --format json check"));
        INFO(r.outText().toStdString() << r.errText().toStdString());
        CHECK(r.exitCode == expectedExit);
        return r.json();
    }
    /// Runs SQL with the sqlite3 shell, as someone holding the file would.
    void shell(const QString &sql, const QString &file = {}) const
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {file.isEmpty() ? db() : file, sql});
        REQUIRE(p.waitForFinished(30000));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
    }

    QString keyDir;

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_CASE("check and log-in catch a password hash swapped with the sqlite3 shell",
          "[cli][security]")
{
    SecurityFixture fx;
    REQUIRE(fx.run(words("--user nguoixem users passwd nguoixem"), services::demoPassword(),
                   kViewerPassword)
                .exitCode == 0);
    CHECK(fx.check(0).value(QStringLiteral("ok")).toBool());
    fx.shell(QStringLiteral(
        "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE user_name = "
        "'nguoixem') WHERE user_name = 'quantri'"));
    // The viewer's own password now opens the administrator's account... or would have.
    const CliRun login = fx.run(words("--lang en --user quantri users list"), kViewerPassword);
    CHECK(login.exitCode == 1);
    CHECK(login.errText().contains(QStringLiteral("changed outside Thuky")));
    CHECK(login.errText().contains(QStringLiteral("thuky-cli check")));
    const QJsonObject report = fx.check(1);
    CHECK_FALSE(report.value(QStringLiteral("ok")).toBool());
    const QJsonArray seals = report.value(QStringLiteral("accountSealProblems")).toArray();
    REQUIRE(seals.size() == 1);
    CHECK(seals.first().toObject().value(QStringLiteral("entity")).toString() ==
          QStringLiteral("users"));
    const CliRun table = fx.run(words("check"));
    CHECK(table.exitCode == 1);
    CHECK(table.outText().contains(QStringLiteral("[users #")));
}

TEST_CASE("check catches a forged audit entry whose SHA-256 chain was recomputed",
          "[cli][security]")
{
    SecurityFixture fx;
    {
        // The sqlite3 C API: make the viewer an administrator and forge the entry for it.
        auto db = storage::Database::open(fx.db());
        REQUIRE(db.ok());
        auto viewer = db->queryInt("SELECT id FROM users WHERE user_name = 'nguoixem'");
        REQUIRE(viewer.ok());
        const domain::Id id = viewer->value();
        REQUIRE(
            db->exec("INSERT INTO user_roles(user_id, role) VALUES (?, 'administrator')", id).ok());
        const auto repo = storage::makeSqliteAuditRepository(*db);
        storage::AuditEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.userName = QStringLiteral("quantri");
        e.action = QStringLiteral("user.update");
        e.entity = QStringLiteral("users");
        e.entityId = id;
        e.after = repo->image(storage::Entity::User, id).value().value();
        e.prevHash = repo->head().value().second;
        e.hash = services::AuditService::hashOf(e);
        REQUIRE(repo->append(e).ok());
    }
    const QJsonObject report = fx.check(1);
    CHECK_FALSE(report.value(QStringLiteral("auditFirstBrokenEntry")).isNull());
    CHECK(report.value(QStringLiteral("auditChainProblem"))
              .toString()
              .contains(QStringLiteral("MAC")));
    CHECK(report.value(QStringLiteral("accountSealProblems")).toArray().size() == 1);
    CHECK(fx.run(words("--user nguoixem users list")).exitCode == 1);
}

TEST_CASE("check catches trailing audit entries deleted and triggers dropped", "[cli][security]")
{
    SecurityFixture fx;
    fx.ok(words("--user quantri users list"));
    fx.ok(words("--user lanhdaovu audit list --limit 1"));
    SECTION("the tail cut")
    {
        fx.shell(
            QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > "
                           "(SELECT max(id) - 2 FROM audit_log);"
                           " CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\nBEGIN\n"
                           "    SELECT RAISE(ABORT, 'audit_log is append-only');\nEND;"));
        const QJsonObject report = fx.check(1);
        CHECK(report.value(QStringLiteral("triggerProblems")).toArray().isEmpty());
        CHECK(report.value(QStringLiteral("auditFirstBrokenEntry")).isNull());
        CHECK(report.value(QStringLiteral("auditAnchorProblem"))
                  .toString()
                  .contains(QStringLiteral("deleted")));
    }
    SECTION("the append-only triggers dropped")
    {
        fx.shell(
            QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"));
        const QJsonObject report = fx.check(1);
        CHECK(report.value(QStringLiteral("triggerProblems")).toArray().size() == 2);
        CHECK(report.value(QStringLiteral("auditAnchorProblem")).isNull());
    }
}

TEST_CASE("an unknown user name and a wrong password print the same thing", "[cli][security]")
{
    SecurityFixture fx;
    const CliRun unknown =
        fx.run(words("--user khongco users list"), QStringLiteral("sai-mat-khau-1"));
    const CliRun wrong =
        fx.run(words("--user quantri users list"), QStringLiteral("sai-mat-khau-1"));
    CHECK(unknown.exitCode == 1);
    CHECK(wrong.exitCode == unknown.exitCode);
    CHECK(wrong.err == unknown.err);
    CHECK(wrong.out == unknown.out);
}

TEST_CASE(
    "a database copied without its key: check says so, writes are refused, key import fixes it",
    "[cli][security]")
{
    SecurityFixture fx;
    const QString exported = fx.path(QStringLiteral("thuky.key"));
    fx.ok({QStringLiteral("--user"), QStringLiteral("quantri"), QStringLiteral("key"),
           QStringLiteral("export"), exported});
    CHECK(fx.run({QStringLiteral("--user"), QStringLiteral("nguoixem"), QStringLiteral("key"),
                  QStringLiteral("export"), fx.path(QStringLiteral("v.key"))})
              .exitCode == 1);
    fx.keyDir = fx.path(QStringLiteral("second-machine-keys"));

    const QJsonObject report = fx.check(1);
    CHECK(report.value(QStringLiteral("auditKey")).toString() == QStringLiteral("missing"));
    CHECK(report.value(QStringLiteral("auditFirstBrokenEntry")).isNull());
    CHECK(report.value(QStringLiteral("auditKeyProblem"))
              .toString()
              .contains(QStringLiteral("key import")));
    const CliRun table = fx.run(words("--lang en check"));
    CHECK(table.outText().contains(QStringLiteral("cannot be verified")));
    const CliRun write = fx.run(words("--lang en --user quantri users list"));
    CHECK(write.exitCode == 1);
    CHECK(write.errText().contains(QStringLiteral("key import")));

    const CliRun imported = fx.run({QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("key"), QStringLiteral("import"), exported});
    INFO(imported.errText().toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().value(QStringLiteral("anchored")).toBool());
    CHECK(QFileInfo::exists(fx.keyDir + QLatin1Char('/') +
                            imported.json().value(QStringLiteral("databaseId")).toString() +
                            QStringLiteral(".key")));
    fx.ok(words("--user quantri users list"));
    CHECK(fx.check(0).value(QStringLiteral("auditKey")).toString() == QStringLiteral("verified"));
}

TEST_CASE("restore refuses a backup that fails check, unless --force, check passes after a restore",
          "[cli][security]")
{
    SecurityFixture fx;
    const QString backup = fx.path(QStringLiteral("backup.sqlite"));
    fx.ok({QStringLiteral("--user"), QStringLiteral("quantri"), QStringLiteral("backup"), backup});
    fx.ok(words("--user quantri users list"));
    fx.ok({QStringLiteral("--user"), QStringLiteral("quantri"), QStringLiteral("restore"), backup});
    CHECK(fx.check(0).value(QStringLiteral("ok")).toBool());

    fx.shell(QStringLiteral("UPDATE tasks SET progress = 77 WHERE id = 1"), backup);
    const CliRun refused =
        fx.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--user"),
                QStringLiteral("quantri"), QStringLiteral("restore"), backup});
    CHECK(refused.exitCode == 1);
    CHECK(refused.errText().contains(QStringLiteral("tasks #1")));
    CHECK(refused.errText().contains(QStringLiteral("--force")));
    // The live database is untouched (only the administrator's log-in was recorded).
    CHECK(fx.check(0).value(QStringLiteral("ok")).toBool());
    const CliRun forced = fx.run({QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("--user"), QStringLiteral("quantri"),
                                  QStringLiteral("restore"), QStringLiteral("--force"), backup});
    CHECK(forced.exitCode == 0);
    CHECK(forced.errText().contains(QStringLiteral("Warning")));
    CHECK(forced.errText().contains(QStringLiteral("tasks #1")));
    const QJsonObject report = fx.check(1);
    CHECK(report.value(QStringLiteral("auditMismatches")).toArray().size() == 1);
    CHECK(report.value(QStringLiteral("auditAnchorProblem")).isNull());
}
