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

/// What the readers accept. A real programme is a few thousand rows of some twenty columns
/// in a file of a few megabytes; these leave ample room above that while keeping what a
/// hostile file can make Thuky hold in memory to a fixed bound (well under 300 MB), whatever
/// the file claims. Beyond them a file is refused, the message naming the limit and where.
struct ReadLimits
{
    static constexpr qint64 kMaxFileBytes = 50 * 1024 * 1024; ///< the file as stored
    static constexpr qint64 kMaxPartBytes = 50 * 1024 * 1024; ///< an XLSX part unpacked
    static constexpr int kMaxRows = 50'000;      ///< non-empty rows, the header included
    static constexpr int kMaxColumns = 100;      ///< A..CV; empty cells beyond cost nothing
    static constexpr qint64 kMaxCells = 1'000'000; ///< rows × columns used, summed over rows
    static constexpr int kMaxCellChars = 32'767; ///< Excel's own limit for a cell
};

enum class CsvDelimiter { Auto, Comma, Semicolon };

/// Reads a UTF-8 CSV file (with or without BOM), comma- or semicolon-separated (Auto picks
/// the one in the header line), RFC 4180 quoting, CRLF or LF. Refuses with InvalidInput a
/// file that is not UTF-8, has an unterminated quote or no header, naming the file and line,
/// or goes beyond ReadLimits. Only a regular file is read (see readUserFile()).
/// A cell that protectCsvCell() marked comes back as it was before the mark.
Result<Table> readCsv(const QString &path, CsvDelimiter delimiter = CsvDelimiter::Auto);
Result<Table> parseCsv(const QByteArray &bytes, const QString &fileName,
                       CsvDelimiter delimiter = CsvDelimiter::Auto);

/// Writes UTF-8 with a BOM (so spreadsheet programs read the Vietnamese right), comma
/// separated, CRLF, quoting where needed, every cell through protectCsvCell(). Replaces the
/// file all or nothing (writeFileAtomically()): Io on any failure, the old file intact.
Result<void> writeCsv(const Table &table, const QString &path);

/// One CSV record as every CSV Thuky writes it (files and `thuky-cli --format csv`): cells
/// through protectCsvCell(), quoted when they hold a comma, semicolon, quote or line break,
/// joined by commas, ending in CRLF.
QString csvRecord(const QStringList &cells);

/// Keeps a spreadsheet program from running a cell as a formula ("CSV injection"): a cell
/// that starts, after any apostrophes, with = + - @ tab or carriage return gets one more
/// apostrophe in front ("=1+1" → "'=1+1", "'=x" → "''=x"). Every other cell, including one
/// that really starts with an apostrophe, is left as it is, so the rule can be undone
/// exactly: unprotectCsvCell(protectCsvCell(s)) == s for every string s.
QString protectCsvCell(const QString &cell);
/// Removes the apostrophe protectCsvCell() added; any other cell is returned as it is.
QString unprotectCsvCell(const QString &cell);

/// Reads the first worksheet of an .xlsx file (shared and inline strings, numbers, dates
/// stored as serial numbers in date-formatted cells become dd/MM/yyyy). A file that is not
/// a readable XLSX is refused with InvalidInput naming the file, as is one beyond
/// ReadLimits or whose cells refer to shared strings it does not have.
Result<Table> readXlsx(const QString &path);
/// The same from the bytes of a file; `fileName` is used in messages.
Result<Table> parseXlsx(const QByteArray &bytes, const QString &fileName);

/// Writes one worksheet with a bold header row, frozen header, column widths fitting the
/// text, and wrapped long text. Cells are stored as text or numbers, never formulas.
/// Replaces the file all or nothing: Io on any failure, the old file intact.
struct XlsxOptions
{
    QString sheetName = QStringLiteral("Sheet1");
    QString title;            ///< optional title row above the header
    QList<double> columnWidths; ///< characters; empty: derived from the content
};
Result<void> writeXlsx(const Table &table, const QString &path, const XlsxOptions &options = {});

} // namespace thuky::documents
