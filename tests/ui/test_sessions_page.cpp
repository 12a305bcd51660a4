// The session agendas' page: the day-by-day editor and its model, the undoable edits, drag
// and drop between half-days, read-only versions, the live checks and the comparison of two
// versions.

#include "gui_fixtures.h"

#include "common/settings.h"
#include "sessions/session_agenda_model.h"
#include "sessions/session_compare_dialog.h"
#include "sessions/sessions_page.h"

#include "thuky/documents/ics.h"
#include "thuky/services/session_service.h"
#include "thuky/storage/audit_repository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace thuky;
using domain::AgendaItem;
using domain::HalfDay;
using domain::Id;
using test::ok;
using Level = ui::SessionAgendaModel::Level;

namespace {

const QDate kMonday{2024, 10, 21};
const QDate kTuesday{2024, 10, 22};
const QDate kSunday{2024, 10, 27};

/// Session 8 of term XV sitting 21/10–01/11/2024, its first version with two items on
/// Monday morning ("Khai mạc", "Tờ trình Luật Đất đai") and one on Monday afternoon.
struct AgendaFixture
{
    std::unique_ptr<services::Workspace> ws = test::workspace();
    QTemporaryDir dir;
    ui::Settings settings{dir.filePath(QStringLiteral("thuky.ini"))};
    services::SessionService &svc = ws->sessions();
    domain::Session session;
    domain::AgendaVersion version;
    AgendaItem opening, submission, afternoon;
    QStringList errors;

    AgendaFixture()
    {
        domain::Session s;
        s.term = 15;
        s.ordinal = 8;
        s.phases = {{0, 1, kMonday, QDate(2024, 11, 1)}};
        session = ok(svc.createSession(test::actor(), s));
        version = ok(svc.newVersion(test::actor(), session.id));
        opening = add("Khai mạc Kỳ họp", kMonday, HalfDay::Morning, domain::ActivityType::Opening);
        submission = add("Nghe Tờ trình dự án Luật Đất đai", kMonday, HalfDay::Morning,
                         domain::ActivityType::Submission);
        afternoon = add("Thảo luận ở Tổ về dự án Luật Đất đai", kMonday, HalfDay::Afternoon,
                        domain::ActivityType::GroupDiscussion);
    }

    AgendaItem item(const char *title, QDate date, HalfDay half,
                    domain::ActivityType activity = domain::ActivityType::Other)
    {
        AgendaItem it;
        it.versionId = version.id;
        it.title = QString::fromUtf8(title);
        it.date = date;
        it.halfDay = half;
        it.activity = activity;
        it.position = 0;
        it.plannedMinutes = 60;
        it.presentingAgencyId = test::agencyId(*ws, "CP");
        return it;
    }

    AgendaItem add(const char *title, QDate date, HalfDay half,
                   domain::ActivityType activity = domain::ActivityType::Other)
    {
        return ok(svc.addItem(test::actor(), item(title, date, half, activity)));
    }

    /// Every item of a version as text: slot, id, key and the fields the editor writes.
    QStringList snapshot(Id versionId = 0)
    {
        QStringList out;
        for (const AgendaItem &it : ok(svc.items(test::actor(), versionId ? versionId : version.id)))
            out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                       .arg(it.date.toString(Qt::ISODate))
                       .arg(int(it.halfDay))
                       .arg(it.position)
                       .arg(it.id)
                       .arg(it.key, it.title)
                       .arg(it.plannedMinutes)
                       .arg(it.presentingAgencyId);
        return out;
    }

    /// The page, errors collected instead of shown in message boxes.
    std::unique_ptr<ui::SessionsPage> page(domain::Actor who = test::actor())
    {
        auto p = std::make_unique<ui::SessionsPage>(*ws, who, settings);
        p->commandContext().reportError = [this](const Error &e) { errors << e.message.vi; };
        p->showVersion(session.id);
        return p;
    }
};

/// The titles of a half-day's rows in the model.
QStringList titles(ui::SessionAgendaModel *model, const QDate &date, int half)
{
    const QModelIndex day = model->indexOfDay(date);
    const QModelIndex halfDay = model->index(half, 0, day);
    QStringList out;
    for (int r = 0; r < model->rowCount(halfDay); ++r)
        out << model->index(r, ui::SessionAgendaModel::TitleColumn, halfDay).data().toString();
    return out;
}

} // namespace

TEST_CASE("The agenda page shows the session's days, half-days and items in order",
          "[ui][sessions]")
{
    AgendaFixture fx;
    auto page = fx.page();
    ui::SessionAgendaModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->sessionId() == fx.session.id);
    CHECK(page->versionId() == fx.version.id);
    // Every day of the phase, Monday 21/10 to Friday 01/11, weekends marked.
    REQUIRE(model->rowCount() == 12);
    const QModelIndex monday = model->index(0, 0);
    CHECK(model->level(monday) == Level::Day);
    CHECK(monday.data().toString().startsWith(QStringLiteral("Thứ Hai, ngày 21/10/2024")));
    CHECK(monday.data().toString().contains(QStringLiteral("Đợt 1")));
    const QModelIndex sunday = model->indexOfDay(kSunday);
    REQUIRE(sunday.isValid());
    CHECK(sunday.data().toString().contains(QStringLiteral("ngày nghỉ")));
    // Morning and afternoon, items in order with their minutes against the half-day's length.
    REQUIRE(model->rowCount(monday) == 2);
    const QModelIndex morning = model->index(0, 0, monday);
    CHECK(model->level(morning) == Level::HalfDay);
    CHECK(morning.data().toString().startsWith(QStringLiteral("Sáng")));
    CHECK(morning.data().toString().contains(QStringLiteral("120/240 phút")));
    CHECK(titles(model, kMonday, 0) == QStringList{fx.opening.title, fx.submission.title});
    CHECK(titles(model, kMonday, 1) == QStringList{fx.afternoon.title});
    const QModelIndex first = model->index(0, 0, morning);
    CHECK(model->level(first) == Level::Item);
    CHECK(first.data(ui::SessionAgendaModel::ItemIdRole).toLongLong() == fx.opening.id);
    CHECK(model->index(0, ui::SessionAgendaModel::ActivityColumn, morning).data().toString() ==
          QStringLiteral("Khai mạc"));
    CHECK(model->index(0, ui::SessionAgendaModel::AgencyColumn, morning).data().toString() ==
          QStringLiteral("Chính phủ"));
    // The tree shows it all expanded, the version in the list at the left.
    CHECK(page->editor()->isExpanded(morning));
    CHECK(page->sessionTree()->currentItem()->text(0).contains(QStringLiteral("3 nội dung")));
}

TEST_CASE("Adding, editing, duplicating and deleting items on the page undo and redo exactly",
          "[ui][sessions][undo]")
{
    AgendaFixture fx;
    auto page = fx.page();
    QUndoStack *stack = page->undoStack();
    const QStringList original = fx.snapshot();

    SECTION("add")
    {
        REQUIRE(page->addItemNow(fx.item("Bầu Phó Chủ tịch Quốc hội", kTuesday, HalfDay::Morning)));
        const QStringList added = fx.snapshot();
        CHECK(added.size() == 4);
        CHECK(page->selectedItem().title == QStringLiteral("Bầu Phó Chủ tịch Quốc hội"));
        stack->undo();
        CHECK(fx.snapshot() == original);
        stack->redo();
        CHECK(fx.snapshot() == added); // same id, key and place
    }
    SECTION("edit, moving it to another half-day")
    {
        AgendaItem after = fx.opening;
        after.title = QStringLiteral("Khai mạc Kỳ họp thứ Tám");
        after.halfDay = HalfDay::Afternoon;
        after.position = 0;
        after.plannedMinutes = 90;
        REQUIRE(page->editItemNow(fx.opening, after));
        const QStringList edited = fx.snapshot();
        CHECK(titles(page->model(), kMonday, 1) ==
              QStringList{fx.afternoon.title, QStringLiteral("Khai mạc Kỳ họp thứ Tám")});
        stack->undo();
        CHECK(fx.snapshot() == original);
        CHECK(titles(page->model(), kMonday, 0) == QStringList{fx.opening.title, fx.submission.title});
        stack->redo();
        CHECK(fx.snapshot() == edited);
    }
    SECTION("duplicate")
    {
        REQUIRE(page->duplicateItemNow(fx.opening));
        const QStringList duplicated = fx.snapshot();
        CHECK(titles(page->model(), kMonday, 0) ==
              QStringList{fx.opening.title, fx.opening.title, fx.submission.title});
        stack->undo();
        CHECK(fx.snapshot() == original);
        stack->redo();
        CHECK(fx.snapshot() == duplicated);
    }
    SECTION("delete")
    {
        page->selectItem(fx.opening.id);
        CHECK(page->selectedItem().id == fx.opening.id);
        REQUIRE(page->deleteItemNow(fx.opening));
        CHECK(titles(page->model(), kMonday, 0) == QStringList{fx.submission.title});
        CHECK(page->selectedItem().id == fx.submission.id); // its neighbour takes the selection
        stack->undo();
        CHECK(fx.snapshot() == original);
        CHECK(page->selectedItem().id == fx.opening.id);
        stack->redo();
        CHECK(fx.snapshot().size() == 2);
    }
    SECTION("move within the half-day by the keyboard's command")
    {
        page->selectItem(fx.opening.id);
        page->moveDown();
        CHECK(titles(page->model(), kMonday, 0) == QStringList{fx.submission.title, fx.opening.title});
        CHECK(page->selectedItem().id == fx.opening.id);
        stack->undo();
        CHECK(fx.snapshot() == original);
    }
    CHECK(fx.errors.isEmpty());
}

TEST_CASE("Dropping an item on another half-day moves it, and undo moves it back",
          "[ui][sessions][dnd]")
{
    AgendaFixture fx;
    auto page = fx.page();
    ui::SessionAgendaModel *model = page->model();
    const QStringList original = fx.snapshot();
    const QModelIndex monday = model->indexOfDay(kMonday);
    const QModelIndex afternoon = model->index(1, 0, monday);
    const QModelIndex morning = model->index(0, 0, monday);

    // The drop coordinates the view gives, turned into slots.
    CHECK(model->dropSlot(fx.opening.id, -1, afternoon) ==
          domain::AgendaSlot{kMonday, HalfDay::Afternoon, 2});
    CHECK(model->dropSlot(fx.opening.id, 0, afternoon) ==
          domain::AgendaSlot{kMonday, HalfDay::Afternoon, 1});
    CHECK(model->dropSlot(fx.opening.id, 2, morning) == domain::AgendaSlot{kMonday, HalfDay::Morning, 2});
    CHECK_FALSE(model->dropSlot(fx.opening.id, 1, morning)); // where it is already
    CHECK(model->dropSlot(fx.submission.id, 0, morning) == domain::AgendaSlot{kMonday, HalfDay::Morning, 1});
    // Onto an item: in its place.
    CHECK(model->dropSlot(fx.opening.id, -1, model->indexOfItem(fx.afternoon.id)) ==
          domain::AgendaSlot{kMonday, HalfDay::Afternoon, 1});
    CHECK_FALSE(model->dropSlot(fx.opening.id, 0, {}));

    std::unique_ptr<QMimeData> data(model->mimeData({model->indexOfItem(fx.opening.id)}));
    REQUIRE(data);
    CHECK(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, afternoon));
    model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, afternoon);
    REQUIRE(test::waitFor([&] { return fx.snapshot() != original; }));
    CHECK(titles(page->model(), kMonday, 1) == QStringList{fx.opening.title, fx.afternoon.title});
    CHECK(titles(page->model(), kMonday, 0) == QStringList{fx.submission.title});
    page->undoStack()->undo();
    CHECK(fx.snapshot() == original);
    page->undoStack()->redo();
    CHECK(titles(page->model(), kMonday, 1) == QStringList{fx.opening.title, fx.afternoon.title});
    CHECK(fx.errors.isEmpty());
}

TEST_CASE("A read-only version refuses edits and says why, and viewers only read",
          "[ui][sessions][readonly]")
{
    AgendaFixture fx;
    const domain::AgendaVersion v2 = ok(fx.svc.newVersion(test::actor(), fx.session.id));
    auto page = fx.page();
    CHECK(page->versionId() == v2.id);
    CHECK(page->editable());

    page->showVersion(fx.session.id, fx.version.id);
    CHECK(page->versionId() == fx.version.id);
    CHECK_FALSE(page->editable());
    CHECK_FALSE(page->banner()->isHidden());
    CHECK(page->banner()->text().contains(QStringLiteral("phiên bản mới hơn")));
    const QStringList before = fx.snapshot();
    // The commands are off, the model takes no drop, and a direct attempt is refused.
    CHECK_FALSE(page->model()->isEditable());
    page->selectItem(fx.opening.id);
    const auto actions = page->editActions();
    for (QAction *action : actions) {
        if (action->text().contains(QStringLiteral("nội dung")))
            CHECK_FALSE(action->isEnabled());
    }
    std::unique_ptr<QMimeData> data(page->model()->mimeData({page->model()->indexOfItem(fx.opening.id)}));
    const QModelIndex afternoon = page->model()->index(1, 0, page->model()->indexOfDay(kMonday));
    CHECK_FALSE(page->model()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, afternoon));
    CHECK_FALSE(page->moveItem(fx.opening.id, {kMonday, HalfDay::Afternoon, 1}));
    CHECK_FALSE(page->addItemNow(fx.item("Không được thêm", kMonday, HalfDay::Morning)));
    CHECK(fx.errors.size() == 1);
    CHECK(fx.snapshot() == before);
    CHECK(page->undoStack()->count() == 0);

    // A viewer sees the newest version, read-only too.
    auto viewer = fx.page(test::actorWith({domain::Role::Viewer}, "nguoixem"));
    CHECK(viewer->versionId() == v2.id);
    CHECK_FALSE(viewer->editable());
    CHECK_FALSE(viewer->banner()->isHidden());
    CHECK(viewer->model()->rowCount() == 12);
}

TEST_CASE("The checks panel lists an item on a Sunday and selecting the finding selects it",
          "[ui][sessions][checks]")
{
    AgendaFixture fx;
    auto page = fx.page();
    CHECK(page->checksList()->count() == 1); // "nothing found"
    REQUIRE(page->addItemNow(fx.item("Thảo luận ở Hội trường ngày Chủ nhật", kSunday, HalfDay::Morning)));
    const Id sunday = page->selectedItem().id;
    REQUIRE(sunday != 0);
    page->selectItem(fx.opening.id);
    // The checks follow the edit after a short pause.
    REQUIRE(test::waitFor([&] { return page->checksBox()->title().contains(QStringLiteral("(1)")); }));
    QListWidget *list = page->checksList();
    REQUIRE(list->count() == 1);
    QListWidgetItem *finding = list->item(0);
    CHECK(finding->data(Qt::UserRole).toLongLong() == sunday);
    CHECK(finding->text().contains(QStringLiteral("27/10/2024")));
    list->setCurrentItem(finding);
    Q_EMIT list->itemClicked(finding);
    CHECK(page->selectedItem().id == sunday);
    // Undone, the finding goes.
    page->undoStack()->undo();
    page->refreshChecks();
    CHECK(page->checksBox()->title().contains(QStringLiteral("(0)")));
}

TEST_CASE("Comparing two versions shows an added and a moved item", "[ui][sessions][diff]")
{
    AgendaFixture fx;
    const domain::AgendaVersion v2 = ok(fx.svc.newVersion(test::actor(), fx.session.id));
    auto page = fx.page();
    REQUIRE(page->versionId() == v2.id);
    REQUIRE(page->addItemNow(fx.item("Chất vấn và trả lời chất vấn", kTuesday, HalfDay::Morning)));
    // The copy of "Tờ trình" in the new version, moved to Tuesday afternoon.
    AgendaItem moved;
    for (const AgendaItem &it : ok(fx.svc.items(test::actor(), v2.id))) {
        if (it.key == fx.submission.key)
            moved = it;
    }
    REQUIRE(moved.id != 0);
    REQUIRE(page->moveItem(moved.id, {kTuesday, HalfDay::Afternoon, 1}));

    ui::SessionCompareDialog dialog(fx.svc, test::actor(), ok(fx.svc.versions(test::actor(), fx.session.id)), {});
    dialog.compare(fx.version.id, v2.id);
    REQUIRE(dialog.diff().added.size() == 1);
    CHECK(dialog.diff().added[0].title == QStringLiteral("Chất vấn và trả lời chất vấn"));
    REQUIRE(dialog.diff().moved.size() == 1);
    CHECK(dialog.diff().moved[0].after.key == fx.submission.key);
    QTreeWidget *tree = dialog.tree();
    REQUIRE(tree->topLevelItemCount() == 4);
    QTreeWidgetItem *added = tree->topLevelItem(ui::SessionCompareDialog::Added);
    CHECK(added->text(0).contains(QStringLiteral("(1)")));
    CHECK(added->child(0)->text(0) == QStringLiteral("Chất vấn và trả lời chất vấn"));
    QTreeWidgetItem *movedGroup = tree->topLevelItem(ui::SessionCompareDialog::Moved);
    REQUIRE(movedGroup->childCount() == 1);
    CHECK(movedGroup->child(0)->text(0) == fx.submission.title);
    CHECK(movedGroup->child(0)->text(2).startsWith(QStringLiteral("Thứ Hai, ngày 21/10/2024")));
    CHECK(movedGroup->child(0)->text(3).startsWith(QStringLiteral("Thứ Ba, ngày 22/10/2024")));
    CHECK(tree->topLevelItem(ui::SessionCompareDialog::Removed)->childCount() == 0);
}

TEST_CASE("The page exports the version, a day, the changes annex and the iCalendar file",
          "[ui][sessions][export]")
{
    AgendaFixture fx;
    const domain::AgendaVersion v2 = ok(fx.svc.newVersion(test::actor(), fx.session.id));
    auto page = fx.page();
    REQUIRE(page->addItemNow(fx.item("Chất vấn và trả lời chất vấn", kTuesday, HalfDay::Morning)));
    const QString docx = fx.dir.filePath(QStringLiteral("chuong-trinh.docx"));
    const QString pdf = fx.dir.filePath(QStringLiteral("chuong-trinh.pdf"));
    const QString day = fx.dir.filePath(QStringLiteral("ngay.pdf"));
    const QString annex = fx.dir.filePath(QStringLiteral("phu-luc.docx"));
    const QString ics = fx.dir.filePath(QStringLiteral("ky-hop.ics"));
    CHECK(page->exportAgendaTo(docx));
    CHECK(page->exportAgendaTo(pdf));
    CHECK(page->exportDayTo(kMonday, day));
    CHECK(page->exportAnnexTo(fx.version.id, v2.id, annex));
    CHECK(page->exportIcsTo(ics));
    // The format follows the name: a DOCX is a zip, a PDF starts with its header.
    QFile docxFile(docx);
    REQUIRE(docxFile.open(QIODevice::ReadOnly));
    CHECK(docxFile.read(2) == QByteArray("PK"));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(4) == QByteArray("%PDF"));
    QFile annexFile(annex);
    REQUIRE(annexFile.open(QIODevice::ReadOnly));
    CHECK(annexFile.read(2) == QByteArray("PK"));
    const auto events = ok(documents::readIcsFile(ics));
    CHECK(events.size() == 4);
    CHECK(fx.errors.isEmpty());
}

TEST_CASE("An agenda item the search opens shows its session's version with the item selected",
          "[ui][sessions][search]")
{
    AgendaFixture fx;
    domain::Session other;
    other.term = 15;
    other.ordinal = 9;
    other.phases = {{0, 1, QDate(2025, 5, 20), QDate(2025, 6, 30)}};
    other = ok(fx.svc.createSession(test::actor(), other));
    auto page = std::make_unique<ui::SessionsPage>(*fx.ws, test::actor(), fx.settings);
    page->showVersion(other.id);

    CHECK_FALSE(page->openRecord(storage::Entity::Task, fx.afternoon.id));
    REQUIRE(page->openRecord(storage::Entity::AgendaItem, fx.afternoon.id));
    CHECK(page->sessionId() == fx.session.id);
    CHECK(page->versionId() == fx.version.id);
    CHECK(page->selectedItem().id == fx.afternoon.id);
    CHECK_FALSE(page->openRecord(storage::Entity::AgendaItem, 999999));
}
