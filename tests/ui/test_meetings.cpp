// The meeting calendar page: its views, models, undoable edits and who may make them.

#include "gui_fixtures.h"

#include "common/choice_button.h"
#include "common/date_field.h"
#include "meetings/agenda_model.h"
#include "meetings/calendar_grid.h"
#include "meetings/content_list_model.h"
#include "meetings/event_dialog.h"
#include "meetings/meeting_details_dialog.h"
#include "meetings/meeting_dialog.h"
#include "meetings/meetings_page.h"
#include "meetings/readiness_model.h"
#include "meetings/readiness_panel.h"
#include "meetings/year_overview.h"
#include "common/settings.h"

#include "thuky/documents/ics.h"

#include "thuky/services/meeting_service.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace thuky;
using test::ok;
using Type = services::CalendarItem::Type;

namespace {

/// A workspace (today 16/06/2025) with meeting 10–11/06/2025 and meeting 23–24/06/2025, whose
/// content owes documents from two agencies, and a conference on 18/06/2025.
struct CalendarFixture
{
    std::unique_ptr<services::Workspace> ws = test::workspace();
    QTemporaryDir dir;
    ui::Settings settings{dir.filePath(QStringLiteral("thuky.ini"))};
    domain::Meeting june;
    domain::Meeting next;
    domain::MeetingEvent conference;
    domain::Id presenting = test::agencyId(*ws, "BTP");
    domain::Id reviewing = test::agencyId(*ws, "BTC");

    services::MeetingService &service() { return ws->meetings(); }

    CalendarFixture()
    {
        june = ok(service().createMeeting(test::actor(), meeting({2025, 6, 10}, {2025, 6, 11})));
        next = ok(service().createMeeting(test::actor(), meeting({2025, 6, 23}, {2025, 6, 24})));
        domain::MeetingContent content;
        content.meetingId = next.id;
        content.title = QStringLiteral("Cho ý kiến về dự án Luật Thi hành án dân sự");
        content.presentingAgencyId = presenting;
        content.reviewingAgencyId = reviewing;
        domain::RequiredDocument submission;
        submission.kind = domain::DocumentKind::Submission;
        submission.responsibleAgencyId = presenting;
        domain::RequiredDocument review;
        review.kind = domain::DocumentKind::ReviewReport;
        review.responsibleAgencyId = reviewing;
        ok(service().addContent(test::actor(), content, {submission, review}));
        domain::MeetingEvent e;
        e.title = QStringLiteral("Hội nghị đại biểu Quốc hội chuyên trách");
        e.kind = domain::EventKind::Conference;
        e.startDay = e.endDay = QDate(2025, 6, 18);
        e.venue = QStringLiteral("Hội trường Diên Hồng");
        conference = ok(service().addEvent(test::actor(), e));
    }

    static domain::Meeting meeting(QDate first, QDate last)
    {
        domain::Meeting m;
        m.phases = {{first, last}};
        return m;
    }
};

services::CalendarItem itemOf(const domain::Meeting &m)
{
    return {Type::Meeting, m.id, m.title()};
}

/// The page on screen at 1366×768 less the window's frame.
void show(ui::MeetingsPage &page)
{
    page.resize(1300, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
}

void sendMouse(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(pos), QPointF(widget->mapToGlobal(pos)), button, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

/// Drags what is drawn at `from` to `to`, as a hand on the mouse would.
void drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseMove, from + QPoint(12, 0), Qt::LeftButton);
    sendMouse(widget, QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

} // namespace

TEST_CASE("The month view shows a meeting on its days, the conference on its own", "[ui][meetings]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    show(page);
    CHECK(page.view() == ui::MeetingsPage::View::Month);
    ui::CalendarGrid *month = page.monthView();
    CHECK(month->firstDay() == QDate(2025, 5, 26)); // the Monday of the week of 1 June
    CHECK(month->lastDay() == QDate(2025, 7, 6));
    for (const QDate day : {QDate(2025, 6, 10), QDate(2025, 6, 11)}) {
        CHECK(month->itemsOn(day).contains(itemOf(fx.june)));
        CHECK_FALSE(month->itemRect(itemOf(fx.june), day).isEmpty());
    }
    CHECK_FALSE(month->itemsOn(QDate(2025, 6, 12)).contains(itemOf(fx.june)));
    CHECK(month->itemsOn(QDate(2025, 6, 18)).value(0).type == Type::Event);
    // The data came for the days shown only.
    CHECK(page.data().from == month->firstDay());
    CHECK(page.data().to == month->lastDay());
    CHECK(page.statusText().contains(QStringLiteral("2 phiên họp, 1 sự kiện")));
    // Days off are named: 1 June 2025 is a Sunday.
    CHECK(page.data().dayToolTip(QDate(2025, 6, 1)).contains(QStringLiteral("chủ nhật")));
}

TEST_CASE("The calendar's search keeps word starts of titles and venues, and the meetings of "
          "the contents the search index finds",
          "[ui][meetings]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    show(page);
    ui::CalendarGrid *month = page.monthView();
    auto shown = [&](const char *text) {
        page.searchEdit()->setText(QString::fromUtf8(text));
        QList<services::CalendarItem> items;
        for (const ui::CalendarEntry &e : page.data().entries)
            items.append(e.item);
        return items;
    };
    const services::CalendarItem conference{Type::Event, fx.conference.id, fx.conference.title};
    CHECK(shown("hoi nghi chuyen") == QList{conference});
    CHECK(shown("DIÊN hồ") == QList{conference}); // the venue, accents ignored
    CHECK(shown("ien hong").isEmpty());           // a piece from the middle of a word
    // A word of a content: its meeting (by the search index).
    CHECK(shown("thi hanh an") == QList{itemOf(fx.next)});
    CHECK(month->itemsOn(QDate(2025, 6, 23)).contains(itemOf(fx.next)));
    // A content added in this session is found by the next search.
    domain::MeetingContent land;
    land.meetingId = fx.june.id;
    land.title = QStringLiteral("Cho ý kiến về dự án Luật Đất đai (sửa đổi)");
    land.presentingAgencyId = fx.presenting;
    land.reviewingAgencyId = fx.reviewing;
    ok(fx.service().addContent(test::actor(), land));
    CHECK(shown("dat dai") == QList{itemOf(fx.june)});
    CHECK(shown("cho y kien") == QList{itemOf(fx.june), itemOf(fx.next)});
    CHECK(shown("").size() == 3);
}

TEST_CASE("Navigation moves by month, week and year, and comes back to today", "[ui][meetings]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    show(page);
    page.next();
    CHECK(page.anchor().month() == 7);
    CHECK(page.monthView()->itemsOn(QDate(2025, 6, 10)).isEmpty()); // not read: out of range
    page.previous();
    page.previous();
    CHECK(page.anchor().month() == 5);
    page.goToday();
    CHECK(page.anchor() == test::kToday);
    page.setView(ui::MeetingsPage::View::Week);
    CHECK(page.firstShown() == QDate(2025, 6, 16));
    CHECK(page.lastShown() == QDate(2025, 6, 22));
    CHECK(page.weekView()->itemsOn(QDate(2025, 6, 18)).size() == 1);
    page.next();
    CHECK(page.firstShown() == QDate(2025, 6, 23));
    CHECK(page.weekView()->itemsOn(QDate(2025, 6, 23)).contains(itemOf(fx.next)));
    page.setView(ui::MeetingsPage::View::Year);
    CHECK(page.firstShown() == QDate(2025, 1, 1));
    CHECK(page.data().entries.size() == 3);
    page.setView(ui::MeetingsPage::View::List);
    CHECK(page.agendaModel()->rowCount() >= 1);
}

TEST_CASE("Dragging a meeting to another day reschedules it, undo puts it back", "[ui][meetings]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    show(page);
    ui::CalendarGrid *month = page.monthView();
    const QRect bar = month->itemRect(itemOf(fx.june), QDate(2025, 6, 10));
    REQUIRE_FALSE(bar.isEmpty());
    // From its first day to Tuesday 17 June, a working day with nothing else.
    drag(month, bar.center(), month->dayRect(QDate(2025, 6, 17)).center());
    CHECK(ok(fx.service().meeting(test::actor(), fx.june.id)).firstDay() == QDate(2025, 6, 17));
    CHECK(ok(fx.service().meeting(test::actor(), fx.june.id)).lastDay() == QDate(2025, 6, 18));
    REQUIRE(page.undoStack()->count() == 1);
    CHECK(page.undoStack()->undoText().contains(QStringLiteral("10/06/2025")));
    CHECK(month->itemsOn(QDate(2025, 6, 17)).contains(itemOf(fx.june)));

    page.undoStack()->undo();
    CHECK(ok(fx.service().meeting(test::actor(), fx.june.id)).firstDay() == QDate(2025, 6, 10));
    CHECK(month->itemsOn(QDate(2025, 6, 10)).contains(itemOf(fx.june)));
    page.undoStack()->redo();
    CHECK(ok(fx.service().meeting(test::actor(), fx.june.id)).firstDay() == QDate(2025, 6, 17));
}

TEST_CASE("Moving a meeting onto a day off asks first", "[ui][meetings]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    show(page);
    QString question;
    test::answerNextMessageBox(QStringLiteral("Hủy"), &question);
    // Saturday 14 June.
    CHECK_FALSE(page.moveItem(itemOf(fx.june), QDate(2025, 6, 14)));
    CHECK(question.contains(QStringLiteral("14/06/2025")));
    CHECK(ok(fx.service().meeting(test::actor(), fx.june.id)).firstDay() == QDate(2025, 6, 10));
    CHECK(page.undoStack()->count() == 0);
}

TEST_CASE("A new meeting proposes the suggested date and the next number", "[ui][meetings]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    show(page);
    page.showDate(QDate(2025, 8, 1));
    QDate proposed;
    int number = 0;
    test::whenModalShown([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::MeetingDialog *>(modal);
        REQUIRE(dialog);
        proposed = dialog->firstDayField()->date();
        number = dialog->numberBox()->value();
        dialog->accept();
    });
    page.newMeeting();
    // 10 August 2025 is a Sunday: the next working day.
    CHECK(proposed == QDate(2025, 8, 11));
    CHECK(number == fx.next.number + 1);
    auto created = ok(fx.service().meetingByNumber(test::actor(), fx.next.term, number));
    CHECK(created.firstDay() == QDate(2025, 8, 11));
    CHECK(page.monthView()->itemsOn(QDate(2025, 8, 11)).contains(itemOf(created)));
    page.undoStack()->undo();
    CHECK_FALSE(fx.service().meeting(test::actor(), created.id).ok());
}

TEST_CASE("The readiness tree groups what is owed by agency, content and document",
          "[ui][meetings]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    ui::ReadinessModel *model = page.readinessPanel()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.readinessPanel()->currentMeetingId() == fx.next.id);
    REQUIRE(model->rowCount() == 2);
    QStringList agencies;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex agency = model->index(row, 0);
        agencies.append(agency.data().toString());
        REQUIRE(model->rowCount(agency) == 1);
        const QModelIndex content = model->index(0, 0, agency);
        CHECK(content.data().toString().contains(QStringLiteral("Thi hành án")));
        REQUIRE(model->rowCount(content) == 1);
        const QModelIndex document = model->index(0, 0, content);
        CHECK(model->parent(document) == content);
        CHECK(document.data(ui::ReadinessModel::DocumentIdRole).toLongLong() > 0);
        CHECK_FALSE(
            model->index(0, ui::ReadinessModel::DueColumn, content).data().toString().isEmpty());
    }
    CHECK(agencies.contains(ok(fx.ws->reference().agency(test::actor(), fx.presenting)).name));
    CHECK(agencies.contains(ok(fx.ws->reference().agency(test::actor(), fx.reviewing)).name));
}

TEST_CASE("The meeting's page lists contents and documents, receiving one is undoable",
          "[ui][meetings]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    const ui::Permissions permissions(fx.ws->authorizer(), test::actor());
    ui::MeetingDetailsDialog dialog(*fx.ws, permissions, page.commandContext(), page.undoStack(),
                                    fx.next.id);
    QAbstractItemModelTester contents(dialog.contentModel(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester documents(dialog.documentModel(),
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(dialog.contentModel()->rowCount() == 1);
    REQUIRE(dialog.documentModel()->rowCount() == 2);
    dialog.markReceived(QDate(2025, 6, 13));
    REQUIRE(page.undoStack()->count() == 1);
    CHECK(dialog.documentModel()->index(0, ui::DocumentListModel::ReceivedColumn).data() ==
          QStringLiteral("13/06/2025"));
    page.undoStack()->undo();
    CHECK(dialog.documentModel()
              ->index(0, ui::DocumentListModel::ReceivedColumn)
              .data()
              .toString()
              .isEmpty());
}

TEST_CASE("The list view reads month by month", "[ui][meetings]")
{
    CalendarFixture fx;
    int loads = 0;
    ui::AgendaModel model(
        [&](const QDate &from, const QDate &to) -> Result<QList<ui::CalendarEntry>> {
            ++loads;
            auto range = fx.service().calendar(test::actor(), from, to);
            if (!range)
                return range.error();
            return ui::calendarEntries(*range, {});
        });
    model.setRange(QDate(2025, 5, 1), QDate(2026, 4, 30));
    CHECK(loads == 2); // May was empty: June came with it
    CHECK(model.rowCount() == 3);
    CHECK(model.index(0, ui::AgendaModel::TitleColumn).data().toString() == fx.june.title());
    CHECK(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 3);
    CHECK(model.findRow({Type::Event, fx.conference.id, {}}) == 1);
}

TEST_CASE("A viewer reads the calendar but cannot edit it", "[ui][meetings][roles]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actorWith({domain::Role::Viewer}), fx.settings);
    show(page);
    CHECK(page.monthView()->itemsOn(QDate(2025, 6, 10)).contains(itemOf(fx.june)));
    CHECK_FALSE(page.newMeetingAction()->isEnabled());
    CHECK_FALSE(page.newMeetingAction()->toolTip().isEmpty());
    CHECK_FALSE(page.newEventAction()->isEnabled());
    ui::CalendarGrid *month = page.monthView();
    const QRect bar = month->itemRect(itemOf(fx.june), QDate(2025, 6, 10));
    drag(month, bar.center(), month->dayRect(QDate(2025, 6, 17)).center());
    CHECK(ok(fx.service().meeting(test::actor(), fx.june.id)).firstDay() == QDate(2025, 6, 10));
    CHECK(page.undoStack()->count() == 0);
    CHECK_FALSE(page.editAction()->isEnabled());
    CHECK_FALSE(page.deleteAction()->isEnabled());
}

TEST_CASE("The calendar page fits 1280×720 with its views, filters and side panel in view",
          "[ui][meetings][layout]")
{
    CalendarFixture fx;
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("thuky.ini")));
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), settings);
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(int(window.pages().indexOf(window.page(QStringLiteral("meetings")))));
    auto *page = qobject_cast<ui::MeetingsPage *>(window.currentPage());
    REQUIRE(page);
    CHECK(window.width() == 1280);
    const QRect screen(QPoint(0, 0), window.size());
    const auto inView = [&](QWidget *w) {
        return w->isVisible() && screen.contains(QRect(w->mapTo(&window, QPoint(0, 0)), w->size()));
    };
    CHECK(inView(page->monthView()));
    CHECK(inView(page->searchEdit()));
    CHECK(inView(page->kindFilter()));
    CHECK(inView(page->readinessPanel()));
    // Six weeks with room for a bar in each.
    CHECK(page->monthView()->dayRect(QDate(2025, 6, 10)).height() >=
          3 * page->fontMetrics().height());
    CHECK_FALSE(page->monthView()->itemRect(itemOf(fx.june), QDate(2025, 6, 10)).isEmpty());
}

TEST_CASE("Inviting to a content and withdrawing the invitation are undoable", "[ui][meetings]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    const ui::Permissions permissions(fx.ws->authorizer(), test::actor());
    ui::MeetingDetailsDialog dialog(*fx.ws, permissions, page.commandContext(), page.undoStack(),
                                    fx.next.id);
    REQUIRE(dialog.inviteeList()->count() == 0);
    const QString agency = ok(fx.ws->reference().agency(test::actor(), fx.reviewing)).name;
    test::whenModalShown([&](QWidget *modal) {
        auto *who = modal->findChild<QComboBox *>();
        REQUIRE(who);
        who->setCurrentIndex(who->findText(agency));
        QMetaObject::invokeMethod(modal, "accept", Qt::QueuedConnection);
    });
    dialog.addInvitee();
    REQUIRE(dialog.inviteeList()->count() == 1);
    CHECK(dialog.inviteeList()->item(0)->text() == agency);
    page.undoStack()->undo();
    CHECK(dialog.inviteeList()->count() == 0);
    page.undoStack()->redo();
    REQUIRE(dialog.inviteeList()->count() == 1);
    dialog.inviteeList()->setCurrentRow(0);
    dialog.removeInvitee();
    CHECK(dialog.inviteeList()->count() == 0);
    page.undoStack()->undo();
    CHECK(dialog.inviteeList()->count() == 1);
}

TEST_CASE("The keyboard walks the month's days and opens what a day holds", "[ui][meetings]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    show(page);
    ui::CalendarGrid *month = page.monthView();
    month->setFocus();
    month->setCurrentDate(QDate(2025, 6, 9));
    QList<services::CalendarItem> opened;
    QObject::connect(month, &ui::CalendarGrid::itemActivated,
                     [&](const services::CalendarItem &item) { opened.append(item); });
    QTest::keyClick(month, Qt::Key_Right);
    CHECK(month->currentDate() == QDate(2025, 6, 10));
    CHECK(month->selectedItem() == itemOf(fx.june));
    CHECK(page.editAction()->isEnabled());
    // Enter opens the meeting's page (closed again here).
    bool pageShown = false;
    test::whenModalShown([&](QWidget *modal) {
        pageShown = qobject_cast<ui::MeetingDetailsDialog *>(modal) != nullptr;
        QMetaObject::invokeMethod(modal, "reject", Qt::QueuedConnection);
    });
    QTest::keyClick(month, Qt::Key_Return);
    CHECK(pageShown);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first() == itemOf(fx.june));
    // Down past the last week shown: the next month comes.
    month->setCurrentDate(QDate(2025, 7, 1));
    QTest::keyClick(month, Qt::Key_Down);
    QTest::keyClick(month, Qt::Key_Down);
    CHECK(month->currentDate() == QDate(2025, 7, 15));
    CHECK(page.anchor().month() == 7);
}

TEST_CASE("Ctrl+Shift+N opens the event form, a saved event, with its participant, is undoable",
          "[ui][meetings]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    show(page);
    page.monthView()->setCurrentDate(QDate(2025, 6, 19));
    bool shown = false;
    test::whenModalShown([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::EventDialog *>(modal);
        shown = dialog != nullptr;
        if (!dialog)
            return modal->close(), void();
        dialog->titleEdit()->setText(QStringLiteral("Làm việc với Bộ Tư pháp"));
        dialog->participantBox()->setCurrentIndex(0);
        dialog->addParticipant();
        dialog->addParticipant(); // once only
        dialog->accept();
    });
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(shown);
    REQUIRE(page.undoStack()->count() == 1);
    const QList<services::CalendarItem> items = page.monthView()->itemsOn(QDate(2025, 6, 19));
    REQUIRE(items.size() == 1);
    CHECK(items.first().title == QStringLiteral("Làm việc với Bộ Tư pháp"));
    CHECK(ok(fx.service().event(test::actor(), items.first().id)).participants.size() == 1);
    page.undoStack()->undo();
    CHECK(page.monthView()->itemsOn(QDate(2025, 6, 19)).isEmpty());
}

TEST_CASE("The calendar goes to .ics and back, programmes and reminder lists go to DOCX and PDF",
          "[ui][meetings][exchange]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actor(), fx.settings);
    show(page);
    QSignalSpy said(&page, &ui::ModulePage::transientMessage);

    const QString ics = fx.dir.filePath(QStringLiteral("lich.ics"));
    REQUIRE(page.exportCalendarTo(ics, QDate(2025, 1, 1), QDate(2025, 12, 31)));
    CHECK(said.last().first().toString().contains(QStringLiteral("3 sự kiện")));
    const auto events = ok(documents::readIcsFile(ics));
    CHECK(events.size() == 3);

    // Into a fresh database through another page: the summary says what came in.
    CalendarFixture other;
    ok(other.service().deleteEvent(test::actor(), other.conference.id));
    ui::MeetingsPage target(*other.ws, test::actor(), other.settings);
    show(target);
    QString summary;
    test::whenModalShown([&summary](QWidget *box) {
        summary = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        qobject_cast<QDialog *>(box)->accept();
    });
    REQUIRE(target.importCalendarFrom(ics));
    CHECK(summary.contains(QStringLiteral("Sự kiện thêm mới: 1")));
    CHECK(summary.contains(QStringLiteral("Không thay đổi: 2")));

    page.selectItem({Type::Meeting, fx.next.id, fx.next.title()});
    CHECK(page.exportProgrammeAction()->isEnabled());
    const QString docx = fx.dir.filePath(QStringLiteral("chuong-trinh.docx"));
    REQUIRE(page.exportProgrammeTo(fx.next.id, docx));
    QFile file(docx);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == QByteArray("PK"));

    // The next meeting owes documents: the reminder button is on and writes a PDF.
    page.readinessPanel()->meetingBox()->setCurrentIndex(
        page.readinessPanel()->meetingBox()->findData(qint64(fx.next.id)));
    CHECK(page.readinessPanel()->exportButton()->isEnabled());
    const QString pdf = fx.dir.filePath(QStringLiteral("nhac-viec.pdf"));
    REQUIRE(page.exportRemindersTo(fx.next.id, pdf));
    QFile printed(pdf);
    REQUIRE(printed.open(QIODevice::ReadOnly));
    CHECK(printed.read(5) == QByteArray("%PDF-"));
}

TEST_CASE("A viewer exports the calendar but cannot import one", "[ui][meetings][exchange][roles]")
{
    CalendarFixture fx;
    ui::MeetingsPage page(*fx.ws, test::actorWith({domain::Role::Viewer}), fx.settings);
    show(page);
    CHECK(page.exportCalendarAction()->isEnabled());
    CHECK_FALSE(page.importCalendarAction()->isEnabled());
    CHECK(page.exportCalendarTo(fx.dir.filePath(QStringLiteral("lich.ics")), QDate(2025, 1, 1),
                                QDate(2025, 12, 31)));
}
