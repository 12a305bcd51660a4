#include "test_support.h"

#include "thuky/documents/table.h"

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
