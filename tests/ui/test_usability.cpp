// What issue 7 asked of the main window and the programme page: undo shows what it changes,
// the window fits a small laptop screen, history screens speak in names.

#include "gui_fixtures.h"

#include "commands/delete_task_command.h"
#include "models/task_list_model.h"

#include <QAction>
#include <QComboBox>
#include <QUndoGroup>
#include <QUndoStack>

using namespace thuky;

using test::programmePage;
using test::WindowFixture;

TEST_CASE("Undo of a change to a programme not on screen switches to it and selects the task",
          "[ui][usability][undo]")
{
    WindowFixture fx;
    const domain::Programme next = test::programme(*fx.ws, 2026);
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::ProgrammePage *page = programmePage(window);
    page->selectProgramme(fx.programme.id);
    REQUIRE(page->selectTask(fx.tasks[4].id));
    page->undoStack()->push(new ui::DeleteTaskCommand(page->commandContext(), test::actor(),
                                                      fx.tasks[4]));
    CHECK(page->model()->findRow(fx.tasks[4].id) < 0);
    // The label says which programme Undo acts on.
    CHECK(window.undoGroup()->undoText() ==
          QStringLiteral("xóa nhiệm vụ 5 của chương trình năm 2025"));

    page->selectProgramme(next.id);
    REQUIRE(page->currentProgramme()->id == next.id);
    window.undoGroup()->undo();
    // The task came back where the user can see it: its programme on screen, its row selected.
    CHECK(page->currentProgramme()->id == fx.programme.id);
    CHECK(page->currentTaskId() == fx.tasks[4].id);
    CHECK(page->findChild<QComboBox *>(QStringLiteral("programmeCombo"))->currentData() ==
          qint64(fx.programme.id));

    page->selectProgramme(next.id);
    window.undoGroup()->redo();
    CHECK(page->currentProgramme()->id == fx.programme.id);
    CHECK(page->model()->findRow(fx.tasks[4].id) < 0);
}
