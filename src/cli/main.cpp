// thuky-cli: the headless entry point. The commands live in commands_*.cpp (see docs/cli.md).

#include "commands.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so both find the same files.
    QCoreApplication::setOrganizationName(QStringLiteral("VPQH"));
    QCoreApplication::setApplicationName(QStringLiteral("Thuky"));
    return thuky::cli::runCli(QCoreApplication::arguments().mid(1));
}
