// XLSX export with libxlsxwriter and import with libzip + QXmlStreamReader.

#include "table_support.h"
#include "thuky/documents/table.h"
#include "xlsx_package.h"
#include "xlsx_parts.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <xlsxwriter.h>

#include <algorithm>
#include <type_traits>

namespace thuky::documents {

namespace {

using detail::fileError;
using detail::SourceRow;

// ---- Writing ----------------------------------------------------------------------------

constexpr double kMinColumnWidth = 6;
constexpr double kMaxColumnWidth = 60;

qsizetype columnCount(const Table &table)
{
    qsizetype count = table.headers.size();
    for (const QStringList &row : table.rows)
        count = std::max(count, row.size());
    return count;
}

// The longest line of a cell, in characters: what the column must show without wrapping.
qsizetype longestLine(const QString &cell)
{
    qsizetype longest = 0;
    for (const QStringView line : QStringView(cell).tokenize(u'\n'))
        longest = std::max(longest, line.size());
    return longest;
}

QList<double> columnWidths(const Table &table, const XlsxOptions &options, qsizetype columns)
{
    QList<qsizetype> longest(columns, 0);
    const auto measure = [&](const QStringList &row) {
        for (qsizetype column = 0; column < row.size(); ++column)
            longest[column] = std::max(longest[column], longestLine(row[column]));
    };
    measure(table.headers);
    for (const QStringList &row : table.rows)
        measure(row);

    QList<double> widths;
    for (qsizetype column = 0; column < columns; ++column) {
        const double width =
            column < options.columnWidths.size()
                ? options.columnWidths[column]
                : std::clamp(double(longest[column]) + 2, kMinColumnWidth, kMaxColumnWidth);
        widths.append(width);
    }
    return widths;
}

// Excel forbids []:*?/\ in sheet names and allows 31 characters; a name built from a
// meeting title ("Phiên họp 05/2025") should still export rather than fail.
QString sheetNameFrom(const QString &name)
{
    QString sheet = name;
    for (QChar &c : sheet) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'-';
    }
    sheet = sheet.trimmed().left(31);
    while (sheet.startsWith(u'\'') || sheet.endsWith(u'\''))
        sheet = sheet.startsWith(u'\'') ? sheet.mid(1) : sheet.chopped(1);
    return sheet.isEmpty() ? QStringLiteral("Sheet1") : sheet;
}

// "42" and "-7" become numbers Excel can sum; "007", "0912345678" (a phone number) and
// anything longer than 15 digits stay text so no digit is lost.
bool isPlainInteger(const QString &cell)
{
    const QStringView digits = cell.startsWith(u'-') ? QStringView(cell).sliced(1) : cell;
    if (digits.isEmpty() || digits.size() > 15 || (digits.size() > 1 && digits[0] == u'0'))
        return false;
    return std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
}

struct Formats
{
    lxw_format *title;
    lxw_format *header;
    lxw_format *text;
    lxw_format *wrapped;
};

Formats addFormats(lxw_workbook *workbook)
{
    Formats formats{workbook_add_format(workbook), workbook_add_format(workbook),
                    workbook_add_format(workbook), workbook_add_format(workbook)};
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 14);
    format_set_align(formats.title, LXW_ALIGN_VERTICAL_CENTER);

    format_set_bold(formats.header);
    format_set_bg_color(formats.header, 0xDDEBF7);
    format_set_border(formats.header, LXW_BORDER_THIN);
    format_set_text_wrap(formats.header);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_CENTER);

    format_set_align(formats.text, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(formats.wrapped);
    format_set_align(formats.wrapped, LXW_ALIGN_VERTICAL_TOP);
    return formats;
}

// Fills the sheet and returns the first libxlsxwriter error (LXW_NO_ERROR if none).
lxw_error fillSheet(lxw_workbook *workbook, const Table &table, const XlsxOptions &options)
{
    const QByteArray sheetName = sheetNameFrom(options.sheetName).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());
    if (!sheet)
        return workbook_validate_sheet_name(workbook, sheetName.constData());
    const Formats formats = addFormats(workbook);
    const qsizetype columns = columnCount(table);
    const QList<double> widths = columnWidths(table, options, columns);
    const lxw_col_t lastColumn = lxw_col_t(std::max<qsizetype>(columns - 1, 0));

    lxw_error first = LXW_NO_ERROR;
    const auto check = [&first](lxw_error error) {
        if (first == LXW_NO_ERROR)
            first = error;
    };
    const auto writeRow = [&](lxw_row_t row, const QStringList &cells, lxw_format *format) {
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const QString &cell = cells[column];
            lxw_format *cellFormat = format;
            if (!format) {
                const bool wrap = cell.contains(u'\n') || longestLine(cell) > widths[column];
                cellFormat = wrap ? formats.wrapped : formats.text;
            }
            if (!format && isPlainInteger(cell)) {
                check(worksheet_write_number(sheet, row, lxw_col_t(column), cell.toDouble(),
                                             cellFormat));
            } else if (!cell.isEmpty() || format) { // an empty header cell keeps its border
                check(worksheet_write_string(sheet, row, lxw_col_t(column),
                                             cell.toUtf8().constData(), cellFormat));
            }
        }
    };

    for (qsizetype column = 0; column < columns; ++column)
        check(worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), widths[column],
                                   nullptr));
    lxw_row_t headerRow = 0;
    if (!options.title.isEmpty()) {
        const QByteArray title = options.title.toUtf8();
        check(lastColumn > 0
                  ? worksheet_merge_range(sheet, 0, 0, 0, lastColumn, title.constData(),
                                          formats.title)
                  : worksheet_write_string(sheet, 0, 0, title.constData(), formats.title));
        check(worksheet_set_row(sheet, 0, 24, nullptr));
        headerRow = 1;
    }
    writeRow(headerRow, table.headers, formats.header);
    lxw_row_t row = headerRow;
    for (const QStringList &cells : table.rows)
        writeRow(++row, cells, nullptr);

    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    if (columns > 0)
        check(worksheet_autofilter(sheet, headerRow, 0, row, lastColumn));
    return first;
}

Error writeError(const QString &path, const QString &detail)
{
    return fileError(ErrorCode::Io, path, 0, QStringLiteral("không ghi được tệp XLSX."),
                     QStringLiteral("the XLSX file could not be written."), detail);
}

Error writeError(const QString &path, lxw_error error)
{
    return writeError(path, QString::fromUtf8(lxw_strerror(error)));
}

constexpr qint64 kMaxExportBytes = qint64(1) << 31;

// libxlsxwriter does not check the writes to its own temporary files: on a full disk it
// builds a package from truncated parts and reports success. Every part is therefore read
// back (libzip checks its checksum) and its XML parsed to the end, which a cut part fails.
Result<void> checkPackage(const QByteArray &bytes, const QString &scratchFile)
{
    auto package = detail::XlsxPackage::fromBytes(bytes, scratchFile);
    if (!package)
        return package.error();
    const QStringList parts = package->parts();
    if (!parts.contains(QStringLiteral("xl/workbook.xml")))
        return package->damaged(QStringLiteral("xl/workbook.xml"), QStringLiteral("missing"));
    for (const QString &part : parts) {
        auto content = package->read(part, kMaxExportBytes);
        if (!content)
            return content.error();
        if (!part.endsWith(QLatin1String(".xml")) && !part.endsWith(QLatin1String(".rels")))
            continue;
        QXmlStreamReader xml(*content);
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            return package->damaged(part, xml.errorString());
    }
    return {};
}

// ---- Reading ----------------------------------------------------------------------------

template <typename T>
struct ResultValue
{
    using Type = T;
};
template <typename T>
struct ResultValue<Result<T>>
{
    using Type = T;
};

// A part parsed by `parse` (returning a value, or a Result when it can refuse the file); a
// missing part parses as empty (the caller knows which it needs).
template <typename Parse>
auto readPart(const detail::XlsxPackage &package, const QString &part, Parse parse)
    -> Result<typename ResultValue<std::invoke_result_t<Parse, QXmlStreamReader &>>::Type>
{
    using Value = typename ResultValue<std::invoke_result_t<Parse, QXmlStreamReader &>>::Type;
    if (!package.contains(part))
        return Value{};
    Result<Value> value = Value{};
    {
        auto bytes = package.read(part);
        if (!bytes)
            return bytes.error();
        // Through a device the reader decodes the XML a block at a time; given the bytes
        // whole it would hold a decoded copy of the entire part.
        QBuffer device(&*bytes);
        device.open(QIODevice::ReadOnly);
        QXmlStreamReader xml(&device);
        value = parse(xml);
        if (value && xml.hasError()) {
            return package.damaged(
                part, QStringLiteral("line %1: %2")
                          .arg(QString::number(xml.lineNumber()), xml.errorString()));
        }
    }
    return value;
}

// Relationship targets are relative to xl/ (where workbook.xml lives) unless absolute.
QString partName(const QString &target)
{
    return target.startsWith(u'/') ? target.mid(1) : QDir::cleanPath(u"xl/" + target);
}

QString partOfType(const QHash<QString, detail::Relationship> &relationships,
                   QStringView typeSuffix, const QString &fallback)
{
    for (const detail::Relationship &relationship : relationships) {
        if (relationship.type.endsWith(typeSuffix))
            return partName(relationship.target);
    }
    return fallback;
}

// writeXlsx() puts an optional title in a row of its own above the header. A first row with
// a single filled cell followed by a wider row is taken for such a title and skipped. (The
// title of a one-column sheet cannot be told from its header and stays as the header.)
void dropTitleRow(QList<SourceRow> &rows)
{
    const auto filled = [](const SourceRow &row) {
        return std::count_if(row.cells.begin(), row.cells.end(),
                             [](const QString &cell) { return !cell.isEmpty(); });
    };
    if (rows.size() >= 2 && filled(rows[0]) == 1 && filled(rows[1]) > 1)
        rows.removeFirst();
}

} // namespace

Result<void> writeXlsx(const Table &table, const QString &path, const XlsxOptions &options)
{
    // libxlsxwriter writes a file by name, so it writes into a private temporary folder and
    // QSaveFile then replaces `path` in one step: a failed export leaves the old file as it
    // was, with no moment when it is missing (as there would be after remove() + rename()).
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return writeError(path, scratch.errorString());
    const QString scratchFile = scratch.filePath(QStringLiteral("export.xlsx"));

    lxw_workbook *workbook = workbook_new(QFile::encodeName(scratchFile).constData());
    if (!workbook)
        return writeError(path, LXW_ERROR_MEMORY_MALLOC_FAILED);
    const lxw_error filled = fillSheet(workbook, table, options);
    const lxw_error closed = workbook_close(workbook); // frees the workbook in any case
    if (filled != LXW_NO_ERROR || closed != LXW_NO_ERROR)
        return writeError(path, filled != LXW_NO_ERROR ? filled : closed);

    // Any size libxlsxwriter could write fits; the bound only keeps the read honest.
    auto written = readUserFile(scratchFile, kMaxExportBytes);
    if (!written)
        return writeError(path, written.error().detail);
    if (auto checked = checkPackage(*written, scratchFile); !checked)
        return writeError(path, checked.error().detail);
    return writeFileAtomically(path, *written);
}

namespace {

Result<Table> readPackage(const detail::XlsxPackage *package, const QString &path)
{
    const auto workbook =
        readPart(*package, QStringLiteral("xl/workbook.xml"), detail::parseWorkbook);
    if (!workbook)
        return workbook.error();
    const auto relationships = readPart(*package, QStringLiteral("xl/_rels/workbook.xml.rels"),
                                        detail::parseRelationships);
    if (!relationships)
        return relationships.error();

    const detail::Relationship firstSheet = relationships->value(workbook->firstSheetId);
    const QString sheetPart = firstSheet.target.isEmpty()
                                  ? QStringLiteral("xl/worksheets/sheet1.xml")
                                  : partName(firstSheet.target);
    if (!package->contains(sheetPart)) {
        return fileError(ErrorCode::InvalidInput, path, 0,
                         QStringLiteral("tệp XLSX không có trang tính nào."),
                         QStringLiteral("the XLSX file has no worksheet."), sheetPart);
    }

    detail::SheetContext context;
    context.date1904 = workbook->date1904;
    context.path = path;
    auto strings = readPart(
        *package,
        partOfType(*relationships, u"/sharedStrings", QStringLiteral("xl/sharedStrings.xml")),
        [&path](QXmlStreamReader &xml) { return detail::parseSharedStrings(xml, path); });
    if (!strings)
        return strings.error();
    context.sharedStrings = std::move(*strings);
    auto styles =
        readPart(*package, partOfType(*relationships, u"/styles", QStringLiteral("xl/styles.xml")),
                 detail::parseDateStyles);
    if (!styles)
        return styles.error();
    context.dateStyles = std::move(*styles);

    auto rows = readPart(*package, sheetPart, [&context](QXmlStreamReader &xml) {
        return detail::parseSheet(xml, context);
    });
    if (!rows)
        return rows.error();
    dropTitleRow(*rows);
    if (rows->isEmpty()) {
        return fileError(ErrorCode::InvalidInput, path, 0,
                         QStringLiteral("trang tính trống, không có dòng tiêu đề."),
                         QStringLiteral("the worksheet is empty; there is no header row."));
    }
    return detail::tableFromRows(std::move(*rows));
}

} // namespace

Result<Table> readXlsx(const QString &path)
{
    auto package = detail::XlsxPackage::open(path);
    if (!package)
        return package.error();
    return readPackage(&*package, path);
}

Result<Table> parseXlsx(const QByteArray &bytes, const QString &fileName)
{
    auto package = detail::XlsxPackage::fromBytes(bytes, fileName);
    if (!package)
        return package.error();
    return readPackage(&*package, fileName);
}

} // namespace thuky::documents
