#pragma once
// PagedDocument: a RichDocument laid out on its pages exactly as writePdf() lays it out (the
// same QTextDocument, the same rules and page numbers), for any paint device: writePdf()
// draws it on a QPdfWriter, the notice editor's preview on images and its print dialog on a
// QPrinter, so what is previewed and printed is what the PDF holds.

#include "thuky/core/result.h"
#include "thuky/documents/rich_document.h"

#include <QSizeF>
#include <QString>

#include <memory>

class QPainter;
class QPaintDevice;

namespace thuky::documents {

class PagedDocument
{
public:
    /// Lays `document` out for `device` (writePdf() passes its QPdfWriter); without one, for
    /// a QPdfWriter of its own that is never drawn on, so the line breaks are the PDF's.
    /// Needs a QGuiApplication (Io otherwise, as writePdf()); InvalidInput for a table whose
    /// spans do not fit its columns.
    static Result<std::unique_ptr<PagedDocument>> layOut(const RichDocument &document,
                                                         QPaintDevice *device = nullptr);
    ~PagedDocument();
    PagedDocument(const PagedDocument &) = delete;
    PagedDocument &operator=(const PagedDocument &) = delete;

    /// The pages that hold something: a page onto which only an empty block runs (the one
    /// QTextDocument keeps after a closing table) is not one.
    int pageCount() const;
    /// The dots per inch of the device laid out for: the unit of drawPage() and sheetSize().
    double dpi() const;
    /// The whole sheet (A4, portrait or landscape) in device dots.
    QSizeF sheetSize() const;
    /// Draws page `index` (0-based) with the painter's origin at the sheet's top-left corner,
    /// in device dots (scale the painter to draw it at another size). The sheet is not
    /// filled: the caller paints the paper.
    void drawPage(QPainter &painter, int index) const;
    /// The text laid out on page `index`: its page number first (from page 2), then each
    /// paragraph's lines on that page, a paragraph a line (for tests and for reading the
    /// preview back).
    QString pageText(int index) const;

private:
    PagedDocument();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace thuky::documents
