#include "thuky/domain/meeting.h"

#include "enum_names.h"

#include "thuky/domain/working_days.h"
#include "thuky/search/folding.h"

#include <QDateTime>

#include <algorithm>

namespace thuky::domain {

namespace {

using detail::fromText;
using detail::keyOf;
using detail::labelOf;
using detail::Names;

constexpr Names<MeetingKind> kKinds[] = {
    {MeetingKind::Regular, "regular", "Thường kỳ", "Regular"},
    {MeetingKind::Thematic, "thematic", "Chuyên đề", "Thematic"},
    {MeetingKind::Other, "other", "Khác", "Other"},
};
constexpr Names<MeetingStatus> kStatuses[] = {
    {MeetingStatus::Planned, "planned", "Dự kiến", "Planned"},
    {MeetingStatus::Convened, "convened", "Đã triệu tập", "Convened"},
    {MeetingStatus::Held, "held", "Đã họp", "Held"},
    {MeetingStatus::Postponed, "postponed", "Hoãn", "Postponed"},
    {MeetingStatus::Cancelled, "cancelled", "Hủy", "Cancelled"},
};
constexpr Names<HalfDay> kHalfDays[] = {
    {HalfDay::Morning, "morning", "Sáng", "Morning"},
    {HalfDay::Afternoon, "afternoon", "Chiều", "Afternoon"},
    {HalfDay::Evening, "evening", "Tối", "Evening"},
};
constexpr Names<ContentCategory> kCategories[] = {
    {ContentCategory::LawMaking, "law_making", "Xây dựng pháp luật", "Law-making"},
    {ContentCategory::Supervision, "supervision", "Giám sát", "Supervision"},
    {ContentCategory::National, "national", "Vấn đề quan trọng của đất nước",
     "Important national matters"},
    {ContentCategory::Personnel, "personnel", "Công tác nhân sự", "Personnel"},
    {ContentCategory::Other, "other", "Khác", "Other"},
};
constexpr Names<ContentHandling> kHandlings[] = {
    {ContentHandling::AtSitting, "at_sitting", "Cho ý kiến tại phiên họp", "At the sitting"},
    {ContentHandling::WrittenOpinion, "written_opinion", "Xin ý kiến bằng văn bản",
     "By written opinion"},
};
constexpr Names<ContentStatus> kContentStatuses[] = {
    {ContentStatus::Planned, "planned", "Dự kiến", "Planned"},
    {ContentStatus::Held, "held", "Đã cho ý kiến", "Held"},
    {ContentStatus::Moved, "moved", "Chuyển phiên họp khác", "Moved to another meeting"},
    {ContentStatus::Dropped, "dropped", "Rút khỏi chương trình", "Dropped"},
};
constexpr Names<DocumentKind> kDocumentKinds[] = {
    {DocumentKind::Submission, "submission", "Tờ trình", "Submission"},
    {DocumentKind::ReviewReport, "review_report", "Báo cáo thẩm tra", "Review report"},
    {DocumentKind::Draft, "draft", "Dự thảo", "Draft text"},
    {DocumentKind::ExplanationReport, "explanation_report", "Báo cáo tiếp thu, giải trình",
     "Explanation report"},
    {DocumentKind::Report, "report", "Báo cáo", "Report"},
    {DocumentKind::Other, "other", "Tài liệu khác", "Other document"},
};
constexpr Names<EventKind> kEventKinds[] = {
    {EventKind::Conference, "conference", "Hội nghị", "Conference"},
    {EventKind::WorkingSession, "working_session", "Làm việc", "Working session"},
    {EventKind::Mission, "mission", "Đoàn công tác", "Mission"},
    {EventKind::Other, "other", "Sự kiện khác", "Other event"},
};
constexpr Names<DocumentState> kDocumentStates[] = {
    {DocumentState::Pending, "pending", "Chưa nhận", "Not received"},
    {DocumentState::DueSoon, "due_soon", "Sắp đến hạn", "Due soon"},
    {DocumentState::Overdue, "overdue", "Quá hạn, chưa nhận", "Overdue"},
    {DocumentState::Received, "received", "Đã nhận", "Received"},
    {DocumentState::ReceivedLate, "received_late", "Nhận muộn", "Received late"},
};

Error invalid(const char *field, const QString &vi, const QString &en)
{
    return makeError(ErrorCode::InvalidInput, vi, en, QString::fromLatin1(field));
}

} // namespace

QString meetingKindKey(MeetingKind v)
{
    return keyOf(kKinds, v);
}
QString meetingKindLabel(MeetingKind v, Lang lang)
{
    return labelOf(kKinds, v, lang);
}
QString meetingStatusKey(MeetingStatus v)
{
    return keyOf(kStatuses, v);
}
QString meetingStatusLabel(MeetingStatus v, Lang lang)
{
    return labelOf(kStatuses, v, lang);
}
QString halfDayKey(HalfDay v)
{
    return keyOf(kHalfDays, v);
}
QString halfDayLabel(HalfDay v, Lang lang)
{
    return labelOf(kHalfDays, v, lang);
}
QString contentCategoryKey(ContentCategory v)
{
    return keyOf(kCategories, v);
}
QString contentCategoryLabel(ContentCategory v, Lang lang)
{
    return labelOf(kCategories, v, lang);
}
QString contentHandlingKey(ContentHandling v)
{
    return keyOf(kHandlings, v);
}
QString contentHandlingLabel(ContentHandling v, Lang lang)
{
    return labelOf(kHandlings, v, lang);
}
QString contentStatusKey(ContentStatus v)
{
    return keyOf(kContentStatuses, v);
}
QString contentStatusLabel(ContentStatus v, Lang lang)
{
    return labelOf(kContentStatuses, v, lang);
}
QString documentKindKey(DocumentKind v)
{
    return keyOf(kDocumentKinds, v);
}
QString documentKindLabel(DocumentKind v, Lang lang)
{
    return labelOf(kDocumentKinds, v, lang);
}
QString documentStateKey(DocumentState v)
{
    return keyOf(kDocumentStates, v);
}
QString documentStateLabel(DocumentState v, Lang lang)
{
    return labelOf(kDocumentStates, v, lang);
}
std::optional<MeetingKind> meetingKindFromText(const QString &t)
{
    return fromText(kKinds, t);
}
std::optional<MeetingStatus> meetingStatusFromText(const QString &t)
{
    return fromText(kStatuses, t);
}
std::optional<HalfDay> halfDayFromText(const QString &t)
{
    return fromText(kHalfDays, t);
}
std::optional<ContentCategory> contentCategoryFromText(const QString &t)
{
    return fromText(kCategories, t);
}
std::optional<ContentHandling> contentHandlingFromText(const QString &t)
{
    return fromText(kHandlings, t);
}
std::optional<ContentStatus> contentStatusFromText(const QString &t)
{
    return fromText(kContentStatuses, t);
}
std::optional<DocumentKind> documentKindFromText(const QString &t)
{
    return fromText(kDocumentKinds, t);
}
QString eventKindKey(EventKind v)
{
    return keyOf(kEventKinds, v);
}
QString eventKindLabel(EventKind v, Lang lang)
{
    return labelOf(kEventKinds, v, lang);
}
std::optional<EventKind> eventKindFromText(const QString &t)
{
    return fromText(kEventKinds, t);
}

bool MeetingEvent::overlaps(const MeetingEvent &other) const
{
    const QDateTime start(startDay, startTime), end(endDay, endTime);
    const QDateTime otherStart(other.startDay, other.startTime),
        otherEnd(other.endDay, other.endTime);
    return start < otherEnd && otherStart < end;
}

QDate Meeting::firstDay() const
{
    return phases.isEmpty() ? QDate() : phases.first().first;
}
QDate Meeting::lastDay() const
{
    return phases.isEmpty() ? QDate() : phases.last().last;
}

bool Meeting::sitsOn(const QDate &date) const
{
    return std::any_of(phases.begin(), phases.end(),
                       [&](const MeetingPhase &p) { return p.first <= date && date <= p.last; });
}

QString Meeting::title(Lang lang) const
{
    if (lang == Lang::En)
        return QStringLiteral("Meeting %1 (term %2)").arg(number).arg(term);
    return QStringLiteral("Phiên họp thứ %1").arg(number);
}

int DeadlineRules::daysFor(DocumentKind kind) const
{
    for (const auto &[k, days] : perKind) {
        if (k == kind)
            return days;
    }
    return documentsDays;
}

bool DeadlineRules::workingDaysFor(DocumentKind kind) const
{
    for (const auto &[k, working] : perKindWorkingDays) {
        if (k == kind)
            return working;
    }
    return workingDays;
}

QDate daysBefore(const QDate &meetingDay, int days, bool workingDays, const WorkingDays &calendar)
{
    if (!meetingDay.isValid())
        return {};
    if (workingDays)
        return calendar.addWorkingDays(meetingDay, -days);
    QDate day = meetingDay.addDays(-days);
    while (!calendar.isWorkingDay(day))
        day = day.addDays(-1);
    return day;
}

QDate documentDueDate(const DeadlineRules &rules, DocumentKind kind, const QDate &meetingDay,
                      const WorkingDays &calendar)
{
    return daysBefore(meetingDay, rules.daysFor(kind), rules.workingDaysFor(kind), calendar);
}

MeetingMilestones milestones(const DeadlineRules &rules, const QDate &meetingDay,
                             const WorkingDays &calendar)
{
    return {daysBefore(meetingDay, rules.programmeDays, rules.workingDays, calendar),
            daysBefore(meetingDay, rules.convocationDays, rules.workingDays, calendar),
            daysBefore(meetingDay, rules.documentsDays, rules.workingDays, calendar)};
}

DocumentState documentState(const RequiredDocument &document, const QDate &today, int dueSoonDays)
{
    if (document.receivedOn.isValid())
        return document.dueDate.isValid() && document.receivedOn > document.dueDate
                   ? DocumentState::ReceivedLate
                   : DocumentState::Received;
    if (!document.dueDate.isValid())
        return DocumentState::Pending;
    if (today > document.dueDate)
        return DocumentState::Overdue;
    return today.daysTo(document.dueDate) <= dueSoonDays ? DocumentState::DueSoon
                                                         : DocumentState::Pending;
}

QDate suggestedRegularMeetingDay(int year, int month, const WorkingDays &calendar)
{
    return calendar.addWorkingDays(QDate(year, month, 10), 0);
}

Result<void> validateMeeting(const Meeting &m)
{
    if (m.term < 1 || m.term > 99)
        return invalid("term", QStringLiteral("Khóa Quốc hội không hợp lệ."),
                       QStringLiteral("The term is not valid."));
    if (m.number < 1 || m.number > 999)
        return invalid("number", QStringLiteral("Số thứ tự phiên họp phải từ 1 đến 999."),
                       QStringLiteral("The meeting's number must be from 1 to 999."));
    if (m.phases.isEmpty())
        return invalid(
            "phases", QStringLiteral("Phiên họp cần ít nhất một đợt có ngày bắt đầu và kết thúc."),
            QStringLiteral("A meeting needs at least one phase with its first and last day."));
    for (qsizetype i = 0; i < m.phases.size(); ++i) {
        const MeetingPhase &p = m.phases.at(i);
        if (!p.first.isValid() || !p.last.isValid() || p.last < p.first)
            return invalid(
                "phases",
                QStringLiteral("Đợt %1: ngày kết thúc phải từ ngày bắt đầu trở đi.").arg(i + 1),
                QStringLiteral("Phase %1: the last day cannot be before the first.").arg(i + 1));
        if (p.first.daysTo(p.last) > 30)
            return invalid("phases", QStringLiteral("Đợt %1 dài quá 31 ngày.").arg(i + 1),
                           QStringLiteral("Phase %1 is longer than 31 days.").arg(i + 1));
        if (i > 0 && p.first <= m.phases.at(i - 1).last)
            return invalid(
                "phases",
                QStringLiteral("Đợt %1 phải bắt đầu sau khi đợt %2 kết thúc.").arg(i + 1).arg(i),
                QStringLiteral("Phase %1 must start after phase %2 ends.").arg(i + 1).arg(i));
    }
    if (m.firstDay().daysTo(m.lastDay()) > kMaxMeetingSpanDays)
        return invalid("phases",
                       QStringLiteral("Phiên họp kéo dài quá %1 ngày.").arg(kMaxMeetingSpanDays),
                       QStringLiteral("The meeting spans more than %1 days.")
                           .arg(kMaxMeetingSpanDays));
    for (const QDate &reserve : m.reserveDays) {
        if (!reserve.isValid() || m.sitsOn(reserve))
            return invalid("reserveDays",
                           QStringLiteral("Ngày dự phòng phải là ngày hợp lệ ngoài các đợt họp."),
                           QStringLiteral("A reserve day must be a valid day outside the phases."));
    }
    return {};
}

Result<void> validateContent(const MeetingContent &c)
{
    if (c.title.trimmed().isEmpty())
        return invalid("title", QStringLiteral("Chưa nhập tên nội dung."),
                       QStringLiteral("The content's title is missing."));
    if (c.presentingAgencyId == 0)
        return invalid("presentingAgency", QStringLiteral("Chưa chọn cơ quan trình."),
                       QStringLiteral("The presenting agency is missing."));
    if (c.halfDay && !c.plannedDay.isValid())
        return invalid("halfDay", QStringLiteral("Chọn buổi thì cần có ngày."),
                       QStringLiteral("A half-day needs a day."));
    if (c.plannedMonth < 0 || c.plannedMonth > 12)
        return invalid("plannedMonth", QStringLiteral("Tháng dự kiến phải từ 1 đến 12."),
                       QStringLiteral("The planned month must be from 1 to 12."));
    if (c.plannedMonth > 0 && (c.plannedYear < 1946 || c.plannedYear > 2200))
        return invalid("plannedYear", QStringLiteral("Tháng dự kiến cần có năm hợp lệ."),
                       QStringLiteral("The planned month needs a valid year."));
    if (c.plannedDay.isValid() && (c.plannedDay.year() < 1946 || c.plannedDay.year() > 2200))
        return invalid("plannedDay", QStringLiteral("Ngày dự kiến không hợp lệ."),
                       QStringLiteral("The planned day is not valid."));
    return {};
}

Result<void> validateEvent(const MeetingEvent &e)
{
    if (e.title.trimmed().isEmpty())
        return invalid("title", QStringLiteral("Chưa nhập tên sự kiện."),
                       QStringLiteral("The event's title is missing."));
    if (!e.startDay.isValid() || !e.endDay.isValid() || !e.startTime.isValid() ||
        !e.endTime.isValid() || e.startDay.year() < 1946 || e.endDay.year() > 2200)
        return invalid("start", QStringLiteral("Ngày, giờ bắt đầu và kết thúc không hợp lệ."),
                       QStringLiteral("The start or end is not a valid date and time."));
    if (QDateTime(e.endDay, e.endTime) <= QDateTime(e.startDay, e.startTime))
        return invalid("end", QStringLiteral("Sự kiện phải kết thúc sau khi bắt đầu."),
                       QStringLiteral("The event must end after it starts."));
    if (e.startDay.daysTo(e.endDay) > kMaxMeetingSpanDays)
        return invalid("end",
                       QStringLiteral("Sự kiện kéo dài quá %1 ngày.").arg(kMaxMeetingSpanDays),
                       QStringLiteral("The event lasts more than %1 days.")
                           .arg(kMaxMeetingSpanDays));
    return {};
}

} // namespace thuky::domain
