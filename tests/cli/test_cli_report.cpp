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

TEST_CASE("programme report-settings keeps the office's cut-off day, the default of programme report")
{
    CliFixture cli;
    cli.demo();
    const auto cutoffOf = [&](const QStringList &args) {
        return cli.ok(words("--format json") + args).json().value(QStringLiteral("cutoffDay")).toInt(-1);
    };
    const QJsonObject shown = cli.ok(words("--format json programme report-settings")).json();
    CHECK(shown.value(QStringLiteral("cutoffDay")).toInt() == 14);
    CHECK(shown.value(QStringLiteral("defaultCutoffDay")).toInt() == 14);

    // Administrators only, with --user; a refusal exits 1 and changes nothing.
    CHECK(cli.run(words("programme report-settings set --cutoff 20")).exitCode == 1);
    const CliRun refused = cli.run(words("--lang en programme report-settings set --cutoff 20") + as("chuyenvien"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.errText().contains(QStringLiteral("cut-off day")));
    CHECK(cli.run(words("programme report-settings set --cutoff 29") + as("quantri")).exitCode == 2);
    CHECK(cli.run(words("programme report-settings set") + as("quantri")).exitCode == 2);
    CHECK(cutoffOf(words("programme report-settings")) == 14);

    const CliRun set = cli.run(words("--lang en programme report-settings set --cutoff 20") + as("quantri"));
    CHECK(set.exitCode == 0);
    CHECK(set.outText().contains(QStringLiteral("Saved the report cut-off day.")));
    CHECK(cutoffOf(words("programme report-settings")) == 20);
    CHECK(cli.ok(words("--format csv audit list --entity office_settings") + as("quantri"))
              .outText()
              .contains(QStringLiteral("report_settings.set")));

    // programme report: the office's day unless --cutoff says otherwise.
    const QString out = cli.path(QStringLiteral("r.xlsx"));
    const QJsonObject office = cli.ok(words("--format json programme report --year 2025 --period month --n 6") +
                                      QStringList{QStringLiteral("--out"), out})
                                   .json();
    CHECK(office.value(QStringLiteral("cutoffDay")).toInt() == 20);
    CHECK(office.value(QStringLiteral("from")).toString() == QStringLiteral("2025-05-21"));
    CHECK(office.value(QStringLiteral("to")).toString() == QStringLiteral("2025-06-20"));
    const QJsonObject own =
        cli.ok(words("--format json programme report --year 2025 --period month --n 6 --cutoff 0") +
               QStringList{QStringLiteral("--out"), out})
            .json();
    CHECK(own.value(QStringLiteral("cutoffDay")).toInt() == 0);
    CHECK(own.value(QStringLiteral("from")).toString() == QStringLiteral("2025-06-01"));
    CHECK(own.value(QStringLiteral("to")).toString() == QStringLiteral("2025-06-30"));
    CHECK(cutoffOf(words("programme report-settings")) == 20); // a run's own day is not saved
}
