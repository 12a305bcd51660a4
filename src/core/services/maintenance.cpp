#include "thuky/services/maintenance.h"

#include "thuky/core/logging.h"
#include "thuky/storage/database.h"
#include "thuky/storage/migrations.h"

#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

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

} // namespace

Result<CheckReport> checkDatabase(Database &db) { return check(db); }

Result<void> backupDatabase(Database &db, const QString &outPath)
{
    // Copy beside the target first, so an interrupted backup never replaces a good one.
    const QString partial = outPath + QStringLiteral(".part");
    QFile::remove(partial);
    if (auto r = db.backupTo(partial); !r) {
        QFile::remove(partial);
        return r.error();
    }
    if (QFile::exists(outPath) && !QFile::remove(outPath)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, QStringLiteral("Không ghi đè được tệp \"%1\".").arg(outPath),
                         QStringLiteral("Cannot replace the file \"%1\".").arg(outPath), outPath);
    }
    if (!QFile::rename(partial, outPath))
        return makeError(ErrorCode::Io, QStringLiteral("Không ghi được tệp sao lưu \"%1\".").arg(outPath),
                         QStringLiteral("Cannot write the backup file \"%1\".").arg(outPath), outPath);
    logger("storage")->info("backup written to {}", outPath.toStdString());
    return {};
}

Result<void> restoreDatabase(const QString &dbPath, const QString &inPath)
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
    storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    auto source = Database::open(inPath, readOnly);
    if (!source)
        return refuse(QStringLiteral("tệp không phải cơ sở dữ liệu SQLite hợp lệ."),
                      QStringLiteral("the file is not a valid SQLite database."), source.error().detail);
    auto report = check(*source);
    if (!report || !report->ok())
        return refuse(QStringLiteral("tệp bị hỏng (kiểm tra toàn vẹn không đạt)."),
                      QStringLiteral("the file is damaged (integrity check failed)."), QString());
    auto app = source->queryInt("SELECT count(*) FROM app_meta WHERE key = 'application' AND value = 'thuky'");
    if (!app || !*app || **app == 0)
        return refuse(QStringLiteral("tệp không phải cơ sở dữ liệu của Thuky."),
                      QStringLiteral("the file is not a Thuky database."), QString());
    if (source->userVersion() > storage::schemaVersion())
        return refuse(QStringLiteral("tệp được tạo bởi phiên bản Thuky mới hơn."),
                      QStringLiteral("the file was written by a newer Thuky."), QString());

    // The backup API replaces every page of the target in one step under its lock.
    THUKY_TRY(source->backupTo(dbPath));
    logger("storage")->info("database {} restored from {}", dbPath.toStdString(), inPath.toStdString());
    return {};
}

} // namespace thuky::services
