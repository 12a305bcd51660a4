#include "notices/notices_page.h"

#include "common/icons.h"
#include "common/message_boxes.h"
#include "common/settings.h"
#include "notices/follow_up_dialog.h"
#include "notices/new_notice_dialog.h"
#include "notices/notice_details_pane.h"
#include "notices/notice_editor.h"
#include "notices/notice_list_model.h"
#include "notices/notice_register_dialog.h"
#include "notices/notice_settings_dialog.h"
#include "notices/notice_texts.h"
#include "notices/notice_workflow.h"

#include "thuky/services/notice_service.h"
#include "thuky/storage/audit_repository.h"
#include "thuky/services/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace thuky::ui {

using domain::Id;
using services::Action;

namespace {
/// Subjects often share their first words ("Kết luận của lãnh đạo Quốc hội tại cuộc họp
/// về …"): cut in the middle, so that the words that tell them apart stay in view.
class MiddleElidingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};
} // namespace

NoticesPage::NoticesPage(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                         QWidget *parent)
    : ModulePage(parent), m_workspace(workspace), m_actor(actor), m_settings(settings),
      m_permissions(workspace.authorizer(), actor),
      m_model(new NoticeListModel(workspace.notices(), actor, this)),
      m_workflow(new NoticeWorkflow(workspace, actor, settings, this, this))
{
    setObjectName(QStringLiteral("noticesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createFilterBar());

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("noticeView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(NoticeListModel::SubjectColumn,
                                     new MiddleElidingDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(NoticeListModel::SubjectColumn, QHeaderView::Stretch);
    const int digit = m_view->fontMetrics().horizontalAdvance(u'0');
    header->resizeSection(NoticeListModel::NumberColumn, digit * 15);
    header->resizeSection(NoticeListModel::KindColumn, digit * 10);
    header->resizeSection(NoticeListModel::StatusColumn, digit * 20);
    for (int c : {NoticeListModel::MeetingDateColumn, NoticeListModel::DueDateColumn,
                  NoticeListModel::IssueDateColumn})
        header->resizeSection(c, digit * 12);
    header->resizeSection(NoticeListModel::WorkingDaysColumn, digit * 7);
    header->resizeSection(NoticeListModel::DrafterColumn, digit * 17);
    header->setMinimumSectionSize(digit * 5);
    // The subject needs the room: the kind and the meeting date start hidden (the details
    // show them; the header's menu shows them again).
    header->setSectionHidden(NoticeListModel::KindColumn, true);
    header->setSectionHidden(NoticeListModel::MeetingDateColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint at) {
        QMenu menu(this);
        for (int c = 0; c < NoticeListModel::ColumnCount; ++c) {
            if (c == NoticeListModel::SubjectColumn)
                continue;
            QAction *toggle = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!header->isSectionHidden(c));
            connect(toggle, &QAction::toggled, header,
                    [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(at));
    });

    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    auto *pager = new QHBoxLayout;
    m_previous = new QToolButton;
    m_previous->setText(tr("‹ Trang trước"));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_next = new QToolButton;
    m_next->setText(tr("Trang sau ›"));
    m_next->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_next);
    pager->addStretch(1);
    auto *legend = new QLabel(tr("Màu đỏ: quá hạn ban hành; màu cam: ban hành muộn."));
    legend->setForegroundRole(QPalette::PlaceholderText);
    pager->addWidget(legend);
    listLayout->addLayout(pager);
    connect(m_previous, &QToolButton::clicked, this, &NoticesPage::previousPage);
    connect(m_next, &QToolButton::clicked, this, &NoticesPage::nextPage);

    m_details = new NoticeDetailsPane(workspace, actor);
    // The details under the list: the list keeps the whole width for its columns.
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_details->setMinimumHeight(200);
    listSide->setMinimumHeight(160);
    // The details get room for the revisions' comparison as well as the fields.
    m_splitter->setSizes({320, 300});
    layout->addWidget(m_splitter, 1);

    createActions();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NoticesPage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &NoticesPage::currentChanged, Qt::UniqueConnection);
        updateStatus();
    });
    connect(m_model, &NoticeListModel::failed, this, &NoticesPage::reportError);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Id id = m_model->data(index, NoticeListModel::IdRole).toLongLong())
            openEditor(id);
    });
    connect(m_workflow, &NoticeWorkflow::openRequested, this, &NoticesPage::openEditor);
    connect(m_workflow, &NoticeWorkflow::noticeChanged, this, &NoticesPage::noticeChanged);
    connect(m_workflow, &NoticeWorkflow::noticeCreated, this, [this](Id id) {
        noticeChanged(id);
        selectNotice(id);
        openEditor(id);
    });
    connect(m_workflow, &NoticeWorkflow::message, this, &NoticesPage::showMessage);
    connect(m_details, &NoticeDetailsPane::taskActivated, this, &NoticesPage::showTaskRequested);
    connect(m_details, &NoticeDetailsPane::noticeActivated, this,
            [this](Id id) { selectNotice(id); });
    connect(m_details, &NoticeDetailsPane::addFollowUpRequested, this, &NoticesPage::addFollowUp);
    connect(m_details, &NoticeDetailsPane::commented, this, [this](Id id) { noticeChanged(id); });

    applyFilter();
}

NoticesPage::~NoticesPage()
{
    for (const QPointer<NoticeEditor> &editor : std::as_const(m_editors)) {
        if (editor)
            delete editor.data();
    }
}

QString NoticesPage::key() const
{
    return QStringLiteral("notices");
}

QString NoticesPage::title() const
{
    return tr("Thông báo kết luận");
}

QIcon NoticesPage::icon() const
{
    return icons::notices();
}

QWidget *NoticesPage::createFilterBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const QDate today = m_workspace.notices().today();

    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_year->addItem(tr("Mọi năm"), 0);
    for (int y = today.year() + 1; y >= today.year() - 10; --y)
        m_year->addItem(QString::number(y), y);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Mọi trạng thái"), -1);
    for (const domain::NoticeStatus s : domain::kAllNoticeStatuses)
        m_status->addItem(noticeStatusText(s), int(s));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("Mọi loại"), -1);
    for (const domain::NoticeKind k : domain::kAllNoticeKinds)
        m_kind->addItem(noticeKindText(k), int(k));
    m_issuer = new QComboBox;
    m_issuer->setObjectName(QStringLiteral("issuerFilter"));
    m_issuer->addItem(tr("Mọi cơ quan"), 0);
    if (auto issuers = m_workspace.notices().issuers(m_actor)) {
        for (const domain::IssuerProfile &i : *issuers) {
            m_issuer->addItem(i.symbol, qint64(i.id));
            m_issuer->setItemData(m_issuer->count() - 1, i.issuingBody, Qt::ToolTipRole);
        }
    }
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("noticeSearch"));
    m_search->setPlaceholderText(tr("Tìm trích yếu, nội dung, số, người soạn (gõ không dấu được)"));
    m_search->setToolTip(tr("Mỗi từ là đầu một từ, không cần dấu: \"ket lu\" tìm \"Kết luận\"; số như \"05/TB\""));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &NoticesPage::applyFilter);

    auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    labelled(tr("&Năm:"), m_year);
    labelled(tr("Trạng t&hái:"), m_status);
    labelled(tr("&Loại:"), m_kind);
    labelled(tr("&Cơ quan:"), m_issuer);
    row->addWidget(m_search, 1);
    for (QComboBox *combo : {m_year, m_status, m_kind, m_issuer})
        connect(combo, &QComboBox::currentIndexChanged, this, &NoticesPage::applyFilter);
    return bar;
}

void NoticesPage::createActions()
{
    m_newAction = makeAction(icons::addTask(), tr("Thông báo mớ&i…"), QKeySequence::New,
                             &NoticesPage::newNotice);
    m_newAction->setToolTip(tr("Soạn thông báo kết luận mới từ một nội dung phiên họp hoặc "
                               "theo loại (Ctrl+N)"));
    m_followUpAction = makeAction(icons::recordProgress(), tr("Giao nhiệm &vụ theo dõi…"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                  &NoticesPage::addFollowUp);
    m_followUpAction->setToolTip(
        tr("Giao một nhiệm vụ trong chương trình công tác theo một kết luận đã ban hành"));
    m_registerAction = makeAction(icons::history(), tr("&Sổ đăng ký…"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                  &NoticesPage::showRegister);
    m_registerAction->setToolTip(tr("Sổ đăng ký văn bản đi: mọi số thông báo của năm"));
    m_settingsAction = makeAction(icons::administration(), tr("Cơ quan ban hành và &mẫu…"),
                                  QKeySequence(), &NoticesPage::showSettings);

    // The workflow's actions work wherever the page is shown (their shortcuts too); Enter
    // opens the selected notice from the list.
    for (QAction *a : m_workflow->stepActions() + m_workflow->exportActions()) {
        addAction(a);
        if (!a->shortcut().isEmpty())
            explainWhenDisabled(a);
    }
    m_view->addAction(m_workflow->openAction());
    auto *enter = new QAction(this);
    enter->setShortcut(QKeySequence(Qt::Key_Enter));
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, m_workflow->openAction(), &QAction::trigger);
    m_view->addAction(enter);
    updateActions();
}

QList<QAction *> NoticesPage::fileActions() const
{
    return m_workflow->exportActions() + QList<QAction *>{m_registerAction, m_settingsAction};
}

QList<QAction *> NoticesPage::editActions() const
{
    return QList<QAction *>{m_newAction, m_workflow->openAction()} + m_workflow->stepActions() +
           QList<QAction *>{m_followUpAction};
}

void NoticesPage::applyFilter()
{
    storage::NoticeFilter f;
    if (const int y = m_year->currentData().toInt())
        f.year = y;
    if (const int s = m_status->currentData().toInt(); s >= 0)
        f.status = domain::NoticeStatus(s);
    if (const int k = m_kind->currentData().toInt(); k >= 0)
        f.kind = domain::NoticeKind(k);
    f.issuerId = m_issuer->currentData().toLongLong();
    f.text = m_search->text();
    const Id keep = currentNoticeId();
    (void)m_model->setFilter(f);
    if (keep && m_model->rowOf(keep) >= 0)
        m_view->selectRow(m_model->rowOf(keep));
    else if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    currentChanged();
}

void NoticesPage::reload()
{
    const Id keep = currentNoticeId();
    (void)m_model->reload();
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_view->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    currentChanged();
}

void NoticesPage::focusFilter()
{
    m_search->setFocus();
    m_search->selectAll();
}

void NoticesPage::clearFilter()
{
    const QSignalBlocker y(m_year), s(m_status), k(m_kind), i(m_issuer), t(m_search);
    m_year->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_issuer->setCurrentIndex(0);
    m_search->clear();
    applyFilter();
}

Id NoticesPage::currentNoticeId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->data(index, NoticeListModel::IdRole).toLongLong() : 0;
}

bool NoticesPage::openRecord(storage::Entity entity, Id id)
{
    return entity == storage::Entity::Notice && selectNotice(id);
}

bool NoticesPage::selectNotice(Id id)
{
    if (!id)
        return false;
    if (m_model->rowOf(id) < 0) {
        auto notice = m_workspace.notices().notice(m_actor, id);
        if (!notice)
            return false;
        clearFilter();
        // Turn the pages (newest first: a new notice is on the first).
        for (int p = 0; m_model->rowOf(id) < 0 && p < m_model->pageCount(); ++p)
            (void)m_model->setPage(p);
    }
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    currentChanged();
    return true;
}

void NoticesPage::currentChanged()
{
    const Id id = currentNoticeId();
    if (id != m_workflow->noticeId() || id != m_details->noticeId()) {
        m_workflow->setNotice(id);
        m_details->setNotice(id);
    }
    updateActions();
    updateStatus();
}

void NoticesPage::noticeChanged(Id id)
{
    m_changedHidden = false;
    const int before = m_view->currentIndex().row();
    (void)m_model->reload();
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(row);
    } else if (m_model->rowCount() > 0) {
        // The filter no longer lists it: the next notice takes its place, and the window
        // offers to clear the filter.
        m_view->selectRow(std::clamp(before, 0, m_model->rowCount() - 1));
        m_changedHidden = true;
    }
    m_workflow->setNotice(currentNoticeId());
    m_details->setNotice(currentNoticeId());
    if (NoticeEditor *editor = editorOf(id))
        editor->reload();
    updateActions();
    updateStatus();
}

void NoticesPage::showMessage(const QString &text)
{
    if (std::exchange(m_changedHidden, false))
        Q_EMIT hiddenByFilter(
            tr("%1 Thông báo đó không còn trong danh sách vì bộ lọc.").arg(text));
    else
        Q_EMIT transientMessage(text);
}

void NoticesPage::updateActions()
{
    const domain::Notice &n = m_workflow->notice();
    const bool issued = n.id && n.isIssued();
    m_permissions.apply(m_newAction, Action::DraftNotice);
    m_permissions.apply(m_followUpAction, Action::DraftNotice, issued);
    if (m_permissions.allows(Action::DraftNotice) && !m_permissions.allows(Action::EditTask)) {
        m_followUpAction->setEnabled(false);
        m_followUpAction->setToolTip(m_permissions.refusal(Action::EditTask));
    }
    m_details->addFollowUpButton()->setEnabled(m_followUpAction->isEnabled());
    m_permissions.apply(m_settingsAction, Action::ConfigureNotices);
}

void NoticesPage::updateStatus()
{
    const QLocale locale;
    int overdue = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (const auto *row = m_model->rowAt(r); row && row->timing.overdue)
            ++overdue;
    }
    const int first = m_model->page() * NoticeListModel::kPageSize;
    m_pageLabel->setText(m_model->total() == 0
                             ? tr("Không có thông báo nào")
                             : tr("%1–%2 trong %3")
                                   .arg(locale.toString(first + 1),
                                        locale.toString(first + m_model->rowCount()),
                                        locale.toString(m_model->total())));
    m_previous->setEnabled(m_model->page() > 0);
    m_next->setEnabled(m_model->page() + 1 < m_model->pageCount());
    QString text = tr("%n thông báo", nullptr, m_model->total());
    if (overdue)
        text += tr(", %n quá hạn ban hành trên trang này", nullptr, overdue);
    if (text != m_statusText) {
        m_statusText = text;
        Q_EMIT statusTextChanged(text);
    }
}

void NoticesPage::nextPage()
{
    (void)m_model->setPage(m_model->page() + 1);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    currentChanged();
}

void NoticesPage::previousPage()
{
    (void)m_model->setPage(m_model->page() - 1);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    currentChanged();
}

void NoticesPage::reportError(const Error &error)
{
    showError(this, tr("Thông báo kết luận"), error);
}

void NoticesPage::newNotice()
{
    if (!m_permissions.allows(Action::DraftNotice))
        return;
    NewNoticeDialog dialog(m_workspace, m_actor, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.createdId())
        return;
    const Id id = dialog.createdId();
    Q_EMIT transientMessage(tr("Đã tạo dự thảo thông báo."));
    noticeChanged(id);
    selectNotice(id);
    openEditor(id);
}

Id NoticesPage::draftFromContent(Id contentId)
{
    auto made = m_workspace.notices().createFromContent(m_actor, contentId);
    if (!made) {
        showError(this, tr("Không soạn được thông báo kết luận"), made.error());
        return 0;
    }
    Q_EMIT transientMessage(tr("Đã tạo dự thảo thông báo: %1").arg(made->subject));
    noticeChanged(made->id);
    selectNotice(made->id);
    openEditor(made->id);
    return made->id;
}

NoticeEditor *NoticesPage::editorOf(Id id) const
{
    const QPointer<NoticeEditor> editor = m_editors.value(id);
    return editor.data();
}

NoticeEditor *NoticesPage::openEditor(Id id)
{
    if (!id)
        return nullptr;
    if (NoticeEditor *open = editorOf(id)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    // A window of its own, owned by the main window: it closes with it, and the program
    // does not stay running for an editor left open.
    auto *editor = new NoticeEditor(m_workspace, m_actor, id, window());
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // The editor's own workflow, bound to its notice whatever the list selects.
    auto *workflow = new NoticeWorkflow(m_workspace, m_actor, m_settings, editor, editor);
    workflow->setNotice(id);
    editor->setWorkflowActions(workflow->stepActions() + workflow->exportActions());
    connect(workflow, &NoticeWorkflow::noticeChanged, this, &NoticesPage::noticeChanged);
    connect(workflow, &NoticeWorkflow::noticeCreated, this, [this](Id created) {
        noticeChanged(created);
        selectNotice(created);
        openEditor(created);
    });
    connect(workflow, &NoticeWorkflow::message, this, &NoticesPage::showMessage);
    connect(editor, &NoticeEditor::noticeChanged, this, [this, workflow](Id changed) {
        workflow->refresh();
        (void)m_model->reload();
        if (changed == currentNoticeId()) {
            m_workflow->refresh();
            m_details->setNotice(changed);
        }
        updateActions();
        updateStatus();
    });
    m_editors.insert(id, editor);
    editor->resize(std::min(1200, window()->width()), std::min(760, window()->height()));
    editor->show();
    return editor;
}

void NoticesPage::addFollowUp()
{
    const domain::Notice &n = m_workflow->notice();
    if (!n.id || !n.isIssued() || !m_followUpAction->isEnabled())
        return;
    FollowUpDialog dialog(m_workspace, m_actor, n, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT transientMessage(tr("Đã giao nhiệm vụ theo kết luận %1.").arg(dialog.conclusion()));
    Q_EMIT sharedDataChanged(); // the work programme shows the new task
    m_details->setNotice(n.id);
    m_details->tabs()->setCurrentIndex(1);
}

void NoticesPage::showRegister()
{
    int year = m_year->currentData().toInt();
    if (!year)
        year = m_workflow->notice().id ? m_workflow->notice().year
                                       : m_workspace.notices().today().year();
    NoticeRegisterDialog dialog(m_workspace, m_actor, m_settings, year, this);
    connect(&dialog, &NoticeRegisterDialog::noticeActivated, this, [this, &dialog](Id id) {
        dialog.accept();
        selectNotice(id);
        openEditor(id);
    });
    Q_EMIT registerOpened(&dialog);
    dialog.exec();
}

void NoticesPage::showSettings()
{
    NoticeSettingsDialog dialog(m_workspace, m_actor, this);
    dialog.exec();
    reload();
}

} // namespace thuky::ui
