// CSV import and export: what people save from Excel or LibreOffice ("CSV UTF-8"), read
// strictly enough that a wrong encoding or a broken quote is named rather than half-imported.

#include "table_support.h"
#include "thuky/documents/table.h"

#include <QStringDecoder>

#include <algorithm>
#include <climits>
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

// Cells that start, after any apostrophes, with one of these are read as formulas by
// spreadsheet programs.
bool startsLikeFormula(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return i < cell.size() && QStringView(u"=+-@\t\r").contains(cell[i]);
}

// RFC 4180 split into records, each with the physical line it starts on. Lenient where
// spreadsheet programs are: spaces before an opening quote, text after a closing quote and a
// quote inside an unquoted field are kept as text; blank records are dropped. Only non-empty
// cells are kept (a row is padded up to each), so a line of a million commas costs nothing.
Result<QList<SourceRow>> splitRecords(QStringView text, QChar delimiter, const QString &fileName)
{
    QList<SourceRow> rows;
    detail::TableBudget budget(fileName);
    QStringList cells;
    qsizetype column = 0;
    QString field;
    bool fieldBlank = true; // only spaces so far: a quote may still open the field
    bool inQuotes = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;

    const auto endField = [&]() -> Result<void> {
        QString cell = std::exchange(field, {}).trimmed();
        fieldBlank = true;
        if (!cell.isEmpty()) {
            cell = unprotectCsvCell(cell.normalized(QString::NormalizationForm_C));
            THUKY_TRY(budget.cell(recordLine, int(std::min<qsizetype>(column, INT_MAX)),
                                  cell.size()));
            cells.resize(column);
            cells.append(std::move(cell));
        }
        ++column;
        return {};
    };
    const auto endRecord = [&]() -> Result<void> {
        THUKY_TRY(endField());
        if (!cells.isEmpty()) {
            THUKY_TRY(budget.row(recordLine, cells.size()));
            rows.append(SourceRow{std::exchange(cells, {}), recordLine});
        }
        column = 0;
        return {};
    };

    // The characters from i that no rule treats apart (not `stops`), at most one past the
    // cell limit: appended as one run rather than one by one.
    const auto runFrom = [&text](qsizetype i, auto stops) {
        const qsizetype limit = std::min(text.size(), i + ReadLimits::kMaxCellChars + 2);
        qsizetype end = i;
        while (end < limit && !stops(text[end]))
            ++end;
        return text.sliced(i, end - i);
    };
    const auto plainStops = [delimiter](QChar ch) { return ch == delimiter || ch == u'"' || isLineBreak(ch); };
    const auto quotedStops = [](QChar ch) { return ch == u'"' || isLineBreak(ch); };
    const auto allSpace = [](QStringView run) {
        return std::all_of(run.begin(), run.end(), [](QChar ch) { return ch.isSpace(); });
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool crlf = c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n';
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                fieldBlank = false;
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else if (c == u'\r') {
                // CRs before an LF end a line inside the cell, kept as a plain LF (so what is
                // read never holds a CRLF, and reads back the same once written); others stay.
                qsizetype end = i;
                while (end < text.size() && text[end] == u'\r')
                    ++end;
                if (end == text.size() || text[end] != u'\n')
                    field += QString(std::min<qsizetype>(end - i, ReadLimits::kMaxCellChars + 2),
                                     u'\r');
                i = end - 1;
            } else if (c == u'\n') {
                ++line;
                field += c;
                fieldBlank = false;
            } else {
                const QStringView run = runFrom(i, quotedStops);
                field += run;
                fieldBlank = fieldBlank && allSpace(run);
                i += run.size() - 1;
            }
        } else if (c == u'"' && fieldBlank) {
            field.clear();
            inQuotes = true;
            quoteLine = line;
        } else if (c == delimiter) {
            THUKY_TRY(endField());
        } else if (isLineBreak(c)) {
            i += crlf ? 1 : 0;
            THUKY_TRY(endRecord());
            recordLine = ++line;
        } else {
            // An ordinary character, or a quote inside a cell that does not start with one.
            const QStringView run = c == u'"' ? text.sliced(i, 1) : runFrom(i, plainStops);
            field += run;
            fieldBlank = fieldBlank && allSpace(run);
            i += run.size() - 1;
        }
        // Checked as the cell grows, so one huge cell never sits in memory whole (one more
        // character for the apostrophe protectCsvCell() may have added).
        if (field.size() > ReadLimits::kMaxCellChars + 1)
            THUKY_TRY(budget.cell(recordLine, int(std::min<qsizetype>(column, INT_MAX)),
                                  field.size()));
    }
    if (inQuotes) {
        return fileError(ErrorCode::InvalidInput, fileName, quoteLine,
                         QStringLiteral("dấu ngoặc kép mở ở đây không được đóng lại."),
                         QStringLiteral("a quote opened here is never closed."));
    }
    THUKY_TRY(endRecord());
    return rows;
}

bool needsQuotes(const QString &cell)
{
    // ';' too, so a file read back with CsvDelimiter::Auto splits the same way.
    return std::any_of(cell.begin(), cell.end(), [](QChar c) {
        return c == u',' || c == u';' || c == u'"' || isLineBreak(c);
    });
}

Result<Table> parseText(const QString &text, const QString &fileName, CsvDelimiter delimiter)
{
    auto rows = splitRecords(text, delimiterFor(delimiter, text), fileName);
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        return fileError(ErrorCode::InvalidInput, fileName, 0,
                         QStringLiteral("tệp trống, không có dòng tiêu đề."),
                         QStringLiteral("the file is empty; there is no header line."));
    }
    return detail::tableFromRows(std::move(*rows));
}

} // namespace

QString protectCsvCell(const QString &cell)
{
    return startsLikeFormula(cell) ? u'\'' + cell : cell;
}

QString unprotectCsvCell(const QString &cell)
{
    return cell.startsWith(u'\'') && startsLikeFormula(cell) ? cell.sliced(1) : cell;
}

QString csvRecord(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells) {
        const QString safe = protectCsvCell(cell);
        if (needsQuotes(safe))
            fields.append(u'"' + QString(safe).replace(u'"', QStringLiteral("\"\"")) + u'"');
        else
            fields.append(safe);
    }
    return fields.join(u',') + QStringLiteral("\r\n");
}

Result<Table> parseCsv(const QByteArray &bytes, const QString &fileName, CsvDelimiter delimiter)
{
    auto text = decodeUtf8(bytes, fileName); // also drops a BOM
    if (!text)
        return text.error();
    return parseText(*text, fileName, delimiter);
}

Result<Table> readCsv(const QString &path, CsvDelimiter delimiter)
{
    QString text;
    {
        auto bytes = readUserFile(path, ReadLimits::kMaxFileBytes);
        if (!bytes)
            return bytes.error();
        auto decoded = decodeUtf8(*bytes, path);
        if (!decoded)
            return decoded.error();
        text = std::move(*decoded); // the bytes are freed here, before the cells are made
    }
    return parseText(text, path, delimiter);
}

Result<void> writeCsv(const Table &table, const QString &path)
{
    // The BOM is what makes Excel open the file as UTF-8 instead of the ANSI code page.
    QString text = QChar(0xFEFF) + csvRecord(table.headers);
    for (const QStringList &row : table.rows)
        text += csvRecord(row);
    return writeFileAtomically(path, text.toUtf8());
}

} // namespace thuky::documents
