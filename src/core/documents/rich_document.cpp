#include "thuky/documents/rich_document.h"

#include "thuky/core/files.h"

#include "rich_support.h"

#include <QFileInfo>

#include <algorithm>

namespace thuky::documents {

Paragraph Paragraph::plain(const QString &text, Align align, bool bold, double sizePt)
{
    Paragraph paragraph;
    paragraph.runs.append(TextRun{text, bold, false, false, 0});
    paragraph.align = align;
    paragraph.sizePt = sizePt;
    return paragraph;
}

QString Paragraph::text() const
{
    QString joined;
    for (const TextRun &run : runs)
        joined += run.text;
    return joined;
}

Paragraph &RichDocument::addParagraph(Paragraph paragraph)
{
    blocks.append(std::move(paragraph));
    return std::get<Paragraph>(blocks.last());
}

RichTable &RichDocument::addTable(RichTable table)
{
    blocks.append(std::move(table));
    return std::get<RichTable>(blocks.last());
}

void RichDocument::addPageBreak()
{
    blocks.append(PageBreak{});
}

std::optional<DocumentFormat> documentFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"docx")
        return DocumentFormat::Docx;
    if (suffix == u"odt")
        return DocumentFormat::Odt;
    if (suffix == u"pdf")
        return DocumentFormat::Pdf;
    return std::nullopt;
}

Result<void> writeDocumentFile(const RichDocument &document, DocumentFormat format,
                               const QString &path)
{
    switch (format) {
    case DocumentFormat::Docx:
        return writeDocxFile(document, path);
    case DocumentFormat::Odt:
        return writeOdtFile(document, path);
    case DocumentFormat::Pdf:
        break;
    }
    return writePdfFile(document, path);
}

namespace detail {

namespace {

Error badTable(const QString &vi, const QString &en)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("Bảng không hợp lệ: ") + vi,
                     QStringLiteral("Invalid table: ") + en);
}

} // namespace

Result<TableGrid> layoutTable(const RichTable &table)
{
    TableGrid grid;
    grid.columns = int(table.columnWidthsMm.size());
    grid.rows = int(table.rows.size());
    if (grid.columns == 0)
        return badTable(QStringLiteral("không có cột nào."), QStringLiteral("it has no columns."));
    grid.owner.fill(-1, qsizetype(grid.rows) * grid.columns);
    for (int row = 0; row < grid.rows; ++row) {
        int column = 0;
        for (const TableCell &cell : table.rows[row].cells) {
            while (column < grid.columns && grid.at(row, column) >= 0)
                ++column;
            const int rowSpan = std::max(cell.rowSpan, 1);
            const int columnSpan = std::max(cell.columnSpan, 1);
            if (column + columnSpan > grid.columns || row + rowSpan > grid.rows) {
                return badTable(
                    QStringLiteral("ô ở dòng %1 vượt ra ngoài bảng.").arg(row + 1),
                    QStringLiteral("a cell of row %1 reaches beyond the table.").arg(row + 1));
            }
            for (int r = row; r < row + rowSpan; ++r) {
                for (int c = column; c < column + columnSpan; ++c) {
                    if (grid.at(r, c) >= 0) {
                        return badTable(
                            QStringLiteral("hai ô chồng lên nhau ở dòng %1.").arg(r + 1),
                            QStringLiteral("two cells overlap in row %1.").arg(r + 1));
                    }
                    grid.owner[r * grid.columns + c] = int(grid.cells.size());
                }
            }
            grid.cells.append(PlacedCell{&cell, row, column, rowSpan, columnSpan});
            column += columnSpan;
        }
    }
    return grid;
}

double runSize(const TextRun &run, const Paragraph &paragraph, const PageSetup &page)
{
    if (run.sizePt > 0)
        return run.sizePt;
    return paragraph.sizePt > 0 ? paragraph.sizePt : page.fontSizePt;
}

double estimatedTextWidthPt(const Paragraph &paragraph, const PageSetup &page)
{
    // Average advances (in ems) of Times New Roman / Liberation Serif, which share metrics;
    // Vietnamese marks stack on their letter and add no width.
    double longest = 0;
    double width = 0;
    for (const TextRun &run : paragraph.runs) {
        const double size = runSize(run, paragraph, page);
        const QString text = run.text.normalized(QString::NormalizationForm_D);
        for (const QChar ch : text) {
            double em = 0;
            if (ch == u'\n') {
                longest = std::max(longest, width);
                width = 0;
                continue;
            }
            if (ch.category() == QChar::Mark_NonSpacing)
                continue;
            if (ch.isSpace())
                em = 0.25;
            else if (ch.isUpper())
                em = run.bold ? 0.72 : 0.68;
            else if (ch.isLower())
                em = run.bold ? 0.50 : 0.46;
            else if (ch.isDigit())
                em = 0.5;
            else
                em = 0.33;
            width += em * size;
        }
    }
    return std::max(longest, width);
}

double ruleSideMm(const Paragraph &paragraph, const PageSetup &page, double columnWidthMm)
{
    double widthMm = paragraph.ruleBelow.widthMm;
    if (widthMm <= 0)
        widthMm = estimatedTextWidthPt(paragraph, page) / kPointsPerMm;
    widthMm = std::min(widthMm, columnWidthMm);
    return std::max(0.0, (columnWidthMm - widthMm) / 2);
}

Result<void> writeBytesFile(const Result<QByteArray> &bytes, const QString &path)
{
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, *bytes);
}

} // namespace detail
} // namespace thuky::documents
