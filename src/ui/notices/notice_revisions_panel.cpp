#include "notices/notice_revisions_panel.h"

#include "common/display_text.h"
#include "common/message_boxes.h"
#include "common/permissions.h"
#include "notices/notice_diff_view.h"

#include "thuky/services/notice_service.h"
#include "thuky/services/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace thuky::ui {

namespace {

QString whenText(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

} // namespace

struct NoticeRevisionsPanel::Private
{
    services::Workspace &workspace;
    domain::Actor actor;
    domain::Id id = 0;
    QList<domain::NoticeRevision> revisions;
    QTextBrowser *history = nullptr;
    QComboBox *from = nullptr;
    QComboBox *to = nullptr;
    NoticeDiffView *diff = nullptr;
    QPlainTextEdit *comment = nullptr;
    QPushButton *send = nullptr;
    QLabel *commentHint = nullptr;
    bool mayComment = false;

    Private(services::Workspace &w, domain::Actor a) : workspace(w), actor(std::move(a)) {}
};

NoticeRevisionsPanel::NoticeRevisionsPanel(services::Workspace &workspace, domain::Actor actor,
                                           QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>(workspace, std::move(actor)))
{
    d->mayComment = Permissions(workspace.authorizer(), d->actor)
                        .allows(services::Action::ReviewNotice);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);

    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyLabel = new QLabel(tr("Các &lần trình, ý kiến dưới mỗi lần:"), top);
    topLayout->addWidget(historyLabel);
    d->history = new QTextBrowser(top);
    d->history->setObjectName(QStringLiteral("revisionHistory"));
    d->history->setOpenLinks(false);
    historyLabel->setBuddy(d->history);
    topLayout->addWidget(d->history, 1);
    splitter->addWidget(top);

    auto *middle = new QWidget(splitter);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("So sán&h từ"), middle);
    d->from = new QComboBox(middle);
    d->from->setObjectName(QStringLiteral("compareFrom"));
    fromLabel->setBuddy(d->from);
    auto *toLabel = new QLabel(tr("đến"), middle);
    d->to = new QComboBox(middle);
    d->to->setObjectName(QStringLiteral("compareTo"));
    choose->addWidget(fromLabel);
    choose->addWidget(d->from, 1);
    choose->addWidget(toLabel);
    choose->addWidget(d->to, 1);
    middleLayout->addLayout(choose);
    auto *legend = new QLabel(
        tr("<span style='color:%1;text-decoration:underline'>thêm vào</span> · "
           "<span style='color:%2;text-decoration:line-through'>xóa đi</span>")
            .arg(NoticeDiffView::insertionColor().name(), NoticeDiffView::deletionColor().name()),
        middle);
    middleLayout->addWidget(legend);
    d->diff = new NoticeDiffView(middle);
    // Two lines at least, so a short pane squeezes the lists around it, not the comparison's
    // text into a cut-off strip.
    d->diff->setMinimumHeight(2 * d->diff->fontMetrics().lineSpacing() + 2 * d->diff->frameWidth() + 8);
    middleLayout->addWidget(d->diff, 1);
    splitter->addWidget(middle);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *commentLabel = new QLabel(tr("Ý k&iến về bản mới nhất:"), bottom);
    d->comment = new QPlainTextEdit(bottom);
    d->comment->setObjectName(QStringLiteral("commentText"));
    d->comment->setTabChangesFocus(true);
    d->comment->setPlaceholderText(tr("Nhập ý kiến rà soát, Ctrl+Enter để gửi"));
    commentLabel->setBuddy(d->comment);
    d->send = new QPushButton(tr("&Gửi ý kiến"), bottom);
    d->send->setObjectName(QStringLiteral("sendComment"));
    d->send->setToolTip(tr("Gửi ý kiến (Ctrl+Enter)"));
    auto *sendAction = new QAction(d->comment);
    sendAction->setShortcuts({QKeySequence(tr("Ctrl+Return")), QKeySequence(tr("Ctrl+Enter"))});
    sendAction->setShortcutContext(Qt::WidgetShortcut);
    d->comment->addAction(sendAction);
    connect(sendAction, &QAction::triggered, d->send, &QPushButton::click);
    d->commentHint = new QLabel(bottom);
    d->commentHint->setWordWrap(true);
    bottomLayout->addWidget(commentLabel);
    bottomLayout->addWidget(d->comment, 1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(d->commentHint, 1);
    sendRow->addWidget(d->send);
    bottomLayout->addLayout(sendRow);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter);

    const auto compare = [this] {
        const domain::Id from = d->from->currentData().toLongLong();
        const domain::Id to = d->to->currentData().toLongLong();
        if (d->revisions.size() < 2 || from == 0 || to == 0) {
            d->diff->setMessage(tr("Cần ít nhất hai lần trình để so sánh."));
            return;
        }
        auto spans = d->workspace.notices().compare(d->actor, from, to);
        if (!spans) {
            d->diff->setMessage(errorText(spans.error()));
            return;
        }
        d->diff->setSpans(*spans);
    };
    connect(d->from, &QComboBox::currentIndexChanged, this, compare);
    connect(d->to, &QComboBox::currentIndexChanged, this, compare);
    connect(d->comment, &QPlainTextEdit::textChanged, this, [this] {
        d->send->setEnabled(d->mayComment && !d->revisions.isEmpty() &&
                            !d->comment->toPlainText().trimmed().isEmpty());
    });
    connect(d->send, &QPushButton::clicked, this, [this] {
        const QString text = d->comment->toPlainText().trimmed();
        if (text.isEmpty() || d->id == 0)
            return;
        auto added = d->workspace.notices().comment(d->actor, d->id, text);
        if (!added) {
            showError(this, tr("Không gửi được ý kiến"), added.error());
            return;
        }
        d->comment->clear();
        const domain::Id id = d->id;
        setNotice(id);
        Q_EMIT commented(id);
    });
    setNotice(0);
}

NoticeRevisionsPanel::~NoticeRevisionsPanel() = default;

void NoticeRevisionsPanel::setNotice(domain::Id noticeId)
{
    d->id = noticeId;
    d->revisions.clear();
    QList<domain::NoticeComment> comments;
    QString html;
    if (noticeId != 0) {
        auto details = d->workspace.notices().details(d->actor, noticeId);
        if (details) {
            d->revisions = details->revisions;
            comments = details->comments;
        } else {
            html += QStringLiteral("<p>%1</p>").arg(errorText(details.error()).toHtmlEscaped());
        }
    }
    for (const domain::NoticeRevision &revision : d->revisions) {
        html += QStringLiteral("<p style='margin-top:6px;margin-bottom:2px'><b>%1</b>%2 · %3 · "
                               "%4</p>")
                    .arg(tr("Lần %1").arg(revision.number),
                         revision.issued ? tr(" (bản ban hành)") : QString(),
                         revision.userName.toHtmlEscaped(), whenText(revision.at));
        for (const domain::NoticeComment &comment : comments) {
            if (comment.revisionId != revision.id)
                continue;
            html += QStringLiteral("<p style='margin-left:14px;margin-top:0;margin-bottom:2px'>"
                                   "<i>%1, %2:</i> %3</p>")
                        .arg(comment.userName.toHtmlEscaped(), whenText(comment.at),
                             comment.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        }
    }
    if (d->revisions.isEmpty() && noticeId != 0)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Chưa trình lần nào."));
    d->history->setHtml(html);
    d->history->moveCursor(QTextCursor::End);
    d->history->ensureCursorVisible();

    const QSignalBlocker fromBlocker(d->from);
    const QSignalBlocker toBlocker(d->to);
    d->from->clear();
    d->to->clear();
    for (const domain::NoticeRevision &revision : d->revisions) {
        const QString label = tr("Lần %1").arg(revision.number);
        for (QComboBox *box : {d->from, d->to}) {
            box->addItem(label, QVariant::fromValue<qlonglong>(revision.id));
            box->setItemData(box->count() - 1,
                             tr("Lần %1, %2, %3")
                                 .arg(revision.number)
                                 .arg(revision.userName, whenText(revision.at)),
                             Qt::ToolTipRole);
        }
    }
    const int count = static_cast<int>(d->revisions.size());
    d->from->setCurrentIndex(std::max(0, count - 2));
    d->to->setCurrentIndex(count - 1);
    d->from->setEnabled(count >= 2);
    d->to->setEnabled(count >= 2);
    if (count >= 2) {
        auto spans = d->workspace.notices().compare(d->actor, d->revisions[count - 2].id,
                                                    d->revisions[count - 1].id);
        if (spans)
            d->diff->setSpans(*spans);
        else
            d->diff->setMessage(errorText(spans.error()));
    } else {
        d->diff->setMessage(count == 1 ? tr("Mới có một lần trình: chưa có gì để so sánh.")
                                       : tr("Chưa có lần trình nào."));
    }

    d->comment->setEnabled(d->mayComment && count > 0);
    d->send->setEnabled(false);
    if (!d->mayComment)
        d->commentHint->setText(tr("Chỉ người có quyền rà soát mới gửi được ý kiến."));
    else if (count == 0)
        d->commentHint->setText(tr("Ý kiến gửi về một lần trình; thông báo chưa được trình."));
    else
        d->commentHint->setText(QString());
}

domain::Id NoticeRevisionsPanel::noticeId() const
{
    return d->id;
}

} // namespace thuky::ui
