// thuky-cli agenda: the office demo's sessions listed, shown, checked, compared and
// exported; a session built from nothing by a script; refusals (exit 1, nothing written).

#include "cli_runner.h"

#include "thuky/documents/ics.h"

#include <QFileInfo>

using namespace thuky;
using namespace thuky::test;

namespace {

QStringList json(const QStringList &args)
{
    return QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args;
}

QStringList cmd(std::initializer_list<QString> parts)
{
    return QStringList(parts);
}

/// The id of the session whose title contains `text` in `agenda list --format json`.
QJsonObject sessionWith(const QJsonObject &list, const QString &text)
{
    for (const QJsonValue &s : list.value(QLatin1String("sessions")).toArray())
        if (s.toObject().value(QLatin1String("title")).toString().contains(text))
            return s.toObject();
    FAIL("no session " << text.toStdString());
    return {};
}

} // namespace

TEST_CASE("agenda list, show, check and diff read the demo", "[agenda]")
{
    CliFixture cli;
    cli.demo();
    const QJsonObject list = cli.ok(json(words("agenda list"))).json();
    CHECK(list.value(QLatin1String("count")).toInt() == 3);
    const QJsonObject ninth = sessionWith(list, QStringLiteral("Kỳ họp thứ Chín"));
    const QString id = QString::number(ninth.value(QLatin1String("id")).toInt());
    for (const char *key : {"id", "term", "kind", "ordinal", "title", "status", "firstDay", "lastDay",
                            "phases", "venue", "versions"})
        CHECK(ninth.contains(QLatin1String(key)));
    const QJsonArray versions = ninth.value(QLatin1String("versions")).toArray();
    REQUIRE(versions.size() >= 2);
    for (const char *key : {"id", "number", "label", "state", "createdOn", "adoptedOn", "readOnly", "items", "note"})
        CHECK(versions.first().toObject().contains(QLatin1String(key)));
    CHECK(versions.last().toObject().value(QLatin1String("state")).toString() == QStringLiteral("adopted"));
    CHECK(cli.ok(json(words("agenda list --term 15"))).json().value(QLatin1String("count")).toInt() == 3);
    CHECK(cli.ok(json(words("agenda list --term 14"))).json().value(QLatin1String("count")).toInt() == 0);

    const QJsonObject shown = cli.ok(json(cmd({QStringLiteral("agenda"), QStringLiteral("show"), id}))).json();
    const QJsonArray items = shown.value(QLatin1String("items")).toArray();
    CHECK(items.size() == versions.last().toObject().value(QLatin1String("items")).toInt());
    const QJsonObject first = items.first().toObject();
    CHECK(first.value(QLatin1String("activity")).toString() == QStringLiteral("preparatory"));
    for (const char *key : {"id", "key", "date", "halfDay", "position", "start", "end", "activity",
                            "category", "title", "matterId", "matter", "presentingAgency",
                            "reviewingAgency", "presenter", "chair", "venueKind", "venue",
                            "liveBroadcast", "plannedMinutes", "notes"})
        CHECK(first.contains(QLatin1String(key)));
    CHECK(shown.value(QLatin1String("version")).toObject().value(QLatin1String("number")).toInt() ==
          versions.size());
    // Version 1 in the table, in English.
    const CliRun english = cli.ok(cmd({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("agenda"),
                                       QStringLiteral("show"), id, QStringLiteral("--version"), QStringLiteral("1")}));
    CHECK(english.outText().contains(QStringLiteral("Draft 1")));

    const QJsonObject checked = cli.ok(json(cmd({QStringLiteral("agenda"), QStringLiteral("check"), id}))).json();
    CHECK(checked.contains(QLatin1String("findings")));
    CHECK(checked.value(QLatin1String("version")).toInt() == versions.size());

    const QJsonObject diff = cli.ok(json(cmd({QStringLiteral("agenda"), QStringLiteral("diff"), id,
                                              QStringLiteral("1"), QString::number(versions.size())}))).json();
    for (const char *key : {"sessionId", "from", "to", "added", "removed", "moved", "changed"})
        CHECK(diff.contains(QLatin1String(key)));
    const int differences = int(diff.value(QLatin1String("added")).toArray().size() +
                                diff.value(QLatin1String("removed")).toArray().size() +
                                diff.value(QLatin1String("changed")).toArray().size());
    CHECK(differences > 0);
    const QJsonArray changed = diff.value(QLatin1String("changed")).toArray();
    if (!changed.isEmpty()) {
        const QJsonObject field = changed.first().toObject().value(QLatin1String("fields")).toArray().first().toObject();
        for (const char *key : {"field", "before", "after"})
            CHECK(field.contains(QLatin1String(key)));
    }
    // Unknown version: exit 1.
    CHECK(cli.run(cmd({QStringLiteral("agenda"), QStringLiteral("diff"), id, QStringLiteral("1"),
                       QStringLiteral("99")})).exitCode == 1);
}

TEST_CASE("agenda export writes the agenda, a day's schedule, the annex and the calendar", "[agenda]")
{
    CliFixture cli;
    cli.demo();
    const QJsonObject ninth = sessionWith(cli.ok(json(words("agenda list"))).json(), QStringLiteral("Kỳ họp thứ Chín"));
    const QString id = QString::number(ninth.value(QLatin1String("id")).toInt());
    const QString docx = cli.path(QStringLiteral("chuong-trinh.docx"));
    const QString pdf = cli.path(QStringLiteral("chuong-trinh.pdf"));
    const QString ics = cli.path(QStringLiteral("chuong-trinh.ics"));
    const QString day = cli.path(QStringLiteral("lich-ngay.docx"));
    const QString annex = cli.path(QStringLiteral("phu-luc.pdf"));
    cli.ok(cmd({QStringLiteral("agenda"), QStringLiteral("export"), id, QStringLiteral("--out"), docx}));
    cli.ok(cmd({QStringLiteral("agenda"), QStringLiteral("export"), id, QStringLiteral("--out"), pdf}));
    cli.ok(cmd({QStringLiteral("agenda"), QStringLiteral("export"), id, QStringLiteral("--out"), day,
                QStringLiteral("--day"), ninth.value(QLatin1String("firstDay")).toString()}));
    cli.ok(cmd({QStringLiteral("agenda"), QStringLiteral("diff"), id, QStringLiteral("1"), QStringLiteral("2"),
                QStringLiteral("--out"), annex}));
    const CliRun written = cli.ok(json(cmd({QStringLiteral("agenda"), QStringLiteral("export"), id,
                                            QStringLiteral("--out"), ics})));
    for (const QString &file : {docx, pdf, day, annex, ics})
        CHECK(QFileInfo(file).size() > 1000);
    const auto events = [&] { auto r = documents::readIcsFile(ics); REQUIRE(r.ok()); return *r; }();
    const int items = ninth.value(QLatin1String("versions")).toArray().last().toObject().value(QLatin1String("items")).toInt();
    CHECK(events.size() == items);
    CHECK(written.json().value(QLatin1String("events")).toInt() == items);
    CHECK(events.first().status == QStringLiteral("CONFIRMED"));

    // A bad file kind or --day with .ics: usage errors, nothing written.
    const QString bad = cli.path(QStringLiteral("x.txt"));
    CHECK(cli.run(cmd({QStringLiteral("agenda"), QStringLiteral("export"), id, QStringLiteral("--out"), bad})).exitCode == 2);
    CHECK(cli.run(cmd({QStringLiteral("agenda"), QStringLiteral("export"), id, QStringLiteral("--out"),
                       cli.path(QStringLiteral("y.ics")), QStringLiteral("--day"), QStringLiteral("2025-05-20")}))
              .exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(bad));
    // A day without items: exit 1, no file.
    const QString sunday = cli.path(QStringLiteral("chu-nhat.docx"));
    CHECK(cli.run(cmd({QStringLiteral("agenda"), QStringLiteral("export"), id, QStringLiteral("--out"), sunday,
                       QStringLiteral("--day"), QStringLiteral("2025-05-25")})).exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(sunday));
}

TEST_CASE("a script builds an agenda from nothing, versions it and has it adopted", "[agenda]")
{
    CliFixture cli;
    cli.demo();
    const QStringList drafter = as("chuyenvien");
    const QJsonObject session =
        cli.ok(json(drafter + words("agenda session-add --term 15 --kind extraordinary "
                                    "--phases 2025-07-07:2025-07-08")))
            .json();
    const QString id = QString::number(session.value(QLatin1String("id")).toInt());
    CHECK(session.value(QLatin1String("title")).toString().contains(QStringLiteral("không thường lệ")));
    cli.ok(drafter + cmd({QStringLiteral("agenda"), QStringLiteral("version-new"), id}));

    const auto addItem = [&](QStringList extra) {
        return cli.ok(json(drafter + cmd({QStringLiteral("agenda"), QStringLiteral("item-add"), id}) + extra)).json();
    };
    const QJsonObject opening =
        addItem({QStringLiteral("--title"), QStringLiteral("Khai mạc kỳ họp"), QStringLiteral("--day"),
                 QStringLiteral("2025-07-07"), QStringLiteral("--half"), QStringLiteral("morning"),
                 QStringLiteral("--activity"), QStringLiteral("opening"), QStringLiteral("--live"),
                 QStringLiteral("--start"), QStringLiteral("8:00"), QStringLiteral("--end"), QStringLiteral("9:00")});
    CHECK(opening.value(QLatin1String("position")).toInt() == 1);
    const QJsonObject heard = addItem(
        {QStringLiteral("--title"), QStringLiteral("Nghe Tờ trình dự án Luật Dữ liệu"), QStringLiteral("--day"),
         QStringLiteral("2025-07-07"), QStringLiteral("--half"), QStringLiteral("sáng"), QStringLiteral("--activity"),
         QStringLiteral("submission"), QStringLiteral("--presenting"), QStringLiteral("CP"),
         QStringLiteral("--minutes"), QStringLiteral("60")});
    CHECK(heard.value(QLatin1String("position")).toInt() == 2);
    CHECK(heard.value(QLatin1String("presentingAgency")).toString() == QStringLiteral("Chính phủ"));
    // On a Saturday, without presenting agency.
    const QJsonObject saturday = addItem({QStringLiteral("--title"), QStringLiteral("Thảo luận ở Hội trường"),
                                          QStringLiteral("--day"), QStringLiteral("2025-07-05"),
                                          QStringLiteral("--half"), QStringLiteral("afternoon"),
                                          QStringLiteral("--activity"), QStringLiteral("hall_discussion")});
    QStringList rules;
    for (const QJsonValue &f :
         cli.ok(json(cmd({QStringLiteral("agenda"), QStringLiteral("check"), id}))).json().value(QLatin1String("findings")).toArray()) {
        rules << f.toObject().value(QLatin1String("rule")).toString();
        for (const char *key : {"rule", "severity", "itemIds", "date", "halfDay", "message"})
            CHECK(f.toObject().contains(QLatin1String(key)));
    }
    CHECK(rules.contains(QStringLiteral("day_off")));
    CHECK(rules.contains(QStringLiteral("no_presenting_agency")));
    CHECK(rules.contains(QStringLiteral("outside_phases")));
    const CliRun english = cli.ok(cmd({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("agenda"),
                                       QStringLiteral("check"), id}));
    CHECK(english.outText().contains(QStringLiteral("is a day off")));

    // Move it to Tuesday afternoon, edit it, then delete it.
    const QString saturdayId = QString::number(saturday.value(QLatin1String("id")).toInt());
    cli.ok(drafter + cmd({QStringLiteral("agenda"), QStringLiteral("item-move"), saturdayId, QStringLiteral("--day"),
                          QStringLiteral("2025-07-08"), QStringLiteral("--half"), QStringLiteral("afternoon")}));
    const QJsonObject edited = cli.ok(json(drafter + cmd({QStringLiteral("agenda"), QStringLiteral("item-edit"),
                                                          saturdayId, QStringLiteral("--presenting"),
                                                          QStringLiteral("UBPLTP")}))).json();
    CHECK(edited.value(QLatin1String("date")).toString() == QStringLiteral("2025-07-08"));
    CHECK(edited.value(QLatin1String("presentingAgency")).toString() == QStringLiteral("Ủy ban Pháp luật và Tư pháp"));
    CHECK(cli.ok(json(cmd({QStringLiteral("agenda"), QStringLiteral("check"), id}))).json()
              .value(QLatin1String("count")).toInt() == 0);

    // A viewer may not add; a drafter may not adopt: exit 1 and nothing written.
    const int before = cli.ok(json(cmd({QStringLiteral("agenda"), QStringLiteral("show"), id}))).json()
                           .value(QLatin1String("items")).toArray().size();
    const CliRun refused = cli.run(as("nguoixem") + cmd({QStringLiteral("agenda"), QStringLiteral("item-add"), id,
                                                         QStringLiteral("--title"), QStringLiteral("X"),
                                                         QStringLiteral("--day"), QStringLiteral("2025-07-07"),
                                                         QStringLiteral("--half"), QStringLiteral("morning")}));
    CHECK(refused.exitCode == 1);
    CHECK(refused.errText().contains(QStringLiteral("không có quyền")));
    CHECK(cli.run(drafter + cmd({QStringLiteral("agenda"), QStringLiteral("adopt"), id, QStringLiteral("1")})).exitCode == 1);
    // Without --user on a database with accounts: refused before anything.
    CHECK(cli.run(cmd({QStringLiteral("agenda"), QStringLiteral("version-new"), id})).exitCode != 0);
    CHECK(cli.ok(json(cmd({QStringLiteral("agenda"), QStringLiteral("show"), id}))).json()
              .value(QLatin1String("items")).toArray().size() == before);

    // Adopted by the leader; then the version is read-only for edits.
    const QJsonObject adopted = cli.ok(json(as("tongthuky") + cmd({QStringLiteral("agenda"), QStringLiteral("adopt"), id,
                                                                   QStringLiteral("1"), QStringLiteral("--on"),
                                                                   QStringLiteral("2025-07-07")}))).json();
    CHECK(adopted.value(QLatin1String("state")).toString() == QStringLiteral("adopted"));
    const CliRun frozen = cli.run(drafter + cmd({QStringLiteral("agenda"), QStringLiteral("item-delete"), saturdayId}));
    CHECK(frozen.exitCode == 1);
    CHECK(frozen.errText().contains(QStringLiteral("chỉ được xem")));
    CHECK(cli.ok(json(cmd({QStringLiteral("agenda"), QStringLiteral("show"), id}))).json()
              .value(QLatin1String("items")).toArray().size() == before);

    // An amendment: a copy; the deletion works there; the diff sees it.
    cli.ok(drafter + cmd({QStringLiteral("agenda"), QStringLiteral("version-new"), id}));
    const QJsonObject v2 = cli.ok(json(cmd({QStringLiteral("agenda"), QStringLiteral("show"), id}))).json();
    const QString copyId = QString::number(v2.value(QLatin1String("items")).toArray().last().toObject()
                                               .value(QLatin1String("id")).toInt());
    cli.ok(drafter + cmd({QStringLiteral("agenda"), QStringLiteral("item-delete"), copyId}));
    const QJsonObject diff = cli.ok(json(cmd({QStringLiteral("agenda"), QStringLiteral("diff"), id,
                                              QStringLiteral("1"), QStringLiteral("2")}))).json();
    CHECK(diff.value(QLatin1String("removed")).toArray().size() == 1);
    CHECK(diff.value(QLatin1String("to")).toObject().value(QLatin1String("state")).toString() == QStringLiteral("amended"));

    // Bad arguments: usage errors.
    CHECK(cli.run(cmd({QStringLiteral("agenda"), QStringLiteral("show"), QStringLiteral("abc")})).exitCode == 2);
    CHECK(cli.run(drafter + cmd({QStringLiteral("agenda"), QStringLiteral("item-add"), id, QStringLiteral("--title"),
                                 QStringLiteral("X"), QStringLiteral("--day"), QStringLiteral("2025-07-07"),
                                 QStringLiteral("--half"), QStringLiteral("noon")})).exitCode == 2);
    CHECK(cli.run(drafter + words("agenda session-add --phases 2025-13-01:2025-13-02")).exitCode == 2);
}
