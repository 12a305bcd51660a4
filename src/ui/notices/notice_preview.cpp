#include "notices/notice_preview.h"

#include "common/message_boxes.h"

#include "thuky/core/logging.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QPageLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <cmath>

namespace thuky::ui {

namespace {

constexpr int kGap = 16; // between pages and around them, in pixels
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;

/// The pages one under the other on grey, each drawn once per zoom into an image.
class PageStrip : public QWidget
{
public:
    explicit PageStrip(QWidget *parent) : QWidget(parent)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setFocusPolicy(Qt::NoFocus);
    }

    void setPages(const documents::PagedDocument *pages)
    {
        m_pages = pages;
        m_cache.clear();
        relayout();
    }

    void setZoom(double zoom)
    {
        m_zoom = zoom;
        m_cache.clear();
        relayout();
    }

    /// The size of a page on the screen at the zoom, in pixels.
    QSize pageSize() const
    {
        if (!m_pages)
            return QSize(0, 0);
        const QSizeF sheet = m_pages->sheetSize();
        const double scale = m_zoom * logicalDpiX() / m_pages->dpi();
        return QSize(qRound(sheet.width() * scale), qRound(sheet.height() * scale));
    }

    int pageTop(int index) const { return kGap + index * (pageSize().height() + kGap); }

    QSize sizeHint() const override
    {
        const int count = m_pages ? m_pages->pageCount() : 0;
        return QSize(pageSize().width() + 2 * kGap, pageTop(count));
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), QColor(0x80, 0x80, 0x80));
        if (!m_pages)
            return;
        const QSize page = pageSize();
        const int left = std::max(kGap, (width() - page.width()) / 2);
        for (int i = 0; i < m_pages->pageCount(); ++i) {
            const QRect rect(left, pageTop(i), page.width(), page.height());
            if (!rect.intersects(event->rect()))
                continue;
            painter.fillRect(rect.translated(3, 3), QColor(0x50, 0x50, 0x50));
            painter.drawImage(rect.topLeft(), image(i));
        }
    }

private:
    QImage image(int index)
    {
        auto it = m_cache.constFind(index);
        if (it != m_cache.constEnd())
            return *it;
        const qreal ratio = devicePixelRatioF();
        const QSize page = pageSize();
        QImage img(page * ratio, QImage::Format_RGB32);
        img.setDevicePixelRatio(ratio);
        img.fill(Qt::white);
        QPainter painter(&img);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const double scale = double(page.width()) / m_pages->sheetSize().width();
        painter.scale(scale, scale);
        m_pages->drawPage(painter, index);
        painter.end();
        m_cache.insert(index, img);
        return img;
    }

    void relayout()
    {
        resize(std::max(sizeHint().width(), parentWidget() ? parentWidget()->width() : 0),
               sizeHint().height());
        updateGeometry();
        update();
    }

    const documents::PagedDocument *m_pages = nullptr;
    double m_zoom = 1.0;
    QHash<int, QImage> m_cache;
};

/// The scroll area tells the strip its width, so pages stay centred.
class PageScroll : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    std::function<void()> resized;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        if (resized)
            resized();
    }
};

} // namespace

struct NoticePreview::Private
{
    documents::RichDocument document;
    std::unique_ptr<documents::PagedDocument> pages;
    bool hasDocument = false;
    bool pending = false;
    QTimer delay;
    PageScroll *scroll = nullptr;
    PageStrip *strip = nullptr;
    QLabel *pageLabel = nullptr;
    QComboBox *zoomBox = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *fit = nullptr;
    QAction *previous = nullptr;
    QAction *next = nullptr;
    double zoom = 1.0;
    bool fitWidth = true;
};

NoticePreview::NoticePreview(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->delay.setSingleShot(true);
    d->delay.setInterval(400);
    connect(&d->delay, &QTimer::timeout, this, &NoticePreview::layOutNow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    auto *title = new QLabel(tr("<b>Xem trước bản in</b>"), this);
    bar->addWidget(title);
    bar->addStretch();

    auto button = [this, bar](QAction *action) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        bar->addWidget(b);
        addAction(action);
    };
    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        return action;
    };
    d->previous = make(QStringLiteral("▲"), QKeySequence(tr("Ctrl+PgUp")), tr("Trang trước"));
    d->next = make(QStringLiteral("▼"), QKeySequence(tr("Ctrl+PgDown")), tr("Trang sau"));
    d->zoomOut = make(QStringLiteral("−"), QKeySequence(tr("Ctrl+-")), tr("Thu nhỏ"));
    d->zoomIn = make(QStringLiteral("+"), QKeySequence(tr("Ctrl+=")), tr("Phóng to"));
    d->zoomIn->setShortcuts({QKeySequence(tr("Ctrl+=")), QKeySequence::ZoomIn});
    d->fit = make(tr("Vừa khung"), QKeySequence(tr("Ctrl+0")), tr("Vừa chiều rộng khung xem"));
    button(d->previous);
    d->pageLabel = new QLabel(this);
    d->pageLabel->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Trang %1/%2").arg(88).arg(88)));
    d->pageLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(d->pageLabel);
    button(d->next);
    bar->addSpacing(8);
    button(d->zoomOut);
    d->zoomBox = new QComboBox(this);
    d->zoomBox->setObjectName(QStringLiteral("previewZoom"));
    d->zoomBox->setToolTip(tr("Tỉ lệ xem"));
    d->zoomBox->addItem(tr("Vừa khung"), 0.0);
    for (int percent : {50, 75, 100, 125, 150, 200})
        d->zoomBox->addItem(QStringLiteral("%1%").arg(percent), percent / 100.0);
    bar->addWidget(d->zoomBox);
    button(d->zoomIn);
    layout->addLayout(bar);

    d->scroll = new PageScroll(this);
    d->scroll->setObjectName(QStringLiteral("previewPages"));
    d->scroll->setWidgetResizable(false);
    d->scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    d->scroll->setFocusPolicy(Qt::StrongFocus);
    d->scroll->setBackgroundRole(QPalette::Dark);
    d->strip = new PageStrip(d->scroll);
    d->scroll->setWidget(d->strip);
    d->scroll->resized = [this] {
        if (d->fitWidth)
            fitWidth();
        else
            d->strip->resize(std::max(d->strip->sizeHint().width(), d->scroll->viewport()->width()),
                             d->strip->sizeHint().height());
    };
    layout->addWidget(d->scroll, 1);
    setFocusProxy(d->scroll);

    connect(d->previous, &QAction::triggered, this, [this] { showPage(currentPage() - 1); });
    connect(d->next, &QAction::triggered, this, [this] { showPage(currentPage() + 1); });
    connect(d->zoomIn, &QAction::triggered, this, &NoticePreview::zoomIn);
    connect(d->zoomOut, &QAction::triggered, this, &NoticePreview::zoomOut);
    connect(d->fit, &QAction::triggered, this, &NoticePreview::fitWidth);
    connect(d->zoomBox, &QComboBox::activated, this, [this](int index) {
        const double value = d->zoomBox->itemData(index).toDouble();
        if (value <= 0)
            fitWidth();
        else
            setZoom(value);
    });
    connect(d->scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &NoticePreview::updateBar);
    updateBar();
}

NoticePreview::~NoticePreview() = default;

void NoticePreview::setDocument(documents::RichDocument document)
{
    d->document = std::move(document);
    d->hasDocument = true;
    d->pending = true;
    d->delay.start();
}

void NoticePreview::setDelay(int milliseconds)
{
    d->delay.setInterval(milliseconds);
}

void NoticePreview::flush()
{
    if (d->pending)
        layOutNow();
}

bool NoticePreview::pending() const
{
    return d->pending;
}

void NoticePreview::layOutNow()
{
    d->delay.stop();
    d->pending = false;
    if (!d->hasDocument)
        return;
    QElapsedTimer timer;
    timer.start();
    auto pages = documents::PagedDocument::layOut(d->document);
    if (!pages) {
        logger("notices")->warn("preview: {}", pages.error().text(Lang::En).toStdString());
        return; // the pages shown last stay
    }
    const int top = d->scroll->verticalScrollBar()->value();
    d->strip->setPages(nullptr);
    d->pages = std::move(pages).value();
    d->strip->setPages(d->pages.get());
    if (d->fitWidth)
        fitWidth();
    d->scroll->verticalScrollBar()->setValue(top);
    logger("notices")->debug("preview laid out in {} ms", timer.elapsed());
    updateBar();
    Q_EMIT laidOut(d->pages->pageCount());
}

const documents::PagedDocument *NoticePreview::pages() const
{
    return d->pages.get();
}

int NoticePreview::pageCount() const
{
    return d->pages ? d->pages->pageCount() : 0;
}

QString NoticePreview::pageText(int index) const
{
    return d->pages ? d->pages->pageText(index) : QString();
}

int NoticePreview::currentPage() const
{
    const int step = d->strip->pageSize().height() + kGap;
    if (step <= kGap || pageCount() == 0)
        return 0;
    const int y = d->scroll->verticalScrollBar()->value() + step / 3;
    return std::clamp(y / step, 0, pageCount() - 1);
}

void NoticePreview::showPage(int index)
{
    if (pageCount() == 0)
        return;
    index = std::clamp(index, 0, pageCount() - 1);
    d->scroll->verticalScrollBar()->setValue(d->strip->pageTop(index) - kGap / 2);
    updateBar();
}

double NoticePreview::zoom() const
{
    return d->zoom;
}

void NoticePreview::setZoom(double zoom)
{
    d->fitWidth = false;
    const int page = currentPage();
    d->zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    d->strip->setZoom(d->zoom);
    d->strip->resize(std::max(d->strip->sizeHint().width(), d->scroll->viewport()->width()),
                     d->strip->sizeHint().height());
    showPage(page);
}

void NoticePreview::fitWidth()
{
    d->fitWidth = true;
    const QSize atOne = [this] {
        const double saved = d->zoom;
        d->strip->setZoom(1.0);
        const QSize size = d->strip->pageSize();
        d->strip->setZoom(saved);
        return size;
    }();
    if (atOne.width() > 0) {
        const int room = d->scroll->viewport()->width() - 2 * kGap;
        d->zoom = std::clamp(double(room) / atOne.width(), kMinZoom, kMaxZoom);
    }
    d->strip->setZoom(d->zoom);
    d->strip->resize(std::max(d->strip->sizeHint().width(), d->scroll->viewport()->width()),
                     d->strip->sizeHint().height());
    updateBar();
}

void NoticePreview::zoomIn()
{
    setZoom(d->zoom * 1.25);
}

void NoticePreview::zoomOut()
{
    setZoom(d->zoom / 1.25);
}

QList<QAction *> NoticePreview::viewActions() const
{
    return {d->zoomIn, d->zoomOut, d->fit, d->previous, d->next};
}

void NoticePreview::updateBar()
{
    const int count = pageCount();
    const int page = currentPage();
    d->pageLabel->setText(count ? tr("Trang %1/%2").arg(page + 1).arg(count) : QString());
    d->previous->setEnabled(count > 0 && page > 0);
    d->next->setEnabled(count > 0 && page + 1 < count);
    const int index = d->fitWidth ? 0 : d->zoomBox->findData(std::round(d->zoom * 100) / 100.0);
    if (index >= 0) {
        d->zoomBox->setCurrentIndex(index);
    } else {
        d->zoomBox->setCurrentIndex(-1);
    }
    d->zoomBox->setToolTip(tr("Tỉ lệ xem: %1%").arg(qRound(d->zoom * 100)));
}

bool NoticePreview::printPages(const documents::RichDocument &document, QPrinter &printer)
{
    printer.setFullPage(true);
    auto pages = documents::PagedDocument::layOut(document);
    if (!pages)
        return false;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const double scale = printer.resolution() / (*pages)->dpi();
    for (int i = 0; i < (*pages)->pageCount(); ++i) {
        if (i > 0)
            printer.newPage();
        painter.save();
        painter.scale(scale, scale);
        (*pages)->drawPage(painter, i);
        painter.restore();
    }
    return painter.end();
}

void NoticePreview::print()
{
    flush();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                      d->document.page.orientation ==
                                              documents::Orientation::Portrait
                                          ? QPageLayout::Portrait
                                          : QPageLayout::Landscape,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    printer.setDocName(d->document.title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("In thông báo"));
    dialog.resize(900, 700);
    const documents::RichDocument document = d->document;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [document](QPrinter *target) { printPages(document, *target); });
    dialog.exec();
}

} // namespace thuky::ui
