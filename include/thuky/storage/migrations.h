#pragma once
// Schema migrations: numbered SQL scripts from the resources, applied in order.

#include "thuky/core/result.h"

#include <QList>

#include <functional>

namespace thuky::storage {

class Database;

/// The schema version this program writes (PRAGMA user_version).
int schemaVersion();

/// Runs inside a script's transaction, after the script: work that must commit with it
/// (schema 4: creating the key and sealing what exists). An error rolls the script back.
using MigrationStep = std::function<Result<void>(int version)>;

/// Brings the database to schemaVersion(). Each script runs in its own transaction that
/// also bumps user_version, so a crash leaves the last complete version. A database newer
/// than the program is refused with ErrorCode::SchemaTooNew and not modified.
[[nodiscard]] Result<void> migrate(Database &db, const MigrationStep &after = {});

/// Applies migrations up to and including `version` only (for upgrade tests).
[[nodiscard]] Result<void> migrateTo(Database &db, int version, const MigrationStep &after = {});

/// The triggers the migration scripts create (name → SQL as SQLite keeps it), compared with
/// those in the file: one message per trigger missing, altered or unknown. Triggers guard
/// the audit trail and the key markers, so a dropped one means someone worked around them.
[[nodiscard]] Result<QList<Message>> checkTriggers(Database &db);

} // namespace thuky::storage
