#pragma once
// The spreadsheets users exchange (CSV or XLSX, told apart by the file name): choosing one to
// open or to save, reading and writing it. Shared by every module's import and export.

#include "thuky/core/result.h"
#include "thuky/documents/table.h"

#include <QString>

class QWidget;

namespace thuky::ui {

class Settings;

/// Reads a CSV or XLSX file, chosen by its extension.
Result<documents::Table> readTableFile(const QString &path);
/// Writes a table as CSV or XLSX by the extension of `path`; an XLSX sheet gets `sheetName`
/// and the `title` row.
Result<void> writeTableFile(const documents::Table &table, const QString &path,
                            const QString &sheetName, const QString &title);

/// Asks for a spreadsheet to read, starting in the last import folder (remembered). Empty
/// when the user cancelled.
QString chooseTableToOpen(QWidget *parent, Settings &settings, const QString &title);
/// Asks where to save a spreadsheet, suggesting `baseName` in the last export folder. A name
/// without .xlsx or .csv gets the extension of the filter chosen. Empty when cancelled.
QString chooseTableToSave(QWidget *parent, Settings &settings, const QString &title,
                          const QString &baseName);

} // namespace thuky::ui
