#include "notices/notice_editor.h"

#include "common/display_text.h"
#include "common/field_errors.h"
#include "common/message_boxes.h"
#include "common/permissions.h"
#include "notices/notice_body_edit.h"
#include "notices/notice_preview.h"
#include "notices/notice_recovery.h"
#include "notices/notice_revisions_panel.h"

#include "thuky/core/logging.h"
#include "thuky/domain/notice.h"
#include "thuky/services/notice_document.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace thuky::ui {

using domain::Notice;
using domain::NoticeStatus;

struct NoticeEditor::Private
{
    services::Workspace &workspace;
    domain::Actor actor;
    domain::Id id = 0;
    NoticeEditorOptions options;
    Notice saved; ///< the notice as the database holds it
    bool loaded = false;
    QString loadError;
    QList<domain::IssuerProfile> issuers;
    QString baseMarker;
    bool modified = false;
    bool filling = false; ///< showNotice() is writing the fields: not a change
    bool readOnly = true;
    QString readOnlyReason;
    std::unique_ptr<NoticeRecovery> recovery;

    QLabel *banner = nullptr;
    QComboBox *issuer = nullptr;
    QLineEdit *subject = nullptr;
    QPlainTextEdit *recipients = nullptr;
    QComboBox *urgency = nullptr;
    QLineEdit *initials = nullptr;
    QSpinBox *copies = nullptr;
    NoticeBodyEdit *body = nullptr;
    QLabel *generalError = nullptr;
    FieldErrors errors;
    NoticePreview *preview = nullptr;
    NoticeRevisionsPanel *revisions = nullptr;
    QDockWidget *revisionsDock = nullptr;
    QToolBar *toolbar = nullptr;
    QAction *saveAction = nullptr;
    QAction *printAction = nullptr;
    QAction *workflowSeparator = nullptr;
    QList<QAction *> guards;
    QTimer autosave;
    QTimer previewDelay;

    Private(services::Workspace &w, domain::Actor a) : workspace(w), actor(std::move(a)) {}
};

NoticeEditor::NoticeEditor(services::Workspace &workspace, domain::Actor actor,
                           domain::Id noticeId, QWidget *parent, NoticeEditorOptions options)
    : QMainWindow(parent), d(std::make_unique<Private>(workspace, std::move(actor)))
{
    d->id = noticeId;
    d->options = std::move(options);
    d->recovery = std::make_unique<NoticeRecovery>(workspace.key().databaseId(), noticeId,
                                                   d->options.recoveryFolder);
    setObjectName(QStringLiteral("noticeEditor"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    buildUi();
    load();
    // Offered once the window is up, so the question has a window to stand on.
    QTimer::singleShot(0, this, [this] { offerRecovery(); });
}

NoticeEditor::~NoticeEditor() = default;

void NoticeEditor::buildUi()
{
    resize(1340, 720);
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(6, 4, 6, 4);
    outer->setSpacing(4);

    d->banner = new QLabel(central);
    d->banner->setObjectName(QStringLiteral("noticeBanner"));
    d->banner->setWordWrap(true);
    d->banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 4px 8px; }"));
    d->banner->hide();
    outer->addWidget(d->banner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setChildrenCollapsible(false);

    // The fields and the body, left.
    auto *form = new QWidget(splitter);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 4, 0);
    formLayout->setSpacing(3);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    auto addError = [this, form](const QString &key, QWidget *field) {
        auto *label = new QLabel(form);
        styleErrorLabel(label);
        d->errors.addField(key, field, label);
        return label;
    };

    d->issuer = new QComboBox(form);
    d->issuer->setObjectName(QStringLiteral("issuer"));
    auto *issuerLabel = new QLabel(tr("&Cơ quan ban hành:"), form);
    issuerLabel->setBuddy(d->issuer);
    grid->addWidget(issuerLabel, 0, 0);
    grid->addWidget(d->issuer, 0, 1, 1, 5);
    grid->addWidget(addError(QStringLiteral("issuer"), d->issuer), 1, 1, 1, 5);

    d->subject = new QLineEdit(form);
    d->subject->setObjectName(QStringLiteral("subject"));
    d->subject->setPlaceholderText(tr("Kết luận của Ủy ban Thường vụ Quốc hội về …"));
    auto *subjectLabel = new QLabel(tr("Trích &yếu:"), form);
    subjectLabel->setBuddy(d->subject);
    grid->addWidget(subjectLabel, 2, 0);
    grid->addWidget(d->subject, 2, 1, 1, 5);
    grid->addWidget(addError(QStringLiteral("subject"), d->subject), 3, 1, 1, 5);

    d->recipients = new QPlainTextEdit(form);
    d->recipients->setObjectName(QStringLiteral("recipients"));
    d->recipients->setTabChangesFocus(true);
    d->recipients->setPlaceholderText(tr("Mỗi nơi nhận một dòng, không cần “- ” và “;”"));
    d->recipients->setFixedHeight(d->recipients->fontMetrics().lineSpacing() * 4 + 10);
    auto *recipientsLabel = new QLabel(tr("Nơi &nhận:"), form);
    recipientsLabel->setBuddy(d->recipients);
    recipientsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(recipientsLabel, 4, 0);
    grid->addWidget(d->recipients, 4, 1, 1, 5);

    d->urgency = new QComboBox(form);
    d->urgency->setObjectName(QStringLiteral("urgency"));
    for (const domain::Urgency u : domain::kAllUrgencies) {
        const QString label = domain::urgencyLabel(u);
        d->urgency->addItem(label.isEmpty() ? tr("Thường") : label, static_cast<int>(u));
    }
    auto *urgencyLabel = new QLabel(tr("Độ &khẩn:"), form);
    urgencyLabel->setBuddy(d->urgency);
    d->initials = new QLineEdit(form);
    d->initials->setObjectName(QStringLiteral("drafterInitials"));
    d->initials->setMaxLength(20);
    d->initials->setMinimumWidth(d->initials->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMM")));
    d->initials->setToolTip(tr("Ký hiệu người soạn thảo, in ở dòng “Lưu” (TK.(30))"));
    auto *initialsLabel = new QLabel(tr("Ký hiệu người s&oạn:"), form);
    initialsLabel->setBuddy(d->initials);
    d->copies = new QSpinBox(form);
    d->copies->setObjectName(QStringLiteral("copies"));
    d->copies->setRange(0, 9999);
    d->copies->setToolTip(tr("Số bản phát hành, in ở dòng “Lưu”"));
    auto *copiesLabel = new QLabel(tr("Số &bản:"), form);
    copiesLabel->setBuddy(d->copies);
    grid->addWidget(urgencyLabel, 5, 0);
    grid->addWidget(d->urgency, 5, 1);
    grid->addWidget(initialsLabel, 5, 2);
    grid->addWidget(d->initials, 5, 3);
    grid->addWidget(copiesLabel, 5, 4);
    grid->addWidget(d->copies, 5, 5);
    grid->addWidget(addError(QStringLiteral("drafterInitials"), d->initials), 6, 1, 1, 3);
    grid->addWidget(addError(QStringLiteral("copies"), d->copies), 6, 4, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    formLayout->addLayout(grid);

    auto *bodyLabel = new QLabel(tr("Nội &dung (Tab / Shift+Tab: lùi kết luận vào / ra; "
                                    "Ctrl+Tab: sang ô khác):"),
                                 form);
    d->body = new NoticeBodyEdit(form);
    d->body->setObjectName(QStringLiteral("noticeBody"));
    bodyLabel->setBuddy(d->body);
    formLayout->addWidget(bodyLabel);
    formLayout->addWidget(d->body, 1);
    d->generalError = new QLabel(form);
    styleErrorLabel(d->generalError);
    d->errors.setGeneralLabel(d->generalError);
    d->errors.addField(QStringLiteral("body"), d->body, d->generalError);
    formLayout->addWidget(d->generalError);
    splitter->addWidget(form);

    // The page as printed, right.
    d->preview = new NoticePreview(splitter);
    d->preview->setObjectName(QStringLiteral("noticePreview"));
    d->preview->setDelay(0); // the editor waits itself before it builds the document
    splitter->addWidget(d->preview);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    outer->addWidget(splitter, 1);
    setCentralWidget(central);

    // The revisions and comments, in a dock beside.
    d->revisions = new NoticeRevisionsPanel(d->workspace, d->actor, this);
    d->revisions->setObjectName(QStringLiteral("noticeRevisions"));
    d->revisionsDock = new QDockWidget(tr("Các lần trình và ý kiến"), this);
    d->revisionsDock->setObjectName(QStringLiteral("revisionsDock"));
    d->revisionsDock->setWidget(d->revisions);
    d->revisionsDock->setFeatures(QDockWidget::DockWidgetClosable |
                                  QDockWidget::DockWidgetMovable |
                                  QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, d->revisionsDock);
    resizeDocks({d->revisionsDock}, {330}, Qt::Horizontal);
    connect(d->revisions, &NoticeRevisionsPanel::commented, this,
            [this](domain::Id id) { Q_EMIT noticeChanged(id); });

    // Actions, menus, toolbar.
    d->saveAction = new QAction(tr("&Lưu"), this);
    d->saveAction->setObjectName(QStringLiteral("saveNotice"));
    d->saveAction->setShortcut(QKeySequence::Save);
    d->saveAction->setToolTip(tr("Lưu dự thảo (Ctrl+S)"));
    connect(d->saveAction, &QAction::triggered, this, [this] { save(); });
    d->printAction = new QAction(tr("&In…"), this);
    d->printAction->setObjectName(QStringLiteral("printNotice"));
    d->printAction->setShortcut(QKeySequence::Print);
    d->printAction->setToolTip(tr("In thông báo, xem trước khi in (Ctrl+P)"));
    connect(d->printAction, &QAction::triggered, this, [this] {
        updatePreview();
        d->preview->print();
    });
    auto *closeAction = new QAction(tr("Đó&ng"), this);
    closeAction->setShortcut(QKeySequence(tr("Ctrl+W")));
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&Tệp"));
    file->addAction(d->saveAction);
    file->addAction(d->printAction);
    file->addSeparator();
    file->addAction(closeAction);
    QMenu *edit = menuBar()->addMenu(tr("&Sửa"));
    edit->addAction(d->body->undoAction());
    edit->addAction(d->body->redoAction());
    edit->addSeparator();
    edit->addAction(d->body->boldAction());
    edit->addAction(d->body->italicAction());
    edit->addSeparator();
    edit->addAction(d->body->conclusionAction());
    edit->addAction(d->body->paragraphAction());
    edit->addAction(d->body->nestAction());
    edit->addAction(d->body->unnestAction());
    QMenu *view = menuBar()->addMenu(tr("&Xem"));
    for (QAction *action : d->preview->viewActions())
        view->addAction(action);
    view->addSeparator();
    QAction *toggleRevisions = d->revisionsDock->toggleViewAction();
    toggleRevisions->setText(tr("Các lần trình và ý &kiến"));
    toggleRevisions->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    view->addAction(toggleRevisions);

    d->toolbar = addToolBar(tr("Soạn thảo"));
    d->toolbar->setObjectName(QStringLiteral("noticeToolbar"));
    d->toolbar->setMovable(false);
    d->toolbar->addAction(d->saveAction);
    d->toolbar->addAction(d->printAction);
    d->toolbar->addSeparator();
    d->toolbar->addAction(d->body->undoAction());
    d->toolbar->addAction(d->body->redoAction());
    d->toolbar->addSeparator();
    d->toolbar->addAction(d->body->boldAction());
    d->toolbar->addAction(d->body->italicAction());
    d->toolbar->addSeparator();
    d->toolbar->addAction(d->body->conclusionAction());
    d->toolbar->addAction(d->body->paragraphAction());
    d->toolbar->addAction(d->body->unnestAction());
    d->toolbar->addAction(d->body->nestAction());
    d->workflowSeparator = d->toolbar->addSeparator();
    statusBar();

    setTabOrder(d->issuer, d->subject);
    setTabOrder(d->subject, d->recipients);
    setTabOrder(d->recipients, d->urgency);
    setTabOrder(d->urgency, d->initials);
    setTabOrder(d->initials, d->copies);
    setTabOrder(d->copies, d->body);
    setTabOrder(d->body, d->preview);

    // Changes: the title's star, the autosave and the preview, each after its wait.
    d->autosave.setSingleShot(true);
    d->autosave.setInterval(d->options.autosaveDelayMs);
    connect(&d->autosave, &QTimer::timeout, this, &NoticeEditor::autosaveNow);
    d->previewDelay.setSingleShot(true);
    d->previewDelay.setInterval(d->options.previewDelayMs);
    connect(&d->previewDelay, &QTimer::timeout, this, &NoticeEditor::updatePreview);
    connect(d->issuer, &QComboBox::currentIndexChanged, this, &NoticeEditor::markChanged);
    connect(d->subject, &QLineEdit::textEdited, this, &NoticeEditor::markChanged);
    connect(d->recipients, &QPlainTextEdit::textChanged, this, &NoticeEditor::markChanged);
    connect(d->urgency, &QComboBox::currentIndexChanged, this, &NoticeEditor::markChanged);
    connect(d->initials, &QLineEdit::textEdited, this, &NoticeEditor::markChanged);
    connect(d->copies, &QSpinBox::valueChanged, this, &NoticeEditor::markChanged);
    connect(d->body->document(), &QTextDocument::contentsChanged, this,
            &NoticeEditor::markChanged);
}

void NoticeEditor::load()
{
    auto &service = d->workspace.notices();
    d->loaded = false;
    d->loadError.clear();
    auto issuers = service.issuers(d->actor);
    d->issuers = issuers ? *issuers : QList<domain::IssuerProfile>{};
    auto notice = service.notice(d->actor, d->id);
    if (!notice) {
        d->loadError = errorText(notice.error());
        logger("notices")->warn("editor: notice {} not read: {}", d->id,
                                notice.error().text(Lang::En).toStdString());
        d->saved = Notice{};
        d->saved.id = d->id;
    } else {
        d->saved = *notice;
        d->loaded = true;
    }
    d->baseMarker = NoticeRecovery::marker(d->saved);
    showNotice(d->saved);
    d->modified = false;
    applyReadOnly();
    d->revisions->setNotice(d->loaded ? d->id : 0);
    updateTitle();
    updatePreview();
}

void NoticeEditor::showNotice(const Notice &notice)
{
    d->filling = true;
    const QSignalBlocker issuerBlocker(d->issuer);
    d->issuer->clear();
    for (const domain::IssuerProfile &issuer : d->issuers) {
        if (!issuer.active && issuer.id != notice.issuerId)
            continue;
        QString label = issuer.issuingBody.isEmpty() ? issuer.code : issuer.issuingBody;
        if (!issuer.symbol.isEmpty())
            label += QStringLiteral(" (%1)").arg(issuer.symbol);
        if (!issuer.active)
            label += tr(" — ngừng dùng");
        d->issuer->addItem(label, QVariant::fromValue<qlonglong>(issuer.id));
    }
    d->issuer->setCurrentIndex(d->issuer->findData(QVariant::fromValue<qlonglong>(notice.issuerId)));
    d->subject->setText(notice.subject);
    d->subject->setCursorPosition(0); // the start of a long subject, not its end
    d->recipients->setPlainText(notice.recipients.join(u'\n'));
    d->urgency->setCurrentIndex(d->urgency->findData(static_cast<int>(notice.urgency)));
    d->initials->setText(notice.drafterInitials);
    d->copies->setValue(notice.copies);
    d->body->setBody(notice.body);
    d->errors.clear();
    d->filling = false;
}

void NoticeEditor::applyReadOnly()
{
    const Permissions permissions(d->workspace.authorizer(), d->actor);
    QString reason;
    if (!d->loaded) {
        reason = tr("Không mở được thông báo: %1").arg(d->loadError);
    } else if (d->saved.status != NoticeStatus::Draft &&
               d->saved.status != NoticeStatus::Returned) {
        reason = tr("Chỉ xem: thông báo đang ở trạng thái “%1”; chỉ sửa được dự thảo hoặc "
                    "thông báo bị trả lại.")
                     .arg(domain::noticeStatusLabel(d->saved.status));
    } else if (!permissions.allows(services::Action::DraftNotice)) {
        reason = tr("Chỉ xem: %1")
                     .arg(permissions.refusal(services::Action::DraftNotice)
                              .replace(u'\n', u' '));
    }
    d->readOnly = !reason.isEmpty();
    d->readOnlyReason = reason;
    QString banner = reason;
    if (!d->readOnly && d->saved.status == NoticeStatus::Returned)
        banner = tr("Thông báo bị trả lại: xem ý kiến rà soát ở khung “Các lần trình và ý kiến”, "
                    "sửa rồi trình lại.");
    d->banner->setText(banner);
    d->banner->setVisible(!banner.isEmpty());

    const bool editable = !d->readOnly;
    d->issuer->setEnabled(editable);
    d->subject->setReadOnly(!editable);
    d->recipients->setReadOnly(!editable);
    d->urgency->setEnabled(editable);
    d->initials->setReadOnly(!editable);
    d->copies->setReadOnly(!editable);
    d->copies->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows
                                         : QAbstractSpinBox::NoButtons);
    d->body->setEditable(editable);
    d->saveAction->setEnabled(editable);
    if (!editable)
        d->autosave.stop();
}

void NoticeEditor::markChanged()
{
    if (d->filling)
        return;
    d->previewDelay.start();
    if (d->readOnly)
        return;
    d->modified = true;
    d->autosave.start();
    updateTitle();
}

void NoticeEditor::updateTitle()
{
    QString name = d->saved.isIssued() ? tr("Thông báo số %1").arg(d->saved.numberText())
                                       : tr("Dự thảo");
    const QString subject = d->subject->text().trimmed();
    if (!subject.isEmpty())
        name += QStringLiteral(" – ") + elided(subject, 70);
    setWindowTitle(name + QStringLiteral("[*] – Thuky"));
    setWindowModified(d->modified);
}

void NoticeEditor::updatePreview()
{
    d->previewDelay.stop();
    const Notice notice = editedNotice();
    domain::IssuerProfile issuer;
    for (const domain::IssuerProfile &i : d->issuers) {
        if (i.id == notice.issuerId)
            issuer = i;
    }
    d->preview->setDocument(services::noticeDocument(notice, issuer));
}

Notice NoticeEditor::editedNotice() const
{
    Notice n = d->saved;
    if (d->issuer->currentIndex() >= 0)
        n.issuerId = d->issuer->currentData().toLongLong();
    n.subject = d->subject->text();
    n.recipients.clear();
    for (const QString &line : d->recipients->toPlainText().split(u'\n')) {
        QString r = line.trimmed();
        if (r.startsWith(QStringLiteral("- ")))
            r = r.mid(2).trimmed();
        while (r.endsWith(u';') || r.endsWith(u'.'))
            r.chop(1);
        if (!r.isEmpty())
            n.recipients << r;
    }
    n.urgency = static_cast<domain::Urgency>(d->urgency->currentData().toInt());
    n.drafterInitials = d->initials->text().trimmed();
    n.copies = d->copies->value();
    n.body = d->body->body();
    return n;
}

bool NoticeEditor::save()
{
    if (d->readOnly)
        return false;
    d->errors.clear();
    auto saved = d->workspace.notices().updateDraft(d->actor, editedNotice());
    if (!saved) {
        const QString key = d->errors.show(saved.error());
        if (key.isEmpty() && d->generalError->text().isEmpty())
            showError(this, tr("Không lưu được thông báo"), saved.error());
        statusBar()->showMessage(tr("Chưa lưu: %1").arg(errorText(saved.error())), 8000);
        return false;
    }
    d->saved = *saved;
    d->baseMarker = NoticeRecovery::marker(d->saved);
    d->modified = false;
    d->autosave.stop();
    d->recovery->remove();
    d->body->document()->setModified(false);
    updateTitle();
    statusBar()->showMessage(
        tr("Đã lưu lúc %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))), 5000);
    Q_EMIT noticeChanged(d->id);
    return true;
}

bool NoticeEditor::saveIfModified()
{
    return !d->modified || save();
}

bool NoticeEditor::isModified() const
{
    return d->modified;
}

bool NoticeEditor::isReadOnly() const
{
    return d->readOnly;
}

QString NoticeEditor::readOnlyReason() const
{
    return d->readOnlyReason;
}

domain::Id NoticeEditor::noticeId() const
{
    return d->id;
}

NoticeBodyEdit *NoticeEditor::bodyEdit() const
{
    return d->body;
}

NoticePreview *NoticeEditor::preview() const
{
    return d->preview;
}

NoticeRevisionsPanel *NoticeEditor::revisionsPanel() const
{
    return d->revisions;
}

QString NoticeEditor::recoveryPath() const
{
    return d->recovery->path();
}

void NoticeEditor::autosaveNow()
{
    d->autosave.stop();
    if (!d->modified || d->readOnly)
        return;
    auto written = d->recovery->write(editedNotice(), d->baseMarker);
    if (!written) {
        logger("notices")->warn("autosave of notice {} failed: {}", d->id,
                                written.error().text(Lang::En).toStdString());
        statusBar()->showMessage(tr("Không tự lưu được bản nháp: %1").arg(errorText(written.error())),
                                 8000);
        return;
    }
    statusBar()->showMessage(
        tr("Đã tự lưu bản nháp lúc %1 (chưa ghi vào cơ sở dữ liệu)")
            .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))),
        4000);
}

bool NoticeEditor::offerRecovery()
{
    if (!d->loaded || d->readOnly)
        return false;
    auto found = d->recovery->read();
    if (!found) {
        statusBar()->showMessage(errorText(found.error()), 15000);
        d->banner->setText(errorText(found.error()));
        d->banner->show();
        return false;
    }
    if (!*found)
        return false;
    const NoticeRecoveryEntry &entry = **found;
    if (NoticeRecovery::sameContent(entry.notice, d->saved)) {
        d->recovery->remove(); // nothing the database does not hold already
        return false;
    }
    bool restore = false;
    if (d->options.restoreRecovery) {
        restore = d->options.restoreRecovery(entry);
    } else {
        QString text = tr("Khôi phục bản nháp chưa lưu (lúc %1 ngày %2)?")
                           .arg(entry.savedAt.toString(QStringLiteral("HH:mm")),
                                entry.savedAt.toString(QStringLiteral("dd/MM/yyyy")));
        QMessageBox box(QMessageBox::Question, tr("Bản nháp chưa lưu"), text, QMessageBox::NoButton,
                        this);
        if (entry.baseMarker != d->baseMarker)
            box.setInformativeText(tr("Thông báo đã được lưu lại sau lúc đó; khôi phục sẽ thay "
                                      "nội dung đã lưu khi anh/chị lưu lần tới."));
        QPushButton *yes = box.addButton(tr("&Khôi phục"), QMessageBox::AcceptRole);
        QPushButton *no = box.addButton(tr("&Bỏ bản nháp"), QMessageBox::DestructiveRole);
        box.setDefaultButton(yes);
        box.setEscapeButton(no);
        box.exec();
        restore = box.clickedButton() == yes;
    }
    if (!restore) {
        d->recovery->remove();
        return false;
    }
    Notice restored = d->saved;
    restored.issuerId = entry.notice.issuerId;
    restored.subject = entry.notice.subject;
    restored.recipients = entry.notice.recipients;
    restored.urgency = entry.notice.urgency;
    restored.drafterInitials = entry.notice.drafterInitials;
    restored.copies = entry.notice.copies;
    restored.body = entry.notice.body;
    showNotice(restored);
    d->modified = true;
    d->autosave.start();
    updateTitle();
    updatePreview();
    statusBar()->showMessage(tr("Đã khôi phục bản nháp chưa lưu; bấm Lưu (Ctrl+S) để ghi lại."),
                             10000);
    return true;
}

void NoticeEditor::reload()
{
    d->autosave.stop();
    d->recovery->remove();
    load();
}

void NoticeEditor::setWorkflowActions(const QList<QAction *> &actions)
{
    for (QAction *guard : std::as_const(d->guards)) {
        d->toolbar->removeAction(guard);
        guard->deleteLater();
    }
    d->guards.clear();
    for (QAction *action : actions) {
        if (!action)
            continue;
        auto *guard = new QAction(this);
        QPointer<QAction> target(action);
        const auto copy = [guard, target] {
            if (!target)
                return;
            guard->setText(target->text());
            guard->setIcon(target->icon());
            guard->setToolTip(target->toolTip());
            guard->setStatusTip(target->statusTip());
            guard->setEnabled(target->isEnabled());
            guard->setVisible(target->isVisible());
            guard->setShortcut(target->shortcut());
        };
        copy();
        // The caller's action keeps its own shortcut only when it lives elsewhere too; here the
        // guard answers it, so a key never skips the save.
        connect(action, &QAction::changed, guard, copy);
        connect(guard, &QAction::triggered, this, [this, target] {
            if (!target || !saveIfModified())
                return;
            target->trigger();
        });
        d->toolbar->addAction(guard);
        d->guards.append(guard);
    }
}

void NoticeEditor::closeEvent(QCloseEvent *event)
{
    if (!d->modified || d->readOnly) {
        event->accept();
        return;
    }
    NoticeCloseChoice choice = NoticeCloseChoice::Cancel;
    if (d->options.askClose) {
        choice = d->options.askClose();
    } else {
        QMessageBox box(QMessageBox::Question, tr("Thông báo chưa lưu"),
                        tr("Lưu các thay đổi của thông báo trước khi đóng?"), QMessageBox::NoButton,
                        this);
        QPushButton *saveButton = box.addButton(tr("&Lưu"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Không lưu"), QMessageBox::DestructiveRole);
        QPushButton *cancel = box.addButton(tr("&Hủy"), QMessageBox::RejectRole);
        box.setDefaultButton(saveButton);
        box.setEscapeButton(cancel);
        box.exec();
        choice = box.clickedButton() == saveButton ? NoticeCloseChoice::Save
                 : box.clickedButton() == discard  ? NoticeCloseChoice::Discard
                                                   : NoticeCloseChoice::Cancel;
    }
    switch (choice) {
    case NoticeCloseChoice::Save:
        if (save()) {
            event->accept();
            return;
        }
        break;
    case NoticeCloseChoice::Discard:
        d->autosave.stop();
        d->recovery->remove();
        d->modified = false;
        event->accept();
        return;
    case NoticeCloseChoice::Cancel:
        break;
    }
    event->ignore();
}

} // namespace thuky::ui
