// init, demo, check, backup, restore: the database as a whole.

#include "account_support.h"
#include "commands.h"

#include "thuky/core/logging.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/demo.h"
#include "thuky/services/key_store.h"
#include "thuky/services/maintenance.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/audit_repository.h"
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
            field("meetings", ctx.tr("Phiên họp UBTVQH", "Standing Committee meetings"), report.meetings),
            field("meetingContents", ctx.tr("Nội dung phiên họp", "Meeting contents"), report.meetingContents),
            field("meetingDocuments", ctx.tr("Tài liệu phiên họp", "Meeting documents"), report.meetingDocuments),
            field("meetingEvents", ctx.tr("Sự kiện khác", "Other events"), report.meetingEvents),
            field("notices", ctx.tr("Thông báo kết luận", "Conclusion notices"), report.notices),
            field("issuedNotices", ctx.tr("Thông báo đã ban hành", "Issued notices"),
                  report.issuedNotices),
            field("sessions", ctx.tr("Kỳ họp Quốc hội", "National Assembly sessions"), report.sessions),
            field("agendaVersions", ctx.tr("Phiên bản chương trình kỳ họp", "Agenda versions"),
                  report.agendaVersions),
            field("agendaItems", ctx.tr("Nội dung chương trình kỳ họp", "Agenda items"), report.agendaItems),
            field("agendaItemRows", ctx.tr("Nội dung trong mọi phiên bản", "Items of every version"),
                  report.agendaItemRows),
            field("elapsedMs", ctx.tr("Thời gian (ms)", "Time (ms)"), elapsedMs)};
}

/// One object per demo account: userName, role, roleLabel, password (the demo's shared,
/// published password, printed so a newcomer can try each role).
QJsonArray demoAccountsJson(const Context &ctx, const QList<services::DemoAccount> &accounts)
{
    QJsonArray array;
    for (const services::DemoAccount &a : accounts)
        array.append(QJsonObject{{QStringLiteral("userName"), a.userName},
                                 {QStringLiteral("role"), domain::roleKey(a.role)},
                                 {QStringLiteral("roleLabel"), roleName(a.role, ctx.lang())},
                                 {QStringLiteral("password"), a.password}});
    return array;
}

QString demoAccountsTable(const Context &ctx, const QJsonArray &accounts)
{
    Sheet sheet = objectsToSheet(accounts, {QStringLiteral("userName"), QStringLiteral("roleLabel"),
                                            QStringLiteral("password")});
    sheet.headers = {ctx.tr("Tài khoản", "Account"), ctx.tr("Vai trò", "Role"),
                     ctx.tr("Mật khẩu", "Password")};
    return ctx.tr("\nTài khoản mẫu, mỗi vai trò một tài khoản (đăng nhập: --user TÊN, mật khẩu trong "
                  "THUKY_PASSWORD):\n",
                  "\nDemo accounts, one per role (log in with --user NAME, the password in "
                  "THUKY_PASSWORD):\n") +
           renderTable(sheet);
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
    Record record = demoRecord(ctx, *scale, *seed, *report, timer.elapsed());
    const QJsonArray accounts = demoAccountsJson(ctx, report->accounts);
    if (ctx.format() != Format::Table)
        record << field("accounts", ctx.tr("Tài khoản mẫu", "Demo accounts"), accounts);
    ctx.report(ctx.tr("Đã tạo dữ liệu mẫu.", "Created the demo data."), record);
    if (ctx.format() == Format::Table && !accounts.isEmpty())
        ctx.out(demoAccountsTable(ctx, accounts));
    return 0;
}

QString checkMessage(const Context &ctx, const services::HealthReport &health)
{
    const auto &audit = health.audit;
    if (health.ok()) {
        QString text = ctx.tr("Cơ sở dữ liệu không có lỗi.", "The database has no problems.");
        if (audit && audit->key == services::KeyState::Verified)
            text += QLatin1Char(' ') + ctx.tr("Nhật ký kiểm toán (%1 mục) nguyên vẹn, đúng khóa, đến đúng mốc và khớp "
                                              "với dữ liệu; các tài khoản đúng niêm phong.",
                                              "The audit trail (%1 entries) is whole, matches the key and its "
                                              "anchor and the data; the accounts match their seals.")
                                           .arg(audit->entries);
        else if (audit)
            text += QLatin1Char(' ') + ctx.tr("Nhật ký kiểm toán (%1 mục) nguyên vẹn và khớp với dữ liệu.",
                                              "The audit trail (%1 entries) is whole and matches the data.")
                                           .arg(audit->entries);
        else
            text += QLatin1Char(' ') + ctx.tr("Chưa có nhật ký kiểm toán (lược đồ cũ; init sẽ nâng cấp).",
                                              "There is no audit trail yet (old schema; init upgrades it).");
        return text;
    }
    const QList<Message> findings = health.findings();
    const bool onlyKeyMissing = findings.size() == 1 && audit && audit->key == services::KeyState::Missing;
    QString text = onlyKeyMissing ? ctx.tr("Không kiểm chứng được cơ sở dữ liệu:", "The database cannot be verified:")
                                  : ctx.tr("Cơ sở dữ liệu có lỗi:", "The database has problems:");
    for (const Message &line : findings)
        text += QStringLiteral("\n  - ") + line.text(ctx.lang());
    if (audit && !audit->mismatches.isEmpty())
        text += QLatin1Char('\n') + ctx.tr("Lịch sử của một bản ghi: thuky-cli audit list --entity E --id N",
                                           "A record's history: thuky-cli audit list --entity E --id N");
    return text;
}

QJsonArray mismatchesJson(const QList<services::RecordMismatch> &mismatches, Lang lang)
{
    QJsonArray array;
    for (const services::RecordMismatch &m : mismatches)
        array.append(QJsonObject{{QStringLiteral("entity"), storage::entityKey(m.entity)},
                                 {QStringLiteral("id"), qint64(m.id)},
                                 {QStringLiteral("message"), m.message.text(lang)}});
    return array;
}

QJsonValue textOrNull(const Message &m, Lang lang) { return m.vi.isEmpty() ? QJsonValue() : QJsonValue(m.text(lang)); }

QJsonValue idOrNull(domain::Id id) { return id ? QJsonValue(qint64(id)) : QJsonValue(); }

Record checkRecord(const Context &ctx, const QString &path, const services::HealthReport &health)
{
    const services::CheckReport &report = health.database;
    const auto &audit = health.audit;
    // The table shows each mismatch in the message above; the record only counts them.
    const auto listed = [&](const QList<services::RecordMismatch> &list) {
        return ctx.format() == Format::Table ? QJsonValue(list.size()) : QJsonValue(mismatchesJson(list, ctx.lang()));
    };
    QStringList triggers;
    for (const Message &m : health.triggerProblems)
        triggers << m.text(ctx.lang());
    const bool broken = audit && audit->firstBrokenEntry;
    const bool keyed = audit && audit->key != services::KeyState::Unkeyed;
    return {databaseField(ctx, path),
            field("ok", ctx.tr("Không có lỗi", "No problems"), health.ok()),
            field("schemaVersion", ctx.tr("Phiên bản lược đồ", "Schema version"), report.schemaVersion),
            field("integrityProblems", ctx.tr("Lỗi toàn vẹn", "Integrity problems"),
                  QJsonArray::fromStringList(report.integrityProblems)),
            field("foreignKeyProblems", ctx.tr("Lỗi khóa ngoại", "Foreign key problems"),
                  QJsonArray::fromStringList(report.foreignKeyProblems)),
            field("triggerProblems", ctx.tr("Trigger bảo vệ bị đổi", "Protecting triggers changed"),
                  QJsonArray::fromStringList(triggers)),
            field("databaseId", ctx.tr("Mã cơ sở dữ liệu", "Database id"),
                  keyed ? QJsonValue(audit->databaseId) : QJsonValue()),
            field("auditKey", ctx.tr("Khóa nhật ký", "Audit key"),
                  audit ? QJsonValue(services::keyStateKey(audit->key)) : QJsonValue()),
            field("auditKeyFile", ctx.tr("Tệp khóa", "Key file"),
                  keyed && !audit->keyPath.isEmpty() ? QJsonValue(audit->keyPath) : QJsonValue()),
            field("auditKeyProblem", ctx.tr("Vấn đề về khóa", "Key problem"),
                  audit ? textOrNull(audit->keyProblem, ctx.lang()) : QJsonValue()),
            field("auditKeyedFrom", ctx.tr("Khóa từ mục", "Keyed from entry"),
                  keyed && audit->key == services::KeyState::Verified ? idOrNull(audit->keyedFrom) : QJsonValue()),
            field("auditEntries", ctx.tr("Số mục nhật ký đã kiểm", "Audit entries checked"), audit ? QJsonValue(audit->entries) : QJsonValue()),
            field("auditFirstBrokenEntry", ctx.tr("Mục nhật ký hỏng đầu tiên", "First broken audit entry"),
                  broken ? QJsonValue(qint64(audit->firstBrokenEntry)) : QJsonValue()),
            field("auditChainProblem", ctx.tr("Lỗi chuỗi nhật ký", "Audit chain problem"),
                  broken ? QJsonValue(audit->chainProblem.text(ctx.lang())) : QJsonValue()),
            field("auditAnchorEntry", ctx.tr("Mốc nhật ký (mục)", "Audit anchor (entry)"),
                  audit ? idOrNull(audit->anchorEntry) : QJsonValue()),
            field("auditAnchorProblem", ctx.tr("Lỗi mốc nhật ký", "Audit anchor problem"),
                  audit ? textOrNull(audit->anchorProblem, ctx.lang()) : QJsonValue()),
            field("accountSealProblems", ctx.tr("Tài khoản sai niêm phong", "Accounts with a broken seal"),
                  audit && audit->key == services::KeyState::Verified ? listed(health.sealProblems) : QJsonValue()),
            field("auditMismatches", ctx.tr("Bản ghi bị sửa ngoài Thuky", "Records changed outside Thuky"),
                  audit ? listed(audit->mismatches) : listed({}))};
}

int runCheck(Context &ctx, const Invocation &)
{
    // With --user the password is checked like everywhere else; the check itself needs no
    // account and reads through its own read-only connection.
    if (!ctx.options().userName.isEmpty()) {
        if (auto ws = ctx.openWorkspace(false); !ws)
            return ctx.fail(ws.error());
    }
    const QString path = ctx.databasePath();
    auto health = services::checkFile(path);
    if (!health)
        return ctx.fail(health.error());
    ctx.report(checkMessage(ctx, *health), checkRecord(ctx, path, *health));
    return health->ok() ? 0 : 1;
}

/// Backup and restore are not service calls: they ask the permission table themselves.
Result<void> requireManageDatabase(const Context &ctx, services::Workspace &ws)
{
    return ws.authorizer().require(ctx.actor(), services::Action::ManageDatabase);
}

int runBackup(Context &ctx, const Invocation &inv)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    if (auto allowed = requireManageDatabase(ctx, **ws); !allowed)
        return ctx.fail(allowed.error());
    const QString out = inv.positionals.at(0);
    if (auto done = services::backupDatabase((*ws)->db(), out); !done)
        return ctx.fail(done.error());
    ctx.report(ctx.tr("Đã sao lưu cơ sở dữ liệu.", "Backed up the database."),
               {databaseField(ctx, ctx.databasePath()),
                field("backup", ctx.tr("Bản sao lưu", "Backup"), out)});
    return 0;
}

/// Logs in against the database about to be replaced and asks for ManageDatabase. A file
/// that does not exist yet has no accounts to protect.
Result<void> authorizeRestore(Context &ctx)
{
    if (!QFileInfo::exists(ctx.databasePath()))
        return {};
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ws.error();
    return requireManageDatabase(ctx, **ws);
}

int runRestore(Context &ctx, const Invocation &inv)
{
    const QString in = inv.positionals.at(0);
    if (auto allowed = authorizeRestore(ctx); !allowed)
        return ctx.fail(allowed.error());
    services::RestoreOptions options;
    options.force = inv.args.has(QStringLiteral("force"));
    options.actor = ctx.actor();
    auto done = services::restoreDatabase(ctx.databasePath(), in, options);
    if (!done)
        return ctx.fail(done.error());
    const QList<Message> findings = done->health.findings();
    if (!findings.isEmpty()) {
        ctx.err(ctx.tr("Cảnh báo: đã khôi phục dù bản sao lưu không qua được kiểm tra (--force):",
                       "Warning: restored although the backup fails the check (--force):"));
        for (const Message &m : findings)
            ctx.err(QStringLiteral("  - ") + m.text(ctx.lang()));
    }
    ctx.report(ctx.tr("Đã khôi phục cơ sở dữ liệu.", "Restored the database."),
               {databaseField(ctx, ctx.databasePath()),
                field("backup", ctx.tr("Bản sao lưu", "Backup"), in),
                field("forced", ctx.tr("Bỏ qua kiểm tra", "Check overridden"), !findings.isEmpty())});
    return 0;
}

int runKeyExport(Context &ctx, const Invocation &inv)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    const QString out = inv.positionals.at(0);
    if (auto done = services::exportKey(**ws, ctx.actor(), out); !done)
        return ctx.fail(done.error());
    ctx.report(ctx.tr("Đã xuất khóa của cơ sở dữ liệu. Giữ tệp này như giữ chìa khóa: ai có nó cùng tệp cơ sở dữ "
                      "liệu thì sửa được mà không bị phát hiện.",
                      "Exported the database's key. Keep this file like a key: whoever holds it and the database "
                      "file can change both unnoticed."),
               {databaseField(ctx, ctx.databasePath()),
                field("databaseId", ctx.tr("Mã cơ sở dữ liệu", "Database id"), (*ws)->key().databaseId()),
                field("keyFile", ctx.tr("Tệp khóa", "Key file"), out)});
    return 0;
}

int runKeyImport(Context &ctx, const Invocation &inv)
{
    // No login: nobody can log in before the key is here, and holding it is the authority.
    auto ws = services::Workspace::open(ctx.databasePath(), false);
    if (!ws)
        return ctx.fail(ws.error());
    auto done = services::importKey(**ws, inv.positionals.at(0));
    if (!done)
        return ctx.fail(done.error());
    const services::KeyStore store;
    ctx.report(done->anchored ? ctx.tr("Đã nhập khóa; mốc nhật ký đặt tại mục cuối.",
                                       "Imported the key; the audit anchor is set at the last entry.")
                              : ctx.tr("Đã nhập khóa, nhưng nhật ký không khớp khóa nên chưa đặt mốc: chạy "
                                       "thuky-cli check.",
                                       "Imported the key, but the audit trail does not match it, so no anchor was "
                                       "set: run thuky-cli check."),
               {databaseField(ctx, ctx.databasePath()),
                field("databaseId", ctx.tr("Mã cơ sở dữ liệu", "Database id"), done->databaseId),
                field("keyFile", ctx.tr("Tệp khóa", "Key file"), store.keyPath(done->databaseId)),
                field("anchored", ctx.tr("Đã đặt mốc", "Anchor set"), done->anchored)});
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
         "điền dữ liệu mẫu vào một cơ sở dữ liệu chưa có chương trình nào; in các tài khoản mẫu",
         "fill a database that has no programmes yet with demo data; prints the demo accounts",
         Access::Login},
        {{QStringLiteral("check")}, {}, {}, {}, runCheck,
         "kiểm tra toàn vẹn, khóa ngoại, nhật ký kiểm toán (khóa, mốc), trigger và niêm phong tài khoản (thoát 1 "
         "nếu có lỗi)",
         "check integrity, foreign keys, the audit trail (key, anchor), triggers and account seals (exit 1 when "
         "problems are found)"},
        {{QStringLiteral("backup")}, {}, {}, {QStringLiteral("OUT")}, runBackup,
         "sao lưu trực tuyến ra tệp OUT", "online backup to the file OUT", Access::Login},
        {{QStringLiteral("restore")}, {QStringLiteral("force")}, {}, {QStringLiteral("IN")}, runRestore,
         "khôi phục từ bản sao lưu IN (từ chối tệp hỏng hoặc không qua check, trừ khi có --force)",
         "restore from the backup IN (a bad file, or one that fails check, is refused unless --force)",
         Access::Login},
        {names({"key", "export"}), {}, {}, {QStringLiteral("FILE")}, runKeyExport,
         "xuất khóa bảo vệ của cơ sở dữ liệu ra FILE (quản trị), để mang sang máy khác",
         "write the database's key to FILE (administrators), to carry it to another machine", Access::Login},
        {names({"key", "import"}), {}, {}, {QStringLiteral("FILE")}, runKeyImport,
         "nhập khóa bảo vệ từ FILE (không cần đăng nhập: khóa phải khớp cơ sở dữ liệu)",
         "install the database's key from FILE (no login: the key must match the database)"},
    };
}

} // namespace thuky::cli
