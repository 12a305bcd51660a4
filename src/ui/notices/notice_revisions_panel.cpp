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
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
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
    QTreeWidget *tree = nullptr;
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
    auto *treeLabel = new QLabel(tr("&Các lần trình và ý kiến:"), top);
    topLayout->addWidget(treeLabel);
    d->tree = new QTreeWidget(top);
    d->tree->setObjectName(QStringLiteral("revisionTree"));
    d->tree->setColumnCount(3);
    d->tree->setHeaderLabels({tr("Bản"), tr("Người"), tr("Lúc")});
    d->tree->setWordWrap(true);
    d->tree->setUniformRowHeights(false);
    d->tree->header()->setStretchLastSection(false);
    d->tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    d->tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    d->tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    treeLabel->setBuddy(d->tree);
    topLayout->addWidget(d->tree, 1);
    splitter->addWidget(top);

    auto *middle = new QWidget(splitter);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("So sánh &từ"), middle);
    d->from = new QComboBox(middle);
    d->from->setObjectName(QStringLiteral("compareFrom"));
    fromLabel->setBuddy(d->from);
    auto *toLabel = new QLabel(tr("đế&n"), middle);
    d->to = new QComboBox(middle);
    d->to->setObjectName(QStringLiteral("compareTo"));
    toLabel->setBuddy(d->to);
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
    middleLayout->addWidget(d->diff, 1);
    splitter->addWidget(middle);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *commentLabel = new QLabel(tr("Ý &kiến về bản mới nhất:"), bottom);
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
    d->tree->clear();
    d->revisions.clear();
    QList<domain::NoticeComment> comments;
    if (noticeId != 0) {
        auto details = d->workspace.notices().details(d->actor, noticeId);
        if (details) {
            d->revisions = details->revisions;
            comments = details->comments;
        } else {
            auto *item = new QTreeWidgetItem(d->tree, {errorText(details.error())});
            item->setFirstColumnSpanned(true);
        }
    }
    QTreeWidgetItem *lastItem = nullptr;
    for (const domain::NoticeRevision &revision : d->revisions) {
        QString name = tr("Lần %1").arg(revision.number);
        if (revision.issued)
            name += tr(" (bản ban hành)");
        auto *item = new QTreeWidgetItem(d->tree, {name, revision.userName, whenText(revision.at)});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(revision.id));
        if (revision.issued) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        for (const domain::NoticeComment &comment : comments) {
            if (comment.revisionId != revision.id)
                continue;
            auto *child = new QTreeWidgetItem(
                item, {tr("%1 (%2): %3").arg(comment.userName, whenText(comment.at), comment.text)});
            child->setFirstColumnSpanned(true);
            child->setToolTip(0, comment.text);
            child->setData(0, Qt::UserRole + 1, QVariant::fromValue<qlonglong>(comment.id));
        }
        item->setExpanded(true);
        lastItem = item;
    }
    if (lastItem)
        d->tree->scrollToItem(lastItem);

    const QSignalBlocker fromBlocker(d->from);
    const QSignalBlocker toBlocker(d->to);
    d->from->clear();
    d->to->clear();
    for (const domain::NoticeRevision &revision : d->revisions) {
        const QString label = tr("Lần %1 · %2").arg(revision.number).arg(whenText(revision.at));
        d->from->addItem(label, QVariant::fromValue<qlonglong>(revision.id));
        d->to->addItem(label, QVariant::fromValue<qlonglong>(revision.id));
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
