// writeOdt(): OpenDocument Text (ODF 1.3) written by hand, zipped by packZip() with its
// "mimetype" first and stored. The same blocks as writeDocx(): named paragraph styles in
// styles.xml, each paragraph's own look in an automatic style of content.xml.

#include "thuky/documents/rich_document.h"

#include "rich_support.h"
#include "xlsx_package.h"

#include <QHash>
#include <QXmlStreamWriter>

#include <cmath>

namespace thuky::documents {

namespace {

const QString kMimeType = QStringLiteral("application/vnd.oasis.opendocument.text");

const QList<std::pair<QString, QString>> kNamespaces{
    {QStringLiteral("office"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0")},
    {QStringLiteral("style"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0")},
    {QStringLiteral("text"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0")},
    {QStringLiteral("table"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0")},
    {QStringLiteral("fo"),
     QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")},
    {QStringLiteral("svg"),
     QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")},
    {QStringLiteral("dc"), QStringLiteral("http://purl.org/dc/elements/1.1/")},
    {QStringLiteral("meta"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0")},
};

// The named styles of styles.xml (the names LibreOffice gives its own built-in ones, so a
// user finds "Text body" and "Table Contents" where they expect them).
const QString kStandard = QStringLiteral("Standard");
const QString kBodyStyle = QStringLiteral("Text_20_body");
const QString kTableStyle = QStringLiteral("Table_20_Contents");
const QString kRuleStyle = QStringLiteral("Thuky_20_Rule");
const QString kHeaderStyle = QStringLiteral("Header");
const QString kFirstPage = QStringLiteral("First_20_Page");

/// A length in centimetres: "21cm", "2.97cm", as LibreOffice writes them.
QString cm(double mm)
{
    return QString::number(std::round(mm * 1000) / 10000, 'g', 8) + QStringLiteral("cm");
}

QString pt(double points)
{
    return QString::number(std::round(points * 100) / 100, 'g', 8) + QStringLiteral("pt");
}

QString alignment(Align align)
{
    switch (align) {
    case Align::Center:
        return QStringLiteral("center");
    case Align::Right:
        return QStringLiteral("end");
    case Align::Justify:
        return QStringLiteral("justify");
    case Align::Left:
        break;
    }
    return QStringLiteral("start");
}

void startRoot(QXmlStreamWriter &xml, const QString &root)
{
    xml.setAutoFormatting(false);
    xml.writeStartDocument(QStringLiteral("1.0"));
    xml.writeStartElement(root);
    for (const auto &[prefix, uri] : kNamespaces)
        xml.writeAttribute(QStringLiteral("xmlns:") + prefix, uri);
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
}

void attributes(QXmlStreamWriter &xml, std::initializer_list<std::pair<QString, QString>> list)
{
    for (const auto &[key, value] : list)
        xml.writeAttribute(key, value);
}

/// The text properties every size carries for Latin, Asian and complex scripts alike.
void fontSize(QXmlStreamWriter &xml, double sizePt)
{
    attributes(xml, {{QStringLiteral("fo:font-size"), pt(sizePt)},
                     {QStringLiteral("style:font-size-asian"), pt(sizePt)},
                     {QStringLiteral("style:font-size-complex"), pt(sizePt)}});
}

/// The automatic styles of content.xml, one per distinct look, named P1, T1, Tbl1… in the
/// order first used. A style's XML without its name is its key.
class AutomaticStyles
{
public:
    /// The name of the style `write` describes (style:family `family`), made on first use.
    template <typename Write>
    QString name(const QString &family, const QString &prefix, Write &&write)
    {
        const QString key = family + QLatin1Char('\n') + xmlOf(family, QString(), write);
        if (const auto it = m_names.constFind(key); it != m_names.cend())
            return *it;
        const QString styleName = prefix + QString::number(++m_counts[prefix]);
        m_names.insert(key, styleName);
        m_xml += xmlOf(family, styleName, write);
        return styleName;
    }

    const QString &xml() const { return m_xml; }

private:
    template <typename Write>
    static QString xmlOf(const QString &family, const QString &name, Write &write)
    {
        QString out;
        QXmlStreamWriter xml(&out);
        xml.writeStartElement(QStringLiteral("style:style"));
        xml.writeAttribute(QStringLiteral("style:name"), name);
        xml.writeAttribute(QStringLiteral("style:family"), family);
        write(xml);
        xml.writeEndElement();
        return out;
    }

    QHash<QString, QString> m_names;
    QHash<QString, int> m_counts;
    QString m_xml;
};

class ContentXml
{
public:
    explicit ContentXml(const RichDocument &document)
        : m_document(document), m_page(document.page), m_xml(&m_body)
    {
    }

    Result<QByteArray> write()
    {
        // The first block opens the first page, which carries no page number.
        m_master = m_page.pageNumbers ? kFirstPage : QString();
        for (const Block &block : m_document.blocks) {
            if (const auto *paragraph = std::get_if<Paragraph>(&block)) {
                writeParagraph(*paragraph, m_page.textWidthMm(), false);
            } else if (const auto *table = std::get_if<RichTable>(&block)) {
                THUKY_TRY(writeTable(*table));
            } else {
                const QString style = m_styles.name(
                    QStringLiteral("paragraph"), QStringLiteral("P"), [&](QXmlStreamWriter &xml) {
                        xml.writeAttribute(QStringLiteral("style:parent-style-name"), kStandard);
                        xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
                        xml.writeAttribute(QStringLiteral("fo:break-before"),
                                           QStringLiteral("page"));
                    });
                emptyParagraph(style);
            }
        }
        if (m_document.blocks.isEmpty())
            writeParagraph(Paragraph{}, m_page.textWidthMm(), false);

        // The automatic styles come before the body they serve, which names them first:
        // both are written apart, then put in place of two markers.
        QByteArray out;
        QXmlStreamWriter xml(&out);
        startRoot(xml, QStringLiteral("office:document-content"));
        xml.writeStartElement(QStringLiteral("office:automatic-styles"));
        xml.writeComment(QStringLiteral("styles"));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("office:body"));
        xml.writeStartElement(QStringLiteral("office:text"));
        xml.writeComment(QStringLiteral("body"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        out.replace(QByteArrayLiteral("<!--styles-->"), m_styles.xml().toUtf8());
        out.replace(QByteArrayLiteral("<!--body-->"), m_body.toUtf8());
        return out;
    }

private:
    /// An empty paragraph of `style`, closed at once: the body is read as it stands when the
    /// last block is written, so no start tag may be left open for a later write to close.
    void emptyParagraph(const QString &style)
    {
        m_xml.writeStartElement(QStringLiteral("text:p"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), style);
        m_xml.writeEndElement();
    }

    /// The master page the next block must name (the first page's), once.
    QString takeMaster() { return std::exchange(m_master, QString()); }

    QString paragraphStyle(const Paragraph &paragraph, bool inTable)
    {
        const QString master = takeMaster();
        const double size = paragraph.sizePt > 0 ? paragraph.sizePt : m_page.fontSizePt;
        const bool rule = paragraph.ruleBelow.enabled;
        const QString parent = inTable                             ? kTableStyle
                               : paragraph.align == Align::Justify ? kBodyStyle
                                                                   : kStandard;
        return m_styles.name(
            QStringLiteral("paragraph"), QStringLiteral("P"), [&](QXmlStreamWriter &xml) {
                xml.writeAttribute(QStringLiteral("style:parent-style-name"), parent);
                if (!master.isEmpty())
                    xml.writeAttribute(QStringLiteral("style:master-page-name"), master);
                xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
                attributes(
                    xml,
                    {{QStringLiteral("fo:text-align"), alignment(paragraph.align)},
                     {QStringLiteral("fo:margin-left"), cm(paragraph.leftIndentMm)},
                     {QStringLiteral("fo:margin-right"), cm(0)},
                     {QStringLiteral("fo:text-indent"), cm(paragraph.firstLineIndentMm)},
                     {QStringLiteral("fo:margin-top"), pt(paragraph.spaceBeforePt)},
                     // The space after a paragraph with a rule goes below the rule.
                     {QStringLiteral("fo:margin-bottom"), pt(rule ? 0 : paragraph.spaceAfterPt)},
                     {QStringLiteral("fo:line-height"),
                      QString::number(qRound(paragraph.lineSpacing * 100)) + u'%'}});
                if (paragraph.keepWithNext || rule)
                    xml.writeAttribute(QStringLiteral("fo:keep-with-next"),
                                       QStringLiteral("always"));
                if (!master.isEmpty())
                    xml.writeAttribute(QStringLiteral("style:page-number"), QStringLiteral("1"));
                xml.writeEmptyElement(QStringLiteral("style:text-properties"));
                fontSize(xml, size);
            });
    }

    QString textStyle(const TextRun &run, const Paragraph &paragraph)
    {
        const double size = detail::runSize(run, paragraph, m_page);
        const double paragraphSize = paragraph.sizePt > 0 ? paragraph.sizePt : m_page.fontSizePt;
        if (!run.bold && !run.italic && !run.underline && size == paragraphSize)
            return {};
        return m_styles.name(
            QStringLiteral("text"), QStringLiteral("T"), [&](QXmlStreamWriter &xml) {
                xml.writeEmptyElement(QStringLiteral("style:text-properties"));
                if (size != paragraphSize)
                    fontSize(xml, size);
                for (const char *suffix :
                     {"fo:font-weight", "style:font-weight-asian", "style:font-weight-complex"}) {
                    if (run.bold)
                        xml.writeAttribute(QString::fromLatin1(suffix), QStringLiteral("bold"));
                }
                for (const char *suffix :
                     {"fo:font-style", "style:font-style-asian", "style:font-style-complex"}) {
                    if (run.italic)
                        xml.writeAttribute(QString::fromLatin1(suffix), QStringLiteral("italic"));
                }
                if (run.underline) {
                    attributes(
                        xml,
                        {{QStringLiteral("style:text-underline-style"), QStringLiteral("solid")},
                         {QStringLiteral("style:text-underline-width"), QStringLiteral("auto")},
                         {QStringLiteral("style:text-underline-color"),
                          QStringLiteral("font-color")}});
                }
            });
    }

    /// Text with its line breaks, tabs and runs of spaces as ODF elements (XML white space
    /// would collapse them); characters XML 1.0 cannot carry are left out.
    void writeText(const QString &text)
    {
        QString pending;
        const auto flush = [&] {
            if (!pending.isEmpty())
                m_xml.writeCharacters(pending);
            pending.clear();
        };
        int spaces = 0;
        const auto flushSpaces = [&] {
            if (spaces == 0)
                return;
            // A single space between words stays a character; a leading one or a run of
            // several is <text:s text:c="n"/>.
            int count = spaces;
            spaces = 0;
            if (!m_lineStart) {
                pending += u' ';
                --count;
            }
            if (count > 0) {
                flush();
                m_xml.writeEmptyElement(QStringLiteral("text:s"));
                if (count > 1)
                    m_xml.writeAttribute(QStringLiteral("text:c"), QString::number(count));
            }
            m_lineStart = false;
        };
        for (const QChar ch : text) {
            if (ch == u' ') {
                ++spaces;
                continue;
            }
            flushSpaces();
            if (ch == u'\n' || ch == u'\t') {
                flush();
                m_xml.writeEmptyElement(ch == u'\n' ? QStringLiteral("text:line-break")
                                                    : QStringLiteral("text:tab"));
                m_lineStart = true;
            } else if (ch.unicode() >= 0x20) {
                pending += ch;
                m_lineStart = false;
            }
        }
        flushSpaces();
        flush();
    }

    void writeParagraph(const Paragraph &paragraph, double columnWidthMm, bool inTable)
    {
        m_xml.writeStartElement(QStringLiteral("text:p"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle(paragraph, inTable));
        m_lineStart = true;
        for (const TextRun &run : paragraph.runs) {
            const QString style = textStyle(run, paragraph);
            if (!style.isEmpty()) {
                m_xml.writeStartElement(QStringLiteral("text:span"));
                m_xml.writeAttribute(QStringLiteral("text:style-name"), style);
            }
            writeText(run.text.normalized(QString::NormalizationForm_C));
            if (!style.isEmpty())
                m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        if (paragraph.ruleBelow.enabled)
            writeRule(paragraph, columnWidthMm);
    }

    /// A rule is a tiny empty paragraph with a top border, indented on both sides so the
    /// border is as long as the rule and centred in its column, as in the DOCX.
    void writeRule(const Paragraph &paragraph, double columnWidthMm)
    {
        const double sideMm = detail::ruleSideMm(paragraph, m_page, columnWidthMm);
        const QString style = m_styles.name(
            QStringLiteral("paragraph"), QStringLiteral("P"), [&](QXmlStreamWriter &xml) {
                xml.writeAttribute(QStringLiteral("style:parent-style-name"), kRuleStyle);
                xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
                attributes(xml, {{QStringLiteral("fo:margin-left"), cm(sideMm)},
                                 {QStringLiteral("fo:margin-right"), cm(sideMm)},
                                 {QStringLiteral("fo:margin-top"), pt(paragraph.ruleBelow.gapPt)},
                                 {QStringLiteral("fo:margin-bottom"), pt(paragraph.spaceAfterPt)}});
            });
        emptyParagraph(style);
    }

    Result<void> writeTable(const RichTable &table)
    {
        auto grid = detail::layoutTable(table);
        if (!grid)
            return grid.error();
        double totalMm = 0;
        for (double width : table.columnWidthsMm)
            totalMm += width;
        const QString master = takeMaster();
        const QString tableStyle = m_styles.name(
            QStringLiteral("table"), QStringLiteral("Tbl"), [&](QXmlStreamWriter &xml) {
                if (!master.isEmpty())
                    xml.writeAttribute(QStringLiteral("style:master-page-name"), master);
                xml.writeEmptyElement(QStringLiteral("style:table-properties"));
                attributes(xml, {{QStringLiteral("style:width"), cm(totalMm)},
                                 {QStringLiteral("table:align"), QStringLiteral("left")},
                                 {QStringLiteral("fo:margin-left"), cm(0)},
                                 {QStringLiteral("fo:margin-top"), cm(0)},
                                 {QStringLiteral("fo:margin-bottom"), cm(0)}});
                if (!master.isEmpty())
                    xml.writeAttribute(QStringLiteral("style:page-number"), QStringLiteral("1"));
            });
        const QString cellStyle = m_styles.name(
            QStringLiteral("table-cell"), QStringLiteral("Cell"), [&](QXmlStreamWriter &xml) {
                xml.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
                attributes(xml, {{QStringLiteral("fo:padding-left"), cm(table.cellPaddingMm)},
                                 {QStringLiteral("fo:padding-right"), cm(table.cellPaddingMm)},
                                 {QStringLiteral("fo:padding-top"), cm(0)},
                                 {QStringLiteral("fo:padding-bottom"), cm(0)},
                                 {QStringLiteral("fo:border"),
                                  table.borders ? QStringLiteral("0.5pt solid #000000")
                                                : QStringLiteral("none")}});
            });

        m_xml.writeStartElement(QStringLiteral("table:table"));
        m_xml.writeAttribute(QStringLiteral("table:name"),
                             QStringLiteral("Table") + QString::number(++m_tables));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), tableStyle);
        for (double width : table.columnWidthsMm) {
            const QString columnStyle = m_styles.name(
                QStringLiteral("table-column"), QStringLiteral("Col"), [&](QXmlStreamWriter &xml) {
                    xml.writeEmptyElement(QStringLiteral("style:table-column-properties"));
                    xml.writeAttribute(QStringLiteral("style:column-width"), cm(width));
                });
            m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
            m_xml.writeAttribute(QStringLiteral("table:style-name"), columnStyle);
        }
        const int headerRows = std::clamp(table.headerRows, 0, grid->rows);
        if (headerRows > 0)
            m_xml.writeStartElement(QStringLiteral("table:table-header-rows"));
        for (int row = 0; row < grid->rows; ++row) {
            if (row == headerRows && headerRows > 0)
                m_xml.writeEndElement(); // table-header-rows
            m_xml.writeStartElement(QStringLiteral("table:table-row"));
            for (int column = 0; column < grid->columns; ++column) {
                const int index = grid->at(row, column);
                const detail::PlacedCell *placed = index < 0 ? nullptr : &grid->cells[index];
                if (placed && (placed->row != row || placed->column != column)) {
                    // Every slot a span covers holds a covered cell.
                    m_xml.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
                    continue;
                }
                m_xml.writeStartElement(QStringLiteral("table:table-cell"));
                m_xml.writeAttribute(QStringLiteral("table:style-name"), cellStyle);
                m_xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
                double widthMm = table.columnWidthsMm[column];
                if (placed) {
                    if (placed->columnSpan > 1)
                        m_xml.writeAttribute(QStringLiteral("table:number-columns-spanned"),
                                             QString::number(placed->columnSpan));
                    if (placed->rowSpan > 1)
                        m_xml.writeAttribute(QStringLiteral("table:number-rows-spanned"),
                                             QString::number(placed->rowSpan));
                    for (int c = column + 1; c < column + placed->columnSpan; ++c)
                        widthMm += table.columnWidthsMm[c];
                }
                const double innerMm = std::max(1.0, widthMm - 2 * table.cellPaddingMm);
                if (placed && !placed->cell->paragraphs.isEmpty()) {
                    for (const Paragraph &paragraph : placed->cell->paragraphs)
                        writeParagraph(paragraph, innerMm, true);
                } else {
                    writeParagraph(Paragraph{}, innerMm, true);
                }
                m_xml.writeEndElement(); // table-cell
            }
            m_xml.writeEndElement(); // table-row
        }
        if (headerRows > 0 && headerRows == grid->rows)
            m_xml.writeEndElement(); // table-header-rows
        m_xml.writeEndElement();     // table
        // As in the DOCX: a paragraph as high as the space below the table (1 pt at least)
        // keeps two tables apart and ends a document that ends with a table, where
        // LibreOffice would otherwise add a full-size empty line (and maybe a page).
        const QString spacer = m_styles.name(
            QStringLiteral("paragraph"), QStringLiteral("P"), [&](QXmlStreamWriter &xml) {
                xml.writeAttribute(QStringLiteral("style:parent-style-name"), kStandard);
                xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
                attributes(xml, {{QStringLiteral("fo:margin-top"), cm(0)},
                                 {QStringLiteral("fo:margin-bottom"), cm(0)},
                                 {QStringLiteral("fo:line-height"),
                                  pt(std::max(1.0, table.spaceAfterPt))}});
                xml.writeEmptyElement(QStringLiteral("style:text-properties"));
                fontSize(xml, 1);
            });
        emptyParagraph(spacer);
        return {};
    }

    const RichDocument &m_document;
    const PageSetup &m_page;
    QString m_body;
    QXmlStreamWriter m_xml;
    AutomaticStyles m_styles;
    QString m_master;
    bool m_lineStart = true;
    int m_tables = 0;
};

QByteArray stylesXml(const PageSetup &page)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startRoot(xml, QStringLiteral("office:document-styles"));

    // Times New Roman where installed; LibreOffice puts its metric twin in its place where
    // it is not, and the fallback is declared for the user to pick.
    xml.writeStartElement(QStringLiteral("office:font-face-decls"));
    for (const QString &family : {page.fontFamily, page.fallbackFamily}) {
        xml.writeEmptyElement(QStringLiteral("style:font-face"));
        attributes(xml, {{QStringLiteral("style:name"), family},
                         {QStringLiteral("svg:font-family"), u'\'' + family + u'\''},
                         {QStringLiteral("style:font-family-generic"), QStringLiteral("roman")},
                         {QStringLiteral("style:font-pitch"), QStringLiteral("variable")}});
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("office:styles"));
    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    attributes(xml, {{QStringLiteral("style:writing-mode"), QStringLiteral("lr-tb")},
                     {QStringLiteral("style:tab-stop-distance"), cm(12.7)}});
    xml.writeEmptyElement(QStringLiteral("style:text-properties"));
    attributes(xml, {{QStringLiteral("style:font-name"), page.fontFamily},
                     {QStringLiteral("style:font-name-asian"), page.fontFamily},
                     {QStringLiteral("style:font-name-complex"), page.fontFamily},
                     {QStringLiteral("fo:color"), QStringLiteral("#000000")},
                     {QStringLiteral("fo:language"), QStringLiteral("vi")},
                     {QStringLiteral("fo:country"), QStringLiteral("VN")},
                     {QStringLiteral("fo:hyphenate"), QStringLiteral("false")}});
    fontSize(xml, page.fontSizePt);
    xml.writeEndElement(); // default-style

    const auto named = [&](const QString &name, const QString &display, const QString &parent,
                           const QString &styleClass, auto &&properties) {
        xml.writeStartElement(QStringLiteral("style:style"));
        attributes(xml, {{QStringLiteral("style:name"), name},
                         {QStringLiteral("style:display-name"), display},
                         {QStringLiteral("style:family"), QStringLiteral("paragraph")}});
        if (!parent.isEmpty())
            xml.writeAttribute(QStringLiteral("style:parent-style-name"), parent);
        xml.writeAttribute(QStringLiteral("style:class"), styleClass);
        properties();
        xml.writeEndElement();
    };
    named(kStandard, QStringLiteral("Standard"), QString(), QStringLiteral("text"), [&] {
        xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        attributes(xml, {{QStringLiteral("fo:margin-top"), cm(0)},
                         {QStringLiteral("fo:margin-bottom"), cm(0)},
                         {QStringLiteral("fo:line-height"), QStringLiteral("100%")}});
    });
    // The Decree 30 body: justified, first line indented 1.27 cm, 6 pt after.
    named(kBodyStyle, QStringLiteral("Text body"), kStandard, QStringLiteral("text"), [&] {
        xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        attributes(xml, {{QStringLiteral("fo:text-align"), QStringLiteral("justify")},
                         {QStringLiteral("fo:text-indent"), cm(12.7)},
                         {QStringLiteral("fo:margin-bottom"), pt(6)}});
    });
    named(kTableStyle, QStringLiteral("Table Contents"), kStandard, QStringLiteral("extra"), [] {});
    // The short rules under the issuing body, the motto and the subject.
    named(kRuleStyle, QStringLiteral("Thuky Rule"), kStandard, QStringLiteral("extra"), [&] {
        xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        attributes(xml, {{QStringLiteral("fo:line-height"), pt(1)},
                         {QStringLiteral("fo:border-top"), QStringLiteral("0.75pt solid #000000")},
                         {QStringLiteral("fo:border-bottom"), QStringLiteral("none")},
                         {QStringLiteral("fo:border-left"), QStringLiteral("none")},
                         {QStringLiteral("fo:border-right"), QStringLiteral("none")},
                         {QStringLiteral("fo:padding"), cm(0)},
                         {QStringLiteral("style:join-border"), QStringLiteral("false")},
                         {QStringLiteral("fo:keep-with-next"), QStringLiteral("auto")}});
        xml.writeEmptyElement(QStringLiteral("style:text-properties"));
        fontSize(xml, 1);
    });
    named(kHeaderStyle, QStringLiteral("Header"), kStandard, QStringLiteral("extra"), [&] {
        xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        xml.writeAttribute(QStringLiteral("fo:text-align"), QStringLiteral("center"));
        xml.writeEmptyElement(QStringLiteral("style:text-properties"));
        fontSize(xml, page.pageNumberSizePt);
    });
    xml.writeEndElement(); // office:styles

    // Two page layouts: the pages with a number in the top margin, and the first page
    // (or every page, without numbers) with its plain top margin.
    const bool landscape = page.orientation == Orientation::Landscape;
    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    const auto layout = [&](const QString &name, bool withHeader) {
        xml.writeStartElement(QStringLiteral("style:page-layout"));
        xml.writeAttribute(QStringLiteral("style:name"), name);
        xml.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
        attributes(xml, {{QStringLiteral("fo:page-width"), cm(page.pageWidthMm())},
                         {QStringLiteral("fo:page-height"), cm(page.pageHeightMm())},
                         {QStringLiteral("style:print-orientation"),
                          landscape ? QStringLiteral("landscape") : QStringLiteral("portrait")},
                         {QStringLiteral("fo:margin-top"),
                          cm(withHeader ? page.pageNumberFromTopMm : page.topMm)},
                         {QStringLiteral("fo:margin-bottom"), cm(page.bottomMm)},
                         {QStringLiteral("fo:margin-left"), cm(page.leftMm)},
                         {QStringLiteral("fo:margin-right"), cm(page.rightMm)},
                         {QStringLiteral("style:writing-mode"), QStringLiteral("lr-tb")}});
        if (withHeader) {
            // The header fills the top margin below the number's line, so the text starts
            // exactly at the top margin on every page.
            xml.writeStartElement(QStringLiteral("style:header-style"));
            xml.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
            const double headerMm = std::max(1.0, page.topMm - page.pageNumberFromTopMm);
            attributes(xml, {{QStringLiteral("svg:height"), cm(headerMm)},
                             {QStringLiteral("fo:margin-left"), cm(0)},
                             {QStringLiteral("fo:margin-right"), cm(0)},
                             {QStringLiteral("fo:margin-bottom"), cm(headerMm / 2)},
                             {QStringLiteral("style:dynamic-spacing"), QStringLiteral("false")}});
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    layout(QStringLiteral("pm1"), page.pageNumbers);
    if (page.pageNumbers)
        layout(QStringLiteral("pm2"), false);
    xml.writeEndElement(); // office:automatic-styles

    xml.writeStartElement(QStringLiteral("office:master-styles"));
    xml.writeStartElement(QStringLiteral("style:master-page"));
    attributes(xml, {{QStringLiteral("style:name"), kStandard},
                     {QStringLiteral("style:page-layout-name"), QStringLiteral("pm1")}});
    if (page.pageNumbers) {
        xml.writeStartElement(QStringLiteral("style:header"));
        xml.writeStartElement(QStringLiteral("text:p"));
        xml.writeAttribute(QStringLiteral("text:style-name"), kHeaderStyle);
        xml.writeStartElement(QStringLiteral("text:page-number"));
        xml.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
        xml.writeCharacters(QStringLiteral("2"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // master-page
    if (page.pageNumbers) {
        // The first page: no header, then the numbered pages.
        xml.writeEmptyElement(QStringLiteral("style:master-page"));
        attributes(xml, {{QStringLiteral("style:name"), kFirstPage},
                         {QStringLiteral("style:display-name"), QStringLiteral("First Page")},
                         {QStringLiteral("style:page-layout-name"), QStringLiteral("pm2")},
                         {QStringLiteral("style:next-style-name"), kStandard}});
    }
    xml.writeEndElement(); // office:master-styles
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray metaXml(const RichDocument &document)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startRoot(xml, QStringLiteral("office:document-meta"));
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Thuky"));
    xml.writeTextElement(QStringLiteral("dc:title"), document.title);
    xml.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("vi-VN"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray manifestXml()
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"));
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    attributes(xml, {{QStringLiteral("xmlns:manifest"),
                      QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")},
                     {QStringLiteral("manifest:version"), QStringLiteral("1.3")}});
    const auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        if (path == u"/")
            xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    entry(QStringLiteral("/"), kMimeType);
    for (const char *part : {"content.xml", "styles.xml", "meta.xml"})
        entry(QString::fromLatin1(part), QStringLiteral("text/xml"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

Result<QByteArray> writeOdt(const RichDocument &document)
{
    ContentXml content(document);
    auto body = content.write();
    if (!body)
        return body.error();
    const QString mimetype = QStringLiteral("mimetype");
    return detail::packZip({{mimetype, kMimeType.toLatin1()},
                            {QStringLiteral("META-INF/manifest.xml"), manifestXml()},
                            {QStringLiteral("content.xml"), *body},
                            {QStringLiteral("styles.xml"), stylesXml(document.page)},
                            {QStringLiteral("meta.xml"), metaXml(document)}},
                           {mimetype});
}

Result<void> writeOdtFile(const RichDocument &document, const QString &path)
{
    return detail::writeBytesFile(writeOdt(document), path);
}

} // namespace thuky::documents
