#pragma once
// Child processes with their wall time and peak memory (wait4), for the whole-process
// figures of the benchmark: the per-scale workers and the GUI start-up.

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace thuky::bench {

struct ProcessRun
{
    bool started = false;
    int exitCode = -1;  ///< -1 when it did not exit normally
    double wallMs = 0;  ///< from spawn to exit
    long maxRssKb = 0;  ///< ru_maxrss of the child
    bool timedOut = false; ///< killed after the timeout
};

/// Runs `program` with `arguments` in `environment` (KEY=VALUE entries, the whole
/// environment) and waits for it. `quiet` sends its stdout and stderr to /dev/null. A
/// program still running after `timeoutMs` (0: no limit) is killed.
ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QStringList &environment, bool quiet, double timeoutMs = 0);

/// The current environment with `overrides` (KEY=VALUE; "KEY=" with nothing after the
/// sign removes KEY).
QStringList environmentWith(const QStringList &overrides);

/// A private X server (Xvfb) for as long as the object lives.
class VirtualDisplay
{
public:
    VirtualDisplay() = default;
    ~VirtualDisplay();
    VirtualDisplay(const VirtualDisplay &) = delete;
    VirtualDisplay &operator=(const VirtualDisplay &) = delete;

    /// Starts Xvfb on a free display number; false (and `error`) if it cannot.
    bool start(QString *error);
    /// ":N" once started.
    QString display() const { return m_display; }

private:
    pid_t m_pid = -1;
    QString m_display;
};

} // namespace thuky::bench
