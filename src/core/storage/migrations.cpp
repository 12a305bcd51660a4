#include "thuky/storage/migrations.h"

#include "thuky/core/logging.h"
#include "thuky/storage/database.h"
#include "thuky/storage/transaction.h"

#include <QDir>
#include <QFile>

#include <spdlog/spdlog.h>

#include <map>

namespace thuky::storage {

namespace {

// Scripts are named NNN_what.sql; NNN is the schema version the script produces.
std::map<int, QString> scripts()
{
    std::map<int, QString> out;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            out.emplace(version, dir.filePath(name));
    }
    return out;
}

Result<bool> hasForeignTables(Database &db)
{
    auto n = db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
    if (!n)
        return n.error();
    return n->value_or(0) > 0;
}

} // namespace

int schemaVersion()
{
    const auto all = scripts();
    return all.empty() ? 0 : all.rbegin()->first;
}

Result<void> migrateTo(Database &db, int target)
{
    const int current = db.userVersion();
    const int known = schemaVersion();
    if (current > known)
        return makeError(ErrorCode::SchemaTooNew,
                         QStringLiteral("Cơ sở dữ liệu được tạo bởi phiên bản Thuky mới hơn (lược đồ %1, "
                                        "chương trình này hiểu đến %2). Hãy cập nhật Thuky; tệp không bị thay đổi.")
                             .arg(current)
                             .arg(known),
                         QStringLiteral("The database was written by a newer Thuky (schema %1, this program knows "
                                        "up to %2). Update Thuky; the file was not changed.")
                             .arg(current)
                             .arg(known),
                         db.path());
    if (current == 0) {
        auto foreign = hasForeignTables(db);
        if (!foreign)
            return foreign.error();
        if (*foreign)
            return makeError(ErrorCode::Corrupt,
                             QStringLiteral("Tệp này là cơ sở dữ liệu SQLite nhưng không phải của Thuky; tệp không bị thay đổi."),
                             QStringLiteral("This file is a SQLite database but not a Thuky one; it was not changed."),
                             db.path());
    }
    for (const auto &[version, path] : scripts()) {
        if (version <= current || version > target)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("Không đọc được tệp nâng cấp lược đồ."),
                             QStringLiteral("Cannot read a schema migration."), path);
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        THUKY_TRY(db.execScript(file.readAll()));
        THUKY_TRY(db.execScript("PRAGMA user_version = " + QByteArray::number(version)));
        THUKY_TRY(tx->commit());
        logger("storage")->info("schema migrated to version {}", version);
    }
    return {};
}

Result<void> migrate(Database &db) { return migrateTo(db, schemaVersion()); }

} // namespace thuky::storage
