// XLSX export and import: round trips, the layout written, dates, files from other programs,
// and damaged or hostile files.

#include "child_process.h"

#include "thuky/documents/table.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>
#include <zip.h>

#include <utility>

using thuky::ErrorCode;
using namespace thuky::documents;

namespace {

// Rows as "a|b" lines, so a failed check prints what was read.
std::string rowsText(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows)
        lines.append(row.join(u'|'));
    return lines.join(u'\n').toStdString();
}

Table readBack(const QString &path)
{
    auto table = readXlsx(path);
    INFO((table.ok() ? std::string() : table.error().message.en.toStdString()));
    REQUIRE(table.ok());
    return *table;
}

thuky::Error refused(const QString &path)
{
    auto table = readXlsx(path);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().code == ErrorCode::InvalidInput);
    return table.error();
}

// One part of a zip package, to look at the XML writeXlsx() produced.
QString zipPart(const QString &path, const char *part)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    REQUIRE(archive);
    zip_stat_t stat;
    zip_stat_init(&stat);
    QByteArray content;
    if (zip_stat(archive, part, 0, &stat) == 0) {
        zip_file_t *file = zip_fopen(archive, part, 0);
        content.resize(qsizetype(stat.size));
        CHECK(zip_fread(file, content.data(), stat.size) == zip_int64_t(stat.size));
        zip_fclose(file);
    }
    zip_discard(archive);
    return QString::fromUtf8(content);
}

using Parts = QList<std::pair<const char *, QByteArray>>;

// A package written by hand, standing for files from other programs or damaged ones.
void writeZip(const QString &path, const Parts &parts)
{
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    for (const auto &[name, content] : parts) {
        zip_source_t *source =
            zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
        REQUIRE(zip_file_add(archive, name, source, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);
}

// The start tag of cell `reference` in a worksheet's XML.
QString cellTag(const QString &sheetXml, const QString &reference)
{
    const QRegularExpression tag(QStringLiteral("<c r=\"%1\"[^>]*>").arg(reference));
    return tag.match(sheetXml).captured();
}

const QByteArray kWorkbookRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/></Relationships>";

QByteArray sheetXml(const QByteArray &sheetData)
{
    return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetData>" +
           sheetData + "</sheetData></worksheet>";
}

} // namespace

TEST_CASE("writeXlsx then readXlsx gives the same table back", "[xlsx]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("danh sách.xlsx"));
    QString longText;
    for (int paragraph = 1; paragraph <= 40; ++paragraph)
        longText += QStringLiteral("Đoạn %1: Ủy ban Quốc phòng, An ninh và Đối ngoại thẩm tra "
                                   "dự án luật.\n")
                        .arg(paragraph);
    longText = longText.trimmed();
    Table table;
    table.headers = QStringList{QStringLiteral("STT"), QStringLiteral("Cơ quan"),
                                QStringLiteral("Nội dung"), QStringLiteral("Số điện thoại")};
    table.rows = {
        {QStringLiteral("1"), QStringLiteral("Ủy ban Quốc phòng, An ninh và Đối ngoại"),
         QStringLiteral("Đảng"), QStringLiteral("0912345678")},
        {QStringLiteral("2"), QStringLiteral("Ủy ban Kinh tế"), longText, QStringLiteral("-15")},
        {QStringLiteral("3"), QString(), QStringLiteral("ô giữa trống")},
        {QStringLiteral("1234567890123456")},
    };
    REQUIRE(writeXlsx(table, path).ok());

    const Table back = readBack(path);
    CHECK(back.headers == table.headers);
    CHECK(rowsText(back.rows) == rowsText(table.rows));
    CHECK(back.sourceRows == QList<int>{2, 3, 4, 5});

    // Whole numbers are numbers; a phone number's leading zero and a 16-digit id keep them
    // being text (a number would lose them).
    const QString sheet = zipPart(path, "xl/worksheets/sheet1.xml");
    CHECK_FALSE(cellTag(sheet, QStringLiteral("A2")).contains(QLatin1String("t=\"s\"")));
    CHECK_FALSE(cellTag(sheet, QStringLiteral("D3")).contains(QLatin1String("t=\"s\"")));
    CHECK(cellTag(sheet, QStringLiteral("D2")).contains(QLatin1String("t=\"s\"")));
    CHECK(cellTag(sheet, QStringLiteral("A5")).contains(QLatin1String("t=\"s\"")));
}

TEST_CASE("writeXlsx lays out a title, a bold frozen filtered header and fitting columns", "[xlsx]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nhiệm vụ.xlsx"));
    Table table;
    table.headers =
        QStringList{QStringLiteral("STT"), QStringLiteral("Nội dung"), QStringLiteral("Hạn")};
    table.rows = {{QStringLiteral("1"), QStringLiteral("Rất dài ").repeated(20).trimmed(),
                   QStringLiteral("05/01/2025")},
                  {QStringLiteral("2"), QStringLiteral("Ngắn"), QStringLiteral("06/01/2025")}};
    XlsxOptions options;
    options.title = QStringLiteral("Danh sách nhiệm vụ kỳ họp thứ 9");
    options.sheetName = QStringLiteral("Nhiệm vụ: 2025/01");
    options.columnWidths = {8};
    REQUIRE(writeXlsx(table, path, options).ok());

    // The title row is recognised and skipped; row numbers are the spreadsheet's.
    const Table back = readBack(path);
    CHECK(back.headers == table.headers);
    CHECK(rowsText(back.rows) == rowsText(table.rows));
    CHECK(back.sourceRows == QList<int>{3, 4});

    const QString sheet = zipPart(path, "xl/worksheets/sheet1.xml");
    CHECK(sheet.contains(QLatin1String("<mergeCell ref=\"A1:C1\"/>")));
    CHECK(sheet.contains(QLatin1String("ySplit=\"2\"")));
    CHECK(sheet.contains(QLatin1String("state=\"frozen\"")));
    CHECK(sheet.contains(QLatin1String("<autoFilter ref=\"A2:C4\"/>")));
    // Column 1 as asked, column 2 clamped to 60 characters, column 3 fits "05/01/2025" + 2.
    const QRegularExpression col(
        QStringLiteral("<col min=\"(\\d)\" max=\"\\d\" width=\"([\\d.]+)\""));
    QList<double> widths;
    for (const QRegularExpressionMatch &match : col.globalMatch(sheet))
        widths.append(match.captured(2).toDouble());
    REQUIRE(widths.size() == 3);
    CHECK(widths[0] == Approx(8.71).margin(0.01));
    CHECK(widths[1] == Approx(60.71).margin(0.01));
    CHECK(widths[2] == Approx(12.71).margin(0.01));

    const QString styles = zipPart(path, "xl/styles.xml");
    CHECK(styles.contains(QLatin1String("<b/>")));
    CHECK(styles.contains(QLatin1String("FFDDEBF7")));
    CHECK(styles.contains(QLatin1String("wrapText=\"1\"")));
    CHECK(zipPart(path, "xl/workbook.xml").contains(QStringLiteral("name=\"Nhiệm vụ- 2025-01\"")));
}

TEST_CASE("writeXlsx leaves the previous export intact when an export fails", "[xlsx]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("báo cáo.xlsx"));
    Table previous;
    previous.headers = QStringList{QStringLiteral("Nội dung")};
    previous.rows = {{QStringLiteral("Bản xuất trước")}, {QStringLiteral("Dòng hai")}};
    REQUIRE(writeXlsx(previous, path).ok());

    Table table;
    table.headers = previous.headers;
    table.rows = {{QString(40'000, u'x')}}; // beyond Excel's 32,767 characters a cell
    auto written = writeXlsx(table, path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == ErrorCode::Io);
    CHECK(written.error().message.en.toStdString() ==
          "File \"báo cáo.xlsx\": the XLSX file could not be written.");
    CHECK_FALSE(written.error().detail.isEmpty());

    // Still the previous export, its one-column header not taken for a title row.
    const Table back = readBack(path);
    CHECK(back.headers == previous.headers);
    CHECK(rowsText(back.rows) == "Bản xuất trước\nDòng hai");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("dates stored as serial numbers in date formats read back as dd/MM/yyyy", "[xlsx]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lịch.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    REQUIRE(workbook);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format *custom = workbook_add_format(workbook);
    format_set_num_format(custom, "dd/mm/yyyy");
    lxw_format *builtin = workbook_add_format(workbook);
    format_set_num_format_index(builtin, 14);
    lxw_format *localized = workbook_add_format(workbook);
    format_set_num_format(localized, "[$-42A]d mmmm yyyy");
    lxw_format *time = workbook_add_format(workbook);
    format_set_num_format(time, "hh:mm");
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0 \"đ\"");

    const char *headers[] = {"Ngày họp", "Hạn", "Ngày ký", "Giờ", "Số", "Kinh phí"};
    for (lxw_col_t column = 0; column < 6; ++column)
        worksheet_write_string(sheet, 0, column, headers[column], nullptr);
    lxw_datetime meeting = {2025, 1, 5, 9, 30, 0};
    worksheet_write_datetime(sheet, 1, 0, &meeting, custom);
    worksheet_write_number(sheet, 1, 1, 45000, builtin);
    worksheet_write_number(sheet, 1, 2, 45662.75, localized);
    worksheet_write_number(sheet, 1, 3, 0.5, time);
    worksheet_write_number(sheet, 1, 4, 45000, nullptr);
    worksheet_write_number(sheet, 1, 5, 1500000.25, money);
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);

    const Table back = readBack(path);
    CHECK(rowsText(back.rows) == "05/01/2025|15/03/2023|05/01/2025|0.5|45000|1500000.25");
}

TEST_CASE("readXlsx reads a package written by another program", "[xlsx]")
{
    // Prefixed namespaces, a first sheet that is not sheet1.xml, absolute and relative
    // targets, rich text and phonetic runs, inline strings, missing row and cell references,
    // gaps, booleans, cached formula results, escapes, the 1904 date system and a
    // cellStyleXfs list that must not shift the style indices.
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("từ chương trình khác.xlsx"));
    writeZip(
        path,
        {{"xl/workbook.xml",
          "<x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:rel=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<x:workbookPr date1904=\"1\"/><x:sheets>"
          "<x:sheet name=\"Dữ liệu\" sheetId=\"3\" rel:id=\"rId7\"/>"
          "<x:sheet name=\"Khác\" sheetId=\"1\" rel:id=\"rId1\"/>"
          "</x:sheets></x:workbook>"},
         {"xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          "2006/relationships/worksheet\" Target=\"/xl/worksheets/data.xml\"/>"
          "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          "2006/relationships/sharedStrings\" Target=\"strings.xml\"/>"
          "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          "2006/relationships/styles\" Target=\"../xl/theme/../look.xml\"/>"
          "</Relationships>"},
         {"xl/strings.xml",
          "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<si><t>Họ và tên</t></si>"
          "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Ủy ban </t></r>"
          "<r><t>Pháp luật</t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
          "<si><t>Mã_x0020_số</t></si></sst>"},
         {"xl/look.xml",
          "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
          "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
          "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\">"
          "<alignment wrapText=\"1\"/></xf></cellXfs></styleSheet>"},
         {"xl/worksheets/sheet1.xml", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                                               "<t>not this sheet</t></is></c></row>")},
         {"xl/worksheets/data.xml",
          sheetXml("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>"
                   "<c r=\"C2\" t=\"inlineStr\"><is><t> Ghi chú </t></is></c></row>"
                   "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>1</v></c><c r=\"B5\" t=\"b\"><v>1</v></c>"
                   "<c r=\"C5\" t=\"str\"><f>UPPER(\"x\")</f><v>X</v></c>"
                   "<c r=\"D5\" s=\"1\"><v>1</v></c><c r=\"E5\" s=\"0\"><v>1</v></c></row>"
                   "<row><c t=\"inlineStr\"><is><t>liền</t></is></c><c><v>2.50</v></c></row>"
                   "<row r=\"8\"><c r=\"A8\" s=\"1\"/><c r=\"B8\" t=\"inlineStr\"><is><t> </t>"
                   "</is></c></row>"
                   "<row r=\"9\"><c r=\"B9\" t=\"s\"><v>2</v></c><c r=\"C9\" s=\"1\"/></row>")}});

    const Table back = readBack(path);
    CHECK(back.headers.join(u'|').toStdString() == "Họ và tên||Ghi chú");
    CHECK(rowsText(back.rows) == "Ủy ban Pháp luật|TRUE|X|02/01/1904|1\n"
                                 "liền|2.5\n"
                                 "|Mã số");
    CHECK(back.sourceRows == QList<int>{5, 6, 9});
}

TEST_CASE("readXlsx refuses a file that is not a zip package", "[xlsx]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A CSV export renamed to .xlsx, as happens when people "convert" files by renaming.
    const QString garbage = dir.filePath(QStringLiteral("bao_cao.xlsx"));
    Table csv;
    csv.headers = QStringList{QStringLiteral("STT"), QStringLiteral("Nội dung")};
    REQUIRE(writeCsv(csv, garbage).ok());
    const thuky::Error error = refused(garbage);
    CHECK(error.message.vi.toStdString() ==
          "Tệp \"bao_cao.xlsx\": không phải tệp XLSX hợp lệ (tệp .xls cũ cần được lưu lại dưới "
          "dạng .xlsx).");
    CHECK(error.message.en.startsWith(
        QLatin1String("File \"bao_cao.xlsx\": this is not a valid XLSX file")));

    const QString empty = dir.filePath(QStringLiteral("empty.xlsx"));
    REQUIRE(QFile(empty).open(QIODevice::WriteOnly));
    refused(empty);

    auto missing = readXlsx(dir.filePath(QStringLiteral("missing.xlsx")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::Io);
}

TEST_CASE("readXlsx refuses a zip package without a worksheet", "[xlsx]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("không trang.xlsx"));
    writeZip(path, {{"[Content_Types].xml", "<Types/>"}, {"docProps/app.xml", "<Properties/>"}});
    CHECK(refused(path).message.en.toStdString() ==
          "File \"không trang.xlsx\": the XLSX file has no worksheet.");
}

TEST_CASE("readXlsx refuses damaged XML naming the part", "[xlsx]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hỏng.xlsx"));
    const auto expectDamaged = [&](const QByteArray &sheetData) {
        writeZip(path, {{"xl/_rels/workbook.xml.rels", kWorkbookRels},
                        {"xl/worksheets/sheet1.xml", sheetData}});
        const thuky::Error error = refused(path);
        CHECK(error.message.en.toStdString() ==
              "File \"hỏng.xlsx\": the part \"xl/worksheets/sheet1.xml\" is damaged and cannot "
              "be read.");
        CHECK_FALSE(error.detail.isEmpty());
    };
    // Cut short, not XML at all, and well-formed but with references outside a sheet.
    expectDamaged(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t>").left(120));
    expectDamaged("not <xml> at all");
    expectDamaged(sheetXml("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"));
    expectDamaged(sheetXml("<row r=\"1\"><c r=\"12\"><v>1</v></c></row>"));
    expectDamaged(sheetXml("<row r=\"x\"><c r=\"A1\"><v>1</v></c></row>"));
}

TEST_CASE("readXlsx refuses a part that would unpack to more than 50 MB", "[xlsx]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bom.xlsx"));
    writeZip(path, {{"xl/worksheets/sheet1.xml",
                     sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")}});
    // Make the central directory claim 256 MB for the entry, as a zip bomb would.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype entry = bytes.indexOf("PK\x01\x02");
    REQUIRE(entry >= 0);
    bytes.replace(entry + 24, 4, QByteArray("\x00\x00\x00\x10", 4));
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();

    const thuky::Error error = refused(path);
    CHECK(error.message.en.toStdString() ==
          "File \"bom.xlsx\": the part \"xl/worksheets/sheet1.xml\" is too large (over 50 MB "
          "uncompressed); the file was not read.");
}

namespace {

// A package whose only sheet is `sheetData`, with `sharedStrings` if not empty, deflated.
void writeSheet(const QString &path, const QByteArray &sheetData,
                const QByteArray &sharedStrings = {})
{
    Parts parts{{"xl/_rels/workbook.xml.rels", kWorkbookRels},
                {"xl/worksheets/sheet1.xml", sheetXml(sheetData)}};
    if (!sharedStrings.isEmpty())
        parts.append({"xl/sharedStrings.xml", sharedStrings});
    writeZip(path, parts);
}

QByteArray inlineCell(const QByteArray &reference, const QByteArray &text)
{
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

// Reads `path` in a child and returns whether it was read and the peak memory it took.
thuky::test::ChildOutcome readInChild(const QString &path)
{
    return thuky::test::runInChild([&] { return readXlsx(path).ok() ? 0 : 1; });
}

} // namespace

TEST_CASE("styled empty cells at column XFD cost nothing, text there is refused naming the cell",
          "[xlsx][limits]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("xfd.xlsx"));
    // 20,000 rows, each with its text in A and a styled blank cell in XFD, the last column.
    QByteArray rows;
    for (int row = 1; row <= 20000; ++row) {
        const QByteArray number = QByteArray::number(row);
        rows += "<row r=\"" + number + "\">" + inlineCell("A" + number, "Dòng " + number) +
                "<c r=\"XFD" + number + "\" s=\"1\"/></row>";
    }
    writeSheet(path, rows);
    auto outcome = readInChild(path);
    CHECK(outcome.exitCode == 0);
    INFO("peak " << outcome.peakRssKb / 1024 << " MB");
    CHECK(outcome.peakRssKb < thuky::test::peakRssBoundKb());
    const Table table = readBack(path);
    CHECK(table.rows.size() == 19999);
    CHECK(table.rows.back() == QStringList{QStringLiteral("Dòng 20000")});

    // The same with a value in XFD on every row: refused at the first, naming the cell.
    rows.replace("s=\"1\"/>", "><v>1</v></c>");
    writeSheet(path, rows);
    outcome = readInChild(path);
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.peakRssKb < thuky::test::peakRssBoundKb());
    const thuky::Error error = refused(path);
    CHECK(error.message.en.toStdString() ==
          "File \"xfd.xlsx\", line 1: too many columns: cell XFD1 lies beyond the last column "
          "Thuky reads (column CV, the 100th).");
    CHECK(error.message.vi.toStdString() ==
          "Tệp \"xfd.xlsx\", dòng 1: quá nhiều cột: ô XFD1 nằm ngoài cột cuối cùng Thuky đọc "
          "(cột CV, cột thứ 100).");
}

TEST_CASE("a sheet with more rows than Thuky reads is refused early, in bounded memory",
          "[xlsx][limits]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("triệu dòng.xlsx"));
    // 1,048,576 rows of one number each (about 30 MB of XML, 100 KB zipped), references left
    // out as some programs do.
    const QByteArray rows = QByteArray("<row><c><v>7</v></c></row>").repeated(1'048'576);
    writeSheet(path, rows);
    const auto outcome = readInChild(path);
    CHECK(outcome.exitCode == 1);
    INFO("peak " << outcome.peakRssKb / 1024 << " MB");
    CHECK(outcome.peakRssKb < thuky::test::peakRssBoundKb());
    CHECK(refused(path).message.en.toStdString() ==
          "File \"triệu dòng.xlsx\", line 50001: too many rows: Thuky reads 50,000 rows with "
          "data at most.");

    // Blank rows are free, but not past the last row a worksheet can have.
    writeSheet(path, "<row r=\"1\">" + inlineCell("A1", "STT") + "</row>" +
                         QByteArray("<row/>").repeated(1'048'576));
    const thuky::Error error = refused(path);
    CHECK(error.message.en.toStdString() ==
          "File \"triệu dòng.xlsx\": the worksheet has a row 1,048,577, beyond the last row a "
          "worksheet can have (row 1,048,576).");
    CHECK(error.message.vi.toStdString() ==
          "Tệp \"triệu dòng.xlsx\": trang tính có dòng số 1.048.577, vượt quá dòng cuối cùng "
          "một trang tính có thể có (dòng 1.048.576).");
}

TEST_CASE("a cell referring to a shared string the file does not have is refused naming the "
          "cell",
          "[xlsx]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chuỗi.xlsx"));
    const QByteArray strings =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>STT</t></si><si><t>Nội dung</t></si></sst>";
    const QByteArray header = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                              "<c r=\"B1\" t=\"s\"><v>1</v></c></row>";
    writeSheet(path, header + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>99999</v></c></row>", strings);
    thuky::Error error = refused(path);
    CHECK(error.message.en.toStdString() ==
          "File \"chuỗi.xlsx\", line 2: cell B2 refers to shared string \"99999\", which the "
          "file does not have (it has 2).");
    CHECK(error.message.vi.toStdString() ==
          "Tệp \"chuỗi.xlsx\", dòng 2: ô B2 trỏ tới chuỗi dùng chung số \"99999\" mà tệp "
          "không có (tệp có 2 chuỗi).");
    for (const QByteArray &index : {QByteArray("-1"), QByteArray("x"), QByteArray(""),
                                    QByteArray("2"), QByteArray("99999999999999999999")}) {
        INFO(index.toStdString());
        writeSheet(path, header + "<row r=\"3\"><c t=\"s\"><v>" + index + "</v></c></row>",
                   strings);
        CHECK(refused(path).message.en.contains(QLatin1String("cell A3 refers to shared string")));
    }
}

TEST_CASE("readXlsx refuses what is not a regular file or is too large", "[xlsx][files]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString zero = dir.filePath(QStringLiteral("zero.xlsx"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), zero));
    auto outcome = thuky::test::runInChild([&] { return readXlsx(zero).ok() ? 0 : 1; });
    REQUIRE(outcome.exitCode == 1);
    CHECK(refused(zero).message.en.contains(QLatin1String("not a regular file")));

    const QString big = dir.filePath(QStringLiteral("lớn.xlsx"));
    QFile file(big);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(51LL * 1024 * 1024)); // sparse: nothing is written
    file.close();
    CHECK(refused(big).message.en.toStdString() ==
          "File \"lớn.xlsx\": the file is too large (over 50 MB); it was not read.");
}

TEST_CASE("writeXlsx on a full disk fails with Io and keeps the previous file", "[xlsx]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("báo cáo.xlsx"));
    Table previous;
    previous.headers = QStringList{QStringLiteral("Nội dung")};
    previous.rows = {{QStringLiteral("Bản xuất trước")}};
    REQUIRE(writeXlsx(previous, path).ok());

    // Codes that do not compress: the export is over 100 KB.
    Table table;
    table.headers = QStringList{QStringLiteral("STT"), QStringLiteral("Mã")};
    for (int i = 0; i < 1500; ++i) {
        table.rows.append({QString::number(i),
                           QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i),
                                                                        QCryptographicHash::Sha256)
                                                   .toHex())});
    }
    // Files may grow to 4 KB, then to 36 KB only. At 36 KB libxlsxwriter's own temporary
    // files are cut short without it noticing: the package it makes must be caught too.
    const rlim_t limit = GENERATE(rlim_t(4096), rlim_t(36 * 1024));
    INFO(limit);
    const auto outcome = thuky::test::runInChild(
        [&] {
            auto written = writeXlsx(table, path);
            return written.ok() ? 0 : written.error().code == ErrorCode::Io ? 1 : 2;
        },
        limit);
    CHECK(outcome.exitCode == 1);
    const Table back = readBack(path);
    CHECK(rowsText(back.rows) == "Bản xuất trước");
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{QStringLiteral("báo cáo.xlsx")});
}

TEST_CASE("parseXlsx reads a package from bytes like readXlsx from its file", "[xlsx]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bộ nhớ.xlsx"));
    Table table;
    table.headers = QStringList{QStringLiteral("STT"), QStringLiteral("Nội dung")};
    table.rows = {{QStringLiteral("1"), QStringLiteral("=1+1 stays text")}};
    REQUIRE(writeXlsx(table, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto parsed = parseXlsx(file.readAll(), QStringLiteral("bộ nhớ.xlsx"));
    REQUIRE(parsed.ok());
    CHECK(parsed->headers == table.headers);
    CHECK(parsed->rows == table.rows);
    auto garbage = parseXlsx("PK\x03\x04 not really", QStringLiteral("rác.xlsx"));
    REQUIRE_FALSE(garbage.ok());
    INFO(garbage.error().message.en.toStdString());
    CHECK(garbage.error().code == ErrorCode::InvalidInput);
    CHECK(garbage.error().message.en.startsWith(QStringLiteral("File \"rác.xlsx\": this is not")));
}

TEST_CASE("the largest shared strings and inline text a file may hold stay in bounded memory",
          "[xlsx][limits]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chuỗi dài.xlsx"));
    // Shared strings just under the 50 MB a part may unpack to, each of the longest text a
    // cell may hold, all used by the sheet; then the same text inline in the sheet itself.
    const QByteArray text(ReadLimits::kMaxCellChars, 'x');
    const int count = int((ReadLimits::kMaxPartBytes - 1024) / (text.size() + 80));
    QByteArray strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    QByteArray rows;
    for (int i = 0; i < count; ++i) {
        strings += "<si><t>" + text + "</t></si>";
        rows += "<row><c t=\"s\"><v>" + QByteArray::number(i) + "</v></c></row>";
    }
    strings += "</sst>";
    writeSheet(path, rows, strings);
    // The child starts as a copy of this process: leave it nothing big to inherit.
    strings = QByteArray();
    rows = QByteArray();
    auto outcome = readInChild(path);
    CHECK(outcome.exitCode == 0);
    INFO("peak " << outcome.peakRssKb / 1024 << " MB");
    CHECK(outcome.peakRssKb < thuky::test::peakRssBoundKb());

    for (int i = 0; i < count; ++i)
        rows += "<row>" + inlineCell("A" + QByteArray::number(i + 1), text) + "</row>";
    writeSheet(path, rows);
    rows = QByteArray();
    outcome = readInChild(path);
    CHECK(outcome.exitCode == 0);
    INFO("peak " << outcome.peakRssKb / 1024 << " MB");
    CHECK(outcome.peakRssKb < thuky::test::peakRssBoundKb());
}

TEST_CASE("a workbook with a flood of relationships is refused as damaged, in bounded memory",
          "[xlsx][limits]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("quan hệ.xlsx"));
    QByteArray relationships =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < 700'000; ++i)
        relationships += "<Relationship Id=\"r" + QByteArray::number(i) + "\" Type=\"t" +
                         QByteArray::number(i) + "\" Target=\"x" + QByteArray::number(i) + "\"/>";
    relationships += "</Relationships>";
    writeZip(path, {{"xl/_rels/workbook.xml.rels", relationships},
                    {"xl/worksheets/sheet1.xml", sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")}});
    relationships = QByteArray();
    const auto outcome = readInChild(path);
    CHECK(outcome.exitCode == 1);
    INFO("peak " << outcome.peakRssKb / 1024 << " MB");
    CHECK(outcome.peakRssKb < thuky::test::peakRssBoundKb() / 2); // 150 MB
    const thuky::Error error = refused(path);
    CHECK(error.message.en.toStdString() ==
          "File \"quan hệ.xlsx\": the part \"xl/_rels/workbook.xml.rels\" is damaged and cannot be "
          "read.");
    CHECK(error.detail.contains(QLatin1String("more than 10000 relationships")));
}

TEST_CASE("a long shared string used by many cells is held once", "[xlsx][limits]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("một chuỗi.xlsx"));
    // A 32,000-character string padded with a space (so tidying it makes a new string),
    // used by 100,000 cells: 6 GB if each cell kept its own tidied copy.
    const QByteArray strings =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t "
        "xml:space=\"preserve\"> " +
        QByteArray(32000, 'x') + "</t></si></sst>";
    QByteArray rows;
    for (int row = 0; row < 5000; ++row)
        rows += "<row>" + QByteArray("<c t=\"s\"><v>0</v></c>").repeated(20) + "</row>";
    writeSheet(path, rows, strings);
    rows = QByteArray();
    const auto outcome = readInChild(path);
    CHECK(outcome.exitCode == 0);
    INFO("peak " << outcome.peakRssKb / 1024 << " MB");
    CHECK(outcome.peakRssKb < thuky::test::peakRssBoundKb());
}
