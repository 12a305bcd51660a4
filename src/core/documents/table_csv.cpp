// CSV import and export: what people save from Excel or LibreOffice ("CSV UTF-8"), read
// strictly enough that a wrong encoding or a broken quote is named rather than half-imported.

#include "table_support.h"
#include "thuky/documents/table.h"

#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace thuky::documents {

namespace {

using detail::fileError;
using detail::SourceRow;

// The physical line (1-based) holding the first byte that is not UTF-8. '\n' never occurs
// inside a multi-byte sequence, so each line can be checked on its own; the newline is kept
// with its line so a sequence cut short by it counts against that line.
int firstInvalidUtf8Line(QByteArrayView bytes)
{
    int line = 1;
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        const qsizetype length = newline < 0 ? bytes.size() : newline + 1;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        [[maybe_unused]] const QString ignored = decoder.decode(bytes.first(length));
        if (decoder.hasError())
            return line;
        bytes = bytes.sliced(length);
        ++line;
    }
    return line;
}

Result<QString> decodeUtf8(const QByteArray &bytes, const QString &fileName)
{
    // Stateless, so a sequence cut short at the end of the file is an error, not pending.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    return fileError(ErrorCode::InvalidInput, fileName, firstInvalidUtf8Line(bytes),
                     QStringLiteral("tệp không phải UTF-8."),
                     QStringLiteral("the file is not UTF-8."));
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Picks the separator that occurs more often, outside quotes, in the first non-blank line
// (the header). Excel uses ';' where the decimal mark is a comma, as in Vietnamese settings.
QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool inQuotes = false;
    bool seenText = false;
    for (const QChar c : text) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (inQuotes)
            continue;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (isLineBreak(c) && seenText)
            break;
        seenText = seenText || !c.isSpace();
    }
    return semicolons > commas ? u';' : u',';
}

QChar delimiterFor(CsvDelimiter delimiter, QStringView text)
{
    switch (delimiter) {
    case CsvDelimiter::Comma:
        return u',';
    case CsvDelimiter::Semicolon:
        return u';';
    case CsvDelimiter::Auto:
        break;
    }
    return detectDelimiter(text);
}

// RFC 4180 split into records, each with the physical line it starts on. Lenient where
// spreadsheet programs are: spaces before an opening quote, text after a closing quote and a
// quote inside an unquoted field are kept as text; blank records are dropped.
Result<QList<SourceRow>> splitRecords(QStringView text, QChar delimiter, const QString &fileName)
{
    QList<SourceRow> rows;
    QStringList cells;
    QString field;
    bool inQuotes = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;

    const auto endRecord = [&] {
        cells.append(std::exchange(field, {}));
        if (QStringList tidy = detail::tidyCells(std::exchange(cells, {})); !tidy.isEmpty())
            rows.append(SourceRow{std::move(tidy), recordLine});
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool crlf = c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n';
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else if (!crlf) { // a CRLF inside a cell is kept as a plain LF
                line += c == u'\n' ? 1 : 0;
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            quoteLine = line;
        } else if (c == delimiter) {
            cells.append(std::exchange(field, {}));
        } else if (isLineBreak(c)) {
            i += crlf ? 1 : 0;
            endRecord();
            recordLine = ++line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        return fileError(ErrorCode::InvalidInput, fileName, quoteLine,
                         QStringLiteral("dấu ngoặc kép mở ở đây không được đóng lại."),
                         QStringLiteral("a quote opened here is never closed."));
    }
    endRecord();
    return rows;
}

bool needsQuotes(const QString &cell)
{
    // ';' too, so a file read back with CsvDelimiter::Auto splits the same way.
    return std::any_of(cell.begin(), cell.end(), [](QChar c) {
        return c == u',' || c == u';' || c == u'"' || isLineBreak(c);
    });
}

QByteArray csvLine(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &cell : cells) {
        if (needsQuotes(cell))
            quoted.append(u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"');
        else
            quoted.append(cell);
    }
    return quoted.join(u',').toUtf8() + "\r\n";
}

} // namespace

Result<Table> parseCsv(const QByteArray &bytes, const QString &fileName, CsvDelimiter delimiter)
{
    auto text = decodeUtf8(bytes, fileName); // also drops a BOM
    if (!text)
        return text.error();
    auto rows = splitRecords(*text, delimiterFor(delimiter, *text), fileName);
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        return fileError(ErrorCode::InvalidInput, fileName, 0,
                         QStringLiteral("tệp trống, không có dòng tiêu đề."),
                         QStringLiteral("the file is empty; there is no header line."));
    }
    return detail::tableFromRows(std::move(*rows));
}

Result<Table> readCsv(const QString &path, CsvDelimiter delimiter)
{
    auto bytes = detail::readWholeFile(path);
    if (!bytes)
        return bytes.error();
    return parseCsv(*bytes, path, delimiter);
}

Result<void> writeCsv(const Table &table, const QString &path)
{
    // The BOM is what makes Excel open the file as UTF-8 instead of the ANSI code page.
    QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + csvLine(table.headers);
    for (const QStringList &row : table.rows)
        bytes += csvLine(row);
    return detail::writeWholeFile(path, bytes);
}

} // namespace thuky::documents
