// The home page (Hôm nay): the fixture's entries by section, and an entry opening its record.

#include "gui_fixtures.h"

#include "home/home_page.h"
#include "programme/programme_page.h"
#include "sessions/sessions_page.h"
#include "shell/main_window.h"

#include "thuky/services/home_service.h"
#include "thuky/services/session_service.h"

#include <QTreeWidget>

using namespace thuky;
using namespace thuky::test;

TEST_CASE("The home page is first, lists the tasks due this week or late, and opens one",
          "[ui][home]")
{
    // Twelve tasks due from 08/01 to 26/03/2025, none done: all late on 16/06/2025.
    WindowFixture fx(12);
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    auto *home = qobject_cast<ui::HomePage *>(window.pages().value(0));
    REQUIRE(home);
    CHECK(window.currentPage() == home); // the start page of a new installation

    QList<domain::Id> tasks;
    for (const services::HomeEntry &e : home->entries())
        if (e.section == services::HomeSection::Tasks) {
            tasks.append(e.id);
            CHECK(e.late);
            CHECK(e.moduleKey == QStringLiteral("programme"));
        }
    CHECK(tasks.size() == 12);
    CHECK(tasks.first() == fx.tasks.first().id); // by date

    // Double-click (activate) the first task's line: the programme page, that task selected.
    QTreeWidget *tree = home->entryTree();
    QTreeWidgetItem *line = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !line; ++i)
        if (tree->topLevelItem(i)->text(0).contains(QStringLiteral("Nhiệm vụ 1 về")))
            line = tree->topLevelItem(i);
    REQUIRE(line);
    Q_EMIT tree->itemActivated(line, 0);
    auto *programme = qobject_cast<ui::ProgrammePage *>(window.page(QStringLiteral("programme")));
    REQUIRE(programme);
    CHECK(window.currentPage() == programme);
    CHECK(programme->currentTaskId() == fx.tasks.first().id);
}

TEST_CASE("A provider adds its entries to the home page", "[ui][home]")
{
    WindowFixture fx(0);
    fx.ws->home().addProvider([](const services::HomeContext &c) -> Result<QList<services::HomeEntry>> {
        return QList<services::HomeEntry>{{services::HomeSection::Meetings, QStringLiteral("sessions"), 7,
                                           c.today.addDays(3), QStringLiteral("Kỳ họp thứ 9"), {}, false}};
    });
    ui::HomePage page(*fx.ws, test::actor());
    REQUIRE(page.entries().size() == 1);
    CHECK(page.entries().first().title == QStringLiteral("Kỳ họp thứ 9"));
    bool shown = false;
    for (int i = 0; i < page.entryTree()->topLevelItemCount(); ++i)
        shown = shown || page.entryTree()->topLevelItem(i)->text(0).contains(QStringLiteral("Kỳ họp thứ 9"));
    CHECK(shown);
}

TEST_CASE("A session sitting in the next two weeks is on the home page and opens its agenda",
          "[ui][home][sessions]")
{
    WindowFixture fx(0);
    const QDate today = fx.ws->sessions().today();
    domain::Session near;
    near.term = 15;
    near.ordinal = 9;
    near.phases = {{0, 1, today.addDays(5), today.addDays(30)}};
    near = test::ok(fx.ws->sessions().createSession(test::actor(), near));
    domain::Session far;
    far.term = 15;
    far.ordinal = 10;
    far.phases = {{0, 1, today.addDays(60), today.addDays(80)}};
    test::ok(fx.ws->sessions().createSession(test::actor(), far));

    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    auto *home = qobject_cast<ui::HomePage *>(window.page(QStringLiteral("home")));
    REQUIRE(home);
    QList<services::HomeEntry> sessions;
    for (const services::HomeEntry &e : home->entries())
        if (e.moduleKey == QStringLiteral("sessions"))
            sessions.append(e);
    REQUIRE(sessions.size() == 1);
    CHECK(sessions.first().id == near.id);
    CHECK(sessions.first().date == today.addDays(5));
    CHECK(sessions.first().section == services::HomeSection::Meetings);

    QTreeWidgetItem *line = nullptr;
    for (int i = 0; i < home->entryTree()->topLevelItemCount() && !line; ++i)
        if (home->entryTree()->topLevelItem(i)->text(0).contains(near.fullTitle()))
            line = home->entryTree()->topLevelItem(i);
    REQUIRE(line);
    Q_EMIT home->entryTree()->itemActivated(line, 0);
    auto *agendas = qobject_cast<ui::SessionsPage *>(window.page(QStringLiteral("sessions")));
    REQUIRE(agendas);
    CHECK(window.currentPage() == agendas);
    CHECK(agendas->sessionId() == near.id);
}

TEST_CASE("A long section shows its first lines and the rest on request", "[ui][home]")
{
    // Twelve late tasks: eight lines, then one that says how many more and shows them.
    WindowFixture fx(12);
    ui::HomePage page(*fx.ws, test::actor());
    QTreeWidget *tree = page.entryTree();
    const auto lines = [tree](const QString &text) {
        QList<QTreeWidgetItem *> found;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0).contains(text))
                found.append(tree->topLevelItem(i));
        return found;
    };
    CHECK(lines(QStringLiteral(" về ")).size() == 8);
    CHECK(lines(QStringLiteral("Nhiệm vụ đến hạn trong tuần hoặc quá hạn (12)")).size() == 1);
    const auto more = lines(QStringLiteral("… và 4 mục khác"));
    REQUIRE(more.size() == 1);
    CHECK(page.statusText().contains(QStringLiteral("12 đã quá hạn")));
    Q_EMIT tree->itemActivated(more.first(), 0);
    CHECK(lines(QStringLiteral(" về ")).size() == 12);
    CHECK(lines(QStringLiteral("… và")).isEmpty());
}
