#pragma once
// Pieces shared by the CSV and XLSX readers and writers: cell clean-up, the limits every
// reader keeps to (TableBudget), turning the rows read into a Table.

#include "thuky/core/files.h"
#include "thuky/documents/table.h"

#include <QByteArray>

namespace thuky::documents::detail {

using thuky::fileError;

/// A row as read from the file, before the header is picked, with its line or row number.
struct SourceRow
{
    QStringList cells;
    int number = 0;
};

/// Trims every cell, normalises it to NFC and drops the trailing empty cells, so a blank row
/// comes back empty.
QStringList tidyCells(QStringList cells);

/// The first row becomes the header and the others the data rows. `rows` must not be empty.
Table tableFromRows(QList<SourceRow> rows);

/// Counts as each language writes them in messages: "50.000" / "50,000".
QString countVi(qint64 count);
QString countEn(qint64 count);

/// "A", "Z", "AA", … "XFD" for the 0-based `column`.
QString columnName(int column);

/// Keeps a reader within ReadLimits. A reader keeps only non-empty cells (padding a row with
/// empty ones up to each), asks cell() before keeping one and row() after keeping a row;
/// the first refusal names the file, the line and the cell.
class TableBudget
{
public:
    explicit TableBudget(QString path) : m_path(std::move(path)) {}

    /// A non-empty cell at 0-based `column` of line/row `line`, `length` characters long.
    Result<void> cell(int line, int column, qsizetype length) const;
    /// A kept row `width` cells wide (its last non-empty cell + 1).
    Result<void> row(int line, qsizetype width);

private:
    QString m_path;
    int m_rows = 0;
    qint64 m_cells = 0;
};

} // namespace thuky::documents::detail
