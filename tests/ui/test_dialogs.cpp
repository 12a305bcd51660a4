#include "gui_fixtures.h"

#include "common/import_problems_dialog.h"
#include "programme/programme_dialog.h"
#include "programme/progress_dialog.h"
#include "programme/task_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace thuky;
using ui::TaskDialog;

namespace {

template <typename T> T *child(QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

void chooseLeadUnit(QWidget &dialog, domain::Id id)
{
    auto *lead = child<QComboBox>(dialog, "leadUnitCombo");
    lead->setCurrentIndex(lead->findData(qint64(id)));
}

domain::Task newTaskIn(const test::ProgrammeFixture &fx)
{
    domain::Task t;
    t.programmeId = fx.programme.id;
    t.parentId = fx.section.id;
    return t;
}

} // namespace

TEST_CASE("TaskDialog refuses empty content and shows the error under the field", "[ui][dialog]")
{
    test::ProgrammeFixture fx(2);
    TaskDialog dialog(test::taskDialogChoices(fx));
    dialog.setTask(newTaskIn(fx));
    CHECK(dialog.task().number == QStringLiteral("3")); // the next number under section I

    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.fieldError(QStringLiteral("content")).isEmpty());
    auto *label = child<QLabel>(dialog, "contentError");
    CHECK(label->isVisibleTo(&dialog));
    CHECK(label->text() == dialog.fieldError(QStringLiteral("content")));
    CHECK(child<QLabel>(dialog, "numberError")->isHidden());
}

TEST_CASE("TaskDialog accepts valid input and returns the task", "[ui][dialog]")
{
    test::ProgrammeFixture fx(2);
    TaskDialog dialog(test::taskDialogChoices(fx));
    dialog.setTask(newTaskIn(fx));
    child<QPlainTextEdit>(dialog, "contentEdit")
        ->setPlainText(QStringLiteral("  Chuẩn bị báo cáo tổng kết năm  "));
    const domain::Id lead = test::agencyId(*fx.ws, "VTK");
    chooseLeadUnit(dialog, lead);
    auto *kind = child<QComboBox>(dialog, "periodKindCombo");
    kind->setCurrentIndex(kind->findData(int(domain::Period::Kind::Quarter)));
    child<QComboBox>(dialog, "periodQuarterCombo")->setCurrentIndex(2);
    auto *partners = child<QListWidget>(dialog, "partnersList");
    partners->item(0)->setCheckState(Qt::Checked);

    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const domain::Task t = dialog.task();
    CHECK(t.content == QStringLiteral("Chuẩn bị báo cáo tổng kết năm"));
    CHECK(t.leadUnitId == lead);
    CHECK(t.parentId == fx.section.id);
    CHECK(t.programmeId == fx.programme.id);
    CHECK(t.number == QStringLiteral("3"));
    CHECK(t.period.kind == domain::Period::Kind::Quarter);
    CHECK(t.period.value == 3);
    CHECK(t.period.year == 2025);
    CHECK(t.partnerUnitIds.size() == 1);
}

TEST_CASE("TaskDialog maps a service error to its field and stays open", "[ui][dialog]")
{
    test::ProgrammeFixture fx(2);
    TaskDialog dialog(test::taskDialogChoices(fx));
    dialog.setTask(newTaskIn(fx));
    child<QPlainTextEdit>(dialog, "contentEdit")->setPlainText(QStringLiteral("Nhiệm vụ trùng số"));
    chooseLeadUnit(dialog, test::agencyId(*fx.ws, "VTK"));
    child<QLineEdit>(dialog, "numberEdit")->setText(QStringLiteral("1")); // already used
    int commits = 0;
    dialog.setCommit([&](const domain::Task &t) -> Result<void> {
        ++commits;
        auto added = fx.service().addTask(test::actor(), t);
        if (!added)
            return added.error();
        return {};
    });
    dialog.accept();
    CHECK(commits == 1);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.fieldError(QStringLiteral("number")).isEmpty());

    child<QLineEdit>(dialog, "numberEdit")->setText(QStringLiteral("3"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.fieldError(QStringLiteral("number")).isEmpty());
}

TEST_CASE("TaskDialog refuses a lead unit that is not in the list", "[ui][dialog]")
{
    test::ProgrammeFixture fx;
    TaskDialog dialog(test::taskDialogChoices(fx));
    dialog.setTask(newTaskIn(fx));
    child<QPlainTextEdit>(dialog, "contentEdit")->setPlainText(QStringLiteral("Nội dung"));
    child<QComboBox>(dialog, "leadUnitCombo")->setEditText(QStringLiteral("Vụ Không Có"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.fieldError(QStringLiteral("leadUnit")).contains(QStringLiteral("Vụ Không Có")));
}

TEST_CASE("TaskDialog numbers a section in Roman and a task by its parent", "[ui][dialog]")
{
    test::ProgrammeFixture fx(1);
    TaskDialog dialog(test::taskDialogChoices(fx));
    dialog.setTask(newTaskIn(fx));
    auto *section = child<QCheckBox>(dialog, "sectionCheck");
    section->setChecked(true);
    CHECK(dialog.task().number == QStringLiteral("II"));
    CHECK(dialog.task().parentId == 0);
    CHECK_FALSE(child<QComboBox>(dialog, "leadUnitCombo")->isEnabled());
    section->setChecked(false);
    auto *parent = child<QComboBox>(dialog, "parentCombo");
    parent->setCurrentIndex(parent->findData(qint64(fx.tasks.first().id)));
    CHECK(dialog.task().number == QStringLiteral("1.1"));
}

TEST_CASE("TaskDialog editing keeps the task and cannot put it under itself", "[ui][dialog]")
{
    test::ProgrammeFixture fx(2);
    TaskDialog dialog(test::taskDialogChoices(fx));
    const domain::Task original = fx.tasks.first();
    dialog.setTask(original);
    auto *parent = child<QComboBox>(dialog, "parentCombo");
    CHECK(parent->findData(qint64(original.id)) < 0);
    CHECK(parent->findData(qint64(fx.tasks.last().id)) >= 0);
    const domain::Task t = dialog.task();
    CHECK(t.id == original.id);
    CHECK(t.number == original.number);
    CHECK(t.content == original.content);
    CHECK(t.leadUnitId == original.leadUnitId);
    CHECK(t.period.key() == original.period.key());
}

TEST_CASE("ProgressDialog starts at today and the task's progress and lists the log",
          "[ui][dialog]")
{
    test::ProgrammeFixture fx(1);
    domain::ProgressEntry earlier;
    earlier.taskId = fx.tasks.first().id;
    earlier.date = QDate(2025, 5, 2);
    earlier.percent = 40;
    earlier.note = QStringLiteral("Đã xong đề cương");
    test::ok(fx.service().recordProgress(test::actor(), earlier));
    const domain::Task task = test::ok(fx.service().task(test::actor(), earlier.taskId));
    const auto log = test::ok(fx.service().progressLog(test::actor(), task.id));

    ui::ProgressDialog dialog(task, log, test::kToday);
    CHECK(dialog.entry().date == test::kToday);
    CHECK(dialog.entry().percent == 40);
    CHECK(dialog.entry().taskId == task.id);
    CHECK_FALSE(dialog.newStatus().has_value());
    auto *table = child<QTableWidget>(dialog, "logTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("02/05/2025"));
    CHECK(table->item(0, 3)->text() == earlier.note);

    child<QSpinBox>(dialog, "percentSpin")->setValue(120); // the spin box bounds it
    CHECK(dialog.entry().percent == 100);
    dialog.setCommit(
        [](const domain::ProgressEntry &, std::optional<domain::TaskStatus>) -> Result<void> {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Ngày báo cáo tiến độ không được sau ngày hôm nay."),
                             QStringLiteral("The progress date cannot be after today."),
                             QStringLiteral("date"));
        });
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.fieldError(QStringLiteral("date")).contains(QStringLiteral("hôm nay")));
}

TEST_CASE("ProgrammeDialog suggests a title and shows a duplicate year at the year", "[ui][dialog]")
{
    test::ProgrammeFixture fx;
    const auto agencies = test::ok(fx.ws->reference().agencies(test::actor()));
    ui::ProgrammeDialog dialog(agencies);
    domain::Programme p;
    p.year = 2025;
    p.ownerUnitId = fx.programme.ownerUnitId;
    dialog.setProgramme(p);
    CHECK(
        dialog.programme().title.startsWith(QStringLiteral("Chương trình công tác năm 2025 của ")));
    dialog.setCommit([&](const domain::Programme &programme) -> Result<void> {
        auto created = fx.service().createProgramme(test::actor(), programme);
        if (!created)
            return created.error();
        return {};
    });
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.fieldError(QStringLiteral("year")).isEmpty());

    child<QSpinBox>(dialog, "yearSpin")->setValue(2026);
    CHECK(dialog.programme().title.startsWith(QStringLiteral("Chương trình công tác năm 2026")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("ImportProblemsDialog lists every problem with file, row and column", "[ui][dialog]")
{
    services::ImportProblem problem;
    problem.file = QStringLiteral("nhiem-vu.csv");
    problem.row = 4;
    problem.column = QStringLiteral("Thời hạn");
    problem.message =
        Message{QStringLiteral("thời hạn không đọc được."), QStringLiteral("unreadable period.")};
    services::ImportPlan plan;
    plan.problems = {problem, problem};
    ui::ImportProblemsDialog dialog(QStringLiteral("nhiem-vu.csv"), plan);
    CHECK(child<QListWidget>(dialog, "problemsList")->count() == 2);
    CHECK(dialog.text().contains(problem.text()));
    CHECK(child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("nhiem-vu.csv")));
    CHECK(child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("2 lỗi")));

    // A listing cut at 50 still counts every problem.
    plan.problems = QList<services::ImportProblem>(51, problem);
    plan.unlistedProblems = 1950;
    ui::ImportProblemsDialog cut(QStringLiteral("nhiem-vu.csv"), plan);
    CHECK(child<QLabel>(cut, "summaryLabel")->text().contains(QStringLiteral("2000 lỗi")));
}

TEST_CASE("TaskDialog lists the lead unit's people first as who is responsible", "[ui][dialog]")
{
    test::ProgrammeFixture fx(1);
    const domain::Id vtk = test::agencyId(*fx.ws, "VTK");
    const domain::Id vth = test::agencyId(*fx.ws, "VTH");
    for (const auto &[name, unit] : {std::pair{"An Văn Khác", vth}, std::pair{"Bùi Thị Thư Ký", vtk}}) {
        domain::Person p;
        p.fullName = QString::fromUtf8(name);
        p.unitId = unit;
        test::ok(fx.ws->reference().addPerson(test::actor(), p));
    }
    TaskDialog dialog(test::taskDialogChoices(fx));
    dialog.setTask(newTaskIn(fx));
    chooseLeadUnit(dialog, vtk);
    auto *responsible = child<QComboBox>(dialog, "responsibleCombo");
    REQUIRE(responsible->count() >= 4);
    CHECK(responsible->itemText(1) == QStringLiteral("Bùi Thị Thư Ký"));
    CHECK(responsible->itemText(2).isEmpty()); // the separator before the other units' people
    CHECK(responsible->itemText(3) == QStringLiteral("An Văn Khác"));

    responsible->setCurrentIndex(1);
    chooseLeadUnit(dialog, vth); // the choice survives a change of lead unit
    CHECK(responsible->currentText() == QStringLiteral("Bùi Thị Thư Ký"));
    CHECK(responsible->itemText(1) == QStringLiteral("An Văn Khác"));
}
