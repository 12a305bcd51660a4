// The leadership dashboard's figures against a hand-counted fixture: tasks by unit, by
// timeliness and by month, notice turnaround in working days, documents received late by
// agency; the unit and year filters; the records behind a bar.

#include "test_support.h"

#include "thuky/domain/account.h"
#include "thuky/domain/meeting.h"
#include "thuky/services/account_service.h"
#include "thuky/services/dashboard_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/notice_service.h"

using namespace thuky;
using namespace thuky::domain;
using services::DashboardFilter;
using services::DashboardFigure;
using thuky::test::actor;
using thuky::test::ok;

namespace {

/// Seen on 16/06/2025 (a Monday). The 2025 programme of the Secretariat:
///   Vụ Thư ký (VTK): A done on time (20/05), B done late (05/06), C overdue (10/06),
///     D done late (15/06 for 10/06), E on track (31/12), H due soon (20/06);
///   Vụ Tổng hợp (VTH): F done on time (20/03), G on track (30/06, VTK coordinating),
///     I postponed and overdue (30/04).
/// A 2024 programme's task is never counted in 2025. One meeting on 10/06/2025 with two
/// notices issued on 12/06 (2 working days) and 16/06 (4), and three documents due on
/// 03/06: the Government's received on 06/06 (late) and on 02/06 (on time), the economic
/// committee's not received (overdue).
struct Fixture
{
    std::unique_ptr<services::Workspace> ws = thuky::test::workspace();
    services::ProgrammeService &svc = ws->programmes();
    Programme programme = thuky::test::programme(*ws);
    QHash<QString, Id> task;
    Id vtk = thuky::test::agencyId(*ws, "VTK");
    Id vth = thuky::test::agencyId(*ws, "VTH");
    Id cp = thuky::test::agencyId(*ws, "CP");
    Id ubkttc = thuky::test::agencyId(*ws, "UBKTTC");
    QList<Id> notices;
    Id lateDocument = 0, overdueDocument = 0;
    Id meetingId = 0, firstContent = 0; ///< the content the two notices conclude on (CP presents it)
    Actor drafter, approver;

    Fixture()
    {
        add("A", {2025, 5, 31}, "VTK", {2025, 5, 20});
        add("B", {2025, 5, 31}, "VTK", {2025, 6, 5});
        add("C", {2025, 6, 10}, "VTK");
        add("D", {2025, 6, 10}, "VTK", {2025, 6, 15});
        add("E", {2025, 12, 31}, "VTK");
        add("H", {2025, 6, 20}, "VTK");
        add("F", {2025, 3, 31}, "VTH", {2025, 3, 20});
        add("G", {2025, 6, 30}, "VTH", {}, {vtk});
        add("I", {2025, 4, 30}, "VTH", {}, {}, TaskStatus::Postponed);
        const Programme last = thuky::test::programme(*ws, 2024);
        ok(svc.addTask(actor(), thuky::test::task(*ws, last.id, 0, "1", "Năm trước", {2024, 6, 10}, "VTK")));

        Meeting m;
        m.term = 15;
        m.phases = {{QDate(2025, 6, 10), QDate(2025, 6, 11)}};
        m.status = MeetingStatus::Held;
        m = ok(ws->meetings().createMeeting(actor(), m));
        meetingId = m.id;
        const auto document = [](DocumentKind kind, Id agency) {
            RequiredDocument d;
            d.kind = kind;
            d.responsibleAgencyId = agency;
            d.dueDate = QDate(2025, 6, 3);
            d.dueSet = true;
            return d;
        };
        MeetingContent c;
        c.meetingId = m.id;
        c.title = QStringLiteral("Cho ý kiến về dự án Luật Đất đai (sửa đổi)");
        c.presentingAgencyId = cp;
        c.reviewingAgencyId = ubkttc;
        c.plannedDay = QDate(2025, 6, 10);
        const auto first = ok(ws->meetings().addContent(
            actor(), c, {document(DocumentKind::Submission, cp), document(DocumentKind::ReviewReport, ubkttc)}));
        firstContent = first.content.id;
        lateDocument = first.documents.at(0).document.id;
        overdueDocument = first.documents.at(1).document.id;
        ok(ws->meetings().receiveDocument(actor(), lateDocument, {2025, 6, 6}));
        c.title = QStringLiteral("Cho ý kiến về dự án Luật Thuế");
        c.reviewingAgencyId = 0;
        const auto second = ok(ws->meetings().addContent(actor(), c, {document(DocumentKind::Submission, cp)}));
        ok(ws->meetings().receiveDocument(actor(), second.documents.at(0).document.id, {2025, 6, 2}));

        addUser("quantri", Role::Administrator);
        drafter = addUser("chuyenvien", Role::Drafter);
        approver = addUser("tongthuky", Role::Approver);
        for (const QDate &day : {QDate(2025, 6, 12), QDate(2025, 6, 16)}) {
            Notice n = ok(ws->notices().createFromContent(drafter, first.content.id));
            ok(ws->notices().submit(drafter, n.id));
            ok(ws->notices().approve(approver, n.id));
            notices.append(ok(ws->notices().issue(approver, n.id, day)).id);
        }
    }

    Actor addUser(const char *name, Role role)
    {
        User u;
        u.userName = QString::fromLatin1(name);
        u.fullName = QStringLiteral("Cán bộ %1").arg(u.userName);
        u.roles = {role};
        return ok(ws->accounts().addUser(actor(), u, QStringLiteral("Thuky@2025x"))).actor();
    }

    void add(const char *name, QDate deadline, const char *lead, QDate done = {}, QList<Id> partners = {},
             TaskStatus status = TaskStatus::NotStarted)
    {
        Task t = thuky::test::task(*ws, programme.id, 0, QString::number(task.size() + 1).toLatin1().constData(),
                                   (QStringLiteral("Nhiệm vụ ") + QString::fromLatin1(name)).toUtf8().constData(),
                                   deadline, lead);
        t.partnerUnitIds = partners;
        t.status = status;
        const Id id = ok(svc.addTask(actor(), t)).id;
        task.insert(QString::fromLatin1(name), id);
        if (done.isValid()) {
            ProgressEntry e;
            e.taskId = id;
            e.date = done;
            e.percent = 100;
            ok(svc.recordProgress(actor(), e));
        }
    }

    QList<Id> ids(std::initializer_list<const char *> names)
    {
        QList<Id> out;
        for (const char *n : names)
            out.append(task.value(QString::fromLatin1(n)));
        std::sort(out.begin(), out.end());
        return out;
    }

    services::DashboardService &dashboard() { return ws->dashboard(); }
};

const services::DashboardSeries &seriesOf(const DashboardFigure &f, const char *key)
{
    for (const auto &s : f.series)
        if (s.key == QString::fromLatin1(key))
            return s;
    FAIL("no series " << key);
    return f.series.first();
}

} // namespace

TEST_CASE("Completion by unit counts the year's tasks each unit leads, or joins when filtered",
          "[dashboard]")
{
    Fixture f;
    const DashboardFigure all = ok(f.dashboard().completionByUnit(actor(), {2025, 0}));
    CHECK(all.categories == QStringList{QStringLiteral("Vụ Thư ký"), QStringLiteral("Vụ Tổng hợp")});
    CHECK(all.categoryKeys == QList<qint64>{f.vtk, f.vth});
    const auto &done = seriesOf(all, "done");
    const auto &open = seriesOf(all, "not_done");
    CHECK(done.bars.at(0).ids == f.ids({"A", "B", "D"}));
    CHECK(done.bars.at(0).value == 3);
    CHECK(open.bars.at(0).ids == f.ids({"C", "E", "H"}));
    CHECK(done.bars.at(1).ids == f.ids({"F"}));
    CHECK(open.bars.at(1).ids == f.ids({"G", "I"}));

    // Vụ Thư ký's view: its own tasks, and G which it coordinates (shown under its lead).
    const DashboardFigure vtk = ok(f.dashboard().completionByUnit(actor(), {2025, f.vtk}));
    REQUIRE(vtk.categories.size() == 2);
    CHECK(seriesOf(vtk, "not_done").bars.at(1).ids == f.ids({"G"}));
    CHECK(seriesOf(vtk, "done").bars.at(1).ids.isEmpty());

    const DashboardFigure last = ok(f.dashboard().completionByUnit(actor(), {2024, 0}));
    REQUIRE(last.categories.size() == 1);
    CHECK(seriesOf(last, "not_done").bars.at(0).value == 1);
}

TEST_CASE("The timeliness mix is the programme page's timeliness, one meaning each", "[dashboard]")
{
    Fixture f;
    const DashboardFigure mix = ok(f.dashboard().timelinessMix(actor(), {2025, 0}));
    REQUIRE(mix.categories.size() == int(kAllTimeliness.size()));
    const auto &bars = seriesOf(mix, "tasks").bars;
    CHECK(bars.at(int(Timeliness::OnTrack)).ids == f.ids({"E", "G"}));
    CHECK(bars.at(int(Timeliness::DueSoon)).ids == f.ids({"H"}));
    CHECK(bars.at(int(Timeliness::Overdue)).ids == f.ids({"C", "I"}));
    CHECK(bars.at(int(Timeliness::DoneOnTime)).ids == f.ids({"A", "F"}));
    CHECK(bars.at(int(Timeliness::DoneLate)).ids == f.ids({"B", "D"}));
    CHECK(bars.at(int(Timeliness::NoDeadline)).value == 0);
    CHECK(mix.categories.at(int(Timeliness::Overdue)) == QStringLiteral("Quá hạn"));

    const DashboardFigure vth = ok(f.dashboard().timelinessMix(actor(), {2025, f.vth}));
    CHECK(seriesOf(vth, "tasks").bars.at(int(Timeliness::Overdue)).ids == f.ids({"I"}));
}

TEST_CASE("Progress by month counts deadlines and completions of the year's months", "[dashboard]")
{
    Fixture f;
    const DashboardFigure months = ok(f.dashboard().progressByMonth(actor(), {2025, 0}));
    REQUIRE(months.categories.size() == 12);
    const auto &due = seriesOf(months, "due").bars;
    CHECK(due.at(2).ids == f.ids({"F"}));
    CHECK(due.at(3).ids == f.ids({"I"}));
    CHECK(due.at(4).ids == f.ids({"A", "B"}));
    CHECK(due.at(5).ids == f.ids({"C", "D", "G", "H"}));
    CHECK(due.at(11).ids == f.ids({"E"}));
    const auto &done = seriesOf(months, "done").bars;
    CHECK(done.at(2).ids == f.ids({"F"}));
    CHECK(done.at(4).ids == f.ids({"A"}));
    CHECK(done.at(5).ids == f.ids({"B", "D"}));
    CHECK(done.at(6).value == 0);
    const auto &total = seriesOf(months, "done_total").bars;
    CHECK(total.at(1).value == 0);
    CHECK(total.at(4).value == 2);
    CHECK(total.at(5).value == 4);
    CHECK(total.at(11).value == 4);
}

TEST_CASE("Notice turnaround is the mean of working days from the meeting to the issue",
          "[dashboard]")
{
    Fixture f;
    const DashboardFigure t = ok(f.dashboard().noticeTurnaround(actor(), {2025, 0}));
    CHECK(t.records == services::DashboardRecords::Notices);
    const auto &mean = seriesOf(t, "mean_days").bars;
    const auto &issued = seriesOf(t, "issued").bars;
    CHECK(issued.at(5).value == 2);
    CHECK(issued.at(5).ids == f.notices);
    CHECK(mean.at(5).value == Approx(3.0)); // (2 + 4) / 2
    CHECK(mean.at(4).value == 0);
    CHECK(seriesOf(ok(f.dashboard().noticeTurnaround(actor(), {2024, 0})), "issued").bars.at(5).ids.isEmpty());

    const auto lines = ok(f.dashboard().records(actor(), services::DashboardRecords::Notices, issued.at(5).ids));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).columns.at(0).startsWith(QStringLiteral("01/TB-UBTVQH")));
    CHECK(lines.at(1).columns.at(3) == QStringLiteral("16/06/2025"));
}

TEST_CASE("Notice turnaround filtered by unit counts the notices on contents the unit presents",
          "[dashboard]")
{
    // Besides the fixture's two notices on the CP's content (2 and 4 working days): a
    // content the economic committee (UBKTTC) presents at the same meeting (10/06), its
    // notice X issued on 18/06 (6 working days: 11, 12, 13, 16, 17, 18), and a notice Y on
    // both contents issued on 17/06 (5). The committee also reviews the CP's content, which
    // does not count: the filter is the presenting agency.
    Fixture f;
    f.ws->setToday({2025, 6, 20});
    MeetingContent c;
    c.meetingId = f.meetingId;
    c.title = QStringLiteral("Giám sát chuyên đề về ngân sách");
    c.presentingAgencyId = f.ubkttc;
    c.plannedDay = QDate(2025, 6, 10);
    const Id committees = ok(f.ws->meetings().addContent(actor(), c, {})).content.id;
    const auto issue = [&](Notice n, const QDate &day) {
        ok(f.ws->notices().submit(f.drafter, n.id));
        ok(f.ws->notices().approve(f.approver, n.id));
        return ok(f.ws->notices().issue(f.approver, n.id, day)).id;
    };
    Notice both = ok(f.ws->notices().createFromContent(f.drafter, f.firstContent));
    both.contentIds = {f.firstContent, committees};
    both = ok(f.ws->notices().updateDraft(f.drafter, both));
    const Id y = issue(both, {2025, 6, 17});
    const Id x = issue(ok(f.ws->notices().createFromContent(f.drafter, committees)), {2025, 6, 18});

    const auto june = [&](Id unit) {
        const DashboardFigure t = ok(f.dashboard().noticeTurnaround(actor(), {2025, unit}));
        return std::pair(seriesOf(t, "issued").bars.at(5), seriesOf(t, "mean_days").bars.at(5));
    };
    const auto [all, allMean] = june(0);
    CHECK(all.value == 4);
    CHECK(allMean.value == Approx((2.0 + 4 + 5 + 6) / 4));

    const auto [cp, cpMean] = june(f.cp);
    QList<Id> expected = f.notices + QList<Id>{y};
    std::sort(expected.begin(), expected.end());
    CHECK(cp.ids == expected);
    CHECK(cp.value == 3);
    CHECK(cpMean.value == Approx((2.0 + 4 + 5) / 3));
    CHECK(cpMean.ids == expected);

    const auto [committee, committeeMean] = june(f.ubkttc);
    expected = {x, y};
    std::sort(expected.begin(), expected.end());
    CHECK(committee.ids == expected);
    CHECK(committeeMean.value == Approx(5.5));

    const auto [secretariat, secretariatMean] = june(f.vtk); // presents nothing
    CHECK(secretariat.ids.isEmpty());
    CHECK(secretariatMean.value == 0);
}

TEST_CASE("Documents received late or overdue are counted by the agency that owes them",
          "[dashboard]")
{
    Fixture f;
    const DashboardFigure docs = ok(f.dashboard().lateDocuments(actor(), {2025, 0}));
    CHECK(docs.categories == QStringList{QStringLiteral("Chính phủ"), QStringLiteral("Ủy ban Kinh tế và Tài chính")});
    CHECK(seriesOf(docs, "received_late").bars.at(0).ids == QList<Id>{f.lateDocument});
    CHECK(seriesOf(docs, "overdue").bars.at(0).value == 0);
    CHECK(seriesOf(docs, "received_late").bars.at(1).value == 0);
    CHECK(seriesOf(docs, "overdue").bars.at(1).ids == QList<Id>{f.overdueDocument});

    const DashboardFigure cp = ok(f.dashboard().lateDocuments(actor(), {2025, f.cp}));
    CHECK(cp.categories == QStringList{QStringLiteral("Chính phủ")});

    const auto lines =
        ok(f.dashboard().records(actor(), services::DashboardRecords::Documents, {f.overdueDocument}));
    REQUIRE(lines.size() == 1);
    CHECK(lines.at(0).columns.at(1) == QStringLiteral("Cho ý kiến về dự án Luật Đất đai (sửa đổi)"));
    CHECK(lines.at(0).columns.at(2) == QStringLiteral("Ủy ban Kinh tế và Tài chính"));
}

TEST_CASE("The dashboard is for leadership roles, and its records list the tasks behind a bar",
          "[dashboard]")
{
    Fixture f;
    const Actor drafter{50, QStringLiteral("cv"), QStringLiteral("Chuyên viên"), {Role::Drafter}};
    CHECK(f.dashboard().completionByUnit(drafter, {2025, 0}).error().code == ErrorCode::PermissionDenied);
    const Actor reviewer{51, QStringLiteral("ldv"), QStringLiteral("Lãnh đạo Vụ"), {Role::Reviewer}};
    const Actor approver{52, QStringLiteral("ttk"), QStringLiteral("Tổng Thư ký"), {Role::Approver}};
    CHECK(f.dashboard().timelinessMix(reviewer, {2025, 0}).ok());
    CHECK(f.dashboard().timelinessMix(approver, {2025, 0}).ok());

    const auto lines = ok(f.dashboard().records(actor(), services::DashboardRecords::Tasks, f.ids({"C", "I"})));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).columns.at(1) == QStringLiteral("Nhiệm vụ C"));
    CHECK(lines.at(0).columns.at(2) == QStringLiteral("Vụ Thư ký"));
    CHECK(lines.at(1).columns.at(4) == QStringLiteral("Quá hạn"));
}
