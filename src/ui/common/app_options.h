#pragma once
// The command line of the desktop application:
//   thuky [--db FILE] [--user NAME] [--lang vi|en] [--exit-after-paint] [--today YYYY-MM-DD]
// With --user the password is read from the environment (THUKY_PASSWORD), never from the
// command line, where other users of the machine could read it.

#include "thuky/core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace thuky::ui {

struct AppOptions
{
    QString databasePath;        ///< empty: Workspace::defaultDatabasePath()
    bool exitAfterPaint = false; ///< quit once the main window has painted (start-up timing)
    QDate today;                 ///< invalid: the real date
    QString userName;            ///< log in as this user without the dialog; empty: ask
    std::optional<Lang> language; ///< --lang: the GUI's language for this run; none: the setting
    bool helpRequested = false;
};

struct AppOptionsError
{
    QString message; ///< in the GUI's language, for stderr
};

/// Reads the arguments (the program name first). Unknown options and bad dates are errors.
std::optional<AppOptions> parseAppOptions(const QStringList &arguments,
                                          AppOptionsError *error = nullptr);
/// The usage text, in the GUI's language.
QString appUsage();

/// The environment variable that holds the password for --user.
inline constexpr char kPasswordVariable[] = "THUKY_PASSWORD";

} // namespace thuky::ui
