// writePdf(): the RichDocument laid out as PagedDocument lays it out (pages of exactly the set
// text area, rules and page numbers drawn by hand), drawn page by page on a QPdfWriter.

#include "thuky/documents/rich_document.h"

#include "thuky/documents/paged_document.h"

#include "rich_support.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace thuky::documents {

Result<QByteArray> writePdf(const RichDocument &document)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("Không tạo được PDF: chương trình chạy không có "
                                        "QGuiApplication (thiếu phần đồ họa để dựng chữ)."),
                         QStringLiteral("Cannot make a PDF: the program runs without a "
                                        "QGuiApplication (no graphics to lay out the text)."));
    }
    const PageSetup &page = document.page;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Thuky"));
    writer.setTitle(document.title);
    // Margins are drawn by hand: the writer's page is the whole sheet.
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4),
        page.orientation == Orientation::Portrait ? QPageLayout::Portrait : QPageLayout::Landscape,
        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    auto paged = PagedDocument::layOut(document, &writer);
    if (!paged)
        return paged.error();

    QPainter painter;
    if (!painter.begin(&writer)) {
        return makeError(ErrorCode::Io, QStringLiteral("Không tạo được PDF."),
                         QStringLiteral("Cannot make the PDF."));
    }
    const int pages = (*paged)->pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        (*paged)->drawPage(painter, index);
    }
    painter.end();
    buffer.close();
    return bytes;
}

Result<void> writePdfFile(const RichDocument &document, const QString &path)
{
    return detail::writeBytesFile(writePdf(document), path);
}

} // namespace thuky::documents
