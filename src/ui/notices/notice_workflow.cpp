#include "notices/notice_workflow.h"

#include <QCursor>

#include "common/busy_cursor.h"
#include "common/date_field.h"
#include "common/display_text.h"
#include "common/file_dialogs.h"
#include "common/icons.h"
#include "common/message_boxes.h"
#include "common/settings.h"
#include "notices/notice_texts.h"

#include "thuky/core/files.h"
#include "thuky/core/logging.h"
#include "thuky/documents/rich_document.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/notice_document.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/workspace.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

#include <spdlog/spdlog.h>

namespace thuky::ui {

using domain::NoticeStatus;
using services::Action;

namespace {

/// A dialog asking for a text (a comment, a reason): the accept button stays disabled while
/// the text is empty and `required`.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &intro,
                               const QString &acceptText, bool required)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setObjectName(QStringLiteral("noticeTextDialog"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(intro, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("textEdit"));
    edit->setTabChangesFocus(true);
    label->setBuddy(edit);
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *ok = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    buttons->addButton(NoticeWorkflow::tr("Hủy bỏ"), QDialogButtonBox::RejectRole);
    ok->setDefault(false);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto updateOk = [=] { ok->setEnabled(!required || !edit->toPlainText().trimmed().isEmpty()); };
    QObject::connect(edit, &QPlainTextEdit::textChanged, &dialog, updateOk);
    updateOk();
    dialog.resize(520, 280);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->toPlainText().trimmed();
}

} // namespace

NoticeWorkflow::NoticeWorkflow(services::Workspace &workspace, domain::Actor actor,
                               Settings &settings, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_workspace(workspace),
      m_permissions(workspace.authorizer(), std::move(actor)), m_settings(settings),
      m_dialogParent(dialogParent)
{
    m_open = makeAction(tr("&Mở"), QKeySequence(Qt::Key_Return),
                        tr("Mở thông báo trong cửa sổ soạn thảo (Enter)"));
    m_open->setIcon(icons::editTask());
    m_open->setShortcutContext(Qt::WidgetShortcut); // Enter belongs to the list (see the page)
    m_submit = makeAction(tr("&Trình duyệt"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                          tr("Trình thông báo để lãnh đạo xem xét; lưu lại một phiên bản"));
    m_return = makeAction(tr("T&rả lại"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                          tr("Trả lại người soạn, kèm ý kiến"));
    m_comment = makeAction(tr("&Góp ý…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                           tr("Ghi ý kiến về phiên bản mới nhất"));
    m_approve = makeAction(tr("&Duyệt"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                           tr("Duyệt thông báo đã trình"));
    m_issue = makeAction(tr("&Ban hành…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                         tr("Cấp số và ban hành thông báo đã duyệt"));
    m_void = makeAction(tr("&Hủy số…"), QKeySequence(),
                        tr("Hủy số của thông báo đã ban hành (ghi lý do; số không dùng lại)"));
    m_correct = makeAction(tr("Đính &chính"), QKeySequence(),
                           tr("Soạn thông báo đính chính thông báo đã ban hành"));
    m_exportDocx = makeAction(tr("Xuất &DOCX…"), QKeySequence(),
                              tr("Xuất thông báo ra tệp Word (.docx) theo thể thức Nghị định 30"));
    m_exportDocx->setIcon(icons::exportFile());
    m_exportPdf = makeAction(tr("Xuất &PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                             tr("Xuất thông báo ra tệp PDF (thông báo đã ban hành: bản PDF lưu khi "
                                "ban hành)"));
    m_exportPdf->setIcon(icons::exportFile());

    connect(m_open, &QAction::triggered, this, [this] {
        if (m_notice.id)
            Q_EMIT openRequested(m_notice.id);
    });
    connect(m_submit, &QAction::triggered, this, [this] { submit(); });
    connect(m_return, &QAction::triggered, this, &NoticeWorkflow::askReturn);
    connect(m_comment, &QAction::triggered, this, &NoticeWorkflow::askComment);
    connect(m_approve, &QAction::triggered, this, &NoticeWorkflow::askApprove);
    connect(m_issue, &QAction::triggered, this, &NoticeWorkflow::askIssue);
    connect(m_void, &QAction::triggered, this, &NoticeWorkflow::askVoid);
    connect(m_correct, &QAction::triggered, this, &NoticeWorkflow::askCorrect);
    connect(m_exportDocx, &QAction::triggered, this, [this] { askExport(false); });
    connect(m_exportPdf, &QAction::triggered, this, [this] { askExport(true); });
    update();
}

NoticeWorkflow::~NoticeWorkflow() = default;

QAction *NoticeWorkflow::makeAction(const QString &text, const QKeySequence &shortcut,
                                    const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

QList<QAction *> NoticeWorkflow::stepActions() const
{
    return {m_submit, m_return, m_comment, m_approve, m_issue, m_void, m_correct};
}

QList<QAction *> NoticeWorkflow::exportActions() const
{
    return {m_exportDocx, m_exportPdf};
}

void NoticeWorkflow::setDialogParent(QWidget *parent)
{
    m_dialogParent = parent;
}

void NoticeWorkflow::setNotice(domain::Id id)
{
    m_notice = {};
    m_notice.id = 0;
    if (id) {
        auto n = m_workspace.notices().notice(m_permissions.actor(), id);
        if (n)
            m_notice = *n;
        else
            logger("ui")->warn("notice {} could not be read: {}", id,
                               n.error().text(Lang::En).toStdString());
    }
    update();
}

void NoticeWorkflow::refresh()
{
    setNotice(m_notice.id);
}

void NoticeWorkflow::update()
{
    const bool any = m_notice.id != 0;
    const NoticeStatus s = m_notice.status;
    const bool editable = any && (s == NoticeStatus::Draft || s == NoticeStatus::Returned);

    m_open->setEnabled(any);
    m_open->setText(editable && m_permissions.allows(Action::DraftNotice) ? tr("&Soạn")
                                                                          : tr("&Mở"));
    m_permissions.apply(m_submit, Action::DraftNotice, editable);
    m_permissions.apply(m_return, Action::ReviewNotice,
                        any && (s == NoticeStatus::Submitted || s == NoticeStatus::Approved));
    m_permissions.apply(m_comment, Action::ReviewNotice,
                        any && s != NoticeStatus::Issued && s != NoticeStatus::Draft);
    const bool own = any && m_notice.drafterId != 0 &&
                     m_notice.drafterId == m_permissions.actor().userId;
    m_permissions.apply(m_approve, Action::ApproveNotice,
                        any && s == NoticeStatus::Submitted && !own);
    if (own && s == NoticeStatus::Submitted && m_permissions.allows(Action::ApproveNotice)) {
        const QString why = tr("Người soạn không được duyệt thông báo của chính mình: "
                               "người khác có quyền duyệt phải duyệt.");
        m_approve->setToolTip(why);
        m_approve->setProperty("thukyRefusal", why);
    }
    m_permissions.apply(m_issue, Action::IssueNotice, any && s == NoticeStatus::Approved);
    m_permissions.apply(m_void, Action::IssueNotice, any && s == NoticeStatus::Issued);
    m_permissions.apply(m_correct, Action::DraftNotice, any && s == NoticeStatus::Issued);
    m_exportDocx->setEnabled(any);
    m_exportPdf->setEnabled(any);
}

bool NoticeWorkflow::done(const Error *error, const QString &title, const QString &success)
{
    const domain::Id id = m_notice.id;
    if (error) {
        showError(m_dialogParent, title, *error);
        refresh();
        return false;
    }
    refresh();
    Q_EMIT noticeChanged(id);
    Q_EMIT message(success);
    return true;
}

bool NoticeWorkflow::submit()
{
    auto r = m_workspace.notices().submit(m_permissions.actor(), m_notice.id);
    return done(r ? nullptr : &r.error(), tr("Không trình duyệt được"),
                r ? tr("Đã trình duyệt thông báo (phiên bản %1).").arg(r->number) : QString());
}

bool NoticeWorkflow::returnWithComment(const QString &comment)
{
    auto r = m_workspace.notices().returnNotice(m_permissions.actor(), m_notice.id, comment);
    return done(r ? nullptr : &r.error(), tr("Không trả lại được"),
                r ? tr("Đã trả lại thông báo cho người soạn.") : QString());
}

bool NoticeWorkflow::addComment(const QString &text)
{
    auto r = m_workspace.notices().comment(m_permissions.actor(), m_notice.id, text);
    return done(r ? nullptr : &r.error(), tr("Không ghi được ý kiến"),
                r ? tr("Đã ghi ý kiến.") : QString());
}

bool NoticeWorkflow::approve()
{
    auto r = m_workspace.notices().approve(m_permissions.actor(), m_notice.id);
    return done(r ? nullptr : &r.error(), tr("Không duyệt được"),
                r ? tr("Đã duyệt thông báo.") : QString());
}

bool NoticeWorkflow::issueOn(const QDate &date)
{
    BusyCursor busy;
    auto r = m_workspace.notices().issue(m_permissions.actor(), m_notice.id, date,
                                         services::pdfNoticeRenderer());
    return done(r ? nullptr : &r.error(), tr("Không ban hành được"),
                r ? tr("Đã ban hành Thông báo số %1.").arg(r->numberText()) : QString());
}

bool NoticeWorkflow::voidWithReason(const QString &reason)
{
    auto r = m_workspace.notices().voidNumber(m_permissions.actor(), m_notice.year,
                                              m_notice.number, reason, m_notice.issuerId);
    return done(r ? nullptr : &r.error(), tr("Không hủy được số"),
                r ? tr("Đã hủy số %1.").arg(r->numberText()) : QString());
}

domain::Id NoticeWorkflow::correct()
{
    auto r = m_workspace.notices().createCorrection(m_permissions.actor(), m_notice.id);
    if (!r) {
        showError(m_dialogParent, tr("Không soạn được thông báo đính chính"), r.error());
        return 0;
    }
    Q_EMIT message(tr("Đã tạo dự thảo đính chính %1.").arg(m_notice.numberText()));
    Q_EMIT noticeCreated(r->id);
    return r->id;
}

QString NoticeWorkflow::nextNumberText(const QDate &date) const
{
    auto issuer = m_workspace.notices().issuer(m_permissions.actor(), m_notice.issuerId);
    if (!issuer || !date.isValid())
        return {};
    auto entries =
        m_workspace.notices().registerOf(m_permissions.actor(), date.year(), m_notice.issuerId);
    if (!entries)
        return {};
    int last = 0;
    for (const domain::RegisterEntry &e : *entries) {
        if (e.symbol == issuer->symbol)
            last = std::max(last, e.number);
    }
    return domain::noticeNumberText(last + 1) + u'/' + issuer->symbol;
}

void NoticeWorkflow::askReturn()
{
    const auto text = askText(
        m_dialogParent, tr("Trả lại thông báo"),
        tr("Trả lại “%1” cho người soạn. Ý kiến (bắt buộc) ghi vào phiên bản mới nhất:")
            .arg(elided(m_notice.subject, 80)),
        tr("Trả lại"), true);
    if (text)
        returnWithComment(*text);
}

void NoticeWorkflow::askComment()
{
    const auto text = askText(m_dialogParent, tr("Góp ý"),
                              tr("Ý kiến về phiên bản mới nhất của “%1”:")
                                  .arg(elided(m_notice.subject, 80)),
                              tr("Ghi ý kiến"), true);
    if (text)
        addComment(*text);
}

void NoticeWorkflow::askApprove()
{
    approve();
}

void NoticeWorkflow::askIssue()
{
    QDialog dialog(m_dialogParent);
    dialog.setObjectName(QStringLiteral("issueDialog"));
    dialog.setWindowTitle(tr("Ban hành thông báo"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *subject = new QLabel(tr("Trích yếu: %1").arg(m_notice.subject), &dialog);
    subject->setWordWrap(true);
    layout->addWidget(subject);
    auto *form = new QFormLayout;
    auto *date = new DateField(&dialog);
    date->setObjectName(QStringLiteral("issueDate"));
    date->setDate(m_workspace.notices().today());
    date->setMaximumDate(m_workspace.notices().today());
    form->addRow(tr("&Ngày ban hành:"), date);
    auto *number = new QLabel(&dialog);
    number->setObjectName(QStringLiteral("issueNumber"));
    QFont bold = number->font();
    bold.setBold(true);
    number->setFont(bold);
    form->addRow(tr("Số sẽ cấp:"), number);
    layout->addLayout(form);
    auto *warning = new QLabel(tr("Ban hành không thể hoàn tác: số lấy từ sổ đăng ký không "
                                  "dùng lại được, nội dung và bản PDF được khóa lại. Muốn sửa "
                                  "sau đó phải ban hành thông báo đính chính."),
                               &dialog);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *ok = buttons->addButton(tr("Ban hành"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Hủy bỏ"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto showNumber = [&] {
        const QString text = nextNumberText(date->date());
        number->setText(text.isEmpty() ? tr("(không rõ)") : text);
        ok->setEnabled(date->date().isValid());
    };
    connect(date, &QDateEdit::dateChanged, &dialog, showNumber);
    showNumber();
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        issueOn(date->date());
}

void NoticeWorkflow::askVoid()
{
    const auto reason = askText(
        m_dialogParent, tr("Hủy số thông báo"),
        tr("Hủy số %1 (“%2”). Việc hủy số không thể hoàn tác: số này không được dùng lại, sổ "
           "đăng ký ghi là đã hủy. Lý do (bắt buộc):")
            .arg(m_notice.numberText(), elided(m_notice.subject, 60)),
        tr("Hủy số"), true);
    if (reason)
        voidWithReason(*reason);
}

void NoticeWorkflow::askCorrect()
{
    if (confirm(m_dialogParent, tr("Đính chính thông báo"),
                tr("Soạn một thông báo mới đính chính Thông báo số %1? Thông báo đã ban hành "
                   "giữ nguyên.")
                    .arg(m_notice.numberText()),
                tr("Soạn đính chính")))
        correct();
}

void NoticeWorkflow::askExport(bool pdf)
{
    const QString base = m_notice.isIssued()
                             ? QStringLiteral("thong-bao-%1-%2")
                                   .arg(domain::noticeNumberText(m_notice.number), m_notice.symbol)
                             : QStringLiteral("du-thao-thong-bao-%1").arg(m_notice.id);
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".docx");
    const QString filter = pdf ? tr("Tệp PDF (*.pdf)") : tr("Văn bản Word (*.docx)");
    QString chosen;
    QString path = chooseSaveFile(m_dialogParent, pdf ? tr("Xuất PDF") : tr("Xuất DOCX"),
                                  m_settings.lastExportFolder() + u'/' + base + suffix, filter,
                                  &chosen);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    m_settings.setLastExportFolder(QFileInfo(path).absolutePath());
    exportTo(path);
}

bool NoticeWorkflow::exportTo(const QString &path)
{
    BusyCursor busy;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString title = tr("Không xuất được thông báo");
    auto details = m_workspace.notices().details(m_permissions.actor(), m_notice.id);
    if (!details) {
        showError(m_dialogParent, title, details.error());
        return false;
    }
    Result<void> written;
    QByteArray stored;
    if (suffix == u"pdf" && details->notice.isIssued()) {
        // An issued notice is the PDF frozen at its issue, byte for byte.
        auto pdf = m_workspace.notices().pdf(m_permissions.actor(), m_notice.id);
        if (!pdf) {
            showError(m_dialogParent, title, pdf.error());
            return false;
        }
        stored = *pdf;
    }
    const documents::RichDocument document =
        services::noticeDocument(details->notice, details->issuer);
    if (!stored.isEmpty())
        written = writeFileAtomically(path, stored);
    else if (suffix == u"pdf")
        written = documents::writePdfFile(document, path);
    else
        written = documents::writeDocxFile(document, path);
    if (!written) {
        showError(m_dialogParent, title, written.error());
        return false;
    }
    Q_EMIT message(tr("Đã xuất %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace thuky::ui
