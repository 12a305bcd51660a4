#pragma once
// Session: who works in this run of the application. At start-up (and after logging out) it
// asks: on a database without accounts the first administrator is created, otherwise the
// user logs in. Kept apart from main() so that tests can drive it.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class Settings;

class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    /// Runs a start-up dialog and returns its result code: QDialog::exec() unless replaced
    /// (tests answer the dialog; --exit-after-paint closes it once painted).
    using Runner = std::function<int(QDialog &)>;

    Session(services::Workspace &workspace, Settings &settings, QString databasePath);

    void setRunner(Runner runner) { m_runner = std::move(runner); }

    /// Asks who is working: FirstAdminDialog on a database without accounts, LoginDialog
    /// otherwise. std::nullopt when the user gave up (the application quits); an error when
    /// the database could not be read.
    Result<std::optional<domain::Actor>> ask(QWidget *parent = nullptr);

    /// Logs in without a dialog (--user NAME, the password from THUKY_PASSWORD).
    Result<domain::Actor> logIn(const QString &userName, const QString &password);

private:
    services::Workspace &m_workspace;
    Settings &m_settings;
    QString m_databasePath;
    bool m_someoneLoggedIn = false; ///< the next ask() follows a log-out
    Runner m_runner;
};

} // namespace thuky::ui
