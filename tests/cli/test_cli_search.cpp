// search QUERY on the office demo: JSON groups and their fields, kinds, years, CSV and
// table output, English messages, hostile input and bad options.

#include "cli_runner.h"

#include <QJsonArray>

using namespace thuky::test;

namespace {

QStringList search(const QString &query, const char *options = "")
{
    return QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("search"), query} +
           words(options);
}

} // namespace

TEST_CASE("search: grouped, ranked hits with marks, from the command line", "[cli][search]")
{
    CliFixture f;
    f.demo();

    const QJsonObject all = f.ok(search(QStringLiteral("ket luan"))).json();
    CHECK(all.value(QLatin1String("query")).toString() == QStringLiteral("ket luan"));
    CHECK(all.value(QLatin1String("terms")).toArray().size() == 2);
    CHECK(all.value(QLatin1String("total")).toInt() > 0);
    const QJsonArray groups = all.value(QLatin1String("groups")).toArray();
    REQUIRE(!groups.isEmpty());
    const QJsonObject notices = groups.first().toObject();
    CHECK(notices.value(QLatin1String("kind")).toString() == QStringLiteral("notice"));
    CHECK(notices.value(QLatin1String("label")).toString() == QStringLiteral("Thông báo kết luận"));
    CHECK(notices.value(QLatin1String("total")).toInt() >= notices.value(QLatin1String("hits")).toArray().size());
    const QJsonObject hit = notices.value(QLatin1String("hits")).toArray().first().toObject();
    CHECK(hit.value(QLatin1String("entity")).toString() == QStringLiteral("notices"));
    CHECK(hit.value(QLatin1String("rank")).toInt() == 1);
    CHECK(hit.value(QLatin1String("id")).toInteger() > 0);
    CHECK(hit.value(QLatin1String("year")).toInt() >= 2024);
    // The title's marks cover "Kết luận" as written.
    const QString title = hit.value(QLatin1String("title")).toString();
    const QJsonArray marks = hit.value(QLatin1String("titleMarks")).toArray();
    REQUIRE(!marks.isEmpty());
    const QJsonObject mark = marks.first().toObject();
    CHECK(title.mid(mark.value(QLatin1String("start")).toInt(), mark.value(QLatin1String("length")).toInt())
              .toLower() == QStringLiteral("kết"));

    // --kind task: tasks only, each knowing its programme.
    const QJsonArray tasks = f.ok(search(QStringLiteral("giam sat"), "--kind task --limit 3")).json()
                                 .value(QLatin1String("groups")).toArray();
    REQUIRE(tasks.size() == 1);
    const QJsonArray taskHits = tasks.first().toObject().value(QLatin1String("hits")).toArray();
    CHECK(taskHits.size() == 3);
    CHECK(taskHits.first().toObject().value(QLatin1String("parentId")).toInteger() > 0);
    CHECK(taskHits.first().toObject().value(QLatin1String("score")).toDouble() <=
          taskHits.last().toObject().value(QLatin1String("score")).toDouble());

    // People by name without accents; --year leaves them out (they have none).
    const QJsonObject people = f.ok(search(QStringLiteral("nguyen"), "--kind person")).json();
    CHECK(people.value(QLatin1String("total")).toInt() > 0);
    CHECK(f.ok(search(QStringLiteral("nguyen"), "--kind person --year 2025")).json().value(QLatin1String("total")).toInt() == 0);

    // CSV and table.
    const QString csv = f.ok(words("--format csv search luat --kind content --limit 2")).outText();
    CHECK(csv.startsWith(QStringLiteral("kindLabel,id,year,title,snippet\r\n")));
    CHECK(csv.count(QStringLiteral("\r\n")) == 3);
    const QString table = f.ok(words("search luat --kind content --limit 2")).outText();
    CHECK(table.contains(QStringLiteral("«")));
    CHECK(table.contains(QStringLiteral("kết quả, hiện 2.")));
    CHECK(f.ok(words("--lang en search luat --kind content --limit 2")).outText().contains(QStringLiteral("hits, 2 shown.")));

    // Hostile text: no error, maybe no hit.
    for (const char *q : {"\"", "\"\"\"", "*", "a AND (", "NEAR/", "{title}:x", "^-+", "'; DROP TABLE tasks; --"})
        CHECK(f.run(search(QString::fromUtf8(q))).exitCode == 0);
    CHECK(f.ok(search(QStringLiteral("\""))).json().value(QLatin1String("total")).toInt() == 0);

    // Usage errors.
    CliRun bad = f.run(words("search luat --kind meeting"));
    CHECK(bad.exitCode == 2);
    CHECK(bad.errText().contains(QStringLiteral("task, person")) );
    CHECK(f.run(words("search luat --limit 0")).exitCode == 2);
    CHECK(f.run(words("search")).exitCode == 2);
}
