#include "password.h"

#include "context.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

#include <termios.h>
#include <unistd.h>

namespace thuky::cli {

namespace {

// The terminal settings to put back, also from a signal handler (Ctrl-C while typing).
termios g_saved{};
volatile std::sig_atomic_t g_echoOff = 0;
constexpr int kRestoringSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void restoreEchoAndReraise(int sig)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

/// Terminal echo off for its lifetime (the Enter key still moves to a new line); echo comes
/// back on when it ends, and also when a signal ends the program meanwhile.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_saved) != 0)
            return;
        struct sigaction restore{};
        restore.sa_handler = restoreEchoAndReraise;
        sigemptyset(&restore.sa_mask);
        for (size_t i = 0; i < std::size(kRestoringSignals); ++i)
            sigaction(kRestoringSignals[i], &restore, &m_previous[i]);
        termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0)
            g_echoOff = 1;
    }
    ~EchoOff()
    {
        if (g_echoOff)
            tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
        g_echoOff = 0;
        for (size_t i = 0; i < std::size(kRestoringSignals); ++i)
            sigaction(kRestoringSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    struct sigaction m_previous[std::size(kRestoringSignals)]{};
};

/// One line typed on the terminal without echo; std::nullopt at end of input.
std::optional<QString> askHidden(const QString &prompt)
{
    const QByteArray bytes = prompt.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    EchoOff quiet;
    char *line = nullptr;
    size_t capacity = 0;
    const ssize_t read = ::getline(&line, &capacity, stdin);
    std::optional<QString> typed;
    if (read >= 0) {
        ssize_t length = read;
        while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
            --length;
        typed = QString::fromUtf8(line, length);
    }
    if (line) {
        explicit_bzero(line, capacity);
        std::free(line);
    }
    return typed;
}

std::optional<QString> fromEnvironment(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? std::nullopt : std::optional(value);
}

Error noTerminal(const char *variable)
{
    const QString name = QString::fromLatin1(variable);
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("Cần mật khẩu: đặt %1, hoặc chạy lệnh trong một terminal để "
                                    "nhập mật khẩu.")
                         .arg(name),
                     QStringLiteral("A password is needed: set %1, or run the command in a "
                                    "terminal to type it.")
                         .arg(name),
                     name);
}

Error nothingTyped()
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("Chưa nhập mật khẩu."),
                     QStringLiteral("No password was typed."));
}

Result<QString> askOrRefuse(const QString &prompt)
{
    auto typed = askHidden(prompt);
    if (!typed || typed->isEmpty())
        return nothingTyped();
    return *typed;
}

} // namespace

Result<QString> readLoginPassword(Lang lang, const QString &userName)
{
    if (auto value = fromEnvironment(kPasswordVariable))
        return *value;
    if (!isatty(STDIN_FILENO))
        return noTerminal(kPasswordVariable);
    return askOrRefuse(tr2(lang, "Mật khẩu của %1: ", "Password for %1: ").arg(userName));
}

Result<QString> readNewPassword(Lang lang, const QString &userName)
{
    if (auto value = fromEnvironment(kNewPasswordVariable))
        return *value;
    if (!isatty(STDIN_FILENO))
        return noTerminal(kNewPasswordVariable);
    auto first = askOrRefuse(tr2(lang, "Mật khẩu mới của %1: ", "New password for %1: ").arg(userName));
    if (!first)
        return first;
    auto again = askOrRefuse(tr2(lang, "Nhập lại mật khẩu mới: ", "Type the new password again: "));
    if (!again)
        return again;
    if (*first != *again)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Hai lần nhập mật khẩu mới không khớp; chưa đổi gì."),
                         QStringLiteral("The two new passwords differ; nothing was changed."));
    return *first;
}

} // namespace thuky::cli
