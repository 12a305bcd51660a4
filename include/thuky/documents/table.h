#pragma once
// Table: the rows of a spreadsheet or CSV file as text, and the readers and writers for it.

#include "thuky/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace thuky::documents {

/// A sheet of text cells: a header row and data rows. Rows may be shorter than the header.
struct Table
{
    QStringList headers;
    QList<QStringList> rows;
    /// The 1-based line/row number in the source file of each data row (for messages).
    QList<int> sourceRows;
};

enum class CsvDelimiter { Auto, Comma, Semicolon };

/// Reads a UTF-8 CSV file (with or without BOM), comma- or semicolon-separated (Auto picks
/// the one in the header line), RFC 4180 quoting, CRLF or LF. Refuses with InvalidInput a
/// file that is not UTF-8, has an unterminated quote or no header, naming the file and line.
Result<Table> readCsv(const QString &path, CsvDelimiter delimiter = CsvDelimiter::Auto);
Result<Table> parseCsv(const QByteArray &bytes, const QString &fileName,
                       CsvDelimiter delimiter = CsvDelimiter::Auto);

/// Writes UTF-8 with a BOM (so spreadsheet programs read the Vietnamese right), comma
/// separated, CRLF, quoting where needed. Writes to a temporary file and renames it.
Result<void> writeCsv(const Table &table, const QString &path);

/// Reads the first worksheet of an .xlsx file (shared and inline strings, numbers, dates
/// stored as serial numbers in date-formatted cells become dd/MM/yyyy). A file that is not
/// a readable XLSX is refused with InvalidInput naming the file.
Result<Table> readXlsx(const QString &path);

/// Writes one worksheet with a bold header row, frozen header, column widths fitting the
/// text, and wrapped long text.
struct XlsxOptions
{
    QString sheetName = QStringLiteral("Sheet1");
    QString title;            ///< optional title row above the header
    QList<double> columnWidths; ///< characters; empty: derived from the content
};
Result<void> writeXlsx(const Table &table, const QString &path, const XlsxOptions &options = {});

} // namespace thuky::documents
