#pragma once
// The Standing Committee's calendar: terms, meetings with their phases, contents with their
// documents and invitees, other events, and the deadline rules.

#include "thuky/core/result.h"
#include "thuky/domain/meeting.h"

#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

/// A meeting as the calendar's views show it: with how many contents it has.
struct MeetingRow
{
    domain::Meeting meeting;
    int contentCount = 0;
    QString chairName; ///< empty when no chair is set
};

/// One stored deadline rule: a subject ("programme", "convocation", "documents",
/// "due_soon" or a document kind key) and its days.
struct DeadlineRuleRow
{
    domain::Id id = 0;
    QString subject;
    int days = 0;
    bool workingDays = true;
};

class MeetingRepository
{
public:
    virtual ~MeetingRepository() = default;

    /// Oldest first.
    virtual Result<QList<domain::Term>> terms() = 0;
    virtual Result<std::optional<domain::Term>> term(int number) = 0;
    /// The term whose years hold `year` (the later term in a year two terms share).
    virtual Result<std::optional<domain::Term>> termOfYear(int year) = 0;
    /// Duplicate when the number is taken.
    virtual Result<domain::Id> insertTerm(const domain::Term &term) = 0;

    virtual Result<std::optional<domain::Meeting>> meeting(domain::Id id) = 0;
    virtual Result<std::optional<domain::Meeting>> meetingByNumber(int term, int number) = 0;
    /// Meetings that sit on some day of [from, to] (inclusive), by first day; `term` 0: any.
    /// Uses the first-day index: a meeting spans at most domain::kMaxMeetingSpanDays.
    virtual Result<QList<MeetingRow>> meetingsOverlapping(const QDate &from, const QDate &to,
                                                          int term = 0) = 0;
    /// Every meeting of a term, by number.
    virtual Result<QList<MeetingRow>> meetingsOfTerm(int term) = 0;
    /// The ids of the meetings with a content whose title (or its meeting's "phiên họp thứ
    /// N") holds every word of `text` as the start of a word, accents and case ignored,
    /// through the search index; nullopt when the text has no word.
    virtual Result<std::optional<QList<domain::Id>>> meetingsWithContent(const QString &text) = 0;
    /// The next `limit` meetings whose last day is on or after `from` and that are neither
    /// held, postponed nor cancelled, by first day.
    virtual Result<QList<domain::Meeting>> nextMeetings(const QDate &from, int limit) = 0;
    /// The highest number used in the term (0: none).
    virtual Result<int> lastNumber(int term) = 0;
    /// Inserts with meeting.id if it is non-zero, else a new id; writes the phases. Duplicate
    /// when (term, number) is taken.
    virtual Result<domain::Id> insertMeeting(const domain::Meeting &meeting) = 0;
    /// Rewrites the row and its phases.
    virtual Result<void> updateMeeting(const domain::Meeting &meeting) = 0;
    /// Conflict when it still has contents, or was held.
    virtual Result<void> deleteMeeting(domain::Id id) = 0;

    virtual Result<std::optional<domain::MeetingContent>> content(domain::Id id) = 0;
    /// A meeting's contents in order.
    virtual Result<QList<domain::MeetingContent>> contents(domain::Id meetingId) = 0;
    /// The contents of the yearly plan of `year` (of `month` when non-zero), by month then
    /// order.
    virtual Result<QList<domain::MeetingContent>> planContents(int year, int month = 0) = 0;
    /// Inserts with content.id if it is non-zero, else a new id.
    virtual Result<domain::Id> insertContent(const domain::MeetingContent &content) = 0;
    virtual Result<void> updateContent(const domain::MeetingContent &content) = 0;
    /// Deletes the content with its documents and invitees; Conflict when it was held.
    virtual Result<void> deleteContent(domain::Id id) = 0;
    /// The next free position in a meeting (after the last).
    virtual Result<int> nextPosition(domain::Id meetingId) = 0;

    virtual Result<std::optional<domain::RequiredDocument>> document(domain::Id id) = 0;
    virtual Result<QList<domain::RequiredDocument>> documents(domain::Id contentId) = 0;
    /// The documents of every content of a meeting, by content order then id.
    virtual Result<QList<domain::RequiredDocument>> documentsOfMeeting(domain::Id meetingId) = 0;
    virtual Result<domain::Id> insertDocument(const domain::RequiredDocument &document) = 0;
    virtual Result<void> updateDocument(const domain::RequiredDocument &document) = 0;
    virtual Result<void> deleteDocument(domain::Id id) = 0;

    virtual Result<QList<domain::Invitee>> invitees(domain::Id contentId) = 0;
    /// The invitees of every content of a meeting, as (content id, invitee).
    virtual Result<QList<std::pair<domain::Id, domain::Invitee>>>
    inviteesOfMeeting(domain::Id meetingId) = 0;
    /// Duplicate when the agency or person is already invited to the content.
    virtual Result<domain::Id> insertInvitee(domain::Id contentId,
                                             const domain::Invitee &invitee) = 0;
    virtual Result<void> deleteInvitee(domain::Id contentId, domain::Id inviteeId) = 0;

    virtual Result<std::optional<domain::MeetingEvent>> event(domain::Id id) = 0;
    /// The event of an iCalendar UID.
    virtual Result<std::optional<domain::MeetingEvent>> eventByUid(const QString &uid) = 0;
    /// Events with some day in [from, to], by start, with their participants.
    virtual Result<QList<domain::MeetingEvent>> eventsOverlapping(const QDate &from,
                                                                  const QDate &to) = 0;
    /// Inserts with event.id if it is non-zero; writes the participants.
    virtual Result<domain::Id> insertEvent(const domain::MeetingEvent &event) = 0;
    virtual Result<void> updateEvent(const domain::MeetingEvent &event) = 0;
    virtual Result<void> deleteEvent(domain::Id id) = 0;

    virtual Result<QList<DeadlineRuleRow>> deadlineRules() = 0;
    /// Inserts the subject's rule, or updates it; returns its id.
    virtual Result<domain::Id> saveDeadlineRule(const DeadlineRuleRow &rule) = 0;
};

std::unique_ptr<MeetingRepository> makeSqliteMeetingRepository(Database &db);

} // namespace thuky::storage
