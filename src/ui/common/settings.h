#pragma once
// Settings: every QSettings key of the desktop application, typed, in one place.

#include "thuky/core/result.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace thuky::ui {

class Settings
{
public:
    /// The user's settings of the application (organization and application names).
    Settings();
    /// Settings kept in an INI file at `iniPath` (tests, portable use).
    explicit Settings(const QString &iniPath);
    ~Settings();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    /// The key of the page shown last ("programme").
    QString lastPage() const;
    void setLastPage(const QString &key);
    /// Whether the main window reopens the page shown last instead of the home page ("Hôm
    /// nay"); false unless chosen: the day starts on the home page.
    bool reopenLastPage() const;
    void setReopenLastPage(bool reopen);

    /// The language of the GUI, applied at the next start; Vietnamese unless chosen.
    Lang language() const;
    void setLanguage(Lang language);

    /// Days before a deadline at which an unfinished task counts as due soon.
    int dueSoonDays() const;
    void setDueSoonDays(int days);
    /// The year of the programme shown last; 0 when none was.
    int lastProgrammeYear() const;
    void setLastProgrammeYear(int year);
    /// Column widths and order of the task list.
    QByteArray taskHeaderState() const;
    void setTaskHeaderState(const QByteArray &state);

    /// The folders of the last import and export, for the file dialogs; empty: home.
    QString lastImportFolder() const;
    void setLastImportFolder(const QString &folder);
    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

    /// The user name of the last successful log-in, offered by the log-in dialog.
    /// The last user name that logged in to the database at `databasePath`: each database has
    /// its own accounts, so a name from another one is never offered.
    QString lastUserName(const QString &databasePath) const;
    void setLastUserName(const QString &databasePath, const QString &userName);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace thuky::ui
