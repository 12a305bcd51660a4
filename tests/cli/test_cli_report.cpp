// programme report: the periodic report of a programme as DOCX, PDF or XLSX.

#include "cli_runner.h"

#include "thuky/documents/table.h"

#include <QFileInfo>

using namespace thuky;
using namespace thuky::test;

TEST_CASE("programme report writes the month's report ended before today, and its figures")
{
    CliFixture cli;
    cli.demo();
    const QString xlsx = cli.path(QStringLiteral("bao-cao.xlsx"));
    const QJsonObject out =
        cli.ok({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("programme"),
                QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2025"),
                QStringLiteral("--period"), QStringLiteral("month"), QStringLiteral("--out"), xlsx})
            .json();
    // Today is 16/06/2025: June's report (15/05–14/06) is the one due.
    CHECK(out.value(QStringLiteral("from")).toString() == QStringLiteral("2025-05-15"));
    CHECK(out.value(QStringLiteral("to")).toString() == QStringLiteral("2025-06-14"));
    CHECK(out.value(QStringLiteral("asOf")).toString() == QStringLiteral("2025-06-14"));
    CHECK(out.value(QStringLiteral("period")).toString() == QStringLiteral("tháng 6 năm 2025"));
    const int tasks = out.value(QStringLiteral("tasks")).toInt();
    CHECK(tasks > 0);
    CHECK(out.value(QStringLiteral("done")).toInt() + out.value(QStringLiteral("inProgress")).toInt() +
              out.value(QStringLiteral("late")).toInt() ==
          tasks);

    auto table = documents::readXlsx(xlsx);
    REQUIRE(table);
    REQUIRE_FALSE(table->rows.isEmpty());
    CHECK(table->rows.last().at(1) == QStringLiteral("Tổng cộng"));
    CHECK(table->rows.last().at(2).toInt() == tasks);
    CHECK(table->rows.last().at(7).toInt() == out.value(QStringLiteral("late")).toInt());

    const QString docx = cli.path(QStringLiteral("bao-cao.docx"));
    cli.ok(words("programme report --year 2025 --period quarter --n 2") + QStringList{QStringLiteral("--out"), docx});
    CHECK(QFileInfo(docx).size() > 1000);
    const QString pdf = cli.path(QStringLiteral("bao-cao.pdf"));
    const QJsonObject year =
        cli.ok(words("--format json --lang en programme report --year 2025 --period year") +
               QStringList{QStringLiteral("--out"), pdf})
            .json();
    CHECK(year.value(QStringLiteral("from")).toString() == QStringLiteral("2024-12-15"));
    CHECK(year.value(QStringLiteral("period")).toString() == QStringLiteral("year 2025"));
    CHECK(QFileInfo(pdf).size() > 1000);
}

TEST_CASE("programme report refuses a bad period, number or file type with exit 2")
{
    CliFixture cli;
    cli.demo();
    for (const char *args : {"programme report --year 2025 --period week --out r.docx",
                             "programme report --year 2025 --period quarter --n 5 --out r.docx",
                             "programme report --year 2025 --period month --cutoff 31 --out r.docx",
                             "programme report --year 2025 --period month --out r.csv",
                             "programme report --year 2025 --out r.docx"}) {
        INFO(args);
        const CliRun r = cli.run(words(args));
        CHECK(r.exitCode == 2);
    }
}
