#include "common/settings.h"

#include "common/translations.h"

#include "thuky/domain/programme.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace thuky::ui {

namespace {
// The keys, and nothing else, live here: renaming one is a change of the settings format.
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kLastPage = QStringLiteral("mainWindow/lastPage");
const QString kReopenLastPage = QStringLiteral("mainWindow/reopenLastPage");
const QString kLanguage = QStringLiteral("ui/language"); // "vi" or "en"
const QString kDueSoonDays = QStringLiteral("programme/dueSoonDays");
const QString kLastProgrammeYear = QStringLiteral("programme/lastYear");
// A new key since the status columns moved next to the deadline: the old saved layout would
// put them back at the far right.
const QString kTaskHeaderState = QStringLiteral("programme/taskColumns");
const QString kLastImportFolder = QStringLiteral("files/lastImportFolder");
const QString kLastExportFolder = QStringLiteral("files/lastExportFolder");
// Followed by a digest of the database's path: one name per database.
const QString kLastUserName = QStringLiteral("session/lastUserName/");

constexpr int kMaxDueSoonDays = 365;
} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}
QByteArray Settings::mainWindowState() const
{
    return m_settings->value(kState).toByteArray();
}
void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}
QString Settings::lastPage() const
{
    return m_settings->value(kLastPage).toString();
}
void Settings::setLastPage(const QString &key)
{
    m_settings->setValue(kLastPage, key);
}
bool Settings::reopenLastPage() const
{
    return m_settings->value(kReopenLastPage, false).toBool();
}
void Settings::setReopenLastPage(bool reopen)
{
    m_settings->setValue(kReopenLastPage, reopen);
}

Lang Settings::language() const
{
    return languageFromCode(m_settings->value(kLanguage).toString()).value_or(Lang::Vi);
}
void Settings::setLanguage(Lang language)
{
    m_settings->setValue(kLanguage, languageCode(language));
}

int Settings::dueSoonDays() const
{
    bool ok = false;
    const int days = m_settings->value(kDueSoonDays, domain::kDefaultDueSoonDays).toInt(&ok);
    return ok && days >= 0 && days <= kMaxDueSoonDays ? days : domain::kDefaultDueSoonDays;
}
void Settings::setDueSoonDays(int days)
{
    m_settings->setValue(kDueSoonDays, days);
}

int Settings::lastProgrammeYear() const
{
    return m_settings->value(kLastProgrammeYear, 0).toInt();
}
void Settings::setLastProgrammeYear(int year)
{
    m_settings->setValue(kLastProgrammeYear, year);
}
QByteArray Settings::taskHeaderState() const
{
    return m_settings->value(kTaskHeaderState).toByteArray();
}
void Settings::setTaskHeaderState(const QByteArray &state)
{
    m_settings->setValue(kTaskHeaderState, state);
}

QString Settings::lastImportFolder() const
{
    return m_settings->value(kLastImportFolder, QDir::homePath()).toString();
}
void Settings::setLastImportFolder(const QString &folder)
{
    m_settings->setValue(kLastImportFolder, folder);
}
QString Settings::lastExportFolder() const
{
    return m_settings->value(kLastExportFolder, QDir::homePath()).toString();
}
void Settings::setLastExportFolder(const QString &folder)
{
    m_settings->setValue(kLastExportFolder, folder);
}

QString lastUserNameKey(const QString &databasePath)
{
    const QByteArray digest =
        QCryptographicHash::hash(QFileInfo(databasePath).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Sha256);
    return kLastUserName + QString::fromLatin1(digest.toHex().left(16));
}

QString Settings::lastUserName(const QString &databasePath) const
{
    return m_settings->value(lastUserNameKey(databasePath)).toString();
}
void Settings::setLastUserName(const QString &databasePath, const QString &userName)
{
    m_settings->setValue(lastUserNameKey(databasePath), userName);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace thuky::ui
