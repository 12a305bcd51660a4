#include "test_support.h"

#include "thuky/documents/table.h"
#include "thuky/services/audit_service.h"

#include <QTemporaryDir>

using namespace thuky;
using namespace thuky::domain;
using thuky::test::actor;
using thuky::test::ok;

namespace {

documents::Table table(const QStringList &headers, const QList<QStringList> &rows)
{
    documents::Table t;
    t.headers = headers;
    t.rows = rows;
    for (int i = 0; i < rows.size(); ++i)
        t.sourceRows.append(i + 2);
    return t;
}

const QStringList kHeaders{QStringLiteral("STT"), QStringLiteral("Nội dung"), QStringLiteral("Đơn vị chủ trì"),
                           QStringLiteral("Đơn vị phối hợp"), QStringLiteral("Thời hạn"), QStringLiteral("Trạng thái"),
                           QStringLiteral("Tiến độ (%)")};

QList<QStringList> goodRows()
{
    return {
        {QStringLiteral("I"), QStringLiteral("Công tác lập pháp")},
        {QStringLiteral("1"), QStringLiteral("Tổng hợp ý kiến về dự án Luật Đất đai (sửa đổi)"), QStringLiteral("Vụ Thư ký"),
         QStringLiteral("UBKTTC; Ủy ban Quốc phòng, An ninh và Đối ngoại"), QStringLiteral("Tháng 3"),
         QStringLiteral("Đang thực hiện"), QStringLiteral("40")},
        {QStringLiteral("1.1"), QStringLiteral("Xây dựng đề cương"), QStringLiteral("VTK"), QString(),
         QStringLiteral("15/02/2025"), QStringLiteral("Hoàn thành"), QString()},
        {QStringLiteral("II"), QStringLiteral("Công tác giám sát")},
        {QStringLiteral("1"), QStringLiteral("Giám sát chuyên đề"), QStringLiteral("vu tong hop"), QString(),
         QStringLiteral("Quý IV"), QString(), QString()},
    };
}

int taskCount(services::Workspace &ws)
{
    return int(ok(ws.db().queryInt("SELECT count(*) FROM tasks")).value_or(-1));
}

} // namespace

TEST_CASE("a good table imports into a new programme with its tree", "[services][import]")
{
    auto ws = thuky::test::workspace();
    auto &svc = ws->programmes();
    const auto plan = ok(svc.planImport(actor(), table(kHeaders, goodRows()), QStringLiteral("ct2025.csv"), 2025));
    INFO((plan.problems.isEmpty() ? QString() : plan.problems.first().text(Lang::En)).toStdString());
    REQUIRE(plan.ok());
    CHECK(plan.createsProgramme);
    const auto result = ok(svc.applyImport(actor(), plan));
    CHECK(result.imported == 5);
    CHECK(result.createdProgramme);
    storage::TaskFilter f;
    f.programmeId = result.programmeId;
    const auto rows = ok(svc.tasks(actor(), f, 0, 100));
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(1).partnerNames.size() == 2);
    CHECK(rows.at(1).task.period.deadline() == QDate(2025, 3, 31));
    CHECK(rows.at(2).depth == 2);
    CHECK(rows.at(2).task.status == TaskStatus::Done);
    CHECK(rows.at(2).task.progress == 100);
    CHECK(rows.at(4).leadUnitName == QStringLiteral("Vụ Tổng hợp"));
    CHECK(ok(svc.programme(actor(), result.programmeId)).year == 2025);
}

TEST_CASE("a bad table is refused as a whole, naming row and column, writing nothing", "[services][import]")
{
    auto ws = thuky::test::workspace();
    auto &svc = ws->programmes();
    const int before = taskCount(*ws);
    const auto expectProblem = [&](const documents::Table &t, const QString &column, int row, const QString &needle) {
        const auto plan = ok(svc.planImport(actor(), t, QStringLiteral("bad.csv"), 2025));
        REQUIRE_FALSE(plan.ok());
        bool found = false;
        for (const auto &p : plan.problems)
            found = found || (p.column == column && p.row == row && p.text().contains(needle));
        INFO(plan.problems.first().text().toStdString());
        CHECK(found);
        CHECK_FALSE(svc.applyImport(actor(), plan).ok());
        CHECK(taskCount(*ws) == before);
        CHECK(ok(svc.programmes(actor())).isEmpty());
        return plan;
    };
    SECTION("unknown unit is reported and offered for creation")
    {
        auto rows = goodRows();
        rows[1][2] = QStringLiteral("Vụ Không Có");
        const auto plan = expectProblem(table(kHeaders, rows), QStringLiteral("Đơn vị chủ trì"), 3, QStringLiteral("Vụ Không Có"));
        CHECK(plan.unknownUnits == QStringList{QStringLiteral("Vụ Không Có")});
    }
    SECTION("bad period")
    {
        auto rows = goodRows();
        rows[4][4] = QStringLiteral("31/02/2025");
        expectProblem(table(kHeaders, rows), QStringLiteral("Thời hạn"), 6, QStringLiteral("31/02/2025"));
    }
    SECTION("duplicate number")
    {
        auto rows = goodRows();
        rows.append({QStringLiteral("1"), QStringLiteral("Lặp"), QStringLiteral("VTK"), QString(), QStringLiteral("Tháng 5")});
        expectProblem(table(kHeaders, rows), QStringLiteral("STT"), 7, QStringLiteral("trùng"));
    }
    SECTION("subtask before its parent")
    {
        auto rows = goodRows();
        rows[2][0] = QStringLiteral("7.1");
        expectProblem(table(kHeaders, rows), QStringLiteral("STT"), 4, QStringLiteral("7.1"));
    }
    SECTION("unknown and missing columns")
    {
        QStringList headers = kHeaders;
        headers[4] = QStringLiteral("Hạn xử lý");
        const auto plan = expectProblem(table(headers, goodRows()), QStringLiteral("Hạn xử lý"), 1, QStringLiteral("mẫu nhập"));
        bool missing = false;
        for (const auto &p : plan.problems)
            missing = missing || (p.column == QStringLiteral("Thời hạn") && p.text(Lang::En).contains(QStringLiteral("missing")));
        CHECK(missing);
    }
    SECTION("bad status and progress")
    {
        auto rows = goodRows();
        rows[1][5] = QStringLiteral("Xong sớm");
        rows[1][6] = QStringLiteral("120");
        const auto plan = expectProblem(table(kHeaders, rows), QStringLiteral("Trạng thái"), 3, QStringLiteral("Xong sớm"));
        CHECK(plan.problems.size() >= 2);
    }
    SECTION("empty file")
    {
        expectProblem(table(kHeaders, {}), QString(), 0, QStringLiteral("không có dòng"));
    }
}

TEST_CASE("importing into an existing programme refuses numbers already used", "[services][import]")
{
    auto ws = thuky::test::workspace();
    auto &svc = ws->programmes();
    ok(svc.applyImport(actor(), ok(svc.planImport(actor(), table(kHeaders, goodRows()), QStringLiteral("a.csv"), 2025))));
    const int before = taskCount(*ws);
    const auto again = ok(svc.planImport(actor(), table(kHeaders, goodRows()), QStringLiteral("a.csv"), 2025));
    CHECK_FALSE(again.createsProgramme);
    REQUIRE_FALSE(again.ok());
    CHECK(again.problems.first().text().contains(QStringLiteral("đã có")));
    CHECK(taskCount(*ws) == before);
    const auto extra = ok(svc.planImport(actor(),
                                          table(kHeaders, {{QStringLiteral("III"), QStringLiteral("Công tác khác")},
                                                           {QStringLiteral("1"), QStringLiteral("Việc thêm"), QStringLiteral("VTK"),
                                                            QString(), QStringLiteral("Tháng 12")}}),
                                          QStringLiteral("b.csv"), 2025));
    REQUIRE(extra.ok());
    CHECK(ok(svc.applyImport(actor(), extra)).imported == 2);
}

TEST_CASE("export then import reproduces the programme (CSV and XLSX)", "[services][import][export]")
{
    auto ws = thuky::test::workspace();
    auto &svc = ws->programmes();
    const auto first = ok(svc.applyImport(actor(), ok(svc.planImport(actor(), table(kHeaders, goodRows()), QStringLiteral("a.csv"), 2025))));
    const documents::Table exported = ok(svc.exportTable(actor(), first.programmeId));
    CHECK(exported.headers == services::taskColumns());
    CHECK(exported.rows.size() == 5);
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        const bool xlsx = name.endsWith(QStringLiteral(".xlsx"));
        ok(xlsx ? documents::writeXlsx(exported, path) : documents::writeCsv(exported, path));
        const documents::Table read = ok(xlsx ? documents::readXlsx(path) : documents::readCsv(path));
        auto other = thuky::test::workspace();
        const auto plan = ok(other->programmes().planImport(actor(), read, name, 2025));
        INFO((plan.problems.isEmpty() ? QString() : plan.problems.first().text(Lang::En)).toStdString());
        REQUIRE(plan.ok());
        const auto second = ok(other->programmes().applyImport(actor(), plan));
        CHECK(ok(other->programmes().exportTable(actor(), second.programmeId)).rows == exported.rows);
    }
}

TEST_CASE("a task number past the limits says which limit, not only the format", "[services][import]")
{
    auto ws = thuky::test::workspace();
    auto &svc = ws->programmes();
    const auto problemFor = [&](const QString &number) {
        auto rows = goodRows();
        rows[4][0] = number;
        const auto plan = ok(svc.planImport(actor(), table(kHeaders, rows), QStringLiteral("stt.csv"), 2025));
        REQUIRE(plan.problems.size() == 1);
        CHECK(plan.problems.first().row == 6);
        CHECK(plan.problems.first().column == QStringLiteral("STT"));
        return plan.problems.first();
    };
    const auto tooLarge = problemFor(QStringLiteral("10000"));
    CHECK(tooLarge.text(Lang::En).toStdString() ==
          "\"stt.csv\", row 6, column \"STT\": 10000 in number \"10000\" is too large; each level has 4 digits at "
          "most (up to 9999).");
    CHECK(tooLarge.text().toStdString() ==
          "\"stt.csv\", dòng 6, cột \"STT\": số 10000 trong STT \"10000\" quá lớn; mỗi cấp có tối đa 4 chữ số (đến "
          "9999).");
    const auto deep = problemFor(QStringLiteral("1.1.1.1.1.1.1"));
    CHECK(deep.text(Lang::En).toStdString() ==
          "\"stt.csv\", row 6, column \"STT\": number \"1.1.1.1.1.1.1\" has 7 levels; 6 at most (as in "
          "1.2.3.4.5.6).");
    CHECK(deep.text().toStdString() ==
          "\"stt.csv\", dòng 6, cột \"STT\": STT \"1.1.1.1.1.1.1\" có 7 cấp; tối đa 6 cấp (như 1.2.3.4.5.6).");
    CHECK(problemFor(QStringLiteral("1.20000")).text(Lang::En).contains(QStringLiteral("20000 in number")));
    // Not a number at all: the format rule of the editor.
    const auto notNumber = problemFor(QStringLiteral("1,5"));
    INFO(notNumber.text(Lang::En).toStdString());
    CHECK(notNumber.text(Lang::En).contains(QStringLiteral("must be Roman")));
}

TEST_CASE("a file with thousands of problems lists the first 50 and counts the rest", "[services][import]")
{
    auto ws = thuky::test::workspace();
    auto &svc = ws->programmes();
    QList<QStringList> rows;
    for (int i = 1; i <= 9999; ++i) // each row: a missing lead unit and a missing period
        rows.append({QString::number(i), QStringLiteral("Nhiệm vụ %1").arg(i)});
    const auto plan = ok(svc.planImport(actor(), table(kHeaders, rows), QStringLiteral("nhiều lỗi.csv"), 2025));
    REQUIRE(plan.problems.size() == services::ImportPlan::kMaxListedProblems + 1);
    CHECK(plan.problemCount() == 19998);
    CHECK(plan.unlistedProblems == 19948);
    CHECK(plan.problems.at(49).row == 26);
    CHECK(plan.problems.last().text().toStdString() ==
          "\"nhiều lỗi.csv\": … và 19.948 lỗi khác (chỉ liệt kê 50 lỗi đầu).");
    CHECK(plan.problems.last().text(Lang::En).toStdString() ==
          "\"nhiều lỗi.csv\": … and 19,948 more (only the first 50 are listed).");
    const auto refused = svc.applyImport(actor(), plan);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.en == QStringLiteral("The import file has 19998 problems; nothing was written."));
}

TEST_CASE("importing with missing units and people adds them with the tasks, or nothing at all",
          "[services][import]")
{
    auto ws = thuky::test::workspace();
    auto &svc = ws->programmes();
    const QStringList headers = kHeaders + QStringList{QStringLiteral("Người phụ trách")};
    QList<QStringList> rows{
        {QStringLiteral("I"), QStringLiteral("Công tác lập pháp")},
        {QStringLiteral("1"), QStringLiteral("Tổng hợp ý kiến"), QStringLiteral("Vụ Pháp chế mới"), QString(),
         QStringLiteral("Tháng 3"), QString(), QString(), QStringLiteral("Nguyễn Văn Mới")},
        {QStringLiteral("2"), QStringLiteral("Giám sát"), QStringLiteral("VTK"), QString(), QStringLiteral("Quý 5"),
         QString(), QString(), QString()},
    };
    // Another problem remains (an impossible period): neither the unit, nor the person,
    // nor any task is written.
    const auto refused = ok(svc.importTable(actor(), table(headers, rows), QStringLiteral("ct.csv"), 2025, 0, true));
    CHECK_FALSE(refused.result.has_value());
    REQUIRE(refused.plan.problems.size() == 1);
    CHECK(refused.plan.problems.first().row == 4);
    CHECK_FALSE(ok(ws->reference().findAgency(actor(), QStringLiteral("Vụ Pháp chế mới"))).has_value());
    CHECK_FALSE(ok(ws->reference().findPerson(actor(), QStringLiteral("Nguyễn Văn Mới"))).has_value());
    CHECK(taskCount(*ws) == 0);

    // Without the flag the unknown names are problems, listed by name in the plan.
    rows[2][4] = QStringLiteral("Quý IV");
    const auto unknown = ok(svc.importTable(actor(), table(headers, rows), QStringLiteral("ct.csv"), 2025, 0, false));
    CHECK_FALSE(unknown.result.has_value());
    CHECK(unknown.plan.unknownUnits == QStringList{QStringLiteral("Vụ Pháp chế mới")});
    CHECK(unknown.plan.unknownPeople == QStringList{QStringLiteral("Nguyễn Văn Mới")});

    const auto done = ok(svc.importTable(actor(), table(headers, rows), QStringLiteral("ct.csv"), 2025, 0, true));
    REQUIRE(done.result.has_value());
    CHECK(done.result->imported == 3);
    CHECK(done.result->addedUnits == QStringList{QStringLiteral("Vụ Pháp chế mới")});
    CHECK(done.result->addedPeople == QStringList{QStringLiteral("Nguyễn Văn Mới")});
    const auto person = ok(ws->reference().findPerson(actor(), QStringLiteral("nguyen van moi")));
    REQUIRE(person.has_value());
    storage::TaskFilter f;
    f.programmeId = done.result->programmeId;
    CHECK(ok(svc.tasks(actor(), f, 0, 10)).at(1).task.responsibleId == person->id);
    CHECK(ok(ws->audit().verify()).ok());
}

TEST_CASE("importing a file again names the programme that already has its numbers and says what to do",
          "[services][import]")
{
    auto ws = thuky::test::workspace();
    auto &svc = ws->programmes();
    ok(svc.applyImport(actor(), ok(svc.planImport(actor(), table(kHeaders, goodRows()), QStringLiteral("ct.csv"), 2025))));
    const auto again = ok(svc.planImport(actor(), table(kHeaders, goodRows()), QStringLiteral("ct.csv"), 2025));
    REQUIRE_FALSE(again.ok());
    const QString text = again.problems.first().text(Lang::Vi);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Chương trình công tác năm 2025 của Ban Thư ký")));
    CHECK(text.contains(QStringLiteral("chọn năm hoặc cơ quan khác")));
}

TEST_CASE("a file of last year imported into this one says so, and its deadlines move on request",
          "[services][import]")
{
    auto ws = thuky::test::workspace();
    auto &svc = ws->programmes();
    const QList<QStringList> rows{
        {QStringLiteral("I"), QStringLiteral("Công tác lập pháp")},
        {QStringLiteral("1"), QStringLiteral("Tổng hợp"), QStringLiteral("VTK"), QString(), QStringLiteral("15/03/2026")},
        {QStringLiteral("2"), QStringLiteral("Báo cáo"), QStringLiteral("VTK"), QString(), QStringLiteral("Quý II/2026")},
        {QStringLiteral("3"), QStringLiteral("Giám sát"), QStringLiteral("VTK"), QString(), QStringLiteral("Tháng 9")},
    };
    const auto plan = ok(svc.planImport(actor(), table(kHeaders, rows), QStringLiteral("ct2026.csv"), 2027));
    REQUIRE(plan.ok());
    CHECK(plan.outOfYear == 2); // "Tháng 9" without a year is read as 2027
    CHECK(plan.usualYear == 2026);

    const auto outcome = ok(svc.importTable(actor(), table(kHeaders, rows), QStringLiteral("ct2026.csv"), 2027, 0,
                                            false, 2027 - plan.usualYear));
    REQUIRE(outcome.result.has_value());
    CHECK(outcome.plan.outOfYear == 0);
    storage::TaskFilter f;
    f.programmeId = outcome.result->programmeId;
    const auto listed = ok(svc.tasks(actor(), f, 0, 10));
    REQUIRE(listed.size() == 4);
    CHECK(listed.at(1).task.deadline() == QDate(2027, 3, 15));
    CHECK(listed.at(2).task.deadline() == QDate(2027, 6, 30));
    CHECK(listed.at(3).task.deadline() == QDate(2027, 9, 30));
}
