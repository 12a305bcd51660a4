#include "gui_fixtures.h"

#include "programme/add_task_command.h"
#include "programme/delete_task_command.h"
#include "programme/edit_task_command.h"
#include "programme/record_progress_command.h"

#include <QUndoStack>

using namespace thuky;

namespace {

struct CommandFixture : test::ProgrammeFixture
{
    QStringList errors;
    QList<domain::Id> changed;
    ui::CommandContext context{service(), [this](const Error &e) { errors.append(e.text()); },
                               [this](domain::Id, domain::Id id) { changed.append(id); }};
    QUndoStack stack;

    CommandFixture() : test::ProgrammeFixture(3) {}

    bool exists(domain::Id id) { return service().task(test::actor(), id).ok(); }
    domain::Task load(domain::Id id) { return test::ok(service().task(test::actor(), id)); }
};

} // namespace

TEST_CASE("AddTaskCommand adds, undo deletes, redo restores the same task", "[ui][commands]")
{
    CommandFixture fx;
    domain::Task fresh = test::task(*fx.ws, fx.programme.id, fx.section.id, "4",
                                    "Tổng kết công tác năm", {2025, 12, 20});
    auto *command = new ui::AddTaskCommand(fx.context, test::actor(), fresh);
    fx.stack.push(command);
    const domain::Id id = command->task().id;
    REQUIRE(id != 0);
    CHECK(fx.exists(id));
    CHECK(fx.changed.last() == id);

    fx.stack.undo();
    CHECK_FALSE(fx.exists(id));
    CHECK(fx.changed.last() == fx.section.id);
    fx.stack.redo();
    REQUIRE(fx.exists(id));
    CHECK(fx.load(id).content == QStringLiteral("Tổng kết công tác năm"));
    CHECK(fx.errors.isEmpty());
    CHECK(fx.stack.undoText() == QStringLiteral("thêm nhiệm vụ 4 của chương trình năm %1").arg(fx.programme.year));
}

TEST_CASE("AddTaskCommand for a task the dialog saved only reports it the first time",
          "[ui][commands]")
{
    CommandFixture fx;
    const domain::Task saved = test::ok(
        fx.service().addTask(test::actor(), test::task(*fx.ws, fx.programme.id, fx.section.id, "4",
                                                       "Đã lưu", {2025, 9, 1})));
    const int before = test::ok(fx.service().countTasks(test::actor(), fx.filter()));
    fx.stack.push(new ui::AddTaskCommand(fx.context, test::actor(), saved, true));
    CHECK(test::ok(fx.service().countTasks(test::actor(), fx.filter())) == before);
    CHECK(fx.changed == QList<domain::Id>{saved.id});
    fx.stack.undo();
    CHECK_FALSE(fx.exists(saved.id));
    fx.stack.redo();
    CHECK(fx.exists(saved.id));
}

TEST_CASE("EditTaskCommand round-trips the task through undo and redo", "[ui][commands]")
{
    CommandFixture fx;
    const domain::Task before = fx.tasks.first();
    domain::Task after = before;
    after.content = QStringLiteral("Nội dung đã sửa");
    after.product = QStringLiteral("Báo cáo");
    fx.stack.push(new ui::EditTaskCommand(fx.context, test::actor(), before, after));
    CHECK(fx.load(before.id).content == QStringLiteral("Nội dung đã sửa"));
    fx.stack.undo();
    CHECK(fx.load(before.id).content == before.content);
    CHECK(fx.load(before.id).product.isEmpty());
    fx.stack.redo();
    CHECK(fx.load(before.id).product == QStringLiteral("Báo cáo"));
    CHECK(fx.errors.isEmpty());
}

TEST_CASE("DeleteTaskCommand removes the subtree and undo restores it with its log",
          "[ui][commands]")
{
    CommandFixture fx;
    const domain::Task parent = fx.tasks.first();
    const domain::Task child =
        test::ok(fx.service().addTask(test::actor(), test::task(*fx.ws, fx.programme.id, parent.id,
                                                                "1.1", "Việc con", {2025, 3, 1})));
    domain::ProgressEntry entry;
    entry.taskId = child.id;
    entry.date = QDate(2025, 2, 1);
    entry.percent = 30;
    test::ok(fx.service().recordProgress(test::actor(), entry));

    fx.stack.push(new ui::DeleteTaskCommand(fx.context, test::actor(), parent));
    CHECK_FALSE(fx.exists(parent.id));
    CHECK_FALSE(fx.exists(child.id));
    fx.stack.undo();
    REQUIRE(fx.exists(parent.id));
    REQUIRE(fx.exists(child.id));
    CHECK(fx.load(child.id).parentId == parent.id);
    CHECK(test::ok(fx.service().progressLog(test::actor(), child.id)).size() == 1);
    CHECK(fx.changed.last() == parent.id);
    fx.stack.redo();
    CHECK_FALSE(fx.exists(child.id));
    CHECK(fx.errors.isEmpty());
}

TEST_CASE("RecordProgressCommand logs progress and undo puts the task back", "[ui][commands]")
{
    CommandFixture fx;
    const domain::Task before = fx.tasks.last();
    domain::ProgressEntry entry;
    entry.taskId = before.id;
    entry.date = test::kToday;
    entry.percent = 60;
    entry.note = QStringLiteral("Đang tổng hợp");
    auto *command =
        new ui::RecordProgressCommand(fx.context, test::actor(), before, entry, std::nullopt);
    fx.stack.push(command);
    CHECK(fx.load(before.id).progress == 60);
    CHECK(fx.load(before.id).status == domain::TaskStatus::InProgress);
    const domain::Id entryId = command->entry().id;
    REQUIRE(entryId != 0);

    fx.stack.undo();
    CHECK(fx.load(before.id).progress == before.progress);
    CHECK(fx.load(before.id).status == before.status);
    CHECK(test::ok(fx.service().progressLog(test::actor(), before.id)).isEmpty());

    fx.stack.redo();
    const auto log = test::ok(fx.service().progressLog(test::actor(), before.id));
    REQUIRE(log.size() == 1);
    CHECK(log.first().id == entryId);
    CHECK(log.first().note == QStringLiteral("Đang tổng hợp"));

    domain::ProgressEntry done = entry;
    done.id = 0;
    done.percent = 100;
    fx.stack.push(new ui::RecordProgressCommand(fx.context, test::actor(), fx.load(before.id), done,
                                                std::nullopt));
    CHECK(fx.load(before.id).status == domain::TaskStatus::Done);
    fx.stack.undo();
    CHECK(fx.load(before.id).status == domain::TaskStatus::InProgress);
    CHECK(fx.errors.isEmpty());
}

TEST_CASE("A command whose service call fails is reported and dropped from the stack",
          "[ui][commands]")
{
    CommandFixture fx;
    domain::Task ghost = fx.tasks.first();
    ghost.id = 987654;
    fx.stack.push(new ui::DeleteTaskCommand(fx.context, test::actor(), ghost));
    CHECK(fx.errors.size() == 1);
    CHECK(fx.stack.count() == 0);
    CHECK_FALSE(fx.stack.canUndo());

    // A failure on undo drops the command too, instead of leaving a broken history.
    const domain::Task before = fx.tasks.first();
    domain::Task after = before;
    after.content = QStringLiteral("Sửa lần một");
    fx.stack.push(new ui::EditTaskCommand(fx.context, test::actor(), before, after));
    REQUIRE(fx.stack.count() == 1);
    test::ok(fx.service().deleteTask(test::actor(), before.id));
    fx.stack.undo();
    CHECK(fx.errors.size() == 2);
    CHECK(fx.stack.count() == 0);
}
