#include "meetings/calendar_entry.h"

#include "common/days_off.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"
#include "thuky/search/query.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace thuky::ui {

using domain::EventKind;
using domain::MeetingKind;

namespace {

struct CalendarEntryText
{
    Q_DECLARE_TR_FUNCTIONS(CalendarEntry)
};

QString shortDayMonth(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM"));
}

} // namespace

EntryKind entryKind(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Regular:
        return EntryKind::RegularMeeting;
    case MeetingKind::Thematic:
        return EntryKind::ThematicMeeting;
    case MeetingKind::Other:
        break;
    }
    return EntryKind::OtherMeeting;
}

EntryKind entryKind(EventKind kind)
{
    switch (kind) {
    case EventKind::Conference:
        return EntryKind::Conference;
    case EventKind::WorkingSession:
        return EntryKind::WorkingSession;
    case EventKind::Mission:
        return EntryKind::Mission;
    case EventKind::Other:
        break;
    }
    return EntryKind::OtherEvent;
}

QString entryKindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::RegularMeeting:
        return CalendarEntryText::tr("Phiên họp thường kỳ");
    case EntryKind::ThematicMeeting:
        return CalendarEntryText::tr("Phiên họp chuyên đề");
    case EntryKind::OtherMeeting:
        return CalendarEntryText::tr("Phiên họp khác");
    case EntryKind::Conference:
        return CalendarEntryText::tr("Hội nghị");
    case EntryKind::WorkingSession:
        return CalendarEntryText::tr("Làm việc");
    case EntryKind::Mission:
        return CalendarEntryText::tr("Đoàn công tác");
    case EntryKind::OtherEvent:
        break;
    }
    return CalendarEntryText::tr("Sự kiện khác");
}

QColor entryKindColor(EntryKind kind)
{
    // Meetings in the red of the National Assembly's documents, the others in calmer tones.
    switch (kind) {
    case EntryKind::RegularMeeting:
        return QColor(0xb7, 0x1c, 0x1c);
    case EntryKind::ThematicMeeting:
        return QColor(0x6a, 0x1b, 0x9a);
    case EntryKind::OtherMeeting:
        return QColor(0xad, 0x14, 0x57);
    case EntryKind::Conference:
        return QColor(0x15, 0x65, 0xc0);
    case EntryKind::WorkingSession:
        return QColor(0x2e, 0x7d, 0x32);
    case EntryKind::Mission:
        return QColor(0xe6, 0x51, 0x00);
    case EntryKind::OtherEvent:
        break;
    }
    return QColor(0x54, 0x6e, 0x7a);
}

QDate CalendarEntry::first() const
{
    return spans.isEmpty() ? QDate() : spans.first().first;
}

QDate CalendarEntry::last() const
{
    QDate last;
    for (const domain::MeetingPhase &span : spans)
        last = std::max(last, span.last);
    return last;
}

bool CalendarEntry::occupies(const QDate &date) const
{
    return std::any_of(spans.begin(), spans.end(), [&](const domain::MeetingPhase &span) {
        return span.first <= date && date <= span.last;
    });
}

bool CalendarEntry::occupiesHalf(const QDate &date, bool afternoon) const
{
    if (!occupies(date))
        return false;
    if (isMeeting())
        return true;
    const QTime noon(12, 0);
    const bool starts = date == first();
    const bool ends = date == last();
    if (afternoon)
        return !ends || !endTime.isValid() || endTime > noon;
    return !starts || !startTime.isValid() || startTime < noon;
}

QString CalendarEntry::daysText() const
{
    QStringList parts;
    for (const domain::MeetingPhase &span : spans) {
        if (span.first == span.last)
            parts.append(domain::shortDate(span.first));
        else if (span.first.year() == span.last.year())
            parts.append(QStringLiteral("%1 – %2").arg(shortDayMonth(span.first),
                                                       domain::shortDate(span.last)));
        else
            parts.append(QStringLiteral("%1 – %2").arg(domain::shortDate(span.first),
                                                       domain::shortDate(span.last)));
    }
    return parts.join(QStringLiteral("; "));
}

QString CalendarEntry::toolTip() const
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(item.title.toHtmlEscaped()),
                      entryKindLabel(kind).toHtmlEscaped(), daysText()};
    if (!isMeeting() && startTime.isValid())
        lines.last() += QStringLiteral(", %1 – %2")
                            .arg(startTime.toString(QStringLiteral("HH:mm")),
                                 endTime.toString(QStringLiteral("HH:mm")));
    if (!reserveDays.isEmpty()) {
        QStringList days;
        for (const QDate &day : reserveDays)
            days.append(domain::shortDate(day));
        lines.append(CalendarEntryText::tr("Ngày dự phòng: %1").arg(days.join(QStringLiteral(", "))));
    }
    if (!venue.isEmpty())
        lines.append(venue.toHtmlEscaped());
    if (!chair.isEmpty())
        lines.append(CalendarEntryText::tr("Chủ trì: %1").arg(chair.toHtmlEscaped()));
    if (!status.isEmpty())
        lines.append(CalendarEntryText::tr("Trạng thái: %1").arg(status.toHtmlEscaped()));
    if (contentCount >= 0)
        lines.append(CalendarEntryText::tr("%n nội dung", nullptr, contentCount));
    return lines.join(QStringLiteral("<br>"));
}

namespace {

/// The words of a text as the search index reads them: folded, letters and digits.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return search::fold(text).split(separators, Qt::SkipEmptyParts);
}

/// Whether the term's words follow one another in `words`, the last one as a start when
/// the term is a prefix: what the index's `"a b"*` matches.
bool holds(const QStringList &words, const search::QueryTerm &term)
{
    const qsizetype n = term.tokens.size();
    for (qsizetype i = 0; i + n <= words.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; all && j < n; ++j) {
            const bool last = j == n - 1;
            all = last && term.prefix ? words.at(i + j).startsWith(term.tokens.at(j))
                                      : words.at(i + j) == term.tokens.at(j);
        }
        if (all)
            return true;
    }
    return false;
}

} // namespace

bool CalendarFilter::accepts(const CalendarEntry &entry) const
{
    if (!kinds.isEmpty() && !kinds.contains(entry.kind))
        return false;
    if (term != 0 && entry.isMeeting() && entry.term != term)
        return false;
    const QList<search::QueryTerm> terms = search::parseQuery(text, search::PrefixMode::Every);
    if (terms.isEmpty())
        return true;
    if (contentMeetings && entry.isMeeting() && contentMeetings->contains(entry.item.id))
        return true;
    const QStringList words = wordsOf(entry.item.title + QLatin1Char(' ') + entry.venue);
    return std::all_of(terms.begin(), terms.end(),
                       [&](const search::QueryTerm &term) { return holds(words, term); });
}

QList<CalendarEntry> calendarEntries(const services::CalendarRange &range,
                                     const CalendarFilter &filter)
{
    QList<CalendarEntry> entries;
    for (const storage::MeetingRow &row : range.meetings) {
        const domain::Meeting &m = row.meeting;
        CalendarEntry e;
        e.item = {services::CalendarItem::Type::Meeting, m.id, m.title()};
        e.kind = entryKind(m.kind);
        e.spans = m.phases;
        e.reserveDays = m.reserveDays;
        e.term = m.term;
        e.venue = m.venue;
        e.status = domain::meetingStatusLabel(m.status);
        e.contentCount = row.contentCount;
        e.chair = row.chairName;
        if (!e.spans.isEmpty() && filter.accepts(e))
            entries.append(e);
    }
    for (const domain::MeetingEvent &event : range.events) {
        CalendarEntry e;
        e.item = {services::CalendarItem::Type::Event, event.id, event.title};
        e.kind = entryKind(event.kind);
        e.spans = {{event.startDay, event.endDay}};
        e.startTime = event.startTime;
        e.endTime = event.endTime;
        e.venue = event.venue;
        if (filter.accepts(e))
            entries.append(e);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const CalendarEntry &a, const CalendarEntry &b) {
                         if (a.first() != b.first())
                             return a.first() < b.first();
                         return a.isMeeting() && !b.isMeeting();
                     });
    return entries;
}

bool CalendarData::isPlenaryDay(const QDate &date) const
{
    return std::any_of(plenaryDays.begin(), plenaryDays.end(),
                       [&](const auto &days) { return days.first <= date && date <= days.second; });
}

QList<const services::Conflict *> CalendarData::conflictsOn(const QDate &date) const
{
    QList<const services::Conflict *> found;
    for (const services::Conflict &conflict : conflicts) {
        if (conflict.date == date)
            found.append(&conflict);
    }
    return found;
}

QString CalendarData::dayToolTip(const QDate &date) const
{
    QStringList lines;
    if (const QString off = dayOffText(workingDays, date); !off.isEmpty())
        lines.append(off);
    if (isPlenaryDay(date))
        lines.append(CalendarEntryText::tr("Kỳ họp Quốc hội"));
    for (const services::Conflict *conflict : conflictsOn(date))
        lines.append(QStringLiteral("⚠ ") + conflict->message.vi);
    return lines.join(QLatin1Char('\n'));
}

const CalendarEntry *CalendarData::find(const services::CalendarItem &item) const
{
    for (const CalendarEntry &entry : entries) {
        if (entry.item.type == item.type && entry.item.id == item.id)
            return &entry;
    }
    return nullptr;
}

QString monthTitle(int year, int month)
{
    return CalendarEntryText::tr("Tháng %1/%2").arg(month).arg(year);
}

QString dayOfWeekName(int dayOfWeek, bool shortForm)
{
    if (shortForm)
        return dayOfWeek == 7 ? CalendarEntryText::tr("CN") : QStringLiteral("T%1").arg(dayOfWeek + 1);
    // 2025-06-16 was a Monday.
    return domain::weekdayName(QDate(2025, 6, 15).addDays(dayOfWeek));
}

} // namespace thuky::ui

namespace thuky::ui {

QColor documentStateColor(domain::DocumentState state)
{
    switch (state) {
    case domain::DocumentState::Pending:
        return QColor(0x45, 0x5a, 0x64);
    case domain::DocumentState::DueSoon:
        return QColor(0xb2, 0x6a, 0x00);
    case domain::DocumentState::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case domain::DocumentState::Received:
        return QColor(0x2e, 0x7d, 0x32);
    case domain::DocumentState::ReceivedLate:
        break;
    }
    return QColor(0x6d, 0x4c, 0x41);
}

} // namespace thuky::ui
