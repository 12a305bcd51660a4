// thuky-cli calendar: working days, holidays and the announced exceptions.

#include "cli_runner.h"

using namespace thuky;
using namespace thuky::test;

namespace {

QStringList dates(const QJsonArray &days)
{
    QStringList out;
    for (const QJsonValue &day : days)
        out << day.toObject().value(QLatin1String("date")).toString();
    return out;
}

QJsonObject json(const CliFixture &cli, const QStringList &args)
{
    return cli.ok(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args).json();
}

} // namespace

TEST_CASE("calendar workdays counts every year from 2024 to 2030 by the rules and announcements")
{
    CliFixture cli;
    cli.ok(words("init"));
    // 2024 and 2025 with the Government's announcements; later years by the rules alone.
    const std::pair<int, int> expected[] = {{2024, 251}, {2025, 250}, {2026, 250}, {2027, 250},
                                            {2028, 249}, {2029, 250}, {2030, 250}};
    for (const auto &[year, count] : expected) {
        INFO(year);
        const QJsonObject days =
            json(cli, {QStringLiteral("calendar"), QStringLiteral("workdays"),
                       QStringLiteral("--from"), QStringLiteral("%1-01-01").arg(year),
                       QStringLiteral("--to"), QStringLiteral("31/12/%1").arg(year)});
        CHECK(days.value(QLatin1String("count")).toInt() == count);
        CHECK(days.value(QLatin1String("days")).toArray().size() == count);
    }
    const QJsonObject tet = json(cli, {QStringLiteral("calendar"), QStringLiteral("workdays"),
                                       QStringLiteral("--from"), QStringLiteral("2025-01-24"),
                                       QStringLiteral("--to"), QStringLiteral("2025-02-04")});
    CHECK(dates(tet.value(QLatin1String("days")).toArray()) ==
          QStringList{QStringLiteral("2025-01-24"), QStringLiteral("2025-02-03"),
                      QStringLiteral("2025-02-04")});
}

TEST_CASE("calendar holidays names each day off, in the language asked")
{
    CliFixture cli;
    cli.ok(words("init"));
    const QJsonArray days =
        json(cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("calendar"),
                   QStringLiteral("holidays"), QStringLiteral("--year"), QStringLiteral("2026")})
            .value(QLatin1String("days"))
            .toArray();
    REQUIRE(days.size() == 12);
    const QJsonObject madeUp = days.at(7).toObject();
    CHECK(madeUp.value(QLatin1String("date")).toString() == QStringLiteral("2026-04-27"));
    CHECK(madeUp.value(QLatin1String("kind")).toString() == QStringLiteral("made_up"));
    CHECK(madeUp.value(QLatin1String("name")).toString().contains(QStringLiteral("Hùng Kings")));

    const CliRun table = cli.ok(words("calendar holidays --year 2026"));
    CHECK(table.outText().contains(
        QStringLiteral("27/04/2026  Thứ Hai   Nghỉ bù Giỗ Tổ Hùng Vương")));
}

TEST_CASE("administrators add and remove announced exceptions, others are refused")
{
    CliFixture cli;
    cli.demo();
    const QStringList add{QStringLiteral("calendar"),
                          QStringLiteral("exceptions"),
                          QStringLiteral("add"),
                          QStringLiteral("2026-09-04"),
                          QStringLiteral("--off"),
                          QStringLiteral("--reason"),
                          QStringLiteral("Nghỉ thêm dịp Quốc khánh")};
    const CliRun refused = cli.run(as("chuyenvien") + add);
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(refused.errText().isEmpty());
    cli.ok(as("quantri") + add);

    const QJsonArray listed =
        json(cli, {QStringLiteral("calendar"), QStringLiteral("exceptions"), QStringLiteral("list"),
                   QStringLiteral("--year"), QStringLiteral("2026")})
            .value(QLatin1String("exceptions"))
            .toArray();
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(QLatin1String("working")).toBool() == false);
    CHECK(listed.at(0).toObject().value(QLatin1String("reason")).toString() ==
          QStringLiteral("Nghỉ thêm dịp Quốc khánh"));

    const CliRun twice = cli.run(as("quantri") + add);
    CHECK(twice.exitCode == 1);
    const CliRun noOp = cli.run(as("quantri") + words("calendar exceptions add 2026-09-05 --off"));
    CHECK(noOp.exitCode == 1); // a Saturday is already a day off
    CHECK(cli.run(as("quantri") + words("calendar exceptions add 2026-09-07")).exitCode == 2);
    CHECK(cli.run(as("quantri") + words("calendar exceptions add 2026-13-40 --off")).exitCode == 2);

    cli.ok(as("quantri") + words("calendar exceptions remove 2026-09-04"));
    CHECK(cli.run(as("quantri") + words("calendar exceptions remove 2026-09-04")).exitCode == 1);
    const QJsonArray entries =
        json(cli, as("quantri") + words("audit list --entity calendar_exceptions"))
            .value(QLatin1String("entries"))
            .toArray();
    CHECK(entries.size() >= 2);
    cli.ok(words("check"));
}
