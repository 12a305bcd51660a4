// thuky-cli units and people: the catalogues kept without touching SQL.

#include "cli_runner.h"

using namespace thuky;
using namespace thuky::test;

namespace {

QJsonArray listed(const CliFixture &cli, const QStringList &args, const char *key)
{
    return cli.ok(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args)
        .json()
        .value(QLatin1String(key))
        .toArray();
}

} // namespace

TEST_CASE("units and people are added, found without accents, and merged by an administrator")
{
    CliFixture cli;
    cli.demo();
    const QStringList addUnit{
        QStringLiteral("units"),   QStringLiteral("add"),    QStringLiteral("Vụ Pháp luật mới"),
        QStringLiteral("--short"), QStringLiteral("VPLM"),   QStringLiteral("--parent"),
        QStringLiteral("VPQH"),    QStringLiteral("--kind"), QStringLiteral("department")};
    CHECK(cli.run(as("chuyenvien") + addUnit).exitCode == 1);
    cli.ok(as("quantri") + addUnit);
    CHECK(cli.run(as("quantri") + addUnit).exitCode == 1); // the name is taken

    const QJsonArray found = listed(cli,
                                    {QStringLiteral("units"), QStringLiteral("list"),
                                     QStringLiteral("--text"), QStringLiteral("vu phap luat moi")},
                                    "units");
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toObject().value(QLatin1String("parent")).toString() ==
          QStringLiteral("Văn phòng Quốc hội"));

    cli.ok(as("quantri") + QStringList{QStringLiteral("people"), QStringLiteral("add"),
                                       QStringLiteral("Đỗ Minh Châu"), QStringLiteral("--position"),
                                       QStringLiteral("Chuyên viên"), QStringLiteral("--unit"),
                                       QStringLiteral("VPLM")});
    cli.ok(as("quantri") + QStringList{QStringLiteral("people"), QStringLiteral("add"),
                                       QStringLiteral("Do Minh Chau 2"), QStringLiteral("--unit"),
                                       QStringLiteral("VTK")});
    const QJsonArray people = listed(cli,
                                     {QStringLiteral("people"), QStringLiteral("list"),
                                      QStringLiteral("--unit"), QStringLiteral("VPLM")},
                                     "people");
    REQUIRE(people.size() == 1);
    CHECK(people.at(0).toObject().value(QLatin1String("fullName")).toString() ==
          QStringLiteral("Đỗ Minh Châu"));

    const CliRun merged =
        cli.ok(as("quantri") + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("units"), QStringLiteral("merge"),
                                           QStringLiteral("VTK"), QStringLiteral("VPLM")});
    CHECK(merged.json().value(QLatin1String("moved")).toInt() == 1);
    CHECK(listed(cli,
                 {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--text"),
                  QStringLiteral("VPLM")},
                 "units")
              .isEmpty());
    CHECK(listed(cli,
                 {QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--text"),
                  QStringLiteral("do minh chau")},
                 "people")
              .size() == 2);
    // Through the search index: each word the start of a word, the unit's name too.
    CHECK(listed(cli,
                 {QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--text"),
                  QStringLiteral("ĐỖ MIN cha vtk")},
                 "people")
              .size() == 2);
    CHECK(listed(cli,
                 {QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--text"),
                  QStringLiteral("inh")},
                 "people")
              .isEmpty());
    cli.ok(as("quantri") + QStringList{QStringLiteral("people"), QStringLiteral("merge"),
                                       QStringLiteral("Đỗ Minh Châu"),
                                       QStringLiteral("Do Minh Chau 2")});
    cli.ok(words("check"));
}

TEST_CASE("the catalogues move to a fresh database through CSV and XLSX files")
{
    CliFixture cli;
    cli.demo();
    cli.ok(as("quantri") + QStringList{QStringLiteral("units"), QStringLiteral("add"),
                                       QStringLiteral("Vụ Mới lập"), QStringLiteral("--parent"),
                                       QStringLiteral("VPQH")});
    cli.ok(as("quantri") + QStringList{QStringLiteral("people"), QStringLiteral("add"),
                                       QStringLiteral("Vũ Thị Hoa"), QStringLiteral("--unit"),
                                       QStringLiteral("Vụ Mới lập")});
    cli.ok({QStringLiteral("units"), QStringLiteral("export"), QStringLiteral("--out"),
            cli.path(QStringLiteral("dv.xlsx"))});
    cli.ok({QStringLiteral("people"), QStringLiteral("export"), QStringLiteral("--out"),
            cli.path(QStringLiteral("cb.csv"))});

    const QString fresh = cli.path(QStringLiteral("fresh.sqlite"));
    cli.ok(words("init"), fresh);
    // People first: their units are not there yet, and nothing is written.
    const CliRun early = cli.run(
        {QStringLiteral("people"), QStringLiteral("import"), cli.path(QStringLiteral("cb.csv"))},
        fresh);
    CHECK(early.exitCode == 1);
    CHECK(early.errText().contains(QStringLiteral("cb.csv")));
    CHECK(early.errText().contains(QStringLiteral("Vụ Mới lập")));

    const QJsonObject units =
        cli.ok({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("units"),
                QStringLiteral("import"), cli.path(QStringLiteral("dv.xlsx"))},
               fresh)
            .json();
    CHECK(units.value(QLatin1String("added")).toInt() >= 1);
    const QJsonObject people =
        cli.ok({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("people"),
                QStringLiteral("import"), cli.path(QStringLiteral("cb.csv"))},
               fresh)
            .json();
    CHECK(people.value(QLatin1String("added")).toInt() >= 1);
    const QJsonArray hoa =
        listed(cli,
               {QStringLiteral("--db"), fresh, QStringLiteral("people"), QStringLiteral("list"),
                QStringLiteral("--unit"), QStringLiteral("vu moi lap")},
               "people");
    REQUIRE(hoa.size() == 1);
    CHECK(hoa.at(0).toObject().value(QLatin1String("fullName")).toString() ==
          QStringLiteral("Vũ Thị Hoa"));
    // A second import of the same file changes nothing.
    const QJsonObject again =
        cli.ok({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("units"),
                QStringLiteral("import"), cli.path(QStringLiteral("dv.xlsx"))},
               fresh)
            .json();
    CHECK(again.value(QLatin1String("added")).toInt() == 0);
    CHECK(again.value(QLatin1String("updated")).toInt() == 0);
    cli.ok(words("check"), fresh);
}

TEST_CASE("people add takes an e-mail and a phone, checks them and lists them in JSON")
{
    CliFixture cli;
    cli.demo();
    const QStringList add{QStringLiteral("people"), QStringLiteral("add"),
                          QStringLiteral("Ngô Thị Kim"), QStringLiteral("--unit"),
                          QStringLiteral("VTK")};
    const CliRun badEmail = cli.run(as("quantri") + add +
                                    QStringList{QStringLiteral("--email"), QStringLiteral("kim@")});
    CHECK(badEmail.exitCode == 1);
    CHECK(badEmail.errText().contains(QStringLiteral("thư điện tử")));
    const CliRun badPhone =
        cli.run(as("quantri") + QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + add +
                QStringList{QStringLiteral("--phone"), QStringLiteral("12")});
    CHECK(badPhone.exitCode == 1);
    CHECK(badPhone.errText().contains(QStringLiteral("not a phone number")));
    cli.ok(as("quantri") + add +
           QStringList{QStringLiteral("--email"), QStringLiteral("kim.nt@quochoi.vn"),
                       QStringLiteral("--phone"), QStringLiteral("+84 24 3822 8888")});
    const QJsonArray people = listed(cli,
                                     {QStringLiteral("people"), QStringLiteral("list"),
                                      QStringLiteral("--text"), QStringLiteral("ngo thi kim")},
                                     "people");
    REQUIRE(people.size() == 1);
    CHECK(people.at(0).toObject().value(QLatin1String("email")).toString() ==
          QStringLiteral("kim.nt@quochoi.vn"));
    CHECK(people.at(0).toObject().value(QLatin1String("phone")).toString() ==
          QStringLiteral("+84 24 3822 8888"));
    cli.ok(words("check"));
}

TEST_CASE("merging units and people the office demo's meeting calendar uses keeps check clean")
{
    CliFixture cli;
    cli.demo();
    // Two committees that present, review, owe documents and are invited in the demo's
    // meetings and events.
    const CliRun units =
        cli.ok(as("quantri") + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("units"), QStringLiteral("merge"),
                                           QStringLiteral("UBPLTP"), QStringLiteral("UBKTTC")});
    CHECK(units.json().value(QLatin1String("moved")).toInt() > 20);
    cli.ok(words("check"));

    // The first people of the catalogue chair the demo's meetings.
    const QJsonArray people =
        listed(cli, {QStringLiteral("people"), QStringLiteral("list")}, "people");
    REQUIRE(people.size() > 2);
    const CliRun merged =
        cli.ok(as("quantri") +
               QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("people"), QStringLiteral("merge"),
                           people.at(0).toObject().value(QLatin1String("fullName")).toString(),
                           people.at(1).toObject().value(QLatin1String("fullName")).toString()});
    CHECK(merged.json().value(QLatin1String("moved")).toInt() > 0);
    cli.ok(words("check"));
}
