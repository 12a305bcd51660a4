#pragma once
// GUI start-up as whole processes on a private Xvfb, against an empty Qt Widgets window
// started the same way (DESIGN.md: within 1.5×): `thuky --exit-after-paint` up to its first
// window (the log-in dialog), and `thuky --user NAME --exit-after-paint` (password in the
// environment) up to the main window.

#include "bench_report.h"

namespace thuky::bench {

class VirtualDisplay;

struct GuiBenchOptions
{
    QString thuky;        ///< the thuky executable
    QString emptyWindow;  ///< thuky-bench-emptywindow
    QString databasePath;
    QString userName;     ///< an account of the database; empty: no main-window figures
    QString password;
    QString scratchDir;   ///< private XDG folders of the started programs
    int runs = 7;         ///< alternating runs of each program after one warm-up; the median
};

/// The start-up times, their ratios to the empty window and thuky's peak memory. Returns
/// false (and says why on stderr) if a program fails to start or exit cleanly.
bool runGuiBench(const GuiBenchOptions &options, const VirtualDisplay &display, long n,
                 QList<Figure> *figures);

} // namespace thuky::bench
