// notices list|show|new|submit|return|approve|issue|void|register|diff from the command
// line, on the office demo: the workflow by role, refused steps writing nothing.

#include "cli_runner.h"

#include <QCryptographicHash>
#include <QFile>

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
    CHECK(sha == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    const QString docx = f.path(QStringLiteral("thong-bao.docx"));
    f.ok({QStringLiteral("notices"), QStringLiteral("export"), id, QStringLiteral("--out"), docx});
    QFile word(docx);
    REQUIRE(word.open(QIODevice::ReadOnly));
    CHECK(word.read(2) == QByteArray("PK"));
    CHECK(f.run({QStringLiteral("notices"), QStringLiteral("export"), id, QStringLiteral("--out"),
                 QStringLiteral("a.odt")})
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
