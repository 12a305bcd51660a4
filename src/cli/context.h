#pragma once
// What every command needs: the global options, the acting user, output and error helpers.

#include "arguments.h"
#include "output.h"

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QDate>
#include <QString>

#include <memory>

namespace thuky::services {
class Workspace;
}

namespace thuky::cli {

/// Exit code for a usage error (unknown command or option, missing argument).
constexpr int kExitUsage = 2;

/// The CLI's own messages in both languages. The literals are UTF-8.
QString tr2(Lang lang, const char *vi, const char *en);

struct GlobalOptions
{
    QString dbPath; ///< empty: the GUI's database
    Lang lang = Lang::Vi;
    Format format = Format::Table;
    QDate today; ///< invalid: the real date
    bool verbose = false;
};

/// The command words and the positional arguments that follow them.
struct Invocation
{
    const ParsedArgs &args;
    QStringList positionals;
};

class Context
{
public:
    explicit Context(GlobalOptions options);

    const GlobalOptions &options() const { return m_options; }
    Lang lang() const { return m_options.lang; }
    Format format() const { return m_options.format; }
    /// The user every service call acts as. A later --user option changes only this.
    const domain::Actor &actor() const { return m_actor; }
    QString tr(const char *vi, const char *en) const { return tr2(lang(), vi, en); }

    QString databasePath() const;
    /// Opens the database (creating it only when `create`) with --today applied.
    Result<std::unique_ptr<services::Workspace>> openWorkspace(bool create) const;

    /// Writes UTF-8 to stdout / one line to stderr.
    void out(const QString &text) const;
    void err(const QString &line) const;
    /// The result of a command: in table format the message, then the record; in JSON or
    /// CSV the record alone.
    void report(const QString &message, const Record &record) const;
    /// Prints the error in the chosen language, logs its detail; returns its exit code.
    int fail(const Error &error) const;
    /// Prints the message and the usage text on stderr; returns kExitUsage.
    int usageError(const QString &message) const;

private:
    GlobalOptions m_options;
    domain::Actor m_actor;
};

} // namespace thuky::cli
