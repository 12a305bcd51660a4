// Session agendas going out: the official agenda, the one-day schedule and the changes
// annex re-read from their DOCX (and PDF, where pdftotext is installed), the iCalendar
// export read back with readIcs.

#include "test_support.h"

#include "documents/xlsx_package.h"
#include "thuky/documents/ics.h"
#include "thuky/documents/rich_document.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/session_documents.h"
#include "thuky/services/session_service.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace thuky;
using namespace thuky::domain;
using thuky::test::actor;
using thuky::test::agencyId;
using thuky::test::ok;

namespace {

const QDate kMonday{2024, 10, 21};

void ensureGuiApp()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "thuky_core_tests";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv); // lives until the process ends
}

/// The w:t text of word/document.xml, paragraphs on their own lines.
QString docxText(const documents::RichDocument &doc)
{
    auto bytes = documents::writeDocx(doc);
    REQUIRE(bytes);
    auto package = documents::detail::XlsxPackage::fromBytes(*bytes, QStringLiteral("agenda.docx"));
    REQUIRE(package);
    auto xml = package->read(QStringLiteral("word/document.xml"));
    REQUIRE(xml);
    QXmlStreamReader reader(*xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"t")
            text += reader.readElementText();
        else if (reader.isEndElement() && reader.name() == u"p")
            text += u'\n';
    }
    REQUIRE_FALSE(reader.hasError());
    return text;
}

/// The PDF's text through pdftotext, white space simplified; empty when the tool is missing.
QString pdfText(const documents::RichDocument &doc)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    ensureGuiApp();
    auto pdf = documents::writePdf(doc);
    REQUIRE(pdf);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agenda.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(*pdf);
    f.close();
    QProcess p;
    p.start(tool, {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QRegularExpression(QStringLiteral("\\s+")),
                                                               QStringLiteral(" "));
}

struct Fixture
{
    std::unique_ptr<services::Workspace> ws = thuky::test::workspace();
    services::SessionService &svc = ws->sessions();
    services::SessionDocuments docs{svc};
    Session session;
    AgendaVersion v1;
    Id presenter = 0, other = 0;

    Fixture()
    {
        session.term = 15;
        session.ordinal = 8;
        session.phases = {{0, 1, QDate(2024, 10, 21), QDate(2024, 11, 14)},
                          {0, 2, QDate(2024, 11, 20), QDate(2024, 11, 30)}};
        session = ok(svc.createSession(actor(), session));
        v1 = ok(svc.newVersion(actor(), session.id));
        Person p;
        p.fullName = QStringLiteral("Nguyễn Văn Thắng");
        presenter = ok(ws->reference().addPerson(actor(), p)).id;
        p.fullName = QStringLiteral("Hồ Đức Phớc");
        other = ok(ws->reference().addPerson(actor(), p)).id;

        AgendaItem opening = item("Khai mạc kỳ họp", kMonday, HalfDay::Morning);
        opening.activity = ActivityType::Opening;
        opening.liveBroadcast = true;
        opening.startTime = QTime(8, 0);
        opening.endTime = QTime(9, 30);
        opening.presentingAgencyId = 0;
        ok(svc.addItem(actor(), opening));
        AgendaItem heard = item("Nghe Tờ trình và Báo cáo thẩm tra dự án Luật Dữ liệu", kMonday,
                                HalfDay::Morning);
        heard.activity = ActivityType::Submission;
        heard.presenterId = presenter;
        heard.reviewingAgencyId = agencyId(*ws, "UBPLTP");
        heard.plannedMinutes = 60;
        ok(svc.addItem(actor(), heard));
        AgendaItem groups = item("Thảo luận ở Tổ về dự án Luật Dữ liệu", kMonday, HalfDay::Afternoon);
        groups.activity = ActivityType::GroupDiscussion;
        groups.venueKind = VenueKind::Groups;
        groups.plannedMinutes = 180;
        ok(svc.addItem(actor(), groups));
        ok(svc.addItem(actor(), item("Biểu quyết thông qua Luật Dữ liệu", QDate(2024, 11, 30),
                                     HalfDay::Morning)));
    }

    AgendaItem item(const char *title, QDate date, HalfDay half)
    {
        AgendaItem it;
        it.versionId = v1.id;
        it.title = QString::fromUtf8(title);
        it.date = date;
        it.halfDay = half;
        it.position = 0;
        it.presentingAgencyId = agencyId(*ws, "CP");
        return it;
    }
};

} // namespace

TEST_CASE("the agenda document has the session, the term and a table by day and half-day",
          "[agenda][documents]")
{
    Fixture fx;
    const auto doc = ok(fx.docs.agenda(actor(), fx.session.id));
    CHECK(doc.page.fontFamily == QStringLiteral("Times New Roman"));
    const QString text = docxText(doc);
    INFO(text.toStdString());
    for (const char *expected :
         {"QUỐC HỘI", "KHÓA XV", "CHƯƠNG TRÌNH", "Kỳ họp thứ Tám, Quốc hội khóa XV",
          "(Dự kiến lần 1)", "Đợt 1: từ ngày 21/10/2024 đến ngày 14/11/2024", "Ngày", "Buổi",
          "Thứ Hai, ngày 21/10/2024", "Thứ Bảy, ngày 30/11/2024", "Sáng", "Chiều",
          "Nghe Tờ trình và Báo cáo thẩm tra dự án Luật Dữ liệu", "Cơ quan trình: Chính phủ",
          "Cơ quan thẩm tra: Ủy ban Pháp luật và Tư pháp", "Người trình bày: Nguyễn Văn Thắng",
          "8h00 - 9h30: ", "(Phát thanh, truyền hình trực tiếp)", "Thảo luận ở Tổ"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    // Days without items are left out.
    CHECK_FALSE(text.contains(QStringLiteral("22/10/2024")));

    const QString pdf = pdfText(doc);
    if (!pdf.isEmpty()) {
        CHECK(pdf.contains(QStringLiteral("CHƯƠNG TRÌNH")));
        CHECK(pdf.contains(QStringLiteral("Thứ Hai, ngày 21/10/2024")));
        CHECK(pdf.contains(QStringLiteral("Luật Dữ liệu")));
    }
}

TEST_CASE("the one-day schedule lists the day's half-days with planned times", "[agenda][documents]")
{
    Fixture fx;
    const auto doc = ok(fx.docs.daySchedule(actor(), fx.session.id, 0, kMonday));
    const QString text = docxText(doc);
    INFO(text.toStdString());
    for (const char *expected : {"LỊCH LÀM VIỆC", "Thứ Hai, ngày 21/10/2024", "SÁNG (từ 7h30)",
                                 "CHIỀU (từ 14h00)", "8h00 - 9h30", "Khai mạc kỳ họp",
                                 // after the opening (which ends 9h30), the next hour planned
                                 "9h30 - 10h30", "14h00 - 17h00"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    CHECK_FALSE(text.contains(QStringLiteral("Biểu quyết thông qua Luật Dữ liệu")));
    auto none = fx.docs.daySchedule(actor(), fx.session.id, 0, kMonday.addDays(1));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::NotFound);

    const QString pdf = pdfText(doc);
    if (!pdf.isEmpty())
        CHECK(pdf.contains(QStringLiteral("LỊCH LÀM VIỆC")));
}

TEST_CASE("the changes annex lists what was added, removed, moved and changed", "[agenda][documents]")
{
    Fixture fx;
    const AgendaVersion v2 = ok(fx.svc.newVersion(actor(), fx.session.id));
    const auto items = ok(fx.svc.items(actor(), v2.id));
    AgendaItem heard = items[1];
    REQUIRE(heard.activity == ActivityType::Submission);
    heard.presenterId = fx.other;
    ok(fx.svc.updateItem(actor(), heard));
    ok(fx.svc.moveItem(actor(), items[2].id, {kMonday.addDays(1), HalfDay::Morning, 1}));
    ok(fx.svc.deleteItem(actor(), items[3].id));
    AgendaItem added = fx.item("Nghe Báo cáo công tác nhiệm kỳ của Chủ tịch nước", kMonday.addDays(2),
                               HalfDay::Morning);
    added.versionId = v2.id;
    ok(fx.svc.addItem(actor(), added));

    const auto doc = ok(fx.docs.changesAnnex(actor(), fx.v1.id, v2.id));
    const QString text = docxText(doc);
    INFO(text.toStdString());
    for (const char *expected :
         {"PHỤ LỤC", "Kỳ họp thứ Tám, Quốc hội khóa XV", "(Dự kiến lần 2 so với Dự kiến lần 1)",
          "I. NỘI DUNG BỔ SUNG VÀO CHƯƠNG TRÌNH", "Nghe Báo cáo công tác nhiệm kỳ của Chủ tịch nước",
          "II. NỘI DUNG RÚT KHỎI CHƯƠNG TRÌNH", "Biểu quyết thông qua Luật Dữ liệu",
          "III. NỘI DUNG ĐIỀU CHỈNH THỜI GIAN", "Chiều thứ Hai, 21/10/2024", "Sáng thứ Ba, 22/10/2024",
          "IV. NỘI DUNG SỬA ĐỔI", "Người trình bày: ", "Nguyễn Văn Thắng → Hồ Đức Phớc"})
        CHECK(text.contains(QString::fromUtf8(expected)));

    const QString pdf = pdfText(doc);
    if (!pdf.isEmpty())
        CHECK(pdf.contains(QStringLiteral("Hồ Đức Phớc")));
}

TEST_CASE("the agenda as iCalendar reads back with stable UIDs across versions", "[agenda][documents][ics]")
{
    Fixture fx;
    const auto events = ok(fx.docs.icsEvents(actor(), fx.session.id));
    REQUIRE(events.size() == 4);
    const QByteArray bytes = documents::writeIcs(events, QStringLiteral("-//VPQH//Thuky//VI"));
    const auto back = ok(documents::readIcs(bytes, QStringLiteral("agenda.ics")));
    REQUIRE(back.size() == 4);
    CHECK(back[0].summary == QStringLiteral("Khai mạc kỳ họp"));
    CHECK(back[0].start == QDateTime(kMonday, QTime(1, 0), QTimeZone::utc())); // 8h00 in Hà Nội
    CHECK(back[0].end == QDateTime(kMonday, QTime(2, 30), QTimeZone::utc()));
    // No times: placed after the opening by its planned minutes.
    CHECK(back[1].start == QDateTime(kMonday, QTime(2, 30), QTimeZone::utc()));
    CHECK(back[1].end == QDateTime(kMonday, QTime(3, 30), QTimeZone::utc()));
    CHECK(back[1].description.contains(QStringLiteral("Người trình bày: Nguyễn Văn Thắng")));
    CHECK(back[1].status == QStringLiteral("TENTATIVE"));
    CHECK(back[0].uid.startsWith(QStringLiteral("ky-hop-")));

    // The next version's copies keep the UIDs, with a higher SEQUENCE.
    ok(fx.svc.newVersion(actor(), fx.session.id));
    const auto later = ok(fx.docs.icsEvents(actor(), fx.session.id));
    REQUIRE(later.size() == events.size());
    for (qsizetype i = 0; i < later.size(); ++i) {
        CHECK(later[i].uid == events[i].uid);
        CHECK(later[i].sequence == 2);
    }
}
