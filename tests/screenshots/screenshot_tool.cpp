// thuky-screenshots: takes the user guide's pictures from the real windows, after a plan.
// scripts/screenshots.sh runs it on a demo database under Xvfb; see plan.txt for the plan's
// format. Not installed: a tool of the source tree, like the tests.
//
//   thuky-screenshots --db FILE --plan FILE --out DIR [--today YYYY-MM-DD] [--lang vi|en]
//
// The password of every account in the plan comes from THUKY_PASSWORD.

#include "common/app_options.h"
#include "common/session.h"
#include "common/settings.h"
#include "common/translations.h"
#include "common/interface_font.h"
#include "common/module_page.h"
#include "shell/main_window.h"

#include "thuky/services/programme_service.h"
#include "thuky/services/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace thuky;

namespace {

struct Shot
{
    int line = 0;
    QString output; ///< the PNG's name, without .png
    QString user;   ///< "-": the log-in dialog instead of the main window
    QString page;   ///< the module page's key ("programme", "meetings"…)
    QStringList steps; ///< key sequences, pressed in order
};

void say(const QString &text)
{
    std::fputs((text + u'\n').toUtf8().constData(), stderr);
}

std::optional<QList<Shot>> readPlan(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        say(QStringLiteral("cannot read the plan %1").arg(path));
        return std::nullopt;
    }
    QList<Shot> shots;
    QTextStream in(&file);
    for (int number = 1; !in.atEnd(); ++number) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
        if (fields.size() != 4) {
            say(QStringLiteral("%1:%2: four fields expected: OUTPUT USER PAGE STEPS").arg(path).arg(number));
            return std::nullopt;
        }
        Shot shot{number, fields[0], fields[1], fields[2], {}};
        if (fields[3] != u'-')
            shot.steps = fields[3].split(u',');
        shots.append(shot);
    }
    return shots;
}

bool save(QWidget *widget, const QString &path)
{
    const QImage image = widget->grab().toImage();
    if (!image.save(path, "PNG")) {
        say(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    say(QStringLiteral("%1 (%2×%3)").arg(path).arg(image.width()).arg(image.height()));
    return true;
}

// Presses one step as the keyboard would: to the widget that has the focus, through Qt's
// shortcut map, so that only the actions a user could reach at that moment answer.
bool press(QWidget *window, const QString &step)
{
    // "@action:NAME" triggers the action of that object name, as a click in its menu would
    // (for a command that has no shortcut).
    if (step.startsWith(QLatin1String("@action:"))) {
        auto *action = window->findChild<QAction *>(step.mid(8));
        if (!action || !action->isEnabled()) {
            say(QStringLiteral("no enabled action %1").arg(step.mid(8)));
            return false;
        }
        action->trigger();
        return true;
    }
    const QKeySequence key = QKeySequence::fromString(step, QKeySequence::PortableText);
    if (key.isEmpty()) {
        say(QStringLiteral("not a key sequence: %1").arg(step));
        return false;
    }
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    for (int i = 0; i < key.count(); ++i) {
        const QKeyCombination combination = key[i];
        QTest::keyClick(target, combination.key(), combination.keyboardModifiers());
    }
    return true;
}

// Puts the focus where a user would work on a page: its largest visible widget that takes
// the keyboard (the task table, the calendar grid…), not the sidebar.
void focusMainView(QWidget *page)
{
    QWidget *best = nullptr;
    int bestArea = 0;
    for (QWidget *child : page->findChildren<QWidget *>()) {
        const int area = child->width() * child->height();
        if (child->isVisible() && child->focusPolicy() & Qt::TabFocus && area > bestArea) {
            best = child;
            bestArea = area;
        }
    }
    if (best)
        best->setFocus(Qt::TabFocusReason);
}

// The top-level windows in the order they were last shown, so a plan line can take the
// picture of a window of its own (the notice editor), which is neither the main window nor
// a modal dialog.
class ShownWindows : public QObject
{
public:
    explicit ShownWindows(QObject *parent) : QObject(parent) { qApp->installEventFilter(this); }

    void clear() { m_shown.clear(); }
    /// The visible top-level window shown last, other than `except`; nullptr when none.
    QWidget *newest(const QWidget *except) const
    {
        for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
            QWidget *w = it->data();
            if (w && w != except && w->isVisible())
                return w;
        }
        return nullptr;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            const Qt::WindowType type = widget->windowType();
            if (widget->isWindow() && type != Qt::Popup && type != Qt::ToolTip && type != Qt::Desktop
                && type != Qt::SplashScreen) {
                m_shown.removeAll(widget);
                m_shown.append(widget);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QList<QPointer<QWidget>> m_shown;
};

// The pseudo-step that ends a line whose picture is the newest top-level window.
const QString kNewestWindow = QStringLiteral("@window");

// After the steps before it, grabs the newest visible top-level window (opened by those
// steps, such as the notice editor), then closes it.
bool grabNewestWindow(QWidget *window, const QStringList &steps, const QString &path,
                      const ShownWindows &shown)
{
    for (const QString &step : steps) {
        if (!press(window, step))
            return false;
        QTest::qWait(150);
    }
    QWidget *newest = shown.newest(window);
    for (int waited = 0; !newest && waited < 3000; waited += 50) {
        QTest::qWait(50);
        newest = shown.newest(window);
    }
    if (!newest) {
        say(QStringLiteral("%1 opened no window").arg(steps.join(u',')));
        return false;
    }
    newest->activateWindow();
    QTest::qWait(1200); // its contents (a preview, a table) laid out and painted
    const bool saved = save(newest, path);
    newest->close();
    QTest::qWait(100);
    return saved;
}

// Grabs what the last step shows: the dialog it opened (then closed), else the window.
// The grab is armed before the last step, since a dialog's exec() only returns once closed.
// A last step "@window" takes the newest top-level window instead (grabNewestWindow).
bool runSteps(QWidget *window, const QStringList &steps, const QString &path,
              const ShownWindows &shown)
{
    if (!steps.isEmpty() && steps.last() == kNewestWindow)
        return grabNewestWindow(window, steps.mid(0, steps.size() - 1), path, shown);
    for (int i = 0; i + 1 < steps.size(); ++i) {
        if (!press(window, steps[i]))
            return false;
        QTest::qWait(150);
    }
    bool saved = false, grabbed = false;
    QTimer::singleShot(900, window, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        saved = save(modal ? modal : window, path);
        grabbed = true;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    });
    if (!steps.isEmpty() && !press(window, steps.last()))
        return false;
    while (!grabbed)
        QTest::qWait(50);
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VPQH"));
    QCoreApplication::setApplicationName(QStringLiteral("Thuky"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("plan"), QStringLiteral("The plan."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder of the PNGs."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("today"), QStringLiteral("Today's date."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("vi or en."), QStringLiteral("LANG"), QStringLiteral("vi")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Only this output."), QStringLiteral("NAME")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("plan")) ||
        !parser.isSet(QStringLiteral("out"))) {
        say(parser.helpText());
        return 2;
    }
    const auto language = ui::languageFromCode(parser.value(QStringLiteral("lang")));
    ui::setUiLanguage(app, language.value_or(Lang::Vi));
    ui::ensureProportionalUiFont();

    const auto plan = readPlan(parser.value(QStringLiteral("plan")));
    if (!plan)
        return 2;
    const QString databasePath = parser.value(QStringLiteral("db"));
    auto workspace = services::Workspace::open(databasePath, false);
    if (!workspace) {
        say(QStringLiteral("cannot open %1").arg(databasePath));
        return 3;
    }
    const QDate today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
    if (today.isValid())
        (*workspace)->setToday(today);
    QDir out(parser.value(QStringLiteral("out")));
    out.mkpath(QStringLiteral("."));
    QTemporaryDir settingsDir;
    const QString password = qEnvironmentVariable(ui::kPasswordVariable);

    int failures = 0;
    ShownWindows shown(&app);
    for (const Shot &shot : *plan) {
        shown.clear();
        if (parser.isSet(QStringLiteral("only")) && shot.output != parser.value(QStringLiteral("only")))
            continue;
        // Every picture starts from fresh settings: the window's first-start layout.
        ui::Settings settings(settingsDir.filePath(shot.output + QStringLiteral(".ini")));
        const QString path = out.filePath(shot.output + QStringLiteral(".png"));
        const QString where = QStringLiteral("plan line %1 (%2)").arg(shot.line).arg(shot.output);
        ui::Session session(**workspace, settings, databasePath);

        if (shot.user == u'-') {
            bool saved = false;
            session.setRunner([&](QDialog &dialog) {
                dialog.show();
                if (!QTest::qWaitForWindowExposed(&dialog))
                    say(QStringLiteral("the log-in dialog was not shown"));
                QTest::qWait(300);
                saved = save(&dialog, path);
                return int(QDialog::Rejected);
            });
            (void)session.ask();
            failures += saved ? 0 : 1;
            continue;
        }
        auto actor = session.logIn(shot.user, password);
        if (!actor) {
            say(QStringLiteral("%1: cannot log in as %2").arg(where, shot.user));
            ++failures;
            continue;
        }
        ui::MainWindow window(**workspace, databasePath, *actor, settings);
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            say(QStringLiteral("%1: the window did not become active").arg(where));
        const QStringList steps = shot.steps;
        if (shot.page != u'-') {
            const QList<ui::ModulePage *> pages = window.pages();
            int index = -1;
            for (int i = 0; i < pages.size(); ++i) {
                if (pages[i]->key() == shot.page)
                    index = i;
            }
            if (index < 0) {
                say(QStringLiteral("%1: %2 has no page '%3'").arg(where, shot.user, shot.page));
                ++failures;
                continue;
            }
            // The sidebar's own shortcut, Ctrl+1…, as a user would go there; then into the page.
            press(&window, QStringLiteral("Ctrl+%1").arg(index + 1));
            QTest::qWait(200);
            focusMainView(pages[index]);
        }
        QTest::qWait(200);
        if (!runSteps(&window, steps, path, shown)) {
            say(QStringLiteral("%1: failed").arg(where));
            ++failures;
        }
        window.hide();
    }
    return failures == 0 ? 0 : 1;
}
