#pragma once
// The in-process figures of one demo scale: demo generation, opening, the first screen,
// filters and sorts, CSV/XLSX export and import, peak memory.

#include "bench_report.h"

#include "thuky/services/demo.h"

namespace thuky::bench {

struct CoreBenchOptions
{
    services::DemoScale scale = services::DemoScale::Office;
    QString databasePath; ///< created afresh; left in place for the GUI figures
    QString workDir;      ///< for the export files and the import database
    int runs = 5;         ///< runs of a fast operation; the median is reported
};

struct CoreBenchResult
{
    QList<Figure> figures;
    QString userName; ///< the demo's administrator, for the GUI figures; empty if none
};

/// Runs every measurement of one scale. Stops the process with a message if a core call
/// fails: a benchmark of a failing program measures nothing.
CoreBenchResult runCoreBench(const CoreBenchOptions &options);

} // namespace thuky::bench
