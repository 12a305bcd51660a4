#include "meetings/meetings_page.h"

#include "common/choice_button.h"
#include "common/flow_layout.h"
#include "common/icons.h"
#include "common/message_boxes.h"
#include "common/record_history_dialog.h"
#include "meetings/agenda_model.h"
#include "meetings/calendar_grid.h"
#include "meetings/event_dialog.h"
#include "meetings/meeting_details_dialog.h"
#include "meetings/readiness_panel.h"
#include "meetings/year_overview.h"

#include "meetings/content_list_model.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/audit_repository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace thuky::ui {

using domain::Id;
using services::Action;
using services::CalendarItem;
using Type = services::CalendarItem::Type;

namespace {

/// How far the list view reads ahead of the month it starts at.
constexpr int kAgendaMonths = 12;

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(false);
    return button;
}

} // namespace

MeetingsPage::MeetingsPage(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                           QWidget *parent)
    : ModulePage(parent), m_workspace(workspace), m_actor(std::move(actor)), m_settings(settings),
      m_permissions(workspace.authorizer(), m_actor),
      m_context{workspace.meetings(), [this](const Error &error) { reportError(error); },
                [this](const CalendarChange &change) { showChange(change); }},
      m_undoStack(new QUndoStack(this)), m_anchor(workspace.meetings().today()),
      m_previousButton(toolButton(QStringLiteral("◀"), tr("Trước (Alt+←)"), this)),
      m_todayButton(toolButton(tr("Hôm nay"), tr("Về hôm nay (Alt+Home)"), this)),
      m_nextButton(toolButton(QStringLiteral("▶"), tr("Sau (Alt+→)"), this)),
      m_month(new QComboBox(this)), m_year(new QSpinBox(this)),
      m_viewButtons(new QButtonGroup(this)), m_kinds(new ChoiceButton(this)),
      m_term(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_clearFilter(toolButton(tr("Bỏ lọc"), tr("Hiện mọi loại, mọi khóa, bỏ từ tìm"), this)),
      m_banner(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_monthView(new CalendarGrid(CalendarGrid::Mode::Month, this)),
      m_weekView(new CalendarGrid(CalendarGrid::Mode::Week, this)),
      m_agendaModel(new AgendaModel(
          [this](const QDate &from, const QDate &to) { return load(from, to); }, this)),
      m_agendaView(new QTableView(this)), m_yearView(new YearOverview(this)),
      m_side(new QTabWidget(this)), m_readiness(new ReadinessPanel(this)),
      m_conflicts(new QListWidget(this))
{
    createActions();
    auto *bar = new QWidget(this);
    createToolbar(bar);

    m_banner->setTextFormat(Qt::RichText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3e0; color: #8d3b00; padding: 4px 8px; "
                       "border: 1px solid #ffcc80; border-radius: 3px; }"));
    m_banner->hide();
    connect(m_banner, &QLabel::linkActivated, this,
            [this] { m_side->setCurrentWidget(m_conflicts); });

    m_agendaView->setModel(m_agendaModel);
    m_agendaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agendaView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaView->setTabKeyNavigation(false);
    m_agendaView->setWordWrap(false);
    m_agendaView->verticalHeader()->hide();
    m_agendaView->verticalHeader()->setDefaultSectionSize(m_agendaView->fontMetrics().height() + 8);
    QHeaderView *header = m_agendaView->horizontalHeader();
    header->setHighlightSections(false);
    header->resizeSection(AgendaModel::DateColumn, 150);
    header->resizeSection(AgendaModel::KindColumn, 150);
    header->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(AgendaModel::VenueColumn, 160);
    header->resizeSection(AgendaModel::StatusColumn, 95);
    header->resizeSection(AgendaModel::ContentsColumn, 85);
    header->setMinimumSectionSize(40);

    m_stack->addWidget(m_monthView);
    m_stack->addWidget(m_weekView);
    m_stack->addWidget(m_agendaView);
    m_stack->addWidget(m_yearView);

    m_side->addTab(m_readiness, tr("Chuẩn bị tài liệu"));
    m_side->addTab(m_conflicts, tr("Xung đột"));
    // A conflict reads as a sentence: wrapped, never cut at the panel's edge.
    m_conflicts->setWordWrap(true);
    m_conflicts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_conflicts->setResizeMode(QListView::Adjust);
    m_conflicts->setSpacing(2);
    m_side->setMinimumWidth(340);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_stack, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({800, 380});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(bar);
    layout->addWidget(split, 1);

    const bool mayEdit = m_permissions.allows(Action::EditMeetings);
    m_monthView->setDragEnabled(mayEdit);
    m_weekView->setDragEnabled(mayEdit);
    for (CalendarGrid *grid : {m_monthView, m_weekView}) {
        connect(grid, &CalendarGrid::moveRequested, this, &MeetingsPage::moveItem);
        connect(grid, &CalendarGrid::itemActivated, this, &MeetingsPage::openItem);
        connect(grid, &CalendarGrid::selectionChanged, this, &MeetingsPage::updateActions);
        connect(grid, &CalendarGrid::currentDateChanged, this, [this, grid](const QDate &date) {
            // The keyboard left the days shown: follow it.
            if (date < grid->firstDay() || date > grid->lastDay())
                showDate(date);
        });
    }
    connect(m_monthView, &CalendarGrid::dayActivated, this, [this](const QDate &date) {
        m_weekView->setCurrentDate(date);
        m_anchor = date;
        setView(View::Week);
    });
    connect(m_yearView, &YearOverview::dayClicked, this, [this](const QDate &date) {
        m_anchor = date;
        m_monthView->setCurrentDate(date);
        setView(View::Month);
    });
    connect(m_agendaView, &QTableView::activated, this, [this] { openSelected(); });
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsPage::updateActions);
    connect(m_agendaModel, &AgendaModel::errorOccurred, this, &MeetingsPage::reportError);
    connect(m_agendaModel, &AgendaModel::rowsInserted, this, &MeetingsPage::updateStatus);
    connect(m_readiness, &ReadinessPanel::meetingActivated, this, [this](Id id) { openMeeting(id); });
    connect(m_readiness, &ReadinessPanel::remindersRequested, this, &MeetingsPage::exportReminders);
    connect(m_conflicts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QDate date = item->data(Qt::UserRole).toDate();
        showDate(date);
        if (m_view == View::Month || m_view == View::Week) {
            CalendarGrid *grid = m_view == View::Month ? m_monthView : m_weekView;
            grid->setCurrentDate(date);
            const QList<CalendarItem> items = grid->itemsOn(date);
            if (!items.isEmpty())
                grid->setSelectedItem(items.first());
            grid->setFocus();
        }
    });

    reload();
}

MeetingsPage::~MeetingsPage() = default;

QString MeetingsPage::key() const
{
    return QStringLiteral("meetings");
}

QString MeetingsPage::title() const
{
    return tr("Lịch phiên họp UBTVQH");
}

QIcon MeetingsPage::icon() const
{
    return icons::calendar();
}

QList<QAction *> MeetingsPage::fileActions() const
{
    return {m_importCalendarAction, m_exportCalendarAction, m_exportProgrammeAction};
}

QList<QAction *> MeetingsPage::editActions() const
{
    return {m_newMeetingAction, m_newEventAction, m_openAction,
            m_editAction,       m_historyAction,  m_deleteAction};
}

QList<QAction *> MeetingsPage::viewActions() const
{
    QList<QAction *> actions{m_previousAction, m_todayAction, m_nextAction};
    actions.append(m_viewActions);
    return actions;
}

void MeetingsPage::createActions()
{
    m_newMeetingAction = makeAction(icons::addTask(), tr("&Thêm phiên họp…"),
                                    QKeySequence(Qt::CTRL | Qt::Key_N), &MeetingsPage::newMeeting);
    m_newMeetingAction->setToolTip(tr(
        "Thêm phiên họp; ngày đề xuất là ngày 10 của tháng hoặc ngày làm việc kế tiếp (Ctrl+N)"));
    m_newEventAction =
        makeAction(icons::calendar(), tr("Thêm &sự kiện…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MeetingsPage::newEvent);
    m_newEventAction->setToolTip(tr("Thêm hội nghị, buổi làm việc, đoàn công tác (Ctrl+Shift+N)"));
    m_openAction = makeAction(icons::programme(), tr("&Mở…"), QKeySequence(Qt::SHIFT | Qt::Key_F2),
                              &MeetingsPage::openSelected);
    m_openAction->setToolTip(tr("Mở trang phiên họp hoặc sự kiện đang chọn (Enter hoặc nhấp đúp)"));
    m_editAction = makeAction(icons::editTask(), tr("&Sửa thông tin…"), QKeySequence(Qt::Key_F2),
                              &MeetingsPage::editSelected);
    m_deleteAction = makeAction(icons::deleteTask(), tr("&Xóa…"),
                                QKeySequence(QKeySequence::Delete), &MeetingsPage::deleteSelected);
    m_historyAction = makeAction(icons::history(), tr("&Lịch sử thay đổi…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_H), &MeetingsPage::showHistory);
    m_historyAction->setToolTip(
        tr("Ai đã thêm, sửa, dời phiên họp hoặc sự kiện đang chọn, khi nào"));
    m_exportCalendarAction =
        makeAction(icons::exportFile(), tr("&Xuất lịch ra tệp .ics…"),
                   QKeySequence(Qt::CTRL | Qt::Key_E), &MeetingsPage::exportCalendar);
    m_exportCalendarAction->setToolTip(
        tr("Các phiên họp và sự kiện của năm đang xem, cho Outlook, Thunderbird (Ctrl+E)"));
    m_importCalendarAction =
        makeAction(icons::importFile(), tr("&Nhập lịch từ tệp .ics…"),
                   QKeySequence(Qt::CTRL | Qt::Key_I), &MeetingsPage::importCalendar);
    m_importCalendarAction->setToolTip(
        tr("Sự kiện từ Outlook, Thunderbird hoặc Thuky; nhập lại cùng tệp thì cập nhật (Ctrl+I)"));
    m_exportProgrammeAction =
        makeAction(icons::exportFile(), tr("Xuất &chương trình phiên họp…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MeetingsPage::exportProgramme);
    m_exportProgrammeAction->setToolTip(
        tr("Chương trình của phiên họp đang chọn, DOCX hoặc PDF khổ A4 (Ctrl+Shift+E)"));
    m_previousAction = makeAction(QIcon(), tr("&Trước"), QKeySequence(Qt::ALT | Qt::Key_Left),
                                  &MeetingsPage::previous);
    m_nextAction =
        makeAction(QIcon(), tr("&Sau"), QKeySequence(Qt::ALT | Qt::Key_Right), &MeetingsPage::next);
    m_todayAction = makeAction(QIcon(), tr("&Hôm nay"), QKeySequence(Qt::ALT | Qt::Key_Home),
                               &MeetingsPage::goToday);
    const std::array<std::pair<QString, View>, 4> views{{{tr("Xem theo thán&g"), View::Month},
                                                         {tr("Xem theo t&uần"), View::Week},
                                                         {tr("Xem dạng danh sác&h"), View::List},
                                                         {tr("Xem cả năm"), View::Year}}};
    for (int i = 0; i < int(views.size()); ++i) {
        auto *action = new QAction(views[i].first, this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        const View view = views[i].second;
        connect(action, &QAction::triggered, this, [this, view] { setView(view); });
        addAction(action);
        m_viewActions.append(action);
    }
}

void MeetingsPage::createToolbar(QWidget *bar)
{
    auto *flow = new FlowLayout(bar);
    flow->setContentsMargins(0, 0, 0, 0);
    connect(m_previousButton, &QToolButton::clicked, this, &MeetingsPage::previous);
    connect(m_nextButton, &QToolButton::clicked, this, &MeetingsPage::next);
    connect(m_todayButton, &QToolButton::clicked, this, &MeetingsPage::goToday);
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(tr("Tháng %1").arg(month), month);
    m_month->setToolTip(tr("Chọn tháng"));
    m_year->setRange(2000, 2100);
    m_year->setToolTip(tr("Chọn năm"));
    const auto picked = [this] {
        const int month = m_month->currentData().toInt();
        const int day = std::min(m_anchor.day(), QDate(m_year->value(), month, 1).daysInMonth());
        showDate(QDate(m_year->value(), month, day));
    };
    connect(m_month, &QComboBox::currentIndexChanged, this, picked);
    connect(m_year, &QSpinBox::valueChanged, this, picked);

    const std::array<QString, 4> names{tr("Tháng"), tr("Tuần"), tr("Danh sách"), tr("Năm")};
    auto *views = new QWidget(bar);
    auto *viewsLayout = new QHBoxLayout(views);
    viewsLayout->setContentsMargins(0, 0, 0, 0);
    viewsLayout->setSpacing(0);
    for (int i = 0; i < int(names.size()); ++i) {
        auto *button =
            toolButton(names[i],
                       m_viewActions[i]->text().remove(QLatin1Char('&')) +
                           QStringLiteral(" (%1)").arg(
                               m_viewActions[i]->shortcut().toString(QKeySequence::NativeText)),
                       views);
        button->setCheckable(true);
        m_viewButtons->addButton(button, i);
        viewsLayout->addWidget(button);
    }
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });

    m_kinds->setCaption(tr("Loại"));
    for (const EntryKind kind : kAllEntryKinds)
        m_kinds->addChoice(entryKindLabel(kind), int(kind), swatch(entryKindColor(kind)));
    connect(m_kinds, &ChoiceButton::choicesChanged, this, &MeetingsPage::reloadView);
    m_term->setToolTip(tr("Khóa Quốc hội của các phiên họp"));
    connect(m_term, &QComboBox::currentIndexChanged, this, &MeetingsPage::reloadView);
    m_search->setPlaceholderText(tr("Tìm phiên họp, sự kiện, nội dung (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    connect(m_search, &QLineEdit::textChanged, this, &MeetingsPage::reloadView);
    connect(m_clearFilter, &QToolButton::clicked, this, &MeetingsPage::clearFilter);

    for (QWidget *w :
         std::initializer_list<QWidget *>{m_previousButton, m_todayButton, m_nextButton, m_month,
                                          m_year, views, m_kinds, m_term, m_search, m_clearFilter})
        flow->addWidget(w);
}

void MeetingsPage::reload()
{
    if (auto days = m_workspace.calendar().workingDays(m_actor))
        m_workingDays = *days;
    else
        reportError(days.error());
    auto terms = m_workspace.meetings().terms(m_actor);
    m_terms = terms ? *terms : QList<domain::Term>{};
    {
        const QSignalBlocker blocker(m_term);
        const int keep = m_term->currentData().toInt();
        m_term->clear();
        m_term->addItem(tr("Mọi khóa"), 0);
        for (const domain::Term &term : std::as_const(m_terms))
            m_term->addItem(tr("Khóa %1").arg(domain::toRoman(term.number)), term.number);
        m_term->setCurrentIndex(std::max(0, m_term->findData(keep)));
    }
    m_agendaModel->setWorkingDays(m_workingDays);
    setView(m_view);
    reloadSide();
}

void MeetingsPage::setView(View view)
{
    m_view = view;
    m_viewButtons->button(int(view))->setChecked(true);
    for (int i = 0; i < m_viewActions.size(); ++i)
        m_viewActions[i]->setChecked(i == int(view));
    switch (view) {
    case View::Month:
        m_stack->setCurrentWidget(m_monthView);
        break;
    case View::Week:
        m_stack->setCurrentWidget(m_weekView);
        break;
    case View::List:
        m_stack->setCurrentWidget(m_agendaView);
        break;
    case View::Year:
        m_stack->setCurrentWidget(m_yearView);
        break;
    }
    showDate(m_anchor);
}

void MeetingsPage::showDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_anchor = date;
    m_monthView->setAnchor(date);
    m_weekView->setAnchor(date);
    m_yearView->setYear(date.year());
    updateNavigation();
    reloadView();
}

QDate MeetingsPage::firstShown() const
{
    switch (m_view) {
    case View::Month:
        return m_monthView->firstDay();
    case View::Week:
        return m_weekView->firstDay();
    case View::List:
        return QDate(m_anchor.year(), m_anchor.month(), 1);
    case View::Year:
        break;
    }
    return m_yearView->firstDay();
}

QDate MeetingsPage::lastShown() const
{
    switch (m_view) {
    case View::Month:
        return m_monthView->lastDay();
    case View::Week:
        return m_weekView->lastDay();
    case View::List:
        return firstShown().addMonths(kAgendaMonths).addDays(-1);
    case View::Year:
        break;
    }
    return m_yearView->lastDay();
}

void MeetingsPage::previous()
{
    switch (m_view) {
    case View::Week:
        return showDate(m_anchor.addDays(-7));
    case View::Year:
        return showDate(m_anchor.addYears(-1));
    default:
        return showDate(m_anchor.addMonths(-1));
    }
}

void MeetingsPage::next()
{
    switch (m_view) {
    case View::Week:
        return showDate(m_anchor.addDays(7));
    case View::Year:
        return showDate(m_anchor.addYears(1));
    default:
        return showDate(m_anchor.addMonths(1));
    }
}

void MeetingsPage::goToday()
{
    const QDate today = m_workspace.meetings().today();
    m_monthView->setCurrentDate(today);
    m_weekView->setCurrentDate(today);
    showDate(today);
}

void MeetingsPage::updateNavigation()
{
    const QSignalBlocker monthBlocker(m_month);
    const QSignalBlocker yearBlocker(m_year);
    m_month->setCurrentIndex(m_anchor.month() - 1);
    m_year->setValue(m_anchor.year());
    m_month->setEnabled(m_view != View::Year);
}

CalendarFilter MeetingsPage::filter() const
{
    CalendarFilter f;
    for (const int kind : m_kinds->checkedValues())
        f.kinds.append(EntryKind(kind));
    f.text = m_search->text();
    f.term = m_term->currentData().toInt();
    // The meetings whose contents hold the words, through the search index, as the other
    // pages' filters; without it (an error) the titles and venues still filter.
    if (auto ids = m_workspace.meetings().meetingsWithContent(m_actor, f.text); ids && *ids)
        f.contentMeetings = QSet<Id>((*ids)->begin(), (*ids)->end());
    return f;
}

Result<QList<CalendarEntry>> MeetingsPage::load(const QDate &from, const QDate &to) const
{
    const CalendarFilter f = filter();
    auto range = m_workspace.meetings().calendar(m_actor, from, to, f.term);
    if (!range)
        return range.error();
    return calendarEntries(*range, f);
}

void MeetingsPage::reloadView()
{
    CalendarData data;
    data.from = firstShown();
    data.to = lastShown();
    data.today = m_workspace.meetings().today();
    data.workingDays = m_workingDays;
    const CalendarFilter f = filter();
    m_clearFilter->setEnabled(!f.isEmpty());
    if (m_view == View::List) {
        // The list reads month by month as it scrolls; conflicts for its first months.
        m_agendaModel->setRange(data.from, data.to);
        data.to = data.from.addMonths(1).addDays(-1);
    } else {
        auto range = m_workspace.meetings().calendar(m_actor, data.from, data.to, f.term);
        if (!range) {
            reportError(range.error());
            return;
        }
        data.entries = calendarEntries(*range, f);
        data.plenaryDays = range->plenaryDays;
        if (m_view == View::Week)
            addSittings(data);
    }
    if (auto conflicts = m_workspace.meetings().conflicts(m_actor, data.from, data.to))
        data.conflicts = *conflicts;
    m_data = data;
    switch (m_view) {
    case View::Month:
        m_monthView->setData(data);
        break;
    case View::Week:
        m_weekView->setData(data);
        break;
    case View::Year:
        m_yearView->setData(data);
        break;
    case View::List:
        break;
    }

    m_conflicts->clear();
    for (const services::Conflict &conflict : std::as_const(data.conflicts)) {
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + conflict.message.vi, m_conflicts);
        item->setData(Qt::UserRole, conflict.date);
        item->setToolTip(conflict.message.vi);
    }
    const int count = int(data.conflicts.size());
    m_side->setTabText(m_side->indexOf(m_conflicts),
                       count ? tr("Xung đột (%1)").arg(count) : tr("Xung đột"));
    m_banner->setVisible(count > 0);
    if (count > 0)
        m_banner->setText(
            tr("⚠ %1 xung đột trong những ngày đang xem: %2 <a href=\"#\">Xem danh sách</a>")
                .arg(count)
                .arg(data.conflicts.first().message.vi.toHtmlEscaped()));
    updateStatus();
    updateActions();
}

void MeetingsPage::addSittings(CalendarData &data) const
{
    // A week holds one or two meetings: their contents say what each half-day is about.
    for (CalendarEntry &entry : data.entries) {
        if (!entry.isMeeting())
            continue;
        auto details = m_workspace.meetings().details(m_actor, entry.item.id);
        if (!details)
            continue;
        for (const services::ContentDetails &c : std::as_const(details->contents)) {
            if (c.content.plannedDay.isValid() && c.content.plannedDay >= data.from &&
                c.content.plannedDay <= data.to)
                entry.sittings.append({c.content.plannedDay, c.content.halfDay, c.content.title});
        }
    }
}

void MeetingsPage::reloadSide()
{
    auto readiness = m_workspace.meetings().readiness(m_actor, 3);
    if (readiness)
        m_readiness->setReadiness(*readiness);
    else
        reportError(readiness.error());
}

void MeetingsPage::updateStatus()
{
    QString range;
    switch (m_view) {
    case View::Month:
        range = monthTitle(m_anchor.year(), m_anchor.month());
        break;
    case View::Week:
        range =
            tr("Tuần %1 – %2").arg(domain::shortDate(firstShown()), domain::shortDate(lastShown()));
        break;
    case View::List:
        range = tr("Từ %1").arg(monthTitle(m_anchor.year(), m_anchor.month()).toLower());
        break;
    case View::Year:
        range = tr("Năm %1").arg(m_anchor.year());
        break;
    }
    if (m_view == View::List) {
        setStatusText(tr("%1 · %2 dòng").arg(range).arg(m_agendaModel->rowCount()));
        return;
    }
    const auto meetings = std::count_if(m_data.entries.begin(), m_data.entries.end(),
                                        [](const CalendarEntry &e) { return e.isMeeting(); });
    const auto events = m_data.entries.size() - meetings;
    QString text = tr("%1 · %2 phiên họp, %3 sự kiện").arg(range).arg(meetings).arg(events);
    if (!m_data.conflicts.isEmpty())
        text += tr(" · %1 xung đột").arg(m_data.conflicts.size());
    setStatusText(text);
}

void MeetingsPage::setStatusText(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged(text);
}

CalendarItem MeetingsPage::selectedItem() const
{
    switch (m_view) {
    case View::Month:
        return m_monthView->selectedItem();
    case View::Week:
        return m_weekView->selectedItem();
    case View::List: {
        const QModelIndexList rows = m_agendaView->selectionModel()->selectedRows();
        if (const CalendarEntry *entry =
                rows.isEmpty() ? nullptr : m_agendaModel->entryAt(rows.first().row()))
            return entry->item;
        return {};
    }
    case View::Year:
        break;
    }
    return {};
}

void MeetingsPage::selectItem(const CalendarItem &item)
{
    m_monthView->setSelectedItem(item);
    m_weekView->setSelectedItem(item);
    if (m_view == View::List && item.id != 0) {
        const int row = m_agendaModel->findRow(item);
        if (row >= 0) {
            const QModelIndex index = m_agendaModel->index(row, 0);
            m_agendaView->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_agendaView->scrollTo(index);
        }
    }
    updateActions();
}

void MeetingsPage::updateActions()
{
    const CalendarItem item = selectedItem();
    const bool selected = item.id != 0;
    m_permissions.apply(m_newMeetingAction, Action::EditMeetings);
    m_permissions.apply(m_newEventAction, Action::EditMeetings);
    m_openAction->setEnabled(selected);
    m_permissions.apply(m_editAction, Action::EditMeetings, selected);
    m_permissions.apply(m_deleteAction, Action::EditMeetings, selected);
    m_permissions.apply(m_historyAction, Action::ViewHistory, selected);
    m_permissions.apply(m_importCalendarAction, Action::EditMeetings);
    m_exportProgrammeAction->setEnabled(selected && item.type == Type::Meeting);
}

void MeetingsPage::showHistory()
{
    const CalendarItem item = selectedItem();
    if (item.id == 0 || !m_permissions.allows(Action::ViewHistory))
        return;
    RecordHistoryDialog dialog(m_workspace.audit(), m_actor,
                               item.type == Type::Meeting ? storage::Entity::Meeting
                                                          : storage::Entity::MeetingEvent,
                               item.id, item.title, this);
    dialog.exec();
}

void MeetingsPage::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool MeetingsPage::openRecord(storage::Entity entity, Id id)
{
    Id meetingId = 0;
    Id contentId = 0;
    if (entity == storage::Entity::Meeting) {
        meetingId = id;
    } else if (entity == storage::Entity::MeetingContent) {
        auto content = m_workspace.meetings().content(m_actor, id);
        if (!content)
            return false;
        contentId = id;
        meetingId = content->content.meetingId;
        if (meetingId == 0) {
            // In the yearly plan only: the year it is planned in.
            if (content->content.plannedYear > 0) {
                setView(View::Year);
                showDate(QDate(content->content.plannedYear, std::max(1, content->content.plannedMonth), 1));
            }
            return true;
        }
    } else {
        return false;
    }
    auto meeting = m_workspace.meetings().meeting(m_actor, meetingId);
    if (!meeting)
        return false;
    if (!m_search->text().isEmpty())
        clearFilter();
    if (m_view == View::Year)
        setView(View::Month);
    showDate(meeting->firstDay());
    // The views compare whole items (title included): select the one they hold.
    const CalendarItem wanted{CalendarItem::Type::Meeting, meetingId, meeting->title()};
    const CalendarEntry *shown = m_data.find(wanted);
    selectItem(shown ? shown->item : wanted);
    // The meeting's page is modal: it opens once the window has switched to this page.
    QTimer::singleShot(0, this, [this, meetingId, contentId] { openMeeting(meetingId, contentId); });
    return true;
}

void MeetingsPage::clearFilter()
{
    const QSignalBlocker kinds(m_kinds);
    const QSignalBlocker term(m_term);
    const QSignalBlocker search(m_search);
    m_kinds->clearChoices();
    m_term->setCurrentIndex(0);
    m_search->clear();
    reloadView();
}

void MeetingsPage::reportError(const Error &error)
{
    showError(this, tr("Lịch phiên họp"), error);
}

void MeetingsPage::showChange(const CalendarChange &change)
{
    if (change.date.isValid() && (change.date < firstShown() || change.date > lastShown()))
        showDate(change.date);
    else
        reloadView();
    reloadSide();
    // The keyboard's day follows what moved, so arrows and Enter go on from there.
    if (change.date.isValid() && (m_view == View::Month || m_view == View::Week))
        (m_view == View::Month ? m_monthView : m_weekView)->setCurrentDate(change.date);
    if (change.item.id != 0) {
        selectItem(change.item);
        // Saved, but the filter hides it: say so rather than leave the user wondering.
        if (m_view != View::List && !m_data.find(change.item) && !filter().isEmpty())
            Q_EMIT hiddenByFilter(tr("“%1” đã được lưu nhưng không hiện vì bộ lọc đang ẩn nó.")
                                      .arg(change.item.title));
    }
    Q_EMIT calendarChanged();
}

QList<domain::Agency> MeetingsPage::agencies() const
{
    auto agencies = m_workspace.reference().agencies(m_actor);
    return agencies ? *agencies : QList<domain::Agency>{};
}

QList<domain::Person> MeetingsPage::people() const
{
    auto people = m_workspace.reference().people(m_actor);
    return people ? *people : QList<domain::Person>{};
}

MeetingDialogChoices MeetingsPage::meetingChoices() const
{
    MeetingDialogChoices choices;
    choices.terms = m_terms;
    choices.people = people();
    choices.workingDays = m_workingDays;
    return choices;
}

void MeetingsPage::newMeeting()
{
    if (!m_permissions.allows(Action::EditMeetings))
        return;
    // The month on screen: its regular meeting falls on the 10th or the next working day.
    const QDate month = m_view == View::Year ? m_workspace.meetings().today() : m_anchor;
    auto suggested = m_workspace.meetings().suggestedDate(m_actor, month.year(), month.month());
    if (!suggested)
        return reportError(suggested.error());
    domain::Meeting meeting;
    meeting.kind = domain::MeetingKind::Regular;
    const QDate first = *suggested;
    meeting.phases = {{first, m_workingDays.addWorkingDays(first, 1)}};
    // The term of the meeting before it (a year two terms share has meetings of both), or
    // the term of its year; then that term's next number.
    if (auto before = m_workspace.meetings().calendar(m_actor, first.addDays(-180), first);
        before && !before->meetings.isEmpty()) {
        const auto latest =
            std::max_element(before->meetings.begin(), before->meetings.end(),
                             [](const storage::MeetingRow &a, const storage::MeetingRow &b) {
                                 return a.meeting.firstDay() < b.meeting.firstDay();
                             });
        meeting.term = latest->meeting.term;
    }
    for (const domain::Term &term : std::as_const(m_terms)) {
        if (meeting.term == 0 && term.firstYear <= first.year() && first.year() <= term.lastYear)
            meeting.term = term.number;
    }
    if (meeting.term != 0) {
        int last = 0;
        if (auto meetings = m_workspace.meetings().meetingsOfTerm(m_actor, meeting.term)) {
            for (const storage::MeetingRow &row : *meetings)
                last = std::max(last, row.meeting.number);
        }
        meeting.number = last + 1;
    }
    MeetingDialog dialog(meetingChoices(), this);
    dialog.setMeeting(meeting);
    if (dialog.exec() != QDialog::Accepted)
        return;
    pushCommand(m_undoStack, meeting_commands::createMeeting(m_context, m_actor, dialog.meeting()));
}

void MeetingsPage::newEvent()
{
    if (!m_permissions.allows(Action::EditMeetings))
        return;
    domain::MeetingEvent event;
    const CalendarGrid *grid = m_view == View::Week ? m_weekView : m_monthView;
    event.startDay = event.endDay = grid->currentDate().isValid() ? grid->currentDate() : m_anchor;
    EventDialog dialog(m_workingDays, agencies(), people(), this);
    dialog.setEvent(event);
    if (dialog.exec() != QDialog::Accepted)
        return;
    pushCommand(m_undoStack, meeting_commands::createEvent(m_context, m_actor, dialog.event()));
}

void MeetingsPage::openItem(const CalendarItem &item)
{
    if (item.id == 0)
        return;
    if (item.type == Type::Meeting) {
        openMeeting(item.id);
        return;
    }
    auto event = m_workspace.meetings().event(m_actor, item.id);
    if (!event)
        return reportError(event.error());
    EventDialog dialog(m_workingDays, agencies(), people(), this);
    dialog.setEvent(*event);
    if (!m_permissions.allows(Action::EditMeetings)) {
        // Those who may not edit read it: the form without Lưu.
        dialog.setWindowTitle(tr("Sự kiện (chỉ xem)"));
        for (QWidget *child : dialog.findChildren<QWidget *>()) {
            if (!qobject_cast<QLabel *>(child) && child->parent() == &dialog)
                child->setEnabled(false);
        }
    }
    if (dialog.exec() != QDialog::Accepted || !m_permissions.allows(Action::EditMeetings))
        return;
    pushCommand(m_undoStack,
                meeting_commands::editEvent(m_context, m_actor, *event, dialog.event()));
}

void MeetingsPage::openMeeting(Id meetingId, Id contentId)
{
    MeetingDetailsDialog dialog(m_workspace, m_permissions, m_context, m_undoStack, meetingId,
                                this);
    const auto &contents = dialog.details().contents;
    for (qsizetype row = 0; row < contents.size(); ++row) {
        if (contentId != 0 && contents[row].content.id == contentId) {
            const QModelIndex index = dialog.contentModel()->index(int(row), 0);
            dialog.contentView()->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            dialog.contentView()->scrollTo(index);
        }
    }
    Q_EMIT meetingOpened(&dialog);
    dialog.exec();
    if (const Id content = dialog.draftNoticeContentId())
        Q_EMIT draftNoticeRequested(content);
}

void MeetingsPage::editSelected()
{
    const CalendarItem item = selectedItem();
    if (item.id == 0 || !m_permissions.allows(Action::EditMeetings))
        return;
    if (item.type == Type::Event)
        return openItem(item);
    auto meeting = m_workspace.meetings().meeting(m_actor, item.id);
    if (!meeting)
        return reportError(meeting.error());
    MeetingDialog dialog(meetingChoices(), this);
    dialog.setMeeting(*meeting);
    if (dialog.exec() != QDialog::Accepted)
        return;
    pushCommand(m_undoStack,
                meeting_commands::editMeeting(m_context, m_actor, *meeting, dialog.meeting()));
}

void MeetingsPage::deleteSelected()
{
    const CalendarItem item = selectedItem();
    if (item.id == 0 || !m_permissions.allows(Action::EditMeetings))
        return;
    if (item.type == Type::Event) {
        auto event = m_workspace.meetings().event(m_actor, item.id);
        if (!event)
            return reportError(event.error());
        if (confirm(
                this, tr("Xóa sự kiện"),
                tr("Xóa sự kiện “%1” (%2)?").arg(event->title, domain::shortDate(event->startDay)),
                tr("&Xóa")))
            pushCommand(m_undoStack, meeting_commands::deleteEvent(m_context, m_actor, *event));
        return;
    }
    auto meeting = m_workspace.meetings().meeting(m_actor, item.id);
    if (!meeting)
        return reportError(meeting.error());
    if (confirm(
            this, tr("Xóa phiên họp"),
            tr("Xóa %1 (%2)? Phiên họp còn nội dung thì không xóa được: chuyển hoặc xóa các nội "
               "dung trước.")
                .arg(meeting->title(), domain::shortDate(meeting->firstDay())),
            tr("&Xóa")))
        pushCommand(m_undoStack, meeting_commands::deleteMeeting(m_context, m_actor, *meeting));
}

bool MeetingsPage::moveItem(const CalendarItem &item, const QDate &firstDay)
{
    if (!m_permissions.allows(Action::EditMeetings))
        return false;
    const CalendarEntry *found = m_data.find(item);
    if (!found || !firstDay.isValid() || firstDay == found->first())
        return false;
    const CalendarEntry entry = *found; // the data is read again once it moves
    const QDate from = entry.first();
    const qint64 shift = from.daysTo(firstDay);
    // Days off and plenary days the item would then occupy: ask first.
    QStringList problems;
    for (const domain::MeetingPhase &span : entry.spans) {
        for (QDate day = span.first.addDays(shift); day <= span.last.addDays(shift);
             day = day.addDays(1)) {
            if (const QString off = m_data.dayToolTip(day);
                !m_workingDays.isWorkingDay(day) || (entry.isMeeting() && m_data.isPlenaryDay(day)))
                problems.append(QStringLiteral("%1 — %2").arg(
                    domain::shortDate(day), off.section(QLatin1Char('\n'), 0, 0)));
        }
    }
    if (!problems.isEmpty() &&
        !confirm(this, tr("Dời vào ngày nghỉ"),
                 tr("Dời “%1” sang %2 thì có ngày rơi vào ngày nghỉ hoặc ngày họp Quốc hội:")
                         .arg(item.title, domain::shortDate(firstDay)) +
                     QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")) +
                     tr("\n\nVẫn dời?"),
                 tr("&Vẫn dời")))
        return false;
    if (!pushCommand(m_undoStack,
                     meeting_commands::reschedule(m_context, m_actor, item, from, firstDay)))
        return false;
    // People or rooms now booked twice: say so, and offer to put it back.
    auto conflicts =
        m_workspace.meetings().conflicts(m_actor, firstDay, entry.last().addDays(shift));
    QStringList clashes;
    if (conflicts) {
        for (const services::Conflict &conflict : *conflicts) {
            const bool concerns = std::any_of(
                conflict.items.begin(), conflict.items.end(),
                [&](const CalendarItem &c) { return c.type == item.type && c.id == item.id; });
            if (concerns && (conflict.kind == services::ConflictKind::PersonDoubleBooked ||
                             conflict.kind == services::ConflictKind::RoomDoubleBooked))
                clashes.append(conflict.message.vi);
        }
    }
    if (!clashes.isEmpty() &&
        !confirm(this, tr("Xung đột lịch"),
                 tr("Sau khi dời có xung đột:") + QStringLiteral("\n• ") +
                     clashes.join(QStringLiteral("\n• ")) + tr("\n\nGiữ ngày mới?"),
                 tr("&Giữ ngày mới"))) {
        m_undoStack->undo();
        return false;
    }
    return true;
}

} // namespace thuky::ui
