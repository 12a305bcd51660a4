#pragma once
// Runs the built thuky-cli in a temporary folder with a fixed "today".

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

inline CliRun runCli(const QStringList &args)
{
    QProcess process;
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

/// A temporary folder with one database in it; every run names that database and a fixed
/// "today" (16 June 2025) so the demo and the timeliness columns are the same every day.
class CliFixture
{
public:
    CliFixture() { REQUIRE(m_dir.isValid()); }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("thuky.sqlite")); }

    CliRun run(const QStringList &args, const QString &db = {}) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db.isEmpty() ? this->db() : db,
                                  QStringLiteral("--today"), QStringLiteral("2025-06-16")} +
                      args);
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
    void demo(const QString &db = {}) const { ok({QStringLiteral("demo")}, db); }

private:
    QTemporaryDir m_dir;
};

inline QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace thuky::test
