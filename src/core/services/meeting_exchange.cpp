#include "thuky/services/meeting_exchange.h"

#include "service_errors.h"

#include "thuky/core/logging.h"
#include "thuky/documents/decree30.h"
#include "thuky/domain/meeting.h"
#include "thuky/domain/text.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/meeting_service.h"
#include "thuky/storage/meeting_repository.h"
#include "thuky/storage/transaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <map>

#include <spdlog/spdlog.h>

namespace thuky::services {

using documents::IcsEvent;
using domain::Actor;
using domain::Id;
using domain::Meeting;
using domain::MeetingEvent;

namespace {

const QString kMeetingCategory = QStringLiteral("Phiên họp UBTVQH");
constexpr int kRangeStepDays = 366; // MeetingService::calendar() takes at most 400 days

QTimeZone vietnam()
{
    return QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
}

QString termName(int term)
{
    return QStringLiteral("khóa %1").arg(domain::toRoman(term));
}

/// STATUS of a meeting: TENTATIVE while planned, CANCELLED when postponed or cancelled.
QString icsStatus(domain::MeetingStatus status)
{
    switch (status) {
    case domain::MeetingStatus::Planned:
        return QStringLiteral("TENTATIVE");
    case domain::MeetingStatus::Postponed:
    case domain::MeetingStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    default:
        return QStringLiteral("CONFIRMED");
    }
}

/// The event's kind from its categories (Thuky writes its label there), else "other".
domain::EventKind eventKindOf(const IcsEvent &e)
{
    for (const QString &c : e.categories)
        if (auto kind = domain::eventKindFromText(c))
            return *kind;
    return domain::EventKind::Other;
}

bool isAllDay(const MeetingEvent &e)
{
    return e.startTime == QTime(0, 0) && e.endTime == QTime(23, 59);
}

IcsEvent toIcs(const MeetingEvent &e)
{
    IcsEvent out;
    out.uid = e.uid;
    out.summary = e.title;
    out.description = e.notes;
    out.location = e.venue;
    out.categories = {domain::eventKindLabel(e.kind)};
    if (isAllDay(e)) {
        out.allDay = true;
        out.startDate = e.startDay;
        out.endDate = e.endDay;
    } else {
        out.start = QDateTime(e.startDay, e.startTime, vietnam());
        out.end = QDateTime(e.endDay, e.endTime, vietnam());
    }
    out.status = QStringLiteral("CONFIRMED");
    return out;
}

/// The days and times of an imported event in Vietnam's time; an all-day event runs from
/// 00:00 to 23:59 of its days.
void setTimes(MeetingEvent &e, const IcsEvent &in)
{
    if (in.allDay) {
        e.startDay = in.startDate;
        e.endDay = in.endDate.isValid() ? in.endDate : in.startDate;
        e.startTime = QTime(0, 0);
        e.endTime = QTime(23, 59);
        return;
    }
    const QDateTime start = in.start.toTimeZone(vietnam());
    QDateTime end = in.end.toTimeZone(vietnam());
    if (end <= start)
        end = start.addSecs(60 * 60); // an instant: an hour, as calendars show it
    e.startDay = start.date();
    e.startTime = QTime(start.time().hour(), start.time().minute());
    e.endDay = end.date();
    e.endTime = QTime(end.time().hour(), end.time().minute());
}

bool sameEvent(const MeetingEvent &a, const MeetingEvent &b)
{
    return a.title == b.title && a.kind == b.kind && a.startDay == b.startDay &&
           a.startTime == b.startTime && a.endDay == b.endDay && a.endTime == b.endTime &&
           a.venue == b.venue && a.notes == b.notes;
}

/// "Sáng", "Chiều" or "" for a content's half-day.
QString halfDayText(const std::optional<domain::HalfDay> &halfDay)
{
    return halfDay ? domain::halfDayLabel(*halfDay) : QString();
}

documents::Paragraph cellText(const QString &text, bool bold = false,
                              documents::Align align = documents::Align::Left)
{
    auto p = documents::Paragraph::plain(text, align, bold, 12);
    p.spaceBeforePt = 2;
    p.spaceAfterPt = 2;
    return p;
}

documents::TableCell cell(const QString &text, bool bold = false,
                          documents::Align align = documents::Align::Left)
{
    return documents::TableCell{{cellText(text, bold, align)}, 1, 1};
}

/// The header of the Secretariat's documents about a meeting (no number: they are working
/// papers, not numbered documents).
documents::RichTable workingPaperHeader(const QDate &date, const documents::PageSetup &page)
{
    documents::Decree30Header header;
    header.parentBody = QStringLiteral("QUỐC HỘI");
    header.issuingBody = QStringLiteral("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
    header.date = date;
    header.showNumber = false;
    return documents::decree30HeaderTable(header, page);
}

QString phaseText(const Meeting &m)
{
    QStringList parts;
    for (const auto &phase : m.phases) {
        parts.append(phase.first == phase.last
                         ? QStringLiteral("ngày %1").arg(domain::shortDate(phase.first))
                         : QStringLiteral("từ ngày %1 đến ngày %2")
                               .arg(domain::shortDate(phase.first), domain::shortDate(phase.last)));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

MeetingExchange::MeetingExchange(storage::Database &db, storage::MeetingRepository &repo,
                                 MeetingService &meetings, const Authorizer &authorizer)
    : m_db(db), m_repo(repo), m_meetings(meetings), m_auth(authorizer)
{
}

QString MeetingExchange::meetingUid(int term, int number, int phase)
{
    return QStringLiteral("phien-hop-k%1-%2-dot%3@thuky").arg(term).arg(number).arg(phase);
}

std::optional<MeetingExchange::MeetingUid> MeetingExchange::parseMeetingUid(const QString &uid)
{
    static const QRegularExpression re(
        QStringLiteral("^phien-hop-k([1-9][0-9]{0,2})-([1-9][0-9]{0,3})-dot([1-9][0-9]?)@thuky$"));
    const auto m = re.match(uid);
    if (!m.hasMatch())
        return std::nullopt;
    return MeetingUid{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
}

namespace {

QList<IcsEvent> meetingEvents(const storage::MeetingRow &row)
{
    const Meeting &m = row.meeting;
    QList<IcsEvent> out;
    for (int i = 0; i < m.phases.size(); ++i) {
        IcsEvent e;
        e.uid = MeetingExchange::meetingUid(m.term, m.number, i + 1);
        e.summary = QStringLiteral("%1 của Ủy ban Thường vụ Quốc hội (%2)")
                        .arg(m.title(), termName(m.term));
        if (m.phases.size() > 1)
            e.summary += QStringLiteral(", đợt %1").arg(i + 1);
        QStringList description{domain::meetingKindLabel(m.kind) + QStringLiteral(", ") +
                                domain::meetingStatusLabel(m.status)};
        if (!row.chairName.isEmpty())
            description.append(QStringLiteral("Chủ trì: ") + row.chairName);
        description.append(QStringLiteral("Số nội dung: %1").arg(row.contentCount));
        if (!m.notes.isEmpty())
            description.append(m.notes);
        e.description = description.join(u'\n');
        e.location = m.venue;
        e.categories = {kMeetingCategory, domain::meetingKindLabel(m.kind),
                        domain::meetingStatusLabel(m.status)};
        e.allDay = true;
        e.startDate = m.phases[i].first;
        e.endDate = m.phases[i].last;
        e.status = icsStatus(m.status);
        out.append(e);
    }
    return out;
}

} // namespace

Result<QList<IcsEvent>> MeetingExchange::icsEvents(const Actor &actor, const QDate &from,
                                                   const QDate &to)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    if (!from.isValid() || !to.isValid() || to < from)
        return invalid(QStringLiteral("Khoảng ngày không hợp lệ."),
                       QStringLiteral("The date range is not valid."), "from");
    QList<IcsEvent> out;
    QSet<Id> meetingsSeen, eventsSeen;
    for (QDate start = from; start <= to; start = start.addDays(kRangeStepDays)) {
        const QDate end = std::min(to, start.addDays(kRangeStepDays - 1));
        auto range = m_meetings.calendar(actor, start, end);
        if (!range)
            return range.error();
        for (const auto &row : range->meetings)
            if (!meetingsSeen.contains(row.meeting.id)) {
                meetingsSeen.insert(row.meeting.id);
                out.append(meetingEvents(row));
            }
        for (const auto &event : range->events)
            if (!eventsSeen.contains(event.id)) {
                eventsSeen.insert(event.id);
                out.append(toIcs(event));
            }
    }
    return out;
}

Result<QList<IcsEvent>> MeetingExchange::icsEventsOfMeeting(const Actor &actor, Id meetingId)
{
    auto details = m_meetings.details(actor, meetingId);
    if (!details)
        return details.error();
    storage::MeetingRow row{details->meeting, int(details->contents.size()), details->chairName};
    return meetingEvents(row);
}

Result<IcsImportOutcome> MeetingExchange::importIcs(const Actor &actor,
                                                    const QList<IcsEvent> &events)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    IcsImportOutcome outcome;

    // Thuky's meetings come as one event per phase: gather them first.
    std::map<std::pair<int, int>, std::map<int, const IcsEvent *>> meetings;
    QList<const IcsEvent *> others;
    for (const IcsEvent &e : events) {
        if (auto uid = parseMeetingUid(e.uid))
            meetings[{uid->term, uid->number}][uid->phase] = &e;
        else
            others.append(&e);
    }

    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const auto named = [](const IcsEvent &e, const Error &error) {
        Error out = error;
        out.message.vi =
            QStringLiteral("Sự kiện \"%1\" (UID %2): %3").arg(e.summary, e.uid, error.message.vi);
        out.message.en =
            QStringLiteral("Event \"%1\" (UID %2): %3").arg(e.summary, e.uid, error.message.en);
        return out;
    };

    for (const auto &[key, phases] : meetings) {
        const auto &[term, number] = key;
        const IcsEvent &first = *phases.begin()->second;
        auto existing = m_repo.meetingByNumber(term, number);
        if (!existing)
            return existing.error();
        auto knownTerm = m_repo.term(term);
        if (!knownTerm)
            return knownTerm.error();
        if (!*knownTerm)
            return named(first,
                         invalid(QStringLiteral("cơ sở dữ liệu chưa có %1.").arg(termName(term)),
                                 QStringLiteral("the database has no term %1.").arg(term), "term"));
        Meeting m = *existing ? **existing : Meeting{};
        m.term = term;
        m.number = number;
        m.phases.clear();
        for (const auto &[phase, e] : phases) {
            if (!e->allDay)
                return named(*e,
                             invalid(QStringLiteral("một đợt họp phải là sự kiện cả ngày."),
                                     QStringLiteral("a meeting's phase must be an all-day event."),
                                     "phases"));
            m.phases.append({e->startDate, e->endDate.isValid() ? e->endDate : e->startDate});
        }
        m.reserveDays.removeIf([&m](const QDate &d) {
            return std::any_of(m.phases.cbegin(), m.phases.cend(),
                               [&d](const auto &p) { return d >= p.first && d <= p.last; });
        });
        for (const QString &c : first.categories) {
            if (auto kind = domain::meetingKindFromText(c))
                m.kind = *kind;
            if (auto status = domain::meetingStatusFromText(c))
                m.status = *status;
        }
        if (!first.location.isEmpty())
            m.venue = domain::cleanText(first.location);
        if (*existing) {
            const Meeting &old = **existing;
            if (old.phases == m.phases && old.kind == m.kind && old.status == m.status &&
                old.venue == m.venue && old.reserveDays == m.reserveDays) {
                ++outcome.unchanged;
                continue;
            }
            auto saved = m_meetings.updateMeeting(actor, m);
            if (!saved)
                return named(first, saved.error());
            ++outcome.meetingsUpdated;
        } else {
            m.id = 0;
            auto saved = m_meetings.createMeeting(actor, m);
            if (!saved)
                return named(first, saved.error());
            ++outcome.meetingsAdded;
            outcome.added.append(QStringLiteral("%1 (%2)").arg(saved->title(), termName(term)));
        }
    }

    for (const IcsEvent *in : others) {
        if (in->uid.size() > 255)
            return named(*in,
                         invalid(QStringLiteral("UID dài quá 255 ký tự."),
                                 QStringLiteral("the UID is longer than 255 characters."), "uid"));
        if (!in->recurrence.isEmpty())
            ++outcome.recurring;
        auto existing = m_repo.eventByUid(in->uid);
        if (!existing)
            return existing.error();
        MeetingEvent e = *existing ? **existing : MeetingEvent{};
        e.uid = in->uid;
        e.title = domain::cleanText(in->summary).trimmed();
        if (e.title.isEmpty())
            e.title = QStringLiteral("(Không có tiêu đề)");
        e.kind = *existing && in->categories.isEmpty() ? e.kind : eventKindOf(*in);
        e.venue = domain::cleanText(in->location);
        e.notes = domain::cleanText(in->description);
        setTimes(e, *in);
        if (*existing) {
            if (sameEvent(e, **existing)) {
                ++outcome.unchanged;
                continue;
            }
            auto saved = m_meetings.updateEvent(actor, e);
            if (!saved)
                return named(*in, saved.error());
            ++outcome.eventsUpdated;
        } else {
            auto saved = m_meetings.addEvent(actor, e);
            if (!saved)
                return named(*in, saved.error());
            ++outcome.eventsAdded;
            outcome.added.append(saved->title);
        }
    }
    THUKY_TRY(tx->commit());
    logger("meetings")
        ->info("calendar imported: {} meetings added, {} updated, {} events added, {} updated",
               outcome.meetingsAdded, outcome.meetingsUpdated, outcome.eventsAdded,
               outcome.eventsUpdated);
    return outcome;
}

Result<documents::RichDocument> MeetingExchange::programme(const Actor &actor, Id meetingId)
{
    auto details = m_meetings.details(actor, meetingId);
    if (!details)
        return details.error();
    const Meeting &m = details->meeting;
    documents::RichDocument doc;
    doc.page = documents::decree30Page();
    doc.title = QStringLiteral("Chương trình %1").arg(m.title());
    doc.addTable(workingPaperHeader(m_meetings.today(), doc.page));
    for (auto p : documents::decree30Title(QStringLiteral("CHƯƠNG TRÌNH"),
                                           QStringLiteral("%1 của Ủy ban Thường vụ Quốc hội (%2)")
                                               .arg(m.title(), termName(m.term))))
        doc.addParagraph(p);
    auto when = documents::Paragraph::plain(QStringLiteral("(%1; %2)").arg(phaseText(m), m.venue),
                                            documents::Align::Center);
    when.runs.first().italic = true;
    when.spaceAfterPt = 12;
    doc.addParagraph(when);

    const double width = doc.page.textWidthMm();
    documents::RichTable table;
    table.columnWidthsMm = {28, width - 28 - 36 - 36, 36, 36};
    table.headerRows = 1;
    table.rows.append({{cell(QStringLiteral("Thời gian"), true, documents::Align::Center),
                        cell(QStringLiteral("Nội dung"), true, documents::Align::Center),
                        cell(QStringLiteral("Cơ quan trình"), true, documents::Align::Center),
                        cell(QStringLiteral("Cơ quan thẩm tra"), true, documents::Align::Center)}});
    QString lastWhen;
    int index = 0;
    for (const auto &c : details->contents) {
        QString whenText;
        if (c.content.plannedDay.isValid()) {
            QString weekday = domain::weekdayName(c.content.plannedDay);
            if (c.content.halfDay) // "Sáng thứ Ba": the weekday goes on in lower case
                weekday = halfDayText(c.content.halfDay) + u' ' + weekday.front().toLower() +
                          weekday.mid(1);
            whenText = weekday + u'\n' + domain::shortDate(c.content.plannedDay);
        }
        const bool sameAsBefore = whenText == lastWhen;
        lastWhen = whenText;
        QString title = QStringLiteral("%1. %2").arg(++index).arg(c.content.title);
        if (c.content.handling == domain::ContentHandling::WrittenOpinion)
            title += QStringLiteral(" (xin ý kiến bằng văn bản)");
        table.rows.append({{cell(sameAsBefore ? QString() : whenText, true), cell(title),
                            cell(c.presentingAgency), cell(c.reviewingAgency)}});
    }
    if (details->contents.isEmpty())
        table.rows.append({{cell(QString()), cell(QStringLiteral("(Chưa có nội dung)")),
                            cell(QString()), cell(QString())}});
    doc.addTable(table);
    return doc;
}

Result<documents::RichDocument> MeetingExchange::reminders(const Actor &actor, Id meetingId,
                                                           Id agencyId)
{
    auto readiness = m_meetings.readinessOf(actor, meetingId);
    if (!readiness)
        return readiness.error();
    const Meeting &m = readiness->meeting;
    documents::RichDocument doc;
    doc.page = documents::decree30Page();
    doc.title = QStringLiteral("Danh sách tài liệu còn thiếu, %1").arg(m.title());
    bool first = true;
    for (const auto &agency : readiness->agencies) {
        if ((agencyId != 0 && agency.agencyId != agencyId) || agency.lines.isEmpty())
            continue;
        QList<const ReadinessLine *> owed;
        for (const auto &line : agency.lines)
            if (!line.document.document.receivedOn.isValid())
                owed.append(&line);
        if (owed.isEmpty())
            continue;
        if (!first)
            doc.addPageBreak();
        first = false;
        doc.addTable(workingPaperHeader(m_meetings.today(), doc.page));
        for (auto p :
             documents::decree30Title(QStringLiteral("DANH SÁCH TÀI LIỆU CẦN GỬI"),
                                      QStringLiteral("%1 của Ủy ban Thường vụ Quốc hội (%2)")
                                          .arg(m.title(), termName(m.term))))
            doc.addParagraph(p);
        doc.addParagraph(documents::decree30BodyParagraph(
            QStringLiteral("Kính gửi: %1.").arg(agency.agencyName)));
        doc.addParagraph(documents::decree30BodyParagraph(
            QStringLiteral(
                "%1 dự kiến họp %2. Theo quy định, tài liệu phải gửi đến các thành viên Ủy ban "
                "Thường vụ Quốc hội chậm nhất ngày %3. Đến ngày %4, Ban Thư ký chưa nhận được "
                "các tài liệu sau đây; đề nghị Quý cơ quan gửi theo đúng thời hạn:")
                .arg(m.title(), phaseText(m), domain::shortDate(readiness->milestones.documentsDue),
                     domain::shortDate(m_meetings.today()))));
        const double width = doc.page.textWidthMm();
        documents::RichTable table;
        table.columnWidthsMm = {12, width - 12 - 40 - 26 - 26, 40, 26, 26};
        table.headerRows = 1;
        table.spaceAfterPt = 12;
        table.rows.append({{cell(QStringLiteral("STT"), true, documents::Align::Center),
                            cell(QStringLiteral("Nội dung"), true, documents::Align::Center),
                            cell(QStringLiteral("Tài liệu"), true, documents::Align::Center),
                            cell(QStringLiteral("Hạn gửi"), true, documents::Align::Center),
                            cell(QStringLiteral("Tình trạng"), true, documents::Align::Center)}});
        int n = 0;
        for (const ReadinessLine *line : owed)
            table.rows.append({{cell(QString::number(++n), false, documents::Align::Center),
                                cell(line->contentTitle),
                                cell(domain::documentKindLabel(line->document.document.kind)),
                                cell(domain::shortDate(line->document.document.dueDate), false,
                                     documents::Align::Center),
                                cell(domain::documentStateLabel(line->document.state))}});
        doc.addTable(table);
    }
    if (first)
        return notFound(QStringLiteral("%1 không còn tài liệu nào chưa nhận.").arg(m.title()),
                        QStringLiteral("%1 has no document still to come.").arg(m.title(Lang::En)));
    return doc;
}

} // namespace thuky::services
