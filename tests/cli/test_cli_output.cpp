// The command library without a process: argument splitting and the output formats.

#include "arguments.h"
#include "output.h"

#include <catch2/catch.hpp>

using namespace thuky::cli;

namespace {
QStringList args(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

TEST_CASE("options may come before or after the command words")
{
    const ParsedArgs a = parseArguments(args("--db x.sqlite programme list --year=2025 -v --late"));
    CHECK(a.ok());
    CHECK(a.words == args("programme list"));
    CHECK(a.value(QStringLiteral("db")) == QStringLiteral("x.sqlite"));
    CHECK(a.value(QStringLiteral("year")) == QStringLiteral("2025"));
    CHECK(a.has(QStringLiteral("verbose")));
    CHECK(a.has(QStringLiteral("late")));

    const ParsedArgs b = parseArguments(args("backup -- --out"));
    CHECK(b.words == args("backup --out"));
}

TEST_CASE("unknown options and missing values are collected, not fatal")
{
    const ParsedArgs a = parseArguments(args("programme list --bogus --late=yes -x --year"));
    CHECK(a.unknownOptions == args("--bogus --late=yes -x"));
    CHECK(a.missingValues == args("--year"));
    CHECK_FALSE(a.ok());
}

TEST_CASE("widths count grapheme clusters, so NFC and NFD Vietnamese align alike")
{
    const QString nfc = QStringLiteral("Nguyễn Thị Thu Hà");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    REQUIRE(nfd.size() > nfc.size());
    CHECK(displayWidth(nfc) == 17);
    CHECK(displayWidth(nfd) == 17);
    CHECK(elide(nfd, 8) == QStringLiteral("Nguyễn ").normalized(QString::NormalizationForm_D) +
                               QChar(0x2026));
    CHECK(elide(nfc, 17) == nfc);

    Sheet sheet;
    sheet.headers = {QStringLiteral("Tên"), QStringLiteral("Số")};
    sheet.rows = {{nfd, QStringLiteral("1")}, {QStringLiteral("Lê Văn An"), QStringLiteral("22")}};
    sheet.rightAligned = {false, true};
    const QStringList lines = renderTable(sheet).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(displayWidth(lines.at(2)) == displayWidth(lines.at(3)));
}

TEST_CASE("CSV output quotes what needs quoting")
{
    Sheet sheet;
    sheet.headers = {QStringLiteral("a"), QStringLiteral("b")};
    sheet.rows = {{QStringLiteral("Tờ trình, báo cáo"), QStringLiteral("say \"hi\"")}};
    CHECK(renderCsv(sheet) ==
          QStringLiteral("a,b\r\n\"Tờ trình, báo cáo\",\"say \"\"hi\"\"\"\r\n"));
}

TEST_CASE("records render as aligned lines, JSON and one CSV row")
{
    const Record record{{QStringLiteral("tasks"), QStringLiteral("Nhiệm vụ"), 300},
                        {QStringLiteral("ok"), QStringLiteral("Đạt"), true}};
    CHECK(renderRecord(record, Format::Table) ==
          QStringLiteral("Nhiệm vụ: 300\nĐạt:      true\n"));
    CHECK(renderRecord(record, Format::Csv) == QStringLiteral("tasks,ok\r\n300,true\r\n"));
    CHECK(recordToJson(record).value(QLatin1String("tasks")).toInt() == 300);
}
