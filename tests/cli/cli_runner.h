#pragma once
// Runs the built thuky-cli in a temporary folder with a fixed "today", without a terminal
// (stdin is closed, as in CI) and with the password variables under the test's control.

#include "thuky/services/demo.h"
#include "thuky/services/programme_service.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace thuky::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonObject json() const
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        INFO(out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isObject());
        return doc.object();
    }
};

/// This process's environment without THUKY_PASSWORD and THUKY_NEW_PASSWORD.
inline QProcessEnvironment environmentWithoutPasswords()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("THUKY_PASSWORD"));
    env.remove(QStringLiteral("THUKY_NEW_PASSWORD"));
    return env;
}

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = environmentWithoutPasswords())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice()); // no terminal: a prompt must not wait
    process.start(QStringLiteral(THUKY_CLI_PATH), args);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return CliRun{process.exitCode(), process.readAllStandardOutput(),
                  process.readAllStandardError()};
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// "--user NAME": acting as that account (with the fixture's THUKY_PASSWORD).
inline QStringList as(const char *userName)
{
    return {QStringLiteral("--user"), QString::fromLatin1(userName)};
}

/// A temporary folder with one database in it; every run names that database and a fixed
/// "today" (16 June 2025) so the demo and the timeliness columns are the same every day.
/// THUKY_PASSWORD is the demo accounts' password unless a test sets another.
class CliFixture
{
public:
    CliFixture()
    {
        REQUIRE(m_dir.isValid());
        setPassword(services::demoPassword());
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("thuky.sqlite")); }

    /// THUKY_PASSWORD for the runs that follow; an empty one is removed.
    void setPassword(const QString &password) { setVariable("THUKY_PASSWORD", password); }
    /// THUKY_NEW_PASSWORD for the runs that follow; an empty one is removed.
    void setNewPassword(const QString &password) { setVariable("THUKY_NEW_PASSWORD", password); }

    CliRun run(const QStringList &args, const QString &db = {}) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db.isEmpty() ? this->db() : db,
                                  QStringLiteral("--today"), QStringLiteral("2025-06-16")} +
                          args,
                      m_env);
    }
    /// Runs and requires exit 0, showing stderr otherwise.
    CliRun ok(const QStringList &args, const QString &db = {}) const
    {
        CliRun r = run(args, db);
        INFO(r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    /// The tasks of a `programme list --format json` run.
    QJsonObject list(const QStringList &args = {}, const QString &db = {}) const
    {
        return ok(QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("programme"), QStringLiteral("list")} +
                      args,
                  db)
            .json();
    }
    /// The office demo (as system: on a database without accounts), which adds one account
    /// per role, all with services::demoPassword().
    CliRun demo(const QString &db = {}) const { return ok({QStringLiteral("demo")}, db); }

private:
    void setVariable(const char *name, const QString &value)
    {
        if (value.isEmpty())
            m_env.remove(QString::fromLatin1(name));
        else
            m_env.insert(QString::fromLatin1(name), value);
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env = environmentWithoutPasswords();
};

inline QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// A CSV in the import layout: the header, a section and the given task rows.
inline QByteArray importCsv(const QList<QStringList> &rows)
{
    const QStringList columns = services::taskColumns();
    QStringList lines{columns.join(QLatin1Char(','))};
    lines << QStringLiteral("I,Công tác tổng hợp");
    for (const QStringList &row : rows) {
        QStringList cells(columns.size());
        for (qsizetype i = 0; i < row.size(); i += 2)
            cells[columns.indexOf(row.at(i))] = row.at(i + 1);
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

/// One task row for importCsv(): number, a fixed content, lead unit, period.
inline QStringList task(const char *number, const char *lead, const char *period)
{
    const QStringList columns = services::taskColumns();
    return {columns.at(0), QString::fromUtf8(number), columns.at(1),
            QStringLiteral("Tổng hợp ý kiến đại biểu Quốc hội"), columns.at(2),
            QString::fromUtf8(lead), columns.at(5), QString::fromUtf8(period)};
}

} // namespace thuky::test
