#include "thuky/storage/migrations.h"

#include "thuky/core/logging.h"
#include "thuky/storage/database.h"
#include "thuky/storage/transaction.h"

#include "query_helpers.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

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

Result<void> migrateTo(Database &db, int target, const MigrationStep &after)
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
        if (after)
            THUKY_TRY(after(version));
        THUKY_TRY(db.execScript("PRAGMA user_version = " + QByteArray::number(version)));
        THUKY_TRY(tx->commit());
        logger("storage")->info("schema migrated to version {}", version);
    }
    return {};
}

Result<void> migrate(Database &db, const MigrationStep &after) { return migrateTo(db, schemaVersion(), after); }

namespace {

QString normalized(QString sql)
{
    sql = sql.simplified();
    while (sql.endsWith(QLatin1Char(';')))
        sql.chop(1);
    return sql.trimmed();
}

// The triggers of the scripts up to `version`, in order (a later DROP TRIGGER removes one).
std::map<QString, QString> expectedTriggers(int version)
{
    static const QRegularExpression create(
        QStringLiteral(R"(CREATE\s+TRIGGER\s+(\w+).*?\bEND\s*;)"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(QStringLiteral(R"(DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?(\w+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    std::map<QString, QString> out;
    for (const auto &[v, path] : scripts()) {
        if (v > version)
            break;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = drop.globalMatch(text); it.hasNext();)
            out.erase(it.next().captured(1));
        for (auto it = create.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            out[match.captured(1)] = normalized(match.captured(0));
        }
    }
    return out;
}

} // namespace

Result<QList<Message>> checkTriggers(Database &db)
{
    using Trigger = std::pair<QString, QString>;
    auto triggers = detail::readAll<Trigger>(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'",
                                             [](const Statement &s) { return Trigger{s.text(0), normalized(s.text(1))}; });
    if (!triggers)
        return triggers.error();
    const std::map<QString, QString> present(triggers->cbegin(), triggers->cend());
    QList<Message> problems;
    const auto expected = expectedTriggers(db.userVersion());
    for (const auto &[name, sql] : expected) {
        const auto found = present.find(name);
        if (found == present.end())
            problems.append({QStringLiteral("Trigger %1 bảo vệ dữ liệu đã bị xóa ngoài Thuky.").arg(name),
                             QStringLiteral("The protecting trigger %1 was dropped outside Thuky.").arg(name)});
        else if (found->second != sql)
            problems.append({QStringLiteral("Trigger %1 đã bị sửa ngoài Thuky.").arg(name),
                             QStringLiteral("The trigger %1 was altered outside Thuky.").arg(name)});
    }
    for (const auto &[name, sql] : present)
        if (!expected.count(name))
            problems.append({QStringLiteral("Trigger %1 lạ đã được thêm ngoài Thuky.").arg(name),
                             QStringLiteral("An unknown trigger %1 was added outside Thuky.").arg(name)});
    return problems;
}

} // namespace thuky::storage
