#include "gui_bench.h"

#include "process.h"

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
    });
    const QStringList thukyArgs{QStringLiteral("--db"), o.databasePath, QStringLiteral("--exit-after-paint")};

    std::vector<double> empty;
    std::vector<double> thuky;
    long thukyRssKb = 0;
    for (int i = 0; i <= o.runs; ++i) {
        // A window that never paints (a dialog in front of it, say) must not hang the run.
        constexpr double kTimeoutMs = 60'000;
        const ProcessRun e = runProcess(o.emptyWindow, {}, env, true, kTimeoutMs);
        const ProcessRun t = runProcess(o.thuky, thukyArgs, env, true, kTimeoutMs);
        for (const auto &[run, program] : {std::pair{e, o.emptyWindow}, std::pair{t, o.thuky}}) {
            if (run.started && run.exitCode == 0)
                continue;
            const char *why = !run.started ? "did not start"
                              : run.timedOut ? "did not exit within a minute (did its window paint?)"
                                             : "did not exit cleanly";
            std::fprintf(stderr, "thuky-bench: GUI start-up failed: %s %s (exit %d); run it by hand to see why\n",
                         qUtf8Printable(program), why, run.exitCode);
            return false;
        }
        if (i == 0)
            continue; // warm-up: disk cache, font cache
        empty.push_back(e.wallMs);
        thuky.push_back(t.wallMs);
        thukyRssKb = std::max(thukyRssKb, t.maxRssKb);
    }
    const double emptyMs = median(empty);
    const double thukyMs = median(thuky);
    const QList<Figure> measured{
        {QStringLiteral("gui.empty"), QStringLiteral("GUI: empty Qt window, start to exit"), emptyMs,
         QStringLiteral("ms"), 0},
        {QStringLiteral("gui.thuky"), QStringLiteral("GUI: thuky --exit-after-paint"), thukyMs,
         QStringLiteral("ms"), n},
        {QStringLiteral("gui.ratio"), QStringLiteral("GUI: thuky / empty window (target ≤ 1.5)"),
         thukyMs / emptyMs, QStringLiteral("×"), 0},
        {QStringLiteral("gui.memory"), QStringLiteral("GUI: thuky peak memory at first paint"),
         double(thukyRssKb) / 1024.0, QStringLiteral("MB"), n},
    };
    for (const Figure &f : measured)
        std::fprintf(stderr, "  %-44s %10.2f %s\n", qUtf8Printable(f.label), f.value, qUtf8Printable(f.unit));
    *figures += measured;
    return true;
}

} // namespace thuky::bench
