// The notice editor: the body editor's blocks, labels and styles, saving through the service,
// read-only notices, autosave and recovery, the print preview's pages, the workflow guard,
// and the revisions panel's comparison and comments.

#include "gui_fixtures.h"

#include "notices/notice_body_edit.h"
#include "notices/notice_diff_view.h"
#include "notices/notice_editor.h"
#include "notices/notice_preview.h"
#include "notices/notice_recovery.h"
#include "notices/notice_revisions_panel.h"

#include "thuky/domain/account.h"
#include "thuky/domain/notice.h"
#include "thuky/services/account_service.h"
#include "thuky/services/notice_document.h"
#include "thuky/services/notice_service.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QKeyEvent>
#include <QPrinter>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBlock>
#include <QToolBar>
#include <QTextBrowser>

using namespace thuky;
using namespace thuky::domain;
using thuky::test::ok;

namespace Catch {
template <> struct StringMaker<NoticeBody>
{
    static std::string convert(const NoticeBody &body)
    {
        return body.toJson().toStdString();
    }
};
} // namespace Catch

namespace {

TextRun run(const char *text, bool bold = false, bool italic = false)
{
    return TextRun{QString::fromUtf8(text), bold, italic};
}

NoticeBlock paragraph(QList<TextRun> runs)
{
    NoticeBlock b;
    b.runs = std::move(runs);
    return b;
}

NoticeBlock conclusion(int level, QList<TextRun> runs)
{
    NoticeBlock b;
    b.type = NoticeBlock::Type::Conclusion;
    b.level = level;
    b.runs = std::move(runs);
    return b;
}

/// Paragraphs, conclusions nested to level 3 and back, bold, italic and both in one line.
NoticeBody mixedBody()
{
    NoticeBody body;
    body.blocks = {
        paragraph({run("Tại phiên họp thứ 12, "), run("Ủy ban Thường vụ Quốc hội", true),
                   run(" kết luận như sau:")}),
        conclusion(1, {run("Đánh giá cao sự chuẩn bị.")}),
        conclusion(2, {run("Cơ quan soạn thảo "), run("tiếp thu", false, true), run(" ý kiến.")}),
        conclusion(3, {run("Rà soát", true, true), run(" tính thống nhất.")}),
        conclusion(2, {run("Hoàn thiện hồ sơ.")}),
        conclusion(1, {run("Giao Tổng Thư ký "), run("phối hợp", true), run(".")}),
        paragraph({run("Tổng Thư ký Quốc hội xin thông báo./.", false, true)}),
    };
    return body;
}

/// A workspace with a drafter, a reviewer, an approver and a viewer, and a draft notice.
struct EditorFixture
{
    std::unique_ptr<services::Workspace> ws = test::workspace();
    Actor admin = test::account(*ws, "quantri", {Role::Administrator}, "Quản Trị");
    Actor drafter = test::account(*ws, "chuyenvien", {Role::Drafter}, "Nguyễn Thị Soạn");
    Actor reviewer = test::account(*ws, "lanhdaovu", {Role::Reviewer}, "Trần Văn Duyệt");
    Actor approver = test::account(*ws, "tongthuky", {Role::Approver}, "Lê Văn Ký");
    Actor viewer = test::account(*ws, "nguoixem", {Role::Viewer}, "Phạm Xem");
    QTemporaryDir recoveryDir;
    Notice notice;

    EditorFixture()
    {
        Notice n;
        n.kind = NoticeKind::Other;
        n.subject = QStringLiteral("Kết luận về dự án Luật Đất đai (sửa đổi)");
        n.body = mixedBody();
        n.drafterInitials = QStringLiteral("TK");
        n.copies = 30;
        notice = ok(svc().create(drafter, n));
    }

    services::NoticeService &svc() { return ws->notices(); }

    ui::NoticeEditorOptions options(int autosaveMs = 60000)
    {
        ui::NoticeEditorOptions o;
        o.recoveryFolder = recoveryDir.path();
        o.autosaveDelayMs = autosaveMs;
        o.previewDelayMs = 10;
        o.restoreRecovery = [](const ui::NoticeRecoveryEntry &) { return false; };
        o.askClose = [] { return ui::NoticeCloseChoice::Discard; };
        return o;
    }

    std::unique_ptr<ui::NoticeEditor> editor(const Actor &actor, ui::NoticeEditorOptions o)
    {
        auto e = std::make_unique<ui::NoticeEditor>(*ws, actor, notice.id, nullptr, std::move(o));
        QCoreApplication::processEvents(); // the recovery offer runs once the window is up
        return e;
    }
    std::unique_ptr<ui::NoticeEditor> editor(const Actor &actor) { return editor(actor, options()); }
};

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

/// Types `text` into `widget` a character at a time (QTest::keyClicks() takes only ASCII).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

/// The labels the editor paints, joined by commas ("" for a paragraph).
std::string labels(const ui::NoticeBodyEdit &edit)
{
    return edit.labels().join(u',').toStdString();
}

/// The document's fragments with the given mark, joined.
QString markedText(const QTextDocument *doc, bool underline)
{
    QString out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (underline ? f.fontUnderline() : f.fontStrikeOut())
                out += it.fragment().text();
        }
    }
    return out;
}

} // namespace

TEST_CASE("The body editor gives back exactly the body it was given", "[ui][notices]")
{
    ui::NoticeBodyEdit edit;
    const NoticeBody body = mixedBody();
    edit.setBody(body);
    CHECK(edit.body() == body);
    CHECK(labels(edit) == ",1,1.1,1.1.1,1.2,2,");
    CHECK_FALSE(edit.document()->isUndoAvailable());

    // Copied and pasted inside the editor, the blocks keep their kinds and styles.
    edit.selectAll();
    std::unique_ptr<QMimeData> copy(edit.createMimeDataFromSelection());
    edit.setBody({});
    edit.insertFromMimeData(copy.get());
    CHECK(edit.body() == body);

    const NoticeBody empty;
    edit.setBody(empty);
    CHECK(edit.body() == empty);
}

TEST_CASE("Typing a conclusion, Tab nests it and the labels renumber", "[ui][notices]")
{
    ui::NoticeBodyEdit edit;
    NoticeBody body;
    body.blocks = {paragraph({run("Mở đầu")}), conclusion(1, {run("Một")}),
                   conclusion(1, {run("Ba")})};
    edit.setBody(body);
    // To the end of "Một", Enter continues with a conclusion.
    QTextCursor cursor(edit.document()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    edit.setTextCursor(cursor);
    QTest::keyClick(&edit, Qt::Key_Return);
    typeText(&edit, QStringLiteral("Hai"));
    CHECK(labels(edit) == ",1,2,3");

    QTest::keyClick(&edit, Qt::Key_Tab);
    CHECK(labels(edit) == ",1,1.1,2");
    NoticeBody expected;
    expected.blocks = {paragraph({run("Mở đầu")}), conclusion(1, {run("Một")}),
                       conclusion(2, {run("Hai")}), conclusion(1, {run("Ba")})};
    CHECK(edit.body() == expected);
    // Not deeper than one below the conclusion above.
    QTest::keyClick(&edit, Qt::Key_Tab);
    CHECK(labels(edit) == ",1,1.1,2");
    CHECK(edit.body().blocks[2].level == 2);

    QTest::keyClick(&edit, Qt::Key_Backtab);
    CHECK(labels(edit) == ",1,2,3");
    edit.undo();
    CHECK(labels(edit) == ",1,1.1,2");

    // Enter in an empty conclusion steps out of the numbering; Alt+Left does the same.
    QTest::keyClick(&edit, Qt::Key_Return);
    CHECK(labels(edit) == ",1,1.1,1.2,2");
    QTest::keyClick(&edit, Qt::Key_Return);
    CHECK(labels(edit) == ",1,1.1,2,3");
    QTest::keyClick(&edit, Qt::Key_Return);
    CHECK(labels(edit) == ",1,1.1,,2");
    typeText(&edit, QStringLiteral("Đoạn"));
    edit.conclusionAction()->trigger(); // at the level of the conclusion above
    CHECK(labels(edit) == ",1,1.1,1.2,2");
    edit.paragraphAction()->trigger();
    CHECK(labels(edit) == ",1,1.1,,2");
    CHECK(edit.body().blocks[3] == paragraph({run("Đoạn")}));
}

TEST_CASE("Bold and italic make runs of their own", "[ui][notices]")
{
    ui::NoticeBodyEdit edit;
    CHECK(edit.boldAction()->shortcut() == QKeySequence(QKeySequence::Bold));
    CHECK(edit.italicAction()->shortcut() == QKeySequence(QKeySequence::Italic));
    typeText(&edit, QStringLiteral("thường "));
    edit.boldAction()->trigger();
    typeText(&edit, QStringLiteral("đậm "));
    edit.italicAction()->trigger();
    typeText(&edit, QStringLiteral("cả hai"));
    edit.boldAction()->trigger();
    typeText(&edit, QStringLiteral(" nghiêng"));
    NoticeBody expected;
    expected.blocks = {paragraph({run("thường "), run("đậm ", true), run("cả hai", true, true),
                                  run(" nghiêng", false, true)})};
    CHECK(edit.body() == expected);

    // A selection made bold.
    QTextCursor cursor = edit.textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 3);
    edit.setTextCursor(cursor);
    edit.boldAction()->trigger();
    CHECK(edit.body().blocks[0].runs.first() == run("thư", true));
    CHECK(edit.boldAction()->isChecked());

    // Pasted text is plain: a single line takes the style at the cursor, lines with marks
    // become blocks.
    edit.setBody({});
    QMimeData html;
    html.setHtml(QStringLiteral("<b>x</b>"));
    html.setText(QStringLiteral("dán vào"));
    edit.insertFromMimeData(&html);
    CHECK(edit.body().blocks == QList<NoticeBlock>{paragraph({run("dán vào")})});
    QMimeData marked;
    marked.setText(QStringLiteral("\n1. **Một**\n1.1. *hai*\n"));
    edit.insertFromMimeData(&marked);
    CHECK(edit.body().blocks.size() == 2);
    CHECK(edit.body().blocks[1] == conclusion(2, {run("hai", false, true)}));
}

TEST_CASE("Saving the editor writes the notice through the service", "[ui][notices]")
{
    EditorFixture fx;
    auto editor = fx.editor(fx.drafter);
    CHECK_FALSE(editor->isReadOnly());
    CHECK(editor->bodyEdit()->body() == fx.notice.body);
    CHECK(editor->windowTitle().startsWith(QStringLiteral("Dự thảo")));
    CHECK_FALSE(editor->isWindowModified());

    auto *subject = child<QLineEdit>(editor.get(), "subject");
    subject->clear();
    typeText(subject, QStringLiteral("Kết luận về dự án Luật Thủ đô"));
    QTextCursor cursor(editor->bodyEdit()->document());
    cursor.movePosition(QTextCursor::End);
    editor->bodyEdit()->setTextCursor(cursor);
    QTest::keyClick(editor->bodyEdit(), Qt::Key_Return);
    typeText(editor->bodyEdit(), QStringLiteral("Đoạn mới."));
    CHECK(editor->isModified());
    CHECK(editor->isWindowModified());

    QSignalSpy changed(editor.get(), &ui::NoticeEditor::noticeChanged);
    child<QAction>(editor.get(), "saveNotice")->trigger();
    CHECK(changed.count() == 1);
    CHECK_FALSE(editor->isModified());
    CHECK_FALSE(editor->isWindowModified());
    const Notice stored = ok(fx.svc().notice(fx.drafter, fx.notice.id));
    CHECK(stored.subject == QStringLiteral("Kết luận về dự án Luật Thủ đô"));
    CHECK(stored.body == editor->bodyEdit()->body());
    CHECK(stored.body.blocks.last().text() == QStringLiteral("Đoạn mới."));

    // A refused save names its field and leaves the notice as it was.
    subject->clear();
    typeText(subject, QStringLiteral(" "));
    CHECK_FALSE(editor->save());
    CHECK(editor->isModified());
    CHECK(ok(fx.svc().notice(fx.drafter, fx.notice.id)).subject ==
          QStringLiteral("Kết luận về dự án Luật Thủ đô"));
}

TEST_CASE("Closing with unsaved changes saves, discards or stays open as answered",
          "[ui][notices]")
{
    EditorFixture fx;
    ui::NoticeCloseChoice answer = ui::NoticeCloseChoice::Cancel;
    int asked = 0;
    auto options = fx.options(30);
    options.askClose = [&] {
        ++asked;
        return answer;
    };
    auto editor = fx.editor(fx.drafter, options);
    editor->show();
    CHECK(editor->close()); // nothing to save: no question
    CHECK(asked == 0);

    editor->show();
    typeText(editor->bodyEdit(), QStringLiteral("Sửa "));
    REQUIRE(test::waitFor([&] { return QFile::exists(editor->recoveryPath()); }));
    CHECK_FALSE(editor->close());
    CHECK(asked == 1);
    CHECK(editor->isVisible());
    CHECK(editor->isModified());

    answer = ui::NoticeCloseChoice::Discard;
    CHECK(editor->close());
    CHECK_FALSE(QFile::exists(editor->recoveryPath()));
    CHECK(ok(fx.svc().notice(fx.drafter, fx.notice.id)).body == fx.notice.body);

    auto again = fx.editor(fx.drafter, options);
    again->show();
    typeText(again->bodyEdit(), QStringLiteral("Lưu "));
    answer = ui::NoticeCloseChoice::Save;
    CHECK(again->close());
    CHECK(ok(fx.svc().notice(fx.drafter, fx.notice.id)).body.blocks.first().text().startsWith(
        QStringLiteral("Lưu ")));
}

TEST_CASE("The workflow actions run only after the pending changes are saved", "[ui][notices]")
{
    EditorFixture fx;
    auto editor = fx.editor(fx.drafter);
    QAction submit(QStringLiteral("Trình duyệt"));
    int ran = 0;
    QObject::connect(&submit, &QAction::triggered, [&] { ++ran; });
    editor->setWorkflowActions({&submit});
    auto *toolbar = child<QToolBar>(editor.get(), "noticeToolbar");
    QAction *guard = nullptr;
    for (QAction *a : toolbar->actions()) {
        if (a->text() == QStringLiteral("Trình duyệt"))
            guard = a;
    }
    REQUIRE(guard);

    auto *subject = child<QLineEdit>(editor.get(), "subject");
    subject->clear();
    typeText(subject, QStringLiteral(" "));
    guard->trigger();
    CHECK(ran == 0); // the save was refused: the step does not run

    typeText(subject, QStringLiteral("Trích yếu mới"));
    guard->trigger();
    CHECK(ran == 1);
    CHECK(ok(fx.svc().notice(fx.drafter, fx.notice.id)).subject == QStringLiteral("Trích yếu mới"));

    submit.setEnabled(false);
    CHECK_FALSE(guard->isEnabled());
}

TEST_CASE("A notice that is not a draft, or a user who may not draft, opens read-only",
          "[ui][notices]")
{
    EditorFixture fx;
    ok(fx.svc().submit(fx.drafter, fx.notice.id));
    auto editor = fx.editor(fx.drafter);
    CHECK(editor->isReadOnly());
    CHECK(editor->readOnlyReason().contains(noticeStatusLabel(NoticeStatus::Submitted)));
    auto *banner = child<QLabel>(editor.get(), "noticeBanner");
    CHECK(banner->text() == editor->readOnlyReason());
    CHECK_FALSE(child<QAction>(editor.get(), "saveNotice")->isEnabled());
    CHECK(editor->bodyEdit()->isReadOnly());
    CHECK_FALSE(editor->bodyEdit()->boldAction()->isEnabled());
    typeText(editor->bodyEdit(), QStringLiteral("thêm"));
    editor->bodyEdit()->makeConclusion();
    CHECK(editor->bodyEdit()->body() == fx.notice.body);
    CHECK_FALSE(editor->isModified());
    CHECK_FALSE(editor->save());

    EditorFixture other;
    auto viewing = other.editor(other.viewer);
    CHECK(viewing->isReadOnly());
    CHECK_FALSE(viewing->readOnlyReason().isEmpty());
    CHECK(child<QLineEdit>(viewing.get(), "subject")->isReadOnly());
}

TEST_CASE("Unsaved edits are written to a recovery file and offered when the notice opens again",
          "[ui][notices]")
{
    EditorFixture fx;
    QString path;
    NoticeBody edited;
    {
        auto editor = fx.editor(fx.drafter, fx.options(30));
        path = editor->recoveryPath();
        CHECK(path.startsWith(fx.recoveryDir.path()));
        CHECK_FALSE(QFile::exists(path));
        typeText(editor->bodyEdit(), QStringLiteral("Chưa lưu: "));
        edited = editor->bodyEdit()->body();
        REQUIRE(test::waitFor([&] { return QFile::exists(path); }));
        // The database still holds the notice as it was.
        CHECK(ok(fx.svc().notice(fx.drafter, fx.notice.id)).body == fx.notice.body);
        const auto listed = ui::NoticeRecovery::list(fx.ws->key().databaseId(), fx.recoveryDir.path());
        REQUIRE(listed.size() == 1);
        CHECK(listed[0].noticeId == fx.notice.id);
        CHECK(listed[0].notice.body == edited);
        // The window goes away without being closed, as in a crash.
    }
    REQUIRE(QFile::exists(path));

    std::optional<ui::NoticeRecoveryEntry> offered;
    auto options = fx.options();
    options.restoreRecovery = [&](const ui::NoticeRecoveryEntry &entry) {
        offered = entry;
        return true;
    };
    auto editor = fx.editor(fx.drafter, options);
    REQUIRE(test::waitFor([&] { return offered.has_value(); }));
    CHECK(offered->savedAt.isValid());
    CHECK(editor->bodyEdit()->body() == edited);
    CHECK(editor->isModified());
    REQUIRE(editor->save());
    CHECK_FALSE(QFile::exists(path));
    CHECK(ok(fx.svc().notice(fx.drafter, fx.notice.id)).body == edited);

    // Refusing the offer removes the file.
    typeText(editor->bodyEdit(), QStringLiteral("x"));
    editor->autosaveNow();
    REQUIRE(QFile::exists(path));
    bool asked = false;
    options.restoreRecovery = [&](const ui::NoticeRecoveryEntry &) {
        asked = true;
        return false;
    };
    auto third = fx.editor(fx.drafter, options);
    REQUIRE(test::waitFor([&] { return asked; }));
    CHECK_FALSE(QFile::exists(path));
    CHECK(third->bodyEdit()->body() == edited);
}

TEST_CASE("A damaged recovery file is set aside and the notice opens", "[ui][notices]")
{
    EditorFixture fx;
    const ui::NoticeRecovery recovery(fx.ws->key().databaseId(), fx.notice.id,
                                      fx.recoveryDir.path());
    QFile file(recovery.path());
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\":1,\"database\":");
    file.close();

    bool asked = false;
    auto options = fx.options();
    options.restoreRecovery = [&](const ui::NoticeRecoveryEntry &) {
        asked = true;
        return true;
    };
    auto editor = fx.editor(fx.drafter, options);
    QCoreApplication::processEvents();
    CHECK_FALSE(asked);
    CHECK_FALSE(QFile::exists(recovery.path()));
    const QStringList aside =
        QDir(fx.recoveryDir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files);
    CHECK(aside.size() == 1);
    CHECK(child<QLabel>(editor.get(), "noticeBanner")->text().contains(QStringLiteral("hỏng")));
    CHECK(editor->bodyEdit()->body() == fx.notice.body);

    // Too large to be a notice: refused without being parsed.
    QFile big(recovery.path());
    REQUIRE(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(ui::NoticeRecovery::kMaxBytes + 1, ' '));
    big.close();
    const auto read = recovery.read();
    CHECK_FALSE(read.ok());
    CHECK_FALSE(QFile::exists(recovery.path()));
}

TEST_CASE("The preview lays the notice out on A4 pages as printed", "[ui][notices]")
{
    EditorFixture fx;
    auto editor = fx.editor(fx.drafter);
    ui::NoticePreview *preview = editor->preview();
    preview->flush();
    REQUIRE(preview->pageCount() >= 1);
    const documents::PagedDocument *pages = preview->pages();
    REQUIRE(pages);
    const QSizeF mm = pages->sheetSize() / pages->dpi() * 25.4;
    CHECK(std::abs(mm.width() - 210) < 0.5);
    CHECK(std::abs(mm.height() - 297) < 0.5);
    const QString first = preview->pageText(0);
    CHECK(first.contains(QStringLiteral("THÔNG BÁO")));
    CHECK(first.contains(fx.notice.subject));
    CHECK(first.contains(QStringLiteral("Số:")));
    CHECK(first.contains(QStringLiteral("ngày")));
    CHECK(first.contains(QStringLiteral("ỦY BAN THƯỜNG VỤ QUỐC HỘI")));

    // Typing reaches the preview a moment later, not on the keystroke.
    typeText(editor->bodyEdit(), QStringLiteral("Xyzzy "));
    CHECK_FALSE(preview->pageText(0).contains(QStringLiteral("Xyzzy")));
    REQUIRE(test::waitFor([&] {
        return !preview->pending() && preview->pageText(0).contains(QStringLiteral("Xyzzy"));
    }));

    // An issued notice shows its number and date.
    EditorFixture issued;
    ok(issued.svc().submit(issued.drafter, issued.notice.id));
    ok(issued.svc().approve(issued.approver, issued.notice.id));
    const Notice done = ok(issued.svc().issue(issued.approver, issued.notice.id));
    auto reading = issued.editor(issued.approver);
    CHECK(reading->windowTitle().contains(done.numberText()));
    reading->preview()->flush();
    const QString page = reading->preview()->pageText(0);
    CHECK(page.contains(QStringLiteral("Số: ") + done.numberText()));
    CHECK(page.contains(QStringLiteral("ngày 16 tháng 6 năm 2025")));

    // The same pages reach a printer.
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("in.pdf")));
    printer.setPageSize(QPageSize(QPageSize::A4));
    CHECK(ui::NoticePreview::printPages(services::noticeDocument(done, ok(issued.svc().issuer(
                                                                           issued.approver,
                                                                           done.issuerId))),
                                        printer));
    CHECK(QFileInfo(dir.filePath(QStringLiteral("in.pdf"))).size() > 1000);
}

TEST_CASE("The revisions panel compares two revisions and takes a reviewer's comment",
          "[ui][notices]")
{
    EditorFixture fx;
    ok(fx.svc().submit(fx.drafter, fx.notice.id));
    ok(fx.svc().returnNotice(fx.reviewer, fx.notice.id, QStringLiteral("Sửa đoạn kết.")));
    Notice n = ok(fx.svc().notice(fx.drafter, fx.notice.id));
    n.body.blocks.last().runs = {run("Tổng Thư ký Quốc hội trân trọng thông báo./.")};
    ok(fx.svc().updateDraft(fx.drafter, n));
    ok(fx.svc().submit(fx.drafter, fx.notice.id));

    ui::NoticeRevisionsPanel panel(*fx.ws, fx.reviewer);
    panel.setNotice(fx.notice.id);
    auto *history = child<QTextBrowser>(&panel, "revisionHistory");
    const QString shown = history->toPlainText();
    CHECK(shown.contains(QStringLiteral("Lần 1")));
    CHECK(shown.contains(QStringLiteral("Lần 2")));
    // The comment sits under the revision it is about.
    CHECK(shown.indexOf(QStringLiteral("Sửa đoạn kết.")) > shown.indexOf(QStringLiteral("Lần 1")));
    CHECK(shown.indexOf(QStringLiteral("Sửa đoạn kết.")) < shown.indexOf(QStringLiteral("Lần 2")));
    auto *diff = child<ui::NoticeDiffView>(&panel, "noticeDiff");
    CHECK(markedText(diff->document(), true).contains(QStringLiteral("trân trọng")));
    CHECK(markedText(diff->document(), false).contains(QStringLiteral("xin")));
    CHECK(child<QComboBox>(&panel, "compareFrom")->currentIndex() == 0);
    CHECK(child<QComboBox>(&panel, "compareTo")->currentIndex() == 1);

    QSignalSpy commented(&panel, &ui::NoticeRevisionsPanel::commented);
    auto *text = child<QPlainTextEdit>(&panel, "commentText");
    REQUIRE(text->isEnabled());
    typeText(text, QStringLiteral("Đã ổn, trình ký."));
    auto *send = child<QPushButton>(&panel, "sendComment");
    REQUIRE(send->isEnabled());
    send->click();
    CHECK(commented.count() == 1);
    CHECK(history->toPlainText().indexOf(QStringLiteral("Đã ổn, trình ký.")) >
          history->toPlainText().indexOf(QStringLiteral("Lần 2")));
    const auto details = ok(fx.svc().details(fx.reviewer, fx.notice.id));
    CHECK(details.comments.last().text == QStringLiteral("Đã ổn, trình ký."));

    // A drafter reads the comments but does not write them.
    ui::NoticeRevisionsPanel drafting(*fx.ws, fx.drafter);
    drafting.setNotice(fx.notice.id);
    CHECK_FALSE(child<QPlainTextEdit>(&drafting, "commentText")->isEnabled());
}
