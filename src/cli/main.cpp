// thuky-cli: the headless entry point. The commands live in commands_*.cpp (see docs/cli.md).

#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <memory>

namespace {

/// Whether the command writes a PDF (--out FILE.pdf): drawing one needs fonts, hence a
/// QGuiApplication, on the offscreen platform so that no display is needed. Every other
/// command starts the lighter QCoreApplication.
bool writesPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        QByteArray value;
        if (arg == "--out" && i + 1 < argc)
            value = argv[i + 1];
        else if (arg.startsWith("--out="))
            value = arg.mid(6);
        if (value.toLower().endsWith(".pdf"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (writesPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the GUI, so both find the same files.
    QCoreApplication::setOrganizationName(QStringLiteral("VPQH"));
    QCoreApplication::setApplicationName(QStringLiteral("Thuky"));
    return thuky::cli::runCli(QCoreApplication::arguments().mid(1));
}
