#pragma once
// Standing Committee meetings (phiên họp Ủy ban Thường vụ Quốc hội): the meetings, their
// contents (nội dung), the documents each content needs and the deadlines those documents
// have, counted back from the meeting by configurable rules over working days.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

namespace thuky::domain {

class WorkingDays;

enum class MeetingKind
{
    Regular,  ///< thường kỳ: from the 10th of each month
    Thematic, ///< chuyên đề (on law-making, …)
    Other,    ///< khác: between the phases of a plenary session, …
};
inline constexpr std::array kAllMeetingKinds{MeetingKind::Regular, MeetingKind::Thematic,
                                             MeetingKind::Other};

enum class MeetingStatus
{
    Planned,   ///< dự kiến
    Convened,  ///< đã triệu tập: closed to additions
    Held,      ///< đã họp
    Postponed, ///< hoãn
    Cancelled, ///< hủy
};
inline constexpr std::array kAllMeetingStatuses{MeetingStatus::Planned, MeetingStatus::Convened,
                                                MeetingStatus::Held, MeetingStatus::Postponed,
                                                MeetingStatus::Cancelled};

enum class HalfDay
{
    Morning,
    Afternoon,
    Evening
}; ///< sáng, chiều, tối
inline constexpr std::array kAllHalfDays{HalfDay::Morning, HalfDay::Afternoon, HalfDay::Evening};

enum class ContentCategory
{
    LawMaking,   ///< xây dựng pháp luật: luật, nghị quyết
    Supervision, ///< giám sát, chất vấn
    National,    ///< vấn đề quan trọng: kinh tế - xã hội, ngân sách
    Personnel,   ///< công tác nhân sự
    Other,
};
inline constexpr std::array kAllContentCategories{
    ContentCategory::LawMaking, ContentCategory::Supervision, ContentCategory::National,
    ContentCategory::Personnel, ContentCategory::Other};

enum class ContentHandling
{
    AtSitting,
    WrittenOpinion
}; ///< tại phiên họp / xin ý kiến bằng văn bản
inline constexpr std::array kAllContentHandlings{ContentHandling::AtSitting,
                                                 ContentHandling::WrittenOpinion};

/// What became of a content of the yearly plan or of a meeting.
enum class ContentStatus
{
    Planned, ///< dự kiến
    Held,    ///< đã cho ý kiến
    Moved,   ///< chuyển phiên họp khác
    Dropped, ///< rút khỏi chương trình
};
inline constexpr std::array kAllContentStatuses{ContentStatus::Planned, ContentStatus::Held,
                                                ContentStatus::Moved, ContentStatus::Dropped};

enum class DocumentKind
{
    Submission,        ///< tờ trình
    ReviewReport,      ///< báo cáo thẩm tra
    Draft,             ///< dự thảo luật, nghị quyết
    ExplanationReport, ///< báo cáo tiếp thu, giải trình
    Report,            ///< báo cáo
    Other,
};
inline constexpr std::array kAllDocumentKinds{
    DocumentKind::Submission,        DocumentKind::ReviewReport, DocumentKind::Draft,
    DocumentKind::ExplanationReport, DocumentKind::Report,       DocumentKind::Other};

/// Where a required document stands on a given day.
enum class DocumentState
{
    Pending,      ///< chưa nhận, not yet due
    DueSoon,      ///< chưa nhận, due within the warning days
    Overdue,      ///< chưa nhận, past its due date
    Received,     ///< đã nhận, on time
    ReceivedLate, ///< nhận muộn
};
inline constexpr std::array kAllDocumentStates{DocumentState::Pending, DocumentState::DueSoon,
                                               DocumentState::Overdue, DocumentState::Received,
                                               DocumentState::ReceivedLate};

// Stable keys stored in the database and printed in JSON; Vietnamese and English labels.
QString meetingKindKey(MeetingKind v);
QString meetingKindLabel(MeetingKind v, Lang lang = Lang::Vi);
QString meetingStatusKey(MeetingStatus v);
QString meetingStatusLabel(MeetingStatus v, Lang lang = Lang::Vi);
QString halfDayKey(HalfDay v);
QString halfDayLabel(HalfDay v, Lang lang = Lang::Vi);
QString contentCategoryKey(ContentCategory v);
QString contentCategoryLabel(ContentCategory v, Lang lang = Lang::Vi);
QString contentHandlingKey(ContentHandling v);
QString contentHandlingLabel(ContentHandling v, Lang lang = Lang::Vi);
QString contentStatusKey(ContentStatus v);
QString contentStatusLabel(ContentStatus v, Lang lang = Lang::Vi);
QString documentKindKey(DocumentKind v);
QString documentKindLabel(DocumentKind v, Lang lang = Lang::Vi);
QString documentStateKey(DocumentState v);
QString documentStateLabel(DocumentState v, Lang lang = Lang::Vi);
/// The value of a key, or of a label in either language (accents and case ignored).
std::optional<MeetingKind> meetingKindFromText(const QString &text);
std::optional<MeetingStatus> meetingStatusFromText(const QString &text);
std::optional<HalfDay> halfDayFromText(const QString &text);
std::optional<ContentCategory> contentCategoryFromText(const QString &text);
std::optional<ContentHandling> contentHandlingFromText(const QString &text);
std::optional<ContentStatus> contentStatusFromText(const QString &text);
std::optional<DocumentKind> documentKindFromText(const QString &text);

/// One stretch of consecutive sitting days (đợt).
struct MeetingPhase
{
    QDate first;
    QDate last;

    friend bool operator==(const MeetingPhase &, const MeetingPhase &) = default;
};

/// A Standing Committee meeting: "Phiên họp thứ 40" of term XV.
struct Meeting
{
    Id id = 0;
    int term = 0;   ///< khóa: 15, 16
    int number = 0; ///< thứ tự trong khóa, from 1 in each term
    MeetingKind kind = MeetingKind::Regular;
    MeetingStatus status = MeetingStatus::Planned;
    QList<MeetingPhase> phases; ///< in order, not overlapping
    QList<QDate> reserveDays;   ///< ngày dự phòng, outside the phases
    QString venue = QStringLiteral("Phòng họp Tân Trào, Nhà Quốc hội");
    Id chairId = 0; ///< the person who chairs it; 0: not set
    QString notes;

    QDate firstDay() const; ///< invalid when there is no phase
    QDate lastDay() const;
    /// Whether the meeting sits on `date` (reserve days excluded).
    bool sitsOn(const QDate &date) const;
    /// "Phiên họp thứ 40" / "40th meeting".
    QString title(Lang lang = Lang::Vi) const;
};

/// A content (nội dung) of a meeting, or of the yearly plan before it has a meeting.
struct MeetingContent
{
    Id id = 0;
    Id meetingId = 0; ///< 0: in the yearly plan only
    QString title;    ///< "Cho ý kiến về dự án Luật …"
    ContentCategory category = ContentCategory::LawMaking;
    Id presentingAgencyId = 0; ///< cơ quan trình
    Id reviewingAgencyId = 0;  ///< cơ quan thẩm tra; 0: none
    QDate plannedDay;
    std::optional<HalfDay> halfDay;
    bool inYearlyPlan = true; ///< false: added after the year's plan (bổ sung)
    int plannedYear = 0;      ///< the year of the yearly plan; 0 with plannedMonth 0
    int plannedMonth = 0;     ///< the month of the yearly plan (1..12); 0: not planned
    ContentHandling handling = ContentHandling::AtSitting;
    ContentStatus status = ContentStatus::Planned;
    int position = 0; ///< order within the meeting
};

/// A document a content needs, who owes it and by when.
struct RequiredDocument
{
    Id id = 0;
    Id contentId = 0;
    DocumentKind kind = DocumentKind::Submission;
    Id responsibleAgencyId = 0;
    /// Set by hand when dueSet; otherwise computed from the deadline rules and the
    /// meeting's first day (MeetingService fills it in).
    QDate dueDate;
    bool dueSet = false;
    QDate receivedOn; ///< invalid: not received
    QString note;
};

/// A legislature term (khóa): "khóa XV, 2021–2026".
struct Term
{
    Id id = 0;
    int number = 0;
    int firstYear = 0;
    int lastYear = 0;
};

/// An invitee of a content (thành phần mời), or a participant of an event: an agency or a
/// person of the catalogues (exactly one of the two ids is set).
struct Invitee
{
    Id id = 0;
    Id agencyId = 0;
    Id personId = 0;

    friend bool operator==(const Invitee &, const Invitee &) = default;
};

enum class EventKind
{
    Conference,     ///< hội nghị
    WorkingSession, ///< làm việc
    Mission,        ///< đoàn công tác
    Other,
};
inline constexpr std::array kAllEventKinds{EventKind::Conference, EventKind::WorkingSession,
                                           EventKind::Mission, EventKind::Other};
QString eventKindKey(EventKind v);
QString eventKindLabel(EventKind v, Lang lang = Lang::Vi);
std::optional<EventKind> eventKindFromText(const QString &text);

/// Another event of the calendar that occupies people and a room.
struct MeetingEvent
{
    Id id = 0;
    QString title;
    EventKind kind = EventKind::Conference;
    QDate startDay;
    QTime startTime{8, 0};
    QDate endDay;
    QTime endTime{17, 0};
    QString venue; ///< the room or place
    QString notes;
    QList<Invitee> participants;

    /// Whether the two events share some minute.
    bool overlaps(const MeetingEvent &other) const;
};

/// How long before a meeting things are due (DOMAIN.md's figures as defaults; to be
/// confirmed by the Secretariat, so kept in settings).
struct DeadlineRules
{
    int programmeDays = 20;  ///< the meeting's programme settled
    int convocationDays = 7; ///< the convening decision, closed to additions
    int documentsDays = 5;   ///< documents reach the members
    bool workingDays = true; ///< count working days (true) or calendar days
    int dueSoonDays = 3;     ///< a document due within this many days is "due soon"
    /// Days for particular kinds of document where they differ from documentsDays.
    QList<std::pair<DocumentKind, int>> perKind;
    /// Kinds counted in calendar days (false) or working days (true) where they differ from
    /// workingDays.
    QList<std::pair<DocumentKind, bool>> perKindWorkingDays;

    int daysFor(DocumentKind kind) const;
    bool workingDaysFor(DocumentKind kind) const;
};

/// `days` before `meetingDay`, in working or calendar days; a calendar-day deadline that
/// falls on a day off moves back to the working day before it (documents must arrive
/// before, not after).
QDate daysBefore(const QDate &meetingDay, int days, bool workingDays, const WorkingDays &calendar);
/// The due date of a document of `kind` for a meeting starting on `meetingDay`.
QDate documentDueDate(const DeadlineRules &rules, DocumentKind kind, const QDate &meetingDay,
                      const WorkingDays &calendar);

/// The milestones of a meeting, from its first day back.
struct MeetingMilestones
{
    QDate programmeSettled;
    QDate convocation;
    QDate documentsDue;
};
MeetingMilestones milestones(const DeadlineRules &rules, const QDate &meetingDay,
                             const WorkingDays &calendar);

/// Where a document stands on `today`.
DocumentState documentState(const RequiredDocument &document, const QDate &today, int dueSoonDays);

/// A regular meeting starts on the 10th of the month, or the next working day.
QDate suggestedRegularMeetingDay(int year, int month, const WorkingDays &calendar);

/// InvalidInput naming the field: term and number from 1, at least one phase, each phase in
/// order and not overlapping the next, reserve days outside the phases.
Result<void> validateMeeting(const Meeting &meeting);
/// InvalidInput naming the field: a title, a presenting agency, a half-day only with a day,
/// a planned month 1..12.
Result<void> validateContent(const MeetingContent &content);
/// InvalidInput naming the field: a title, valid days, the end after the start, at most 60
/// days long.
Result<void> validateEvent(const MeetingEvent &event);

/// The longest span of a meeting or an event, in days: the calendar's range queries rely on
/// it.
inline constexpr int kMaxMeetingSpanDays = 60;

} // namespace thuky::domain
