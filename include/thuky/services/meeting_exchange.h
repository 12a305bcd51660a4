#pragma once
// The meeting calendar going out and coming in: iCalendar for Outlook and Thunderbird (and
// back), a meeting's programme (chương trình phiên họp) and the reminder lists the
// Secretariat sends to agencies that owe documents, as printable documents.

#include "thuky/core/result.h"
#include "thuky/documents/ics.h"
#include "thuky/documents/rich_document.h"
#include "thuky/domain/reference.h"

#include <QDate>
#include <QList>
#include <QString>

namespace thuky::storage {
class Database;
class MeetingRepository;
} // namespace thuky::storage

namespace thuky::services {

class Authorizer;
class MeetingService;

/// What an iCalendar import did (or, planned only, would do).
struct IcsImportOutcome
{
    int meetingsAdded = 0;
    int meetingsUpdated = 0;
    int eventsAdded = 0;
    int eventsUpdated = 0;
    int unchanged = 0;
    int recurring = 0; ///< series taken as their first occurrence only
    QStringList added; ///< titles of what was added, for the output
};

class MeetingExchange
{
public:
    MeetingExchange(storage::Database &db, storage::MeetingRepository &repo,
                    MeetingService &meetings, const Authorizer &authorizer);

    /// The meetings (one event per phase) and other events that touch [from, to], as
    /// iCalendar events with stable UIDs: "phien-hop-k15-40-dot1@thuky" for a meeting's first
    /// phase, the stored UID for an event.
    Result<QList<documents::IcsEvent>> icsEvents(const domain::Actor &actor, const QDate &from,
                                                 const QDate &to);
    /// One meeting's phases.
    Result<QList<documents::IcsEvent>> icsEventsOfMeeting(const domain::Actor &actor,
                                                          domain::Id meetingId);

    /// Takes in the events of an .ics file, all or nothing (EditMeetings): Thuky's own
    /// meetings (by their UIDs) are added or updated as meetings of their term; any other
    /// event is added as an "other event", or updated when its UID is already known.
    /// Importing the same file twice adds nothing the second time. Refused (InvalidInput,
    /// nothing written): an event longer than the calendar allows, a meeting UID of an
    /// unknown term, what MeetingService refuses (named by the event's summary).
    Result<IcsImportOutcome> importIcs(const domain::Actor &actor,
                                       const QList<documents::IcsEvent> &events);

    /// The meeting's programme: its days and half-days, each content with the presenting and
    /// reviewing agencies, A4 in the Decree 30 look.
    Result<documents::RichDocument> programme(const domain::Actor &actor, domain::Id meetingId);
    /// What the agencies still owe for a meeting, one section per agency (a page each), or
    /// only `agencyId`'s when it is non-zero: each document with its content, due date and
    /// state. NotFound when nothing is outstanding.
    Result<documents::RichDocument> reminders(const domain::Actor &actor, domain::Id meetingId,
                                              domain::Id agencyId = 0);

    /// "phien-hop-k15-40-dot2@thuky"; parseMeetingUid() reads it back.
    static QString meetingUid(int term, int number, int phase);
    struct MeetingUid
    {
        int term = 0;
        int number = 0;
        int phase = 0; ///< from 1
    };
    static std::optional<MeetingUid> parseMeetingUid(const QString &uid);

private:
    storage::Database &m_db;
    storage::MeetingRepository &m_repo;
    MeetingService &m_meetings;
    const Authorizer &m_auth;
};

} // namespace thuky::services
