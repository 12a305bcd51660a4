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
    const QStringList addUnit{QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("Vụ Pháp luật mới"),
                              QStringLiteral("--short"), QStringLiteral("VPLM"), QStringLiteral("--parent"),
                              QStringLiteral("VPQH"), QStringLiteral("--kind"), QStringLiteral("department")};
    CHECK(cli.run(as("chuyenvien") + addUnit).exitCode == 1);
    cli.ok(as("quantri") + addUnit);
    CHECK(cli.run(as("quantri") + addUnit).exitCode == 1); // the name is taken

    const QJsonArray found = listed(cli, {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--text"),
                                          QStringLiteral("vu phap luat moi")},
                                    "units");
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toObject().value(QLatin1String("parent")).toString() == QStringLiteral("Văn phòng Quốc hội"));

    cli.ok(as("quantri") + QStringList{QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("Đỗ Minh Châu"),
                                       QStringLiteral("--position"), QStringLiteral("Chuyên viên"),
                                       QStringLiteral("--unit"), QStringLiteral("VPLM")});
    cli.ok(as("quantri") + QStringList{QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("Do Minh Chau 2"),
                                       QStringLiteral("--unit"), QStringLiteral("VTK")});
    const QJsonArray people = listed(cli, {QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--unit"),
                                           QStringLiteral("VPLM")},
                                     "people");
    REQUIRE(people.size() == 1);
    CHECK(people.at(0).toObject().value(QLatin1String("fullName")).toString() == QStringLiteral("Đỗ Minh Châu"));

    const CliRun merged = cli.ok(as("quantri") + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                              QStringLiteral("units"), QStringLiteral("merge"),
                                                              QStringLiteral("VTK"), QStringLiteral("VPLM")});
    CHECK(merged.json().value(QLatin1String("moved")).toInt() == 1);
    CHECK(listed(cli, {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--text"), QStringLiteral("VPLM")},
                 "units")
              .isEmpty());
    CHECK(listed(cli, {QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--text"),
                       QStringLiteral("do minh chau")},
                 "people")
              .size() == 2);
    cli.ok(as("quantri") + QStringList{QStringLiteral("people"), QStringLiteral("merge"), QStringLiteral("Đỗ Minh Châu"),
                                       QStringLiteral("Do Minh Chau 2")});
    cli.ok(words("check"));
}
