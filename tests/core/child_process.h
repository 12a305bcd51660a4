#pragma once
// Runs a piece of a test in a child process, to measure what it costs (peak memory) or to
// give it limits (a maximum file size, standing for a full disk) without touching the test
// process itself.

#include <catch2/catch.hpp>

#include <csignal>
#include <functional>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace thuky::test {

struct ChildOutcome
{
    int exitCode = -1;   ///< what `body` returned; 124 if it threw, -1 if the child was killed
    long peakRssKb = 0;  ///< the child's peak resident memory (it starts as a copy of ours)
};

/// Runs `body` in a forked child and returns its exit code and peak memory. The child never
/// returns into the test framework: it leaves with _exit(). Its address space is capped at
/// 2 GB (not under AddressSanitizer). With `fileSizeLimit` > 0, files
/// the child writes cannot grow past that many bytes (write() fails with EFBIG, SIGXFSZ
/// ignored), as on a full disk.
inline ChildOutcome runInChild(const std::function<int()> &body, rlim_t fileSizeLimit = 0)
{
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
#if !defined(__SANITIZE_ADDRESS__)
        // A reader that regresses runs out of memory here (and the test fails) instead of
        // taking the machine's; AddressSanitizer needs far more address space than it uses.
        const rlimit memory{rlim_t(2) << 30, rlim_t(2) << 30};
        if (::setrlimit(RLIMIT_AS, &memory) != 0)
            ::_exit(126);
#endif
        if (fileSizeLimit > 0) {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{fileSizeLimit, fileSizeLimit};
            if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
                ::_exit(125);
        }
        int code = 124;
        try {
            code = body();
        } catch (...) { // std::bad_alloc under the memory cap: the child must not unwind into Catch
        }
        ::_exit(code);
    }
    int status = 0;
    rusage usage{};
    REQUIRE(::wait4(pid, &status, 0, &usage) == pid);
    return ChildOutcome{WIFEXITED(status) ? WEXITSTATUS(status) : -1, usage.ru_maxrss};
}

/// Peak memory the readers must stay under, whatever the file: 300 MB. Sanitizer builds
/// (scripts/test.sh --sanitize) multiply memory use and are not held to it.
inline long peakRssBoundKb()
{
#if defined(__SANITIZE_ADDRESS__)
    return 4L * 1024 * 1024;
#else
    return 300L * 1024;
#endif
}

} // namespace thuky::test
