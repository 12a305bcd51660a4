// audit list: the audit trail, newest first, filtered.

#include "commands.h"

#include "thuky/services/audit_service.h"
#include "thuky/services/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace thuky::cli {

namespace {

using storage::AuditEntry;

QString entityKeyList()
{
    return textsOf(storage::kAllEntities, storage::entityKey).join(QLatin1String(", "));
}

/// Reads a positive whole number option into `value`; false when it is not one.
bool readPositive(const Invocation &inv, const char *name, std::int64_t &value)
{
    bool ok = false;
    value = inv.args.value(QString::fromLatin1(name)).toLongLong(&ok);
    return ok && value > 0;
}

std::optional<QString> readDate(const Context &ctx, const Invocation &inv, const char *name, QDate &date)
{
    const QString key = QString::fromLatin1(name);
    if (!inv.args.has(key))
        return std::nullopt;
    date = QDate::fromString(inv.args.value(key), Qt::ISODate);
    if (!date.isValid())
        return ctx.tr("--%1 phải là một ngày dạng YYYY-MM-DD.", "--%1 must be a date as YYYY-MM-DD.").arg(key);
    return std::nullopt;
}

/// The filter options; a bad value is a usage error (its message returned).
std::optional<QString> readFilter(const Context &ctx, const Invocation &inv, storage::AuditFilter &filter)
{
    if (inv.args.has(QStringLiteral("entity"))) {
        const auto entity = storage::entityFromKey(inv.args.value(QStringLiteral("entity")));
        if (!entity)
            return ctx.tr("--entity phải là một trong: %1.", "--entity must be one of: %1.").arg(entityKeyList());
        filter.entity = storage::entityKey(*entity);
    }
    if (inv.args.has(QStringLiteral("id"))) {
        if (filter.entity.isEmpty())
            return ctx.tr("--id cần --entity (mã chỉ duy nhất trong một loại bản ghi).",
                          "--id needs --entity (ids are unique only within one kind of record).");
        if (!readPositive(inv, "id", filter.entityId))
            return ctx.tr("--id phải là một số nguyên dương.", "--id must be a positive whole number.");
    }
    filter.userName = inv.args.value(QStringLiteral("by"));
    for (auto [name, date] : {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}}) {
        if (auto problem = readDate(ctx, inv, name, *date))
            return problem;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return ctx.tr("--from phải trước hoặc bằng --to.", "--from must not be after --to.");
    if (inv.args.has(QStringLiteral("limit"))) {
        std::int64_t limit = 0;
        if (!readPositive(inv, "limit", limit) || limit > std::numeric_limits<int>::max())
            return ctx.tr("--limit phải là một số nguyên dương.", "--limit must be a positive whole number.");
        filter.limit = int(limit);
    }
    return std::nullopt;
}

QJsonValue imageJson(const QByteArray &image)
{
    if (image.isEmpty())
        return QJsonValue();
    return QJsonDocument::fromJson(image).object();
}

/// The fields that differ between the two images (none for a creation or deletion).
QStringList changedKeys(const QJsonValue &before, const QJsonValue &after)
{
    if (!before.isObject() || !after.isObject())
        return {};
    const QJsonObject b = before.toObject();
    const QJsonObject a = after.toObject();
    QStringList keys;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.value(it.key()) != it.value())
            keys << it.key();
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key()))
            keys << it.key();
    }
    return keys;
}

const QStringList &entryJsonKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),       QStringLiteral("at"),      QStringLiteral("userId"),
        QStringLiteral("userName"), QStringLiteral("action"),  QStringLiteral("entity"),
        QStringLiteral("entityId"), QStringLiteral("changed"), QStringLiteral("before"),
        QStringLiteral("after"),    QStringLiteral("prevHash"), QStringLiteral("hash")};
    return keys;
}

QJsonObject entryJson(const AuditEntry &e)
{
    const QJsonValue before = imageJson(e.before);
    const QJsonValue after = imageJson(e.after);
    return QJsonObject{
        {QStringLiteral("id"), qint64(e.id)},
        {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("userId"), e.userId ? QJsonValue(qint64(e.userId)) : QJsonValue()},
        {QStringLiteral("userName"), e.userName},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("entity"), e.entity},
        {QStringLiteral("entityId"), qint64(e.entityId)},
        {QStringLiteral("changed"), QJsonArray::fromStringList(changedKeys(before, after))},
        {QStringLiteral("before"), before},
        {QStringLiteral("after"), after},
        {QStringLiteral("prevHash"), QString::fromLatin1(e.prevHash)},
        {QStringLiteral("hash"), QString::fromLatin1(e.hash)},
    };
}

QString entriesTable(const Context &ctx, const QJsonArray &entries, int total)
{
    constexpr int kChangedWidth = 50;
    Sheet sheet;
    sheet.headers = {QStringLiteral("ID"),
                     ctx.tr("Thời điểm", "Time"),
                     ctx.tr("Người dùng", "User"),
                     ctx.tr("Thao tác", "Action"),
                     ctx.tr("Bản ghi", "Record"),
                     ctx.tr("Trường thay đổi", "Changed fields")};
    sheet.rightAligned = {true};
    for (const QJsonValue &value : entries) {
        const QJsonObject e = value.toObject();
        const QDateTime at = QDateTime::fromString(e.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
        sheet.rows << QStringList{
            plainText(e.value(QLatin1String("id"))),
            at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            e.value(QLatin1String("userName")).toString(),
            e.value(QLatin1String("action")).toString(),
            e.value(QLatin1String("entity")).toString() + QStringLiteral(" #") +
                plainText(e.value(QLatin1String("entityId"))),
            elide(plainText(e.value(QLatin1String("changed"))).replace(QLatin1String("; "), QLatin1String(", ")),
                  kChangedWidth)};
    }
    return renderTable(sheet) + QLatin1Char('\n') +
           ctx.tr("%1 trong %2 mục, mới nhất trước (giờ địa phương).\n",
                  "%1 of %2 entries, newest first (local time).\n")
               .arg(entries.size())
               .arg(total);
}

int runAuditList(Context &ctx, const Invocation &inv)
{
    storage::AuditFilter filter;
    if (auto problem = readFilter(ctx, inv, filter))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto &audit = (*ws)->audit();
    auto entries = audit.entries(ctx.actor(), filter);
    if (!entries)
        return ctx.fail(entries.error());
    auto total = audit.count(ctx.actor(), filter);
    if (!total)
        return ctx.fail(total.error());
    QJsonArray array;
    for (const AuditEntry &e : *entries)
        array.append(entryJson(e));
    switch (ctx.format()) {
    case Format::Json:
        ctx.out(jsonText(QJsonObject{{QStringLiteral("total"), *total}, {QStringLiteral("entries"), array}}));
        break;
    case Format::Csv:
        ctx.out(renderCsv(objectsToSheet(array, entryJsonKeys())));
        break;
    case Format::Table:
        ctx.out(entriesTable(ctx, array, *total));
        break;
    }
    return 0;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        {names({"audit", "list"}), names({"entity", "id", "by", "from", "to", "limit"}), {}, {}, runAuditList,
         "liệt kê nhật ký kiểm toán, mới nhất trước (lãnh đạo Vụ, lãnh đạo, quản trị)",
         "list the audit trail, newest first (reviewers, approvers, administrators)", Access::Login},
    };
}

} // namespace thuky::cli
