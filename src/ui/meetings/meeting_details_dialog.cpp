#include "meetings/meeting_details_dialog.h"

#include "common/message_boxes.h"
#include "common/record_history_dialog.h"
#include "meetings/content_dialog.h"
#include "meetings/content_list_model.h"
#include "meetings/form_helpers.h"
#include "meetings/meeting_dialog.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace thuky::ui {

using domain::Id;
using services::Action;

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

QString daysOf(const domain::Meeting &m)
{
    QStringList parts;
    for (int i = 0; i < m.phases.size(); ++i) {
        const domain::MeetingPhase &p = m.phases[i];
        QString days = p.first == p.last ? domain::shortDate(p.first)
                                         : QStringLiteral("%1 – %2").arg(domain::shortDate(p.first),
                                                                         domain::shortDate(p.last));
        parts.append(m.phases.size() > 1
                         ? MeetingDetailsDialog::tr("đợt %1: %2").arg(i + 1).arg(days)
                         : days);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

MeetingDetailsDialog::MeetingDetailsDialog(services::Workspace &workspace,
                                           const Permissions &permissions,
                                           MeetingCommandContext &context, QUndoStack *undoStack,
                                           Id meetingId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_permissions(permissions), m_context(context),
      m_undoStack(undoStack), m_meetingId(meetingId), m_title(new QLabel(this)),
      m_info(new QLabel(this)),
      m_editButton(new QPushButton(tr("&Sửa thông tin phiên họp…"), this)),
      m_contents(new ContentListModel(this)), m_contentView(makeTable(m_contents, this)),
      m_addContent(new QPushButton(tr("&Thêm nội dung…"), this)),
      m_editContent(new QPushButton(tr("Sửa nội dung…"), this)),
      m_removeContent(new QPushButton(tr("&Xóa nội dung"), this)),
      m_up(new QPushButton(tr("&Lên"), this)), m_down(new QPushButton(tr("Xuố&ng"), this)),
      m_documents(new DocumentListModel(this)), m_documentView(makeTable(m_documents, this)),
      m_addDocument(new QPushButton(tr("Thêm tài liệu…"), this)),
      m_receive(new QPushButton(tr("Đánh dấu đã &nhận…"), this)),
      m_unreceive(new QPushButton(tr("Bỏ đánh dấu đã nhận"), this)),
      m_invitees(new QListWidget(this)), m_addInvitee(new QPushButton(tr("&Mời…"), this)),
      m_removeInvitee(new QPushButton(tr("Bỏ mời"), this)),
      m_contentHistory(new QPushButton(tr("Lịch sử…"), this)),
      m_draftNotice(new QPushButton(tr("Soạn thông báo &kết luận"), this))
{
    if (auto days = m_workspace.calendar().workingDays(m_permissions.actor()))
        m_workingDays = *days;
    if (auto agencies = m_workspace.reference().agencies(m_permissions.actor()))
        m_agencies = *agencies;
    if (auto people = m_workspace.reference().people(m_permissions.actor()))
        m_people = *people;

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *head = new QHBoxLayout;
    auto *headText = new QVBoxLayout;
    headText->addWidget(m_title);
    headText->addWidget(m_info);
    head->addLayout(headText, 1);
    head->addWidget(m_editButton, 0, Qt::AlignTop);

    // Contents, with their commands at the right.
    QHeaderView *header = m_contentView->horizontalHeader();
    header->setSectionResizeMode(ContentListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ContentListModel::NumberColumn, 40);
    header->resizeSection(ContentListModel::PresentingColumn, 140);
    header->resizeSection(ContentListModel::ReviewingColumn, 140);
    header->resizeSection(ContentListModel::PlannedColumn, 118);
    header->resizeSection(ContentListModel::HandlingColumn, 110);
    header->resizeSection(ContentListModel::DocumentsColumn, 90);
    auto *contentButtons = new QVBoxLayout;
    m_contentHistory->setToolTip(
        tr("Ai đã thêm, sửa nội dung đang chọn, tài liệu và thành phần mời của nó (Ctrl+H)"));
    m_contentHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    for (QPushButton *button :
         {m_addContent, m_editContent, m_removeContent, m_up, m_down, m_contentHistory,
          m_draftNotice})
        contentButtons->addWidget(button);
    m_draftNotice->setObjectName(QStringLiteral("draftNoticeButton"));
    m_draftNotice->setToolTip(tr("Soạn thông báo kết luận về nội dung đang chọn, theo mẫu"));
    connect(m_draftNotice, &QPushButton::clicked, this, [this] {
        if (const services::ContentDetails *content = currentContent()) {
            m_draftNoticeContent = content->content.id;
            accept();
        }
    });
    contentButtons->addStretch();
    auto *contentsBox = new QGroupBox(tr("Nội dung phiên họp, theo thứ tự"), this);
    auto *contentsLayout = new QHBoxLayout(contentsBox);
    contentsLayout->addWidget(m_contentView, 1);
    contentsLayout->addLayout(contentButtons);

    // The selected content's documents and invitees.
    QHeaderView *documentHeader = m_documentView->horizontalHeader();
    documentHeader->setSectionResizeMode(DocumentListModel::AgencyColumn, QHeaderView::Stretch);
    documentHeader->resizeSection(DocumentListModel::KindColumn, 190);
    auto *documentButtons = new QVBoxLayout;
    for (QPushButton *button : {m_addDocument, m_receive, m_unreceive})
        documentButtons->addWidget(button);
    documentButtons->addStretch();
    auto *documentsBox = new QGroupBox(tr("Tài liệu của nội dung đang chọn"), this);
    auto *documentsLayout = new QHBoxLayout(documentsBox);
    documentsLayout->addWidget(m_documentView, 1);
    documentsLayout->addLayout(documentButtons);
    auto *inviteesBox = new QGroupBox(tr("Thành phần mời"), this);
    auto *inviteesLayout = new QVBoxLayout(inviteesBox);
    m_invitees->setWordWrap(true);
    m_invitees->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    inviteesLayout->addWidget(m_invitees);
    auto *inviteeButtons = new QHBoxLayout;
    inviteeButtons->addWidget(m_addInvitee);
    inviteeButtons->addWidget(m_removeInvitee);
    inviteesLayout->addLayout(inviteeButtons);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(documentsBox);
    lower->addWidget(inviteesBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(contentsBox);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Đó&ng"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Undo and redo work here as in the window: the same stack.
    if (m_undoStack) {
        QAction *undo = m_undoStack->createUndoAction(this, tr("Hoàn tác"));
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_undoStack->createRedoAction(this, tr("Làm lại"));
        redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
        addAction(undo);
        addAction(redo);
        // Whatever is done, undone or redone, here or in the window, shows at once.
        connect(m_undoStack, &QUndoStack::indexChanged, this, &MeetingDetailsDialog::reload);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(split, 1);
    layout->addWidget(close);

    connect(m_editButton, &QPushButton::clicked, this, &MeetingDetailsDialog::editMeeting);
    connect(m_addContent, &QPushButton::clicked, this, &MeetingDetailsDialog::addContent);
    connect(m_editContent, &QPushButton::clicked, this, &MeetingDetailsDialog::editContent);
    connect(m_removeContent, &QPushButton::clicked, this, &MeetingDetailsDialog::removeContent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveContent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveContent(1); });
    connect(m_addDocument, &QPushButton::clicked, this, &MeetingDetailsDialog::addDocument);
    connect(m_receive, &QPushButton::clicked, this, &MeetingDetailsDialog::receiveDocument);
    connect(m_unreceive, &QPushButton::clicked, this, [this] { markReceived(QDate()); });
    connect(m_contentHistory, &QPushButton::clicked, this, [this] {
        const services::ContentDetails *content = currentContent();
        if (!content)
            return;
        RecordHistoryDialog history(m_workspace.audit(), m_permissions.actor(),
                                    storage::Entity::MeetingContent, content->content.id,
                                    tr("Nội dung “%1”").arg(content->content.title), this);
        history.exec();
    });
    connect(m_addInvitee, &QPushButton::clicked, this, &MeetingDetailsDialog::addInvitee);
    connect(m_removeInvitee, &QPushButton::clicked, this, &MeetingDetailsDialog::removeInvitee);
    connect(m_invitees, &QListWidget::currentRowChanged, this,
            &MeetingDetailsDialog::updateButtons);
    connect(m_contentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingDetailsDialog::showContent);
    connect(m_documentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingDetailsDialog::updateButtons);
    connect(m_contentView, &QTableView::activated, this, [this] {
        if (m_permissions.allows(Action::EditMeetings))
            editContent();
    });

    resize(1100, 660);
    reload();
}

MeetingDetailsDialog::~MeetingDetailsDialog() = default;

void MeetingDetailsDialog::reload()
{
    const Id selected = currentContent() ? currentContent()->content.id : 0;
    const int documentRow = m_documentView->currentIndex().row();
    auto details = m_workspace.meetings().details(m_permissions.actor(), m_meetingId);
    if (!details) {
        // Deleted (or its creation undone) while open: nothing left to show.
        m_details = {};
        m_contents->setContents({});
        m_title->setText(tr("Phiên họp không còn trong lịch"));
        m_info->clear();
        showContent();
        return;
    }
    m_details = std::move(details).value();
    const domain::Meeting &m = m_details.meeting;
    setWindowTitle(tr("%1 — khóa %2").arg(m.title(), domain::toRoman(m.term)));
    m_title->setText(tr("%1 (khóa %2)").arg(m.title(), domain::toRoman(m.term)));
    QStringList lines;
    lines.append(tr("<b>%1</b> · %2 · %3")
                     .arg(domain::meetingKindLabel(m.kind), domain::meetingStatusLabel(m.status),
                          daysOf(m)));
    if (!m.reserveDays.isEmpty()) {
        QStringList days;
        for (const QDate &day : m.reserveDays)
            days.append(domain::shortDate(day));
        lines.last() += tr(" · dự phòng: %1").arg(days.join(QStringLiteral(", ")));
    }
    lines.append(tr("Địa điểm: %1%2")
                     .arg(m.venue.toHtmlEscaped(),
                          m_details.chairName.isEmpty()
                              ? QString()
                              : tr(" · Chủ trì: %1").arg(m_details.chairName.toHtmlEscaped())));
    const domain::MeetingMilestones &ms = m_details.milestones;
    lines.append(tr("Chốt chương trình: %1 · Quyết định triệu tập: %2 · Hạn gửi tài liệu: %3")
                     .arg(domain::shortDate(ms.programmeSettled), domain::shortDate(ms.convocation),
                          domain::shortDate(ms.documentsDue)));
    m_info->setText(lines.join(QStringLiteral("<br>")));

    m_contents->setContents(m_details.contents);
    const int row = std::max(0, m_contents->findRow(selected));
    if (m_contents->rowCount() > 0)
        m_contentView->selectionModel()->setCurrentIndex(m_contents->index(row, 0),
                                                         QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    showContent();
    if (documentRow >= 0 && documentRow < m_documents->rowCount())
        m_documentView->selectionModel()->setCurrentIndex(m_documents->index(documentRow, 0),
                                                          QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    updateButtons();
}

const services::ContentDetails *MeetingDetailsDialog::currentContent() const
{
    return m_contents->contentAt(m_contentView->currentIndex().row());
}

const services::DocumentStatus *MeetingDetailsDialog::currentDocument() const
{
    return m_documents->documentAt(m_documentView->currentIndex().row());
}

void MeetingDetailsDialog::showContent()
{
    const services::ContentDetails *content = currentContent();
    m_documents->setDocuments(content ? content->documents : QList<services::DocumentStatus>{});
    if (m_documents->rowCount() > 0)
        m_documentView->selectionModel()->setCurrentIndex(m_documents->index(0, 0),
                                                          QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_invitees->clear();
    if (content) {
        for (const services::NamedInvitee &invitee : content->invitees)
            m_invitees->addItem(invitee.name);
    }
    updateButtons();
}

void MeetingDetailsDialog::updateButtons()
{
    const bool exists = m_details.meeting.id != 0;
    const int row = m_contentView->currentIndex().row();
    const services::ContentDetails *content = currentContent();
    const services::DocumentStatus *document = currentDocument();
    m_permissions.apply(m_editButton, Action::EditMeetings, exists);
    m_permissions.apply(m_addContent, Action::EditMeetings, exists);
    m_permissions.apply(m_editContent, Action::EditMeetings, content != nullptr);
    m_permissions.apply(m_removeContent, Action::EditMeetings, content != nullptr);
    m_permissions.apply(m_up, Action::EditMeetings, content != nullptr && row > 0);
    m_permissions.apply(m_down, Action::EditMeetings,
                        content != nullptr && row + 1 < m_contents->rowCount());
    m_permissions.apply(m_addDocument, Action::EditMeetings, content != nullptr);
    m_permissions.apply(m_receive, Action::EditMeetings, document != nullptr);
    m_permissions.apply(m_unreceive, Action::EditMeetings,
                        document != nullptr && document->document.receivedOn.isValid());
    m_permissions.apply(m_addInvitee, Action::EditMeetings, content != nullptr);
    m_permissions.apply(m_contentHistory, Action::ViewHistory, content != nullptr);
    m_permissions.apply(m_draftNotice, Action::DraftNotice, content != nullptr);
    m_permissions.apply(m_removeInvitee, Action::EditMeetings,
                        content != nullptr && m_invitees->currentRow() >= 0);
}

bool MeetingDetailsDialog::push(std::unique_ptr<MeetingCommand> command)
{
    // The stack's index moves when the command is done: reload() follows it.
    return pushCommand(m_undoStack, std::move(command));
}

void MeetingDetailsDialog::editMeeting()
{
    MeetingDialogChoices choices;
    const domain::Actor &actor = m_permissions.actor();
    if (auto terms = m_workspace.meetings().terms(actor))
        choices.terms = *terms;
    if (auto people = m_workspace.reference().people(actor))
        choices.people = *people;
    choices.workingDays = m_workingDays;
    MeetingDialog dialog(choices, this);
    dialog.setMeeting(m_details.meeting);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(meeting_commands::editMeeting(m_context, actor, m_details.meeting, dialog.meeting()));
}

void MeetingDetailsDialog::addContent()
{
    ContentDialog dialog(m_agencies, m_workingDays, this);
    domain::MeetingContent content;
    content.meetingId = m_meetingId;
    content.plannedYear = m_details.meeting.firstDay().year();
    content.plannedMonth = m_details.meeting.firstDay().month();
    dialog.setMeetingDay(m_details.meeting.firstDay());
    dialog.setContent(content);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (push(meeting_commands::addContent(m_context, m_permissions.actor(), m_details.meeting,
                                          dialog.content(), dialog.documents()))) {
        const int last = m_contents->rowCount() - 1;
        m_contentView->selectionModel()->setCurrentIndex(m_contents->index(last, 0),
                                                         QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }
}

void MeetingDetailsDialog::editContent()
{
    const services::ContentDetails *content = currentContent();
    if (!content)
        return;
    ContentDialog dialog(m_agencies, m_workingDays, this);
    dialog.setMeetingDay(m_details.meeting.firstDay());
    dialog.setContent(content->content);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(meeting_commands::editContent(m_context, m_permissions.actor(), m_details.meeting,
                                       content->content, dialog.content()));
}

void MeetingDetailsDialog::removeContent()
{
    const services::ContentDetails *content = currentContent();
    if (!content)
        return;
    if (!confirm(
            this, tr("Xóa nội dung"),
            tr("Xóa nội dung “%1” cùng %2 tài liệu và %3 thành phần mời của nó khỏi phiên họp?")
                .arg(content->content.title)
                .arg(content->documents.size())
                .arg(content->invitees.size()),
            tr("&Xóa")))
        return;
    push(meeting_commands::removeContent(m_context, m_permissions.actor(), m_details.meeting,
                                         *content));
}

void MeetingDetailsDialog::moveContent(int step)
{
    const int row = m_contentView->currentIndex().row();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_contents->rowCount())
        return;
    QList<Id> before;
    for (const services::ContentDetails &c : std::as_const(m_details.contents))
        before.append(c.content.id);
    QList<Id> after = before;
    after.move(row, target);
    const Id moved = before[row];
    if (push(meeting_commands::reorderContents(m_context, m_permissions.actor(), m_details.meeting,
                                               before, after)))
        m_contentView->selectionModel()->setCurrentIndex(
            m_contents->index(m_contents->findRow(moved), 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MeetingDetailsDialog::addDocument()
{
    const services::ContentDetails *content = currentContent();
    if (!content)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Thêm tài liệu"));
    auto *kind = new QComboBox(&dialog);
    fillChoices(kind, domain::kAllDocumentKinds,
                [](auto v) { return domain::documentKindLabel(v); });
    auto *agency = new QComboBox(&dialog);
    fillAgencies(agency, m_agencies, content->content.presentingAgencyId);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("L&oại tài liệu:"), kind);
    form->addRow(tr("&Cơ quan gửi:"), agency);
    form->addRow(new QLabel(tr("Hạn gửi tính theo quy định thời hạn của phiên họp."), &dialog));
    form->addRow(saveCancelButtons(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return;
    domain::RequiredDocument document;
    document.contentId = content->content.id;
    document.kind = domain::DocumentKind(kind->currentData().toInt());
    document.responsibleAgencyId = agency->currentData().toLongLong();
    push(meeting_commands::addDocument(m_context, m_permissions.actor(), m_details.meeting,
                                       document));
}

void MeetingDetailsDialog::receiveDocument()
{
    const services::DocumentStatus *document = currentDocument();
    if (!document)
        return;
    const QDate today = m_workspace.meetings().today();
    const auto on =
        askDate(this, tr("Đánh dấu đã nhận"),
                tr("%1 của %2 nhận ngày:")
                    .arg(domain::documentKindLabel(document->document.kind), document->agencyName),
                document->document.receivedOn.isValid() ? document->document.receivedOn : today,
                m_workingDays, today);
    if (on)
        markReceived(*on);
}

void MeetingDetailsDialog::markReceived(const QDate &on)
{
    const services::DocumentStatus *document = currentDocument();
    if (!document)
        return;
    push(meeting_commands::receiveDocument(m_context, m_permissions.actor(), m_details.meeting,
                                           document->document, on));
}

} // namespace thuky::ui

namespace thuky::ui {

void MeetingDetailsDialog::addInvitee()
{
    const services::ContentDetails *content = currentContent();
    if (!content)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Mời dự nội dung"));
    auto *who = new QComboBox(&dialog);
    fillInviteeChoices(who, m_agencies, m_people);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Cơ quan hoặc cán bộ:"), who);
    form->addRow(saveCancelButtons(&dialog));
    dialog.setMinimumWidth(480);
    if (dialog.exec() != QDialog::Accepted || who->currentIndex() < 0)
        return;
    const services::NamedInvitee invitee{chosenInvitee(who), who->currentText()};
    push(meeting_commands::addInvitee(m_context, m_permissions.actor(), m_details.meeting,
                                      content->content.id, invitee));
}

void MeetingDetailsDialog::removeInvitee()
{
    const services::ContentDetails *content = currentContent();
    const int row = m_invitees->currentRow();
    if (!content || row < 0 || row >= content->invitees.size())
        return;
    push(meeting_commands::removeInvitee(m_context, m_permissions.actor(), m_details.meeting,
                                         content->content.id, content->invitees[row]));
}

} // namespace thuky::ui
