#pragma once
// Schema migrations: numbered SQL scripts from the resources, applied in order.

#include "thuky/core/result.h"

namespace thuky::storage {

class Database;

/// The schema version this program writes (PRAGMA user_version).
int schemaVersion();

/// Brings the database to schemaVersion(). Each script runs in its own transaction that
/// also bumps user_version, so a crash leaves the last complete version. A database newer
/// than the program is refused with ErrorCode::SchemaTooNew and not modified.
[[nodiscard]] Result<void> migrate(Database &db);

/// Applies migrations up to and including `version` only (for upgrade tests).
[[nodiscard]] Result<void> migrateTo(Database &db, int version);

} // namespace thuky::storage
