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
    QString userName; ///< --user: the account to log in as; empty: none
    Lang lang = Lang::Vi;
    Format format = Format::Table;
    QDate today; ///< invalid: the real date
    bool verbose = false;
};

/// Who may run a command on a database that has accounts (one without runs everything as
/// Actor::system()). With --user the command always runs as that logged-in account.
enum class Access {
    Read,  ///< without --user: as Actor::anonymous() (a viewer)
    Login, ///< writes or needs more than a viewer: --user is required
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
    /// The user every service call acts as; set by openWorkspace() (see Access).
    const domain::Actor &actor() const { return m_actor; }
    /// The password the actor logged in with (empty when nobody did); users passwd needs
    /// it to change the actor's own password.
    const QString &loginPassword() const { return m_loginPassword; }
    /// Set by the dispatcher from the command table before the command runs.
    void setAccess(Access access) { m_access = access; }
    QString tr(const char *vi, const char *en) const { return tr2(lang(), vi, en); }

    QString databasePath() const;
    /// Opens the database (creating it only when `create`) with --today applied, and
    /// decides the actor: logs in as --user, or refuses a command that needs a login.
    /// When this fails nothing is written, except that a failed login is counted (and
    /// audited) towards a lock-out and `create` may have made an empty database.
    Result<std::unique_ptr<services::Workspace>> openWorkspace(bool create);

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
    Result<void> authenticate(services::Workspace &ws);

    GlobalOptions m_options;
    Access m_access = Access::Read;
    domain::Actor m_actor;
    QString m_loginPassword;
    bool m_authenticated = false;
};

} // namespace thuky::cli
