#include "common/first_paint_watcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace thuky::ui {

FirstPaintWatcher::FirstPaintWatcher(QWidget *widget) : QObject(widget), m_widget(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint) {
        m_widget->removeEventFilter(this);
        // Queued, so the paint event is finished (and flushed) before anyone reacts.
        QTimer::singleShot(0, this, &FirstPaintWatcher::firstPaint);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace thuky::ui
