#pragma once
// iCalendar (RFC 5545) events: the calendar Thuky sends to Outlook and Thunderbird, and the
// events it takes in from them. Written and read through libical; reading is bounded and
// checked line by line, so a bad file is refused whole with the line that is wrong.

#include "thuky/core/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace thuky::documents {

/// One VEVENT. Timed events use `start`/`end`; all-day events use `startDate`/`endDate`.
struct IcsEvent
{
    /// Stable across exports, so that importing again updates instead of duplicating.
    QString uid;
    QString summary;
    QString description;
    QString location;
    QStringList categories;
    bool allDay = false;
    QDateTime start;        ///< timed events; read back in UTC
    QDateTime end;          ///< timed events; equal to `start` when the file gives no end
    QDate startDate;        ///< all-day events
    QDate endDate;          ///< all-day events: the last day, inclusive (DTEND is the day after)
    QDateTime lastModified; ///< UTC, whole seconds; invalid: not written
    int sequence = 0;       ///< raised by the sender at each change
    QString status;         ///< TENTATIVE, CONFIRMED or CANCELLED; empty: none
    QString recurrence;     ///< an RRULE as read (not expanded); empty: a single event

    bool operator==(const IcsEvent &) const = default;
};

/// Bounds of readIcs(). The defaults hold several years of a busy calendar many times over.
struct IcsReadLimits
{
    qint64 maxFileBytes = 20 * 1024 * 1024;
    int maxEvents = 50'000;
    int maxLineBytes = 64 * 1024; ///< a logical line once unfolded
    int maxDepth = 8;             ///< components inside components
};

/// A VCALENDAR (VERSION 2.0, PRODID `productId`, METHOD PUBLISH) with a VTIMEZONE for
/// Asia/Ho_Chi_Minh: timed events are written in Vietnam's time with that TZID, all-day
/// events as DATE values, DTSTAMP from `lastModified` (else now). Lines end in CRLF and are
/// folded at 75 octets, never inside a UTF-8 character.
QByteArray writeIcs(const QList<IcsEvent> &events, const QString &productId);
/// writeIcs() to `path`, all or nothing (writeFileAtomically()): Io on failure.
Result<void> writeIcsFile(const QList<IcsEvent> &events, const QString &productId,
                          const QString &path);

/// The events of `bytes` (one or more VCALENDARs), in file order. Accepts what Outlook and
/// Thunderbird export: CRLF or LF, folded lines, a UTF-8 BOM, TZID parameters resolved by the
/// file's own VTIMEZONEs, IANA names or Windows names, UTC times, DATE values for all-day
/// events, DURATION instead of DTEND. A time with neither TZID nor Z is taken as Vietnam's
/// time. A VEVENT without UID gets one derived from its start and summary (the same file
/// gives the same UID, so importing it twice still updates). Events with a RECURRENCE-ID
/// (changed occurrences of a series) are left out; the series itself keeps its RRULE text.
/// Refuses with InvalidInput, naming the file, the line and the property, and returning no
/// event at all: a file beyond `limits`, not UTF-8, a control character, a line that is
/// not a content line,
/// BEGIN/END that do not match (an unterminated VEVENT names its BEGIN line), a VEVENT
/// without DTSTART, a bad date, time, duration, SEQUENCE or STATUS, an unknown time zone,
/// an end before the start, and a UID used twice.
Result<QList<IcsEvent>> readIcs(const QByteArray &bytes, const QString &fileName,
                                const IcsReadLimits &limits = {});
/// readIcs() of a regular file of at most `limits.maxFileBytes` (readUserFile()).
Result<QList<IcsEvent>> readIcsFile(const QString &path, const IcsReadLimits &limits = {});

} // namespace thuky::documents
