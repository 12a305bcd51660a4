#include "test_support.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/storage/database.h"

using namespace thuky;
using namespace thuky::domain;
using storage::TaskFilter;
using storage::TaskSortColumn;
using thuky::test::actor;
using thuky::test::ok;

namespace {

struct Fixture
{
    std::unique_ptr<services::Workspace> ws = thuky::test::workspace();
    services::ProgrammeService &svc = ws->programmes();
    Programme programme = thuky::test::programme(*ws);
    Id sectionI = 0, sectionII = 0;

    Fixture()
    {
        sectionI = ok(svc.addTask(actor(), thuky::test::section(programme.id, "I", "Công tác lập pháp"))).id;
        sectionII = ok(svc.addTask(actor(), thuky::test::section(programme.id, "II", "Công tác giám sát"))).id;
    }

    Task add(Id parent, const char *number, const char *content, QDate deadline, const char *lead = "VTK")
    {
        return ok(svc.addTask(actor(), thuky::test::task(*ws, programme.id, parent, number, content, deadline, lead)));
    }

    QStringList numbers(TaskFilter f = {})
    {
        f.programmeId = programme.id;
        QStringList out;
        for (const auto &row : ok(svc.tasks(actor(), f, 0, 1000)))
            out << row.task.number;
        return out;
    }
};

} // namespace

TEST_CASE("programmes are unique per owner and year", "[services][programme]")
{
    Fixture f;
    CHECK(f.programme.id > 0);
    Programme again = f.programme;
    again.id = 0;
    auto dup = f.svc.createProgramme(actor(), again);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Duplicate);
    Programme bad;
    bad.year = 1800;
    bad.ownerUnitId = f.programme.ownerUnitId;
    CHECK(f.svc.createProgramme(actor(), bad).error().detail == QStringLiteral("year"));
    auto found = ok(f.svc.programmeForYear(actor(), 2025));
    REQUIRE(found);
    CHECK(found->id == f.programme.id);
    CHECK_FALSE(ok(f.svc.programmeForYear(actor(), 2030)));
}

TEST_CASE("tasks list in document order with their depth", "[services][programme]")
{
    Fixture f;
    const Task t2 = f.add(f.sectionI, "2", "Tổng hợp ý kiến đại biểu", QDate(2025, 9, 30));
    const Task t1 = f.add(f.sectionI, "1", "Chuẩn bị phiên họp thứ 45", QDate(2025, 7, 10));
    f.add(t1.id, "1.10", "Việc con mười", QDate(2025, 7, 1));
    f.add(t1.id, "1.2", "Việc con hai", QDate(2025, 7, 1));
    f.add(f.sectionII, "1", "Giám sát chuyên đề", QDate(2025, 11, 30));
    CHECK(f.numbers() == QStringList{QStringLiteral("I"), QStringLiteral("1"), QStringLiteral("1.2"), QStringLiteral("1.10"),
                                     QStringLiteral("2"), QStringLiteral("II"), QStringLiteral("1")});
    TaskFilter all;
    all.programmeId = f.programme.id;
    const auto rows = ok(f.svc.tasks(actor(), all, 0, 100));
    CHECK(rows.at(0).depth == 0);
    CHECK(rows.at(2).depth == 2);
    CHECK(rows.at(1).leadUnitName == QStringLiteral("Vụ Thư ký"));
    CHECK(ok(f.svc.countTasks(actor(), all)) == 7);
    // Paging returns the same order.
    CHECK(ok(f.svc.tasks(actor(), all, 2, 2)).at(0).task.number == QStringLiteral("1.2"));
    CHECK(ok(f.svc.nextNumber(actor(), f.programme.id, f.sectionI, false)) == QStringLiteral("3"));
    CHECK(ok(f.svc.nextNumber(actor(), f.programme.id, t1.id, false)) == QStringLiteral("1.11"));
    CHECK(ok(f.svc.nextNumber(actor(), f.programme.id, 0, true)) == QStringLiteral("III"));
    (void)t2;
}

TEST_CASE("numbers must be unique at their level and fit their parent", "[services][programme]")
{
    Fixture f;
    const Task t1 = f.add(f.sectionI, "1", "Việc một", QDate(2025, 7, 10));
    auto dup = f.svc.addTask(actor(), thuky::test::task(*f.ws, f.programme.id, f.sectionI, "1", "Trùng", QDate(2025, 7, 10)));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Duplicate);
    CHECK(dup.error().detail == QStringLiteral("number"));
    // The same number in another section is fine.
    f.add(f.sectionII, "1", "Việc một của mục II", QDate(2025, 7, 10));
    auto misfit = f.svc.addTask(actor(), thuky::test::task(*f.ws, f.programme.id, t1.id, "2.1", "Sai cha", QDate(2025, 7, 10)));
    REQUIRE_FALSE(misfit.ok());
    CHECK(misfit.error().detail == QStringLiteral("number"));
    auto orphan = f.svc.addTask(actor(), thuky::test::task(*f.ws, f.programme.id, 0, "3.1", "Không cha", QDate(2025, 7, 10)));
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().detail == QStringLiteral("parent"));
    Task nestedSection = thuky::test::section(f.programme.id, "III", "Mục lồng");
    nestedSection.parentId = f.sectionI;
    CHECK(f.svc.addTask(actor(), nestedSection).error().detail == QStringLiteral("parent"));
}

TEST_CASE("renumbering a task moves its subtree with it", "[services][programme]")
{
    Fixture f;
    Task t1 = f.add(f.sectionI, "1", "Việc một", QDate(2025, 7, 10));
    f.add(t1.id, "1.1", "Việc con", QDate(2025, 7, 1));
    f.add(f.sectionI, "2", "Việc hai", QDate(2025, 7, 10));
    t1.number = QStringLiteral("3");
    ok(f.svc.updateTask(actor(), t1));
    CHECK(f.numbers() == QStringList{QStringLiteral("I"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("3.1"),
                                     QStringLiteral("II")});
    // Taking a number already used at that level is refused and changes nothing.
    t1.number = QStringLiteral("2");
    CHECK(f.svc.updateTask(actor(), t1).error().code == ErrorCode::Duplicate);
    CHECK(f.numbers().at(2) == QStringLiteral("3"));
    TaskFilter all;
    all.programmeId = f.programme.id;
    Task child = ok(f.svc.tasks(actor(), all, 3, 1)).at(0).task;
    child.parentId = child.id;
    CHECK(f.svc.updateTask(actor(), child).error().detail == QStringLiteral("parent"));
}

TEST_CASE("deleting a task takes its subtree and restoring brings all back", "[services][programme]")
{
    Fixture f;
    const Task t1 = f.add(f.sectionI, "1", "Việc một", QDate(2025, 7, 10));
    const Task c = f.add(t1.id, "1.1", "Việc con", QDate(2025, 7, 1));
    ProgressEntry e;
    e.taskId = c.id;
    e.percent = 30;
    e.date = QDate(2025, 6, 1);
    ok(f.svc.recordProgress(actor(), e));
    const QStringList before = f.numbers();
    auto snapshot = ok(f.svc.deleteTask(actor(), t1.id));
    CHECK(snapshot.tasks.size() == 2);
    CHECK(snapshot.progress.size() == 1);
    CHECK(f.numbers() == QStringList{QStringLiteral("I"), QStringLiteral("II")});
    ok(f.svc.restoreTasks(actor(), snapshot));
    CHECK(f.numbers() == before);
    CHECK(ok(f.svc.task(actor(), c.id)).progress == 30);
    CHECK(ok(f.svc.progressLog(actor(), c.id)).size() == 1);
    CHECK(f.svc.deleteTask(actor(), 99999).error().code == ErrorCode::NotFound);
}

TEST_CASE("recording progress moves the status along and can be undone", "[services][programme]")
{
    Fixture f;
    const Task t = f.add(f.sectionI, "1", "Việc một", QDate(2025, 6, 30));
    ProgressEntry e;
    e.taskId = t.id;
    e.percent = 40;
    e.note = QStringLiteral("Đã có dự thảo");
    e.date = QDate(2025, 6, 10);
    const auto first = ok(f.svc.recordProgress(actor(), e));
    Task now = ok(f.svc.task(actor(), t.id));
    CHECK(now.status == TaskStatus::InProgress);
    CHECK(now.progress == 40);
    CHECK(first.author == QStringLiteral("Hệ thống"));

    e.percent = 100;
    e.date = QDate(2025, 6, 12);
    const auto second = ok(f.svc.recordProgress(actor(), e));
    now = ok(f.svc.task(actor(), t.id));
    CHECK(now.status == TaskStatus::Done);
    CHECK(now.completedOn == QDate(2025, 6, 12));
    TaskFilter done;
    done.programmeId = f.programme.id;
    done.timeliness = {Timeliness::DoneOnTime};
    done.includeSections = false;
    CHECK(ok(f.svc.countTasks(actor(), done)) == 1);

    Task before = ok(f.svc.task(actor(), t.id));
    before.status = TaskStatus::InProgress;
    before.progress = 40;
    before.completedOn = {};
    ok(f.svc.undoProgress(actor(), second.id, before));
    now = ok(f.svc.task(actor(), t.id));
    CHECK(now.status == TaskStatus::InProgress);
    CHECK(ok(f.svc.progressLog(actor(), t.id)).size() == 1);

    e.date = thuky::test::kToday.addDays(1);
    CHECK(f.svc.recordProgress(actor(), e).error().detail == QStringLiteral("date"));
    e.date = {};
    e.taskId = f.sectionI;
    CHECK(f.svc.recordProgress(actor(), e).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("filters: unit, status, timeliness, deadline range and folded text", "[services][programme]")
{
    Fixture f; // today is 2025-06-16
    f.add(f.sectionI, "1", "Báo cáo công tác Đảng", QDate(2025, 6, 10));                   // overdue
    f.add(f.sectionI, "2", "Chuẩn bị phiên họp", QDate(2025, 6, 20), "VTH");                  // due soon
    Task partnered = thuky::test::task(*f.ws, f.programme.id, f.sectionII, "1", "Giám sát ngân sách", QDate(2025, 9, 30), "UBKTTC");
    partnered.partnerUnitIds = {thuky::test::agencyId(*f.ws, "VTK")};
    ok(f.svc.addTask(actor(), partnered));                                                     // on track
    Task late = thuky::test::task(*f.ws, f.programme.id, f.sectionII, "2", "Kết luận giám sát", QDate(2025, 3, 31));
    late.status = TaskStatus::Done;
    late.completedOn = QDate(2025, 4, 15);
    ok(f.svc.addTask(actor(), late));                                                          // done late

    TaskFilter q;
    q.text = QStringLiteral("dang");
    CHECK(f.numbers(q) == QStringList{QStringLiteral("I"), QStringLiteral("1")});
    q.text = QStringLiteral("KẾT LUẬN");
    CHECK(f.numbers(q) == QStringList{QStringLiteral("II"), QStringLiteral("2")});
    q.text = QStringLiteral("giam sat ngan");
    CHECK(f.numbers(q) == QStringList{QStringLiteral("II"), QStringLiteral("1")});
    q.text = QStringLiteral("100%_");
    CHECK(f.numbers(q).isEmpty());

    TaskFilter unit;
    unit.unitId = thuky::test::agencyId(*f.ws, "VTK");
    CHECK(f.numbers(unit) == QStringList{QStringLiteral("I"), QStringLiteral("1"), QStringLiteral("II"), QStringLiteral("1"),
                                         QStringLiteral("2")});
    TaskFilter lateOnly;
    lateOnly.lateOnly = true;
    lateOnly.includeSections = false;
    CHECK(f.numbers(lateOnly) == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    TaskFilter soon;
    soon.timeliness = {Timeliness::DueSoon};
    CHECK(f.numbers(soon) == QStringList{QStringLiteral("I"), QStringLiteral("2")});
    TaskFilter status;
    status.statuses = {TaskStatus::Done};
    CHECK(f.numbers(status) == QStringList{QStringLiteral("II"), QStringLiteral("2")});
    TaskFilter range;
    range.deadlineFrom = QDate(2025, 6, 15);
    range.deadlineTo = QDate(2025, 6, 30);
    CHECK(f.numbers(range) == QStringList{QStringLiteral("I"), QStringLiteral("2")});

    TaskFilter all;
    all.programmeId = f.programme.id;
    const auto s = ok(f.svc.summary(actor(), all));
    CHECK(s.total == 4);
    CHECK(s.late == 2);
    CHECK(s.byTimeliness[size_t(Timeliness::DueSoon)] == 1);
    CHECK(s.byStatus[size_t(TaskStatus::Done)] == 1);
    CHECK(s.meanProgress == Approx(25.0));
    // The summary follows the filter.
    CHECK(ok(f.svc.summary(actor(), [&] { auto x = unit; x.programmeId = f.programme.id; return x; }())).total == 3);

    // A later "today" makes the due-soon task overdue: lateness is never stored.
    f.ws->setToday(QDate(2025, 6, 21));
    CHECK(ok(f.svc.summary(actor(), all)).late == 3);
}

TEST_CASE("sorting by content uses Vietnamese collation", "[services][programme]")
{
    Fixture f;
    f.add(f.sectionI, "1", "Ưu tiên ngân sách", QDate(2025, 7, 1));
    f.add(f.sectionI, "2", "Đánh giá tình hình", QDate(2025, 7, 1));
    f.add(f.sectionI, "3", "Dự thảo nghị quyết", QDate(2025, 7, 1));
    f.add(f.sectionI, "4", "Uỷ quyền ký", QDate(2025, 7, 1));
    TaskFilter byContent;
    byContent.sortBy = TaskSortColumn::Content;
    CHECK(f.numbers(byContent) == QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("1")});
    byContent.descending = true;
    CHECK(f.numbers(byContent) == QStringList{QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("3")});
}

TEST_CASE("unfinished tasks carry over to next year's programme, keeping the link", "[services][programme]")
{
    Fixture f;
    const Task open = f.add(f.sectionI, "1", "Việc dở dang", QDate(2025, 11, 30));
    Task done = thuky::test::task(*f.ws, f.programme.id, f.sectionI, "2", "Việc đã xong", QDate(2025, 3, 31));
    done.status = TaskStatus::Done;
    ok(f.svc.addTask(actor(), done));
    f.add(f.sectionII, "1", "Giám sát dở dang", QDate(2025, 12, 15));

    CHECK(ok(f.svc.carryOver(actor(), f.programme.id)) == 2);
    auto next = ok(f.svc.programmeForYear(actor(), 2026, f.programme.ownerUnitId));
    REQUIRE(next);
    CHECK(next->title.contains(QStringLiteral("2026")));
    TaskFilter q;
    q.programmeId = next->id;
    const auto rows = ok(f.svc.tasks(actor(), q, 0, 100));
    QStringList numbers;
    for (const auto &r : rows)
        numbers << r.task.number;
    CHECK(numbers == QStringList{QStringLiteral("I"), QStringLiteral("1"), QStringLiteral("II"), QStringLiteral("1")});
    CHECK(rows.at(1).task.carriedFromId == open.id);
    CHECK(rows.at(1).task.period.year == 2026);
    // Running it again copies nothing twice.
    CHECK(ok(f.svc.carryOver(actor(), f.programme.id)) == 0);
    CHECK(ok(f.svc.countTasks(actor(), q)) == 4);
}

TEST_CASE("reference data: agencies are unique by folded name", "[services][reference]")
{
    auto ws = thuky::test::workspace();
    auto &ref = ws->reference();
    const auto agencies = ok(ref.agencies(actor()));
    CHECK(agencies.size() > 40);
    for (int i = 1; i < agencies.size(); ++i)
        CHECK(compareVi(agencies.at(i - 1).name, agencies.at(i).name) <= 0);
    CHECK(ok(ref.findAgency(actor(), QStringLiteral("bo tu phap")))->shortName == QStringLiteral("BTP"));
    Agency dup;
    dup.name = QStringLiteral("BỘ TƯ PHÁP");
    CHECK(ref.addAgency(actor(), dup).error().code == ErrorCode::Duplicate);
    Agency fresh;
    fresh.name = QStringLiteral("Ban Công tác đại biểu tỉnh");
    fresh.shortName = QStringLiteral("BCTĐB");
    const Agency added = ok(ref.addAgency(actor(), fresh));
    CHECK(ok(ref.findAgency(actor(), QStringLiteral("bctdb")))->id == added.id);
    Agency empty;
    CHECK(ref.addAgency(actor(), empty).error().detail == QStringLiteral("name"));
    Person p;
    p.fullName = QStringLiteral("Trần Văn Đức");
    p.unitId = added.id;
    CHECK(ok(ref.addPerson(actor(), p)).id > 0);
    CHECK(ok(ref.findPerson(actor(), QStringLiteral("tran van duc"))).has_value());
}
