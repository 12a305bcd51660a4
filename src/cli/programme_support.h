#pragma once
// Shared by the commands: reading --year/--owner/--unit, finding a programme, and the CSV
// or XLSX files of imports and exports.

#include "context.h"

#include "thuky/documents/table.h"
#include "thuky/domain/programme.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace thuky::services {
class Workspace;
}

namespace thuky::cli {

/// Reads --year into `year` (std::nullopt when absent); returns the usage message when the
/// value is not a year.
std::optional<QString> readYearOption(const Context &ctx, const Invocation &inv,
                                      std::optional<int> &year);

/// A date option as YYYY-MM-DD or DD/MM/YYYY into `date` (left as it is when absent); the
/// usage message otherwise.
std::optional<QString> readDateOption(const Context &ctx, const Invocation &inv, const char *name,
                                      QDate &date);
/// A whole number option within [lo, hi] into `value` (left as it is when absent); the usage
/// message otherwise.
std::optional<QString> readIntOption(const Context &ctx, const Invocation &inv, const char *name,
                                     int lo, int hi, int &value);

/// The agency named by name or short name; NotFound (exit 1) when there is none.
Result<domain::Id> resolveUnit(const Context &ctx, services::Workspace &ws, const QString &name);
/// The --owner option's unit, or 0 when the option is absent.
Result<domain::Id> ownerOption(const Context &ctx, services::Workspace &ws, const Invocation &inv);

/// The programme of `year` (of `ownerId` when non-zero). Without a year: the programme of
/// the current year, else the newest. NotFound (exit 1) when there is none.
Result<domain::Programme> resolveProgramme(const Context &ctx, services::Workspace &ws,
                                           std::optional<int> year, domain::Id ownerId);

/// Prints a list of objects: a table (with `headers`, ISO "date" values as dd/MM/yyyy, then
/// `footer`), CSV (the keys as headers) or JSON (`{key: items}` with `extra`'s fields).
void printList(Context &ctx, const QString &key, const QJsonArray &items, const QStringList &keys,
               const QStringList &headers, const QString &footer, const QJsonObject &extra = {});

enum class TableFileKind { Csv, Xlsx, Other };
/// By the file's extension.
TableFileKind tableFileKind(const QString &path);
/// "The file must end in .csv or .xlsx: PATH".
QString badExtensionMessage(const Context &ctx, const QString &path);
/// Reads a .csv or .xlsx file into a table.
Result<documents::Table> readTableFile(const QString &path);
/// Writes a table as CSV or XLSX by the extension (`options` serve XLSX only).
Result<void> writeTableFile(const documents::Table &table, const QString &path,
                            const documents::XlsxOptions &options = {});

} // namespace thuky::cli
