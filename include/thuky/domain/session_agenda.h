#pragma once
// National Assembly sessions (kỳ họp Quốc hội) and their agendas (chương trình kỳ họp): the
// sessions of a term with their phases (đợt), the matters (dự án luật, nghị quyết) they
// deal with, the agenda's versions (dự kiến lần 1, 2, …, chính thức, điều chỉnh) and the
// items of each version by day and half-day. The checks an agenda must pass and the diff of
// two versions are pure functions over these values (session_agenda.cpp), so the service,
// the GUI's live panel and the CLI give the same answers.
//
// Terms are the calendar's domain::Term (meeting.h), half-days its domain::HalfDay and
// categories its domain::ContentCategory.

#include "thuky/core/result.h"
#include "thuky/domain/meeting.h"
#include "thuky/domain/reference.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <array>
#include <functional>
#include <optional>

namespace thuky::domain {

class WorkingDays;

// ---------------------------------------------------------------- enums

enum class SessionKind
{
    Regular,       ///< kỳ họp thường lệ: "Kỳ họp thứ Tám"
    Extraordinary, ///< kỳ họp không thường lệ (bất thường before 2025), its own numbering
};
inline constexpr std::array kAllSessionKinds{SessionKind::Regular, SessionKind::Extraordinary};

enum class SessionStatus
{
    Preparing, ///< đang chuẩn bị
    Sitting,   ///< đang họp
    Closed,    ///< đã bế mạc
};
inline constexpr std::array kAllSessionStatuses{SessionStatus::Preparing, SessionStatus::Sitting,
                                                SessionStatus::Closed};

enum class MatterKind
{
    Law,        ///< dự án Luật
    Resolution, ///< dự thảo Nghị quyết
    Report,     ///< báo cáo (kinh tế - xã hội, ngân sách, giám sát …)
    Other,
};
inline constexpr std::array kAllMatterKinds{MatterKind::Law, MatterKind::Resolution,
                                            MatterKind::Report, MatterKind::Other};

enum class MatterProcedure
{
    OneSession, ///< quy trình một kỳ họp: heard, discussed and voted in one session
    TwoSession, ///< quy trình hai kỳ họp: the vote is in the later session
};
inline constexpr std::array kAllMatterProcedures{MatterProcedure::OneSession,
                                                 MatterProcedure::TwoSession};

/// Where a version stands. Read-only is a separate rule (AgendaVersion::readOnly).
enum class AgendaVersionState
{
    Draft,   ///< dự kiến chương trình lần N (before the session adopts one)
    Adopted, ///< chương trình chính thức, adopted at the preparatory sitting
    Amended, ///< điều chỉnh: a version made after the adoption (adopted when adoptedOn set)
};
inline constexpr std::array kAllAgendaVersionStates{
    AgendaVersionState::Draft, AgendaVersionState::Adopted, AgendaVersionState::Amended};

/// The activity types of DOMAIN.md, in the order a matter's steps go.
enum class ActivityType
{
    PreparatorySitting, ///< phiên trù bị
    Opening,            ///< khai mạc
    Submission,         ///< nghe tờ trình và báo cáo thẩm tra
    GroupDiscussion,    ///< thảo luận ở Tổ
    HallDiscussion,     ///< thảo luận ở Hội trường
    Questioning,        ///< chất vấn và trả lời chất vấn
    Explanation,        ///< giải trình
    Vote,               ///< biểu quyết thông qua
    Election,           ///< bầu / miễn nhiệm / phê chuẩn
    SecretBallot,       ///< bỏ phiếu kín
    Closing,            ///< bế mạc
    Other,              ///< khác
};
inline constexpr std::array kAllActivityTypes{
    ActivityType::PreparatorySitting, ActivityType::Opening,      ActivityType::Submission,
    ActivityType::GroupDiscussion,    ActivityType::HallDiscussion, ActivityType::Questioning,
    ActivityType::Explanation,        ActivityType::Vote,         ActivityType::Election,
    ActivityType::SecretBallot,       ActivityType::Closing,      ActivityType::Other};

enum class VenueKind
{
    Hall,   ///< Hội trường (Diên Hồng)
    Groups, ///< thảo luận ở Tổ
    Other,  ///< another place, named in AgendaItem::venue
};
inline constexpr std::array kAllVenueKinds{VenueKind::Hall, VenueKind::Groups, VenueKind::Other};

enum class FindingRule
{
    DayOff,          ///< on a weekend or public holiday (announced exceptions applied)
    HalfDayOverrun,  ///< a half-day's planned minutes exceed its length
    PersonClash,     ///< a presenter or chair in two places at once
    StepOrder,       ///< a matter's steps out of order
    NoPresenting,    ///< an item without presenting agency
    OutsidePhases,   ///< an item outside every phase of the session
};
inline constexpr std::array kAllFindingRules{FindingRule::DayOff,       FindingRule::HalfDayOverrun,
                                             FindingRule::PersonClash,  FindingRule::StepOrder,
                                             FindingRule::NoPresenting, FindingRule::OutsidePhases};

enum class FindingSeverity
{
    Warning, ///< worth a look
    Error,   ///< the agenda cannot be held as written
};

// Stable keys stored in the database and printed in JSON; Vietnamese and English labels.
QString sessionKindKey(SessionKind v);
QString sessionKindLabel(SessionKind v, Lang lang = Lang::Vi);
QString sessionStatusKey(SessionStatus v);
QString sessionStatusLabel(SessionStatus v, Lang lang = Lang::Vi);
QString matterKindKey(MatterKind v);
QString matterKindLabel(MatterKind v, Lang lang = Lang::Vi);
QString matterProcedureKey(MatterProcedure v);
QString matterProcedureLabel(MatterProcedure v, Lang lang = Lang::Vi);
QString agendaVersionStateKey(AgendaVersionState v);
QString agendaVersionStateLabel(AgendaVersionState v, Lang lang = Lang::Vi);
QString activityTypeKey(ActivityType v);
QString activityTypeLabel(ActivityType v, Lang lang = Lang::Vi);
QString venueKindKey(VenueKind v);
QString venueKindLabel(VenueKind v, Lang lang = Lang::Vi);
QString findingRuleKey(FindingRule v);
QString findingRuleLabel(FindingRule v, Lang lang = Lang::Vi);
QString findingSeverityKey(FindingSeverity v); ///< "warning", "error"
/// The value of a key, or of a label in either language (accents and case ignored).
std::optional<SessionKind> sessionKindFromText(const QString &text);
std::optional<SessionStatus> sessionStatusFromText(const QString &text);
std::optional<MatterKind> matterKindFromText(const QString &text);
std::optional<MatterProcedure> matterProcedureFromText(const QString &text);
std::optional<ActivityType> activityTypeFromText(const QString &text);
std::optional<VenueKind> venueKindFromText(const QString &text);

// ---------------------------------------------------------------- half-days

/// The sitting hours of a half-day: sáng 07:30–11:30, chiều 14:00–17:00, tối 19:30–21:30
/// (the Assembly's usual hours; the checks compare planned minutes with these lengths).
struct HalfDayHours
{
    QTime start;
    QTime end;
    int minutes() const { return start.secsTo(end) / 60; }
};
HalfDayHours halfDayHours(HalfDay halfDay);
inline constexpr int kMorningMinutes = 240;   ///< 07:30–11:30
inline constexpr int kAfternoonMinutes = 180; ///< 14:00–17:00
inline constexpr int kEveningMinutes = 120;   ///< 19:30–21:30

// ---------------------------------------------------------------- records

/// One phase (đợt) of a session: consecutive sitting days.
struct SessionPhase
{
    Id id = 0;
    int number = 1; ///< đợt 1, 2, …
    QDate first;
    QDate last;

    friend bool operator==(const SessionPhase &, const SessionPhase &) = default;
};

/// A session of the National Assembly: "Kỳ họp thứ Tám, Quốc hội khóa XV".
struct Session
{
    Id id = 0;
    int term = 0;    ///< the term's number (domain::Term::number): 15, 16
    SessionKind kind = SessionKind::Regular;
    int ordinal = 0; ///< thứ tự in its kind's series within the term, from 1
    SessionStatus status = SessionStatus::Preparing;
    QList<SessionPhase> phases; ///< in order, not overlapping, at least one
    QString venue = QStringLiteral("Nhà Quốc hội, Hà Nội");
    QString notes;

    QDate firstDay() const; ///< invalid when there is no phase
    QDate lastDay() const;
    /// Whether `date` falls within one of the phases.
    bool inPhase(const QDate &date) const;
    /// "Kỳ họp thứ Tám" / "Kỳ họp bất thường lần thứ 3" (before 2025) / "Kỳ họp không thường
    /// lệ lần thứ 3"; English "8th session", "3rd extraordinary session".
    QString title(Lang lang = Lang::Vi) const;
    /// title() + ", Quốc hội khóa XV" / ", 15th National Assembly".
    QString fullTitle(Lang lang = Lang::Vi) const;
};

/// A bill or resolution tracked across the sessions of a term.
struct Matter
{
    Id id = 0;
    int term = 0; ///< the term's number
    QString title; ///< "Dự án Luật Đất đai (sửa đổi)", "Nghị quyết về …"
    MatterKind kind = MatterKind::Law;
    MatterProcedure procedure = MatterProcedure::OneSession;
    Id presentingAgencyId = 0; ///< 0: not set
    Id reviewingAgencyId = 0;  ///< 0: not set
    QString notes;
};

/// A version of a session's agenda. Version numbers run 1, 2, … within the session; a new
/// version starts as a copy of the last one.
struct AgendaVersion
{
    Id id = 0;
    Id sessionId = 0;
    int number = 1;
    AgendaVersionState state = AgendaVersionState::Draft;
    QDate createdOn;
    QDate adoptedOn; ///< invalid: not adopted
    /// Read-only: superseded by a newer version, or adopted (the adopted text stays as the
    /// Assembly voted it; changes go into a new, amended version). The database refuses
    /// changes to its items too.
    bool readOnly = false;
    QString note;

    /// "Dự kiến lần 2", "Chính thức", "Điều chỉnh lần 1" (+ " (dự thảo)" before adoption).
    /// `ordinal`: the draft or amendment count within the session (see SessionService).
    QString label(int ordinal, Lang lang = Lang::Vi) const;
};

/// An item (nội dung) of an agenda version.
struct AgendaItem
{
    Id id = 0;
    Id versionId = 0;
    /// Stable across the copies of an item from version to version (diff, iCalendar UIDs):
    /// given by the service on add, copied by newVersion(), kept by edits and moves.
    QString key;
    QDate date;
    HalfDay halfDay = HalfDay::Morning;
    QTime startTime; ///< invalid: not set
    QTime endTime;   ///< invalid: not set (set only with startTime, after it)
    ActivityType activity = ActivityType::Other;
    ContentCategory category = ContentCategory::LawMaking;
    QString title; ///< "Nghe Tờ trình và Báo cáo thẩm tra dự án Luật …"
    Id matterId = 0;           ///< 0: none
    Id presentingAgencyId = 0; ///< cơ quan trình; 0: none (a finding)
    Id reviewingAgencyId = 0;  ///< cơ quan thẩm tra; 0: none
    Id presenterId = 0;        ///< người trình bày (a person of the catalogues); 0: none
    Id chairId = 0;            ///< người điều hành; 0: none
    VenueKind venueKind = VenueKind::Hall;
    QString venue; ///< "Hội trường Diên Hồng", "Phòng họp tổ 5"…; may be empty
    bool liveBroadcast = false;
    int plannedMinutes = 0; ///< 0: not planned
    QString notes;
    int position = 1; ///< order within its date and half-day, from 1

    bool hasTimes() const { return startTime.isValid(); }
};

/// Where an item sits: its date, half-day and position within the half-day.
struct AgendaSlot
{
    QDate date;
    HalfDay halfDay = HalfDay::Morning;
    int position = 1;

    friend bool operator==(const AgendaSlot &, const AgendaSlot &) = default;
    /// By date, half-day, position.
    friend bool operator<(const AgendaSlot &a, const AgendaSlot &b)
    {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.halfDay != b.halfDay)
            return a.halfDay < b.halfDay;
        return a.position < b.position;
    }
};
inline AgendaSlot slotOf(const AgendaItem &item)
{
    return {item.date, item.halfDay, item.position};
}

/// Something the checks found.
struct AgendaFinding
{
    FindingRule rule = FindingRule::DayOff;
    FindingSeverity severity = FindingSeverity::Warning;
    QList<Id> itemIds; ///< the item(s) concerned, the first one the finding is shown at
    QDate date;        ///< the day concerned
    std::optional<HalfDay> halfDay;
    Message message; ///< says the problem and names the item(s)
};

/// A changed field in a diff: the field's key and both values as text.
struct AgendaFieldChange
{
    QString field; ///< "title", "presenter", "planned_minutes", … (see agendaItemFieldKeys())
    QString before;
    QString after;
};

/// The difference between two versions, items matched by AgendaItem::key.
struct AgendaDiff
{
    struct Moved
    {
        AgendaItem before; ///< the item in the older version
        AgendaItem after;  ///< the item in the newer version
        AgendaSlot from;
        AgendaSlot to;
    };
    struct Changed
    {
        AgendaItem before;
        AgendaItem after;
        QList<AgendaFieldChange> fields;
    };
    Id fromVersionId = 0;
    Id toVersionId = 0;
    QList<AgendaItem> added;   ///< in the newer version only, in slot order
    QList<AgendaItem> removed; ///< in the older version only, in slot order
    /// Another date or half-day (a new position alone within the half-day is not a move).
    QList<Moved> moved;
    /// Some field other than the slot differs; an item may be both moved and changed.
    QList<Changed> changed;

    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && moved.isEmpty() && changed.isEmpty();
    }
};

/// The fields compared by the diff, in the order they are reported.
const QStringList &agendaItemFieldKeys();
/// A field's label for the "what changed" annex ("Nội dung", "Người trình bày"…).
QString agendaItemFieldLabel(const QString &key, Lang lang = Lang::Vi);

// ---------------------------------------------------------------- rules

/// InvalidInput naming the field: term 1..99, ordinal from 1, at least one phase, each with
/// valid days in order and not overlapping the next, at most 90 days in all.
Result<void> validateSession(const Session &session);
/// InvalidInput naming the field: a title, term from 1.
Result<void> validateMatter(const Matter &matter);
/// InvalidInput naming the field: a date, a title, an end time only after a start time,
/// planned minutes 0..720, a position from 1.
Result<void> validateAgendaItem(const AgendaItem &item);

/// Where a step of a matter comes in its procedure: 1 submission heard, 2 discussion in the
/// groups, 3 in the hall, 4 explanation, 5 vote; 0 for activities that are no step.
int matterStep(ActivityType activity);

/// Names the checks need for their messages (resolved by the service).
struct AgendaNames
{
    std::function<QString(Id)> person; ///< a person's name; empty: unknown
    std::function<QString(Id)> agency; ///< an agency's name
    std::function<QString(Id)> matter; ///< a matter's title
};

/// Runs every check over the items of one version, in O(n log n). `matters` gives the
/// procedure of the items' matters (missing ones count as one-session). Findings in the
/// order of their first item's slot, then by rule.
QList<AgendaFinding> checkAgenda(const Session &session, const QList<AgendaItem> &items,
                                 const QList<Matter> &matters, const WorkingDays &calendar,
                                 const AgendaNames &names = {});

/// The difference from `before` to `after` (items matched by key), O(n log n). The changed
/// fields' values name people, agencies and matters through `names` where given (ids
/// otherwise).
AgendaDiff diffAgenda(const QList<AgendaItem> &before, const QList<AgendaItem> &after,
                      const AgendaNames &names = {});

/// "Thứ Hai, ngày 21/10/2024" (tables of the agenda); English "Monday, 21/10/2024".
QString agendaDayLabel(const QDate &date, Lang lang = Lang::Vi);
/// Ordinals in words as session titles use them: 1 "nhất", 4 "tư", 8 "Tám"… (capitalised
/// unless `lower`); numbers above 20 stay in digits.
QString vietnameseOrdinal(int n, bool lower = false);

} // namespace thuky::domain
