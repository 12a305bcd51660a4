// What issue 7 asked of the main window and the programme page: undo shows what it changes,
// the window fits a small laptop screen, history screens speak in names.

#include "gui_fixtures.h"

#include "programme/add_task_command.h"
#include "programme/delete_task_command.h"
#include "programme/import_dialog.h"
#include "shell/login_dialog.h"
#include "programme/progress_dialog.h"
#include "shell/shortcuts_dialog.h"
#include "programme/task_details_dialog.h"
#include "programme/task_dialog.h"
#include "programme/task_transfer.h"
#include "programme/task_list_model.h"
#include "common/session.h"
#include "common/frozen_table_view.h"

#include "thuky/services/audit_service.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
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
    page->undoStack()->push(
        new ui::DeleteTaskCommand(page->commandContext(), test::actor(), fx.tasks[4]));
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

namespace {

// Every widget of `root` that is shown lies inside `root` (nothing cut off at the right or
// the bottom). Returns the names of those that do not.
QStringList outside(QWidget *root)
{
    QStringList names;
    const QRect area = root->rect();
    for (QWidget *child : root->findChildren<QWidget *>()) {
        if (!child->isVisibleTo(root) || child->isWindow())
            continue;
        const QRect at(child->mapTo(root, QPoint(0, 0)), child->size());
        if (!area.contains(at))
            names.append(child->objectName().isEmpty()
                             ? QString::fromLatin1(child->metaObject()->className())
                             : child->objectName());
    }
    return names;
}

} // namespace

TEST_CASE("The main window fits 1280×720 with every control of the page in view",
          "[ui][usability][layout]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral("/tmp/thuky-test.sqlite"), test::actor(),
                          fx.settings);
    CHECK(window.minimumSizeHint().width() <= 1280);
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.width() == 1280);
    CHECK(window.height() == 720);
    ui::ProgrammePage *page = programmePage(window);
    QWidget *filterBar = page->findChild<QWidget *>(QStringLiteral("filterBar"));
    REQUIRE(filterBar);
    CHECK(outside(&window).isEmpty());
    // The reset button and the table's scroll bar are on screen, not pushed off to the right.
    auto *reset = filterBar->findChild<QWidget *>(QStringLiteral("resetButton"));
    REQUIRE(reset);
    CHECK(reset->isVisible());
    CHECK(QRect(QPoint(0, 0), window.size())
              .contains(QRect(reset->mapTo(&window, QPoint(0, 0)), reset->size())));
    auto *view = page->findChild<ui::FrozenTableView *>(QStringLiteral("taskView"));
    REQUIRE(view);
    QWidget *scrollBar = view->verticalScrollBar();
    CHECK(scrollBar->mapTo(&window, QPoint(scrollBar->width(), 0)).x() <= window.width());
}

TEST_CASE("The catalogues fit 1280×720 and the sidebar shows each module's whole name",
          "[ui][usability][layout][catalogue]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral("/tmp/thuky-test.sqlite"), test::actor(),
                          fx.settings);
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const auto catalogues = window.moduleTitles().indexOf(QStringLiteral("Danh mục"));
    REQUIRE(catalogues >= 0);
    window.showPage(int(catalogues));
    QCoreApplication::processEvents();
    CHECK(outside(&window).isEmpty());
    auto *list = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    REQUIRE(list);
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        INFO(item->text().toStdString());
        const QRect rect = list->visualItemRect(item);
        const int textWidth = rect.width() - list->iconSize().width() - 12;
        const QRect needed = list->fontMetrics().boundingRect(QRect(0, 0, textWidth, 1000),
                                                              Qt::TextWordWrap, item->text());
        CHECK(needed.width() <= textWidth);
        CHECK(needed.height() <= rect.height());
    }
}

TEST_CASE("The task list keeps STT and content in view and puts status by the deadline",
          "[ui][usability][layout]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::ProgrammePage *page = programmePage(window);
    auto *view = page->findChild<ui::FrozenTableView *>(QStringLiteral("taskView"));
    REQUIRE(view);
    using M = ui::TaskListModel;
    QHeaderView *header = view->horizontalHeader();
    CHECK(header->visualIndex(M::NumberColumn) == 0);
    CHECK(header->visualIndex(M::ContentColumn) == 1);
    CHECK(header->visualIndex(M::DeadlineColumn) == 2);
    CHECK(header->visualIndex(M::TimelinessColumn) == 3);
    CHECK(header->visualIndex(M::StatusColumn) == 4);
    CHECK(header->visualIndex(M::ProgressColumn) == 5);

    // At 1440 px the status columns are in view without scrolling.
    window.resize(1440, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (const int column : {M::StatusColumn, M::ProgressColumn, M::TimelinessColumn})
        CHECK(header->sectionViewportPosition(column) + header->sectionSize(column) <=
              view->viewport()->width());

    // Wider, the content takes the room; the other columns keep their widths.
    const int content = view->columnWidth(M::ContentColumn);
    const int deadline = view->columnWidth(M::DeadlineColumn);
    window.resize(1800, 800);
    QTest::qWait(50);
    CHECK(view->columnWidth(M::ContentColumn) > content);
    CHECK(view->columnWidth(M::DeadlineColumn) == deadline);

    // Scrolled to the far right, STT and content still show over the scrolled columns.
    window.resize(1280, 720);
    QTest::qWait(50);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
    REQUIRE(view->horizontalScrollBar()->maximum() > 0);
    QTableView *frozen = view->frozenView();
    CHECK(frozen->isVisible());
    CHECK(frozen->width() ==
          view->columnWidth(M::NumberColumn) + view->columnWidth(M::ContentColumn));
    CHECK(frozen->isColumnHidden(M::DeadlineColumn));
    CHECK_FALSE(frozen->isColumnHidden(M::ContentColumn));
    CHECK(frozen->visualRect(page->model()->index(1, M::NumberColumn)).left() >= 0);
}

TEST_CASE("A task saved while the filter hides it is announced with a way to clear the filter",
          "[ui][usability][filter]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::ProgrammePage *page = programmePage(window);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    REQUIRE(search);
    search->setText(QStringLiteral("đất đai"));
    Q_EMIT search->returnPressed();
    const int shown = page->model()->totalCount();
    CHECK(window.filterNotice().isEmpty());
    // The status bar says how many rows the filter keeps out of how many.
    CHECK(window.statusText().contains(QStringLiteral("bộ lọc giữ %1 trong 13 dòng").arg(shown)));

    // Not about land law: the filter hides it once saved.
    const domain::Task budget = test::task(*fx.ws, fx.programme.id, fx.section.id, "13",
                                           "Quyết toán ngân sách năm", {2025, 11, 30});
    page->undoStack()->push(new ui::AddTaskCommand(page->commandContext(), test::actor(), budget));
    CHECK(page->model()->totalCount() == shown);
    CHECK(window.filterNotice().contains(QStringLiteral("Nhiệm vụ 13")));
    CHECK(window.filterNotice().contains(QStringLiteral("bộ lọc")));

    window.clearFilterButton()->click();
    CHECK(window.filterNotice().isEmpty());
    CHECK(search->text().isEmpty());
    const domain::Id added = page->currentTaskId();
    CHECK(added != 0);
    CHECK(test::ok(fx.service().task(test::actor(), added)).content ==
          QStringLiteral("Quyết toán ngân sách năm"));
}

TEST_CASE("Recording less than 100% on a completed task asks before reopening it",
          "[ui][usability][progress]")
{
    test::ProgrammeFixture fx(1);
    const domain::Id id = fx.tasks.first().id;
    domain::ProgressEntry done;
    done.taskId = id;
    done.date = QDate(2025, 1, 5);
    done.percent = 100;
    test::ok(fx.service().recordProgress(test::actor(), done));
    const domain::Task task = test::ok(fx.service().task(test::actor(), id));
    REQUIRE(task.status == domain::TaskStatus::Done);

    ui::ProgressDialog dialog(task, test::ok(fx.service().progressLog(test::actor(), id)),
                              test::kToday);
    int commits = 0;
    dialog.setCommit(
        [&](const domain::ProgressEntry &, std::optional<domain::TaskStatus>) -> Result<void> {
            ++commits;
            return {};
        });
    auto *percent = dialog.findChild<QSpinBox *>(QStringLiteral("percentSpin"));
    REQUIRE(percent);
    percent->setValue(50);

    QString question;
    test::answerNextMessageBox(QStringLiteral("Hủy"), &question);
    dialog.accept();
    CHECK(commits == 0); // nothing saved, the dialog stays open
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(question.contains(QStringLiteral("đã hoàn thành ngày 05/01/2025")));
    CHECK(question.contains(QStringLiteral("mở lại")));
    CHECK(question.contains(QStringLiteral("quá hạn"))); // its deadline has passed

    test::answerNextMessageBox(QStringLiteral("Mở lại"));
    dialog.accept();
    CHECK(commits == 1);
    CHECK(dialog.result() == QDialog::Accepted);

    // 100 % on a completed task reopens nothing: no question.
    ui::ProgressDialog again(task, {}, test::kToday);
    again.setCommit(
        [&](const domain::ProgressEntry &, std::optional<domain::TaskStatus>) -> Result<void> {
            ++commits;
            return {};
        });
    again.accept();
    CHECK(commits == 2);
}

TEST_CASE("A deadline outside the programme's year is saved only after a warning",
          "[ui][usability][dialog]")
{
    test::ProgrammeFixture fx(1);
    ui::TaskDialogChoices choices;
    choices.parents = test::ok(fx.service().parentCandidates(test::actor(), fx.programme.id));
    choices.agencies = test::ok(fx.ws->reference().agencies(test::actor()));
    choices.year = fx.programme.year;
    ui::TaskDialog dialog(choices);
    domain::Task t = fx.tasks.first();
    t.period = domain::Period::ofDate(QDate(fx.programme.year + 1, 3, 31));
    dialog.setTask(t);
    int commits = 0;
    dialog.setCommit([&](const domain::Task &) -> Result<void> {
        ++commits;
        return {};
    });
    QString question;
    test::answerNextMessageBox(QStringLiteral("Hủy"), &question);
    dialog.accept();
    CHECK(commits == 0);
    CHECK(question.contains(QStringLiteral("31/03/%1").arg(fx.programme.year + 1)));
    CHECK(question.contains(QStringLiteral("năm %1").arg(fx.programme.year)));
    test::answerNextMessageBox(QStringLiteral("Vẫn lưu"));
    dialog.accept();
    CHECK(commits == 1);
}

TEST_CASE("The summary keeps overdue and done late apart, with one word for each",
          "[ui][usability][terms]")
{
    WindowFixture fx;
    domain::ProgressEntry late;
    late.taskId = fx.tasks.first().id; // due 08/01/2025
    late.date = QDate(2025, 2, 1);
    late.percent = 100;
    test::ok(fx.service().recordProgress(test::actor(), late));
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    auto *summary = programmePage(window)->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    REQUIRE(summary);
    const QString text = summary->text();
    CHECK(text.contains(QStringLiteral("Hoàn thành trễ hạn: <b>1</b>")));
    CHECK(text.contains(QStringLiteral("Quá hạn: <b>")));
    CHECK(text.contains(QStringLiteral("Tiến độ trung bình")));
    CHECK_FALSE(text.contains(QStringLiteral("Trễ hạn:")));
    CHECK(domain::timelinessLabel(domain::Timeliness::DoneLate) ==
          QStringLiteral("Hoàn thành trễ hạn"));
}

TEST_CASE("A refused shortcut says why in the status bar", "[ui][usability][keyboard]")
{
    WindowFixture fx;
    const domain::Actor viewer = test::actorWith({domain::Role::Viewer});
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), viewer, fx.settings);
    ui::ProgrammePage *page = test::showWindow(window);
    REQUIRE(page->selectTask(fx.tasks[0].id));
    REQUIRE_FALSE(page->historyAction()->isEnabled());
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Lịch sử thay đổi")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Cần vai trò")));

    // A drafter reads the history of the task they edit (Ctrl+H opens it).
    const domain::Actor drafter = test::actorWith({domain::Role::Drafter});
    ui::MainWindow drafting(*fx.ws, QStringLiteral(":memory:"), drafter, fx.settings);
    ui::ProgrammePage *drafterPage = test::showWindow(drafting);
    REQUIRE(drafterPage->selectTask(fx.tasks[0].id));
    CHECK(drafterPage->historyAction()->isEnabled());
    CHECK(test::ok(fx.ws->audit().history(drafter, storage::Entity::Task, fx.tasks[0].id)).size() >=
          1);
    CHECK_FALSE(fx.ws->audit().entries(drafter, {}).ok());

    // Allowed but nothing to act on: still a word, not silence.
    ui::MainWindow forAll(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::ProgrammePage *all = test::showWindow(forAll);
    all->findChild<QTableView *>(QStringLiteral("taskView"))->clearSelection();
    REQUIRE_FALSE(all->editTaskAction()->isEnabled());
    QTest::keyClick(&forAll, Qt::Key_F2);
    CHECK(forAll.statusBar()->currentMessage().contains(QStringLiteral("Sửa nhiệm vụ")));
}

TEST_CASE("Keyboard: Tab leaves the table, the View menu sorts, shortcuts open add and edit",
          "[ui][usability][keyboard]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::ProgrammePage *page = test::showWindow(window);
    QTableView *view = test::taskView(page);
    view->setFocus();
    REQUIRE(page->selectTask(fx.tasks[2].id));
    QTest::keyClick(view, Qt::Key_Down);
    CHECK(page->currentTaskId() == fx.tasks[3].id);
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK_FALSE(view->hasFocus());
    CHECK(QApplication::focusWidget() != nullptr);

    // View → Sắp xếp theo → Hạn chót, then Giảm dần.
    QMenu *sort = page->sortMenu();
    REQUIRE(sort);
    QAction *byDeadline = nullptr;
    QAction *descending = nullptr;
    for (QAction *action : sort->actions()) {
        if (action->text() == QStringLiteral("Hạn chót"))
            byDeadline = action;
        if (QString(action->text()).remove(u'&') == QStringLiteral("Giảm dần"))
            descending = action;
    }
    REQUIRE(byDeadline);
    REQUIRE(descending);
    byDeadline->trigger();
    CHECK(view->horizontalHeader()->sortIndicatorSection() == ui::TaskListModel::DeadlineColumn);
    CHECK(view->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
    descending->trigger();
    CHECK(view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    const QDate first = page->model()->rowAt(0)->task.deadline();
    const QDate second = page->model()->rowAt(1)->task.deadline();
    CHECK(first >= second);
    bool inViewMenu = false;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(sort->menuAction()))
            inViewMenu = true;
    }
    CHECK(inViewMenu);

    // F2 edits the selected task and Ctrl+N adds one, from the keyboard alone.
    REQUIRE(page->selectTask(fx.tasks[0].id));
    view->setFocus();
    QString title;
    test::whenModalShown([&title](QWidget *dialog) {
        title = dialog->windowTitle();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(view, Qt::Key_F2);
    CHECK(title.contains(QStringLiteral("Sửa nhiệm vụ")));
    title.clear();
    test::whenModalShown([&title](QWidget *dialog) {
        title = dialog->windowTitle();
        // The keyboard starts in the content, the field to type first.
        title += dialog->focusWidget() ? dialog->focusWidget()->objectName() : QString();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    REQUIRE(page->addTaskAction()->isEnabled());
    // The offscreen platform does not give the window back its activation after a dialog.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    CHECK(title == QStringLiteral("Thêm nhiệm vụcontentEdit"));
}

TEST_CASE("A viewer opens a task to read it and its progress notes", "[ui][usability][viewer]")
{
    WindowFixture fx;
    domain::ProgressEntry report;
    report.taskId = fx.tasks[1].id;
    report.date = QDate(2025, 3, 3);
    report.percent = 40;
    report.note = QStringLiteral("Đã gửi dự thảo xin ý kiến các Ủy ban");
    test::ok(fx.service().recordProgress(test::actor(), report));

    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"),
                          test::actorWith({domain::Role::Viewer}), fx.settings);
    ui::ProgrammePage *page = test::showWindow(window);
    REQUIRE(page->selectTask(fx.tasks[1].id));
    CHECK_FALSE(page->editTaskAction()->isEnabled());
    CHECK(page->detailsAction()->isEnabled());

    QString lead, section, note, content;
    test::whenModalShown([&](QWidget *modal) {
        if (auto *details = qobject_cast<ui::TaskDetailsDialog *>(modal)) {
            lead = details->value(QStringLiteral("Đơn vị chủ trì"));
            section = details->value(QStringLiteral("Thuộc"));
            content = details->value(QStringLiteral("Nội dung"));
            if (details->logTable()->rowCount() > 0)
                note = details->logTable()->item(0, 3)->text();
        }
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    // Enter on the row, as a double click would.
    auto *view = page->findChild<QTableView *>(QStringLiteral("taskView"));
    Q_EMIT view->activated(view->currentIndex());
    CHECK(lead == QStringLiteral("Vụ Thư ký"));
    CHECK(section == QStringLiteral("I. Công tác lập pháp"));
    CHECK(content == fx.tasks[1].content);
    CHECK(note == report.note);
}

TEST_CASE("On a new database the administrator is told the next step", "[ui][usability][first]")
{
    auto ws = test::workspace();
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("thuky.ini")));
    ui::MainWindow window(*ws, QStringLiteral(":memory:"),
                          test::actorWith({domain::Role::Administrator}), settings);
    auto *summary = programmePage(window)->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("Quản trị")));
    CHECK(summary->text().contains(QStringLiteral("thêm tài khoản cho chuyên viên")));
    CHECK(summary->text().contains(QStringLiteral("đăng nhập bằng tài khoản đó")));
    CHECK(window.moduleTitles().contains(QStringLiteral("Quản trị")));
}

TEST_CASE("Log-in: an empty password is not sent, names are per database, the next person "
          "starts at the name",
          "[ui][usability][login]")
{
    auto ws = test::workspace();
    test::account(*ws, "quantri", {domain::Role::Administrator});
    test::account(*ws, "chuyenvien", {domain::Role::Drafter});
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("thuky.ini")));
    ui::Session session(*ws, settings, QStringLiteral("/tmp/u-a.sqlite"));

    int attempts = 0;
    session.setRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<ui::LoginDialog *>(&d);
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit"))
            ->setText(QStringLiteral("chuyenvien"));
        dialog->accept(); // no password typed
        CHECK(dialog->message() == QStringLiteral("Hãy nhập mật khẩu."));
        ++attempts;
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(test::kPassword);
        dialog->accept();
        return dialog->result();
    });
    REQUIRE(test::ok(session.ask()).has_value());
    CHECK(attempts == 1);
    // No failed log-in was counted for the empty password.
    storage::AuditFilter byDrafter;
    byDrafter.userName = QStringLiteral("chuyenvien");
    for (const storage::AuditEntry &e : test::ok(ws->audit().entries(test::actor(), byDrafter)))
        CHECK(e.action != QStringLiteral("user.login_failed"));

    // After a log-out: the last name is offered, with the keyboard in it, selected.
    QString focused;
    QString offered;
    session.setRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<ui::LoginDialog *>(&d);
        offered = dialog->userName();
        focused = dialog->focusWidget() ? dialog->focusWidget()->objectName() : QString();
        dialog->reject();
        return dialog->result();
    });
    CHECK_FALSE(test::ok(session.ask()).has_value());
    CHECK(offered == QStringLiteral("chuyenvien"));
    CHECK(focused == QStringLiteral("userNameEdit"));

    // Another database has its own accounts: nothing is offered there.
    CHECK(settings.lastUserName(QStringLiteral("/tmp/u-b.sqlite")).isEmpty());
}

TEST_CASE("Help lists the keyboard shortcuts from the actions themselves",
          "[ui][usability][keyboard]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    programmePage(window); // the page whose own shortcuts are listed
    ui::ShortcutsDialog dialog(window.shortcutGroups());
    const auto rows = dialog.rows();
    const auto has = [&rows](const QString &command) {
        return std::any_of(rows.begin(), rows.end(),
                           [&](const auto &row) { return row.second == command; });
    };
    CHECK(has(QStringLiteral("Thêm nhiệm vụ")));
    CHECK(has(QStringLiteral("Hoàn tác")));
    CHECK(has(QStringLiteral("Lịch sử thay đổi")));
    CHECK(has(QStringLiteral("Xem chi tiết")));
    for (const auto &[keys, command] : rows)
        CHECK_FALSE(keys.isEmpty());
}

TEST_CASE("Closing the list of import problems goes back to the import dialog, file kept",
          "[ui][usability][import]")
{
    WindowFixture fx;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nhiem-vu.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        // A task without content: the import lists it as a problem.
        file.write(
            "STT;N\xe1\xbb\x99i dung;C\xc6\xa1 quan ch\xe1\xbb\xa7 tr\xc3\xac;H\xe1\xba\xa1n\n"
            "1;;V\xe1\xbb\xa5 Th\xc6\xb0 k\xc3\xbd;05/01/2025\n");
    }
    ui::TaskTransfer transfer(*fx.ws, test::actor(), fx.settings, nullptr);
    QStringList seen;
    QString keptPath;
    test::whenModalShown([&](QWidget *first) {
        auto *chooser = qobject_cast<ui::ImportDialog *>(first);
        REQUIRE(chooser);
        chooser->setFilePath(path);
        seen.append(QStringLiteral("import"));
        test::whenModalShown([&](QWidget *problems) {
            seen.append(QString::fromLatin1(problems->metaObject()->className()));
            test::whenModalShown([&](QWidget *again) {
                seen.append(QString::fromLatin1(again->metaObject()->className()));
                if (auto *chooserAgain = qobject_cast<ui::ImportDialog *>(again))
                    keptPath = chooserAgain->filePath();
                QMetaObject::invokeMethod(again, "reject", Qt::QueuedConnection);
            });
            QMetaObject::invokeMethod(problems, "reject", Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(chooser, "accept", Qt::QueuedConnection);
    });
    CHECK_FALSE(transfer.importTasks(fx.programme.year, 0).has_value());
    REQUIRE(seen.size() == 3);
    CHECK(seen[1] == QStringLiteral("thuky::ui::ImportProblemsDialog"));
    CHECK(seen[2] == QStringLiteral("thuky::ui::ImportDialog"));
    CHECK(keptPath == path);
}

TEST_CASE("After a delete the selection stays in place, on the next row", "[ui][usability][undo]")
{
    WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::ProgrammePage *page = programmePage(window);
    REQUIRE(page->selectTask(fx.tasks[5].id));
    test::answerNextMessageBox(QStringLiteral("Xóa"));
    page->deleteTask();
    CHECK(page->model()->findRow(fx.tasks[5].id) < 0);
    CHECK(page->currentTaskId() == fx.tasks[6].id);
    window.undoGroup()->undo();
    CHECK(page->currentTaskId() == fx.tasks[5].id);
}

TEST_CASE("The suggested export name says whose programme it is", "[ui][usability][export]")
{
    WindowFixture fx;
    ui::TaskTransfer transfer(*fx.ws, test::actor(), fx.settings, nullptr);
    CHECK(transfer.exportFileName(fx.programme) ==
          QStringLiteral("chuong-trinh-cong-tac-btk-%1").arg(fx.programme.year));
}

TEST_CASE(
    "Import offers to add the units and people the catalogue lacks, and adds them with the tasks",
    "[ui][usability][import]")
{
    WindowFixture fx;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tu-noi-khac.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("STT;Nội dung;Đơn vị chủ trì;Người phụ trách;Thời hạn\n"
                                  "I;Công tác tổng hợp;;;\n"
                                  "1;Tổng hợp ý kiến;Vụ Mới Toanh;Đinh Thị Mới;Tháng 9\n")
                       .toUtf8());
    }
    ui::TaskTransfer transfer(*fx.ws, test::actor(), fx.settings, nullptr);
    QString offer;
    test::whenModalShown([&](QWidget *first) {
        auto *chooser = qobject_cast<ui::ImportDialog *>(first);
        REQUIRE(chooser);
        chooser->setFilePath(path);
        test::whenModalShown([&](QWidget *asked) {
            auto *box = qobject_cast<QMessageBox *>(asked);
            REQUIRE(box);
            offer = box->text() + u'\n' + box->informativeText();
            test::whenModalShown([&](QWidget *confirmed) {
                test::clickMessageBoxButton(confirmed, QStringLiteral("Nhập"));
            });
            test::clickMessageBoxButton(asked, QStringLiteral("Thêm và nhập"));
        });
        QMetaObject::invokeMethod(chooser, "accept", Qt::QueuedConnection);
    });
    const auto result = transfer.importTasks(2026, fx.programme.ownerUnitId);
    INFO(offer.toStdString());
    CHECK(offer.contains(QStringLiteral("Vụ Mới Toanh")));
    CHECK(offer.contains(QStringLiteral("Đinh Thị Mới")));
    REQUIRE(result.has_value());
    CHECK(result->imported == 2);
    CHECK(result->addedUnits == QStringList{QStringLiteral("Vụ Mới Toanh")});
    CHECK(result->addedPeople == QStringList{QStringLiteral("Đinh Thị Mới")});
    CHECK(test::ok(fx.ws->reference().findPerson(test::actor(), QStringLiteral("Đinh Thị Mới")))
              .has_value());
}

TEST_CASE(
    "The import dialog names the body whose programme receives the tasks, and lets the user choose",
    "[ui][usability][import]")
{
    const QList<std::pair<QString, domain::Id>> owners{
        {QStringLiteral("Ban Thư ký Quốc hội (BTK)"), 12},
        {QStringLiteral("Văn phòng Quốc hội (VPQH)"), 13}};
    ui::ImportDialog dialog(QString(), 2026, owners, 13);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("ownerCombo"));
    REQUIRE(combo);
    CHECK(combo->currentText() == QStringLiteral("Văn phòng Quốc hội (VPQH)"));
    CHECK(dialog.ownerId() == 13);
    combo->setCurrentIndex(0);
    CHECK(dialog.ownerId() == 12);
}

TEST_CASE("Importing a file of another year offers to move its deadlines into the programme's year",
          "[ui][usability][import]")
{
    WindowFixture fx;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nam-truoc.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("STT;Nội dung;Đơn vị chủ trì;Thời hạn\n"
                                  "I;Công tác tổng hợp;;\n"
                                  "1;Tổng hợp ý kiến;Vụ Thư ký;15/03/2025\n")
                       .toUtf8());
    }
    ui::TaskTransfer transfer(*fx.ws, test::actor(), fx.settings, nullptr);
    QString asked;
    test::whenModalShown([&](QWidget *first) {
        auto *chooser = qobject_cast<ui::ImportDialog *>(first);
        REQUIRE(chooser);
        chooser->setFilePath(path);
        test::whenModalShown([&](QWidget *confirmImport) {
            test::whenModalShown([&](QWidget *shift) {
                asked = qobject_cast<QMessageBox *>(shift)->text();
                test::clickMessageBoxButton(shift, QStringLiteral("Dời thời hạn"));
            });
            test::clickMessageBoxButton(confirmImport, QStringLiteral("Nhập"));
        });
        QMetaObject::invokeMethod(chooser, "accept", Qt::QueuedConnection);
    });
    const auto result = transfer.importTasks(2026, fx.programme.ownerUnitId);
    INFO(asked.toStdString());
    CHECK(asked.contains(QStringLiteral("ngoài năm 2026")));
    REQUIRE(result.has_value());
    storage::TaskFilter f;
    f.programmeId = result->programmeId;
    const auto rows = test::ok(fx.service().tasks(test::actor(), f, 0, 10));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).task.deadline() == QDate(2026, 3, 15));
}
