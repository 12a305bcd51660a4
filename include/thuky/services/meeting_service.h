#pragma once
// Use cases of the Standing Committee's meeting calendar (lịch phiên họp UBTVQH): meetings,
// their contents, documents and invitees, other events, the yearly plan, readiness of the
// next meetings, conflicts and rescheduling. The GUI and the CLI both go through here.

#include "thuky/core/result.h"
#include "thuky/domain/meeting.h"
#include "thuky/domain/working_days.h"
#include "thuky/storage/audit_repository.h"
#include "thuky/storage/meeting_repository.h"

#include <functional>
#include <optional>

namespace thuky::storage {
class Database;
class ReferenceRepository;
} // namespace thuky::storage

namespace thuky::services {

class Authorizer;
class AuditService;
class CalendarService;

/// A document with where it stands today and who owes it.
struct DocumentStatus
{
    domain::RequiredDocument document; ///< dueDate filled in from the rules when not set
    domain::DocumentState state = domain::DocumentState::Pending;
    QString agencyName;
};

/// An invitee or participant with its name from the catalogues.
struct NamedInvitee
{
    domain::Invitee invitee;
    QString name;
};

/// A content as a meeting's page shows it.
struct ContentDetails
{
    domain::MeetingContent content;
    QString presentingAgency;
    QString reviewingAgency; ///< empty: none
    QList<DocumentStatus> documents;
    QList<NamedInvitee> invitees;
};

/// A meeting's page: the meeting, its milestones, its contents in order.
struct MeetingDetails
{
    domain::Meeting meeting;
    QString chairName;
    domain::MeetingMilestones milestones;
    QList<ContentDetails> contents;
};

/// What a month, week or agenda view needs: the meetings (with their content counts) and
/// the other events that touch the range, and the busy days of plenary sessions.
struct CalendarRange
{
    QDate from, to;
    QList<storage::MeetingRow> meetings;
    QList<domain::MeetingEvent> events;
    QList<std::pair<QDate, QDate>> plenaryDays;
};

/// One document not received on time, or not yet received.
struct ReadinessLine
{
    domain::Id contentId = 0;
    QString contentTitle;
    DocumentStatus document;
};

/// What one agency owes for a meeting (the Secretariat's reminder list).
struct AgencyReadiness
{
    domain::Id agencyId = 0;
    QString agencyName;
    int missing = 0; ///< not received, not yet due soon
    int dueSoon = 0; ///< not received, due within the warning days
    int overdue = 0; ///< not received, past due
    int receivedLate = 0;
    int received = 0;           ///< on time
    QList<ReadinessLine> lines; ///< every document not received on time, by due date
};

/// Readiness of one meeting: its documents by responsible agency (agencies with something
/// outstanding first, then by name).
struct MeetingReadiness
{
    domain::Meeting meeting;
    domain::MeetingMilestones milestones;
    int documents = 0;
    int outstanding = 0; ///< missing + due soon + overdue
    QList<AgencyReadiness> agencies;
};

/// Something in the calendar that occupies a day: a meeting or another event.
struct CalendarItem
{
    enum class Type
    {
        Meeting,
        Event
    };
    Type type = Type::Meeting;
    domain::Id id = 0;
    QString title;

    friend bool operator==(const CalendarItem &, const CalendarItem &) = default;
};
QString calendarItemTypeKey(CalendarItem::Type type); ///< "meeting", "event"

enum class ConflictKind
{
    PersonDoubleBooked, ///< a person invited to two things at once
    RoomDoubleBooked,   ///< one room booked twice
    PlenaryDay,         ///< a meeting on a day of a plenary session
    NonWorkingDay,      ///< a meeting sitting on a day off
};
QString conflictKindKey(ConflictKind kind); ///< "person", "room", "plenary", "day_off"

struct Conflict
{
    ConflictKind kind = ConflictKind::PersonDoubleBooked;
    QDate date;
    QList<CalendarItem> items; ///< the meeting(s) and event(s) concerned
    QString subject;           ///< the person's name or the room; empty for the others
    Message message;
};

/// A move of a meeting or an event to another first day, kept so that it can be undone.
struct Reschedule
{
    CalendarItem::Type type = CalendarItem::Type::Meeting;
    domain::Id id = 0;
    QDate from; ///< the first day before the move
    QDate to;   ///< the first day after it

    Reschedule inverse() const { return {type, id, to, from}; }
};

/// The days plenary sessions occupy within [from, to] (from the agenda module when it
/// exists; none until then).
using BusyDaysProvider =
    std::function<QList<std::pair<QDate, QDate>>(const QDate &, const QDate &)>;

class MeetingService
{
public:
    MeetingService(storage::Database &db, storage::MeetingRepository &repo,
                   storage::ReferenceRepository &reference, CalendarService &calendar,
                   AuditService &audit, const Authorizer &authorizer);

    /// The date every "today" of this service means (the database's, fixed in tests).
    QDate today() const;
    /// Plenary sessions' days, for conflicts and the views. Replaces any earlier provider.
    void setPlenaryDays(BusyDaysProvider provider) { m_plenaryDays = std::move(provider); }

    // Terms (khóa)
    Result<QList<domain::Term>> terms(const domain::Actor &actor);
    /// The term of today's year (the newer one in a year two terms share). NotFound when
    /// no term covers it.
    Result<domain::Term> currentTerm(const domain::Actor &actor);
    /// ConfigureMeetings. Duplicate when the number exists.
    Result<domain::Term> addTerm(const domain::Actor &actor, const domain::Term &term);

    // Deadline rules
    Result<domain::DeadlineRules> deadlineRules(const domain::Actor &actor);
    /// ConfigureMeetings. `subject`: "programme", "convocation", "documents", "due_soon" or
    /// a document kind key; days from 0 to 120.
    Result<void> setDeadlineRule(const domain::Actor &actor, const QString &subject, int days,
                                 bool workingDays);
    /// Writes the defaults (DOMAIN.md) and terms XV and XVI where missing, audited: once,
    /// when a database gains the calendar.
    Result<void> addDefaults(const domain::Actor &actor);

    // Meetings and the views
    /// Meetings and events touching [from, to] (at most 400 days), for a month, week or
    /// agenda view; `term` 0: every term.
    Result<CalendarRange> calendar(const domain::Actor &actor, const QDate &from, const QDate &to,
                                   int term = 0);
    Result<QList<storage::MeetingRow>> meetingsOfTerm(const domain::Actor &actor, int term);
    /// What the calendar's text filter adds to the meetings' titles: the meetings with a
    /// content matching `text` (every word the start of a word, through the search index);
    /// nullopt when the text has no word.
    Result<std::optional<QList<domain::Id>>> meetingsWithContent(const domain::Actor &actor,
                                                                 const QString &text);
    Result<domain::Meeting> meeting(const domain::Actor &actor, domain::Id id);
    /// NotFound naming the meeting when the term has no such number.
    Result<domain::Meeting> meetingByNumber(const domain::Actor &actor, int term, int number);
    Result<MeetingDetails> details(const domain::Actor &actor, domain::Id meetingId);
    /// EditMeetings. A number of 0 takes the term's next; a term of 0 the current term.
    /// Refused: invalid phases (InvalidInput), a number taken in the term (Duplicate), an
    /// unknown term or chair.
    Result<domain::Meeting> createMeeting(const domain::Actor &actor, domain::Meeting meeting);
    Result<domain::Meeting> updateMeeting(const domain::Actor &actor, domain::Meeting meeting);
    /// Refused (Conflict) while it has contents, or once held.
    Result<void> deleteMeeting(const domain::Actor &actor, domain::Id id);
    /// The 10th of the month, or the next working day.
    Result<QDate> suggestedDate(const domain::Actor &actor, int year, int month);

    // Contents
    /// EditMeetings. The content with its documents and invitees, one audited action. A
    /// position of 0 puts it last. Documents without a due date take the rules' one.
    Result<ContentDetails> addContent(const domain::Actor &actor, domain::MeetingContent content,
                                      const QList<domain::RequiredDocument> &documents = {},
                                      const QList<domain::Invitee> &invitees = {});
    Result<ContentDetails> updateContent(const domain::Actor &actor,
                                         domain::MeetingContent content);
    /// Refused (Conflict) once held.
    Result<void> removeContent(const domain::Actor &actor, domain::Id contentId);
    /// Sets the order of a meeting's contents: `order` names each of them once.
    Result<void> reorderContents(const domain::Actor &actor, domain::Id meetingId,
                                 const QList<domain::Id> &order);
    /// Moves a content to the end of another meeting (0: back to the yearly plan only).
    Result<ContentDetails> moveContent(const domain::Actor &actor, domain::Id contentId,
                                       domain::Id toMeetingId);
    Result<ContentDetails> content(const domain::Actor &actor, domain::Id contentId);
    /// The yearly plan: contents planned for `year` (for `month` when non-zero), with what
    /// became of each (their status and meeting).
    Result<QList<domain::MeetingContent>> plan(const domain::Actor &actor, int year, int month = 0);

    // Documents and invitees
    Result<DocumentStatus> addDocument(const domain::Actor &actor,
                                       domain::RequiredDocument document);
    /// Marks a document received on `on` (an invalid date: not received after all); refused
    /// for a date after today.
    Result<DocumentStatus> receiveDocument(const domain::Actor &actor, domain::Id documentId,
                                           const QDate &on);
    Result<void> removeDocument(const domain::Actor &actor, domain::Id documentId);
    Result<NamedInvitee> addInvitee(const domain::Actor &actor, domain::Id contentId,
                                    domain::Invitee invitee);
    Result<void> removeInvitee(const domain::Actor &actor, domain::Id contentId,
                               domain::Id inviteeId);

    // Other events
    Result<domain::MeetingEvent> event(const domain::Actor &actor, domain::Id id);
    Result<domain::MeetingEvent> addEvent(const domain::Actor &actor, domain::MeetingEvent event);
    Result<domain::MeetingEvent> updateEvent(const domain::Actor &actor,
                                             domain::MeetingEvent event);
    Result<void> deleteEvent(const domain::Actor &actor, domain::Id id);

    // Readiness, conflicts, rescheduling
    /// The next `count` meetings from today (planned or convened).
    Result<QList<MeetingReadiness>> readiness(const domain::Actor &actor, int count = 3);
    Result<MeetingReadiness> readinessOf(const domain::Actor &actor, domain::Id meetingId);
    /// People and rooms booked twice, meetings on plenary days and on days off, in [from, to]
    /// (at most 400 days), by date.
    Result<QList<Conflict>> conflicts(const domain::Actor &actor, const QDate &from,
                                      const QDate &to);
    /// EditMeetings. Moves the meeting (its phases, reserve days and the contents' planned
    /// days) or the event so that it starts on `firstDay`, keeping its length: one audited
    /// operation. Apply the result's inverse() with reschedule() to undo it.
    Result<Reschedule> rescheduleMeeting(const domain::Actor &actor, domain::Id id,
                                         const QDate &firstDay);
    Result<Reschedule> rescheduleEvent(const domain::Actor &actor, domain::Id id,
                                       const QDate &firstDay);
    /// Applies a move (or the inverse of one); Conflict when the item no longer starts on
    /// `move.from` (moved since).
    Result<Reschedule> reschedule(const domain::Actor &actor, const Reschedule &move);

private:
    /// What due dates are counted by.
    struct Deadlines
    {
        domain::DeadlineRules rules;
        domain::WorkingDays calendar;
    };
    Result<domain::WorkingDays> workingDays(const domain::Actor &actor);
    Result<Deadlines> deadlines(const domain::Actor &actor);
    /// Where a document stands today, counted from its meeting.
    Result<DocumentStatus> statusNow(const domain::Actor &actor,
                                     const domain::RequiredDocument &document);
    Result<ContentDetails> detailsOf(const domain::MeetingContent &content,
                                     const domain::DeadlineRules &rules,
                                     const domain::WorkingDays &calendar, const QDate &meetingDay);
    Result<DocumentStatus> statusOf(domain::RequiredDocument document,
                                    const domain::DeadlineRules &rules,
                                    const domain::WorkingDays &calendar, const QDate &meetingDay);
    Result<QDate> meetingDayOfContent(domain::Id contentId);
    Result<domain::MeetingContent> requireContent(domain::Id id);
    Result<domain::Meeting> requireMeeting(domain::Id id);
    Result<void> checkMeeting(domain::Meeting &meeting, domain::Id selfId);
    Result<void> checkContent(domain::MeetingContent &content);
    Result<void> checkEvent(domain::MeetingEvent &event);
    Result<void> checkInvitee(const domain::Invitee &invitee);
    /// Writes a change of an existing record and audits it (before and after images) in one
    /// transaction.
    Result<void> change(const domain::Actor &actor, const QString &action, storage::Entity entity,
                        domain::Id id, const std::function<Result<void>()> &write);
    Result<QString> agencyName(domain::Id id);
    Result<QString> personName(domain::Id id);
    Result<QString> inviteeName(const domain::Invitee &invitee);

    storage::Database &m_db;
    storage::MeetingRepository &m_repo;
    storage::ReferenceRepository &m_reference;
    CalendarService &m_calendar;
    AuditService &m_audit;
    const Authorizer &m_auth;
    BusyDaysProvider m_plenaryDays;
};

} // namespace thuky::services
