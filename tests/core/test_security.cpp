// Tamper evidence: changes made with the sqlite3 shell (here: a second plain connection,
// no Thuky code involved) that `check` must report, and the key's life around them.

#include "test_support.h"

#include "thuky/core/logging.h"

#include "thuky/services/account_service.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/key_store.h"
#include "thuky/services/maintenance.h"
#include "thuky/storage/audit_repository.h"
#include "thuky/storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

using namespace thuky;
using namespace thuky::domain;
using storage::Entity;
using thuky::test::actor;
using thuky::test::ok;

namespace {

const QString kAdminPassword = QStringLiteral("Quan-tri-2025");
const QString kViewerPassword = QStringLiteral("Nguoi-xem-2025");

/// THUKY_KEY_DIR pointed at a folder of the test for as long as it lives: keys and anchors
/// of the test's databases stay there, and changing it plays "another machine".
class KeyDir
{
public:
    KeyDir() { use(m_dir.path()); }
    ~KeyDir() { qunsetenv("THUKY_KEY_DIR"); }
    void use(const QString &dir) { qputenv("THUKY_KEY_DIR", QFile::encodeName(dir)); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

/// A database file with an administrator, a viewer, a programme with a task, and a few
/// audited writes; `shell` is a plain second connection that plays the sqlite3 shell.
struct Tampering
{
    KeyDir keys;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("t.sqlite"));
    std::unique_ptr<services::Workspace> ws;
    User admin, viewer;
    Task task;

    Tampering()
    {
        ws = ok(services::Workspace::open(path));
        ws->setToday(thuky::test::kToday);
        User a;
        a.userName = QStringLiteral("quantri");
        a.roles = {Role::Administrator};
        admin = ok(ws->accounts().addUser(actor(), a, kAdminPassword));
        User v;
        v.userName = QStringLiteral("nguoixem");
        v.roles = {Role::Viewer};
        viewer = ok(ws->accounts().addUser(admin.actor(), v, kViewerPassword));
        const Programme p = thuky::test::programme(*ws);
        task = ok(ws->programmes().addTask(
            actor(), thuky::test::task(*ws, p.id, 0, "1", "Việc một", QDate(2025, 9, 30))));
        ok(ws->accounts().login(QStringLiteral("quantri"), kAdminPassword));
        ok(ws->accounts().login(QStringLiteral("nguoixem"), kViewerPassword));
        REQUIRE(health().ok());
    }

    services::HealthReport health() { return ok(services::checkFile(path)); }
    storage::Database shell() { return ok(storage::Database::open(path)); }
};

QStringList texts(const QList<Message> &messages)
{
    QStringList out;
    for (const Message &m : messages)
        out << m.en;
    return out;
}

} // namespace

TEST_CASE("a swapped password hash: login refuses the account and check names it",
          "[security][accounts]")
{
    Tampering t;
    // The viewer knows their own password; the file lets them copy its hash onto the admin.
    ok(t.shell().execScript(
        "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE "
        "user_name = 'nguoixem') WHERE user_name = 'quantri'"));
    auto login = t.ws->accounts().login(QStringLiteral("quantri"), kViewerPassword);
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().detail == QStringLiteral("seal"));
    CHECK(login.error().text().contains(QStringLiteral("thuky-cli check")));
    CHECK(login.error().text(Lang::En).contains(QStringLiteral("changed outside Thuky")));

    const auto health = t.health();
    CHECK_FALSE(health.ok());
    REQUIRE(health.sealProblems.size() == 1);
    CHECK(health.sealProblems.first().id == t.admin.id);
    // The same definition serves the GUI's workspace.
    CHECK(ok(services::checkHealth(*t.ws)).sealProblems.size() == 1);
}

TEST_CASE("a forged audit entry with a recomputed hash chain is detected", "[security][audit]")
{
    Tampering t;
    // The viewer quietly becomes an administrator, with an audit entry to match: the SHA-256
    // chain is public, so the forger can compute it.
    auto shell = t.shell();
    ok(shell.exec("INSERT INTO user_roles(user_id, role) VALUES (?, 'administrator')",
                  t.viewer.id));
    const auto repo = storage::makeSqliteAuditRepository(shell);
    const auto before = ok(t.ws->audit().history(actor(), Entity::User, t.viewer.id)).first().after;
    storage::AuditEntry forged;
    forged.at = QDateTime::currentDateTimeUtc();
    forged.userId = t.admin.id;
    forged.userName = QStringLiteral("quantri");
    forged.action = QStringLiteral("user.update");
    forged.entity = QStringLiteral("users");
    forged.entityId = t.viewer.id;
    forged.before = before;
    forged.after = ok(repo->image(Entity::User, t.viewer.id)).value();
    forged.prevHash = ok(repo->head()).second;
    forged.hash = services::AuditService::hashOf(forged);
    ok(repo->append(forged));
    const Id forgedId = ok(repo->head()).first;

    const auto health = t.health();
    CHECK_FALSE(health.ok());
    REQUIRE(health.audit);
    CHECK(health.audit->firstBrokenEntry == forgedId);
    CHECK(health.audit->chainProblem.en.contains(QStringLiteral("MAC")));
    // The roles are sealed too: the viewer's seal no longer matches.
    REQUIRE(health.sealProblems.size() == 1);
    CHECK(health.sealProblems.first().id == t.viewer.id);
    CHECK(t.ws->accounts().login(QStringLiteral("nguoixem"), kViewerPassword).error().detail ==
          QStringLiteral("seal"));
}

TEST_CASE("audit entries cut from the end are detected through the anchor", "[security][audit]")
{
    Tampering t;
    const Id head = ok(t.ws->audit().head()).entryId;
    // Drop the trigger, delete the last two entries (the two log-ins), put the trigger back.
    ok(t.shell().execScript(
        "DROP TRIGGER audit_log_no_delete;"
        " DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log);"
        " CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\nBEGIN\n"
        "    SELECT RAISE(ABORT, 'audit_log is append-only');\nEND;"));
    const auto health = t.health();
    CHECK(health.triggerProblems.isEmpty());
    REQUIRE(health.audit);
    CHECK(health.audit->firstBrokenEntry == 0);
    CHECK(health.audit->mismatches.isEmpty());
    CHECK(health.audit->anchorEntry == head);
    CHECK(
        health.audit->anchorProblem.en.contains(QStringLiteral("entries at the end were deleted")));
    CHECK_FALSE(health.ok());
    // Thuky writing on over the cut (new entries take the cut ids) does not wipe the evidence.
    for (int i = 0; i < 3; ++i)
        ok(t.ws->accounts().login(QStringLiteral("quantri"), kAdminPassword));
    const auto later = t.health();
    REQUIRE(later.audit);
    CHECK(later.audit->anchorEntry == head);
    CHECK(later.audit->firstBrokenEntry == head);
    CHECK(later.audit->chainProblem.en.contains(QStringLiteral("differs from the anchor")));
}

TEST_CASE("the anchor follows commits from two connections and never moves back",
          "[security][audit]")
{
    Tampering t;
    auto second = ok(services::Workspace::open(t.path, false));
    ok(second->accounts().login(QStringLiteral("quantri"), kAdminPassword));
    ok(t.ws->accounts().login(QStringLiteral("nguoixem"), kViewerPassword));
    const services::KeyStore store;
    const auto anchor = ok(store.anchor(t.ws->key().databaseId()));
    REQUIRE(anchor);
    CHECK(anchor->entryId == ok(t.ws->audit().head()).entryId);
    ok(store.advanceAnchor(t.ws->key().databaseId(), services::AuditAnchor{1, QByteArray("x")}));
    CHECK(ok(store.anchor(t.ws->key().databaseId()))->entryId == anchor->entryId);
    CHECK(t.health().ok());
}

TEST_CASE("dropped, altered or added triggers are reported", "[security][storage]")
{
    Tampering t;
    SECTION("dropped")
    {
        ok(t.shell().execScript(
            "DROP TRIGGER audit_log_no_update; DROP TRIGGER app_meta_keys_no_delete"));
        const auto problems = texts(t.health().triggerProblems);
        REQUIRE(problems.size() == 2);
        CHECK(problems.filter(QStringLiteral("audit_log_no_update was dropped")).size() == 1);
        CHECK(problems.filter(QStringLiteral("app_meta_keys_no_delete was dropped")).size() == 1);
    }
    SECTION("altered into one that lets updates through")
    {
        ok(t.shell().execScript(
            "DROP TRIGGER audit_log_no_update;"
            " CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN 0"
            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"));
        CHECK(texts(t.health().triggerProblems) ==
              QStringList{
                  QStringLiteral("The trigger audit_log_no_update was altered outside Thuky.")});
    }
    SECTION("added")
    {
        ok(t.shell().execScript(
            "CREATE TRIGGER sneaky AFTER INSERT ON tasks BEGIN SELECT 1; END;"));
        CHECK(texts(t.health().triggerProblems) ==
              QStringList{QStringLiteral("An unknown trigger sneaky was added outside Thuky.")});
        CHECK_FALSE(t.health().ok());
    }
}

TEST_CASE(
    "without the key: check cannot verify (not tampering), writes and log-ins are refused clearly",
    "[security][keys]")
{
    Tampering t;
    const QString exported = t.dir.filePath(QStringLiteral("exported.key"));
    ok(services::exportKey(*t.ws, t.admin.actor(), exported));
    CHECK((QFileInfo(exported).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) ==
          0);
    CHECK_FALSE(
        services::exportKey(*t.ws, t.viewer.actor(), t.dir.filePath(QStringLiteral("v.key"))).ok());
    t.ws.reset();

    // "Another machine": the database file without the key folder.
    QTemporaryDir elsewhere;
    t.keys.use(elsewhere.path());
    const auto health = t.health();
    REQUIRE(health.audit);
    CHECK(health.audit->key == services::KeyState::Missing);
    CHECK(health.audit->firstBrokenEntry == 0);
    CHECK(health.sealProblems.isEmpty());
    CHECK(health.audit->keyProblem.en.contains(QStringLiteral("not a sign of tampering")));
    CHECK(health.audit->keyProblem.en.contains(QStringLiteral("key import")));
    CHECK_FALSE(health.ok());

    auto ws = ok(services::Workspace::open(t.path, false));
    CHECK_FALSE(ws->key().available());
    auto login = ws->accounts().login(QStringLiteral("quantri"), kAdminPassword);
    CHECK(login.error().detail == QStringLiteral("key missing"));
    auto write = ws->programmes().createProgramme(actor(), [&] {
        Programme p;
        p.year = 2026;
        p.ownerUnitId = thuky::test::agencyId(*ws, "BTK");
        p.title = QStringLiteral("Chương trình 2026");
        return p;
    }());
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().detail == QStringLiteral("key missing"));
    CHECK(write.error().text().contains(QStringLiteral("key import")));

    // A key of another database is refused; the right one is installed and anchors the trail.
    {
        QTemporaryDir other;
        const QString otherPath = other.filePath(QStringLiteral("o.sqlite"));
        auto otherWs = ok(services::Workspace::open(otherPath));
        const QString otherKey = other.filePath(QStringLiteral("o.key"));
        ok(services::exportKey(*otherWs, actor(), otherKey));
        CHECK(services::importKey(*ws, otherKey).error().code == ErrorCode::InvalidInput);
    }
    const auto imported = ok(services::importKey(*ws, exported));
    CHECK(imported.anchored);
    CHECK(ws->key().available());
    CHECK(QFileInfo(services::KeyStore().keyPath(imported.databaseId)).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser));
    ok(ws->accounts().login(QStringLiteral("quantri"), kAdminPassword));
    CHECK(t.health().ok());
}

// thuky-schema-3.sqlite was made by thuky-cli of schema 3: accounts quantri (Quan-tri-2025),
// nguoixem (Nguoi-xem-2025), chuyenvien (Chuyen-vien-2025) and a 2025 BTK programme of 3 tasks.
TEST_CASE("a schema 3 database is keyed at the upgrade and its accounts sealed",
          "[security][migrations]")
{
    KeyDir keys;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("s3.sqlite"));
    REQUIRE(
        QFile::copy(QStringLiteral(THUKY_TEST_DATA_DIR "/schemas/thuky-schema-3.sqlite"), copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Id keyedFrom = 0;
    {
        auto ws = ok(services::Workspace::open(copy, false));
        REQUIRE(ws->key().available());
        CHECK(QFileInfo::exists(services::KeyStore().keyPath(ws->key().databaseId())));
        const auto health = ok(services::checkHealth(*ws));
        INFO(texts(health.findings()).join(QLatin1Char('\n')).toStdString());
        CHECK(health.ok());
        REQUIRE(health.audit);
        CHECK(health.audit->key == services::KeyState::Verified);
        keyedFrom = health.audit->keyedFrom;
        CHECK(keyedFrom > 1);
        // The keying entry; the upgrades after schema 4 (the announced working days) follow it.
        const auto entries = ok(ws->audit().entries(actor(), {}));
        const auto keyed = std::find_if(entries.begin(), entries.end(),
                                        [&](const storage::AuditEntry &e) { return e.id == keyedFrom; });
        REQUIRE(keyed != entries.end());
        CHECK(keyed->action == QStringLiteral("audit.keyed"));
        ok(ws->accounts().login(QStringLiteral("quantri"), kAdminPassword));
    }
    CHECK(ok(services::checkFile(copy)).ok());
    // Entries from before the upgrade, rewritten afterwards with a recomputed SHA-256 chain,
    // no longer fit the first keyed entry.
    {
        auto shell = ok(storage::Database::open(copy));
        ok(shell.execScript("DROP TRIGGER audit_log_no_update"));
        const auto repo = storage::makeSqliteAuditRepository(shell);
        QList<storage::AuditEntry> old;
        ok(repo->scan([&](const storage::AuditEntry &e) {
            if (e.id < keyedFrom)
                old.append(e);
            return true;
        }));
        QByteArray prev;
        for (storage::AuditEntry &e : old) {
            if (e.id == 2)
                e.userName = QStringLiteral("nguoikhac");
            e.prevHash = prev;
            e.hash = services::AuditService::hashOf(e);
            prev = e.hash;
            ok(shell.exec("UPDATE audit_log SET user_name = ?, prev_hash = coalesce(?, ''), hash = "
                          "? WHERE id = ?",
                          e.userName, QString::fromLatin1(e.prevHash), QString::fromLatin1(e.hash),
                          e.id));
        }
    }
    const auto health = ok(services::checkFile(copy));
    REQUIRE(health.audit);
    CHECK(health.audit->firstBrokenEntry == keyedFrom);
}

TEST_CASE("an unknown name and a wrong password do the same work and give the same answer",
          "[security][accounts]")
{
    auto ws = thuky::test::workspace();
    User a;
    a.userName = QStringLiteral("quantri");
    a.roles = {Role::Administrator};
    ok(ws->accounts().addUser(actor(), a, kAdminPassword));
    QList<QByteArray> hashes;
    ws->accounts().setPasswordVerifier([&](const QByteArray &hash, const QString &password) {
        hashes.append(hash);
        return services::verifyPassword(hash, password);
    });
    const auto unknown =
        ws->accounts().login(QStringLiteral("khongco"), QStringLiteral("sai-mat-khau-1"));
    const auto wrong =
        ws->accounts().login(QStringLiteral("quantri"), QStringLiteral("sai-mat-khau-1"));
    REQUIRE(hashes.size() == 2);
    // The dummy is a real Argon2id hash with the very limits of a stored one.
    const auto limits = [](const QByteArray &h) { return h.left(h.indexOf("$", 30)); };
    CHECK(hashes.at(0) == services::AccountService::dummyHash());
    CHECK(limits(hashes.at(0)) == limits(hashes.at(1)));
    CHECK(limits(ok(services::hashPassword(kAdminPassword))) == limits(hashes.at(0)));
    CHECK(unknown.error().text() == wrong.error().text());
    CHECK(unknown.error().text(Lang::En) == wrong.error().text(Lang::En));
    CHECK(unknown.error().code == wrong.error().code);
    CHECK(unknown.error().detail == wrong.error().detail);
}

TEST_CASE("check logs what it found, and nothing about a chain that is whole", "[security][audit]")
{
    auto sink = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(50);
    const auto log = logger("services");
    const auto level = log->level();
    log->sinks().push_back(sink);
    log->set_level(spdlog::level::warn);
    const auto lines = [&] {
        return QString::fromStdString(fmt::format("{}", fmt::join(sink->last_formatted(), "")));
    };

    auto ws = thuky::test::workspace();
    thuky::test::programme(*ws);
    REQUIRE(ok(ws->audit().verify()).ok());
    CHECK_FALSE(lines().contains(QStringLiteral("chain broken")));
    ok(ws->db().execScript("UPDATE programmes SET title = 'Sửa ngoài Thuky'"));
    REQUIRE_FALSE(ok(ws->audit().verify()).ok());
    CHECK_FALSE(lines().contains(QStringLiteral("chain broken")));
    CHECK(lines().contains(QStringLiteral("1 records differ")));

    log->sinks().pop_back();
    log->set_level(level);
}

TEST_CASE("the keyed marker and the seals cannot be moved or made up without the key",
          "[security][audit]")
{
    Tampering t;
    SECTION("moving the marker so that forged entries fall under the unkeyed SHA-256 part")
    {
        ok(t.shell().execScript(
            "DROP TRIGGER app_meta_keys_no_update;"
            " UPDATE app_meta SET value = '100000' WHERE key = 'audit_keyed_from'"));
        const auto health = t.health();
        REQUIRE(health.audit);
        CHECK(health.audit->key == services::KeyState::Broken);
        CHECK(health.audit->keyProblem.en.contains(QStringLiteral("altered")));
        CHECK_FALSE(health.ok());
    }
    SECTION("removing the database id, so that no key is looked for")
    {
        ok(t.shell().execScript("DROP TRIGGER app_meta_keys_no_delete;"
                                " DELETE FROM app_meta WHERE key = 'database_id'"));
        const auto health = t.health();
        REQUIRE(health.audit);
        CHECK(health.audit->key == services::KeyState::Broken);
        CHECK(health.audit->keyProblem.en.contains(QStringLiteral("database id")));
    }
    SECTION("an administrator account added with SQL")
    {
        auto shell = t.shell();
        ok(shell.exec("INSERT INTO users(user_name, password_hash) SELECT 'dotnhap', password_hash "
                      "FROM users WHERE "
                      "user_name = 'nguoixem'"));
        ok(shell.execScript(
            "INSERT INTO user_roles(user_id, role) SELECT id, 'administrator' FROM users WHERE "
            "user_name = 'dotnhap'"));
        CHECK(t.ws->accounts().login(QStringLiteral("dotnhap"), kViewerPassword).error().detail ==
              QStringLiteral("seal"));
        const auto health = t.health();
        REQUIRE(health.sealProblems.size() == 1);
        CHECK(health.sealProblems.first().message.en.contains(QStringLiteral("dotnhap")));
        REQUIRE(health.audit);
        CHECK(health.audit->mismatches.size() == 1); // and it is not in the audit trail
    }
}
