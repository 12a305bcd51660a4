#pragma once
// FirstPaintWatcher: tells once when a widget has painted for the first time. The
// application uses it for --exit-after-paint, which times start-up from outside.

#include <QObject>
#include <QPointer>

class QWidget;

namespace thuky::ui {

class FirstPaintWatcher : public QObject
{
    Q_OBJECT

public:
    /// Watches `widget`; the watcher is a child of it.
    explicit FirstPaintWatcher(QWidget *widget);

Q_SIGNALS:
    /// Emitted once, after the first paint event of the widget has been handled.
    void firstPaint();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_widget;
};

} // namespace thuky::ui
