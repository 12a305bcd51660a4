#include "common/elided_label.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace thuky::ui {

namespace {
// Enough for a few letters and the ellipsis.
constexpr int kMinimumCharacters = 8;
} // namespace

ElidedLabel::ElidedLabel(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setToolTip(text);
    updateGeometry();
    update();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    update();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return QSize(metrics.horizontalAdvance(m_text) + 4, metrics.height());
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return QSize(std::min(sizeHint().width(), metrics.averageCharWidth() * kMinimumCharacters),
                 metrics.height());
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect().adjusted(2, 0, -2, 0);
    const QString shown = fontMetrics().elidedText(m_text, m_mode, area.width());
    style()->drawItemText(&painter, area, int(Qt::AlignLeft | Qt::AlignVCenter), palette(),
                          isEnabled(), shown, QPalette::WindowText);
}

} // namespace thuky::ui
