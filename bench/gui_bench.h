#pragma once
// GUI start-up as whole processes on a private Xvfb: `thuky --db DB --exit-after-paint`
// against an empty Qt Widgets window started the same way (DESIGN.md: within 1.5×).

#include "bench_report.h"

namespace thuky::bench {

class VirtualDisplay;

struct GuiBenchOptions
{
    QString thuky;        ///< the thuky executable
    QString emptyWindow;  ///< thuky-bench-emptywindow
    QString databasePath;
    QString scratchDir;   ///< private XDG folders of the started programs
    int runs = 7;         ///< alternating runs of each program after one warm-up; the median
};

/// The start-up times of both programs, their ratio and thuky's peak memory at first
/// paint. Returns false (and says why on stderr) if a program fails to start or exit cleanly.
bool runGuiBench(const GuiBenchOptions &options, const VirtualDisplay &display, long n,
                 QList<Figure> *figures);

} // namespace thuky::bench
