// thuky: the desktop application. Reads the command line, opens the database, asks who is
// working, shows the main window (again after each log-out); everything else lives in
// thuky_ui.

#include "common/app_options.h"
#include "common/display_text.h"
#include "common/message_boxes.h"
#include "common/session.h"
#include "common/settings.h"
#include "common/translations.h"
#include "common/first_paint_watcher.h"
#include "common/interface_font.h"
#include "shell/main_window.h"

#include "thuky/core/logging.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/workspace.h"

#include <QApplication>
#include <QDialog>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {

// --exit-after-paint: quit as soon as `widget` has painted once.
void quitAfterFirstPaint(QWidget *widget, std::function<void()> quit)
{
    auto *watcher = new thuky::ui::FirstPaintWatcher(widget);
    QObject::connect(watcher, &thuky::ui::FirstPaintWatcher::firstPaint, widget,
                     [quit = std::move(quit)] { QTimer::singleShot(0, qApp, quit); });
}

void printError(const QString &text)
{
    std::fputs((text + u'\n').toUtf8().constData(), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VPQH"));
    QCoreApplication::setApplicationName(QStringLiteral("Thuky"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THUKY_VERSION));
    // The menu entry (packaging/thuky.desktop) that the desktop matches the window with.
    QGuiApplication::setDesktopFileName(QStringLiteral("thuky"));

    // The language: --lang for this run, else the one chosen in the menu (Vietnamese at
    // first). The command line is read again once it is installed, so that its messages
    // speak that language too.
    thuky::ui::Settings settings;
    thuky::ui::AppOptionsError optionsError;
    auto options = thuky::ui::parseAppOptions(QCoreApplication::arguments(), &optionsError);
    thuky::ui::setUiLanguage(app, options && options->language ? *options->language
                                                               : settings.language());
    options = thuky::ui::parseAppOptions(QCoreApplication::arguments(), &optionsError);
    if (!options || options->helpRequested) {
        const QString text =
            options ? thuky::ui::appUsage() : optionsError.message + u'\n' + thuky::ui::appUsage();
        std::fputs(text.toUtf8().constData(), options ? stdout : stderr);
        return options ? 0 : 2;
    }

    thuky::initFileLogging(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/logs"));
    thuky::ui::ensureProportionalUiFont();
    const QString path = options->databasePath.isEmpty()
                             ? thuky::services::Workspace::defaultDatabasePath()
                             : options->databasePath;
    auto workspace = thuky::services::Workspace::open(path);
    if (!workspace) {
        thuky::Error shown = workspace.error();
        const QString text =
            QCoreApplication::translate("main", "Không mở được cơ sở dữ liệu %1.\n\n%2")
                .arg(path, thuky::ui::errorText(workspace.error()));
        shown.message = {text, text};
        thuky::ui::showError(nullptr, QCoreApplication::translate("main", "Thuky"), shown);
        return thuky::exitCodeFor(workspace.error().code);
    }
    if (options->today.isValid())
        (*workspace)->setToday(options->today);

    (*workspace)->programmes().setDueSoonDays(settings.dueSoonDays());
    thuky::ui::Session session(**workspace, settings, path);

    std::optional<thuky::domain::Actor> actor;
    if (!options->userName.isEmpty()) {
        // The password comes from the environment, never from the command line.
        auto logged =
            session.logIn(options->userName, qEnvironmentVariable(thuky::ui::kPasswordVariable));
        if (!logged) {
            printError(thuky::ui::errorText(logged.error()));
            return thuky::exitCodeFor(logged.error().code);
        }
        actor = std::move(logged).value();
    } else if (options->exitAfterPaint) {
        // Timing without --user: the log-in dialog is the first window; stop once it shows.
        session.setRunner([](QDialog &dialog) {
            quitAfterFirstPaint(&dialog, [&dialog] { dialog.reject(); });
            return dialog.exec();
        });
    }

    for (;;) {
        if (!actor) {
            auto asked = session.ask();
            if (!asked) {
                thuky::ui::showError(nullptr, QCoreApplication::translate("main", "Thuky"),
                                     asked.error());
                return thuky::exitCodeFor(asked.error().code);
            }
            if (!*asked)
                return 0; // the user chose to quit at the log-in
            actor = std::move(*asked);
        }
        thuky::ui::MainWindow window(**workspace, path, *actor, settings);
        bool loggedOut = false;
        QObject::connect(&window, &thuky::ui::MainWindow::logoutRequested, &window, [&] {
            loggedOut = true;
            window.close();
        });
        if (options->exitAfterPaint)
            quitAfterFirstPaint(&window, [] { QCoreApplication::quit(); });
        window.show();
        const int code = app.exec();
        if (!loggedOut)
            return code;
        actor.reset(); // ask again, in a fresh window with the next user's roles
    }
}
