// writeDocx(): WordprocessingML written by hand (ECMA-376 part 1), zipped by packZip().

#include "thuky/documents/rich_document.h"

#include "rich_support.h"
#include "xlsx_package.h"

#include <QXmlStreamWriter>

#include <cmath>

namespace thuky::documents {

namespace {

using detail::kPointsPerMm;

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

QString twips(double mm)
{
    return QString::number(qRound(mm * kPointsPerMm * 20));
}

QString halfPoints(double pt)
{
    return QString::number(qRound(pt * 2));
}

/// Writes `<w:name w:attr="value" …/>`.
void element(QXmlStreamWriter &xml, const QString &name,
             std::initializer_list<std::pair<QString, QString>> attributes = {})
{
    xml.writeEmptyElement(name);
    for (const auto &[key, value] : attributes)
        xml.writeAttribute(key, value);
}

QString alignment(Align align)
{
    switch (align) {
    case Align::Center:
        return QStringLiteral("center");
    case Align::Right:
        return QStringLiteral("right");
    case Align::Justify:
        return QStringLiteral("both");
    case Align::Left:
        break;
    }
    return QStringLiteral("left");
}

class DocumentXml
{
public:
    DocumentXml(const RichDocument &document, QByteArray *out)
        : m_document(document), m_page(document.page), m_xml(out)
    {
    }

    Result<void> write()
    {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
        m_xml.writeNamespace(kW, QStringLiteral("w"));
        m_xml.writeNamespace(kR, QStringLiteral("r"));
        m_xml.writeStartElement(kW, QStringLiteral("document"));
        m_xml.writeStartElement(kW, QStringLiteral("body"));
        for (const Block &block : m_document.blocks) {
            if (const auto *paragraph = std::get_if<Paragraph>(&block)) {
                writeParagraph(*paragraph, m_page.textWidthMm());
            } else if (const auto *table = std::get_if<RichTable>(&block)) {
                THUKY_TRY(writeTable(*table));
            } else {
                m_xml.writeStartElement(kW, QStringLiteral("p"));
                m_xml.writeStartElement(kW, QStringLiteral("r"));
                element(m_xml, w(u"br"), {{w(u"type"), QStringLiteral("page")}});
                m_xml.writeEndElement();
                m_xml.writeEndElement();
            }
        }
        writeSection();
        m_xml.writeEndElement(); // body
        m_xml.writeEndElement(); // document
        m_xml.writeEndDocument();
        return {};
    }

private:
    static QString w(QStringView name) { return QStringLiteral("w:") + name; }

    void writeRunProperties(const TextRun &run, const Paragraph &paragraph)
    {
        m_xml.writeStartElement(kW, QStringLiteral("rPr"));
        if (run.bold)
            element(m_xml, w(u"b"));
        if (run.italic)
            element(m_xml, w(u"i"));
        // In the order of the schema (CT_RPr), which Word checks: sz before u.
        const QString size = halfPoints(detail::runSize(run, paragraph, m_page));
        element(m_xml, w(u"sz"), {{w(u"val"), size}});
        element(m_xml, w(u"szCs"), {{w(u"val"), size}});
        if (run.underline)
            element(m_xml, w(u"u"), {{w(u"val"), QStringLiteral("single")}});
        m_xml.writeEndElement();
    }

    void writeParagraphProperties(const Paragraph &paragraph)
    {
        m_xml.writeStartElement(kW, QStringLiteral("pPr"));
        if (paragraph.keepWithNext || paragraph.ruleBelow.enabled)
            element(m_xml, w(u"keepNext"));
        element(m_xml, w(u"spacing"),
                {{w(u"before"), QString::number(qRound(paragraph.spaceBeforePt * 20))},
                 // The space after a paragraph with a rule goes below the rule.
                 {w(u"after"), QString::number(qRound(
                                   paragraph.ruleBelow.enabled ? 0 : paragraph.spaceAfterPt * 20))},
                 {w(u"line"), QString::number(qRound(paragraph.lineSpacing * 240))},
                 {w(u"lineRule"), QStringLiteral("auto")}});
        if (paragraph.firstLineIndentMm != 0 || paragraph.leftIndentMm != 0) {
            element(m_xml, w(u"ind"),
                    {{w(u"left"), twips(paragraph.leftIndentMm)},
                     {w(u"firstLine"), twips(paragraph.firstLineIndentMm)}});
        }
        element(m_xml, w(u"jc"), {{w(u"val"), alignment(paragraph.align)}});
        m_xml.writeEndElement();
    }

    void writeText(const QString &text)
    {
        // Line breaks become <w:br/>, tabs <w:tab/>; spaces are kept as typed.
        QString pending;
        const auto flush = [&] {
            if (pending.isEmpty())
                return;
            m_xml.writeStartElement(kW, QStringLiteral("t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(pending);
            m_xml.writeEndElement();
            pending.clear();
        };
        for (const QChar ch : text) {
            if (ch == u'\n') {
                flush();
                element(m_xml, w(u"br"));
            } else if (ch == u'\t') {
                flush();
                element(m_xml, w(u"tab"));
            } else if (ch.unicode() >= 0x20 || ch == u'\r') {
                // XML 1.0 cannot carry other control characters.
                if (ch != u'\r')
                    pending += ch;
            }
        }
        flush();
    }

    void writeParagraph(const Paragraph &paragraph, double columnWidthMm)
    {
        m_xml.writeStartElement(kW, QStringLiteral("p"));
        writeParagraphProperties(paragraph);
        for (const TextRun &run : paragraph.runs) {
            m_xml.writeStartElement(kW, QStringLiteral("r"));
            writeRunProperties(run, paragraph);
            writeText(run.text.normalized(QString::NormalizationForm_C));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        if (paragraph.ruleBelow.enabled)
            writeRule(paragraph, columnWidthMm);
    }

    /// A rule is a tiny empty paragraph with a top border, indented on both sides so the
    /// border is as long as the rule and centred in its column: what Word users do by hand
    /// when they do not draw a line shape, and it never drifts from its text.
    void writeRule(const Paragraph &paragraph, double columnWidthMm)
    {
        const double sideMm = detail::ruleSideMm(paragraph, m_page, columnWidthMm);
        m_xml.writeStartElement(kW, QStringLiteral("p"));
        m_xml.writeStartElement(kW, QStringLiteral("pPr"));
        m_xml.writeStartElement(kW, QStringLiteral("pBdr"));
        element(m_xml, w(u"top"),
                {{w(u"val"), QStringLiteral("single")},
                 {w(u"sz"), QStringLiteral("6")},
                 {w(u"space"), QStringLiteral("1")},
                 {w(u"color"), QStringLiteral("000000")}});
        m_xml.writeEndElement();
        element(m_xml, w(u"spacing"),
                {{w(u"before"), QString::number(qRound(paragraph.ruleBelow.gapPt * 20))},
                 {w(u"after"), QString::number(qRound(paragraph.spaceAfterPt * 20))},
                 {w(u"line"), QStringLiteral("20")},
                 {w(u"lineRule"), QStringLiteral("exact")}});
        element(m_xml, w(u"ind"), {{w(u"left"), twips(sideMm)}, {w(u"right"), twips(sideMm)}});
        m_xml.writeStartElement(kW, QStringLiteral("rPr"));
        element(m_xml, w(u"sz"), {{w(u"val"), QStringLiteral("2")}});
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // pPr
        m_xml.writeEndElement(); // p
    }

    void writeBorders(const QString &name, bool on, std::initializer_list<QStringView> sides)
    {
        m_xml.writeStartElement(kW, name);
        for (const QStringView side : sides) {
            if (on) {
                element(m_xml, w(side),
                        {{w(u"val"), QStringLiteral("single")},
                         {w(u"sz"), QStringLiteral("4")},
                         {w(u"space"), QStringLiteral("0")},
                         {w(u"color"), QStringLiteral("000000")}});
            } else {
                element(m_xml, w(side), {{w(u"val"), QStringLiteral("nil")}});
            }
        }
        m_xml.writeEndElement();
    }

    Result<void> writeTable(const RichTable &table)
    {
        auto grid = detail::layoutTable(table);
        if (!grid)
            return grid.error();
        double totalMm = 0;
        for (double width : table.columnWidthsMm)
            totalMm += width;

        m_xml.writeStartElement(kW, QStringLiteral("tbl"));
        m_xml.writeStartElement(kW, QStringLiteral("tblPr"));
        element(m_xml, w(u"tblW"),
                {{w(u"w"), twips(totalMm)}, {w(u"type"), QStringLiteral("dxa")}});
        writeBorders(QStringLiteral("tblBorders"), table.borders,
                     {u"top", u"left", u"bottom", u"right", u"insideH", u"insideV"});
        element(m_xml, w(u"tblLayout"), {{w(u"type"), QStringLiteral("fixed")}});
        m_xml.writeStartElement(kW, QStringLiteral("tblCellMar"));
        element(m_xml, w(u"left"),
                {{w(u"w"), twips(table.cellPaddingMm)}, {w(u"type"), QStringLiteral("dxa")}});
        element(m_xml, w(u"right"),
                {{w(u"w"), twips(table.cellPaddingMm)}, {w(u"type"), QStringLiteral("dxa")}});
        m_xml.writeEndElement();
        element(m_xml, w(u"tblLook"), {{w(u"val"), QStringLiteral("0000")}});
        m_xml.writeEndElement(); // tblPr

        m_xml.writeStartElement(kW, QStringLiteral("tblGrid"));
        for (double width : table.columnWidthsMm)
            element(m_xml, w(u"gridCol"), {{w(u"w"), twips(width)}});
        m_xml.writeEndElement();

        for (int row = 0; row < grid->rows; ++row) {
            m_xml.writeStartElement(kW, QStringLiteral("tr"));
            if (row < table.headerRows) {
                m_xml.writeStartElement(kW, QStringLiteral("trPr"));
                element(m_xml, w(u"tblHeader"));
                m_xml.writeEndElement();
            }
            for (int column = 0; column < grid->columns;) {
                const int index = grid->at(row, column);
                if (index < 0) {
                    writeCell(nullptr, table.columnWidthsMm[column], 1, QString());
                    ++column;
                    continue;
                }
                const detail::PlacedCell &placed = grid->cells[index];
                double widthMm = 0;
                for (int c = column; c < column + placed.columnSpan; ++c)
                    widthMm += table.columnWidthsMm[c];
                QString merge;
                if (placed.rowSpan > 1)
                    merge =
                        placed.row == row ? QStringLiteral("restart") : QStringLiteral("continue");
                writeCell(placed.row == row ? placed.cell : nullptr, widthMm, placed.columnSpan,
                          merge, table.cellPaddingMm);
                column += placed.columnSpan;
            }
            m_xml.writeEndElement(); // tr
        }
        m_xml.writeEndElement(); // tbl
        // Word joins two tables that touch; a paragraph after each keeps them apart and
        // carries the space below the table.
        m_xml.writeStartElement(kW, QStringLiteral("p"));
        m_xml.writeStartElement(kW, QStringLiteral("pPr"));
        element(m_xml, w(u"spacing"),
                {{w(u"before"), QStringLiteral("0")},
                 {w(u"after"), QStringLiteral("0")},
                 {w(u"line"), QString::number(qRound(std::max(1.0, table.spaceAfterPt) * 20))},
                 {w(u"lineRule"), QStringLiteral("exact")}});
        m_xml.writeStartElement(kW, QStringLiteral("rPr"));
        element(m_xml, w(u"sz"), {{w(u"val"), QStringLiteral("2")}});
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        return {};
    }

    void writeCell(const TableCell *cell, double widthMm, int columnSpan, const QString &merge,
                   double paddingMm = 0)
    {
        m_xml.writeStartElement(kW, QStringLiteral("tc"));
        m_xml.writeStartElement(kW, QStringLiteral("tcPr"));
        element(m_xml, w(u"tcW"), {{w(u"w"), twips(widthMm)}, {w(u"type"), QStringLiteral("dxa")}});
        if (columnSpan > 1)
            element(m_xml, w(u"gridSpan"), {{w(u"val"), QString::number(columnSpan)}});
        if (!merge.isEmpty())
            element(m_xml, w(u"vMerge"), {{w(u"val"), merge}});
        m_xml.writeEndElement();
        const double innerMm = std::max(1.0, widthMm - 2 * paddingMm);
        if (cell && !cell->paragraphs.isEmpty()) {
            for (const Paragraph &paragraph : cell->paragraphs)
                writeParagraph(paragraph, innerMm);
        } else {
            m_xml.writeEmptyElement(kW, QStringLiteral("p")); // every cell needs one
        }
        m_xml.writeEndElement();
    }

    void writeSection()
    {
        const bool landscape = m_page.orientation == Orientation::Landscape;
        m_xml.writeStartElement(kW, QStringLiteral("sectPr"));
        if (m_page.pageNumbers) {
            element(m_xml, w(u"headerReference"),
                    {{w(u"type"), QStringLiteral("default")},
                     {QStringLiteral("r:id"), QStringLiteral("rIdHeader")}});
            element(m_xml, w(u"headerReference"),
                    {{w(u"type"), QStringLiteral("first")},
                     {QStringLiteral("r:id"), QStringLiteral("rIdFirstHeader")}});
        }
        element(
            m_xml, w(u"pgSz"),
            {{w(u"w"), twips(m_page.pageWidthMm())},
             {w(u"h"), twips(m_page.pageHeightMm())},
             {w(u"orient"), landscape ? QStringLiteral("landscape") : QStringLiteral("portrait")}});
        element(m_xml, w(u"pgMar"),
                {{w(u"top"), twips(m_page.topMm)},
                 {w(u"right"), twips(m_page.rightMm)},
                 {w(u"bottom"), twips(m_page.bottomMm)},
                 {w(u"left"), twips(m_page.leftMm)},
                 {w(u"header"), twips(m_page.pageNumberFromTopMm)},
                 {w(u"footer"), twips(m_page.pageNumberFromTopMm)},
                 {w(u"gutter"), QStringLiteral("0")}});
        if (m_page.pageNumbers)
            element(m_xml, w(u"titlePg")); // page 1 takes the empty first-page header
        m_xml.writeEndElement();
    }

    const RichDocument &m_document;
    const PageSetup &m_page;
    QXmlStreamWriter m_xml;
};

/// A WordprocessingML part: the root element `root` around what `fill` writes.
template <typename Fill> QByteArray wordPart(const QString &root, Fill &&fill)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(kW, QStringLiteral("w"));
    xml.writeStartElement(kW, root);
    fill(xml);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

void writeHeader(QXmlStreamWriter &xml, const PageSetup &page, bool withNumber)
{
    xml.writeStartElement(kW, QStringLiteral("p"));
    xml.writeStartElement(kW, QStringLiteral("pPr"));
    element(xml, QStringLiteral("w:jc"), {{QStringLiteral("w:val"), QStringLiteral("center")}});
    xml.writeEndElement();
    if (withNumber) {
        const QString size = halfPoints(page.pageNumberSizePt);
        const auto run = [&](auto &&content) {
            xml.writeStartElement(kW, QStringLiteral("r"));
            xml.writeStartElement(kW, QStringLiteral("rPr"));
            element(xml, QStringLiteral("w:sz"), {{QStringLiteral("w:val"), size}});
            xml.writeEndElement();
            content();
            xml.writeEndElement();
        };
        const auto fieldChar = [&](const QString &type) {
            run([&] {
                element(xml, QStringLiteral("w:fldChar"),
                        {{QStringLiteral("w:fldCharType"), type}});
            });
        };
        fieldChar(QStringLiteral("begin"));
        run([&] {
            xml.writeStartElement(kW, QStringLiteral("instrText"));
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml.writeCharacters(QStringLiteral(" PAGE "));
            xml.writeEndElement();
        });
        fieldChar(QStringLiteral("separate"));
        run([&] { xml.writeTextElement(kW, QStringLiteral("t"), QStringLiteral("2")); });
        fieldChar(QStringLiteral("end"));
    }
    xml.writeEndElement(); // p
}

void writeStyles(QXmlStreamWriter &xml, const PageSetup &page)
{
    const QString size = halfPoints(page.fontSizePt);
    xml.writeStartElement(kW, QStringLiteral("docDefaults"));
    xml.writeStartElement(kW, QStringLiteral("rPrDefault"));
    xml.writeStartElement(kW, QStringLiteral("rPr"));
    element(xml, QStringLiteral("w:rFonts"),
            {{QStringLiteral("w:ascii"), page.fontFamily},
             {QStringLiteral("w:hAnsi"), page.fontFamily},
             {QStringLiteral("w:eastAsia"), page.fontFamily},
             {QStringLiteral("w:cs"), page.fontFamily}});
    element(xml, QStringLiteral("w:color"), {{QStringLiteral("w:val"), QStringLiteral("000000")}});
    element(xml, QStringLiteral("w:sz"), {{QStringLiteral("w:val"), size}});
    element(xml, QStringLiteral("w:szCs"), {{QStringLiteral("w:val"), size}});
    element(xml, QStringLiteral("w:lang"),
            {{QStringLiteral("w:val"), QStringLiteral("vi-VN")},
             {QStringLiteral("w:eastAsia"), QStringLiteral("vi-VN")},
             {QStringLiteral("w:bidi"), QStringLiteral("ar-SA")}});
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(kW, QStringLiteral("pPrDefault"));
    xml.writeStartElement(kW, QStringLiteral("pPr"));
    element(xml, QStringLiteral("w:spacing"),
            {{QStringLiteral("w:after"), QStringLiteral("0")},
             {QStringLiteral("w:line"), QStringLiteral("240")},
             {QStringLiteral("w:lineRule"), QStringLiteral("auto")}});
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // docDefaults

    const auto style = [&](const QString &type, const QString &id, const QString &name,
                           bool isDefault) {
        xml.writeStartElement(kW, QStringLiteral("style"));
        xml.writeAttribute(QStringLiteral("w:type"), type);
        if (isDefault)
            xml.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("w:styleId"), id);
        element(xml, QStringLiteral("w:name"), {{QStringLiteral("w:val"), name}});
        element(xml, QStringLiteral("w:qFormat"));
        xml.writeEndElement();
    };
    style(QStringLiteral("paragraph"), QStringLiteral("Normal"), QStringLiteral("Normal"), true);
    style(QStringLiteral("character"), QStringLiteral("DefaultParagraphFont"),
          QStringLiteral("Default Paragraph Font"), true);
    style(QStringLiteral("table"), QStringLiteral("TableNormal"), QStringLiteral("Normal Table"),
          true);
    style(QStringLiteral("paragraph"), QStringLiteral("Header"), QStringLiteral("header"), false);
}

QByteArray coreXml(const RichDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    const QString cp =
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(cp, QStringLiteral("cp"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeStartElement(cp, QStringLiteral("coreProperties"));
    xml.writeTextElement(dc, QStringLiteral("title"), document.title);
    xml.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Thuky"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray contentTypesXml(bool withHeaders)
{
    QByteArray xml = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
    if (withHeaders) {
        for (const char *part : {"/word/header1.xml", "/word/header2.xml"}) {
            xml += QByteArrayLiteral("<Override PartName=\"") + part +
                   QByteArrayLiteral("\" ContentType=\"application/"
                                     "vnd.openxmlformats-officedocument.wordprocessingml."
                                     "header+xml\"/>");
        }
    }
    return xml + QByteArrayLiteral("</Types>");
}

QByteArray documentRelsXml(bool withHeaders)
{
    const QByteArray base =
        QByteArrayLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    QByteArray xml = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    xml += "<Relationship Id=\"rIdStyles\" Type=\"" + base + "styles\" Target=\"styles.xml\"/>";
    xml +=
        "<Relationship Id=\"rIdSettings\" Type=\"" + base + "settings\" Target=\"settings.xml\"/>";
    if (withHeaders) {
        xml +=
            "<Relationship Id=\"rIdHeader\" Type=\"" + base + "header\" Target=\"header1.xml\"/>";
        xml += "<Relationship Id=\"rIdFirstHeader\" Type=\"" + base +
               "header\" Target=\"header2.xml\"/>";
    }
    return xml + QByteArrayLiteral("</Relationships>");
}

// Word 2013's layout rules (compatibilityMode 15): a table indent of 0 puts the table's
// border, not its text, on the margin, in Word and in LibreOffice alike.
const QByteArray kSettings = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:defaultTabStop w:val=\"720\"/>"
    "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
    "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
    "</w:settings>");

const QByteArray kPackageRels = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
    "core-properties\" Target=\"docProps/core.xml\"/>"
    "</Relationships>");

} // namespace

Result<QByteArray> writeDocx(const RichDocument &document)
{
    QByteArray body;
    DocumentXml writer(document, &body);
    THUKY_TRY(writer.write());

    const bool headers = document.page.pageNumbers;
    QList<std::pair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), contentTypesXml(headers)},
        {QStringLiteral("_rels/.rels"), kPackageRels},
        {QStringLiteral("docProps/core.xml"), coreXml(document)},
        {QStringLiteral("word/_rels/document.xml.rels"), documentRelsXml(headers)},
        {QStringLiteral("word/document.xml"), body},
        {QStringLiteral("word/styles.xml"),
         wordPart(QStringLiteral("styles"),
                  [&](QXmlStreamWriter &xml) { writeStyles(xml, document.page); })},
        {QStringLiteral("word/settings.xml"), kSettings},
    };
    if (headers) {
        for (const bool withNumber : {true, false}) {
            parts.append({withNumber ? QStringLiteral("word/header1.xml")
                                     : QStringLiteral("word/header2.xml"),
                          wordPart(QStringLiteral("hdr"), [&](QXmlStreamWriter &xml) {
                              writeHeader(xml, document.page, withNumber);
                          })});
        }
    }
    return detail::packZip(parts);
}

Result<void> writeDocxFile(const RichDocument &document, const QString &path)
{
    return detail::writeBytesFile(writeDocx(document), path);
}

} // namespace thuky::documents
