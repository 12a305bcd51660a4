// init, demo, check, backup, restore: the database as a whole.

#include "commands.h"

#include "thuky/core/logging.h"
#include "thuky/services/demo.h"
#include "thuky/services/maintenance.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <spdlog/spdlog.h>

namespace thuky::cli {

namespace {

Field field(const char *key, const QString &label, const QJsonValue &value)
{
    return Field{QString::fromLatin1(key), label, value};
}

Field databaseField(const Context &ctx, const QString &path)
{
    return field("database", ctx.tr("Cơ sở dữ liệu", "Database"), path);
}

int runInit(Context &ctx, const Invocation &)
{
    const QString path = ctx.databasePath();
    const bool existed = QFileInfo::exists(path);
    auto ws = ctx.openWorkspace(true);
    if (!ws)
        return ctx.fail(ws.error());
    const QString message = existed ? ctx.tr("Cơ sở dữ liệu đã sẵn sàng.", "The database is ready.")
                                    : ctx.tr("Đã tạo cơ sở dữ liệu.", "Created the database.");
    ctx.report(message, {databaseField(ctx, path),
                         field("schemaVersion", ctx.tr("Phiên bản lược đồ", "Schema version"),
                               (*ws)->db().userVersion()),
                         field("created", ctx.tr("Mới tạo", "Created"), !existed)});
    return 0;
}

std::optional<std::uint64_t> seedOption(const Invocation &inv)
{
    if (!inv.args.has(QStringLiteral("seed")))
        return 2025;
    bool ok = false;
    const std::uint64_t seed = inv.args.value(QStringLiteral("seed")).toULongLong(&ok);
    return ok ? std::optional(seed) : std::nullopt;
}

Record demoRecord(const Context &ctx, services::DemoScale scale, std::uint64_t seed,
                  const services::DemoReport &report, qint64 elapsedMs)
{
    return {field("scale", ctx.tr("Quy mô", "Scale"), services::demoScaleKey(scale)),
            field("seed", ctx.tr("Hạt giống", "Seed"), QString::number(seed)),
            field("programmes", ctx.tr("Chương trình", "Programmes"), report.programmes),
            field("tasks", ctx.tr("Nhiệm vụ", "Tasks"), report.tasks),
            field("progressEntries", ctx.tr("Báo cáo tiến độ", "Progress entries"),
                  report.progressEntries),
            field("people", ctx.tr("Cán bộ", "People"), report.people),
            field("elapsedMs", ctx.tr("Thời gian (ms)", "Time (ms)"), elapsedMs)};
}

int runDemo(Context &ctx, const Invocation &inv)
{
    const auto scale = services::demoScaleFromKey(
        inv.args.has(QStringLiteral("scale")) ? inv.args.value(QStringLiteral("scale"))
                                              : QStringLiteral("office"));
    if (!scale)
        return ctx.usageError(ctx.tr("--scale phải là office, decade hoặc stress.",
                                     "--scale must be office, decade or stress."));
    const auto seed = seedOption(inv);
    if (!seed)
        return ctx.usageError(ctx.tr("--seed phải là một số tự nhiên.",
                                     "--seed must be a non-negative integer."));
    auto ws = ctx.openWorkspace(true);
    if (!ws)
        return ctx.fail(ws.error());
    QElapsedTimer timer;
    timer.start();
    auto report = services::generateDemo(**ws, ctx.actor(), *scale, *seed, [](int done, int total) {
        logger("cli")->info("demo: {}/{}", done, total);
    });
    if (!report)
        return ctx.fail(report.error());
    ctx.report(ctx.tr("Đã tạo dữ liệu mẫu.", "Created the demo data."),
               demoRecord(ctx, *scale, *seed, *report, timer.elapsed()));
    return 0;
}

QString checkMessage(const Context &ctx, const services::CheckReport &report)
{
    if (report.ok())
        return ctx.tr("Cơ sở dữ liệu không có lỗi.", "The database has no problems.");
    QString text = ctx.tr("Cơ sở dữ liệu có lỗi:", "The database has problems:");
    for (const QString &p : report.integrityProblems + report.foreignKeyProblems)
        text += QStringLiteral("\n  - ") + p;
    return text;
}

int runCheck(Context &ctx, const Invocation &)
{
    const QString path = ctx.databasePath();
    storage::OpenOptions options;
    options.readOnly = true;
    options.create = false;
    auto db = storage::Database::open(path, options);
    if (!db)
        return ctx.fail(db.error());
    auto report = services::checkDatabase(*db);
    if (!report)
        return ctx.fail(report.error());
    ctx.report(checkMessage(ctx, *report),
               {databaseField(ctx, path),
                field("ok", ctx.tr("Không có lỗi", "No problems"), report->ok()),
                field("schemaVersion", ctx.tr("Phiên bản lược đồ", "Schema version"),
                      report->schemaVersion),
                field("integrityProblems", ctx.tr("Lỗi toàn vẹn", "Integrity problems"),
                      QJsonArray::fromStringList(report->integrityProblems)),
                field("foreignKeyProblems", ctx.tr("Lỗi khóa ngoại", "Foreign key problems"),
                      QJsonArray::fromStringList(report->foreignKeyProblems))});
    return report->ok() ? 0 : 1;
}

int runBackup(Context &ctx, const Invocation &inv)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    const QString out = inv.positionals.at(0);
    if (auto done = services::backupDatabase((*ws)->db(), out); !done)
        return ctx.fail(done.error());
    ctx.report(ctx.tr("Đã sao lưu cơ sở dữ liệu.", "Backed up the database."),
               {databaseField(ctx, ctx.databasePath()),
                field("backup", ctx.tr("Bản sao lưu", "Backup"), out)});
    return 0;
}

int runRestore(Context &ctx, const Invocation &inv)
{
    const QString in = inv.positionals.at(0);
    if (auto done = services::restoreDatabase(ctx.databasePath(), in); !done)
        return ctx.fail(done.error());
    ctx.report(ctx.tr("Đã khôi phục cơ sở dữ liệu.", "Restored the database."),
               {databaseField(ctx, ctx.databasePath()),
                field("backup", ctx.tr("Bản sao lưu", "Backup"), in)});
    return 0;
}

} // namespace

QList<Command> databaseCommands()
{
    return {
        {{QStringLiteral("init")}, {}, {}, {}, runInit,
         "tạo hoặc nâng cấp cơ sở dữ liệu, in đường dẫn và phiên bản lược đồ",
         "create or migrate the database, print its path and schema version"},
        {{QStringLiteral("demo")}, {QStringLiteral("scale"), QStringLiteral("seed")}, {}, {}, runDemo,
         "điền dữ liệu mẫu vào một cơ sở dữ liệu chưa có chương trình nào",
         "fill a database that has no programmes yet with demo data"},
        {{QStringLiteral("check")}, {}, {}, {}, runCheck,
         "kiểm tra toàn vẹn và khóa ngoại (thoát 1 nếu có lỗi)",
         "check integrity and foreign keys (exit 1 when problems are found)"},
        {{QStringLiteral("backup")}, {}, {}, {QStringLiteral("OUT")}, runBackup,
         "sao lưu trực tuyến ra tệp OUT", "online backup to the file OUT"},
        {{QStringLiteral("restore")}, {}, {}, {QStringLiteral("IN")}, runRestore,
         "khôi phục từ bản sao lưu IN (từ chối tệp hỏng)",
         "restore from the backup IN (a bad file is refused)"},
    };
}

} // namespace thuky::cli
