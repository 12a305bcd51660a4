#pragma once
// CalendarEntry: one meeting or other event as the calendar's views draw it (coloured bar,
// agenda row, year mark), and CalendarData: what a view shows of a range of days.

#include "thuky/domain/meeting.h"
#include "thuky/domain/working_days.h"
#include "thuky/services/meeting_service.h"

#include <QColor>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace thuky::ui {

/// The kinds the filter offers: the meeting kinds, then the event kinds.
enum class EntryKind
{
    RegularMeeting,
    ThematicMeeting,
    OtherMeeting,
    Conference,
    WorkingSession,
    Mission,
    OtherEvent,
};
inline constexpr std::array kAllEntryKinds{EntryKind::RegularMeeting, EntryKind::ThematicMeeting,
                                           EntryKind::OtherMeeting,   EntryKind::Conference,
                                           EntryKind::WorkingSession, EntryKind::Mission,
                                           EntryKind::OtherEvent};
EntryKind entryKind(domain::MeetingKind kind);
EntryKind entryKind(domain::EventKind kind);
/// "Phiên họp thường kỳ", "Hội nghị".
QString entryKindLabel(EntryKind kind);
/// The colour of the kind's bars and marks (readable with white text).
QColor entryKindColor(EntryKind kind);

/// A content of a meeting planned for a day (and half-day), for the week view.
struct Sitting
{
    QDate day;
    std::optional<domain::HalfDay> halfDay;
    QString title;
};

struct CalendarEntry
{
    services::CalendarItem item;
    EntryKind kind = EntryKind::RegularMeeting;
    /// The stretches of days it occupies: a meeting's phases, an event's first to last day.
    QList<domain::MeetingPhase> spans;
    QList<QDate> reserveDays;
    QTime startTime; ///< events only
    QTime endTime;
    int term = 0;
    QString venue;
    QString status;        ///< "Dự kiến"; empty for events
    int contentCount = -1; ///< -1: an event (no contents)
    QString chair;
    /// Its contents by planned day; filled for the week view only.
    QList<Sitting> sittings;

    bool isMeeting() const { return item.type == services::CalendarItem::Type::Meeting; }
    QDate first() const;
    QDate last() const;
    bool occupies(const QDate &date) const;
    /// Whether it occupies the morning (or the afternoon) of `date` (week view).
    bool occupiesHalf(const QDate &date, bool afternoon) const;
    /// "16/06 – 18/06/2025", phases joined with "; ".
    QString daysText() const;
    /// Several lines: title, kind, days, venue, status, contents.
    QString toolTip() const;
};

/// What the calendar's filter keeps: kinds (empty: all) and words of the title, the venue
/// or (meetings) of a content.
struct CalendarFilter
{
    QList<EntryKind> kinds;
    /// Every word the start of a word of the title or venue, accents and case ignored, as
    /// the lists' filters read them (search::parseQuery, PrefixMode::Every).
    QString text;
    int term = 0; ///< 0: every term (meetings only; events have no term)
    /// The meetings kept whatever their title: a content of theirs matches the text
    /// (MeetingService::meetingsWithContent, through the search index); nullopt: none.
    std::optional<QSet<domain::Id>> contentMeetings;

    bool accepts(const CalendarEntry &entry) const;
    bool isEmpty() const { return kinds.isEmpty() && text.trimmed().isEmpty() && term == 0; }
};

/// The entries of a range, by first day, the meetings of a day before its events.
QList<CalendarEntry> calendarEntries(const services::CalendarRange &range,
                                     const CalendarFilter &filter);

/// What a view shows of its days.
struct CalendarData
{
    QDate from, to;
    QDate today;
    QList<CalendarEntry> entries;
    QList<std::pair<QDate, QDate>> plenaryDays;
    QList<services::Conflict> conflicts;
    domain::WorkingDays workingDays;

    bool isPlenaryDay(const QDate &date) const;
    bool isDayOff(const QDate &date) const { return !workingDays.isWorkingDay(date); }
    /// The conflicts of `date`.
    QList<const services::Conflict *> conflictsOn(const QDate &date) const;
    /// Day off, plenary session and conflicts of the day, one per line; empty: nothing special.
    QString dayToolTip(const QDate &date) const;
    const CalendarEntry *find(const services::CalendarItem &item) const;
};

/// "Tháng 6/2025".
QString monthTitle(int year, int month);
/// "Thứ Hai" … "Chủ nhật" for 1 (Monday) … 7; `shortForm`: "T2" … "CN".
QString dayOfWeekName(int dayOfWeek, bool shortForm = false);

} // namespace thuky::ui

namespace thuky::ui {

/// The colour of a document's state: overdue red, due soon amber, received green…
QColor documentStateColor(domain::DocumentState state);

} // namespace thuky::ui
