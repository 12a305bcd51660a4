#include "thuky/services/maintenance.h"

#include "thuky/core/files.h"
#include "thuky/core/logging.h"
#include "thuky/services/account_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/key_store.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/account_repository.h"
#include "thuky/storage/audit_repository.h"
#include "thuky/storage/database.h"
#include "thuky/storage/migrations.h"
#include "thuky/storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace thuky::services {

using storage::Database;

namespace {

Result<QStringList> pragmaLines(Database &db, const char *sql, bool okMeansEmpty)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    QStringList out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (okMeansEmpty) {
            const QString line = stmt->text(0);
            if (line != QLatin1String("ok"))
                out << line;
        } else {
            // foreign_key_check: table, rowid, parent, fkid
            out << QStringLiteral("%1 (rowid %2) -> %3").arg(stmt->text(0)).arg(stmt->int64(1)).arg(stmt->text(2));
        }
    }
    return out;
}

Result<CheckReport> check(Database &db)
{
    CheckReport report;
    report.schemaVersion = db.userVersion();
    auto integrity = pragmaLines(db, "PRAGMA integrity_check", true);
    if (!integrity)
        return integrity.error();
    report.integrityProblems = *integrity;
    auto keys = pragmaLines(db, "PRAGMA foreign_key_check", false);
    if (!keys)
        return keys.error();
    report.foreignKeyProblems = *keys;
    return report;
}

// Whether another process holds one of SQLite's locks on `path` (the database's lock bytes)
// or on its -shm (the slot every WAL connection keeps while open). Locks of this process
// are invisible to F_GETLK; the caller refuses the database itself separately.
bool lockedByAnotherProcess(const QString &path, off_t start, off_t length)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = start;
    probe.l_len = length;
    const bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

constexpr off_t kPendingByte = 0x40000000; // SQLite's lock bytes: pending, reserved, shared
constexpr off_t kLockBytes = 512;
constexpr off_t kShmLocks = 120; // the -shm's lock slots, the last one held while open
constexpr off_t kShmLockBytes = 9;

const QStringList &sidecarSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

Error backupRefused(const QString &out, const QString &vi, const QString &en)
{
    return makeError(ErrorCode::Conflict, QStringLiteral("Không sao lưu ra \"%1\": %2").arg(out, vi),
                     QStringLiteral("Not backing up to \"%1\": %2").arg(out, en), out);
}

// Removes what SQLite would replay into `path` at its next open: a WAL or journal left by
// another database must never become part of a new file.
Result<void> removeSidecars(const QString &path)
{
    for (const QString &suffix : sidecarSuffixes()) {
        const QString sidecar = path + suffix;
        if (!QFileInfo::exists(sidecar) && !QFileInfo(sidecar).isSymLink())
            continue;
        if (!QFile::remove(sidecar))
            return makeError(ErrorCode::Io, QStringLiteral("Không xóa được tệp cũ \"%1\".").arg(sidecar),
                             QStringLiteral("Cannot remove the stale file \"%1\".").arg(sidecar), sidecar);
        logger("storage")->info("removed the stale {}", sidecar.toStdString());
    }
    return {};
}

Result<Database> openReadOnly(const QString &path)
{
    storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    return Database::open(path, readOnly);
}

// Opens a finished copy read-only: it must be a whole, healthy database.
Result<void> verifyCopy(const QString &path)
{
    auto copy = openReadOnly(path);
    if (!copy)
        return copy.error();
    auto report = check(*copy);
    if (!report)
        return report.error();
    if (!report->integrityProblems.isEmpty())
        return makeError(ErrorCode::Corrupt, QStringLiteral("Bản sao lưu vừa ghi không qua được kiểm tra toàn vẹn."),
                         QStringLiteral("The backup just written fails the integrity check."),
                         report->integrityProblems.join(QLatin1String("; ")));
    return {};
}

Result<std::optional<QString>> databaseIdOf(Database &db)
{
    auto table = db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'app_meta'");
    if (!table)
        return table.error();
    if (table->value_or(0) == 0)
        return std::optional<QString>{};
    auto stmt = db.prepare("SELECT value FROM app_meta WHERE key = 'database_id'");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? std::optional(stmt->text(0)) : std::nullopt;
}

// This installation's key for the database open on `db` (possibly not available).
Result<DatabaseKey> keyFor(Database &db)
{
    auto id = databaseIdOf(db);
    if (!id)
        return id.error();
    if (!*id)
        return DatabaseKey();
    const KeyStore store;
    auto key = store.load(**id);
    if (!key)
        return key.error();
    return DatabaseKey(**id, *key, store);
}

QString taggedLine(const RecordMismatch &m, Lang lang)
{
    const QString tag = QStringLiteral("%1 #%2").arg(storage::entityKey(m.entity)).arg(m.id);
    const QString message = m.message.text(lang);
    return message.startsWith(tag) ? message : QLatin1Char('[') + tag + QStringLiteral("] ") + message;
}

} // namespace

QList<Message> HealthReport::findings() const
{
    QList<Message> out;
    for (const QString &line : database.integrityProblems + database.foreignKeyProblems)
        out.append({line, line});
    if (audit) {
        if (audit->key == KeyState::Missing || audit->key == KeyState::Broken)
            out.append(audit->keyProblem);
        if (audit->firstBrokenEntry)
            out.append({QStringLiteral("Nhật ký kiểm toán hỏng từ mục số %1: ").arg(audit->firstBrokenEntry) +
                            audit->chainProblem.vi,
                        QStringLiteral("The audit trail is broken from entry %1: ").arg(audit->firstBrokenEntry) +
                            audit->chainProblem.en});
        if (!audit->anchorProblem.vi.isEmpty())
            out.append(audit->anchorProblem);
    }
    out.append(triggerProblems);
    for (const RecordMismatch &m : sealProblems)
        out.append({taggedLine(m, Lang::Vi), taggedLine(m, Lang::En)});
    if (audit)
        for (const RecordMismatch &m : audit->mismatches)
            out.append({taggedLine(m, Lang::Vi), taggedLine(m, Lang::En)});
    return out;
}

Result<CheckReport> checkDatabase(Database &db) { return check(db); }

Result<HealthReport> checkHealth(Database &db, const DatabaseKey &key, bool useAnchor)
{
    HealthReport report;
    auto database = check(db);
    if (!database)
        return database.error();
    report.database = *database;
    auto triggers = storage::checkTriggers(db);
    if (!triggers)
        return triggers.error();
    report.triggerProblems = *triggers;
    auto trail = db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'");
    if (!trail)
        return trail.error();
    if (trail->value_or(0) == 0)
        return report;
    const auto auditRepo = storage::makeSqliteAuditRepository(db);
    const auto accountRepo = storage::makeSqliteAccountRepository(db);
    const RoleAuthorizer authorizer;
    AuditService audit(db, *auditRepo, authorizer, key);
    auto verified = audit.verify(useAnchor);
    if (!verified)
        return verified.error();
    report.audit = *verified;
    if (verified->key == KeyState::Verified) {
        AccountService accounts(db, *accountRepo, audit, authorizer, key);
        auto seals = accounts.verifySeals();
        if (!seals)
            return seals.error();
        report.sealProblems = *seals;
    }
    return report;
}

Result<HealthReport> checkHealth(Workspace &ws) { return checkHealth(ws.db(), ws.key()); }

Result<HealthReport> checkFile(const QString &path, bool useAnchor)
{
    THUKY_TRY(requireRegularPath(path));
    auto db = openReadOnly(path);
    if (!db)
        return db.error();
    auto key = keyFor(*db);
    if (!key)
        return key.error();
    return checkHealth(*db, *key, useAnchor);
}

Result<void> backupDatabase(Database &db, const QString &outPath)
{
    const QFileInfo out(outPath);
    if (Database::isOpenFile(outPath) || Database::isOpenFile(outPath + QStringLiteral("-wal"))
        || Database::isOpenFile(outPath + QStringLiteral("-shm")))
        return backupRefused(outPath, QStringLiteral("đó chính là cơ sở dữ liệu đang mở."),
                             QStringLiteral("that is the open database itself."));
    if (lockedByAnotherProcess(outPath, kPendingByte, kLockBytes) ||
        lockedByAnotherProcess(outPath + QStringLiteral("-shm"), kShmLocks, kShmLockBytes))
        return backupRefused(outPath,
                             QStringLiteral("tệp đang được một chương trình khác mở; hãy đóng nó hoặc chọn tên khác."),
                             QStringLiteral("the file is open in another program; close it or choose another name."));
    // Copy beside the target first, so an interrupted backup never replaces a good one.
    const QString partial = outPath + QStringLiteral(".part");
    const auto dropPartial = [&] {
        QFile::remove(partial);
        (void)removeSidecars(partial);
    };
    dropPartial();
    THUKY_TRY(removeSidecars(outPath));
    if (auto r = db.backupTo(partial); !r) {
        dropPartial();
        return r.error();
    }
    // The copy carries the source's WAL flag; a backup is one self-contained file instead.
    {
        storage::OpenOptions plain;
        plain.create = false;
        plain.wal = false;
        auto copy = Database::open(partial, plain);
        Result<void> journal = copy ? copy->execScript("PRAGMA journal_mode = DELETE") : Result<void>(copy.error());
        if (!journal) {
            dropPartial();
            return journal.error();
        }
    }
    if (auto verified = verifyCopy(partial); !verified) {
        dropPartial();
        return verified.error();
    }
    THUKY_TRY(removeSidecars(outPath));
    // rename(2) replaces OUT in one step: there is always either the old backup or the new.
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(outPath).constData()) != 0) {
        dropPartial();
        return makeError(ErrorCode::Io, QStringLiteral("Không ghi được tệp sao lưu \"%1\".").arg(outPath),
                         QStringLiteral("Cannot write the backup file \"%1\".").arg(outPath), outPath);
    }
    THUKY_TRY(verifyCopy(outPath));
    logger("storage")->info("backup written to {} and verified", outPath.toStdString());
    return {};
}

namespace {

// The restored trail gets an entry naming who restored what, and the anchor restarts from
// it: the live database's anchor described another (newer) trail.
Result<void> recordRestore(const QString &dbPath, const QString &inPath, const RestoreOptions &options)
{
    auto ws = Workspace::open(dbPath, false);
    if (!ws)
        return ws.error();
    const DatabaseKey &key = (*ws)->key();
    if (!key.available()) {
        logger("storage")->warn("restored {} without its key: the restore is not recorded", dbPath.toStdString());
        return {};
    }
    auto head = (*ws)->audit().head();
    if (!head)
        return head.error();
    if (key.store())
        THUKY_TRY(key.store()->resetAnchor(key.databaseId(), *head));
    auto tx = storage::Transaction::begin((*ws)->db());
    if (!tx)
        return tx.error();
    const QJsonObject detail{{QStringLiteral("backup"), QFileInfo(inPath).absoluteFilePath()},
                             {QStringLiteral("forced"), options.force}};
    THUKY_TRY((*ws)->audit().recordEvent(options.actor, QStringLiteral("database.restore"),
                                         QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return tx->commit();
}

} // namespace

Result<RestoreReport> restoreDatabase(const QString &dbPath, const QString &inPath, const RestoreOptions &options)
{
    if (!QFileInfo::exists(inPath))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Không tìm thấy tệp sao lưu \"%1\".").arg(inPath),
                         QStringLiteral("The backup file \"%1\" does not exist.").arg(inPath), inPath);
    const auto refuse = [&](const QString &vi, const QString &en, const QString &detail) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Không khôi phục từ \"%1\": %2 Cơ sở dữ liệu hiện tại không bị thay đổi.").arg(inPath, vi),
                         QStringLiteral("Not restoring from \"%1\": %2 The current database was not changed.").arg(inPath, en),
                         detail);
    };
    if (auto regular = userFileSize(inPath); !regular)
        return refuse(regular.error().message.vi, regular.error().message.en, inPath);
    RestoreReport result;
    {
        auto source = openReadOnly(inPath);
        if (!source)
            return refuse(QStringLiteral("tệp không phải cơ sở dữ liệu SQLite hợp lệ."),
                          QStringLiteral("the file is not a valid SQLite database."), source.error().detail);
        auto app = source->queryInt("SELECT count(*) FROM app_meta WHERE key = 'application' AND value = 'thuky'");
        if (!app || !*app || **app == 0)
            return refuse(QStringLiteral("tệp không phải cơ sở dữ liệu của Thuky."),
                          QStringLiteral("the file is not a Thuky database."), QString());
        if (source->userVersion() > storage::schemaVersion())
            return refuse(QStringLiteral("tệp được tạo bởi phiên bản Thuky mới hơn."),
                          QStringLiteral("the file was written by a newer Thuky."), QString());
        auto key = keyFor(*source);
        if (!key)
            return key.error();
        // A backup is older than its database's anchor by nature: its chain is checked alone.
        auto health = checkHealth(*source, *key, false);
        if (!health)
            return refuse(QStringLiteral("tệp bị hỏng (kiểm tra toàn vẹn không đạt)."),
                          QStringLiteral("the file is damaged (integrity check failed)."), health.error().detail);
        result.health = *health;
        if (!health->ok() && !options.force) {
            QString vi = QStringLiteral("bản sao lưu không qua được kiểm tra (thuky-cli check):");
            QString en = QStringLiteral("the backup fails the check (thuky-cli check):");
            for (const Message &m : health->findings()) {
                vi += QStringLiteral("\n  - ") + m.vi;
                en += QStringLiteral("\n  - ") + m.en;
            }
            vi += QStringLiteral("\nDùng --force để vẫn khôi phục.");
            en += QStringLiteral("\nUse --force to restore it anyway.");
            return refuse(vi, en, QStringLiteral("backup fails check"));
        }
        // The backup API replaces every page of the target in one step under its lock.
        THUKY_TRY(source->backupTo(dbPath));
    }
    logger("storage")->info("database {} restored from {}{}", dbPath.toStdString(), inPath.toStdString(),
                            options.force ? " (forced)" : "");
    THUKY_TRY(recordRestore(dbPath, inPath, options));
    return result;
}

Result<void> exportKey(Workspace &ws, const domain::Actor &actor, const QString &outPath)
{
    THUKY_TRY(ws.authorizer().require(actor, Action::ManageDatabase));
    const DatabaseKey &key = ws.key();
    if (!key.available())
        return key.missingError();
    THUKY_TRY(KeyStore::writeKeyFile(outPath, key.databaseId(), *key.secret()));
    logger("services")->info("key of database {} exported by {}", key.databaseId().toStdString(),
                             actor.userName.toStdString());
    return {};
}

Result<KeyImport> importKey(Workspace &ws, const QString &keyFile)
{
    THUKY_TRY(userFileSize(keyFile));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Không đọc được \"%1\".").arg(keyFile),
                         QStringLiteral("Cannot read \"%1\".").arg(keyFile), keyFile);
    auto parsed = KeyStore::parseKeyFile(file.read(4096));
    if (!parsed)
        return parsed.error();
    const auto &[id, secret] = *parsed;
    auto ours = databaseIdOf(ws.db());
    if (!ours)
        return ours.error();
    if (!*ours || **ours != id)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Khóa này thuộc cơ sở dữ liệu khác (mã %1); cơ sở dữ liệu này có mã %2.")
                             .arg(id, ours->value_or(QString())),
                         QStringLiteral("This key belongs to another database (id %1); this database's id is %2.")
                             .arg(id, ours->value_or(QString())),
                         keyFile);
    const KeyStore store;
    const DatabaseKey candidate(id, secret, store);
    auto from = ws.auditRepository().meta(QStringLiteral("audit_keyed_from"));
    if (!from)
        return from.error();
    auto seal = ws.auditRepository().meta(QStringLiteral("audit_keyed_seal"));
    if (!seal)
        return seal.error();
    if (!*from || !*seal ||
        !candidate.matches(keyedFromMessage(id, (*from)->toLongLong()), (*seal)->toLatin1()))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Khóa không khớp với cơ sở dữ liệu này (hoặc dấu khóa trong tệp đã bị sửa); "
                                        "không nhập."),
                         QStringLiteral("The key does not match this database (or the file's key marker was "
                                        "altered); nothing was imported."),
                         keyFile);
    THUKY_TRY(store.store(id, secret));
    KeyImport result{id, false};
    // The anchor restarts at the head only when the whole chain verifies with the key.
    auto health = checkHealth(ws.db(), candidate, false);
    if (!health)
        return health.error();
    if (health->audit && health->audit->firstBrokenEntry == 0) {
        auto head = ws.auditRepository().head();
        if (!head)
            return head.error();
        THUKY_TRY(store.resetAnchor(id, AuditAnchor{head->first, head->second}));
        result.anchored = true;
    }
    THUKY_TRY(ws.reloadKey());
    logger("services")->info("key of database {} imported{}", id.toStdString(), result.anchored ? "" : " (not anchored)");
    return result;
}

} // namespace thuky::services
