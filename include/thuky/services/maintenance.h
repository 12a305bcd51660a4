#pragma once
// Health checks, backup and restore of a Thuky database.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"
#include "thuky/services/audit_service.h"

#include <QStringList>

#include <optional>

namespace thuky::storage {
class Database;
}

namespace thuky::services {

class DatabaseKey;
class Workspace;

struct CheckReport
{
    QStringList integrityProblems;  ///< from PRAGMA integrity_check (empty: ok)
    QStringList foreignKeyProblems; ///< from PRAGMA foreign_key_check
    int schemaVersion = 0;

    bool ok() const { return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty(); }
};

/// Everything `check` proves, in one definition for the CLI's check, restore and the GUI's
/// integrity screen.
struct HealthReport
{
    CheckReport database;
    /// std::nullopt for a database from before the audit trail (init upgrades it).
    std::optional<AuditCheck> audit;
    QList<Message> triggerProblems;      ///< protecting triggers dropped, altered or added
    QList<RecordMismatch> sealProblems;  ///< accounts whose seal does not match

    bool ok() const
    {
        return database.ok() && (!audit || audit->ok()) && triggerProblems.isEmpty() && sealProblems.isEmpty();
    }
    /// One line per problem found, in both languages (empty when ok()).
    QList<Message> findings() const;
};

/// Integrity and foreign keys only.
Result<CheckReport> checkDatabase(storage::Database &db);

/// The whole check on an open connection (it may be read-only): integrity, foreign keys,
/// audit chain with its MACs, marker and anchor (unless `useAnchor` is false), records
/// against the trail, triggers, account seals. `key` is this installation's key for the
/// database (DatabaseKey::available() false: reported as "cannot verify", not as tampering).
Result<HealthReport> checkHealth(storage::Database &db, const DatabaseKey &key, bool useAnchor = true);
/// The same on a workspace's own connection and key (the GUI).
Result<HealthReport> checkHealth(Workspace &ws);
/// Opens `path` read-only, finds its key in the KeyStore and checks it.
Result<HealthReport> checkFile(const QString &path, bool useAnchor = true);

/// Online backup to a new file, in rollback-journal mode and verified (opened read-only,
/// integrity check) before it replaces OUT. A stale OUT-wal, OUT-shm or OUT-journal is
/// removed first; OUT in use by another process, or OUT being the database itself, is
/// refused (Conflict) and left alone.
Result<void> backupDatabase(storage::Database &db, const QString &outPath);

struct RestoreOptions
{
    bool force = false;   ///< restore even when the backup fails the check
    domain::Actor actor = domain::Actor::system(); ///< who restores: the restore's audit entry names them
};

struct RestoreReport
{
    HealthReport health; ///< the backup's check (with `force`, possibly not ok)
};

/// Replaces the database at `dbPath` with the backup `inPath`. Refused, changing nothing:
/// not a regular file (a FIFO, a device), not a SQLite or Thuky file, a newer schema, or a
/// backup that fails checkHealth() (its findings in the message) unless `force`. After the
/// copy the restore is recorded in the restored trail and the anchor set to it, so `check`
/// passes at once.
Result<RestoreReport> restoreDatabase(const QString &dbPath, const QString &inPath, const RestoreOptions &options = {});

/// Writes this database's key to `outPath` (mode 0600, never over an existing file) for the
/// administrator to carry to a second machine or keep with the backups. Needs the
/// ManageDatabase permission and the key on this installation.
Result<void> exportKey(Workspace &ws, const domain::Actor &actor, const QString &outPath);

struct KeyImport
{
    QString databaseId;
    bool anchored = false; ///< the chain verified with the key and the anchor was set to its head
};

/// Installs a key file written by exportKey() for the database of `ws`. Possession of the
/// key is the authority (nobody can log in before it is here): the file must name this
/// database and its key must match the sealed marker, else InvalidInput and nothing is
/// written. A different key already installed is never replaced (Conflict).
Result<KeyImport> importKey(Workspace &ws, const QString &keyFile);

} // namespace thuky::services
