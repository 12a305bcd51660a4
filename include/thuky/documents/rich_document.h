#pragma once
// RichDocument: the page, paragraphs, tables and rules of a document Thuky prints (a
// conclusion notice, a meeting programme, a reminder list), written to DOCX by writeDocx()
// and to PDF by writePdf(). Plain values: build one, hand it to a writer.

#include "thuky/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace thuky::documents {

enum class Orientation
{
    Portrait,
    Landscape
};
enum class Align
{
    Left,
    Center,
    Right,
    Justify
};

/// A4 always (Decree 30/2020); the defaults are its margins and font.
struct PageSetup
{
    Orientation orientation = Orientation::Portrait;
    double topMm = 20;
    double bottomMm = 20;
    double leftMm = 30;
    double rightMm = 15;
    /// The page number sits centred in the top margin, this far from the top edge (its
    /// baseline a line below), from page 2 on; page 1 carries none.
    bool pageNumbers = true;
    double pageNumberFromTopMm = 10;
    double pageNumberSizePt = 13;
    /// Times New Roman where installed; its metric twin Liberation Serif elsewhere.
    QString fontFamily = QStringLiteral("Times New Roman");
    QString fallbackFamily = QStringLiteral("Liberation Serif");
    double fontSizePt = 14; ///< the size of a run that names none

    double pageWidthMm() const { return orientation == Orientation::Portrait ? 210 : 297; }
    double pageHeightMm() const { return orientation == Orientation::Portrait ? 297 : 210; }
    /// The width between the left and right margins.
    double textWidthMm() const { return pageWidthMm() - leftMm - rightMm; }
};

/// A stretch of text with one look. A line break inside `text` ('\n') stays a line break
/// within the paragraph.
struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    double sizePt = 0; ///< 0: the paragraph's size
};

/// A short rule centred under a paragraph (under the issuing body, the motto and the
/// subject of a Decree 30 document).
struct Rule
{
    bool enabled = false;
    /// The rule's length; 0 makes it as long as the paragraph's text (its longest line).
    double widthMm = 0;
    double gapPt = 2; ///< between the text and the rule
};

struct Paragraph
{
    QList<TextRun> runs;
    Align align = Align::Left;
    double sizePt = 0; ///< 0: the page setup's size; a run may name its own
    double firstLineIndentMm = 0;
    double leftIndentMm = 0;
    double spaceBeforePt = 0;
    double spaceAfterPt = 0;
    double lineSpacing = 1.0; ///< a multiple of single spacing (1 to 1.5 in Decree 30)
    bool keepWithNext = false;
    Rule ruleBelow;

    /// A paragraph of one run.
    static Paragraph plain(const QString &text, Align align = Align::Left, bool bold = false,
                           double sizePt = 0);
    /// The text of all runs joined.
    QString text() const;
};

/// A table cell; a cell covered by another's span is left out of its row (as in HTML).
struct TableCell
{
    QList<Paragraph> paragraphs; ///< empty: an empty cell
    int columnSpan = 1;
    int rowSpan = 1;
};

struct TableRow
{
    QList<TableCell> cells;
};

struct RichTable
{
    QList<double> columnWidthsMm; ///< one per column; they set the column count
    QList<TableRow> rows;
    /// The first this many rows repeat at the top of every page the table runs onto.
    int headerRows = 0;
    bool borders = true;
    double cellPaddingMm = 1.5; ///< left and right inside each cell
    double spaceAfterPt = 0;    ///< below the table
};

struct PageBreak
{
};

using Block = std::variant<Paragraph, RichTable, PageBreak>;

/// A whole document: its page setup and its blocks, top to bottom.
struct RichDocument
{
    PageSetup page;
    QString title; ///< the file's title (document properties), not printed
    QList<Block> blocks;

    Paragraph &addParagraph(Paragraph paragraph);
    RichTable &addTable(RichTable table);
    void addPageBreak();
};

/// The document as a .docx file (WordprocessingML, ECMA-376): Word styles with the page
/// setup's font, A4 with its margins, a header holding a PAGE field from page 2 on (a first
/// page without one), tables with fixed column widths and repeated header rows. Error
/// (InvalidInput) only for a table whose spans do not fit its columns.
Result<QByteArray> writeDocx(const RichDocument &document);
/// writeDocx() to `path`, all or nothing (writeFileAtomically()): Io on failure.
Result<void> writeDocxFile(const RichDocument &document, const QString &path);

/// The document as OpenDocument Text (.odt, ODF 1.3): "mimetype" first and stored, a
/// manifest, named paragraph styles (Standard, Text body, Table Contents, Header) with the
/// page setup's font, A4 with its margins, a header holding the page number from page 2 on
/// (page 1 on a master page without one), the same tables and rules as writeDocx(). Same
/// table errors as writeDocx().
Result<QByteArray> writeOdt(const RichDocument &document);
/// writeOdt() to `path`, all or nothing.
Result<void> writeOdtFile(const RichDocument &document, const QString &path);

/// The document as PDF through QTextDocument and QPdfWriter: A4 with exactly the set
/// margins, fonts embedded, page numbers centred at the top from page 2.
/// Needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is enough): without one, an Io
/// Error that says so comes back and nothing is drawn. Same table errors as
/// writeDocx().
Result<QByteArray> writePdf(const RichDocument &document);
/// writePdf() to `path`, all or nothing.
Result<void> writePdfFile(const RichDocument &document, const QString &path);

/// The formats a RichDocument is written in.
enum class DocumentFormat
{
    Docx,
    Odt,
    Pdf
};
/// The format a file name's suffix asks for (.docx, .odt, .pdf, in any case); none for others.
std::optional<DocumentFormat> documentFormatOf(const QString &path);
/// writeDocxFile(), writeOdtFile() or writePdfFile() as `format` says.
Result<void> writeDocumentFile(const RichDocument &document, DocumentFormat format,
                               const QString &path);

} // namespace thuky::documents
