#include "common/flow_layout.h"

#include <QStyle>
#include <QWidget>

namespace thuky::ui {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing) {}

FlowLayout *FlowLayout::takeOver(QWidget *owner)
{
    QList<QWidget *> widgets;
    QMargins margins;
    int spacing = -1;
    if (QLayout *old = owner->layout()) {
        margins = old->contentsMargins();
        spacing = old->spacing();
        while (QLayoutItem *item = old->takeAt(0)) {
            if (QWidget *widget = item->widget())
                widgets.append(widget);
            delete item;
        }
        delete old;
    }
    auto *flow = new FlowLayout(owner, spacing);
    flow->setContentsMargins(margins);
    for (QWidget *widget : std::as_const(widgets))
        flow->addWidget(widget);
    return flow;
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line when there is room for it.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width() + (width > 0 ? gap() : 0);
        height = std::max(height, hint.height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::gap() const
{
    if (m_spacing >= 0)
        return m_spacing;
    const QWidget *owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, owner)
                 : 6;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int spacing = std::max(gap(), 0);
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    // Each line is centred vertically on its tallest item, as a box layout would do.
    QList<std::pair<QLayoutItem *, QPoint>> line;
    const auto flush = [&] {
        if (!apply)
            return;
        for (const auto &[item, at] : line) {
            const QSize size = item->sizeHint().boundedTo(item->maximumSize());
            item->setGeometry(
                QRect(QPoint(at.x(), at.y() + (lineHeight - size.height()) / 2), size));
        }
        line.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint();
        if (x > area.x() && x + size.width() > area.right() + 1) {
            flush();
            y += lineHeight + spacing;
            x = area.x();
            lineHeight = 0;
        }
        line.append({item, QPoint(x, y)});
        x += size.width() + spacing;
        lineHeight = std::max(lineHeight, size.height());
    }
    flush();
    const QMargins m = contentsMargins();
    return y + lineHeight - rect.y() + m.bottom();
}

} // namespace thuky::ui
