// PagedDocument: the RichDocument laid out by QTextDocument on pages of exactly the set text
// area (what writePdf() draws page by page on a QPdfWriter); the page numbers and the short
// rules are drawn by hand, so margins, rules and numbers land where Decree 30 puts them.

#include "thuky/documents/paged_document.h"

#include "rich_support.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QScopeGuard>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace thuky::documents {

namespace {

constexpr double kRuleRoomPt = 1.5; // below the rule, before what follows

struct RuleMark
{
    QTextBlock text;   ///< the paragraph the rule is under
    QTextBlock spacer; ///< the thin block below it that holds the rule
    Rule rule;
};

class PdfLayout
{
public:
    PdfLayout(const PageSetup &page, double dpi) : m_page(page), m_dpi(dpi) {}

    /// Device pixels, for what QTextDocumentLayout takes as they are: indents, left margins,
    /// and for drawing by hand.
    double mm(double value) const { return value / 25.4 * m_dpi; }
    double pt(double value) const { return value / 72.0 * m_dpi; }
    /// Pixels at 96 dpi, for what QTextDocumentLayout scales to the device itself: block top
    /// and bottom margins, and the table's own lengths (widths, border, margins).
    static double mmScaled(double value) { return value / 25.4 * 96; }
    static double ptScaled(double value) { return value / 72.0 * 96; }

    QStringList families() const { return {m_page.fontFamily, m_page.fallbackFamily}; }

    Result<void> build(QTextDocument &document, const QList<Block> &blocks)
    {
        QTextCursor cursor(&document);
        // One edit block: the layout runs once at the end instead of after every insert and
        // every cell format, which made a table of a hundred rows take minutes.
        cursor.beginEditBlock();
        const auto endEdit = qScopeGuard([&cursor] { cursor.endEditBlock(); });
        bool fresh = true; // the cursor's block is empty and waits for a paragraph
        bool breakBefore = false;
        double spaceAbove = 0; // the space after the paragraph before a table
        for (const Block &block : blocks) {
            if (const auto *paragraph = std::get_if<Paragraph>(&block)) {
                insertParagraph(cursor, *paragraph, fresh, breakBefore);
                fresh = false;
                breakBefore = false;
                spaceAbove = paragraph->spaceAfterPt;
            } else if (const auto *table = std::get_if<RichTable>(&block)) {
                if (!fresh)
                    cursor.insertBlock();
                QTextBlockFormat format = tinyBlock();
                if (breakBefore)
                    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
                THUKY_TRY(insertTable(cursor, *table, spaceAbove));
                spaceAbove = 0; // the table's bottom margin keeps its own space
                cursor.movePosition(QTextCursor::End);
                cursor.setBlockFormat(tinyBlock());
                fresh = true;
                breakBefore = false;
            } else {
                breakBefore = true;
            }
        }
        return {};
    }

    const QList<RuleMark> &rules() const { return m_rules; }

private:
    /// The empty block QTextDocument keeps around a table: as thin as it can be.
    QTextBlockFormat tinyBlock() const
    {
        QTextBlockFormat format;
        format.setLineHeight(ptScaled(1), QTextBlockFormat::FixedHeight);
        return format;
    }

    QTextCharFormat charFormat(const TextRun &run, const Paragraph &paragraph) const
    {
        QTextCharFormat format;
        format.setFontFamilies(families());
        format.setFontPointSize(detail::runSize(run, paragraph, m_page));
        format.setFontWeight(run.bold ? QFont::Bold : QFont::Normal);
        format.setFontItalic(run.italic);
        format.setFontUnderline(run.underline);
        format.setForeground(Qt::black);
        return format;
    }

    void insertParagraph(QTextCursor &cursor, const Paragraph &paragraph, bool fresh,
                         bool breakBefore)
    {
        QTextBlockFormat format;
        switch (paragraph.align) {
        case Align::Left:
            format.setAlignment(Qt::AlignLeft);
            break;
        case Align::Center:
            format.setAlignment(Qt::AlignHCenter);
            break;
        case Align::Right:
            format.setAlignment(Qt::AlignRight);
            break;
        case Align::Justify:
            format.setAlignment(Qt::AlignJustify);
            break;
        }
        format.setTextIndent(mm(paragraph.firstLineIndentMm));
        format.setLeftMargin(mm(paragraph.leftIndentMm));
        format.setTopMargin(ptScaled(paragraph.spaceBeforePt));
        format.setBottomMargin(ptScaled(paragraph.ruleBelow.enabled ? 0 : paragraph.spaceAfterPt));
        format.setLineHeight(paragraph.lineSpacing * 100, QTextBlockFormat::ProportionalHeight);
        if (breakBefore)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        // The block's own character format sets the height of an empty paragraph.
        const QTextCharFormat blockChars = charFormat(TextRun{}, paragraph);
        if (fresh) {
            cursor.setBlockFormat(format);
            // Merged, not set: in a table cell this format also holds the cell's own (its
            // spans and paddings).
            cursor.mergeBlockCharFormat(blockChars);
        } else {
            cursor.insertBlock(format, blockChars);
        }
        for (const TextRun &run : paragraph.runs) {
            QString text = run.text.normalized(QString::NormalizationForm_C);
            text.replace(u'\n', QChar::LineSeparator);
            text.remove(u'\r');
            cursor.insertText(text, charFormat(run, paragraph));
        }
        if (paragraph.ruleBelow.enabled) {
            // A margin would collapse with its neighbours and vanish at the end of a table
            // cell; a thin block of its own keeps the rule's room.
            const QTextBlock text = cursor.block();
            QTextBlockFormat spacer;
            spacer.setLineHeight(ptScaled(paragraph.ruleBelow.gapPt + kRuleRoomPt),
                                 QTextBlockFormat::FixedHeight);
            spacer.setBottomMargin(ptScaled(paragraph.spaceAfterPt));
            QTextCharFormat tiny = charFormat(TextRun{}, paragraph);
            tiny.setFontPointSize(1);
            cursor.insertBlock(spacer, tiny);
            m_rules.append(RuleMark{text, cursor.block(), paragraph.ruleBelow});
        }
    }

    /// `spaceAbovePt`: a block's bottom margin does not push a table that follows it down,
    /// the table's own top margin does.
    Result<void> insertTable(QTextCursor &cursor, const RichTable &table, double spaceAbovePt)
    {
        auto grid = detail::layoutTable(table);
        if (!grid)
            return grid.error();
        QTextTableFormat format;
        QList<QTextLength> widths;
        double total = 0;
        for (double width : table.columnWidthsMm) {
            widths.append(QTextLength(QTextLength::FixedLength, mmScaled(width)));
            total += mmScaled(width);
        }
        format.setColumnWidthConstraints(widths);
        format.setWidth(QTextLength(QTextLength::FixedLength, total));
        format.setCellSpacing(0);
        format.setCellPadding(0);
        format.setMargin(0);
        format.setTopMargin(ptScaled(spaceAbovePt));
        format.setBottomMargin(ptScaled(table.spaceAfterPt));
        format.setHeaderRowCount(table.headerRows);
        format.setAlignment(Qt::AlignLeft);
        if (table.borders) {
            format.setBorder(1); // 1/96 inch: the thinnest the layout draws
            format.setBorderBrush(Qt::black);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderCollapse(true);
        } else {
            format.setBorder(0);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        }
        QTextTable *textTable = cursor.insertTable(grid->rows, grid->columns, format);
        const double padding = mmScaled(table.cellPaddingMm);
        const double vertical = table.borders ? mmScaled(0.5) : 0;
        for (const detail::PlacedCell &placed : grid->cells) {
            if (placed.rowSpan > 1 || placed.columnSpan > 1)
                textTable->mergeCells(placed.row, placed.column, placed.rowSpan, placed.columnSpan);
        }
        for (const detail::PlacedCell &placed : grid->cells) {
            QTextCursor cellCursor =
                textTable->cellAt(placed.row, placed.column).firstCursorPosition();
            bool fresh = true;
            for (const Paragraph &paragraph : placed.cell->paragraphs) {
                insertParagraph(cellCursor, paragraph, fresh, false);
                fresh = false;
            }
        }
        for (int row = 0; row < grid->rows; ++row) {
            for (int column = 0; column < grid->columns; ++column) {
                QTextTableCell cell = textTable->cellAt(row, column);
                QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                cellFormat.setLeftPadding(padding);
                cellFormat.setRightPadding(padding);
                cellFormat.setTopPadding(vertical);
                cellFormat.setBottomPadding(vertical);
                cell.setFormat(cellFormat);
            }
        }
        for (const detail::PlacedCell &placed : grid->cells) {
            // The layout drops the top margin of a cell's first block and the bottom margin of
            // its last; as paddings they stay, as they do in Word.
            const QList<Paragraph> &paragraphs = placed.cell->paragraphs;
            if (paragraphs.isEmpty())
                continue;
            QTextTableCell cell = textTable->cellAt(placed.row, placed.column);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setTopPadding(vertical + ptScaled(paragraphs.first().spaceBeforePt));
            cellFormat.setBottomPadding(vertical + ptScaled(paragraphs.last().spaceAfterPt));
            cell.setFormat(cellFormat);
        }
        return {};
    }

    const PageSetup &m_page;
    double m_dpi;
    QList<RuleMark> m_rules;
};

/// Where a rule lies in document coordinates: its line from (x1, y) to (x2, y).
QLineF ruleLine(const QTextDocument &document, const RuleMark &mark, const PdfLayout &layout)
{
    const QTextLayout *textLayout = mark.text.layout();
    if (!textLayout || textLayout->lineCount() == 0)
        return {};
    const QRectF blockRect = document.documentLayout()->blockBoundingRect(mark.text);
    const QPointF origin = blockRect.topLeft() - textLayout->boundingRect().topLeft();
    QRectF text;
    for (int i = 0; i < textLayout->lineCount(); ++i)
        text = text.united(textLayout->lineAt(i).naturalTextRect());
    const double width = mark.rule.widthMm > 0 ? layout.mm(mark.rule.widthMm) : text.width();
    const QRectF spacer = document.documentLayout()->blockBoundingRect(mark.spacer);
    const double y = spacer.top() + layout.pt(mark.rule.gapPt);
    const double centre = origin.x() + text.center().x();
    return QLineF(centre - width / 2, y, centre + width / 2, y);
}

} // namespace


struct PagedDocument::Private
{
    PageSetup page;
    QBuffer sink; ///< the own QPdfWriter's output, never written to
    std::unique_ptr<QPdfWriter> ownDevice;
    std::unique_ptr<PdfLayout> layout;
    QTextDocument text;
    QSizeF area; ///< the text area of a page, in device dots
    QFont numberFont;
    QList<QLineF> rules;
    double dpi = 96;
    int pages = 1;
};

PagedDocument::PagedDocument() : d(std::make_unique<Private>()) {}

PagedDocument::~PagedDocument() = default;

Result<std::unique_ptr<PagedDocument>> PagedDocument::layOut(const RichDocument &document,
                                                             QPaintDevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("Không tạo được PDF: chương trình chạy không có "
                                        "QGuiApplication (thiếu phần đồ họa để dựng chữ)."),
                         QStringLiteral("Cannot make a PDF: the program runs without a "
                                        "QGuiApplication (no graphics to lay out the text)."));
    }
    std::unique_ptr<PagedDocument> paged(new PagedDocument);
    Private &p = *paged->d;
    p.page = document.page;
    const PageSetup &page = p.page;
    if (!device) {
        p.sink.open(QIODevice::WriteOnly);
        p.ownDevice = std::make_unique<QPdfWriter>(&p.sink);
        p.ownDevice->setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                               page.orientation == Orientation::Portrait
                                                   ? QPageLayout::Portrait
                                                   : QPageLayout::Landscape,
                                               QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        device = p.ownDevice.get();
    }
    p.dpi = device->logicalDpiY();
    p.layout = std::make_unique<PdfLayout>(page, p.dpi);
    PdfLayout &layout = *p.layout;

    QTextDocument &text = p.text;
    text.documentLayout()->setPaintDevice(device);
    text.setDocumentMargin(0);
    QFont font;
    font.setFamilies(layout.families());
    font.setPointSizeF(page.fontSizePt);
    text.setDefaultFont(font);
    p.area = QSizeF(layout.mm(page.textWidthMm()),
                    layout.mm(page.pageHeightMm() - page.topMm - page.bottomMm));
    text.setPageSize(p.area);
    THUKY_TRY(layout.build(text, document.blocks));
    for (const RuleMark &mark : layout.rules())
        p.rules.append(ruleLine(text, mark, layout));
    p.numberFont = font;
    p.numberFont.setPointSizeF(page.pageNumberSizePt);
    // QTextDocument counts the page that only the empty block after a closing table (or a
    // paragraph's bottom margin) runs onto; a page holds something only when some text,
    // table cell or rule lies on it.
    double bottom = 0;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *blockLayout = block.layout();
        if (block.text().trimmed().isEmpty() || !blockLayout || blockLayout->lineCount() == 0)
            continue;
        const QRectF rect = text.documentLayout()->blockBoundingRect(block);
        const QTextLine last = blockLayout->lineAt(blockLayout->lineCount() - 1);
        // The middle of its last line: the page a line is on (pageText() reads the same).
        bottom = std::max(bottom, rect.top() - blockLayout->boundingRect().top() + last.y() +
                                      last.height() / 2);
    }
    for (const QLineF &rule : p.rules)
        bottom = std::max(bottom, rule.y1());
    const int used = static_cast<int>(std::floor(bottom / p.area.height())) + 1;
    p.pages = std::clamp(used, 1, std::max(1, text.pageCount()));
    return paged;
}

int PagedDocument::pageCount() const
{
    return d->pages;
}

double PagedDocument::dpi() const
{
    return d->dpi;
}

QSizeF PagedDocument::sheetSize() const
{
    return QSizeF(d->layout->mm(d->page.pageWidthMm()), d->layout->mm(d->page.pageHeightMm()));
}

void PagedDocument::drawPage(QPainter &painter, int index) const
{
    const PageSetup &page = d->page;
    const PdfLayout &layout = *d->layout;
    const QRectF clip(0, index * d->area.height(), d->area.width(), d->area.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.save();
    painter.translate(layout.mm(page.leftMm), layout.mm(page.topMm) - clip.top());
    painter.setClipRect(clip, Qt::IntersectClip);
    context.clip = clip;
    d->text.documentLayout()->draw(&painter, context);
    QPen pen(Qt::black, layout.pt(0.5));
    // Drawn small on a screen (a preview), a rule thinner than a pixel would fade to grey;
    // at the PDF's or a printer's resolution it keeps its width.
    if (std::abs(painter.transform().m22()) * pen.widthF() < 1.0) {
        pen.setWidthF(1.0);
        pen.setCosmetic(true);
    }
    painter.setPen(pen);
    for (const QLineF &rule : d->rules) {
        if (!rule.isNull() && rule.y1() >= clip.top() && rule.y1() < clip.bottom())
            painter.drawLine(rule);
    }
    painter.restore();
    if (page.pageNumbers && index > 0) {
        painter.save();
        painter.setFont(d->numberFont);
        painter.setPen(Qt::black);
        const QRectF band(0, layout.mm(page.pageNumberFromTopMm), layout.mm(page.pageWidthMm()),
                          layout.pt(page.pageNumberSizePt * 1.5));
        painter.drawText(band, Qt::AlignHCenter | Qt::AlignTop, QString::number(index + 1));
        painter.restore();
    }
}

QString PagedDocument::pageText(int index) const
{
    QStringList lines;
    if (index > 0 && d->page.pageNumbers)
        lines << QString::number(index + 1);
    const double height = d->area.height();
    for (QTextBlock block = d->text.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout || block.text().trimmed().isEmpty())
            continue;
        // Line by line: a paragraph that runs on from one page to the next is on both.
        const double top =
            d->text.documentLayout()->blockBoundingRect(block).top() - layout->boundingRect().top();
        QStringList here;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const double y = top + line.y() + line.height() / 2;
            if (static_cast<int>(std::floor(y / height)) == index)
                here << block.text().mid(line.textStart(), line.textLength()).trimmed();
        }
        if (!here.isEmpty())
            lines << here.join(u' ').replace(QChar::LineSeparator, u' ');
    }
    return lines.join(u'\n');
}

} // namespace thuky::documents
