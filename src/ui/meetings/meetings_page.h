#pragma once
// MeetingsPage: the Standing Committee's meeting calendar (lịch phiên họp UBTVQH): month,
// week, list and year views of meetings and other events, with days off, plenary days and
// conflicts shown; drag to reschedule, double-click to open; the readiness of the next
// meetings' documents by agency and the list of conflicts at the side. Every edit is an
// undoable command on the page's stack.

#include "common/module_page.h"
#include "common/permissions.h"
#include "meetings/calendar_entry.h"
#include "meetings/meeting_commands.h"
#include "meetings/meeting_dialog.h"

#include <QDate>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class AgendaModel;
class CalendarGrid;
class ChoiceButton;
class Settings;
class MeetingDetailsDialog;
class ReadinessPanel;
class YearOverview;

class MeetingsPage : public ModulePage
{
    Q_OBJECT

public:
    enum class View
    {
        Month,
        Week,
        List,
        Year
    };

    MeetingsPage(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                 QWidget *parent = nullptr);
    ~MeetingsPage() override;

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QUndoStack *undoStack() const override { return m_undoStack; }
    QList<QAction *> fileActions() const override;
    QList<QAction *> editActions() const override;
    QList<QAction *> viewActions() const override;
    void reload() override;
    void focusFilter() override;
    void clearFilter() override;
    QString statusText() const override { return m_statusText; }
    /// A meeting, or a meeting content: the month of its meeting with the meeting selected,
    /// then the meeting's page on that content (opened once the window has shown this
    /// page). A content in the yearly plan only: the year view of its plan.
    bool openRecord(storage::Entity entity, domain::Id id) override;

    View view() const { return m_view; }
    void setView(View view);
    /// Shows the month (week, year) holding `date`.
    void showDate(const QDate &date);
    QDate anchor() const { return m_anchor; }
    /// The days the current view shows.
    QDate firstShown() const;
    QDate lastShown() const;
    const CalendarData &data() const { return m_data; }
    void previous();
    void next();
    void goToday();

    CalendarGrid *monthView() const { return m_monthView; }
    CalendarGrid *weekView() const { return m_weekView; }
    QTableView *agendaView() const { return m_agendaView; }
    AgendaModel *agendaModel() const { return m_agendaModel; }
    YearOverview *yearView() const { return m_yearView; }
    ReadinessPanel *readinessPanel() const { return m_readiness; }
    QListWidget *conflictList() const { return m_conflicts; }
    QLineEdit *searchEdit() const { return m_search; }
    ChoiceButton *kindFilter() const { return m_kinds; }
    MeetingCommandContext &commandContext() { return m_context; }

    QAction *newMeetingAction() const { return m_newMeetingAction; }
    QAction *newEventAction() const { return m_newEventAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *exportCalendarAction() const { return m_exportCalendarAction; }
    QAction *importCalendarAction() const { return m_importCalendarAction; }
    QAction *exportProgrammeAction() const { return m_exportProgrammeAction; }

    // Exchange (meeting_exports.cpp)
    /// The year shown (or `from`–`to`) to an .ics file Outlook and Thunderbird read.
    void exportCalendar();
    bool exportCalendarTo(const QString &path, const QDate &from, const QDate &to);
    /// Events of an .ics file into the calendar, all or nothing, after a summary.
    void importCalendar();
    bool importCalendarFrom(const QString &path);
    /// The selected meeting's programme (chương trình phiên họp) as DOCX or PDF.
    void exportProgramme();
    bool exportProgrammeTo(domain::Id meetingId, const QString &path);
    /// What the agencies still owe for a meeting, one page per agency, as DOCX or PDF.
    void exportReminders(domain::Id meetingId);
    bool exportRemindersTo(domain::Id meetingId, const QString &path);

    /// The meeting or event selected in the current view; id 0 when none is.
    services::CalendarItem selectedItem() const;
    void selectItem(const services::CalendarItem &item);

    void newMeeting();
    void newEvent();
    /// A meeting's page, or an event's form (read only for those who may not edit).
    void openItem(const services::CalendarItem &item);
    void openSelected() { openItem(selectedItem()); }
    void editSelected();
    void deleteSelected();
    /// The audit history of the selected meeting or event (lịch sử thay đổi).
    void showHistory();
    /// Moves `item` so that it starts on `firstDay`, asking first when that lands on a day
    /// off or a plenary day, and after when it makes a new conflict. false: not moved.
    bool moveItem(const services::CalendarItem &item, const QDate &firstDay);
    /// A meeting's page on `meetingId` (modal); returns when it is closed.
    /// `contentId`: the content to select on it.
    void openMeeting(domain::Id meetingId, domain::Id contentId = 0);

Q_SIGNALS:
    /// The calendar's data changed (an edit, its undo or redo): open pages read it again.
    void calendarChanged();
    /// A meeting's page was opened (tests drive it from here).
    void meetingOpened(MeetingDetailsDialog *dialog);
    /// "Soạn thông báo kết luận" on a meeting content: the window has the notices page
    /// draft it and open it.
    void draftNoticeRequested(thuky::domain::Id contentId);

private:
    void createActions();
    void createToolbar(QWidget *bar);
    void reloadView();
    void reloadSide();
    void addSittings(CalendarData &data) const;
    CalendarFilter filter() const;
    Result<QList<CalendarEntry>> load(const QDate &from, const QDate &to) const;
    void showChange(const CalendarChange &change);
    void updateNavigation();
    void updateStatus();
    void updateActions();
    void reportError(const Error &error);
    void setStatusText(const QString &text);
    MeetingDialogChoices meetingChoices() const;
    /// The catalogues, for the forms.
    QList<domain::Agency> agencies() const;
    QList<domain::Person> people() const;

    services::Workspace &m_workspace;
    domain::Actor m_actor;
    Settings &m_settings;
    Permissions m_permissions;
    MeetingCommandContext m_context;
    QUndoStack *m_undoStack;
    View m_view = View::Month;
    QDate m_anchor;
    CalendarData m_data;
    domain::WorkingDays m_workingDays;
    QList<domain::Term> m_terms;
    QString m_statusText;

    QToolButton *m_previousButton;
    QToolButton *m_todayButton;
    QToolButton *m_nextButton;
    QComboBox *m_month;
    QSpinBox *m_year;
    QButtonGroup *m_viewButtons;
    ChoiceButton *m_kinds;
    QComboBox *m_term;
    QLineEdit *m_search;
    QToolButton *m_clearFilter;
    QLabel *m_banner;
    QStackedWidget *m_stack;
    CalendarGrid *m_monthView;
    CalendarGrid *m_weekView;
    AgendaModel *m_agendaModel;
    QTableView *m_agendaView;
    YearOverview *m_yearView;
    QTabWidget *m_side;
    ReadinessPanel *m_readiness;
    QListWidget *m_conflicts;

    QAction *m_newMeetingAction = nullptr;
    QAction *m_newEventAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_exportCalendarAction = nullptr;
    QAction *m_importCalendarAction = nullptr;
    QAction *m_exportProgrammeAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_todayAction = nullptr;
    QList<QAction *> m_viewActions;
};

} // namespace thuky::ui
