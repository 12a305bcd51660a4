// The document writers: the RichDocument model, DOCX re-read and converted by LibreOffice,
// PDF checked with poppler's tools (page size, fonts, texts, margins, page numbers).

#include "sample_documents.h"

#include "thuky/documents/decree30.h"
#include "thuky/documents/rich_document.h"
#include "thuky/domain/vietnamese.h"

#include "documents/rich_support.h"
#include "documents/xlsx_package.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace thuky;
using namespace thuky::documents;

namespace {

/// The QGuiApplication PDF rendering needs, made once per test process (offscreen).
void ensureGuiApp()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "thuky_core_tests";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv); // lives until the process ends
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

/// The standard output of `program args…` (a failure fails the test).
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// All the w:t text of a WordprocessingML part, its paragraphs on separate lines; fails the
/// test if the XML is not well formed.
QString wordText(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"t")
            text += reader.readElementText();
        else if (reader.isEndElement() && reader.name() == u"p")
            text += u'\n';
    }
    INFO(reader.errorString().toStdString());
    REQUIRE_FALSE(reader.hasError());
    return text;
}

QString simplified(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QByteArray pdfOf(const RichDocument &document)
{
    ensureGuiApp();
    auto pdf = writePdf(document);
    INFO((pdf ? QString() : pdf.error().text(Lang::En)).toStdString());
    REQUIRE(pdf);
    return *pdf;
}

QString save(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

/// The bounding boxes of the words pdftotext finds, per page.
struct Word
{
    int page;
    double xMin, yMin, xMax, yMax;
    QString text;
};

QList<Word> words(const QString &pdf)
{
    const QString html =
        run(tool("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QList<Word> found;
    int page = 0;
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    for (const QString &line : html.split(u'\n')) {
        if (line.contains(QStringLiteral("<page ")))
            ++page;
        const auto match = word.match(line);
        if (match.hasMatch()) {
            found.append(Word{page, match.captured(1).toDouble(), match.captured(2).toDouble(),
                              match.captured(3).toDouble(), match.captured(4).toDouble(),
                              match.captured(5)});
        }
    }
    return found;
}

constexpr double kPt = 72.0 / 25.4;

} // namespace

TEST_CASE("Tables place spanned cells on their grid and refuse what does not fit", "[documents]")
{
    RichTable table;
    table.columnWidthsMm = {20, 20, 20};
    TableCell wide;
    wide.columnSpan = 2;
    TableCell tall;
    tall.rowSpan = 2;
    table.rows = {TableRow{{tall, wide}}, TableRow{{TableCell{}, TableCell{}}}};
    auto grid = detail::layoutTable(table);
    REQUIRE(grid);
    CHECK(grid->cells.size() == 4);
    CHECK(grid->at(1, 0) == 0); // covered by the tall cell
    CHECK(grid->cells[2].column == 1);
    CHECK(grid->cells[3].column == 2);

    table.rows[1].cells.append(TableCell{});
    auto tooMany = detail::layoutTable(table);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().code == ErrorCode::InvalidInput);
    CHECK(tooMany.error().message.en.contains(QStringLiteral("row 2")));

    RichDocument document;
    document.addTable(table);
    CHECK_FALSE(writeDocx(document));
}

TEST_CASE("The Decree 30 place and date line uses the leading-zero rule", "[documents]")
{
    CHECK(decree30PlaceAndDate(QStringLiteral("Hà Nội"), QDate(2025, 1, 5)) ==
          QStringLiteral("Hà Nội, ngày 05 tháng 01 năm 2025"));
    CHECK(decree30PlaceAndDate(QStringLiteral("Hà Nội"), QDate(2025, 6, 29)) ==
          QStringLiteral("Hà Nội, ngày 29 tháng 6 năm 2025"));
    CHECK(decree30PlaceAndDate(QStringLiteral("Hà Nội"), QDate())
              .startsWith(QStringLiteral("Hà Nội, ngày ")));
}

TEST_CASE("A notice as DOCX holds its texts, A4 with its margins, Word styles and page numbers "
          "from page 2",
          "[documents]")
{
    auto bytes = writeDocx(samples::notice());
    REQUIRE(bytes);
    auto package = detail::XlsxPackage::fromBytes(*bytes, QStringLiteral("notice.docx"));
    REQUIRE(package);
    const QStringList parts = package->parts();
    CHECK(parts.first() == QStringLiteral("[Content_Types].xml"));
    for (const char *part :
         {"_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels",
          "word/header1.xml", "word/header2.xml", "docProps/core.xml"})
        CHECK(parts.contains(QString::fromLatin1(part)));

    auto document = package->read(QStringLiteral("word/document.xml"));
    REQUIRE(document);
    const QString text = wordText(*document);
    for (const char *expected :
         {"ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Số: 05/TB-UBTVQH16", "Hà Nội, ngày 05 tháng 01 năm 2027",
          "THÔNG BÁO", "Tổ chức chính quyền đô thị", "Nơi nhận:", "- Bộ Tư pháp;", "- Lưu: VT, TK.",
          "TL. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "TỔNG THƯ KÝ QUỐC HỘI", "Nguyễn Văn An",
          "Đề nghị Chính phủ"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    const QString xml = QString::fromUtf8(*document);
    CHECK(xml.contains(QStringLiteral("<w:pgSz w:w=\"11906\" w:h=\"16838\"")));
    CHECK(xml.contains(QStringLiteral(
        "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\"")));
    CHECK(xml.contains(QStringLiteral("<w:titlePg/>")));
    CHECK(xml.contains(QStringLiteral("<w:jc w:val=\"both\"/>"))); // justified body
    CHECK(xml.contains(QStringLiteral("<w:ind w:left=\"0\" w:firstLine=\"720\"/>"))); // 1.27 cm
    CHECK(xml.contains(QStringLiteral("<w:pBdr><w:top w:val=\"single\"")));           // the rules

    auto header = package->read(QStringLiteral("word/header1.xml"));
    REQUIRE(header);
    CHECK(header->contains(" PAGE "));
    auto first = package->read(QStringLiteral("word/header2.xml"));
    REQUIRE(first);
    CHECK_FALSE(first->contains("PAGE"));
    auto styles = package->read(QStringLiteral("word/styles.xml"));
    REQUIRE(styles);
    CHECK(styles->contains("w:ascii=\"Times New Roman\""));
    CHECK(styles->contains("w:styleId=\"Normal\""));
}

TEST_CASE("Programme tables in DOCX keep widths, spans and a repeated header row", "[documents]")
{
    auto bytes = writeDocx(samples::programme());
    REQUIRE(bytes);
    auto package = detail::XlsxPackage::fromBytes(*bytes, QStringLiteral("programme.docx"));
    REQUIRE(package);
    auto document = package->read(QStringLiteral("word/document.xml"));
    REQUIRE(document);
    const QString xml = QString::fromUtf8(*document);
    CHECK(xml.contains(QStringLiteral("<w:tblHeader/>")));
    CHECK(xml.contains(QStringLiteral("<w:gridCol w:w=\"1814\"/>"))); // 32 mm
    CHECK(xml.count(QStringLiteral("<w:vMerge w:val=\"restart\"/>")) == 3 + 6);
    CHECK(xml.count(QStringLiteral("<w:vMerge w:val=\"continue\"/>")) == 3 * 5 + 6 * 2);
    CHECK(wordText(*document).contains(QStringLiteral("Thứ Tư, 12/02/2025")));
}

TEST_CASE("A DOCX opens in LibreOffice and prints on A4 with its texts", "[documents][soffice]")
{
    const QString soffice = tool("soffice");
    if (soffice.isEmpty() || tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty()) {
        WARN("soffice or poppler-utils missing: LibreOffice conversion not checked");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(writeDocxFile(samples::notice(), dir.filePath(QStringLiteral("notice.docx"))));
    const QString profile = dir.filePath(QStringLiteral("profile"));
    REQUIRE(samples::seedLibreOfficeProfile(profile));
    run(soffice,
        {QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"),
         QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
         dir.path(), dir.filePath(QStringLiteral("notice.docx"))});
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    REQUIRE(QFile::exists(pdf));
    const QString info = run(tool("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("(A4)")));
    const QString text = simplified(run(tool("pdftotext"), {pdf, QStringLiteral("-")}));
    for (const char *expected :
         {"THÔNG BÁO", "Số: 05/TB-UBTVQH16", "Hà Nội, ngày 05 tháng 01 năm 2027",
          "Nơi nhận:", "Nguyễn Văn An", "kết luận như sau:"})
        CHECK(text.contains(QString::fromUtf8(expected)));
}

TEST_CASE("PDF needs a QGuiApplication and says so without one", "[documents]")
{
    if (QCoreApplication::instance()) {
        WARN("an application object exists already in this process: run this test alone");
        return;
    }
    auto pdf = writePdf(samples::notice());
    REQUIRE_FALSE(pdf);
    CHECK(pdf.error().message.en.contains(QStringLiteral("QGuiApplication")));
    CHECK_FALSE(pdf.error().message.vi.isEmpty());
}

TEST_CASE("A notice as PDF: A4, fonts embedded, its texts, margins as set, one page", "[documents]")
{
    const QByteArray bytes = pdfOf(samples::notice());
    CHECK(bytes.startsWith("%PDF-"));
    if (tool("pdftotext").isEmpty() || tool("pdffonts").isEmpty() || tool("pdfinfo").isEmpty()) {
        WARN("poppler-utils missing: PDF contents not checked");
        return;
    }
    QTemporaryDir dir;
    const QString pdf = save(dir, QStringLiteral("notice.pdf"), bytes);
    const QString info = run(tool("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("(A4)")));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));

    const QStringList fonts = run(tool("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        // "emb" yes; Qt embeds a subset but does not tag its name as one.
        CHECK(font.contains(
            QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+yes\\s+\\d+"))));
        CHECK(font.contains(QRegularExpression(QStringLiteral("Times|Liberation"))));
    }
    const QString text = simplified(run(tool("pdftotext"), {pdf, QStringLiteral("-")}));
    for (const char *expected :
         {"ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Số: 05/TB-UBTVQH16", "Hà Nội, ngày 05 tháng 01 năm 2027",
          "THÔNG BÁO", "Nơi nhận:", "- Lưu: VT, TK.", "TL. ỦY BAN THƯỜNG VỤ QUỐC HỘI",
          "Nguyễn Văn An", "Đề nghị Chính phủ"})
        CHECK(text.contains(QString::fromUtf8(expected)));

    // The body's justified lines run from the left margin (30 mm) to the right one (15 mm).
    const QList<Word> found = words(pdf);
    REQUIRE_FALSE(found.isEmpty());
    double left = 1e9, right = 0, top = 1e9;
    for (const Word &word : found) {
        left = std::min(left, word.xMin);
        right = std::max(right, word.xMax);
        top = std::min(top, word.yMin);
    }
    CHECK(left == Approx(30 * kPt).margin(1.5));
    CHECK(right == Approx((210 - 15) * kPt).margin(1.5));
    CHECK(top >= 20 * kPt - 1);
    CHECK(top < 20 * kPt + 8);
}

TEST_CASE("A long programme as PDF: numbered from page 2, header row repeated", "[documents]")
{
    RichDocument document = samples::programme();
    const QByteArray bytes = pdfOf(document);
    if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty()) {
        WARN("poppler-utils missing: PDF contents not checked");
        return;
    }
    QTemporaryDir dir;
    const QString pdf = save(dir, QStringLiteral("programme.pdf"), bytes);
    const QString info = run(tool("pdfinfo"), {pdf});
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    REQUIRE(pages.captured(1).toInt() >= 2);

    const QList<Word> found = words(pdf);
    const auto topWord = [&](int page) {
        const Word *best = nullptr;
        for (const Word &word : found) {
            if (word.page == page && (!best || word.yMin < best->yMin))
                best = &word;
        }
        return best;
    };
    // Page 1 starts with the body, page 2 with its number in the top margin, centred.
    REQUIRE(topWord(1));
    CHECK(topWord(1)->text != QStringLiteral("1"));
    const Word *number = topWord(2);
    REQUIRE(number);
    CHECK(number->text == QStringLiteral("2"));
    CHECK(number->yMax < 20 * kPt);
    CHECK((number->xMin + number->xMax) / 2 == Approx(105 * kPt).margin(3));
    const QString second =
        run(tool("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                QStringLiteral("2"), pdf, QStringLiteral("-")});
    CHECK(second.contains(QStringLiteral("Nội dung"))); // the header row again
}

TEST_CASE("Reminder lists and landscape pages write to files, all or nothing", "[documents]")
{
    ensureGuiApp();
    QTemporaryDir dir;
    RichDocument document = samples::reminders();
    document.page.orientation = Orientation::Landscape;
    REQUIRE(writeDocxFile(document, dir.filePath(QStringLiteral("r.docx"))));
    REQUIRE(writePdfFile(document, dir.filePath(QStringLiteral("r.pdf"))));
    auto failed = writePdfFile(document, dir.filePath(QStringLiteral("missing/r.pdf")));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Io);

    // Without page numbers there is no header part; a page break is Word's own.
    document.page.pageNumbers = false;
    document.addPageBreak();
    Paragraph next = Paragraph::plain(QStringLiteral("Trang sau: "));
    next.runs.append(TextRun{QStringLiteral("gạch chân"), false, false, true, 0});
    document.addParagraph(next);
    auto docx = writeDocx(document);
    REQUIRE(docx);
    auto package = detail::XlsxPackage::fromBytes(*docx, QStringLiteral("r.docx"));
    REQUIRE(package);
    CHECK_FALSE(package->contains(QStringLiteral("word/header1.xml")));
    auto body = package->read(QStringLiteral("word/document.xml"));
    REQUIRE(body);
    CHECK(body->contains("w:orient=\"landscape\""));
    CHECK(body->contains("<w:br w:type=\"page\"/>"));
    CHECK(body->contains("<w:szCs w:val=\"28\"/><w:u w:val=\"single\"/>"));
    CHECK_FALSE(body->contains("titlePg"));

    if (tool("pdfinfo").isEmpty())
        return;
    const QString info = run(tool("pdfinfo"), {dir.filePath(QStringLiteral("r.pdf"))});
    CHECK(info.contains(QStringLiteral("842 x 595")));
    auto pdf = writePdf(document);
    REQUIRE(pdf);
    const QString path = save(dir, QStringLiteral("break.pdf"), *pdf);
    CHECK(run(tool("pdfinfo"), {path})
              .contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))));
}

namespace {

/// The text of an ODF part: its paragraphs on separate lines, <text:s/> as spaces; fails the
/// test if the XML is not well formed.
QString odfText(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            text += reader.text();
        else if (reader.isStartElement() && reader.qualifiedName() == u"text:s")
            text += QString(std::max(1, reader.attributes().value(QLatin1String("text:c")).toInt()),
                            u' ');
        else if (reader.isStartElement() && reader.qualifiedName() == u"text:line-break")
            text += u'\n';
        else if (reader.isEndElement() && reader.qualifiedName() == u"text:p")
            text += u'\n';
    }
    INFO(reader.errorString().toStdString());
    REQUIRE_FALSE(reader.hasError());
    return text;
}

} // namespace

TEST_CASE("A notice as ODT: mimetype first and stored, its texts, A4 with its margins, named "
          "styles, page numbers from page 2",
          "[documents][odt]")
{
    auto bytes = writeOdt(samples::notice());
    REQUIRE(bytes);
    // An ODF reader finds the type at a fixed offset: the first entry, stored, no extra field.
    CHECK(bytes->mid(30, 8) == QByteArray("mimetype"));
    CHECK(bytes->mid(38, 39) == QByteArray("application/vnd.oasis.opendocument.text"));
    CHECK(bytes->mid(8, 2) == QByteArray(2, '\0'));  // compression method 0: stored
    CHECK(bytes->mid(28, 2) == QByteArray(2, '\0')); // extra field length 0

    auto package = detail::XlsxPackage::fromBytes(*bytes, QStringLiteral("notice.odt"));
    REQUIRE(package);
    const QStringList parts = package->parts();
    CHECK(parts.first() == QStringLiteral("mimetype"));
    for (const char *part : {"META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"})
        CHECK(parts.contains(QString::fromLatin1(part)));
    auto manifest = package->read(QStringLiteral("META-INF/manifest.xml"));
    REQUIRE(manifest);
    CHECK(manifest->contains("manifest:full-path=\"/\" manifest:version=\"1.3\" "
                             "manifest:media-type=\"application/vnd.oasis.opendocument.text\""));
    CHECK(manifest->contains("manifest:full-path=\"content.xml\""));

    auto content = package->read(QStringLiteral("content.xml"));
    REQUIRE(content);
    const QString text = odfText(*content);
    for (const char *expected :
         {"QUỐC HỘI", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Số: 05/TB-UBTVQH16", "Hà Nội, ngày 05 tháng 01 năm 2027",
          "THÔNG BÁO", "Tổ chức chính quyền đô thị", "Nơi nhận:", "- Bộ Tư pháp;", "- Lưu: VT, TK.",
          "TL. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "TỔNG THƯ KÝ QUỐC HỘI", "Nguyễn Văn An",
          "2. Đề nghị Chính phủ chỉ đạo"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    const QString xml = QString::fromUtf8(*content);
    CHECK(xml.contains(QStringLiteral("fo:text-align=\"justify\""))); // the body
    CHECK(xml.contains(QStringLiteral("fo:text-indent=\"1.27cm\"")));
    CHECK(xml.contains(QStringLiteral("fo:font-style=\"italic\""))); // the place and date
    CHECK(xml.contains(QStringLiteral("fo:font-weight=\"bold\"")));
    CHECK(xml.contains(QStringLiteral("style:parent-style-name=\"Thuky_20_Rule\""))); // the rules
    CHECK(xml.contains(QStringLiteral("style:parent-style-name=\"Text_20_body\"")));
    CHECK(xml.contains(QStringLiteral("style:column-width=\"5.6cm\""))); // the issuer's column
    // The first block opens the first page, which has no page number.
    CHECK(xml.count(QStringLiteral("style:master-page-name=\"First_20_Page\"")) == 1);

    auto styles = package->read(QStringLiteral("styles.xml"));
    REQUIRE(styles);
    const QString s = QString::fromUtf8(*styles);
    odfText(*styles); // well formed
    CHECK(s.contains(QStringLiteral("fo:page-width=\"21cm\" fo:page-height=\"29.7cm\"")));
    CHECK(s.contains(QStringLiteral("fo:margin-bottom=\"2cm\" fo:margin-left=\"3cm\" "
                                    "fo:margin-right=\"1.5cm\"")));
    // Page 1: the top margin itself; later pages: the number 10 mm from the top edge, in a
    // header 10 mm high, so the text starts 20 mm from the top on every page.
    CHECK(s.contains(QStringLiteral("<style:page-layout style:name=\"pm2\"><style:page-layout-"
                                    "properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" "
                                    "style:print-orientation=\"portrait\" fo:margin-top=\"2cm\"")));
    CHECK(s.contains(QStringLiteral("fo:margin-top=\"1cm\"")));
    CHECK(s.contains(QStringLiteral("svg:height=\"1cm\"")));
    CHECK(s.contains(QStringLiteral("<text:page-number text:select-page=\"current\">")));
    CHECK(s.contains(QStringLiteral("style:name=\"First_20_Page\"")));
    CHECK(s.contains(QStringLiteral("style:next-style-name=\"Standard\"")));
    CHECK(s.contains(QStringLiteral("style:font-name=\"Times New Roman\"")));
    CHECK(s.contains(QStringLiteral("svg:font-family=\"'Liberation Serif'\"")));
    for (const char *named : {"Standard", "Text body", "Table Contents", "Header", "Thuky Rule"})
        CHECK(s.contains(QStringLiteral("style:display-name=\"%1\"").arg(QLatin1String(named))));
    auto meta = package->read(QStringLiteral("meta.xml"));
    REQUIRE(meta);
    CHECK(meta->contains("<meta:generator>Thuky</meta:generator>"));
}

TEST_CASE("ODT tables keep spans with covered cells and repeated header rows, and text keeps its "
          "spaces",
          "[documents][odt]")
{
    auto bytes = writeOdt(samples::programme());
    REQUIRE(bytes);
    auto package = detail::XlsxPackage::fromBytes(*bytes, QStringLiteral("programme.odt"));
    REQUIRE(package);
    auto content = package->read(QStringLiteral("content.xml"));
    REQUIRE(content);
    const QString xml = QString::fromUtf8(*content);
    CHECK(xml.contains(QStringLiteral("<table:table-header-rows>")));
    CHECK(xml.contains(QStringLiteral("style:column-width=\"3.2cm\""))); // 32 mm
    CHECK(xml.count(QStringLiteral("table:number-rows-spanned=")) == 3 + 6);
    CHECK(xml.count(QStringLiteral("<table:covered-table-cell/>")) == 3 * 5 + 6 * 2);
    CHECK(odfText(*content).contains(QStringLiteral("Thứ Tư, 12/02/2025")));
    // A small paragraph after each table, as in the DOCX: a document that ends with a table
    // gets no full-size empty line from LibreOffice (which could spill onto a new page).
    CHECK(xml.contains(QRegularExpression(
        QStringLiteral("</table:table><text:p text:style-name=\"P\\d+\"/></office:text>"))));

    // Runs of spaces, tabs and line breaks survive XML white space rules; page breaks stay.
    RichDocument document = samples::reminders();
    document.page.pageNumbers = false;
    document.addPageBreak();
    Paragraph spaced = Paragraph::plain(QStringLiteral("  a   b\tc\nd"));
    spaced.runs.append(TextRun{QStringLiteral(" gạch chân"), false, false, true, 0});
    document.addParagraph(spaced);
    auto odt = writeOdt(document);
    REQUIRE(odt);
    auto other = detail::XlsxPackage::fromBytes(*odt, QStringLiteral("r.odt"));
    REQUIRE(other);
    auto body = other->read(QStringLiteral("content.xml"));
    REQUIRE(body);
    CHECK(body->contains("<text:s text:c=\"2\"/>a <text:s text:c=\"2\"/>b<text:tab/>c"
                         "<text:line-break/>d"));
    CHECK(body->contains("fo:break-before=\"page\""));
    CHECK(body->contains("style:text-underline-style=\"solid\""));
    CHECK_FALSE(body->contains("First_20_Page")); // without page numbers, one kind of page
    auto styles = other->read(QStringLiteral("styles.xml"));
    REQUIRE(styles);
    CHECK_FALSE(styles->contains("text:page-number"));

    // Files are written all or nothing, and a bad table is refused.
    QTemporaryDir dir;
    REQUIRE(writeOdtFile(document, dir.filePath(QStringLiteral("r.odt"))));
    CHECK(QFile(dir.filePath(QStringLiteral("r.odt"))).size() == odt->size());
    const auto failed = writeOdtFile(document, dir.filePath(QStringLiteral("missing/r.odt")));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Io);
    RichDocument bad;
    RichTable table;
    table.columnWidthsMm = {10};
    table.rows.append(TableRow{{TableCell{{}, 2, 1}}});
    bad.addTable(table);
    CHECK_FALSE(writeOdt(bad));
    CHECK(documentFormatOf(QStringLiteral("a/B.ODT")) == DocumentFormat::Odt);
    CHECK(documentFormatOf(QStringLiteral("b.docx")) == DocumentFormat::Docx);
    CHECK(documentFormatOf(QStringLiteral("c.pdf")) == DocumentFormat::Pdf);
    CHECK_FALSE(documentFormatOf(QStringLiteral("d.doc")));
}

TEST_CASE("An ODT opens in LibreOffice and prints like the DOCX: A4, its texts, the page "
          "number on page 2 only",
          "[documents][soffice][odt]")
{
    const QString soffice = tool("soffice");
    if (soffice.isEmpty() || tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty()) {
        WARN("soffice or poppler-utils missing: LibreOffice conversion of ODT not checked");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RichDocument document = samples::notice();
    // Long enough for a second page.
    for (int i = 0; i < 12; ++i)
        document.blocks.insert(document.blocks.size() - 1,
                               decree30BodyParagraph(QStringLiteral(
                                   "Đề nghị các cơ quan khẩn trương hoàn thiện hồ sơ, rà soát "
                                   "kỹ nội dung, bảo đảm chất lượng và tiến độ theo kế hoạch.")));
    REQUIRE(writeOdtFile(document, dir.filePath(QStringLiteral("notice.odt"))));
    const QString profile = dir.filePath(QStringLiteral("profile"));
    REQUIRE(samples::seedLibreOfficeProfile(profile));
    run(soffice,
        {QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"),
         QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
         dir.path(), dir.filePath(QStringLiteral("notice.odt"))});
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    REQUIRE(QFile::exists(pdf));
    const QString info = run(tool("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("(A4)")));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))));
    const QString text = simplified(run(tool("pdftotext"), {pdf, QStringLiteral("-")}));
    for (const char *expected :
         {"THÔNG BÁO", "Số: 05/TB-UBTVQH16", "Hà Nội, ngày 05 tháng 01 năm 2027",
          "Nơi nhận:", "Nguyễn Văn An", "kết luận như sau:"})
        CHECK(text.contains(QString::fromUtf8(expected)));

    // Page 1 starts at the 20 mm top margin and carries no number; page 2 has "2" centred
    // in the top margin and its text starting at 20 mm too; the left margin is 30 mm.
    const QList<Word> all = words(pdf);
    double top1 = 1e9, top2 = 1e9, left = 1e9;
    const Word *number = nullptr;
    for (const Word &w : all) {
        if (w.page == 2 && w.text == u"2" && w.yMax < 20 * kPt)
            number = &w;
        else if (w.page == 1)
            top1 = std::min(top1, w.yMin);
        else
            top2 = std::min(top2, w.yMin);
        if (!(w.page == 2 && w.text == u"2"))
            left = std::min(left, w.xMin);
    }
    REQUIRE(number);
    CHECK(std::abs((number->xMin + number->xMax) / 2 - (30 + 165.0 / 2) * kPt) < 3);
    CHECK(number->yMin > 9 * kPt);
    CHECK(top1 > 19 * kPt);
    CHECK(top1 < 23 * kPt);
    CHECK(top2 > 19 * kPt);
    CHECK(top2 < 23 * kPt);
    CHECK(std::abs(left - 30 * kPt) < 1.5);
}
