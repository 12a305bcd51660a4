#include "gui_bench.h"

#include "process.h"

#include "thuky/services/key_store.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace thuky::bench {

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

struct Program
{
    QString path;
    QStringList arguments;
    QStringList environment;
    std::vector<double> times;
    long maxRssKb = 0;
};

} // namespace

bool runGuiBench(const GuiBenchOptions &o, const VirtualDisplay &display, long n, QList<Figure> *figures)
{
    // Own settings, logs and runtime folder: the user's are neither read nor changed, and
    // every run starts like a first start.
    const QString runtime = o.scratchDir + QStringLiteral("/runtime");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QStringList env = environmentWith({
        QStringLiteral("DISPLAY=") + display.display(),
        QStringLiteral("WAYLAND_DISPLAY="),
        QStringLiteral("QT_QPA_PLATFORM="),
        QStringLiteral("XDG_RUNTIME_DIR=") + runtime,
        QStringLiteral("XDG_CONFIG_HOME=") + o.scratchDir + QStringLiteral("/config"),
        QStringLiteral("XDG_DATA_HOME=") + o.scratchDir + QStringLiteral("/data"),
        // The key of the database this process made lives in this process's key folder.
        QStringLiteral("THUKY_KEY_DIR=") + services::KeyStore::defaultDirectory(),
        QStringLiteral("THUKY_PASSWORD="),
    });
    const QStringList common{QStringLiteral("--db"), o.databasePath, QStringLiteral("--exit-after-paint")};

    std::vector<Program> programs{{o.emptyWindow, {}, env, {}, 0}, {o.thuky, common, env, {}, 0}};
    if (!o.userName.isEmpty()) {
        // The password goes through the environment, as thuky wants it.
        programs.push_back({o.thuky, common + QStringList{QStringLiteral("--user"), o.userName},
                            env + QStringList{QStringLiteral("THUKY_PASSWORD=") + o.password}, {}, 0});
    }

    // Alternating runs, so a change in the machine's load touches every program alike; the
    // first round only warms the disk and font caches.
    for (int i = 0; i <= o.runs; ++i) {
        for (Program &p : programs) {
            // A window that never paints (a dialog in front of it, say) must not hang the run.
            const ProcessRun run = runProcess(p.path, p.arguments, p.environment, true, 60'000);
            if (!run.started || run.exitCode != 0) {
                const char *why = !run.started ? "did not start"
                                  : run.timedOut ? "did not exit within a minute (did its window paint?)"
                                                 : "did not exit cleanly";
                std::fprintf(stderr, "thuky-bench: GUI start-up failed: %s %s %s (exit %d); run it by hand to see why\n",
                             qUtf8Printable(p.path), qUtf8Printable(p.arguments.join(QLatin1Char(' '))), why,
                             run.exitCode);
                return false;
            }
            if (i > 0) {
                p.times.push_back(run.wallMs);
                p.maxRssKb = std::max(p.maxRssKb, run.maxRssKb);
            }
        }
    }

    const double emptyMs = median(programs[0].times);
    const double dialogMs = median(programs[1].times);
    QList<Figure> measured{
        {QStringLiteral("gui.empty"), QStringLiteral("GUI: empty Qt window, start to exit"), emptyMs,
         QStringLiteral("ms"), 0},
        {QStringLiteral("gui.dialog"), QStringLiteral("GUI: thuky to its first window (log-in)"), dialogMs,
         QStringLiteral("ms"), n},
        {QStringLiteral("gui.dialog-ratio"), QStringLiteral("GUI: first window / empty window"),
         dialogMs / emptyMs, QStringLiteral("×"), 0},
    };
    if (programs.size() > 2) {
        const double mainMs = median(programs[2].times);
        measured += {
            {QStringLiteral("gui.main"), QStringLiteral("GUI: thuky --user, to the main window"), mainMs,
             QStringLiteral("ms"), n},
            {QStringLiteral("gui.main-ratio"), QStringLiteral("GUI: main window / empty (target ≤ 1.5)"),
             mainMs / emptyMs, QStringLiteral("×"), 0},
            {QStringLiteral("gui.memory"), QStringLiteral("GUI: thuky --user peak memory"),
             double(programs[2].maxRssKb) / 1024.0, QStringLiteral("MB"), n},
        };
    }
    for (const Figure &f : measured)
        std::fprintf(stderr, "  %-44s %10.2f %s\n", qUtf8Printable(f.label), f.value, qUtf8Printable(f.unit));
    *figures += measured;
    return true;
}

} // namespace thuky::bench
