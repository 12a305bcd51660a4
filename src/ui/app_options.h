#pragma once
// The command line of the desktop application:
//   thuky [--db FILE] [--exit-after-paint] [--today YYYY-MM-DD]

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
    bool helpRequested = false;
};

struct AppOptionsError
{
    QString message; ///< Vietnamese, for stderr
};

/// Reads the arguments (the program name first). Unknown options and bad dates are errors.
std::optional<AppOptions> parseAppOptions(const QStringList &arguments,
                                          AppOptionsError *error = nullptr);
/// The usage text, in Vietnamese.
QString appUsage();

} // namespace thuky::ui
