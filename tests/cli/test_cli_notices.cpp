// notices list|show|new|submit|return|approve|issue|void|register|diff from the command
// line, on the office demo: the workflow by role, refused steps writing nothing.

#include "cli_runner.h"

#include "thuky/storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>

#include <QJsonArray>

using namespace thuky::test;

namespace {

QStringList json(QStringList args)
{
    return QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args;
}

} // namespace

TEST_CASE("notices: the demo's notices, the workflow by role and the register", "[cli][notices]")
{
    CliFixture f;
    const QJsonObject demo = f.ok(json({QStringLiteral("demo")})).json();
    CHECK(demo.value(QLatin1String("notices")).toInt() == 400);

    const QJsonObject issued =
        f.ok(json(words("notices list --status issued --year 2025 --issuer UBTVQH"))).json();
    CHECK(issued.value(QLatin1String("total")).toInt() > 50);
    const QJsonObject first = issued.value(QLatin1String("notices")).toArray().first().toObject();
    CHECK(first.value(QLatin1String("status")).toString() == QStringLiteral("issued"));
    CHECK(first.value(QLatin1String("number")).toString().contains(QStringLiteral("/TB-")));
    const QJsonObject shown =
        f.ok(json({QStringLiteral("notices"), QStringLiteral("show"),
                   QString::number(first.value(QLatin1String("id")).toInteger())}))
            .json();
    CHECK(shown.value(QLatin1String("revisions")).toArray().size() >= 1);
    CHECK(shown.value(QLatin1String("body")).toArray().size() >= 2);

    // --text: every word the start of a word of the subject, the body or the number,
    // accents ignored, through the search index (as the notices page's filter).
    const QString number = first.value(QLatin1String("number")).toString(); // "05/TB-UBTVQH15"
    const QJsonObject byNumber =
        f.ok(json({QStringLiteral("notices"), QStringLiteral("list"), QStringLiteral("--text"), number}))
            .json();
    REQUIRE(byNumber.value(QLatin1String("total")).toInt() == 1);
    CHECK(byNumber.value(QLatin1String("notices")).toArray().first().toObject().value(QLatin1String("id")) ==
          first.value(QLatin1String("id")));
    const int all = f.ok(json(words("notices list"))).json().value(QLatin1String("total")).toInt();
    const int conclusions =
        f.ok(json(words("notices list --text KET"))).json().value(QLatin1String("total")).toInt();
    CHECK(conclusions > 0);
    CHECK(conclusions <= all);
    CHECK(f.ok(json(words("notices list --text khongcotutheo"))).json().value(QLatin1String("total")).toInt() == 0);

    // The register of a year runs 01, 02, … per issuer, without a gap.
    const QJsonArray reg = f.ok(json(words("notices register --year 2025 --issuer UBTVQH")))
                               .json()
                               .value(QLatin1String("register"))
                               .toArray();
    REQUIRE(!reg.isEmpty());
    for (int i = 0; i < reg.size(); ++i)
        CHECK(reg.at(i)
                  .toObject()
                  .value(QLatin1String("number"))
                  .toString()
                  .startsWith(QStringLiteral("%1/").arg(i + 1, 2, 10, QLatin1Char('0'))));

    // A new notice from a content, through the whole workflow.
    const qint64 contentId = shown.value(QLatin1String("contents")).toArray().first().toInteger();
    CHECK(f.run(words("notices new --subject x")).exitCode == 1); // a write needs --user
    const CliRun created =
        f.ok(as("chuyenvien") + QStringList{QStringLiteral("notices"), QStringLiteral("new"),
                                            QStringLiteral("--from-content"),
                                            QString::number(contentId)});
    const QString id = created.outText().trimmed();
    REQUIRE(id.toLongLong() > 0);
    const int registered = int(reg.size());
    auto status = [&] {
        return f.ok(json({QStringLiteral("notices"), QStringLiteral("show"), id}))
            .json()
            .value(QLatin1String("status"))
            .toString();
    };
    auto step = [&](const char *user, QStringList args) {
        return f.run(as(user) + QStringList{QStringLiteral("notices")} + args);
    };

    CHECK(step("tongthuky", {QStringLiteral("approve"), id}).exitCode == 1); // not submitted
    CHECK(step("tongthuky", {QStringLiteral("issue"), id}).exitCode == 1);
    CHECK(status() == QStringLiteral("draft"));
    CHECK(step("nguoixem", {QStringLiteral("submit"), id}).exitCode == 1);
    CHECK(step("chuyenvien", {QStringLiteral("submit"), id}).exitCode == 0);
    CHECK(step("lanhdaovu", {QStringLiteral("return"), id}).exitCode == 2); // --comment is required
    CHECK(step("chuyenvien",
               {QStringLiteral("return"), id, QStringLiteral("--comment"), QStringLiteral("x")})
              .exitCode == 1);
    CHECK(step("lanhdaovu", {QStringLiteral("return"), id, QStringLiteral("--comment"),
                             QStringLiteral("Bổ sung kết luận")})
              .exitCode == 0);
    CHECK(status() == QStringLiteral("returned"));
    CHECK(step("chuyenvien", {QStringLiteral("submit"), id}).exitCode == 0);
    const CliRun diff = f.ok(words("notices diff") + QStringList{id});
    CHECK_FALSE(diff.outText().contains(QStringLiteral("{+"))); // nothing changed between the two
    CHECK(step("lanhdaovu", {QStringLiteral("approve"), id}).exitCode ==
          1); // reviewers do not approve
    CHECK(step("tongthuky", {QStringLiteral("approve"), id}).exitCode == 0);
    CHECK(status() == QStringLiteral("approved"));
    CHECK(step("chuyenvien", {QStringLiteral("issue"), id}).exitCode == 1);
    CHECK(step("tongthuky", {QStringLiteral("issue"), id, QStringLiteral("--date"),
                             QStringLiteral("2025-06-20")})
              .exitCode == 1);
    const QJsonObject done = f.ok(json(as("tongthuky") + QStringList{QStringLiteral("notices"),
                                                                     QStringLiteral("issue"), id}))
                                 .json();
    CHECK(done.value(QLatin1String("status")).toString() == QStringLiteral("issued"));
    CHECK(done.value(QLatin1String("number")).toString() ==
          QStringLiteral("%1/TB-UBTVQH15").arg(registered + 1, 2, 10, QLatin1Char('0')));
    CHECK(step("tongthuky", {QStringLiteral("issue"), id}).exitCode == 1); // twice

    // The issued notice exports as the PDF frozen at its issue, and as DOCX in the same layout.
    const QString pdf = f.path(QStringLiteral("thong-bao.pdf"));
    const QJsonObject exported = f.ok(json({QStringLiteral("notices"), QStringLiteral("export"), id,
                                            QStringLiteral("--out"), pdf}))
                                     .json();
    CHECK(exported.value(QLatin1String("frozen")).toBool());
    QFile frozen(pdf);
    REQUIRE(frozen.open(QIODevice::ReadOnly));
    const QByteArray bytes = frozen.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    const QString sha = f.ok(json({QStringLiteral("notices"), QStringLiteral("show"), id}))
                            .json()
                            .value(QLatin1String("pdfSha256"))
                            .toString();
    CHECK(sha ==
          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    const QString docx = f.path(QStringLiteral("thong-bao.docx"));
    f.ok({QStringLiteral("notices"), QStringLiteral("export"), id, QStringLiteral("--out"), docx});
    QFile word(docx);
    REQUIRE(word.open(QIODevice::ReadOnly));
    CHECK(word.read(2) == QByteArray("PK"));
    CHECK(f.run({QStringLiteral("notices"), QStringLiteral("export"), id, QStringLiteral("--out"),
                 QStringLiteral("a.doc")})
              .exitCode == 2);

    // Voiding: the next number with a reason, by the administrator; never twice.
    const QString next = QString::number(registered + 2);
    CHECK(step("quantri",
               {QStringLiteral("void"), next, QStringLiteral("--year"), QStringLiteral("2025")})
              .exitCode == 2);
    CHECK(step("chuyenvien",
               {QStringLiteral("void"), next, QStringLiteral("--year"), QStringLiteral("2025"),
                QStringLiteral("--reason"), QStringLiteral("x")})
              .exitCode == 1);
    CHECK(step("quantri",
               {QStringLiteral("void"), next, QStringLiteral("--year"), QStringLiteral("2025"),
                QStringLiteral("--reason"), QStringLiteral("Cấp nhầm")})
              .exitCode == 0);
    CHECK(step("quantri",
               {QStringLiteral("void"), next, QStringLiteral("--year"), QStringLiteral("2025"),
                QStringLiteral("--reason"), QStringLiteral("Cấp nhầm")})
              .exitCode == 1);
    const QJsonArray after = f.ok(json(words("notices register --year 2025 --issuer UBTVQH")))
                                 .json()
                                 .value(QLatin1String("register"))
                                 .toArray();
    REQUIRE(after.size() == registered + 2);
    CHECK(after.last().toObject().value(QLatin1String("state")).toString() ==
          QStringLiteral("void"));
    CHECK(f.ok(words("check")).exitCode == 0);
}

namespace {

/// Every row of every table as text, one a line: what a refused command must leave as it
/// was.
QStringList dump(const QString &path)
{
    thuky::storage::OpenOptions options;
    options.wal = false;
    auto db = thuky::storage::Database::open(path, options);
    REQUIRE(db);
    QStringList tables;
    {
        auto s = db->prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        REQUIRE(s);
        while (*s->step())
            tables << s->text(0);
    }
    REQUIRE(tables.size() > 10);
    QStringList out;
    for (const QString &table : tables) {
        QStringList columns;
        {
            auto s = db->prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
            REQUIRE(s);
            s->bind(1, table);
            while (*s->step())
                columns << QStringLiteral("quote(\"%1\")").arg(s->text(0));
        }
        // Logging in is recorded whatever the command then does; that is not its writing.
        const QString where =
            table == u"audit_log" ? QStringLiteral(" WHERE action <> 'user.login'") : QString();
        const QByteArray sql = QStringLiteral("SELECT %1 FROM \"%2\"%3")
                                   .arg(columns.join(QStringLiteral(" || ',' || ")), table, where)
                                   .toUtf8();
        auto s = db->prepare(sql.constData());
        REQUIRE(s);
        while (*s->step())
            out << table + u':' + s->text(0);
    }
    return out;
}

/// The lines only one of two dumps has (at most 10), empty when they are the same.
std::string changes(const QStringList &before, const QStringList &after)
{
    const QSet<QString> was(before.cbegin(), before.cend());
    const QSet<QString> is(after.cbegin(), after.cend());
    QStringList lines;
    for (const QString &l : after)
        if (!was.contains(l))
            lines << QStringLiteral("+ ") + l.left(300);
    for (const QString &l : before)
        if (!is.contains(l))
            lines << QStringLiteral("- ") + l.left(300);
    if (lines.isEmpty() && before.size() != after.size())
        lines << QStringLiteral("a row was added or removed twice over");
    return lines.mid(0, 10).join(u'\n').toStdString();
}

QJsonObject runJson(const CliFixture &f, QStringList args)
{
    return f.ok(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args).json();
}

} // namespace

TEST_CASE("notices: issuers and templates by administrators, leaders' notices, ODT, and refused "
          "steps writing nothing",
          "[cli][notices]")
{
    CliFixture f;
    f.demo();

    const QJsonObject issuers = runJson(f, words("notices issuers"));
    CHECK(issuers.value(QLatin1String("count")).toInt() == 2);
    const QJsonObject ttkqh = issuers.value(QLatin1String("issuers")).toArray().at(1).toObject();
    CHECK(ttkqh.value(QLatin1String("code")).toString() == QStringLiteral("TTKQH"));
    CHECK(ttkqh.value(QLatin1String("symbol")).toString() == QStringLiteral("TB-TTKQH"));
    CHECK(ttkqh.value(QLatin1String("authority")).toString() == QStringLiteral("direct"));
    CHECK(ttkqh.value(QLatin1String("recipients")).isArray());
    for (const char *key : {"parentBody", "issuingBody", "place", "authorityLine", "authorityBody",
                            "signerPosition", "signerName", "archiveLine", "active"})
        CHECK(ttkqh.contains(QLatin1String(key)));
    const QJsonArray templates =
        runJson(f, words("notices templates")).value(QLatin1String("templates")).toArray();
    REQUIRE(templates.size() == 3);
    CHECK(templates.at(1).toObject().value(QLatin1String("kind")).toString() ==
          QStringLiteral("leaders"));
    CHECK(templates.at(1).toObject().value(QLatin1String("dueDays")).toInt() == 5);

    // A notice with two revisions, for the comment rule.
    const QString id =
        f.ok(as("chuyenvien") + words("notices new --subject Thử")).outText().trimmed();
    f.ok(as("chuyenvien") + words("notices submit") + QStringList{id});
    f.ok(as("lanhdaovu") + words("notices return --comment Sửa") + QStringList{id});
    f.ok(as("chuyenvien") + words("notices submit") + QStringList{id});

    // Everything refused exits 1 (2 for a usage error) and writes nothing.
    const QStringList before = dump(f.db());
    const auto refused = [&](QStringList args, int code = 1) {
        INFO(args.join(u' ').toStdString());
        const CliRun r = f.run(args);
        CHECK(r.exitCode == code);
        return r.errText();
    };
    refused(words("notices issuer-edit TTKQH --signer-name X")); // no --user
    CHECK(refused(as("chuyenvien") + words("notices issuer-edit TTKQH --signer-name X"))
              .contains(QStringLiteral("không có quyền")));
    CHECK(refused(as("chuyenvien") + words("--lang en notices issuer-edit TTKQH --signer-name X"))
              .contains(QStringLiteral("may not edit notice issuers")));
    CHECK(refused(as("quantri") + words("notices issuer-edit TTKQH --symbol TB/TT"))
              .contains(QStringLiteral("Ký hiệu")));
    CHECK(refused(as("quantri") + words("--lang en notices issuer-edit NOPE --place X"))
              .contains(QStringLiteral("There is no issuer \"NOPE\"")));
    CHECK(refused(as("quantri") + words("--lang en notices issuer-edit UBTVQH --new --symbol X "
                                        "--issuing-body X"))
              .contains(QStringLiteral("taken")));
    refused(as("quantri") + words("notices issuer-edit TTKQH --authority zz"), 2);
    refused(as("quantri") + words("notices template-edit leaders --due-days 61"), 2);
    refused(as("quantri") + words("notices template-edit bogus --due-days 3"), 2);
    refused(as("chuyenvien") + words("notices template-edit leaders --due-days 3"));
    CHECK(refused(as("lanhdaovu") + words("--lang en notices comment --revision 1 --comment x") +
                  QStringList{id})
              .contains(QStringLiteral("latest revision")));
    refused(as("lanhdaovu") + words("notices comment --revision 9 --comment x") + QStringList{id});
    CHECK(refused(as("quantri") + words("notices void 900 --year 2025 --reason Nhầm"))
              .contains(QStringLiteral("chưa được cấp")));
    refused(as("chuyenvien") + words("notices approve") + QStringList{id});
    refused(as("tongthuky") + words("notices issue") + QStringList{id}); // not approved
    const std::string written = changes(before, dump(f.db()));
    INFO(written);
    CHECK(written.empty());

    // The administrator edits the Secretary General and the leaders' template, audited.
    const QJsonObject edited =
        runJson(f, as("quantri") +
                       QStringList{QStringLiteral("notices"), QStringLiteral("issuer-edit"),
                                   QStringLiteral("TTKQH"), QStringLiteral("--signer-name"),
                                   QStringLiteral("Lê Văn Bình"), QStringLiteral("--recipients"),
                                   QStringLiteral("Chủ tịch Quốc hội; Các Phó Chủ tịch "
                                                  "Quốc hội;Văn phòng Quốc hội")});
    CHECK(edited.value(QLatin1String("signerName")).toString() == QStringLiteral("Lê Văn Bình"));
    CHECK(edited.value(QLatin1String("recipients")).toArray().size() == 3);
    const QString opening = f.path(QStringLiteral("opening.txt"));
    writeFile(opening, QByteArray("Ngày {ngay_hop}, đồng chí Chủ tịch Quốc hội chủ trì cuộc họp "
                                  "và kết luận như sau:\n"));
    const QJsonObject tmpl =
        runJson(f, as("quantri") + words("notices template-edit leaders --due-days 3 --opening") +
                       QStringList{opening});
    CHECK(tmpl.value(QLatin1String("dueDays")).toInt() == 3);
    const QJsonArray trail = runJson(f, as("quantri") + words("audit list --entity notice_issuers"))
                                 .value(QLatin1String("entries"))
                                 .toArray();
    REQUIRE_FALSE(trail.isEmpty());
    CHECK(trail.first().toObject().value(QLatin1String("action")).toString() ==
          QStringLiteral("notice.issuer.update"));

    // A leaders' notice takes the Secretary General, its opening and its due date (Thursday
    // 12 June + 3 working days: Tuesday 17 June).
    const QString leaders =
        f.ok(as("chuyenvien") +
             QStringList{QStringLiteral("notices"), QStringLiteral("new"), QStringLiteral("--kind"),
                         QStringLiteral("leaders"), QStringLiteral("--meeting-date"),
                         QStringLiteral("2025-06-12"), QStringLiteral("--subject"),
                         QStringLiteral("Kết luận của Chủ tịch Quốc hội tại cuộc họp về công tác "
                                        "đối ngoại")})
            .outText()
            .trimmed();
    const QJsonObject shown = runJson(f, words("notices show") + QStringList{leaders});
    CHECK(shown.value(QLatin1String("issuer")).toString() == QStringLiteral("TTKQH"));
    CHECK(shown.value(QLatin1String("dueDate")).toString() == QStringLiteral("2025-06-17"));
    CHECK(shown.value(QLatin1String("text"))
              .toString()
              .startsWith(QStringLiteral("Ngày 12/06/2025, đồng chí Chủ tịch Quốc hội")));
    CHECK(shown.value(QLatin1String("recipients")).toArray().first().toString() ==
          QStringLiteral("Chủ tịch Quốc hội"));
    refused(as("chuyenvien") + words("notices new --from-content 1 --meeting-date 2025-06-12"), 2);

    // The notices list shows the working days from meeting to issue and the overdue ones.
    const CliRun table = f.ok(words("notices list --limit 5"));
    CHECK(table.outText().contains(QStringLiteral("Số ngày làm việc")));
    CHECK(table.outText().contains(QStringLiteral("Quá hạn")));
    const QJsonObject row = runJson(f, words("notices list --limit 1"))
                                .value(QLatin1String("notices"))
                                .toArray()
                                .first()
                                .toObject();
    CHECK(row.contains(QLatin1String("workingDaysToIssue")));
    CHECK(row.value(QLatin1String("overdue")).isBool());

    // ODT beside DOCX and PDF, for notices and meeting programmes alike.
    const QString odt = f.path(QStringLiteral("thong-bao.odt"));
    f.ok(words("notices export") + QStringList{leaders, QStringLiteral("--out"), odt});
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("PK"));
    CHECK(bytes.mid(30, 47) == QByteArray("mimetypeapplication/vnd.oasis.opendocument.text"));
    CHECK(f.run(words("notices export 1 --out a.doc")).exitCode == 2);
    const QString programme = f.path(QStringLiteral("chuong-trinh.odt"));
    const QJsonArray meetings = runJson(f, words("meetings list --from 2025-01-01 --to 2025-12-31"))
                                    .value(QLatin1String("meetings"))
                                    .toArray();
    REQUIRE_FALSE(meetings.isEmpty());
    const QJsonObject meeting = meetings.first().toObject();
    f.ok(QStringList{QStringLiteral("meetings"), QStringLiteral("export"),
                     QStringLiteral("%1/%2")
                         .arg(meeting.value(QLatin1String("term")).toInt())
                         .arg(meeting.value(QLatin1String("number")).toInt()),
                     QStringLiteral("--out"), programme});
    CHECK(QFile(programme).size() > 1000);
}
