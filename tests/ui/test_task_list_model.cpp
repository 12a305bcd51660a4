#include "gui_fixtures.h"

#include "programme/task_list_model.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>

using namespace thuky;
using thuky::ui::TaskListModel;

namespace {

// QAbstractItemModelTester reports through qWarning; collect what it says.
QStringList g_modelWarnings;
void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_modelWarnings.append(message);
}

struct WarningCollector
{
    QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    WarningCollector() { g_modelWarnings.clear(); }
    ~WarningCollector() { qInstallMessageHandler(previous); }
};

} // namespace

TEST_CASE("TaskListModel fetches pages lazily and passes the model tester", "[ui][model]")
{
    test::ProgrammeFixture fx(260);
    TaskListModel model(fx.service(), test::actor());
    model.setFilter(fx.filter());
    CHECK(model.totalCount() == 261); // the section and its tasks
    CHECK(model.rowCount() == TaskListModel::kDefaultPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 261);
    CHECK_FALSE(model.canFetchMore({}));

    // A fresh tester after each reset: Qt 6.4's tester runs its checks (which fetch) from
    // modelReset before it marks the reset finished, and would flag our own fetchMore.
    WarningCollector warnings;
    storage::TaskFilter budget = fx.filter();
    budget.text = QStringLiteral("ngân sách");
    for (const storage::TaskFilter &f : {budget, fx.filter()}) {
        model.setFilter(f);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == model.totalCount());
    }
    INFO(g_modelWarnings.join(u'\n').toStdString());
    CHECK(g_modelWarnings.isEmpty());
}

TEST_CASE("TaskListModel shows sections, depth and timeliness", "[ui][model]")
{
    test::ProgrammeFixture fx(10);
    TaskListModel model(fx.service(), test::actor());
    model.setFilter(fx.filter());
    REQUIRE(model.rowCount() == 11);

    const QModelIndex section = model.index(0, TaskListModel::NumberColumn);
    CHECK(section.data().toString() == QStringLiteral("I"));
    CHECK(section.data(TaskListModel::IsSectionRole).toBool());
    CHECK(section.data(Qt::FontRole).value<QFont>().bold());
    CHECK(section.data(Qt::BackgroundRole).canConvert<QBrush>());

    const QModelIndex first = model.index(1, TaskListModel::NumberColumn);
    CHECK(first.data().toString() == QStringLiteral("1"));
    CHECK(first.data(TaskListModel::DepthRole).toInt() == 1);
    CHECK(first.data(TaskListModel::IdRole).toLongLong() == fx.tasks.first().id);
    CHECK(model.index(1, TaskListModel::LeadUnitColumn).data().toString().size() > 0);

    // Task 1 is due 08/01/2025 and not done: overdue on 16/06/2025, shown in red with a marker.
    const auto timeliness = domain::Timeliness(first.data(TaskListModel::TimelinessRole).toInt());
    CHECK(timeliness == domain::Timeliness::Overdue);
    CHECK(model.index(1, TaskListModel::TimelinessColumn).data().toString() ==
          domain::timelinessLabel(timeliness));
    CHECK_FALSE(model.index(1, TaskListModel::TimelinessColumn).data(Qt::DecorationRole).isNull());
    CHECK(
        model.index(1, TaskListModel::ContentColumn).data(Qt::ForegroundRole).canConvert<QBrush>());
    CHECK(model.index(1, TaskListModel::DeadlineColumn).data().toString() ==
          QStringLiteral("08/01/2025"));
}

TEST_CASE("TaskListModel reloads on a filter change and counts match the service", "[ui][model]")
{
    test::ProgrammeFixture fx(40);
    TaskListModel model(fx.service(), test::actor());
    int reloads = 0;
    QObject::connect(&model, &TaskListModel::reloaded, [&] { ++reloads; });
    model.setFilter(fx.filter());
    CHECK(reloads == 1);

    storage::TaskFilter budget = fx.filter();
    budget.text = QStringLiteral("ngan sach"); // folded search: no diacritics needed
    model.setFilter(budget);
    CHECK(reloads == 2);
    const int expected = test::ok(fx.service().countTasks(test::actor(), budget));
    CHECK(expected == 21); // 20 tasks and the heading of their section
    CHECK(model.totalCount() == expected);
    CHECK(model.rowCount() == expected);

    storage::TaskFilter late = fx.filter();
    late.lateOnly = true;
    model.setFilter(late);
    CHECK(model.totalCount() == test::ok(fx.service().countTasks(test::actor(), late)));
    CHECK(model.rowCount() > 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(TaskListModel::IsSectionRole).toBool())
            continue;
        CHECK(domain::isLate(
            domain::Timeliness(model.index(row, 0).data(TaskListModel::TimelinessRole).toInt())));
    }
}

TEST_CASE("TaskListModel sorts through the service and finds rows beyond the first page",
          "[ui][model]")
{
    test::ProgrammeFixture fx(30);
    TaskListModel model(fx.service(), test::actor());
    model.setPageSize(10);
    model.setFilter(fx.filter());
    CHECK(model.rowCount() == 10);

    const domain::Id last = fx.tasks.last().id;
    const int row = model.findRow(last);
    REQUIRE(row == 30);
    CHECK(model.rowCount() > 10);

    CHECK(TaskListModel::isSortable(TaskListModel::DeadlineColumn));
    CHECK_FALSE(TaskListModel::isSortable(TaskListModel::NotesColumn));
    model.sort(TaskListModel::DeadlineColumn, Qt::DescendingOrder);
    CHECK(model.filter().sortBy == storage::TaskSortColumn::Deadline);
    CHECK(model.filter().descending);
    model.setFilter(fx.filter()); // a new filter keeps the order chosen
    CHECK(model.filter().sortBy == storage::TaskSortColumn::Deadline);
    CHECK(model.totalCount() == 30); // headings only make sense in the document's order
    QDate previous(9999, 1, 1);
    for (int r = 0; r < model.rowCount(); ++r) {
        const storage::TaskRow *each = model.rowAt(r);
        REQUIRE(each);
        if (each->task.isSection())
            continue;
        CHECK(each->task.deadline() <= previous);
        previous = each->task.deadline();
    }
}

TEST_CASE("TaskListModel without a programme is empty and asks nothing", "[ui][model]")
{
    test::ProgrammeFixture fx(3);
    TaskListModel model(fx.service(), test::actor());
    model.setFilter(storage::TaskFilter{});
    CHECK(model.rowCount() == 0);
    CHECK(model.totalCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("Sorted or filtered, a task's STT says its section", "[ui][model]")
{
    test::ProgrammeFixture fx(4);
    ui::TaskListModel model(fx.service(), test::actor());
    model.setFilter(fx.filter());
    const int row = model.findRow(fx.tasks[1].id);
    REQUIRE(row >= 0);
    CHECK(model.data(model.index(row, ui::TaskListModel::NumberColumn)).toString() == QStringLiteral("2"));

    storage::TaskFilter byUnit = fx.filter();
    byUnit.text = QStringLiteral("dat dai");
    model.setFilter(byUnit);
    const int filtered = model.findRow(fx.tasks[1].id);
    REQUIRE(filtered >= 0);
    CHECK(model.data(model.index(filtered, ui::TaskListModel::NumberColumn)).toString() == QStringLiteral("I.2"));

    model.setFilter(fx.filter());
    model.sort(ui::TaskListModel::DeadlineColumn, Qt::AscendingOrder);
    const int sorted = model.findRow(fx.tasks[1].id);
    REQUIRE(sorted >= 0);
    CHECK(model.data(model.index(sorted, ui::TaskListModel::NumberColumn)).toString() == QStringLiteral("I.2"));
}
