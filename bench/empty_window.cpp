// thuky-bench-emptywindow: the baseline of the GUI start-up figure. Shows an empty
// QMainWindow and quits right after its first paint, exactly as `thuky --exit-after-paint`
// does (a queued quit once the paint event has been handled).

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>

namespace {

class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    // The size thuky opens at on a first start, so both paint the same area.
    const QRect available = window.screen()->availableGeometry();
    window.resize(available.width() * 9 / 10, available.height() * 9 / 10);
    window.installEventFilter(new QuitAfterFirstPaint(&window));
    window.show();
    return app.exec();
}
