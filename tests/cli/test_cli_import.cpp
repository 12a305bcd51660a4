// thuky-cli programme export/import: round trips through CSV and XLSX, and bad files that
// are refused with their row and column named and nothing written.

#include "cli_runner.h"

#include "thuky/services/programme_service.h"

#include <QFile>

using namespace thuky::test;

namespace {

/// The task list without what differs between two databases (ids).
QJsonArray comparableTasks(const QJsonObject &list)
{
    QJsonArray tasks;
    for (const QJsonValue &t : list.value(QLatin1String("tasks")).toArray()) {
        QJsonObject task = t.toObject();
        for (const char *key : {"id", "parentId", "carriedFromId"})
            task.remove(QLatin1String(key));
        tasks.append(task);
    }
    return tasks;
}

} // namespace

TEST_CASE("export then import into another database reproduces the list")
{
    CliFixture cli;
    cli.demo();
    // The other database has the same people and units (same seed) but its demo
    // programmes are for 2026, so 2025 is free to import into.
    const QString other = cli.path(QStringLiteral("other.sqlite"));
    cli.ok(words("--today 2026-06-16 demo"), other);

    const char *extension = GENERATE("csv", "xlsx");
    INFO(extension);
    const QString file = cli.path(QStringLiteral("btk.") + QLatin1String(extension));
    cli.ok(QStringList{QStringLiteral("programme"), QStringLiteral("export"), QStringLiteral("--year"),
                       QStringLiteral("2025"), QStringLiteral("--owner"), QStringLiteral("BTK"),
                       QStringLiteral("--out"), file});
    const QJsonObject imported =
        cli.ok(as("chuyenvien") + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("programme"),
                           QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2025"),
                           QStringLiteral("--owner"), QStringLiteral("BTK")},
               other)
            .json();
    CHECK(imported.value(QLatin1String("createdProgramme")).toBool());

    const QJsonObject original = cli.list(words("--year 2025 --owner BTK"));
    const QJsonObject copy = cli.list(words("--year 2025 --owner BTK"), other);
    CHECK(comparableTasks(copy) == comparableTasks(original));
    CHECK(copy.value(QLatin1String("summary")) == original.value(QLatin1String("summary")));
}

TEST_CASE("a bad import file is refused with its row and column, and nothing is written")
{
    CliFixture cli;
    cli.demo();
    const QJsonObject before = cli.list(words("--owner BTK"));
    const QString file = cli.path(QStringLiteral("bad.csv"));
    const QStringList columns = thuky::services::taskColumns();

    struct Case
    {
        const char *name;
        QByteArray bytes;
        QString expected; // in the Vietnamese message
    };
    const QList<Case> cases{
        {"unknown unit", importCsv({task("1", "Vụ Không Tồn Tại", "15/03/2025")}),
         QStringLiteral("dòng 3, cột \"%1\"").arg(columns.at(2))},
        {"bad date", importCsv({task("1", "Vụ Thư ký", "32/13/2025")}),
         QStringLiteral("dòng 3, cột \"%1\"").arg(columns.at(5))},
        {"duplicate number",
         importCsv({task("1", "Vụ Thư ký", "15/03/2025"), task("1", "Vụ Tổng hợp", "Quý II")}),
         QStringLiteral("dòng 4, cột \"%1\"").arg(columns.at(0))},
        {"wrong columns", QByteArray("Số,Tên,Ngày\r\n1,x,y\r\n"),
         QStringLiteral("\"bad.csv\", dòng 1, cột \"Tên\"")},
        {"not UTF-8", importCsv({task("1", "Vụ Thư ký", "15/03/2025")}).replace("Thư", "Th\xff"),
         QStringLiteral("\"bad.csv\", dòng 3")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        writeFile(file, c.bytes);
        const CliRun r = cli.run(as("chuyenvien") + QStringList{QStringLiteral("programme"),
                                                                QStringLiteral("import"), file,
                                                                QStringLiteral("--year"), QStringLiteral("2024"),
                                                                QStringLiteral("--owner"), QStringLiteral("BTK")});
        INFO(r.errText().toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.errText().contains(c.expected));
        CHECK(cli.run(words("programme list --year 2024 --owner BTK")).exitCode == 1);
    }
    CHECK(cli.list(words("--owner BTK")) == before);

    writeFile(file, importCsv({task("1", "Vụ Không Tồn Tại", "15/03/2025")}));
    const CliRun en = cli.run(as("chuyenvien") + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("programme"),
                               QStringLiteral("import"), file, QStringLiteral("--year"),
                               QStringLiteral("2024")});
    CHECK(en.errText().contains(QStringLiteral("row 3, column")));
}
