#include "sessions/sessions_page.h"

#include "common/busy_cursor.h"
#include "common/icons.h"
#include "common/message_boxes.h"
#include "common/translations.h"
#include "sessions/session_agenda_model.h"
#include "sessions/session_compare_dialog.h"
#include "sessions/session_dialog.h"
#include "sessions/session_item_dialog.h"
#include "sessions/session_matter_dialog.h"

#include "thuky/core/logging.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/audit_repository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace thuky::ui {

using domain::Id;
using services::Action;

namespace {

enum TreeRole
{
    NodeKindRole = Qt::UserRole + 1,
    SessionIdRole,
    VersionIdRole,
};
enum NodeKind
{
    TermNode,
    SessionNode,
    VersionNode
};

/// How long the checks wait after an edit, so a run of quick edits checks once.
constexpr int kCheckDelayMs = 250;

/// The module's icon: the hemicycle of the Assembly's hall under a red band.
QIcon hallIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xb7, 0x1c, 0x1c));
        p.drawRoundedRect(QRectF(s * 0.06, s * 0.08, s * 0.88, s * 0.2), s * 0.05, s * 0.05);
        p.setBrush(QColor(0x37, 0x47, 0x4f));
        QPainterPath hall;
        hall.moveTo(s * 0.08, s * 0.9);
        hall.arcTo(QRectF(s * 0.08, s * 0.36, s * 0.84, s * 1.08), 180, -180);
        hall.closeSubpath();
        p.drawPath(hall);
        p.setBrush(QColor(0xff, 0xf8, 0xe1));
        p.drawEllipse(QPointF(s * 0.5, s * 0.78), s * 0.12, s * 0.12);
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString versionLabel(const services::AgendaVersionInfo &info)
{
    return uiLanguage() == Lang::En ? info.labelEn : info.label;
}

QString shortDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

SessionsPage::SessionsPage(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                           QWidget *parent)
    : ModulePage(parent), m_workspace(workspace), m_actor(std::move(actor)), m_settings(settings),
      m_permissions(workspace.authorizer(), m_actor),
      m_context{workspace.sessions(), [this](const Error &error) { reportError(error); },
                [this](const SessionChange &change) { showChange(change); }},
      m_undoStack(new QUndoStack(this)), m_sessions(new QTreeWidget(this)), m_heading(new QLabel(this)),
      m_banner(new QLabel(this)), m_model(new SessionAgendaModel(this)), m_view(new QTreeView(this)),
      m_checksBox(new QGroupBox(this)), m_checks(new QListWidget(this)), m_checkTimer(new QTimer(this))
{
    createActions();

    // Left: terms → sessions → versions, and the checks of the version shown.
    m_sessions->setObjectName(QStringLiteral("sessionTree"));
    m_sessions->setHeaderHidden(true);
    m_sessions->setColumnCount(1);
    m_sessions->setWordWrap(true);
    m_sessions->setExpandsOnDoubleClick(false);
    connect(m_sessions, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || item->data(0, NodeKindRole).toInt() == TermNode)
            return;
        const Id session = item->data(0, SessionIdRole).toLongLong();
        const Id version = item->data(0, VersionIdRole).toLongLong();
        // Later: the tree is rebuilt, which must not happen inside its own click.
        if (session != m_sessionId || (version != 0 && version != m_versionId))
            QTimer::singleShot(0, this, [this, session, version] { showVersion(session, version); });
    });

    m_checks->setObjectName(QStringLiteral("checksList"));
    m_checks->setWordWrap(true);
    m_checks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_checks->setResizeMode(QListView::Adjust);
    m_checks->setSpacing(2);
    m_checks->setToolTip(tr("Nhấp vào một mục để chọn nội dung liên quan trong chương trình"));
    auto goToFinding = [this](QListWidgetItem *item) {
        if (!item)
            return;
        const Id itemId = item->data(Qt::UserRole).toLongLong();
        if (itemId != 0) {
            selectItem(itemId);
        } else {
            const QModelIndex day = m_model->indexOfDay(item->data(Qt::UserRole + 1).toDate());
            if (day.isValid()) {
                m_view->setCurrentIndex(day);
                m_view->scrollTo(day, QAbstractItemView::PositionAtTop);
            }
        }
    };
    connect(m_checks, &QListWidget::itemClicked, this, goToFinding);
    connect(m_checks, &QListWidget::itemActivated, this, [this, goToFinding](QListWidgetItem *item) {
        goToFinding(item);
        m_view->setFocus();
    });
    auto *checksLayout = new QVBoxLayout(m_checksBox);
    checksLayout->setContentsMargins(4, 4, 4, 4);
    checksLayout->addWidget(m_checks);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &SessionsPage::refreshChecks);

    auto *sessionsBox = new QWidget(this);
    auto *sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->setSpacing(2);
    sessionsLayout->addWidget(m_sessions, 1);
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->setSpacing(4);
    for (QAction *action : {m_newSessionAction, m_editSessionAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        sessionButtons->addWidget(button);
    }
    sessionButtons->addStretch(1);
    sessionsLayout->addLayout(sessionButtons);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(sessionsBox);
    left->addWidget(m_checksBox);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    left->setChildrenCollapsible(false);

    // The editor.
    m_heading->setObjectName(QStringLiteral("agendaHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3e0; color: #8d3b00; padding: 4px 8px; "
                       "border: 1px solid #ffcc80; border-radius: 3px; }"));
    m_banner->hide();

    m_view->setObjectName(QStringLiteral("agendaEditor"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setWordWrap(false);
    m_view->setIndentation(10);
    m_view->setRootIsDecorated(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SessionAgendaModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(SessionAgendaModel::TimeColumn, 100);
    header->resizeSection(SessionAgendaModel::ActivityColumn, 110);
    header->resizeSection(SessionAgendaModel::AgencyColumn, 130);
    header->resizeSection(SessionAgendaModel::PresenterColumn, 120);
    header->resizeSection(SessionAgendaModel::MinutesColumn, 40);
    header->resizeSection(SessionAgendaModel::BroadcastColumn, 44);
    header->setMinimumSectionSize(36);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addActions({m_addAction, m_editAction, m_duplicateAction, m_deleteAction});
        menu.addSeparator();
        menu.addActions({m_upAction, m_downAction});
        menu.addSeparator();
        menu.addAction(m_exportDayAction);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_model->level(index) == SessionAgendaModel::Level::Item)
            editItem();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionsPage::updateActions);
    connect(m_model, &SessionAgendaModel::moveRequested, this,
            [this](Id itemId, const domain::AgendaSlot &to) {
                // After the drop has finished: the move reloads the model the view drops into.
                QTimer::singleShot(0, this, [this, itemId, to] { moveItem(itemId, to); });
            });

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(4);
    centerLayout->addWidget(m_heading);
    centerLayout->addWidget(m_banner);
    centerLayout->addWidget(m_view, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(center);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({210, 1000});
    left->setMinimumWidth(180);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split, 1);

    reload();
}

SessionsPage::~SessionsPage() = default;

QString SessionsPage::key() const
{
    return QStringLiteral("sessions");
}

QString SessionsPage::title() const
{
    return tr("Chương trình kỳ họp");
}

QIcon SessionsPage::icon() const
{
    return hallIcon();
}

QList<QAction *> SessionsPage::fileActions() const
{
    return {m_exportAgendaAction, m_exportDayAction, m_exportIcsAction};
}

QList<QAction *> SessionsPage::editActions() const
{
    // Moving by the keyboard and the session's own commands are in the editor's context menu
    // and under the list of sessions, so the toolbar fits 1280 pixels.
    return {m_addAction,        m_editAction,  m_duplicateAction, m_deleteAction,
            m_newVersionAction, m_adoptAction, m_compareAction};
}

void SessionsPage::createActions()
{
    m_addAction = makeAction(icons::addTask(), tr("&Thêm nội dung…"), QKeySequence(Qt::CTRL | Qt::Key_N),
                             &SessionsPage::addItem);
    m_addAction->setToolTip(tr("Thêm một nội dung vào buổi đang chọn (Ctrl+N)"));
    m_editAction = makeAction(icons::editTask(), tr("&Sửa nội dung…"), QKeySequence(Qt::Key_F2),
                              &SessionsPage::editItem);
    m_editAction->setToolTip(tr("Sửa nội dung đang chọn (Enter, F2 hoặc nhấp đúp)"));
    m_duplicateAction = makeAction(QIcon(), tr("&Nhân bản"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                   &SessionsPage::duplicateItem);
    m_duplicateAction->setToolTip(tr("Một bản sao của nội dung đang chọn, ngay sau nó (Ctrl+D)"));
    m_deleteAction = makeAction(icons::deleteTask(), tr("&Xóa nội dung…"),
                                QKeySequence(QKeySequence::Delete), &SessionsPage::deleteItem);
    m_deleteAction->setToolTip(tr("Xóa nội dung đang chọn khỏi phiên bản này (Delete)"));
    m_upAction = makeAction(QIcon(), tr("Chuyển &lên"), QKeySequence(Qt::ALT | Qt::Key_Up),
                            &SessionsPage::moveUp);
    m_upAction->setToolTip(tr("Đưa nội dung lên trước trong buổi (Alt+↑)"));
    m_downAction = makeAction(QIcon(), tr("Chuyển xuốn&g"), QKeySequence(Qt::ALT | Qt::Key_Down),
                              &SessionsPage::moveDown);
    m_downAction->setToolTip(tr("Đưa nội dung xuống sau trong buổi (Alt+↓)"));
    m_newSessionAction = makeAction(QIcon(), tr("Thêm &kỳ họp…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                    &SessionsPage::newSession);
    m_newSessionAction->setToolTip(tr("Thêm một kỳ họp với các đợt họp (Ctrl+Shift+N)"));
    m_editSessionAction = makeAction(QIcon(), tr("Sửa thông tin kỳ &họp…"), QKeySequence(),
                                     &SessionsPage::editSession);
    m_newVersionAction = makeAction(QIcon(), tr("&Phiên bản mới"), QKeySequence(),
                                    &SessionsPage::newVersion);
    m_newVersionAction->setToolTip(
        tr("Bắt đầu phiên bản mới từ bản sao của phiên bản cuối; phiên bản cuối chỉ còn để xem"));
    m_adoptAction = makeAction(QIcon(), tr("Ghi nhận thông qu&a…"), QKeySequence(),
                               &SessionsPage::adoptVersion);
    m_adoptAction->setToolTip(tr("Ghi nhận Quốc hội đã thông qua phiên bản mới nhất"));
    m_compareAction = makeAction(QIcon(), tr("S&o sánh phiên bản…"), QKeySequence(),
                                 &SessionsPage::compareVersions);
    m_compareAction->setToolTip(tr("Những nội dung thêm, bỏ, chuyển, sửa giữa hai phiên bản"));
    m_exportAgendaAction = makeAction(icons::exportFile(), tr("Xuất &chương trình kỳ họp…"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                      &SessionsPage::exportAgenda);
    m_exportAgendaAction->setToolTip(
        tr("Phiên bản đang xem thành văn bản chương trình, DOCX hoặc PDF khổ A4 (Ctrl+Shift+E)"));
    m_exportDayAction = makeAction(icons::exportFile(), tr("Xuất lịch làm việc &một ngày…"),
                                   QKeySequence(), &SessionsPage::exportDay);
    m_exportDayAction->setToolTip(tr("Lịch làm việc của ngày đang chọn, DOCX hoặc PDF"));
    m_exportIcsAction = makeAction(icons::exportFile(), tr("Xuất chương trình ra tệp .&ics…"),
                                   QKeySequence(Qt::CTRL | Qt::Key_E), &SessionsPage::exportIcs);
    // The toolbar's short labels; the menus keep the whole text.
    m_addAction->setIconText(tr("Thêm"));
    m_editAction->setIconText(tr("Sửa"));
    m_deleteAction->setIconText(tr("Xóa"));
    m_newSessionAction->setIconText(tr("Thêm kỳ họp…"));
    m_editSessionAction->setIconText(tr("Sửa kỳ họp…"));
    m_newVersionAction->setIconText(tr("Phiên bản mới"));
    m_adoptAction->setIconText(tr("Thông qua…"));
    m_compareAction->setIconText(tr("So sánh…"));
    m_exportAgendaAction->setIconText(tr("Xuất văn bản…"));
    m_exportDayAction->setIconText(tr("Xuất một ngày…"));
    m_exportIcsAction->setIconText(tr("Xuất .ics…"));
    m_exportIcsAction->setToolTip(tr("Các nội dung của phiên bản đang xem cho Outlook, Thunderbird (Ctrl+E)"));
}

// ---------------------------------------------------------------- loading

void SessionsPage::reload()
{
    if (auto days = m_workspace.calendar().workingDays(m_actor))
        m_workingDays = *days;
    auto terms = m_workspace.sessions().terms(m_actor);
    m_terms = terms ? *terms : QList<domain::Term>{};
    reloadSessions();
    reloadAgenda();
    refreshChecks();
}

void SessionsPage::reloadSessions()
{
    auto summaries = m_workspace.sessions().sessions(m_actor);
    if (!summaries) {
        reportError(summaries.error());
        m_summaries.clear();
    } else {
        m_summaries = *summaries;
    }
    // With no session chosen yet: the one sitting or coming next, else the latest.
    if (m_sessionId == 0 || !currentSummary()) {
        m_sessionId = 0;
        m_versionId = 0;
        const QDate today = m_workspace.sessions().today();
        for (const services::SessionSummary &s : std::as_const(m_summaries)) {
            if (s.session.lastDay() >= today) {
                m_sessionId = s.session.id;
                break;
            }
        }
        if (m_sessionId == 0 && !m_summaries.isEmpty())
            m_sessionId = m_summaries.last().session.id;
    }

    // No version chosen, or one gone (an undone "new version"): the newest.
    if (const services::SessionSummary *summary = currentSummary(); summary && !currentVersion())
        m_versionId = summary->versions.isEmpty() ? 0 : summary->versions.last().version.id;

    const QSignalBlocker blocker(m_sessions);
    m_sessions->clear();
    QList<domain::Term> terms = m_terms;
    for (const services::SessionSummary &s : std::as_const(m_summaries)) {
        if (std::none_of(terms.begin(), terms.end(), [&](const domain::Term &t) { return t.number == s.session.term; }))
            terms.append(domain::Term{0, s.session.term, 0, 0});
    }
    std::sort(terms.begin(), terms.end(),
              [](const domain::Term &a, const domain::Term &b) { return a.number > b.number; });
    QTreeWidgetItem *current = nullptr;
    QFont bold = m_sessions->font();
    bold.setBold(true);
    for (const domain::Term &term : terms) {
        auto *termItem = new QTreeWidgetItem(m_sessions);
        termItem->setText(0, term.firstYear > 0 ? tr("Khóa %1 (%2–%3)")
                                                      .arg(domain::toRoman(term.number))
                                                      .arg(term.firstYear)
                                                      .arg(term.lastYear)
                                                : tr("Khóa %1").arg(domain::toRoman(term.number)));
        termItem->setData(0, NodeKindRole, TermNode);
        termItem->setFont(0, bold);
        termItem->setFlags(Qt::ItemIsEnabled);
        bool hasCurrent = false;
        for (const services::SessionSummary &s : std::as_const(m_summaries)) {
            if (s.session.term != term.number)
                continue;
            auto *sessionItem = new QTreeWidgetItem(termItem);
            const Lang lang = uiLanguage();
            sessionItem->setText(0, QStringLiteral("%1\n%2–%3")
                                        .arg(s.session.title(lang),
                                             s.session.firstDay().toString(QStringLiteral("dd/MM")),
                                             shortDate(s.session.lastDay())));
            sessionItem->setToolTip(0, s.session.fullTitle(lang) + u'\n' +
                                           domain::sessionStatusLabel(s.session.status, lang));
            sessionItem->setData(0, NodeKindRole, SessionNode);
            sessionItem->setData(0, SessionIdRole, qint64(s.session.id));
            const bool isCurrent = s.session.id == m_sessionId;
            if (isCurrent) {
                hasCurrent = true;
                current = sessionItem;
            }
            for (const services::AgendaVersionInfo &v : s.versions) {
                auto *versionItem = new QTreeWidgetItem(sessionItem);
                QString text = versionLabel(v) + u'\n' + tr("%n nội dung", nullptr, v.itemCount);
                if (v.version.readOnly)
                    text += tr(" · chỉ xem");
                versionItem->setText(0, text);
                versionItem->setData(0, NodeKindRole, VersionNode);
                versionItem->setData(0, SessionIdRole, qint64(s.session.id));
                versionItem->setData(0, VersionIdRole, qint64(v.version.id));
                if (v.version.readOnly) {
                    versionItem->setForeground(0, QColor(0x75, 0x75, 0x75));
                    versionItem->setToolTip(0, v.version.adoptedOn.isValid()
                                                   ? tr("Đã thông qua ngày %1: chỉ xem").arg(shortDate(v.version.adoptedOn))
                                                   : tr("Đã có phiên bản mới hơn: chỉ xem"));
                }
                if (isCurrent && v.version.id == m_versionId)
                    current = versionItem;
            }
            sessionItem->setExpanded(isCurrent);
        }
        termItem->setExpanded(hasCurrent || term.number == terms.first().number);
    }
    if (current)
        m_sessions->setCurrentItem(current);
}

const services::SessionSummary *SessionsPage::currentSummary() const
{
    for (const services::SessionSummary &s : m_summaries) {
        if (s.session.id == m_sessionId)
            return &s;
    }
    return nullptr;
}

const services::AgendaVersionInfo *SessionsPage::currentVersion() const
{
    const services::SessionSummary *summary = currentSummary();
    if (!summary)
        return nullptr;
    for (const services::AgendaVersionInfo &v : summary->versions) {
        if (v.version.id == m_versionId)
            return &v;
    }
    return nullptr;
}

void SessionsPage::showVersion(Id sessionId, Id versionId)
{
    m_sessionId = sessionId;
    m_versionId = versionId;
    reloadSessions();
    reloadAgenda();
    refreshChecks();
    Q_EMIT agendaChanged();
}

void SessionsPage::reloadAgenda()
{
    const int scroll = m_view->verticalScrollBar()->value();
    const Id selected = selectedItem().id;
    // Where the selection was, so that a deleted item's neighbour takes it.
    QList<int> selectedPath;
    for (QModelIndex i = m_view->currentIndex(); i.isValid(); i = i.parent())
        selectedPath.prepend(i.row());
    const services::SessionSummary *summary = currentSummary();
    if (!summary) {
        m_model->setAgenda({});
        m_heading->setText(m_summaries.isEmpty()
                               ? tr("Chưa có kỳ họp nào. Thêm kỳ họp (Ctrl+Shift+N) để bắt đầu lập chương trình.")
                               : tr("Chọn một kỳ họp ở bên trái."));
        m_banner->hide();
        updateActions();
        updateStatus();
        return;
    }
    const Lang lang = uiLanguage();
    if (summary->versions.isEmpty()) {
        m_model->setAgenda({});
        m_versionId = 0;
        m_heading->setText(summary->session.fullTitle(lang));
        m_banner->setText(tr("Kỳ họp chưa có chương trình. Bấm “Phiên bản mới” để lập dự kiến chương trình lần 1."));
        m_banner->show();
        updateActions();
        updateStatus();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    Result<services::SessionAgenda> agenda = [&] {
        const BusyCursor busy;
        return m_workspace.sessions().days(m_actor, m_sessionId, m_versionId);
    }();
    if (!agenda) {
        reportError(agenda.error());
        m_model->setAgenda({});
        return;
    }
    m_versionId = agenda->version.version.id;
    const domain::AgendaVersion &version = agenda->version.version;
    QString heading = tr("%1 — %2").arg(agenda->session.fullTitle(lang), versionLabel(agenda->version));
    if (version.adoptedOn.isValid())
        heading += tr(" (thông qua ngày %1)").arg(shortDate(version.adoptedOn));
    m_heading->setText(heading);
    m_model->setEditable(editable());
    m_model->setAgenda(*std::move(agenda));

    // Day and half-day rows read across the whole width.
    m_view->setUpdatesEnabled(false);
    m_view->expandAll();
    const int days = m_model->rowCount();
    for (int d = 0; d < days; ++d) {
        const QModelIndex day = m_model->index(d, 0);
        m_view->setFirstColumnSpanned(d, {}, true);
        const int halves = m_model->rowCount(day);
        for (int h = 0; h < halves; ++h)
            m_view->setFirstColumnSpanned(h, day, true);
    }
    m_view->setUpdatesEnabled(true);
    m_view->verticalScrollBar()->setValue(scroll);
    if (selected != 0)
        selectItem(selected);
    if (selectedItem().id != selected && !selectedPath.isEmpty()) {
        QModelIndex index;
        for (const int row : std::as_const(selectedPath)) {
            const int rows = m_model->rowCount(index);
            if (rows == 0)
                break;
            index = m_model->index(std::min(row, rows - 1), 0, index);
        }
        if (index.isValid())
            m_view->setCurrentIndex(index);
    }
    // The editor should open within 100 ms even at the stress scale: say so when it does not.
    constexpr qint64 kSlowMs = 100;
    logger("ui")->log(timer.elapsed() > kSlowMs ? spdlog::level::warn : spdlog::level::debug,
                      "agenda of session {} version {} shown in {} ms ({} items)", m_sessionId,
                      m_versionId, timer.elapsed(), m_model->agenda().itemCount);

    if (!m_permissions.allows(Action::EditAgenda)) {
        m_banner->setText(tr("Chỉ xem: %1").arg(m_permissions.refusal(Action::EditAgenda)));
        m_banner->show();
    } else if (version.readOnly) {
        m_banner->setText(version.adoptedOn.isValid()
                              ? tr("Chỉ xem: phiên bản này đã được Quốc hội thông qua ngày %1. Mọi điều "
                                   "chỉnh làm trong một phiên bản mới (“Phiên bản mới”).")
                                    .arg(shortDate(version.adoptedOn))
                              : tr("Chỉ xem: đã có phiên bản mới hơn của chương trình. Chọn phiên bản "
                                   "mới nhất ở bên trái để chỉnh sửa."));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    updateActions();
    updateStatus();
}

bool SessionsPage::editable() const
{
    const services::AgendaVersionInfo *version = currentVersion();
    return version && !version->version.readOnly && m_permissions.allows(Action::EditAgenda);
}

void SessionsPage::refreshChecks()
{
    m_checkTimer->stop();
    m_checks->clear();
    if (m_sessionId == 0 || m_versionId == 0) {
        m_checksBox->setTitle(tr("Kiểm tra chương trình"));
        return;
    }
    auto findings = m_workspace.sessions().check(m_actor, m_sessionId, m_versionId);
    if (!findings) {
        m_checksBox->setTitle(tr("Kiểm tra chương trình"));
        reportError(findings.error());
        return;
    }
    const Lang lang = uiLanguage();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const domain::AgendaFinding &finding : *findings) {
        auto *row = new QListWidgetItem(finding.severity == domain::FindingSeverity::Error ? error : warning,
                                        finding.message.text(lang), m_checks);
        row->setData(Qt::UserRole, qint64(finding.itemIds.value(0)));
        row->setData(Qt::UserRole + 1, finding.date);
        row->setToolTip(domain::findingRuleLabel(finding.rule, lang));
    }
    if (findings->isEmpty()) {
        auto *row = new QListWidgetItem(tr("Không phát hiện vấn đề nào."), m_checks);
        row->setFlags(Qt::ItemIsEnabled);
    }
    m_checksBox->setTitle(tr("Kiểm tra chương trình (%1)").arg(findings->size()));
    updateStatus();
}

// ---------------------------------------------------------------- selection

domain::AgendaItem SessionsPage::selectedItem() const
{
    const services::NamedAgendaItem *named = m_model->itemAt(m_view->currentIndex());
    return named ? named->item : domain::AgendaItem{};
}

bool SessionsPage::openRecord(storage::Entity entity, Id id)
{
    if (entity == storage::Entity::Session) {
        if (!m_workspace.sessions().session(m_actor, id))
            return false;
        showVersion(id);
        return m_sessionId == id;
    }
    if (entity != storage::Entity::AgendaItem)
        return false;
    auto item = m_workspace.sessions().item(m_actor, id);
    if (!item)
        return false;
    auto version = m_workspace.sessions().version(m_actor, item->item.versionId);
    if (!version)
        return false;
    showVersion(version->version.sessionId, version->version.id);
    selectItem(id);
    return selectedItem().id == id;
}

void SessionsPage::selectItem(Id itemId)
{
    const QModelIndex index = m_model->indexOfItem(itemId);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void SessionsPage::updateActions()
{
    const bool canEdit = editable();
    const bool hasItem = selectedItem().id != 0;
    const services::SessionSummary *summary = currentSummary();
    const services::AgendaVersionInfo *version = currentVersion();
    const bool newest = summary && version && !summary->versions.isEmpty() &&
                        summary->versions.last().version.id == version->version.id;
    m_permissions.apply(m_addAction, Action::EditAgenda, canEdit);
    m_permissions.apply(m_editAction, Action::EditAgenda, canEdit && hasItem);
    m_permissions.apply(m_duplicateAction, Action::EditAgenda, canEdit && hasItem);
    m_permissions.apply(m_deleteAction, Action::EditAgenda, canEdit && hasItem);
    m_permissions.apply(m_upAction, Action::EditAgenda, canEdit && hasItem && selectedItem().position > 1);
    m_permissions.apply(m_downAction, Action::EditAgenda, canEdit && hasItem);
    m_permissions.apply(m_newSessionAction, Action::EditAgenda, !m_terms.isEmpty());
    m_permissions.apply(m_editSessionAction, Action::EditAgenda, summary != nullptr);
    m_permissions.apply(m_newVersionAction, Action::EditAgenda, summary != nullptr);
    m_permissions.apply(m_adoptAction, Action::AdoptAgenda,
                        newest && !version->version.adoptedOn.isValid() && version->itemCount > 0);
    m_compareAction->setEnabled(summary && summary->versions.size() >= 2);
    const bool hasVersion = version != nullptr;
    m_exportAgendaAction->setEnabled(hasVersion);
    m_exportDayAction->setEnabled(hasVersion);
    m_exportIcsAction->setEnabled(hasVersion);
}

void SessionsPage::updateStatus()
{
    const services::SessionSummary *summary = currentSummary();
    const services::AgendaVersionInfo *version = currentVersion();
    QString text;
    if (summary && version) {
        text = tr("%1 · %2 · %n nội dung", nullptr, m_model->agenda().itemCount)
                   .arg(summary->session.title(uiLanguage()), versionLabel(*version));
        const int findings = m_checks->count() == 1 && !(m_checks->item(0)->flags() & Qt::ItemIsSelectable)
                                 ? 0
                                 : m_checks->count();
        if (findings > 0)
            text += tr(" · %n điểm cần xem", nullptr, findings);
    }
    if (text != m_statusText) {
        m_statusText = text;
        Q_EMIT statusTextChanged(text);
    }
}

void SessionsPage::reportError(const Error &error)
{
    showError(this, tr("Chương trình kỳ họp"), error);
}

void SessionsPage::showChange(const SessionChange &change)
{
    if (change.sessionId != 0)
        m_sessionId = change.sessionId;
    m_versionId = change.versionId;
    reloadSessions();
    reloadAgenda();
    if (change.itemId != 0)
        selectItem(change.itemId);
    m_checkTimer->start();
    Q_EMIT agendaChanged();
    if (change.sessionChanged)
        Q_EMIT sharedDataChanged(); // the calendar shades the sessions' days
}

// ---------------------------------------------------------------- item commands

QList<domain::Agency> SessionsPage::agencies() const
{
    auto agencies = m_workspace.reference().agencies(m_actor);
    return agencies ? *agencies : QList<domain::Agency>{};
}

QList<domain::Person> SessionsPage::people() const
{
    auto people = m_workspace.reference().people(m_actor);
    return people ? *people : QList<domain::Person>{};
}

std::optional<domain::Matter> SessionsPage::addMatter(QWidget *parent)
{
    const services::SessionSummary *summary = currentSummary();
    if (!summary)
        return std::nullopt;
    SessionMatterDialog dialog(agencies(), summary->session.term, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const domain::Matter wanted = dialog.matter();
    if (!pushSessionCommand(m_undoStack, session_commands::addMatter(m_context, m_actor, m_sessionId, wanted)))
        return std::nullopt;
    auto matters = m_workspace.sessions().matters(m_actor, summary->session.term);
    if (matters) {
        for (const domain::Matter &m : *matters) {
            if (m.title == wanted.title)
                return m;
        }
    }
    return std::nullopt;
}

namespace {

SessionItemChoices itemChoices(services::Workspace &workspace, const domain::Actor &actor,
                               const domain::WorkingDays &days, int term)
{
    SessionItemChoices choices;
    if (auto agencies = workspace.reference().agencies(actor))
        choices.agencies = *agencies;
    if (auto people = workspace.reference().people(actor))
        choices.people = *people;
    if (auto matters = workspace.sessions().matters(actor, term))
        choices.matters = *matters;
    choices.workingDays = days;
    choices.term = term;
    return choices;
}

} // namespace

void SessionsPage::addItem()
{
    if (!editable())
        return;
    const services::SessionSummary *summary = currentSummary();
    domain::AgendaItem item;
    item.versionId = m_versionId;
    item.position = 0;
    item.presentingAgencyId = 0;
    if (auto slot = m_model->halfDayOf(m_view->currentIndex())) {
        item.date = slot->first;
        item.halfDay = slot->second;
    } else {
        item.date = summary->session.firstDay();
    }
    SessionItemChoices choices = itemChoices(m_workspace, m_actor, m_workingDays, summary->session.term);
    choices.addMatter = [this](QWidget *parent) { return addMatter(parent); };
    SessionItemDialog dialog(std::move(choices), this);
    dialog.setItem(item);
    if (dialog.exec() == QDialog::Accepted)
        addItemNow(dialog.item());
}

bool SessionsPage::addItemNow(domain::AgendaItem item)
{
    item.versionId = m_versionId;
    return pushSessionCommand(m_undoStack,
                              session_commands::addItem(m_context, m_actor, m_sessionId, std::move(item)));
}

void SessionsPage::editItem()
{
    const domain::AgendaItem before = selectedItem();
    if (before.id == 0)
        return;
    const services::SessionSummary *summary = currentSummary();
    SessionItemChoices choices = itemChoices(m_workspace, m_actor, m_workingDays, summary->session.term);
    const bool canEdit = editable();
    if (canEdit)
        choices.addMatter = [this](QWidget *parent) { return addMatter(parent); };
    SessionItemDialog dialog(std::move(choices), this);
    dialog.setItem(before);
    if (!canEdit) {
        // Read-only: the form shows everything and saves nothing.
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (qobject_cast<QLabel *>(w) || w == buttons || w->parentWidget() == buttons)
                continue;
            // Texts stay readable (and can be copied); the choices are fixed.
            if (auto *text = qobject_cast<QPlainTextEdit *>(w))
                text->setReadOnly(true);
            else if (auto *line = qobject_cast<QLineEdit *>(w); line && !qobject_cast<QComboBox *>(w->parentWidget()))
                line->setReadOnly(true);
            else if (!qobject_cast<QLineEdit *>(w) && !w->inherits("QAbstractItemView") &&
                     !qobject_cast<QComboBox *>(w->parentWidget()))
                w->setEnabled(false);
        }
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Đó&ng"));
        dialog.setWindowTitle(tr("Nội dung chương trình (chỉ xem)"));
        for (QAbstractButton *b : buttons->buttons())
            b->setVisible(buttons->buttonRole(b) == QDialogButtonBox::RejectRole);
        dialog.exec();
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        editItemNow(before, dialog.item());
}

bool SessionsPage::editItemNow(const domain::AgendaItem &before, const domain::AgendaItem &after)
{
    return pushSessionCommand(m_undoStack,
                              session_commands::editItem(m_context, m_actor, m_sessionId, before, after));
}

void SessionsPage::deleteItem()
{
    const domain::AgendaItem item = selectedItem();
    if (item.id == 0 || !editable())
        return;
    if (!confirm(this, tr("Xóa nội dung"),
                 tr("Xóa nội dung “%1” khỏi phiên bản này của chương trình?").arg(item.title),
                 tr("Xóa"), tr("Có thể hoàn tác bằng Ctrl+Z.")))
        return;
    deleteItemNow(item);
}

bool SessionsPage::deleteItemNow(const domain::AgendaItem &item)
{
    return pushSessionCommand(m_undoStack, session_commands::deleteItem(m_context, m_actor, m_sessionId, item));
}

void SessionsPage::duplicateItem()
{
    const domain::AgendaItem item = selectedItem();
    if (item.id != 0 && editable())
        duplicateItemNow(item);
}

bool SessionsPage::duplicateItemNow(const domain::AgendaItem &item)
{
    return pushSessionCommand(m_undoStack,
                              session_commands::duplicateItem(m_context, m_actor, m_sessionId, item));
}

void SessionsPage::moveUp()
{
    moveBy(-1);
}

void SessionsPage::moveDown()
{
    moveBy(1);
}

void SessionsPage::moveBy(int delta)
{
    const domain::AgendaItem item = selectedItem();
    if (item.id == 0 || !editable())
        return;
    const int position = item.position + delta;
    if (position < 1 || position > m_model->itemCount(item.date, item.halfDay))
        return;
    moveItem(item.id, {item.date, item.halfDay, position});
}

bool SessionsPage::moveItem(Id itemId, const domain::AgendaSlot &to)
{
    if (!editable())
        return false;
    const QModelIndex index = m_model->indexOfItem(itemId);
    const services::NamedAgendaItem *named = m_model->itemAt(index);
    if (!named)
        return false;
    return pushSessionCommand(m_undoStack,
                              session_commands::moveItem(m_context, m_actor, m_sessionId, named->item, to));
}

// ---------------------------------------------------------------- sessions and versions

void SessionsPage::newSession()
{
    if (!m_permissions.allows(Action::EditAgenda) || m_terms.isEmpty())
        return;
    SessionDialog dialog(m_terms, m_workingDays, this);
    domain::Session session;
    session.term = std::max_element(m_terms.begin(), m_terms.end(), [](const domain::Term &a, const domain::Term &b) {
                       return a.number < b.number;
                   })->number;
    const QDate start = m_workspace.sessions().today().addDays(30);
    session.phases = {{0, 1, start, start.addDays(20)}};
    dialog.setSession(session);
    if (dialog.exec() == QDialog::Accepted)
        pushSessionCommand(m_undoStack, session_commands::createSession(m_context, m_actor, dialog.session()));
}

void SessionsPage::editSession()
{
    const services::SessionSummary *summary = currentSummary();
    if (!summary || !m_permissions.allows(Action::EditAgenda))
        return;
    const domain::Session before = summary->session;
    SessionDialog dialog(m_terms, m_workingDays, this);
    dialog.setSession(before);
    if (dialog.exec() == QDialog::Accepted)
        pushSessionCommand(m_undoStack, session_commands::editSession(m_context, m_actor, before, dialog.session()));
}

void SessionsPage::newVersion()
{
    const services::SessionSummary *summary = currentSummary();
    if (!summary || !m_permissions.allows(Action::EditAgenda))
        return;
    if (!summary->versions.isEmpty() &&
        !confirm(this, tr("Phiên bản mới"),
                 tr("Lập phiên bản mới của chương trình %1 từ bản sao của “%2”?")
                     .arg(summary->session.title(uiLanguage()), versionLabel(summary->versions.last())),
                 tr("Lập phiên bản mới"),
                 tr("Phiên bản “%1” sẽ chỉ còn để xem.").arg(versionLabel(summary->versions.last()))))
        return;
    pushSessionCommand(m_undoStack, session_commands::newVersion(m_context, m_actor, m_sessionId, QString()));
}

void SessionsPage::adoptVersion()
{
    const services::AgendaVersionInfo *version = currentVersion();
    if (!version || !m_permissions.allows(Action::AdoptAgenda))
        return;
    const QDate today = m_workspace.sessions().today();
    if (!confirm(this, tr("Ghi nhận thông qua"),
                 tr("Ghi nhận Quốc hội đã thông qua “%1” ngày %2?").arg(versionLabel(*version), shortDate(today)),
                 tr("Ghi nhận thông qua"),
                 tr("Phiên bản này sẽ chỉ còn để xem: mọi điều chỉnh sau đó làm trong một phiên bản mới. "
                    "Việc ghi nhận không hoàn tác được.")))
        return;
    auto adopted = m_workspace.sessions().adopt(m_actor, version->version.id, today);
    if (!adopted) {
        reportError(adopted.error());
        return;
    }
    // The edits before it can no longer be undone: the version they touched is read-only now.
    m_undoStack->clear();
    showChange({m_sessionId, adopted->id, 0});
    Q_EMIT transientMessage(tr("Đã ghi nhận thông qua “%1”.").arg(versionLabel(*currentVersion())));
}

void SessionsPage::compareVersions()
{
    const services::SessionSummary *summary = currentSummary();
    if (!summary || summary->versions.size() < 2)
        return;
    SessionCompareDialog dialog(m_workspace.sessions(), m_actor, summary->versions,
                                [this](Id from, Id to) { exportAnnex(from, to); }, this);
    // The version shown against the one before it, when it has one.
    for (int i = 1; i < summary->versions.size(); ++i) {
        if (summary->versions[i].version.id == m_versionId)
            dialog.compare(summary->versions[i - 1].version.id, m_versionId);
    }
    dialog.resize(std::min(1100, window()->width() - 40), std::min(620, window()->height() - 60));
    dialog.exec();
}

} // namespace thuky::ui
