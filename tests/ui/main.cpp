// The runner of the GUI tests: Catch2 inside a QApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/translations.h"

#include <QApplication>
#include <QDir>
#include <QLocale>

int main(int argc, char *argv[])
{
    // No display is needed unless the caller asks for one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::temp().filePath(QStringLiteral("thuky-ui-tests-runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VPQH-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("thuky_ui_tests"));
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    thuky::ui::installQtTranslation(app);
    return Catch::Session().run(argc, argv);
}
