// thuky: the desktop application. Reads the command line, opens the database, shows the
// main window; everything else lives in thuky_ui.

#include "app_options.h"
#include "dialogs/message_boxes.h"
#include "settings.h"
#include "widgets/first_paint_watcher.h"
#include "widgets/main_window.h"

#include "thuky/core/logging.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/workspace.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VPQH"));
    QCoreApplication::setApplicationName(QStringLiteral("Thuky"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THUKY_VERSION));
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));

    thuky::ui::AppOptionsError optionsError;
    const auto options = thuky::ui::parseAppOptions(QCoreApplication::arguments(), &optionsError);
    if (!options || options->helpRequested) {
        const QString text =
            options ? thuky::ui::appUsage() : optionsError.message + u'\n' + thuky::ui::appUsage();
        std::fputs(text.toUtf8().constData(), options ? stdout : stderr);
        return options ? 0 : 2;
    }

    thuky::initFileLogging(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/logs"));
    const QString path = options->databasePath.isEmpty()
                             ? thuky::services::Workspace::defaultDatabasePath()
                             : options->databasePath;
    auto workspace = thuky::services::Workspace::open(path);
    if (!workspace) {
        thuky::Error shown = workspace.error();
        shown.message.vi =
            QCoreApplication::translate("main", "Không mở được cơ sở dữ liệu %1.\n\n%2")
                .arg(path, workspace.error().text());
        thuky::ui::showError(nullptr, QCoreApplication::translate("main", "Thuky"), shown);
        return thuky::exitCodeFor(workspace.error().code);
    }
    if (options->today.isValid())
        (*workspace)->setToday(options->today);

    thuky::ui::Settings settings;
    (*workspace)->programmes().setDueSoonDays(settings.dueSoonDays());
    // The only user until accounts arrive; the window hands it down to every page.
    thuky::ui::MainWindow window(**workspace, path, thuky::domain::Actor::system(), settings);
    if (options->exitAfterPaint) {
        auto *watcher = new thuky::ui::FirstPaintWatcher(&window);
        QObject::connect(watcher, &thuky::ui::FirstPaintWatcher::firstPaint, &app,
                         [] { QTimer::singleShot(0, qApp, &QCoreApplication::quit); });
    }
    window.show();
    return app.exec();
}
