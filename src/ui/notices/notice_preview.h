#pragma once
// NoticePreview: the notice as it will be printed, A4 pages one under the other, drawn by
// the layout the PDF export uses (documents::PagedDocument over services::noticeDocument()),
// so the preview, the printout and the PDF break their lines and pages alike. A new
// document is laid out a moment after the last change (the delay), never on the keystroke.
// Zoom (Ctrl+= / Ctrl+- / Ctrl+0 fits the width) and page navigation (Page Up / Page Down
// while the pages have focus, the arrows of its bar); print() opens a print preview that
// prints the same pages.

#include "thuky/documents/paged_document.h"
#include "thuky/documents/rich_document.h"

#include <QWidget>

#include <memory>

class QAction;
class QPrinter;

namespace thuky::ui {

class NoticePreview : public QWidget
{
    Q_OBJECT

public:
    explicit NoticePreview(QWidget *parent = nullptr);
    ~NoticePreview() override;

    /// Lays `document` out once the delay has passed without another call; the pages shown
    /// stay until then.
    void setDocument(documents::RichDocument document);
    /// The wait after the last setDocument() (400 ms unless set).
    void setDelay(int milliseconds);
    /// Lays out the document given last now, if it waits (tests, printing).
    void flush();
    bool pending() const;

    /// The pages laid out last; null before the first layout or after a failed one.
    const documents::PagedDocument *pages() const;
    int pageCount() const;
    QString pageText(int index) const;
    /// Page shown at the top of the view (0-based).
    int currentPage() const;
    void showPage(int index);

    /// 1.0: the page at its real size on the screen. Fit-width mode follows the view's width.
    double zoom() const;
    void setZoom(double zoom);
    void fitWidth();
    void zoomIn();
    void zoomOut();

    QList<QAction *> viewActions() const; ///< zoom in, out, fit width, previous and next page

    /// The pages on `printer` (A4, full page), as the PDF has them.
    static bool printPages(const documents::RichDocument &document, QPrinter &printer);
    /// QPrintPreviewDialog over printPages().
    void print();

Q_SIGNALS:
    /// A layout finished (pages() changed).
    void laidOut(int pageCount);

private:
    struct Private;
    std::unique_ptr<Private> d;

    void layOutNow();
    void updateBar();
};

} // namespace thuky::ui
