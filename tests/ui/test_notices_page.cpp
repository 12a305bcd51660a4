// The conclusion notices page: the list and its marks, the workflow's actions per role and
// status, a whole run from submission to the number, voiding and the register, follow-up
// tasks into the work programme, and the names the audit screens give notices.

#include "gui_fixtures.h"

#include "common/date_field.h"
#include "common/entity_describer.h"
#include "common/settings.h"
#include "common/table_files.h"
#include "meetings/meeting_details_dialog.h"
#include "meetings/meetings_page.h"
#include "notices/follow_up_dialog.h"
#include "notices/new_notice_dialog.h"
#include "notices/notice_details_pane.h"
#include "notices/notice_editor.h"
#include "notices/notice_list_model.h"
#include "notices/notice_register_dialog.h"
#include "notices/notice_workflow.h"
#include "notices/notices_page.h"
#include "programme/programme_page.h"
#include "shell/main_window.h"

#include "thuky/services/meeting_service.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/programme_service.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include "thuky/storage/audit_repository.h"

#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace thuky;
using test::ok;

namespace {

/// A workspace (today 16/06/2025) with one account per role, a meeting held on 10–11/06/2025
/// with a content, a notice drafted on that content (due after today) and one on a meeting
/// of 20/05/2025 (overdue).
struct NoticesFixture
{
    std::unique_ptr<services::Workspace> ws = test::workspace();
    QTemporaryDir dir;
    ui::Settings settings{dir.filePath(QStringLiteral("thuky.ini"))};
    domain::Actor admin = test::account(*ws, "quantri", {domain::Role::Administrator}, "Quản Trị");
    domain::Actor drafter = test::account(*ws, "chuyenvien", {domain::Role::Drafter}, "Nguyễn Thu Hà");
    domain::Actor reviewer = test::account(*ws, "lanhdaovu", {domain::Role::Reviewer}, "Lê Văn Vụ");
    domain::Actor approver = test::account(*ws, "tongthuky", {domain::Role::Approver}, "Trần Tổng");
    domain::Actor viewer = test::account(*ws, "nguoixem", {domain::Role::Viewer}, "Người Xem");
    domain::Meeting meeting;
    domain::Id contentId = 0;
    domain::Notice fresh;   ///< on the content, due 18/06/2025
    domain::Notice overdue; ///< meeting 20/05/2025: due long ago

    services::NoticeService &svc() { return ws->notices(); }

    NoticesFixture()
    {
        domain::Meeting m;
        m.term = 15;
        m.phases = {{QDate(2025, 6, 10), QDate(2025, 6, 11)}};
        m.status = domain::MeetingStatus::Held;
        meeting = ok(ws->meetings().createMeeting(test::actor(), m));
        domain::MeetingContent c;
        c.meetingId = meeting.id;
        c.title = QStringLiteral("Cho ý kiến về dự án Luật Đất đai (sửa đổi)");
        c.presentingAgencyId = test::agencyId(*ws, "CP");
        c.plannedDay = QDate(2025, 6, 11);
        contentId = ok(ws->meetings().addContent(test::actor(), c, {})).content.id;
        domain::IssuerProfile ubtvqh =
            ok(svc().issuerByCode(test::actor(), QStringLiteral("UBTVQH")));
        ubtvqh.symbol = QStringLiteral("TB-UBTVQH15");
        ok(svc().saveIssuer(test::actor(), ubtvqh));

        fresh = ok(svc().createFromContent(drafter, contentId));
        domain::NoticeBlock conclusion;
        conclusion.type = domain::NoticeBlock::Type::Conclusion;
        conclusion.runs = {{QStringLiteral("Giao Chính phủ hoàn thiện dự án Luật trước ngày 30/6."),
                            false, false}};
        fresh.body.blocks.append(conclusion);
        fresh = ok(svc().updateDraft(drafter, fresh));

        domain::Notice n;
        n.kind = domain::NoticeKind::Leaders;
        n.subject = QStringLiteral("Kết luận của lãnh đạo Quốc hội về công tác dân nguyện");
        n.meetingDate = QDate(2025, 5, 20);
        overdue = ok(svc().create(drafter, n));
    }

    /// `who`'s page, shown at 1366×768 less the window's frame, with `notice` selected.
    std::unique_ptr<ui::NoticesPage> page(const domain::Actor &who, domain::Id notice = 0)
    {
        auto p = std::make_unique<ui::NoticesPage>(*ws, who, settings);
        p->resize(1300, 700);
        p->show();
        REQUIRE(QTest::qWaitForWindowExposed(p.get()));
        if (notice)
            REQUIRE(p->selectNotice(notice));
        return p;
    }

    /// Submitted by the drafter, approved by the approver.
    void approve(domain::Id id)
    {
        ok(svc().submit(drafter, id));
        ok(svc().approve(approver, id));
    }
};

QString cell(const ui::NoticeListModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

/// The button of a dialog's button box that reads `text` (mnemonics ignored).
QAbstractButton *buttonOf(QWidget *dialog, const QString &text)
{
    for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>()) {
        if (QString(b->text()).remove(u'&') == text)
            return b;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The notices list shows each notice's columns and marks the overdue in words",
          "[ui][notices]")
{
    NoticesFixture fx;
    auto page = fx.page(fx.drafter);
    ui::NoticeListModel *model = page->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->total() == 2);
    CHECK(model->headerData(ui::NoticeListModel::NumberColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Số, ký hiệu"));
    CHECK(model->headerData(ui::NoticeListModel::SubjectColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Trích yếu"));

    const int late = model->rowOf(fx.overdue.id);
    const int onTime = model->rowOf(fx.fresh.id);
    REQUIRE(late >= 0);
    REQUIRE(onTime >= 0);
    // Newest first.
    CHECK(onTime == 1);
    CHECK(cell(model, late, ui::NoticeListModel::StatusColumn) == QStringLiteral("Dự thảo – quá hạn"));
    CHECK(model->data(model->index(late, 0), ui::NoticeListModel::LateRole).toBool());
    CHECK(model->data(model->index(late, ui::NoticeListModel::StatusColumn), Qt::ForegroundRole)
              .isValid());
    CHECK(cell(model, onTime, ui::NoticeListModel::StatusColumn) == QStringLiteral("Dự thảo"));
    CHECK_FALSE(model->data(model->index(onTime, 0), ui::NoticeListModel::LateRole).toBool());
    CHECK(cell(model, onTime, ui::NoticeListModel::NumberColumn).isEmpty());
    CHECK(cell(model, onTime, ui::NoticeListModel::MeetingDateColumn) == QStringLiteral("11/06/2025"));
    CHECK(cell(model, late, ui::NoticeListModel::DueDateColumn) == QStringLiteral("27/05/2025"));
    CHECK(cell(model, onTime, ui::NoticeListModel::DrafterColumn) == QStringLiteral("Nguyễn Thu Hà"));
    CHECK(cell(model, late, ui::NoticeListModel::KindColumn) == QStringLiteral("Lãnh đạo QH"));
    CHECK(page->statusText().contains(QStringLiteral("1 quá hạn")));

    SECTION("the filters ask the database, accents ignored")
    {
        page->searchEdit()->setText(QStringLiteral("dan nguyen"));
        REQUIRE(test::waitFor([&] { return model->total() == 1; }));
        CHECK(model->rowOf(fx.overdue.id) == 0);
        page->clearFilter();
        CHECK(model->total() == 2);
        page->kindFilter()->setCurrentIndex(
            page->kindFilter()->findData(int(domain::NoticeKind::Ubtvqh)));
        CHECK(model->total() == 1);
        CHECK(model->rowOf(fx.fresh.id) == 0);
    }
    SECTION("sorting by subject is in Vietnamese order")
    {
        model->sort(ui::NoticeListModel::SubjectColumn, Qt::AscendingOrder);
        // "Kết luận của lãnh đạo…" before "Thông báo kết luận…" ("K" < "T").
        CHECK(model->rowOf(fx.overdue.id) == 0);
        model->sort(ui::NoticeListModel::SubjectColumn, Qt::DescendingOrder);
        CHECK(model->rowOf(fx.overdue.id) == 1);
    }
}

TEST_CASE("The workflow's actions follow the roles and the status", "[ui][notices]")
{
    NoticesFixture fx;

    SECTION("a drafter submits a draft but neither reviews nor approves")
    {
        auto page = fx.page(fx.drafter, fx.fresh.id);
        ui::NoticeWorkflow *wf = page->workflow();
        CHECK(page->newAction()->isEnabled());
        CHECK(wf->openAction()->isEnabled());
        CHECK(wf->openAction()->text().remove(u'&') == QStringLiteral("Soạn"));
        CHECK(wf->submitAction()->isEnabled());
        CHECK_FALSE(wf->returnAction()->isEnabled());
        CHECK_FALSE(wf->approveAction()->isEnabled());
        CHECK_FALSE(wf->issueAction()->isEnabled());
        CHECK_FALSE(wf->voidAction()->isEnabled());
        CHECK_FALSE(wf->correctAction()->isEnabled());
        wf->submitAction()->trigger();
        CHECK(ok(fx.svc().notice(test::actor(), fx.fresh.id)).status ==
              domain::NoticeStatus::Submitted);
        CHECK_FALSE(wf->submitAction()->isEnabled());
        CHECK_FALSE(wf->approveAction()->isEnabled()); // no right to approve
        CHECK(ui::NoticeListModel::statusText(*page->model()->rowAt(
                  page->model()->rowOf(fx.fresh.id))) == QStringLiteral("Trình duyệt"));
    }
    SECTION("a drafter who may approve still cannot approve their own notice, and is told why")
    {
        const domain::Actor both = test::account(
            *fx.ws, "pho", {domain::Role::Drafter, domain::Role::Approver}, "Phó Vụ trưởng");
        domain::Notice own;
        own.kind = domain::NoticeKind::Other;
        own.subject = QStringLiteral("Thông báo tự soạn");
        own.body = domain::NoticeBody::fromMarkedText(QStringLiteral("1. Giao Vụ Thư ký."));
        own = ok(fx.svc().create(both, own));
        ok(fx.svc().submit(both, own.id));
        auto page = fx.page(both, own.id);
        QAction *approve = page->workflow()->approveAction();
        CHECK_FALSE(approve->isEnabled());
        CHECK(approve->toolTip().contains(QStringLiteral("chính mình")));
        // Another's submitted notice: allowed.
        ok(fx.svc().submit(fx.drafter, fx.fresh.id));
        REQUIRE(page->selectNotice(fx.fresh.id));
        CHECK(approve->isEnabled());
        CHECK_FALSE(approve->toolTip().contains(QStringLiteral("chính mình")));
    }
    SECTION("a viewer sees no write action")
    {
        auto page = fx.page(fx.viewer, fx.fresh.id);
        ui::NoticeWorkflow *wf = page->workflow();
        CHECK_FALSE(page->newAction()->isEnabled());
        for (QAction *a : wf->stepActions())
            CHECK_FALSE(a->isEnabled());
        CHECK_FALSE(page->followUpAction()->isEnabled());
        CHECK_FALSE(page->settingsAction()->isEnabled());
        CHECK(wf->openAction()->isEnabled());
        CHECK(wf->openAction()->text().remove(u'&') == QStringLiteral("Mở"));
        CHECK(wf->exportPdfAction()->isEnabled());
        CHECK_FALSE(wf->submitAction()->toolTip().isEmpty());
    }
    SECTION("a reviewer returns a submitted notice only with a comment")
    {
        ok(fx.svc().submit(fx.drafter, fx.fresh.id));
        auto page = fx.page(fx.reviewer, fx.fresh.id);
        QAction *ret = page->workflow()->returnAction();
        REQUIRE(ret->isEnabled());
        bool okWasDisabled = false;
        test::whenModalShown([&](QWidget *dialog) {
            QAbstractButton *button = buttonOf(dialog, QStringLiteral("Trả lại"));
            REQUIRE(button);
            okWasDisabled = !button->isEnabled();
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
                ->setPlainText(QStringLiteral("Bổ sung ý kiến của Ủy ban Kinh tế"));
            button->click();
        });
        ret->trigger();
        CHECK(okWasDisabled);
        const services::NoticeDetails d = ok(fx.svc().details(test::actor(), fx.fresh.id));
        CHECK(d.notice.status == domain::NoticeStatus::Returned);
        REQUIRE(d.comments.size() == 1);
        CHECK(d.comments.front().text == QStringLiteral("Bổ sung ý kiến của Ủy ban Kinh tế"));
    }
}

TEST_CASE("Submitted, approved and issued through the actions, the notice takes number 01",
          "[ui][notices]")
{
    NoticesFixture fx;
    {
        auto page = fx.page(fx.drafter, fx.fresh.id);
        page->workflow()->submitAction()->trigger();
    }
    auto page = fx.page(fx.approver, fx.fresh.id);
    ui::NoticeWorkflow *wf = page->workflow();
    REQUIRE(wf->approveAction()->isEnabled());
    wf->approveAction()->trigger();
    REQUIRE(wf->issueAction()->isEnabled());

    QString shownNumber;
    QString warning;
    test::whenModalShown([&](QWidget *dialog) {
        auto *date = dialog->findChild<ui::DateField *>(QStringLiteral("issueDate"));
        REQUIRE(date);
        CHECK(date->date() == test::kToday);
        shownNumber = dialog->findChild<QLabel *>(QStringLiteral("issueNumber"))->text();
        for (QLabel *label : dialog->findChildren<QLabel *>())
            warning += label->text();
        buttonOf(dialog, QStringLiteral("Ban hành"))->click();
    });
    wf->issueAction()->trigger();
    CHECK(shownNumber == QStringLiteral("01/TB-UBTVQH15"));
    CHECK(warning.contains(QStringLiteral("không thể hoàn tác")));

    const domain::Notice issued = ok(fx.svc().notice(test::actor(), fx.fresh.id));
    CHECK(issued.isIssued());
    CHECK(issued.number == 1);
    CHECK(issued.issueDate == test::kToday);
    CHECK_FALSE(issued.pdfSha256.isEmpty());
    const int row = page->model()->rowOf(fx.fresh.id);
    REQUIRE(row >= 0);
    CHECK(cell(page->model(), row, ui::NoticeListModel::NumberColumn) ==
          QStringLiteral("01/TB-UBTVQH15"));
    CHECK(cell(page->model(), row, ui::NoticeListModel::IssueDateColumn) ==
          QStringLiteral("16/06/2025"));
    CHECK(cell(page->model(), row, ui::NoticeListModel::WorkingDaysColumn) == QStringLiteral("3"));
    CHECK(page->details()->infoText().contains(QStringLiteral("01/TB-UBTVQH15")));
    CHECK_FALSE(wf->issueAction()->isEnabled());
    CHECK(wf->voidAction()->isEnabled());

    SECTION("the exported PDF is the one frozen at issue")
    {
        const QString path = fx.dir.filePath(QStringLiteral("tb.pdf"));
        REQUIRE(wf->exportTo(path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex() ==
              issued.pdfSha256.toLatin1());
        REQUIRE(wf->exportTo(fx.dir.filePath(QStringLiteral("tb.docx"))));
        CHECK(QFileInfo(fx.dir.filePath(QStringLiteral("tb.docx"))).size() > 1000);
    }
    SECTION("voiding asks for a reason, and the register shows the number voided")
    {
        bool emptyRefused = false;
        QString question;
        test::whenModalShown([&](QWidget *dialog) {
            for (QLabel *label : dialog->findChildren<QLabel *>())
                question += label->text();
            QAbstractButton *button = buttonOf(dialog, QStringLiteral("Hủy số"));
            REQUIRE(button);
            emptyRefused = !button->isEnabled();
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
                ->setPlainText(QStringLiteral("Sai thể thức"));
            button->click();
        });
        wf->voidAction()->trigger();
        CHECK(emptyRefused);
        CHECK(question.contains(QStringLiteral("không thể hoàn tác")));

        ui::NoticeRegisterDialog reg(*fx.ws, fx.approver, fx.settings, 2025);
        REQUIRE(reg.entries().size() == 1);
        CHECK(reg.entries().front().voided());
        QTableWidget *table = reg.table();
        CHECK(table->item(0, 0)->text() == QStringLiteral("01/TB-UBTVQH15"));
        CHECK(table->item(0, 3)->text().contains(QStringLiteral("Đã hủy: Sai thể thức")));
        CHECK(table->item(0, 3)->text().contains(QStringLiteral("tongthuky")));

        SECTION("and the register exports to a spreadsheet that reads back")
        {
            for (const char *name : {"so.xlsx", "so.csv"}) {
                const QString path = fx.dir.filePath(QString::fromLatin1(name));
                REQUIRE(reg.exportTo(path));
                const documents::Table back = ok(ui::readTableFile(path));
                REQUIRE(back.rows.size() == 1);
                CHECK(back.headers.contains(QStringLiteral("Lý do hủy")));
                CHECK(back.rows.front().contains(QStringLiteral("Sai thể thức")));
                CHECK(back.rows.front().contains(QStringLiteral("01")));
            }
        }
        SECTION("a double click in the register selects and opens the notice")
        {
            QSignalSpy opened(&reg, &ui::NoticeRegisterDialog::noticeActivated);
            Q_EMIT reg.table()->cellActivated(0, 1);
            REQUIRE(opened.size() == 1);
            CHECK(opened.front().front().toLongLong() == fx.fresh.id);
        }
    }
}

TEST_CASE("A follow-up task from conclusion 1 shows in the details and in the programme",
          "[ui][notices]")
{
    NoticesFixture fx;
    const domain::Programme programme = test::programme(*fx.ws);
    fx.approve(fx.fresh.id);
    ok(fx.svc().issue(fx.approver, fx.fresh.id, test::kToday));
    const domain::Notice issued = ok(fx.svc().notice(test::actor(), fx.fresh.id));

    ui::FollowUpDialog dialog(*fx.ws, fx.drafter, issued);
    CHECK(dialog.conclusions() == QStringList{QStringLiteral("1")});
    dialog.setConclusion(QStringLiteral("1"));
    CHECK(dialog.content() ==
          QStringLiteral("Giao Chính phủ hoàn thiện dự án Luật trước ngày 30/6."));
    dialog.setLeadUnit(test::agencyId(*fx.ws, "BTK"));
    dialog.setDeadline(QDate(2025, 7, 31));
    dialog.setProduct(QStringLiteral("Báo cáo"));
    const domain::Id taskId = dialog.create();
    REQUIRE(taskId != 0);
    const domain::Task task = ok(fx.ws->programmes().task(test::actor(), taskId));
    CHECK(task.programmeId == programme.id);
    CHECK(task.deadline() == QDate(2025, 7, 31));
    CHECK(task.sourceRef.contains(QStringLiteral("01/TB-UBTVQH15")));

    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), fx.drafter, fx.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::NoticesPage *page = nullptr;
    for (ui::ModulePage *p : window.pages()) {
        if (auto *n = qobject_cast<ui::NoticesPage *>(p))
            page = n;
    }
    REQUIRE(page);
    // Right after the calendar.
    CHECK(window.pages().indexOf(page) ==
          window.pages().indexOf(window.findChild<ui::MeetingsPage *>()) + 1);
    REQUIRE(page->selectNotice(fx.fresh.id));
    QTableWidget *followUps = page->details()->followUpTable();
    REQUIRE(followUps->rowCount() == 1);
    CHECK(followUps->item(0, 0)->text() == QStringLiteral("1"));
    CHECK(followUps->item(0, 2)->text().startsWith(QStringLiteral("Giao Chính phủ")));
    CHECK(followUps->item(0, 5)->text().startsWith(QStringLiteral("0%")));
    CHECK(page->followUpAction()->isEnabled());

    // A double click shows the task in the work programme.
    Q_EMIT followUps->cellActivated(0, 2);
    auto *programmePage = qobject_cast<ui::ProgrammePage *>(window.currentPage());
    REQUIRE(programmePage);
    CHECK(programmePage->currentTaskId() == taskId);
}

TEST_CASE("A notice starts from a meeting content, in the dialog and on the calendar",
          "[ui][notices]")
{
    NoticesFixture fx;

    SECTION("the new notice dialog drafts from the content chosen")
    {
        ui::NewNoticeDialog dialog(*fx.ws, fx.drafter);
        dialog.selectContent(fx.contentId);
        CHECK(dialog.fromContent());
        CHECK(dialog.contentId() == fx.contentId);
        const domain::Id id = dialog.create();
        REQUIRE(id != 0);
        const domain::Notice n = ok(fx.svc().notice(test::actor(), id));
        CHECK(n.contentIds == QList<domain::Id>{fx.contentId});
        CHECK(n.meetingDate == QDate(2025, 6, 11));
    }
    SECTION("or blank by kind, refusing an empty subject")
    {
        ui::NewNoticeDialog dialog(*fx.ws, fx.drafter);
        dialog.setFromContent(false);
        dialog.setKind(domain::NoticeKind::Other);
        dialog.setSubject(QStringLiteral("Thông báo về lịch làm việc"));
        const domain::Id id = dialog.create();
        REQUIRE(id != 0);
        CHECK(ok(fx.svc().notice(test::actor(), id)).kind == domain::NoticeKind::Other);
    }
    SECTION("the calendar's meeting page drafts it and the notices page opens it")
    {
        ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), fx.drafter, fx.settings);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        ui::MeetingsPage *meetings = nullptr;
        ui::NoticesPage *notices = nullptr;
        for (ui::ModulePage *p : window.pages()) {
            if (auto *m = qobject_cast<ui::MeetingsPage *>(p))
                meetings = m;
            if (auto *n = qobject_cast<ui::NoticesPage *>(p))
                notices = n;
        }
        REQUIRE(meetings);
        REQUIRE(notices);
        QObject::connect(meetings, &ui::MeetingsPage::meetingOpened, meetings,
                         [](ui::MeetingDetailsDialog *dialog) {
                             QTimer::singleShot(0, dialog, [dialog] {
                                 dialog->contentView()->selectRow(0);
                                 REQUIRE(dialog->draftNoticeButton()->isEnabled());
                                 dialog->draftNoticeButton()->click();
                             });
                         });
        const int before = notices->model()->total();
        meetings->openMeeting(fx.meeting.id);
        CHECK(window.currentPage() == notices);
        CHECK(notices->model()->total() == before + 1);
        const domain::Id id = notices->currentNoticeId();
        CHECK(ok(fx.svc().notice(test::actor(), id)).contentIds ==
              QList<domain::Id>{fx.contentId});
        CHECK(notices->editorOf(id) != nullptr);
    }
}

TEST_CASE("The audit screens name notices by their number, drafts by their subject",
          "[ui][notices]")
{
    const ui::EntityDescriber &d = ui::describerOf(QStringLiteral("notices"));
    const ui::RecordImages images;
    QJsonObject issued{{QStringLiteral("number"), 5},
                       {QStringLiteral("symbol"), QStringLiteral("TB-UBTVQH15")},
                       {QStringLiteral("subject"), QStringLiteral("Kết luận về Luật Đất đai")}};
    CHECK(d.title(issued, images) ==
          QStringLiteral("Thông báo 05/TB-UBTVQH15: “Kết luận về Luật Đất đai”"));
    QJsonObject draft{{QStringLiteral("subject"), QStringLiteral("Kết luận về Luật Đất đai")}};
    CHECK(d.title(draft, images) == QStringLiteral("Dự thảo thông báo “Kết luận về Luật Đất đai”"));
    CHECK(d.fieldLabel(QStringLiteral("issue_date")) == QStringLiteral("Ngày ban hành"));
    CHECK(d.valueText(QStringLiteral("status"), QStringLiteral("issued"), images) ==
          QStringLiteral("Ban hành"));
    domain::NoticeBody body;
    domain::NoticeBlock c;
    c.type = domain::NoticeBlock::Type::Conclusion;
    c.runs = {{QStringLiteral("Giao Chính phủ"), true, false}};
    body.blocks = {c};
    CHECK(d.valueText(QStringLiteral("body"), QString::fromUtf8(body.toJson()), images) ==
          QStringLiteral("1. Giao Chính phủ"));
    for (const char *entity : {"notice_issuers", "notice_templates", "notice_numbers"})
        CHECK(ui::describerOf(QString::fromLatin1(entity)).kindLabel() !=
              QString::fromLatin1(entity));
    QJsonObject number{{QStringLiteral("number"), 3},
                       {QStringLiteral("symbol"), QStringLiteral("TB-TTKQH")},
                       {QStringLiteral("year"), 2025}};
    CHECK(ui::describerOf(QStringLiteral("notice_numbers")).title(number, images) ==
          QStringLiteral("Sổ đăng ký thông báo: số 03/TB-TTKQH năm 2025"));
}

TEST_CASE("Enter opens the selected notice, Ctrl+N drafts a new one and opens it",
          "[ui][notices]")
{
    NoticesFixture fx;
    auto page = fx.page(fx.drafter, fx.fresh.id);
    page->activateWindow();
    page->view()->setFocus();
    REQUIRE(test::waitFor([&] { return page->view()->hasFocus(); }));
    QTest::keyClick(page->view(), Qt::Key_Return);
    CHECK(page->editorOf(fx.fresh.id) != nullptr);

    test::whenModalShown([](QWidget *modal) {
        auto *dialog = qobject_cast<ui::NewNoticeDialog *>(modal);
        REQUIRE(dialog);
        dialog->setFromContent(false);
        dialog->setSubject(QStringLiteral("Thông báo về lịch công tác tháng 7"));
        dialog->accept();
    });
    QTest::keySequence(page.get(), QKeySequence::New);
    const domain::Id id = page->currentNoticeId();
    REQUIRE(id != fx.fresh.id);
    CHECK(ok(fx.svc().notice(test::actor(), id)).subject ==
          QStringLiteral("Thông báo về lịch công tác tháng 7"));
    CHECK(page->editorOf(id) != nullptr);
    CHECK(page->model()->total() == 3);
}

TEST_CASE("A notice the search opens is selected even when the page's filter hides it",
          "[ui][notices][search]")
{
    NoticesFixture fx;
    auto page = fx.page(fx.drafter);
    page->searchEdit()->setText(QStringLiteral("dan nguyen"));
    QTest::qWait(400); // the filter applies after typing stops
    REQUIRE(page->model()->rowOf(fx.fresh.id) < 0);

    CHECK_FALSE(page->openRecord(storage::Entity::Task, fx.fresh.id));
    REQUIRE(page->openRecord(storage::Entity::Notice, fx.fresh.id));
    CHECK(page->currentNoticeId() == fx.fresh.id);
    CHECK_FALSE(page->openRecord(storage::Entity::Notice, 999999));
}
