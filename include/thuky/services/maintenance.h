#pragma once
// Health checks, backup and restore of a Thuky database.

#include "thuky/core/result.h"

#include <QStringList>

namespace thuky::storage {
class Database;
}

namespace thuky::services {

struct CheckReport
{
    QStringList integrityProblems;  ///< from PRAGMA integrity_check (empty: ok)
    QStringList foreignKeyProblems; ///< from PRAGMA foreign_key_check
    int schemaVersion = 0;

    bool ok() const { return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty(); }
};

Result<CheckReport> checkDatabase(storage::Database &db);

/// Online backup to a new file (an existing file is replaced only once the copy is whole).
Result<void> backupDatabase(storage::Database &db, const QString &outPath);

/// Replaces the database at `dbPath` with the backup `inPath`. The backup is opened
/// read-only and must pass integrity_check, be a Thuky database and not be newer than the
/// program; otherwise nothing is changed. The replacement is a single online copy.
Result<void> restoreDatabase(const QString &dbPath, const QString &inPath);

} // namespace thuky::services
