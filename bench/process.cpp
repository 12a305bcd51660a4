#include "process.h"

#include <QProcessEnvironment>
#include <QStandardPaths>

#include <chrono>
#include <vector>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <ctime>
#include <unistd.h>

namespace thuky::bench {

namespace {

// posix_spawn wants NUL-terminated char* arrays that outlive the call.
class CStrings
{
public:
    explicit CStrings(const QStringList &list)
    {
        for (const QString &s : list)
            m_bytes.push_back(s.toLocal8Bit());
        for (QByteArray &b : m_bytes)
            m_pointers.push_back(b.data());
        m_pointers.push_back(nullptr);
    }
    char **data() { return m_pointers.data(); }

private:
    std::vector<QByteArray> m_bytes;
    std::vector<char *> m_pointers;
};

pid_t spawn(const QString &program, const QStringList &arguments, const QStringList &environment,
            bool quiet)
{
    CStrings argv(QStringList{program} + arguments);
    CStrings envp(environment);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (quiet) {
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    }
    pid_t pid = -1;
    const QByteArray path = program.toLocal8Bit();
    const int rc = posix_spawn(&pid, path.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : -1;
}

} // namespace

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QStringList &environment, bool quiet, double timeoutMs)
{
    using Clock = std::chrono::steady_clock;
    ProcessRun run;
    const auto start = Clock::now();
    const pid_t pid = spawn(program, arguments, environment, quiet);
    if (pid < 0)
        return run;
    run.started = true;
    int status = 0;
    rusage usage{};
    auto elapsedMs = [&] { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); };
    if (timeoutMs <= 0) {
        while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
        }
    } else {
        // Polled every 0.2 ms: precise enough for start-up times of a few hundred ms.
        while (wait4(pid, &status, WNOHANG, &usage) == 0) {
            if (elapsedMs() > timeoutMs) {
                kill(pid, SIGKILL);
                wait4(pid, &status, 0, &usage);
                run.timedOut = true;
                break;
            }
            const timespec pause{0, 200'000};
            nanosleep(&pause, nullptr);
        }
    }
    run.wallMs = elapsedMs();
    run.exitCode = WIFEXITED(status) && !run.timedOut ? WEXITSTATUS(status) : -1;
    run.maxRssKb = usage.ru_maxrss;
    return run;
}

QStringList environmentWith(const QStringList &overrides)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : overrides) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const QString key = entry.left(eq);
        const QString value = entry.mid(eq + 1);
        if (value.isEmpty())
            env.remove(key);
        else
            env.insert(key, value);
    }
    return env.toStringList();
}

VirtualDisplay::~VirtualDisplay()
{
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
        int status = 0;
        waitpid(m_pid, &status, 0);
    }
}

bool VirtualDisplay::start(QString *error)
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        *error = QStringLiteral("Xvfb is not installed (apt-get install xvfb)");
        return false;
    }
    // Xvfb picks a free display number itself and writes it to the pipe (-displayfd).
    int fds[2];
    if (pipe(fds) != 0) {
        *error = QStringLiteral("pipe() failed");
        return false;
    }
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    m_pid = spawn(xvfb,
                  {QStringLiteral("-displayfd"), QString::number(fds[1]), QStringLiteral("-screen"),
                   QStringLiteral("0"), QStringLiteral("1920x1080x24"), QStringLiteral("-nolisten"),
                   QStringLiteral("tcp")},
                  environmentWith({}), true);
    close(fds[1]);
    QByteArray number;
    pollfd pfd{fds[0], POLLIN, 0};
    while (m_pid > 0 && poll(&pfd, 1, 10000) > 0) {
        char c = 0;
        if (read(fds[0], &c, 1) != 1 || c == '\n')
            break;
        number.append(c);
    }
    close(fds[0]);
    if (m_pid < 0 || number.isEmpty()) {
        *error = QStringLiteral("Xvfb did not start");
        return false;
    }
    m_display = QLatin1Char(':') + QString::fromLatin1(number);
    return true;
}

} // namespace thuky::bench
