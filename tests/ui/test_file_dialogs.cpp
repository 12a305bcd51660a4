// The file dialogs must never open the database's own files: closing any descriptor of a
// file drops every POSIX lock the process holds on it, SQLite's included, and a second
// process (thuky-cli beside the GUI) then checkpoints and deletes the WAL the GUI still
// writes into.

#include "test_support.h"

#include "common/file_dialogs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace thuky;

namespace {

/// Runs one statement in the sqlite3 shell, a second process like thuky-cli would be.
QString sqliteShell(const QString &path, const QString &sql)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    INFO("the sqlite3 shell is a test dependency (scripts/deps.sh)");
    REQUIRE_FALSE(shell.isEmpty());
    QProcess process;
    process.start(shell, {path, sql});
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

/// Waits until the open file dialog has shown `fileName` with its type (the details Qt's
/// file model fetches in a background thread), then cancels the dialog.
void cancelOnceDetailed(const QString &fileName, bool *sawDetails)
{
    auto *timer = new QTimer;
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, [=] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *model = dialog->findChild<QFileSystemModel *>();
        const QModelIndex index =
            model ? model->index(QDir(dialog->directory()).filePath(fileName)) : QModelIndex();
        const bool detailed = index.isValid() && !model->type(index).isEmpty();
        if (detailed || clock->elapsed() > 10000) {
            *sawDetails = detailed;
            timer->stop();
            timer->deleteLater();
            delete clock;
            dialog->reject();
        }
    });
    timer->start(50);
}

} // namespace

TEST_CASE("Browsing the database's folder in a file dialog keeps the database's locks",
          "[ui][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thuky.sqlite"));
    auto ws = test::ok(services::Workspace::open(path));
    services::Workspace &workspace = *ws;
    test::ok(workspace.db().exec("CREATE TABLE probe(n INTEGER)"));
    test::ok(workspace.db().exec("INSERT INTO probe VALUES (1)"));
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    REQUIRE(QFile::exists(path + QStringLiteral("-shm")));

    // Both choosers, as the import and export commands use them.
    for (const bool save : {false, true}) {
        bool sawDetails = false;
        cancelOnceDetailed(QStringLiteral("thuky.sqlite-shm"), &sawDetails);
        const QString chosen = save ? ui::chooseSaveFile(nullptr, QStringLiteral("Lưu"),
                                                         dir.filePath(QStringLiteral("x.csv")),
                                                         QStringLiteral("*"), nullptr)
                                    : ui::chooseOpenFile(nullptr, QStringLiteral("Mở"), dir.path(),
                                                         QStringLiteral("*"));
        CHECK(chosen.isEmpty());
        INFO("the dialog listed the database's folder with its details");
        REQUIRE(sawDetails);
    }

    // A second process opens and closes the database; with the first process's locks gone
    // it would believe itself the last connection and delete the WAL.
    CHECK(sqliteShell(path, QStringLiteral("SELECT count(*) FROM probe")) == QStringLiteral("1"));
    test::ok(workspace.db().exec("INSERT INTO probe VALUES (2)"));
    CHECK(sqliteShell(path, QStringLiteral("SELECT count(*) FROM probe")) == QStringLiteral("2"));
    CHECK(sqliteShell(path, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}
