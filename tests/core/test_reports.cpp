// Periodic progress reports: the periods and their cut-offs, the figures against a
// hand-counted programme, and the DOCX, PDF and XLSX re-read.

#include "test_support.h"

#include "thuky/documents/rich_document.h"
#include "thuky/documents/table.h"
#include "thuky/domain/report_period.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/report_service.h"

#include "documents/xlsx_package.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace thuky;
using namespace thuky::domain;
using thuky::test::actor;
using thuky::test::ok;

namespace {

ReportPeriod period(ReportPeriodKind kind, int year, int n, int cutoff = kDefaultReportCutoffDay)
{
    return ok(ReportPeriod::make(kind, year, n, cutoff));
}

/// A programme of 2025 counted by hand, seen on 16/06/2025 (the fixtures' today). For the
/// monthly report of June (15/05 to 14/06):
///   Vụ Thư ký: A done on time 20/05, B done late 05/06, C overdue, D overdue at the cut-off
///              (done 15/06, after it), E in progress (deadline December, 50% on 14/06).
///   Vụ Tổng hợp: F done 20/03 (before the period), G not started (deadline 30/06),
///              I postponed, deadline 30/04 (overdue).
struct Fixture
{
    std::unique_ptr<services::Workspace> ws = thuky::test::workspace();
    services::ProgrammeService &svc = ws->programmes();
    Programme programme = thuky::test::programme(*ws);
    Id section = 0;

    Fixture()
    {
        section = ok(svc.addTask(actor(), thuky::test::section(programme.id, "I", "Công tác chung"))).id;
        add("1", "Nhiệm vụ A", {2025, 5, 31}, "VTK");
        add("2", "Nhiệm vụ B", {2025, 5, 31}, "VTK");
        add("3", "Nhiệm vụ C quá hạn", {2025, 6, 10}, "VTK");
        add("4", "Nhiệm vụ D xong sau kỳ", {2025, 6, 10}, "VTK");
        add("5", "Nhiệm vụ E", {2025, 12, 31}, "VTK");
        add("6", "Nhiệm vụ F", {2025, 3, 31}, "VTH");
        add("7", "Nhiệm vụ G", {2025, 6, 30}, "VTH");
        add("8", "Nhiệm vụ I tạm hoãn", {2025, 4, 30}, "VTH", TaskStatus::Postponed);
        progress("1", {2025, 5, 20}, 100, "Đã trình Tổng Thư ký");
        progress("2", {2025, 6, 5}, 100, "Hoàn thành muộn");
        progress("4", {2025, 6, 15}, 100, "Xong sau ngày chốt");
        progress("6", {2025, 3, 20}, 100, "Xong từ quý I");
        progress("5", {2025, 6, 14}, 50, "Đang tổng hợp ý kiến");
        progress("7", {2025, 5, 14}, 10, "Trước kỳ báo cáo");
    }

    void add(const char *number, const char *content, QDate deadline, const char *lead,
             TaskStatus status = TaskStatus::NotStarted)
    {
        Task t = thuky::test::task(*ws, programme.id, section, number, content, deadline, lead);
        t.status = status;
        ok(svc.addTask(actor(), t));
    }

    void progress(const char *number, QDate date, int percent, const char *note)
    {
        storage::TaskFilter all;
        all.programmeId = programme.id;
        const Id id = ok(svc.tasks(actor(), all, 0, 100))
                          .at(QString::fromLatin1(number).toInt())
                          .task.id;
        ProgressEntry e;
        e.taskId = id;
        e.date = date;
        e.percent = percent;
        e.note = QString::fromUtf8(note);
        ok(svc.recordProgress(actor(), e));
    }

    services::ProgrammeReport report(ReportPeriodKind kind = ReportPeriodKind::Month, int n = 6)
    {
        return ok(ws->reports().report(actor(), programme.id, period(kind, 2025, n)));
    }
};

void ensureGuiApp()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "thuky_core_tests";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv);
}

QString wordText(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
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

} // namespace

TEST_CASE("Report periods run from the 15th to the 14th by default, across the year end",
          "[reports][domain]")
{
    auto check = [](ReportPeriod p, QDate from, QDate to) {
        CHECK(p.from == from);
        CHECK(p.to == to);
    };
    check(period(ReportPeriodKind::Month, 2025, 1), {2024, 12, 15}, {2025, 1, 14});
    check(period(ReportPeriodKind::Month, 2025, 6), {2025, 5, 15}, {2025, 6, 14});
    check(period(ReportPeriodKind::Month, 2025, 12), {2025, 11, 15}, {2025, 12, 14});
    check(period(ReportPeriodKind::Quarter, 2025, 1), {2024, 12, 15}, {2025, 3, 14});
    check(period(ReportPeriodKind::Quarter, 2025, 4), {2025, 9, 15}, {2025, 12, 14});
    check(period(ReportPeriodKind::Half, 2025, 1), {2024, 12, 15}, {2025, 6, 14});
    check(period(ReportPeriodKind::Half, 2025, 2), {2025, 6, 15}, {2025, 12, 14});
    check(period(ReportPeriodKind::NineMonths, 2025, 1), {2024, 12, 15}, {2025, 9, 14});
    check(period(ReportPeriodKind::Year, 2025, 1), {2024, 12, 15}, {2025, 12, 14});
    // Another cut-off, and calendar months (0: the month's end, leap years included).
    check(period(ReportPeriodKind::Month, 2025, 3, 20), {2025, 2, 21}, {2025, 3, 20});
    check(period(ReportPeriodKind::Month, 2024, 2, 0), {2024, 2, 1}, {2024, 2, 29});
    check(period(ReportPeriodKind::Quarter, 2025, 4, 0), {2025, 10, 1}, {2025, 12, 31});
    check(period(ReportPeriodKind::Year, 2025, 1, 0), {2025, 1, 1}, {2025, 12, 31});

    // After the year's cut-off a day belongs to the next year's reports.
    const ReportPeriod december = ReportPeriod::containing(ReportPeriodKind::Month, {2025, 12, 20});
    CHECK(december.year == 2026);
    CHECK(december.n == 1);
    CHECK(ReportPeriod::containing(ReportPeriodKind::Quarter, {2025, 6, 14}).n == 2);
    CHECK(ReportPeriod::containing(ReportPeriodKind::Quarter, {2025, 6, 15}).n == 3);

    CHECK(ReportPeriod::make(ReportPeriodKind::Quarter, 2025, 5).error().detail == QStringLiteral("n"));
    CHECK(ReportPeriod::make(ReportPeriodKind::Month, 2025, 1, 29).error().detail == QStringLiteral("cutoff"));
    CHECK(period(ReportPeriodKind::Quarter, 2025, 2).label() == QStringLiteral("quý II năm 2025"));
    CHECK(period(ReportPeriodKind::Half, 2025, 1).label() == QStringLiteral("6 tháng đầu năm 2025"));
    CHECK(period(ReportPeriodKind::Month, 2025, 6).label(Lang::En) == QStringLiteral("June 2025"));
    CHECK(reportPeriodKindFromKey(QStringLiteral("nine")) == ReportPeriodKind::NineMonths);
}

TEST_CASE("A monthly report counts each unit's tasks as they stood at the cut-off", "[reports]")
{
    Fixture f;
    const auto r = f.report();
    CHECK(r.asOf == QDate(2025, 6, 14));
    REQUIRE(r.units.size() == 2);
    const services::UnitFigures &vtk = r.units.at(0);
    CHECK(vtk.unitName == QStringLiteral("Vụ Thư ký"));
    CHECK(vtk.total == 5);
    CHECK(vtk.done == 2);
    CHECK(vtk.doneLate == 1);
    CHECK(vtk.doneInPeriod == 2);
    CHECK(vtk.inProgress == 1);
    CHECK(vtk.late == 2);
    const services::UnitFigures &vth = r.units.at(1);
    CHECK(vth.unitName == QStringLiteral("Vụ Tổng hợp"));
    CHECK(vth.total == 3);
    CHECK(vth.done == 1);
    CHECK(vth.doneLate == 0);
    CHECK(vth.doneInPeriod == 0);
    CHECK(vth.inProgress == 1);
    CHECK(vth.late == 1);
    CHECK(r.total.total == 8);
    CHECK(r.total.done == 3);
    CHECK(r.total.late == 3);
    CHECK(r.total.inProgress == 2);

    // The late ones by deadline, with their unit and how late at the cut-off.
    REQUIRE(r.late.size() == 3);
    CHECK(r.late.at(0).content == QStringLiteral("Nhiệm vụ I tạm hoãn"));
    CHECK(r.late.at(0).leadUnit == QStringLiteral("Vụ Tổng hợp"));
    CHECK(r.late.at(0).daysLate == 45);
    CHECK(r.late.at(0).number == QStringLiteral("I.8"));
    CHECK(r.late.at(1).content == QStringLiteral("Nhiệm vụ C quá hạn"));
    CHECK(r.late.at(2).content == QStringLiteral("Nhiệm vụ D xong sau kỳ"));
    CHECK(r.late.at(2).deadline == QDate(2025, 6, 10));
    CHECK(r.late.at(2).daysLate == 4);

    // The notes dated within 15/05–14/06, both ends included.
    QStringList notes;
    for (const auto &n : r.notes)
        notes << n.entry.note;
    CHECK(notes == QStringList{QStringLiteral("Đã trình Tổng Thư ký"), QStringLiteral("Hoàn thành muộn"),
                               QStringLiteral("Đang tổng hợp ý kiến")});
    CHECK(r.notes.at(0).leadUnitName == QStringLiteral("Vụ Thư ký"));
    CHECK(r.notes.at(0).taskNumber == QStringLiteral("I.1"));
}

TEST_CASE("A period not ended yet is counted on today, and a later one sees later completions",
          "[reports]")
{
    Fixture f;
    // The second quarter ends on 14/06, before today: D is still overdue there.
    CHECK(f.report(ReportPeriodKind::Quarter, 2).total.late == 3);
    // The six-month report of the second half is counted on today (16/06): D is done late.
    const auto h2 = f.report(ReportPeriodKind::Half, 2);
    CHECK(h2.asOf == QDate(2025, 6, 16));
    CHECK(h2.total.late == 2);
    CHECK(h2.total.done == 4);
    CHECK(h2.total.doneLate == 2);
    CHECK(h2.total.doneInPeriod == 1);
    REQUIRE(h2.notes.size() == 1);
    CHECK(h2.notes.at(0).entry.note == QStringLiteral("Xong sau ngày chốt"));
    // The yearly one holds every note of the year so far.
    CHECK(f.report(ReportPeriodKind::Year, 1).notes.size() == 6);
}

TEST_CASE("A viewer may read the report", "[reports]")
{
    Fixture f;
    Actor viewer{99, QStringLiteral("xem"), QStringLiteral("Người xem"), {Role::Viewer}};
    CHECK(f.ws->reports().report(viewer, f.programme.id, period(ReportPeriodKind::Month, 2025, 6)).ok());
    Actor nobody{98, QStringLiteral("khong"), QStringLiteral("Không vai trò"), {}};
    CHECK(f.ws->reports().report(nobody, f.programme.id, period(ReportPeriodKind::Month, 2025, 6)).error().code
          == ErrorCode::PermissionDenied);
}

TEST_CASE("The office's cut-off day is kept in the database, set by administrators, audited",
          "[reports][settings]")
{
    auto ws = thuky::test::workspace();
    Actor admin{90, QStringLiteral("quantri"), QStringLiteral("Quản trị"), {Role::Administrator}};
    Actor drafter{91, QStringLiteral("chuyenvien"), QStringLiteral("Chuyên viên"), {Role::Drafter}};
    Actor approver{92, QStringLiteral("tongthuky"), QStringLiteral("Tổng Thư ký"), {Role::Approver}};
    storage::AuditFilter settings;
    settings.entity = storage::entityKey(storage::Entity::OfficeSettings);
    const auto entries = [&] { return ok(ws->audit().entries(actor(), settings)); };

    // None saved: the built-in 15th-to-14th periods, for everyone who may read.
    CHECK(ok(ws->reports().cutoffDay(drafter)) == kDefaultReportCutoffDay);
    CHECK(entries().isEmpty());

    // Only an administrator changes it; a refusal writes nothing.
    for (const Actor &who : {drafter, approver}) {
        const auto refused = ws->reports().setCutoffDay(who, 20);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    const auto tooLate = ws->reports().setCutoffDay(admin, 29);
    REQUIRE_FALSE(tooLate.ok());
    CHECK(tooLate.error().code == ErrorCode::InvalidInput);
    CHECK(tooLate.error().detail == QStringLiteral("cutoff"));
    CHECK(ok(ws->reports().cutoffDay(drafter)) == kDefaultReportCutoffDay);
    CHECK(entries().isEmpty());

    ok(ws->reports().setCutoffDay(admin, 20));
    CHECK(ok(ws->reports().cutoffDay(drafter)) == 20);
    ok(ws->reports().setCutoffDay(admin, 0)); // the month's last day
    CHECK(ok(ws->reports().cutoffDay(drafter)) == 0);
    ok(ws->reports().setCutoffDay(admin, 0)); // the same day again: nothing to record
    const auto trail = entries(); // newest first
    REQUIRE(trail.size() == 2);
    CHECK(trail[1].action == QStringLiteral("report_settings.set"));
    CHECK(trail[1].userName == QStringLiteral("quantri"));
    CHECK(trail[1].entityId == 1);
    CHECK(trail[1].before.isEmpty()); // the row is written with its first change
    CHECK(trail[1].after.contains("\"report_cutoff_day\":20"));
    CHECK(trail[0].before.contains("\"report_cutoff_day\":20"));
    CHECK(trail[0].after.contains("\"report_cutoff_day\":0"));
    // Written with its audit record: the check finds nothing changed outside Thuky.
    CHECK(ok(ws->audit().verify()).ok());
    // The database refuses a day out of range whoever writes it.
    CHECK_FALSE(ws->db().exec("UPDATE office_settings SET report_cutoff_day = 31").ok());
}

TEST_CASE("The report as DOCX, PDF and XLSX reads back with its figures", "[reports][documents]")
{
    Fixture f;
    const auto r = f.report();
    const documents::RichDocument doc = services::ReportService::document(r);

    auto docx = documents::writeDocx(doc);
    REQUIRE(docx);
    auto package = documents::detail::XlsxPackage::fromBytes(*docx, QStringLiteral("report.docx"));
    REQUIRE(package);
    auto xml = package->read(QStringLiteral("word/document.xml"));
    REQUIRE(xml);
    const QString text = wordText(*xml);
    for (const char *expected :
         {"QUỐC HỘI", "BAN THƯ KÝ QUỐC HỘI", "Số:", "BÁO CÁO",
          "Kết quả thực hiện chương trình công tác năm 2025 của Ban Thư ký", "tháng 6 năm 2025",
          "Hà Nội, ngày 14 tháng 6 năm 2025", "I. KẾT QUẢ CHUNG",
          "Chương trình có 8 nhiệm vụ. Tính đến ngày 14 tháng 6 năm 2025: đã hoàn thành 3 nhiệm vụ",
          "3 nhiệm vụ quá hạn", "Tổng cộng", "Nhiệm vụ I tạm hoãn", "30/04/2025", "Đang tổng hợp ý kiến",
          "Nơi nhận:", "TM. BAN THƯ KÝ QUỐC HỘI"})
        CHECK(text.contains(QString::fromUtf8(expected)));

    ensureGuiApp();
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
    ok(documents::writePdfFile(doc, pdfPath));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {pdfPath, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(60000));
        const QString pdfText = QString::fromUtf8(p.readAllStandardOutput())
                                    .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        CHECK(pdfText.contains(QStringLiteral("BÁO CÁO")));
        CHECK(pdfText.contains(QStringLiteral("Nhiệm vụ C quá hạn")));
        CHECK(pdfText.contains(QStringLiteral("Tổng cộng")));
    }

    const QString xlsxPath = dir.filePath(QStringLiteral("report.xlsx"));
    ok(documents::writeXlsx(services::ReportService::figuresTable(r), xlsxPath));
    const documents::Table table = ok(documents::readXlsx(xlsxPath));
    CHECK(table.headers.at(1) == QStringLiteral("Đơn vị chủ trì"));
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows.at(0) == QStringList{QStringLiteral("1"), QStringLiteral("Vụ Thư ký"), QStringLiteral("5"),
                                          QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("2"),
                                          QStringLiteral("1"), QStringLiteral("2")});
    CHECK(table.rows.at(2).at(1) == QStringLiteral("Tổng cộng"));
    CHECK(table.rows.at(2).at(2) == QStringLiteral("8"));
    CHECK(table.rows.at(2).at(7) == QStringLiteral("3"));
}
