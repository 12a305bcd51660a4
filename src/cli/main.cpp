// thuky-cli: the headless entry point. The commands live in commands_*.cpp (see docs/cli.md).

#include "commands.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <memory>

namespace {

/// Whether the command line writes a PDF (`--out FILE.pdf` or `--out=FILE.pdf`, or `notices
/// issue`, which stores the issued notice's PDF): laying out its text needs a
/// QGuiApplication, which every other command is spared, to start fast.
bool writesPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "notices" && i + 1 < argc && QByteArray(argv[i + 1]) == "issue")
            return true;
        QByteArray value;
        if (argument == "--out" && i + 1 < argc)
            value = argv[i + 1];
        else if (argument.startsWith("--out="))
            value = argument.mid(6);
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
        // Fonts and layout without a display: the CLI never opens a window.
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
