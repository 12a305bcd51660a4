// The catalogues page (danh mục): the unit tree, filters without accents, undoable edits,
// refused deletes, merges, the viewer's read-only view and a bad import that writes nothing.

#include "gui_fixtures.h"

#include "catalogues/agency_tree_model.h"
#include "catalogues/catalogue_page.h"
#include "catalogues/person_list_model.h"
#include "catalogues/save_entry_command.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/reference_service.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTableView>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

using namespace thuky;
using Pane = ui::CataloguePage::Pane;

namespace {

struct CatalogueFixture : test::WindowFixture
{
    domain::Agency partyCommittee;
    domain::Person lan;

    CatalogueFixture() : test::WindowFixture(1)
    {
        domain::Agency a;
        a.name = QStringLiteral("Đảng ủy Văn phòng Quốc hội");
        a.shortName = QStringLiteral("ĐUVP");
        a.kind = domain::AgencyKind::Office;
        a.parentId = test::agencyId(*ws, "VPQH");
        partyCommittee = test::ok(ws->reference().addAgency(test::actor(), a));
        domain::Person p;
        p.fullName = QStringLiteral("Phạm Thị Lan");
        p.position = QStringLiteral("Chuyên viên");
        p.unitId = test::agencyId(*ws, "VTK");
        lan = test::ok(ws->reference().addPerson(test::actor(), p));
    }

    ui::CataloguePage *page(ui::MainWindow &window)
    {
        for (ui::ModulePage *p : window.pages()) {
            if (auto *page = qobject_cast<ui::CataloguePage *>(p))
                return page;
        }
        FAIL("no catalogue page");
        return nullptr;
    }
};

int visibleUnitRows(QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int rows = 0;
    for (int r = 0; r < model->rowCount(parent); ++r)
        rows += 1 + visibleUnitRows(model, model->index(r, 0, parent));
    return rows;
}

} // namespace

TEST_CASE("The unit tree nests units under their parent and passes the model tester",
          "[ui][catalogue]")
{
    CatalogueFixture fx;
    ui::AgencyTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto agencies = test::ok(fx.ws->reference().agencies(test::actor()));
    domain::Agency loop = agencies.first(); // a parent loop written outside Thuky stays visible
    model.setAgencies(agencies);
    const QModelIndex office = model.indexOf(test::agencyId(*fx.ws, "VPQH"));
    REQUIRE(office.isValid());
    const QModelIndex party = model.indexOf(fx.partyCommittee.id);
    CHECK(party.parent() == office);
    CHECK(model.subtree(office.data(ui::AgencyTreeModel::IdRole).toLongLong())
              .contains(fx.partyCommittee.id));
    CHECK(party.data(ui::AgencyTreeModel::SearchTextRole)
              .toString()
              .contains(QStringLiteral("dang uy")));
    // Siblings in Vietnamese order: "Đ" after "D", tones after the letter.
    for (int r = 1; r < model.rowCount(office); ++r)
        CHECK(domain::compareVi(model.index(r - 1, 0, office).data().toString(),
                                model.index(r, 0, office).data().toString()) <= 0);

    for (domain::Agency &a : agencies) {
        if (a.id == loop.id)
            a.parentId = fx.partyCommittee.id;
        if (a.id == fx.partyCommittee.id)
            a.parentId = loop.id;
    }
    model.setAgencies(agencies);
    const int shown = visibleUnitRows(&model);
    CHECK(shown == int(agencies.size()));
}

TEST_CASE("The catalogue filters ignore accents and the people follow the unit chosen",
          "[ui][catalogue]")
{
    CatalogueFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::CataloguePage *page = fx.page(window);
    QAbstractItemModel *tree = page->unitView()->model();
    const int all = visibleUnitRows(tree);
    page->setUnitFilter(QStringLiteral("dang uy"));
    // The committee, with the Office it sits under and the Assembly above that.
    CHECK(visibleUnitRows(tree) == 3);
    CHECK(page->selectAgency(fx.partyCommittee.id));
    CHECK(page->statusText().contains(QStringLiteral("bộ lọc giữ 3 trong")));
    page->setUnitFilter(QString());
    CHECK(visibleUnitRows(tree) == all);

    QAbstractItemModel *people = page->peopleView()->model();
    page->setUnitOnly(true);
    REQUIRE(page->selectAgency(test::agencyId(*fx.ws, "VTK")));
    CHECK(people->rowCount() == 1);
    REQUIRE(page->selectAgency(fx.partyCommittee.id));
    CHECK(people->rowCount() == 0);
    page->setUnitOnly(false);
    page->setPeopleFilter(QStringLiteral("pham thi lan"));
    CHECK(people->rowCount() == 1);
    page->setPeopleFilter(QStringLiteral("lan vu thu ky")); // words of name and unit, any order
    CHECK(people->rowCount() == 1);
    page->setPeopleFilter(QStringLiteral("PHẠM th la")); // the start of each word
    CHECK(people->rowCount() == 1);
    page->setPeopleFilter(QStringLiteral("ham")); // not a piece from a word's middle
    CHECK(people->rowCount() == 0);
    // A person added while the filter is set: the page's next load reads the index again.
    domain::Person added;
    added.fullName = QStringLiteral("Phạm Hàm Nghi");
    added.unitId = test::agencyId(*fx.ws, "VTK");
    added = test::ok(fx.ws->reference().addPerson(test::actor(), added));
    page->reload();
    REQUIRE(people->rowCount() == 1);
    CHECK(people->index(0, 0).data().toString() == added.fullName);
}

TEST_CASE("Adding, editing and deactivating an entry are undone and redone on the window's stack",
          "[ui][catalogue]")
{
    CatalogueFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::CataloguePage *page = fx.page(window);
    window.showPage(int(window.pages().indexOf(page)));
    QUndoStack *stack = page->undoStack();
    REQUIRE(window.undoGroup()->activeStack() == stack);

    // Add through the dialog, as a user would.
    page->setActivePane(Pane::People);
    test::whenModalShown([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Đỗ Văn Giang"));
        dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("giang@"));
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        test::whenModalShown(
            [](QWidget *again) {
                // The bad address is shown at its field; corrected, it is saved.
                auto *email = again->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
                email->setText(QStringLiteral("giang.dv@quochoi.vn"));
                QMetaObject::invokeMethod(again, "accept", Qt::QueuedConnection);
            },
            50);
    });
    page->addEntry();
    auto giang =
        test::ok(fx.ws->reference().findPerson(test::actor(), QStringLiteral("Đỗ Văn Giang")));
    REQUIRE(giang.has_value());
    CHECK(giang->email == QStringLiteral("giang.dv@quochoi.vn"));
    CHECK(stack->undoText() == QStringLiteral("thêm cán bộ “Đỗ Văn Giang”"));
    CHECK(page->currentPerson()->id == giang->id);

    stack->undo();
    CHECK_FALSE(
        test::ok(fx.ws->reference().findPerson(test::actor(), QStringLiteral("Đỗ Văn Giang")))
            .has_value());
    stack->redo();
    CHECK(test::ok(fx.ws->reference().findPerson(test::actor(), QStringLiteral("Đỗ Văn Giang")))
              ->id == giang->id);

    // Deactivate a unit, then an edit of its name; undo walks back through both.
    REQUIRE(page->selectAgency(fx.partyCommittee.id));
    page->toggleActive();
    CHECK_FALSE(test::ok(fx.ws->reference().agency(test::actor(), fx.partyCommittee.id)).active);
    CHECK(stack->undoText() == QStringLiteral("ngừng sử dụng đơn vị “Đảng ủy Văn phòng Quốc hội”"));
    CHECK(page->activeAction()->text().remove(u'&') == QStringLiteral("Dùng lại"));
    ui::CatalogueContext &context = page->commandContext();
    domain::Agency renamed =
        test::ok(fx.ws->reference().agency(test::actor(), fx.partyCommittee.id));
    const domain::Agency before = renamed;
    renamed.name = QStringLiteral("Đảng ủy cơ quan Văn phòng Quốc hội");
    stack->push(new ui::SaveEntryCommand(context, test::actor(), before, renamed));
    CHECK(test::ok(fx.ws->reference().agency(test::actor(), fx.partyCommittee.id)).name ==
          renamed.name);
    stack->undo();
    stack->undo();
    const auto restored = test::ok(fx.ws->reference().agency(test::actor(), fx.partyCommittee.id));
    CHECK(restored.name == fx.partyCommittee.name);
    CHECK(restored.active);
    CHECK(page->currentAgency()->id == fx.partyCommittee.id);
    CHECK(test::ok(fx.ws->audit().verify()).ok());
}

TEST_CASE("Deleting an entry in use is refused with where it is used, and deactivating is offered",
          "[ui][catalogue]")
{
    CatalogueFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::CataloguePage *page = fx.page(window);
    REQUIRE(page->selectAgency(test::agencyId(*fx.ws, "VTK")));
    QString question;
    test::answerNextMessageBox(QStringLiteral("Ngừng sử dụng"), &question);
    page->deleteEntry();
    CHECK(question.contains(QStringLiteral("Không xóa được “Vụ Thư ký” vì đang được dùng ở:")));
    CHECK(question.contains(QStringLiteral("1 cán bộ")));
    CHECK_FALSE(
        test::ok(fx.ws->reference().agency(test::actor(), test::agencyId(*fx.ws, "VTK"))).active);

    // One nothing uses is deleted, and undo brings it back with its id.
    REQUIRE(page->selectAgency(fx.partyCommittee.id));
    test::answerNextMessageBox(QStringLiteral("Xóa"));
    page->deleteEntry();
    CHECK_FALSE(
        test::ok(fx.ws->reference().findAgency(test::actor(), QStringLiteral("ĐUVP"))).has_value());
    page->undoStack()->undo();
    CHECK(test::ok(fx.ws->reference().agency(test::actor(), fx.partyCommittee.id)).shortName ==
          QStringLiteral("ĐUVP"));
}

TEST_CASE("Merging two people moves their tasks, says how many first, and undo restores them",
          "[ui][catalogue]")
{
    CatalogueFixture fx;
    domain::Person dup;
    dup.fullName = QStringLiteral("Pham Thi Lan");
    dup = test::ok(fx.ws->reference().addPerson(test::actor(), dup));
    domain::Task task = fx.tasks.first();
    task.responsibleId = dup.id;
    test::ok(fx.ws->programmes().updateTask(test::actor(), task));

    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::CataloguePage *page = fx.page(window);
    page->setUnitOnly(false);
    REQUIRE(page->selectPerson(fx.lan.id));
    QString question;
    test::whenModalShown([&question](QWidget *dialog) {
        // The duplicate with the same name, accents aside, is offered first; keep the one selected.
        CHECK(dialog->findChild<QComboBox *>(QStringLiteral("duplicateCombo"))->currentText() ==
              QStringLiteral("Pham Thi Lan"));
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        test::whenModalShown([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            REQUIRE(box);
            question = box->text() + u'\n' + box->informativeText();
            test::clickMessageBoxButton(box, QStringLiteral("Gộp"));
        });
    });
    page->mergeEntries();
    CHECK(question.contains(QStringLiteral("Gộp “Pham Thi Lan” vào “Phạm Thị Lan”?")));
    CHECK(question.contains(
        QStringLiteral("1 bản ghi đang dùng “Pham Thi Lan” sẽ chuyển sang “Phạm Thị Lan”")));
    CHECK(test::ok(fx.ws->programmes().task(test::actor(), task.id)).responsibleId == fx.lan.id);
    CHECK(page->personModel()->rowOf(dup.id) < 0);

    page->undoStack()->undo();
    CHECK(test::ok(fx.ws->programmes().task(test::actor(), task.id)).responsibleId == dup.id);
    CHECK(page->personModel()->rowOf(dup.id) >= 0);
    CHECK(page->currentPerson()->id == dup.id);
    page->undoStack()->redo();
    CHECK(test::ok(fx.ws->programmes().task(test::actor(), task.id)).responsibleId == fx.lan.id);
    CHECK(test::ok(fx.ws->audit().verify()).ok());
}

TEST_CASE("A viewer reads the catalogues, editing is disabled with the role named",
          "[ui][catalogue]")
{
    CatalogueFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"),
                          test::actorWith({domain::Role::Viewer}), fx.settings);
    ui::CataloguePage *page = fx.page(window);
    REQUIRE(page->selectAgency(test::agencyId(*fx.ws, "VTK")));
    CHECK(page->unitModel()->agencies().size() > 10);
    for (QAction *action : {page->addAction(), page->editAction(), page->deleteAction(),
                            page->mergeAction(), page->activeAction(), page->importAction()}) {
        INFO(action->text().toStdString());
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip().contains(QStringLiteral("Quản trị")));
    }
    CHECK(page->exportAction()->isEnabled());
    CHECK(page->undoStack()->count() == 0);
}

TEST_CASE("An import with a bad row lists it with row and column and writes nothing",
          "[ui][catalogue]")
{
    CatalogueFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    ui::CataloguePage *page = fx.page(window);
    page->setActivePane(Pane::People);
    const QString path = fx.dir.filePath(QStringLiteral("can-bo.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Họ và tên,Chức vụ,Đơn vị công tác,Đang sử dụng,Thư điện tử,Điện thoại\n"
               "Trịnh Văn Khoa,Chuyên viên,VTK,Có,khoa.tv@quochoi.vn,024 3822 8888\n"
               "Mai Thị Liên,,VTK,Có,lien@,\n");
    file.close();
    const auto before = test::ok(fx.ws->reference().people(test::actor())).size();
    QString listed;
    test::whenModalShown([&listed](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("problemsList"));
        REQUIRE(list);
        listed = list->item(0)->text();
        dialog->close();
    });
    CHECK_FALSE(page->importFile(path));
    CHECK(listed.contains(QStringLiteral("\"can-bo.csv\", dòng 3, cột \"Thư điện tử\"")));
    CHECK(test::ok(fx.ws->reference().people(test::actor())).size() == before);

    // Corrected, it is written once confirmed; a file of an older Thuky (no contact columns) too.
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        "Họ và tên,Chức vụ,Đơn vị công tác,Đang sử dụng\nTrịnh Văn Khoa,Chuyên viên,VTK,Có\n");
    file.close();
    test::answerNextMessageBox(QStringLiteral("Nhập"));
    CHECK(page->importFile(path));
    CHECK(test::ok(fx.ws->reference().people(test::actor())).size() == before + 1);
}
