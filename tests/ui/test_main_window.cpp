#include "gui_fixtures.h"

#include "common/app_options.h"
#include "programme/add_task_command.h"
#include "programme/task_list_model.h"
#include "common/settings.h"
#include "common/first_paint_watcher.h"
#include "shell/main_window.h"
#include "programme/programme_page.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QUndoStack>

using namespace thuky;

using test::programmePage;
using test::WindowFixture;

TEST_CASE("MainWindow lists the modules and shows the programme's tasks", "[ui][window]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral("/tmp/thuky-test.sqlite"), test::actor(),
                          fx.settings);
    // The program's own actor holds every role, so it sees every module.
    CHECK(window.moduleTitles() == QStringList{QStringLiteral("Hôm nay"),
                                               QStringLiteral("Chương trình công tác"),
                                               QStringLiteral("Bảng điều khiển"),
                                               QStringLiteral("Lịch phiên họp UBTVQH"),
                                               QStringLiteral("Thông báo kết luận"),
                                               QStringLiteral("Chương trình kỳ họp"),
                                               QStringLiteral("Danh mục"),
                                               QStringLiteral("Nhật ký thay đổi"),
                                               QStringLiteral("Quản trị")});
    REQUIRE(window.pages().size() == 9);
    ui::ProgrammePage *page = programmePage(window);
    CHECK(page->currentProgramme()->id == fx.programme.id);
    CHECK(page->model()->totalCount() == 13);
    CHECK(window.undoGroup()->activeStack() == page->undoStack());
    CHECK(window.statusText().contains(QStringLiteral("· 13 dòng")));

    // Nothing is selected yet: only adding makes sense.
    CHECK(page->addTaskAction()->isEnabled());
    CHECK_FALSE(page->editTaskAction()->isEnabled());
    REQUIRE(page->selectTask(fx.tasks[3].id));
    CHECK(page->currentTaskId() == fx.tasks[3].id);
    CHECK(page->editTaskAction()->isEnabled());
    CHECK(page->recordProgressAction()->isEnabled());
    REQUIRE(page->selectTask(fx.section.id));
    CHECK_FALSE(
        page->recordProgressAction()->isEnabled()); // sections have no progress of their own
}

TEST_CASE("Clicking a row enables the task actions", "[ui][window]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::ProgrammePage *page = test::showWindow(window);
    QTableView *view = test::taskView(page);
    const QRect cell = view->visualRect(page->model()->index(2, ui::TaskListModel::ContentColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(page->currentTaskId() == fx.tasks[1].id);
    CHECK(page->editTaskAction()->isEnabled());
    CHECK(page->deleteTaskAction()->isEnabled());
    CHECK(page->recordProgressAction()->isEnabled());
}

TEST_CASE("ProgrammePage reloads when the filter text changes, after a pause", "[ui][window]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::ProgrammePage *page = programmePage(window);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    REQUIRE(search);
    search->setText(QStringLiteral("đất đai"));
    CHECK(page->model()->totalCount() == 13); // not yet: the text box waits for a pause
    storage::TaskFilter land = fx.filter();
    land.text = QStringLiteral("đất đai");
    const int expected = test::ok(fx.service().countTasks(test::actor(), land));
    CHECK(test::waitFor([&] { return page->model()->totalCount() == expected; }));
    CHECK(page->model()->filter().text == QStringLiteral("đất đai"));
}

TEST_CASE("ProgrammePage follows the window's undo and redo and keeps the task selected",
          "[ui][window]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::ProgrammePage *page = programmePage(window);
    // What the task dialog's commit does: save, then push the command that can undo it.
    const domain::Task added = test::ok(
        fx.service().addTask(test::actor(), test::task(*fx.ws, fx.programme.id, fx.section.id, "13",
                                                       "Nhiệm vụ mới", {2025, 11, 30})));
    page->undoStack()->push(
        new ui::AddTaskCommand(page->commandContext(), test::actor(), added, true));
    CHECK(page->model()->totalCount() == 14);
    CHECK(page->currentTaskId() == added.id);

    QAction *undo = nullptr;
    QAction *redo = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
        if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
            redo = action;
    }
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(undo->text() == QStringLiteral("Hoàn tác thêm nhiệm vụ 13 của chương trình năm 2025"));
    undo->trigger();
    CHECK(page->model()->totalCount() == 13);
    CHECK_FALSE(fx.service().task(test::actor(), added.id).ok());
    redo->trigger();
    CHECK(page->model()->totalCount() == 14);
    CHECK(page->currentTaskId() == added.id);
}

TEST_CASE("MainWindow saves its geometry, page and columns when closed", "[ui][window]")
{
    WindowFixture fx;
    {
        ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
        window.show();
        programmePage(window); // from the home page to the programme
        window.close();
    }
    CHECK_FALSE(fx.settings.mainWindowGeometry().isEmpty());
    CHECK_FALSE(fx.settings.taskHeaderState().isEmpty());
    CHECK(fx.settings.lastPage() == QStringLiteral("programme"));
    CHECK(fx.settings.lastProgrammeYear() == 2025);
}

TEST_CASE("MainWindow starts on Hôm nay unless the user chose to reopen the last page",
          "[ui][window]")
{
    WindowFixture fx;
    fx.settings.setLastPage(QStringLiteral("programme"));
    {
        // The default: the saved page does not win, the day starts on the home page.
        ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
        REQUIRE(window.currentPage());
        CHECK(window.currentPage()->key() == QStringLiteral("home"));
        QAction *reopen = window.reopenLastPageAction();
        REQUIRE(reopen);
        CHECK(reopen->isCheckable());
        CHECK_FALSE(reopen->isChecked());
        // In the View menu, whichever page is shown.
        programmePage(window);
        auto *view = window.findChild<QMenu *>(QStringLiteral("menuView"));
        REQUIRE(view);
        CHECK(view->actions().contains(reopen));
        reopen->trigger(); // the user turns it on, on the programme page
        CHECK(fx.settings.reopenLastPage());
        window.close();
    }
    {
        ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
        REQUIRE(window.currentPage());
        CHECK(window.currentPage()->key() == QStringLiteral("programme"));
        CHECK(window.reopenLastPageAction()->isChecked());
        window.reopenLastPageAction()->trigger(); // and off again
        window.close();
    }
    CHECK_FALSE(fx.settings.reopenLastPage());
    CHECK(fx.settings.lastPage() == QStringLiteral("programme"));
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    CHECK(window.currentPage()->key() == QStringLiteral("home"));
}

TEST_CASE("FirstPaintWatcher reports the first paint of the main window once", "[ui][window]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    auto *watcher = new ui::FirstPaintWatcher(&window);
    QSignalSpy painted(watcher, &ui::FirstPaintWatcher::firstPaint);
    window.show();
    REQUIRE(painted.wait(5000));
    window.update();
    QTest::qWait(50);
    CHECK(painted.count() == 1);
}

TEST_CASE("Command line of thuky", "[ui][options]")
{
    const auto options =
        ui::parseAppOptions({QStringLiteral("thuky"), QStringLiteral("--db"),
                             QStringLiteral("/tmp/a.sqlite"), QStringLiteral("--exit-after-paint"),
                             QStringLiteral("--today"), QStringLiteral("2025-06-16")});
    REQUIRE(options);
    CHECK(options->databasePath == QStringLiteral("/tmp/a.sqlite"));
    CHECK(options->exitAfterPaint);
    CHECK(options->today == QDate(2025, 6, 16));

    const auto defaults = ui::parseAppOptions({QStringLiteral("thuky")});
    REQUIRE(defaults);
    CHECK(defaults->databasePath.isEmpty());
    CHECK_FALSE(defaults->exitAfterPaint);
    CHECK_FALSE(defaults->today.isValid());

    ui::AppOptionsError error;
    CHECK_FALSE(ui::parseAppOptions(
        {QStringLiteral("thuky"), QStringLiteral("--today"), QStringLiteral("16/06/2025")},
        &error));
    CHECK(error.message.contains(QStringLiteral("16/06/2025")));
    CHECK_FALSE(ui::parseAppOptions({QStringLiteral("thuky"), QStringLiteral("--bogus")}));
}

TEST_CASE("Settings fall back to defaults for missing or bad values", "[ui][settings]")
{
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("s.ini")));
    CHECK(settings.dueSoonDays() == domain::kDefaultDueSoonDays);
    CHECK(settings.lastProgrammeYear() == 0);
    settings.setDueSoonDays(-3);
    CHECK(settings.dueSoonDays() == domain::kDefaultDueSoonDays);
    settings.setDueSoonDays(14);
    settings.setLastImportFolder(QStringLiteral("/srv/nhap"));
    settings.sync();
    ui::Settings again(dir.filePath(QStringLiteral("s.ini")));
    CHECK(again.dueSoonDays() == 14);
    CHECK(again.lastImportFolder() == QStringLiteral("/srv/nhap"));
}
