// thuky-bench: the figures behind the performance targets of DESIGN.md, at the office,
// decade and stress demo scales side by side. Each scale runs in its own worker process
// (this program again, with --worker) so its peak memory is its own; the GUI start-up is
// timed as whole processes on a private Xvfb. See docs/performance.md.

#include "bench_report.h"
#include "core_bench.h"
#include "gui_bench.h"
#include "process.h"

#include "thuky/core/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

using namespace thuky;
using namespace thuky::bench;

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

int runWorker(const QCommandLineParser &args, const QString &scaleKey, int runs)
{
    const auto scale = services::demoScaleFromKey(scaleKey);
    if (!scale) {
        print(stderr, QStringLiteral("thuky-bench: unknown scale %1\n").arg(scaleKey));
        return 2;
    }
    CoreBenchOptions options;
    options.scale = *scale;
    options.databasePath = args.value(QStringLiteral("db"));
    options.workDir = args.value(QStringLiteral("workdir"));
    options.runs = runs;
    QDir().mkpath(options.workDir);
    const CoreBenchResult result = runCoreBench(options);
    QFile out(args.value(QStringLiteral("out")));
    QFile user(args.value(QStringLiteral("out")) + QStringLiteral(".user"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || !user.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 3;
    out.write(serialize(result.figures).toUtf8());
    user.write(result.userName.toUtf8());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // A worker times PDF writing, which lays out text: it needs a QGuiApplication, on the
    // offscreen platform (the GUI figures start their own processes with their own display).
    const bool worker = std::any_of(argv + 1, argv + argc, [](const char *arg) {
        return std::strcmp(arg, "--worker") == 0 || std::strncmp(arg, "--worker=", 9) == 0;
    });
    std::unique_ptr<QCoreApplication> application;
    if (worker) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("thuky-bench"));
    initStderrLogging(false);

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral(
        "Times Thuky's core operations at the demo scales side by side, and the GUI start-up "
        "against an empty Qt window. Build it in Release (scripts/run.sh configures build/ so)."));
    args.addHelpOption();
    args.addOptions({
        {QStringLiteral("scales"), QStringLiteral("Comma-separated scales (default office,decade,stress)."),
         QStringLiteral("LIST"), QStringLiteral("office,decade,stress")},
        {QStringLiteral("quick"), QStringLiteral("The office scale only.")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each fast operation; the median is shown (default 5)."),
         QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("no-gui"), QStringLiteral("Skip the GUI start-up figures.")},
        {QStringLiteral("gui"), QStringLiteral("The thuky executable (default: the one of this build tree)."),
         QStringLiteral("PATH")},
        {QStringLiteral("keep"), QStringLiteral("Work in DIR and keep the demo databases there."),
         QStringLiteral("DIR")},
        // Internal: one scale in a worker process.
        {QStringLiteral("worker"), QStringLiteral("(internal) run one scale"), QStringLiteral("SCALE")},
        {QStringLiteral("db"), QStringLiteral("(internal)"), QStringLiteral("PATH")},
        {QStringLiteral("workdir"), QStringLiteral("(internal)"), QStringLiteral("DIR")},
        {QStringLiteral("out"), QStringLiteral("(internal)"), QStringLiteral("FILE")},
    });
    args.process(app);
    const int runs = std::max(1, args.value(QStringLiteral("runs")).toInt());
    if (args.isSet(QStringLiteral("worker")))
        return runWorker(args, args.value(QStringLiteral("worker")), runs);

    QStringList scales = args.isSet(QStringLiteral("quick"))
                             ? QStringList{QStringLiteral("office")}
                             : args.value(QStringLiteral("scales")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &s : scales) {
        if (!services::demoScaleFromKey(s)) {
            print(stderr, QStringLiteral("thuky-bench: unknown scale \"%1\" (office, decade, stress)\n").arg(s));
            return 2;
        }
    }

    QTemporaryDir temp;
    const QString work = args.isSet(QStringLiteral("keep")) ? QDir(args.value(QStringLiteral("keep"))).absolutePath()
                                                            : temp.path();
    QDir().mkpath(work);

    // The GUI figures need the application, the baseline window and an X server.
    const QString here = QCoreApplication::applicationDirPath();
    GuiBenchOptions gui;
    gui.thuky = args.isSet(QStringLiteral("gui")) ? args.value(QStringLiteral("gui"))
                                                  : QDir(here).filePath(QStringLiteral("../src/app/thuky"));
    gui.emptyWindow = QDir(here).filePath(QStringLiteral("thuky-bench-emptywindow"));
    gui.scratchDir = work + QStringLiteral("/gui");
    VirtualDisplay display;
    QString guiSkipped;
    if (args.isSet(QStringLiteral("no-gui")))
        guiSkipped = QStringLiteral("--no-gui");
    else if (!QFileInfo(gui.thuky).isExecutable())
        guiSkipped = QStringLiteral("%1 is not built").arg(QDir::cleanPath(gui.thuky));
    else if (!QFileInfo(gui.emptyWindow).isExecutable())
        guiSkipped = QStringLiteral("thuky-bench-emptywindow is not built");
    else if (QString error; !display.start(&error))
        guiSkipped = error;

#ifdef NDEBUG
    const QString build = QStringLiteral("optimised build");
#else
    const QString build = QStringLiteral("NOT an optimised build (assertions on): figures are not representative");
#endif
    const QString header =
        QStringLiteral("Thuky %1 benchmark, %2\n%3, %4 cores, %5; Qt %6; %7; median of %8 runs for fast operations\n")
            .arg(QStringLiteral(THUKY_BENCH_VERSION), QDate::currentDate().toString(Qt::ISODate), cpuModel())
            .arg(std::thread::hardware_concurrency())
            .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()), build)
            .arg(runs);
    print(stderr, header);
    if (!guiSkipped.isEmpty())
        print(stderr, QStringLiteral("GUI start-up not measured: %1\n").arg(guiSkipped));

    QList<ScaleFigures> results;
    bool guiFailed = false;
    for (const QString &scale : scales) {
        print(stderr, QStringLiteral("== %1 ==\n").arg(scale));
        const QString db = work + QLatin1Char('/') + scale + QStringLiteral(".sqlite");
        const QString out = work + QLatin1Char('/') + scale + QStringLiteral(".tsv");
        const ProcessRun worker = runProcess(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--worker"), scale, QStringLiteral("--db"), db, QStringLiteral("--workdir"),
             work + QLatin1Char('/') + scale, QStringLiteral("--out"), out, QStringLiteral("--runs"),
             QString::number(runs)},
            environmentWith({}), false);
        QFile file(out);
        if (worker.exitCode != 0 || !file.open(QIODevice::ReadOnly)) {
            print(stderr, QStringLiteral("thuky-bench: the %1 worker failed (exit %2)\n").arg(scale).arg(worker.exitCode));
            return 1;
        }
        ScaleFigures figures{scale, deserialize(QString::fromUtf8(file.readAll()))};
        if (guiSkipped.isEmpty()) {
            gui.databasePath = db;
            QFile user(out + QStringLiteral(".user"));
            gui.userName = user.open(QIODevice::ReadOnly) ? QString::fromUtf8(user.readAll()) : QString();
            gui.password = services::demoPassword();
            gui.runs = runs + 2;
            long n = 0;
            for (const Figure &f : figures.figures) {
                if (f.key == QLatin1String("n.tasks"))
                    n = long(f.value);
            }
            if (!runGuiBench(gui, display, n, &figures.figures))
                guiFailed = true;
        }
        results.append(figures);
    }

    print(stdout, QLatin1Char('\n') + header + QLatin1Char('\n') + formatTable(results));
    return guiFailed ? 1 : 0;
}
