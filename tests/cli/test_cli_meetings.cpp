// thuky-cli meetings: the calendar of the office demo listed, shown and checked for
// readiness; meetings, contents and documents written by scripts; exit codes.

#include "cli_runner.h"

using namespace thuky;
using namespace thuky::test;

namespace {

QStringList json(const QStringList &args)
{
    return QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args;
}

} // namespace

TEST_CASE("meetings list, show and readiness read the office demo's year")
{
    CliFixture cli;
    cli.demo();
    const QJsonObject year = cli.ok(json(words("meetings list"))).json();
    const QJsonArray meetings = year.value(QLatin1String("meetings")).toArray();
    REQUIRE(year.value(QLatin1String("count")).toInt() == 16);
    REQUIRE(meetings.size() == 16);
    int contents = 0;
    for (const QJsonValue &m : meetings) {
        const QJsonObject o = m.toObject();
        CHECK(o.value(QLatin1String("term")).toInt() == 15);
        CHECK(o.value(QLatin1String("firstDay")).toString().startsWith(QLatin1String("2025-")));
        CHECK(!o.value(QLatin1String("phases")).toArray().isEmpty());
        contents += o.value(QLatin1String("contents")).toInt();
    }
    CHECK(contents == 200);
    const int first = meetings.first().toObject().value(QLatin1String("number")).toInt();

    // A month, and a whole term.
    const QJsonObject july =
        cli.ok(json(words("meetings list --from 2025-07-01 --to 2025-07-31"))).json();
    CHECK(july.value(QLatin1String("count")).toInt() >= 1);
    CHECK(cli.ok(json(words("meetings list --term 15")))
              .json()
              .value(QLatin1String("count"))
              .toInt() == 16);

    const QString number = QString::number(first);
    const QJsonObject shown =
        cli.ok(json({QStringLiteral("meetings"), QStringLiteral("show"), number})).json();
    CHECK(shown.value(QLatin1String("number")).toInt() == first);
    const QJsonArray items = shown.value(QLatin1String("contents")).toArray();
    REQUIRE(!items.isEmpty());
    const QJsonObject item = items.first().toObject();
    CHECK(!item.value(QLatin1String("title")).toString().isEmpty());
    CHECK(!item.value(QLatin1String("presentingAgency")).toString().isEmpty());
    const QJsonObject doc = item.value(QLatin1String("documents")).toArray().first().toObject();
    for (const char *key : {"id", "kind", "agency", "dueDate", "receivedOn", "state"})
        CHECK(doc.contains(QLatin1String(key)));
    CHECK(shown.value(QLatin1String("milestones"))
              .toObject()
              .contains(QLatin1String("documentsDue")));
    // TERM/NUMBER names the same meeting; the table names it too.
    CHECK(cli.ok(json({QStringLiteral("meetings"), QStringLiteral("show"),
                       QStringLiteral("15/") + number}))
              .json()
              .value(QLatin1String("id")) == shown.value(QLatin1String("id")));
    CHECK(cli.ok({QStringLiteral("meetings"), QStringLiteral("show"), number})
              .outText()
              .contains(QStringLiteral("Phiên họp thứ ") + number));

    const QJsonObject ready = cli.ok(json(words("meetings readiness --next 2"))).json();
    CHECK(ready.value(QLatin1String("today")).toString() == QStringLiteral("2025-06-16"));
    const QJsonArray next = ready.value(QLatin1String("meetings")).toArray();
    REQUIRE(next.size() == 2);
    const QJsonObject nextMeeting = next.first().toObject();
    CHECK(nextMeeting.value(QLatin1String("firstDay")).toString() >= QStringLiteral("2025-06-01"));
    CHECK(nextMeeting.value(QLatin1String("documents")).toInt() > 0);
    CHECK(!nextMeeting.value(QLatin1String("agencies")).toArray().isEmpty());
    CHECK(cli.ok(words("meetings readiness")).exitCode == 0);

    const CliRun missing = cli.run(words("--lang en meetings show 15/999"));
    CHECK(missing.exitCode == 1);
    CHECK(missing.errText().contains(QStringLiteral("Term 15 has no meeting number 999")));
    CHECK(cli.run(words("meetings show 15/x")).exitCode == 1);
    CHECK(cli.run(words("meetings show")).exitCode == 2);
    CHECK(cli.ok(json(words("meetings conflicts --from 2025-01-01 --to 2025-12-31")))
              .json()
              .contains(QLatin1String("conflicts")));
    CHECK(cli.ok(json(words("meetings suggest --year 2025")))
              .json()
              .value(QLatin1String("days"))
              .toArray()
              .size() == 12);
}

TEST_CASE("meetings add, contents add, documents receive, edit and delete, by role")
{
    CliFixture cli;
    cli.demo();
    const QStringList add =
        words("meetings add --term 15 --date 2025-12-22 --days 2 --kind thematic");
    const CliRun refused = cli.run(words("--user nguoixem") + add);
    CHECK(refused.exitCode == 1);
    CHECK(cli.run(add).exitCode != 0); // a database with accounts needs --user

    const QJsonObject added = cli.ok(json(words("--user chuyenvien") + add)).json();
    const int number = added.value(QLatin1String("number")).toInt();
    CHECK(number > 0);
    CHECK(added.value(QLatin1String("kind")).toString() == QStringLiteral("thematic"));
    const QString name = QStringLiteral("15/%1").arg(number);

    // The same number again is refused, nothing written.
    const CliRun duplicate =
        cli.run(words("--user chuyenvien --lang en meetings add --term 15 --date 2025-12-29") +
                QStringList{QStringLiteral("--number"), QString::number(number)});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.errText().contains(QStringLiteral("already has a meeting number")));
    CHECK(cli.run(words("--user chuyenvien meetings add --term 15")).exitCode == 2);

    const QJsonObject content =
        cli.ok(json(words("--user chuyenvien meetings contents add") +
                    QStringList{name, QStringLiteral("--title"),
                                QStringLiteral("Cho ý kiến về dự án Luật Dữ liệu"),
                                QStringLiteral("--presenting"), QStringLiteral("CP"),
                                QStringLiteral("--reviewing"), QStringLiteral("UBKHCNMT"),
                                QStringLiteral("--documents"),
                                QStringLiteral("submission,review_report"), QStringLiteral("--day"),
                                QStringLiteral("2025-12-22"), QStringLiteral("--half"),
                                QStringLiteral("morning")}))
            .json();
    const QJsonArray documents = content.value(QLatin1String("documents")).toArray();
    REQUIRE(documents.size() == 2);
    CHECK(documents.at(1).toObject().value(QLatin1String("agency")).toString() ==
          QStringLiteral("Ủy ban Khoa học, Công nghệ và Môi trường"));
    const QString docId =
        QString::number(documents.first().toObject().value(QLatin1String("id")).toInteger());

    const QJsonObject received =
        cli.ok(json(words("--user chuyenvien meetings documents receive") + QStringList{docId}))
            .json();
    CHECK(received.value(QLatin1String("receivedOn")).toString() == QStringLiteral("2025-06-16"));
    CHECK(received.value(QLatin1String("state")).toString() == QStringLiteral("received"));
    CHECK(cli.run(words("--user chuyenvien meetings documents receive abc")).exitCode == 2);

    // Moving the meeting by --date keeps its length; the content's day moves along.
    const QJsonObject moved =
        cli.ok(json(words("--user chuyenvien meetings edit") +
                    QStringList{name, QStringLiteral("--date"), QStringLiteral("2025-12-24"),
                                QStringLiteral("--venue"), QStringLiteral("Phòng họp Diên Hồng")}))
            .json();
    CHECK(moved.value(QLatin1String("firstDay")).toString() == QStringLiteral("2025-12-24"));
    CHECK(moved.value(QLatin1String("lastDay")).toString() == QStringLiteral("2025-12-25"));
    CHECK(moved.value(QLatin1String("venue")).toString() == QStringLiteral("Phòng họp Diên Hồng"));
    const QJsonObject shown =
        cli.ok(json({QStringLiteral("meetings"), QStringLiteral("show"), name})).json();
    CHECK(shown.value(QLatin1String("contents"))
              .toArray()
              .first()
              .toObject()
              .value(QLatin1String("plannedDay")) == QStringLiteral("2025-12-24"));

    // A meeting with contents is not deleted; the audit trail stays whole.
    CHECK(cli.run(words("--user chuyenvien meetings delete") + QStringList{name}).exitCode == 1);
    const QJsonObject empty =
        cli.ok(json(words("--user chuyenvien meetings add --date 2025-12-30"))).json();
    cli.ok(words("--user chuyenvien meetings delete") +
           QStringList{QStringLiteral("15/%1").arg(empty.value(QLatin1String("number")).toInt())});
    CHECK(cli.ok(words("check")).exitCode == 0);
}
