// Ctrl+K: the search dialog over every module. Typing lists hits grouped by kind with the
// matches in bold, Up/Down skip the headings, Enter opens the record in its module's page
// (another programme's task, a person hidden by the catalogue's filter), Esc closes.

#include "gui_fixtures.h"

#include "catalogues/catalogue_page.h"
#include "search/search_dialog.h"

#include "thuky/services/reference_service.h"
#include "thuky/services/search_service.h"
#include "thuky/storage/audit_repository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>

using namespace thuky;

namespace {

ui::SearchDialog *openSearch(ui::MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    ui::SearchDialog *dialog = nullptr;
    for (auto *d : window.findChildren<ui::SearchDialog *>())
        dialog = d->isVisible() ? d : dialog; // one closed a moment ago may wait to be deleted
    REQUIRE(dialog);
    return dialog;
}

void type(ui::SearchDialog *dialog, const QString &text)
{
    dialog->queryEdit()->clear();
    QTest::keyClicks(dialog->queryEdit(), text);
    dialog->searchNow();
}

QString currentTitle(ui::SearchDialog *dialog)
{
    return dialog->resultView()->currentIndex().data(Qt::DisplayRole).toString();
}

} // namespace

TEST_CASE("marked text becomes escaped HTML with bold matches, cut to fit", "[ui][search]")
{
    const QList<search::Mark> marks{{0, 4}, {9, 3}};
    CHECK(ui::markedHtml(QStringLiteral("Đảng <b> ủy viên"), marks) ==
          QStringLiteral("<b>Đảng</b> &lt;b&gt; <b>ủy </b>viên"));
    CHECK(ui::markedHtml(QStringLiteral("Đảng <b> ủy viên"), marks, 6) == QStringLiteral("<b>Đảng</b> &lt;…"));
}

TEST_CASE("Ctrl+K finds a task of another year and Enter opens it in the programme page", "[ui][search]")
{
    test::WindowFixture fx;
    const domain::Programme next = test::programme(*fx.ws, 2026);
    const domain::Task wanted = test::ok(fx.service().addTask(
        test::actor(), test::task(*fx.ws, next.id, 0, "1", "Tổng kết công tác đối ngoại nhiệm kỳ", QDate(2026, 3, 1))));
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::ProgrammePage *page = test::showWindow(window);
    page->selectProgramme(fx.programme.id);
    REQUIRE(page->currentProgramme()->id == fx.programme.id);

    ui::SearchDialog *dialog = openSearch(window);
    CHECK(dialog->focusWidget() == dialog->queryEdit());
    type(dialog, QStringLiteral("doi ngoai nhiem"));
    REQUIRE(dialog->hitCount() == 1);
    // The first row is the kind's heading; the hit under it is current, matches marked.
    const QModelIndex heading = dialog->resultModel()->index(0, 0);
    CHECK(heading.data(ui::SearchDialog::HeaderRole).toBool());
    CHECK_FALSE(heading.flags().testFlag(Qt::ItemIsSelectable));
    CHECK(currentTitle(dialog) == wanted.content);
    CHECK(dialog->resultView()->currentIndex().data(ui::SearchDialog::TitleMarksRole).toList().size() == 3);

    QTest::keyClick(dialog->queryEdit(), Qt::Key_Return);
    CHECK((window.findChild<ui::SearchDialog *>() == nullptr || !dialog->isVisible()));
    CHECK(window.currentPage() == page);
    CHECK(page->currentProgramme()->id == next.id);
    CHECK(page->currentTaskId() == wanted.id);
}

TEST_CASE("the search dialog: Up and Down skip headings, filters by kind and year, Esc closes", "[ui][search]")
{
    test::WindowFixture fx(6); // tasks about "Luật Đất đai" and "dự toán ngân sách"
    domain::Person person;
    person.fullName = QStringLiteral("Lê Văn Ngân");
    person.position = QStringLiteral("Chuyên viên");
    person.unitId = test::agencyId(*fx.ws, "VTH");
    person = test::ok(fx.ws->reference().addPerson(test::actor(), person));
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    test::showWindow(window);

    ui::SearchDialog *dialog = openSearch(window);
    type(dialog, QStringLiteral("ngan"));
    // Tasks first, then people, then units (the order of the kinds), each under its heading:
    // three tasks, the person, and the Ngân hàng Nhà nước Việt Nam.
    REQUIRE(dialog->hitCount() == 5);
    CHECK(dialog->resultView()->currentIndex().row() == 1);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Down);
    CHECK(currentTitle(dialog) == person.fullName); // row 5: row 4 is the people's heading
    CHECK(dialog->resultView()->currentIndex().row() == 5);
    QTest::keyClick(dialog->queryEdit(), Qt::Key_Up);
    CHECK(dialog->resultView()->currentIndex().row() == 3);

    // Kind filter: people only. Year filter: people have none.
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findText(QStringLiteral("Người")));
    CHECK(dialog->hitCount() == 1);
    dialog->yearCombo()->setCurrentIndex(dialog->yearCombo()->findData(2025));
    CHECK(dialog->hitCount() == 0);
    dialog->yearCombo()->setCurrentIndex(0);

    // Enter on the person: the catalogue page, the person selected although its filter hid them.
    auto *catalogue = window.findChild<ui::CataloguePage *>();
    REQUIRE(catalogue);
    catalogue->setPeopleFilter(QStringLiteral("không ai như vậy"));
    QTest::keyClick(dialog->queryEdit(), Qt::Key_Enter);
    CHECK(window.currentPage() == catalogue);
    REQUIRE(catalogue->currentPerson().has_value());
    CHECK(catalogue->currentPerson()->id == person.id);

    // Esc closes; a hostile query on the way shows no error.
    dialog = openSearch(window);
    type(dialog, QStringLiteral("\"(* AND"));
    CHECK(dialog->hitCount() == 0);
    QTest::keyClick(dialog->queryEdit(), Qt::Key_Escape);
    QTest::qWait(10);
    CHECK(window.findChild<ui::SearchDialog *>() == nullptr);
}
