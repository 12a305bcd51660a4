#include "programme_support.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"

#include <QFileInfo>

namespace thuky::cli {

namespace {

Error programmeNotFound(std::optional<int> year)
{
    if (!year)
        return makeError(ErrorCode::NotFound, QStringLiteral("Chưa có chương trình công tác nào."),
                         QStringLiteral("There is no work programme yet."));
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("Không có chương trình công tác năm %1.").arg(*year),
                     QStringLiteral("There is no work programme for %1.").arg(*year));
}

/// The newest programme (of the owner when non-zero); programmes() lists newest first.
Result<std::optional<domain::Programme>> newestProgramme(const Context &ctx,
                                                         services::Workspace &ws,
                                                         domain::Id ownerId)
{
    auto all = ws.programmes().programmes(ctx.actor());
    if (!all)
        return all.error();
    for (const domain::Programme &p : *all) {
        if (ownerId == 0 || p.ownerUnitId == ownerId)
            return std::optional(p);
    }
    return std::optional<domain::Programme>{};
}

} // namespace

std::optional<QString> readYearOption(const Context &ctx, const Invocation &inv,
                                      std::optional<int> &year)
{
    year.reset();
    if (!inv.args.has(QStringLiteral("year")))
        return std::nullopt;
    bool ok = false;
    const int value = inv.args.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || value < 1900 || value > 9999)
        return ctx.tr("--year phải là một năm, ví dụ 2025.", "--year must be a year such as 2025.");
    year = value;
    return std::nullopt;
}

/// A date option as YYYY-MM-DD or DD/MM/YYYY; the usage message otherwise.
std::optional<QString> readDateOption(const Context &ctx, const Invocation &inv, const char *name,
                                      QDate &date)
{
    const QString key = QString::fromLatin1(name);
    if (!inv.args.has(key))
        return std::nullopt;
    date = domain::parseDate(inv.args.value(key));
    if (date.isValid())
        return std::nullopt;
    return ctx
        .tr("--%1 phải là một ngày dạng YYYY-MM-DD hoặc DD/MM/YYYY: \"%2\".",
            "--%1 must be a date as YYYY-MM-DD or DD/MM/YYYY: \"%2\".")
        .arg(key, inv.args.value(key));
}

/// A whole number option within [lo, hi]; the usage message otherwise.
std::optional<QString> readIntOption(const Context &ctx, const Invocation &inv, const char *name,
                                     int lo, int hi, int &value)
{
    const QString key = QString::fromLatin1(name);
    if (!inv.args.has(key))
        return std::nullopt;
    bool ok = false;
    const int v = inv.args.value(key).toInt(&ok);
    if (ok && v >= lo && v <= hi) {
        value = v;
        return std::nullopt;
    }
    return ctx.tr("--%1 phải là một số từ %2 đến %3.", "--%1 must be a number from %2 to %3.")
        .arg(key)
        .arg(lo)
        .arg(hi);
}

Result<domain::Id> resolveUnit(const Context &ctx, services::Workspace &ws, const QString &name)
{
    auto found = ws.reference().findAgency(ctx.actor(), name);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Không có cơ quan, đơn vị nào tên \"%1\".").arg(name),
                         QStringLiteral("No agency or unit is named \"%1\".").arg(name));
    return (*found)->id;
}

Result<domain::Id> ownerOption(const Context &ctx, services::Workspace &ws, const Invocation &inv)
{
    if (!inv.args.has(QStringLiteral("owner")))
        return domain::Id{0};
    return resolveUnit(ctx, ws, inv.args.value(QStringLiteral("owner")));
}

Result<domain::Programme> resolveProgramme(const Context &ctx, services::Workspace &ws,
                                           std::optional<int> year, domain::Id ownerId)
{
    const int wanted = year.value_or(ws.programmes().today().year());
    auto found = ws.programmes().programmeForYear(ctx.actor(), wanted, ownerId);
    if (!found)
        return found.error();
    if (!*found && !year) {
        found = newestProgramme(ctx, ws, ownerId);
        if (!found)
            return found.error();
    }
    if (!*found)
        return programmeNotFound(year);
    return **found;
}

void printList(Context &ctx, const QString &key, const QJsonArray &items, const QStringList &keys,
               const QStringList &headers, const QString &footer, const QJsonObject &extra)
{
    switch (ctx.format()) {
    case Format::Json: {
        QJsonObject root = extra;
        root.insert(key, items);
        ctx.out(jsonText(root));
        break;
    }
    case Format::Csv:
        ctx.out(renderCsv(objectsToSheet(items, keys)));
        break;
    case Format::Table: {
        Sheet sheet = objectsToSheet(items, keys);
        sheet.headers = headers;
        // People read dd/MM/yyyy; JSON and CSV keep ISO dates for programs.
        if (const qsizetype column = keys.indexOf(QStringLiteral("date")); column >= 0) {
            for (QStringList &row : sheet.rows)
                row[column] = domain::shortDate(QDate::fromString(row[column], Qt::ISODate));
        }
        ctx.out(renderTable(sheet) + QLatin1Char('\n') + footer + QLatin1Char('\n'));
        break;
    }
    }
}

TableFileKind tableFileKind(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return TableFileKind::Csv;
    if (suffix == QLatin1String("xlsx"))
        return TableFileKind::Xlsx;
    return TableFileKind::Other;
}

QString badExtensionMessage(const Context &ctx, const QString &path)
{
    return ctx.tr("Tệp phải có đuôi .csv hoặc .xlsx: ", "The file must end in .csv or .xlsx: ") + path;
}

Result<documents::Table> readTableFile(const QString &path)
{
    return tableFileKind(path) == TableFileKind::Xlsx ? documents::readXlsx(path) : documents::readCsv(path);
}

Result<void> writeTableFile(const documents::Table &table, const QString &path, const documents::XlsxOptions &options)
{
    return tableFileKind(path) == TableFileKind::Csv ? documents::writeCsv(table, path)
                                                     : documents::writeXlsx(table, path, options);
}

} // namespace thuky::cli
