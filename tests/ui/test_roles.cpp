// The window as each role sees it: modules by role, and actions the roles forbid disabled
// with the reason in their tooltip.

#include "gui_fixtures.h"

#include "programme/add_task_command.h"
#include "common/settings.h"
#include "common/elided_label.h"
#include "shell/main_window.h"
#include "programme/programme_page.h"

#include <QAction>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace thuky;
using domain::Role;

using test::programmePage;

namespace {
struct RoleFixture : test::WindowFixture
{
    RoleFixture() : test::WindowFixture(4) {}
};
} // namespace

TEST_CASE("A viewer sees the task actions disabled, with the reason", "[ui][roles]")
{
    RoleFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actorWith({Role::Viewer}),
                          fx.settings);
    CHECK(window.moduleTitles() == QStringList{QStringLiteral("Hôm nay"),
                                               QStringLiteral("Chương trình công tác"),
                                               QStringLiteral("Lịch phiên họp UBTVQH"),
                                               QStringLiteral("Thông báo kết luận"),
                                               QStringLiteral("Chương trình kỳ họp"),
                                               QStringLiteral("Danh mục")});
    ui::ProgrammePage *page = programmePage(window);
    REQUIRE(page->selectTask(fx.tasks[1].id));

    for (QAction *action :
         {page->addTaskAction(), page->editTaskAction(), page->deleteTaskAction(),
          page->recordProgressAction(), page->importAction(), page->historyAction()}) {
        INFO(action->text().toStdString());
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip().contains(QStringLiteral("Cần vai trò")));
        CHECK(action->isVisible()); // disabled, not hidden
    }
    CHECK(page->addTaskAction()->toolTip().contains(QStringLiteral("Chuyên viên")));
    CHECK_FALSE(page->newProgrammeButton()->isEnabled());
    CHECK_FALSE(page->carryOverButton()->isEnabled());
    CHECK(page->carryOverButton()->toolTip().contains(QStringLiteral("Cần vai trò")));
    // Reading and exporting need only the right to view.
    CHECK(page->exportAction()->isEnabled());
}

TEST_CASE("A drafter may edit, record progress and read a task's history, but not the audit trail", "[ui][roles]")
{
    RoleFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actorWith({Role::Drafter}),
                          fx.settings);
    CHECK(window.moduleTitles() == QStringList{QStringLiteral("Hôm nay"),
                                               QStringLiteral("Chương trình công tác"),
                                               QStringLiteral("Lịch phiên họp UBTVQH"),
                                               QStringLiteral("Thông báo kết luận"),
                                               QStringLiteral("Chương trình kỳ họp"),
                                               QStringLiteral("Danh mục")});
    ui::ProgrammePage *page = programmePage(window);
    CHECK(page->addTaskAction()->isEnabled());
    CHECK_FALSE(page->editTaskAction()->isEnabled()); // nothing selected yet
    REQUIRE(page->selectTask(fx.tasks[1].id));
    for (QAction *action :
         {page->addTaskAction(), page->editTaskAction(), page->deleteTaskAction(),
          page->recordProgressAction(), page->importAction(), page->exportAction()}) {
        INFO(action->text().toStdString());
        CHECK(action->isEnabled());
        CHECK_FALSE(action->toolTip().contains(QStringLiteral("Cần vai trò")));
    }
    CHECK(page->newProgrammeButton()->isEnabled());
    CHECK(page->carryOverButton()->isEnabled());
    // The history of what they edit, but not the audit page (the module list above).
    CHECK(page->historyAction()->isEnabled());
}

TEST_CASE("A reviewer may open a task's history and the audit page, not administration",
          "[ui][roles]")
{
    RoleFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actorWith({Role::Reviewer}),
                          fx.settings);
    CHECK(window.moduleTitles() ==
          QStringList{QStringLiteral("Hôm nay"), QStringLiteral("Chương trình công tác"),
                      QStringLiteral("Bảng điều khiển"), QStringLiteral("Lịch phiên họp UBTVQH"),
                      QStringLiteral("Thông báo kết luận"), QStringLiteral("Chương trình kỳ họp"),
                      QStringLiteral("Danh mục"),
                      QStringLiteral("Nhật ký thay đổi")});
    ui::ProgrammePage *page = programmePage(window);
    CHECK_FALSE(page->historyAction()->isEnabled()); // nothing selected
    REQUIRE(page->selectTask(fx.tasks[0].id));
    CHECK(page->historyAction()->isEnabled());
}

TEST_CASE("The administration page is there for an administrator only", "[ui][roles]")
{
    RoleFixture fx;
    const domain::Actor admin =
        test::account(*fx.ws, "quantri", {Role::Administrator}, "Quản trị hệ thống");
    const domain::Actor drafter =
        test::account(*fx.ws, "chuyenvien", {Role::Drafter}, "Nguyễn Thị Thu Hà");

    ui::MainWindow forAdmin(*fx.ws, QStringLiteral(":memory:"), admin, fx.settings);
    CHECK(forAdmin.moduleTitles().contains(QStringLiteral("Quản trị")));
    CHECK(forAdmin.moduleTitles().contains(QStringLiteral("Nhật ký thay đổi")));
    CHECK(forAdmin.userText() == QStringLiteral("Tài khoản: Quản trị hệ thống (Quản trị)"));

    ui::MainWindow forDrafter(*fx.ws, QStringLiteral(":memory:"), drafter, fx.settings);
    CHECK_FALSE(forDrafter.moduleTitles().contains(QStringLiteral("Quản trị")));
    CHECK_FALSE(forDrafter.moduleTitles().contains(QStringLiteral("Nhật ký thay đổi")));
    CHECK(forDrafter.userText() == QStringLiteral("Tài khoản: Nguyễn Thị Thu Hà (Chuyên viên)"));
    bool shown = false;
    for (ui::ElidedLabel *label : forDrafter.statusBar()->findChildren<ui::ElidedLabel *>())
        shown = shown || label->text() == forDrafter.userText();
    CHECK(shown);
}

TEST_CASE("What the UI lets through is still refused by the service and dropped from undo",
          "[ui][roles]")
{
    RoleFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actorWith({Role::Viewer}),
                          fx.settings);
    ui::ProgrammePage *page = programmePage(window);
    QStringList errors;
    ui::CommandContext context{fx.service(), [&](const Error &e) { errors.append(e.text()); },
                               [](domain::Id, domain::Id) {}};
    const domain::Task fresh =
        test::task(*fx.ws, fx.programme.id, fx.section.id, "9", "Không được thêm", {2025, 12, 1});
    page->undoStack()->push(
        new ui::AddTaskCommand(context, test::actorWith({Role::Viewer}), fresh));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("không có quyền")));
    CHECK(page->undoStack()->count() == 0);
    CHECK(test::ok(fx.service().countTasks(test::actor(), fx.filter())) == 5);
}
