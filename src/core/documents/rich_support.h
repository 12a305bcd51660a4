#pragma once
// What the DOCX and PDF writers of a RichDocument share: unit conversions, the grid a
// table's cells occupy, and an estimate of a text's printed width.

#include "thuky/documents/rich_document.h"

#include <QList>

namespace thuky::documents::detail {

constexpr double kPointsPerMm = 72.0 / 25.4;

/// A cell placed on its table's grid.
struct PlacedCell
{
    const TableCell *cell = nullptr;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
};

/// The cells of a table on a rows × columns grid; a slot no cell covers holds -1.
struct TableGrid
{
    int rows = 0;
    int columns = 0;
    QList<PlacedCell> cells;
    QList<int> owner; ///< row-major, an index into `cells` or -1

    int at(int row, int column) const { return owner[row * columns + column]; }
};

/// Places every cell left to right, skipping the slots taken by spans from above.
/// InvalidInput when the table has no columns or a cell (or its span) does not fit.
Result<TableGrid> layoutTable(const RichTable &table);

/// The size of a run in points: its own, else the paragraph's, else the page's.
double runSize(const TextRun &run, const Paragraph &paragraph, const PageSetup &page);

/// The width of the paragraph's text on one line in points, estimated from the shape of
/// Times New Roman letters; for a rule as long as the text where no font is at hand.
double estimatedTextWidthPt(const Paragraph &paragraph, const PageSetup &page);

/// The indent on each side of a paragraph's rule in a column `columnWidthMm` wide, so the
/// rule is as long as it asks (its text's longest line when 0, never wider than the column)
/// and centred: how the DOCX and ODT writers draw a rule as an indented border.
double ruleSideMm(const Paragraph &paragraph, const PageSetup &page, double columnWidthMm);

/// What a writer made, written to `path` all or nothing (writeFileAtomically()); its error
/// comes back unchanged.
Result<void> writeBytesFile(const Result<QByteArray> &bytes, const QString &path);

} // namespace thuky::documents::detail
