#include "thuky/domain/session_agenda.h"

#include "enum_names.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/domain/working_days.h"
#include "thuky/search/folding.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace thuky::domain {

namespace {

using detail::fromText;
using detail::keyOf;
using detail::labelOf;
using detail::Names;

constexpr Names<SessionKind> kSessionKinds[] = {
    {SessionKind::Regular, "regular", "Thường lệ", "Regular"},
    {SessionKind::Extraordinary, "extraordinary", "Không thường lệ", "Extraordinary"},
};
constexpr Names<SessionStatus> kSessionStatuses[] = {
    {SessionStatus::Preparing, "preparing", "Đang chuẩn bị", "Preparing"},
    {SessionStatus::Sitting, "sitting", "Đang họp", "Sitting"},
    {SessionStatus::Closed, "closed", "Đã bế mạc", "Closed"},
};
constexpr Names<MatterKind> kMatterKinds[] = {
    {MatterKind::Law, "law", "Dự án luật", "Bill"},
    {MatterKind::Resolution, "resolution", "Nghị quyết", "Resolution"},
    {MatterKind::Report, "report", "Báo cáo", "Report"},
    {MatterKind::Other, "other", "Khác", "Other"},
};
constexpr Names<MatterProcedure> kProcedures[] = {
    {MatterProcedure::OneSession, "one_session", "Một kỳ họp", "One session"},
    {MatterProcedure::TwoSession, "two_session", "Hai kỳ họp", "Two sessions"},
};
constexpr Names<AgendaVersionState> kVersionStates[] = {
    {AgendaVersionState::Draft, "draft", "Dự kiến", "Draft"},
    {AgendaVersionState::Adopted, "adopted", "Chính thức", "Adopted"},
    {AgendaVersionState::Amended, "amended", "Điều chỉnh", "Amended"},
};
constexpr Names<ActivityType> kActivities[] = {
    {ActivityType::PreparatorySitting, "preparatory", "Phiên trù bị", "Preparatory sitting"},
    {ActivityType::Opening, "opening", "Khai mạc", "Opening"},
    {ActivityType::Submission, "submission", "Nghe tờ trình và báo cáo thẩm tra",
     "Submission and review report"},
    {ActivityType::GroupDiscussion, "group_discussion", "Thảo luận ở Tổ", "Discussion in groups"},
    {ActivityType::HallDiscussion, "hall_discussion", "Thảo luận ở Hội trường",
     "Discussion in the hall"},
    {ActivityType::Questioning, "questioning", "Chất vấn và trả lời chất vấn",
     "Questions and answers"},
    {ActivityType::Explanation, "explanation", "Giải trình", "Explanation"},
    {ActivityType::Vote, "vote", "Biểu quyết thông qua", "Vote"},
    {ActivityType::Election, "election", "Bầu, miễn nhiệm, phê chuẩn",
     "Election, dismissal, approval"},
    {ActivityType::SecretBallot, "secret_ballot", "Bỏ phiếu kín", "Secret ballot"},
    {ActivityType::Closing, "closing", "Bế mạc", "Closing"},
    {ActivityType::Other, "other", "Khác", "Other"},
};
constexpr Names<VenueKind> kVenueKinds[] = {
    {VenueKind::Hall, "hall", "Hội trường", "Plenary hall"},
    {VenueKind::Groups, "groups", "Tổ", "Groups"},
    {VenueKind::Other, "other", "Nơi khác", "Elsewhere"},
};
constexpr Names<FindingRule> kRules[] = {
    {FindingRule::DayOff, "day_off", "Ngày nghỉ", "Day off"},
    {FindingRule::HalfDayOverrun, "half_day_overrun", "Quá thời lượng buổi", "Half-day overrun"},
    {FindingRule::PersonClash, "person_clash", "Trùng người", "Person in two places"},
    {FindingRule::StepOrder, "step_order", "Sai trình tự", "Steps out of order"},
    {FindingRule::NoPresenting, "no_presenting_agency", "Thiếu cơ quan trình",
     "No presenting agency"},
    {FindingRule::OutsidePhases, "outside_phases", "Ngoài thời gian kỳ họp",
     "Outside the phases"},
};

Error invalidField(const QString &vi, const QString &en, const char *field)
{
    return makeError(ErrorCode::InvalidInput, vi, en, QString::fromLatin1(field));
}

} // namespace

QString sessionKindKey(SessionKind v) { return keyOf(kSessionKinds, v); }
QString sessionKindLabel(SessionKind v, Lang lang) { return labelOf(kSessionKinds, v, lang); }
QString sessionStatusKey(SessionStatus v) { return keyOf(kSessionStatuses, v); }
QString sessionStatusLabel(SessionStatus v, Lang lang) { return labelOf(kSessionStatuses, v, lang); }
QString matterKindKey(MatterKind v) { return keyOf(kMatterKinds, v); }
QString matterKindLabel(MatterKind v, Lang lang) { return labelOf(kMatterKinds, v, lang); }
QString matterProcedureKey(MatterProcedure v) { return keyOf(kProcedures, v); }
QString matterProcedureLabel(MatterProcedure v, Lang lang) { return labelOf(kProcedures, v, lang); }
QString agendaVersionStateKey(AgendaVersionState v) { return keyOf(kVersionStates, v); }
QString agendaVersionStateLabel(AgendaVersionState v, Lang lang)
{
    return labelOf(kVersionStates, v, lang);
}
QString activityTypeKey(ActivityType v) { return keyOf(kActivities, v); }
QString activityTypeLabel(ActivityType v, Lang lang) { return labelOf(kActivities, v, lang); }
QString venueKindKey(VenueKind v) { return keyOf(kVenueKinds, v); }
QString venueKindLabel(VenueKind v, Lang lang) { return labelOf(kVenueKinds, v, lang); }
QString findingRuleKey(FindingRule v) { return keyOf(kRules, v); }
QString findingRuleLabel(FindingRule v, Lang lang) { return labelOf(kRules, v, lang); }
QString findingSeverityKey(FindingSeverity v)
{
    return v == FindingSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}
std::optional<SessionKind> sessionKindFromText(const QString &t) { return fromText(kSessionKinds, t); }
std::optional<SessionStatus> sessionStatusFromText(const QString &t)
{
    return fromText(kSessionStatuses, t);
}
std::optional<MatterKind> matterKindFromText(const QString &t) { return fromText(kMatterKinds, t); }
std::optional<MatterProcedure> matterProcedureFromText(const QString &t)
{
    return fromText(kProcedures, t);
}
std::optional<ActivityType> activityTypeFromText(const QString &t) { return fromText(kActivities, t); }
std::optional<VenueKind> venueKindFromText(const QString &t) { return fromText(kVenueKinds, t); }

// ---------------------------------------------------------------- half-days

HalfDayHours halfDayHours(HalfDay halfDay)
{
    switch (halfDay) {
    case HalfDay::Morning:
        return {QTime(7, 30), QTime(7, 30).addSecs(kMorningMinutes * 60)};
    case HalfDay::Afternoon:
        return {QTime(14, 0), QTime(14, 0).addSecs(kAfternoonMinutes * 60)};
    case HalfDay::Evening:
        break;
    }
    return {QTime(19, 30), QTime(19, 30).addSecs(kEveningMinutes * 60)};
}

// ---------------------------------------------------------------- words

QString vietnameseOrdinal(int n, bool lower)
{
    static const char *const words[] = {"",        "nhất",      "Hai",       "Ba",
                                        "tư",      "Năm",       "Sáu",       "Bảy",
                                        "Tám",     "Chín",      "Mười",      "Mười một",
                                        "Mười hai", "Mười ba",   "Mười bốn",  "Mười lăm",
                                        "Mười sáu", "Mười bảy", "Mười tám", "Mười chín",
                                        "Hai mươi"};
    if (n < 1 || n > 20)
        return QString::number(n);
    // "thứ nhất", "thứ tư" are written in lower case in titles; the others capitalised.
    const QString w = QString::fromUtf8(words[n]);
    return lower ? w.front().toLower() + w.mid(1) : w;
}

QString agendaDayLabel(const QDate &date, Lang lang)
{
    if (!date.isValid())
        return {};
    if (lang == Lang::En)
        return QStringLiteral("%1, %2").arg(weekdayNameEn(date), shortDate(date));
    return QStringLiteral("%1, ngày %2").arg(weekdayName(date), shortDate(date));
}

namespace {

QString englishOrdinal(int n)
{
    const int lastTwo = n % 100;
    const char *suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        switch (n % 10) {
        case 1:
            suffix = "st";
            break;
        case 2:
            suffix = "nd";
            break;
        case 3:
            suffix = "rd";
            break;
        default:
            break;
        }
    }
    return QString::number(n) + QString::fromLatin1(suffix);
}

} // namespace

// ---------------------------------------------------------------- records

QDate Session::firstDay() const { return phases.isEmpty() ? QDate() : phases.first().first; }
QDate Session::lastDay() const { return phases.isEmpty() ? QDate() : phases.last().last; }

bool Session::inPhase(const QDate &date) const
{
    return std::any_of(phases.begin(), phases.end(),
                       [&](const SessionPhase &p) { return p.first <= date && date <= p.last; });
}

QString Session::title(Lang lang) const
{
    if (lang == Lang::En) {
        return kind == SessionKind::Regular
                   ? QStringLiteral("%1 session").arg(englishOrdinal(ordinal))
                   : QStringLiteral("%1 extraordinary session").arg(englishOrdinal(ordinal));
    }
    if (kind == SessionKind::Regular)
        return QStringLiteral("Kỳ họp thứ %1").arg(vietnameseOrdinal(ordinal));
    // "bất thường" until the 2025 amendment, "không thường lệ" after.
    const bool newName = !firstDay().isValid() || firstDay().year() >= 2025;
    return QStringLiteral("Kỳ họp %1 lần thứ %2")
        .arg(newName ? QStringLiteral("không thường lệ") : QStringLiteral("bất thường"))
        .arg(vietnameseOrdinal(ordinal, true));
}

QString Session::fullTitle(Lang lang) const
{
    if (lang == Lang::En)
        return QStringLiteral("%1, %2 National Assembly").arg(title(lang), englishOrdinal(term));
    return QStringLiteral("%1, Quốc hội khóa %2").arg(title(lang), toRoman(term));
}

QString AgendaVersion::label(int ordinal, Lang lang) const
{
    const bool en = lang == Lang::En;
    switch (state) {
    case AgendaVersionState::Draft:
        return en ? QStringLiteral("Draft %1").arg(ordinal)
                  : QStringLiteral("Dự kiến lần %1").arg(ordinal);
    case AgendaVersionState::Adopted:
        return en ? QStringLiteral("Adopted") : QStringLiteral("Chính thức");
    case AgendaVersionState::Amended:
        break;
    }
    QString text = en ? QStringLiteral("Amendment %1").arg(ordinal)
                      : QStringLiteral("Điều chỉnh lần %1").arg(ordinal);
    if (!adoptedOn.isValid())
        text += en ? QStringLiteral(" (draft)") : QStringLiteral(" (dự thảo)");
    return text;
}

// ---------------------------------------------------------------- validation

Result<void> validateSession(const Session &s)
{
    if (s.term < 1 || s.term > 99)
        return invalidField(QStringLiteral("Khóa Quốc hội phải từ 1 đến 99."),
                            QStringLiteral("The term must be from 1 to 99."), "term");
    if (s.ordinal < 1 || s.ordinal > 99)
        return invalidField(QStringLiteral("Số thứ tự kỳ họp phải từ 1 đến 99."),
                            QStringLiteral("The session's number must be from 1 to 99."),
                            "ordinal");
    if (s.phases.isEmpty())
        return invalidField(QStringLiteral("Kỳ họp cần ít nhất một đợt họp."),
                            QStringLiteral("A session needs at least one phase."), "phases");
    for (qsizetype i = 0; i < s.phases.size(); ++i) {
        const SessionPhase &p = s.phases[i];
        if (!p.first.isValid() || !p.last.isValid() || p.first.year() < 1946 ||
            p.last.year() > 2200)
            return invalidField(QStringLiteral("Đợt %1: ngày không hợp lệ.").arg(i + 1),
                                QStringLiteral("Phase %1: the dates are not valid.").arg(i + 1),
                                "phases");
        if (p.last < p.first)
            return invalidField(
                QStringLiteral("Đợt %1: ngày kết thúc trước ngày bắt đầu.").arg(i + 1),
                QStringLiteral("Phase %1 ends before it starts.").arg(i + 1), "phases");
        if (i > 0 && p.first <= s.phases[i - 1].last)
            return invalidField(
                QStringLiteral("Đợt %1 phải bắt đầu sau khi đợt %2 kết thúc.").arg(i + 1).arg(i),
                QStringLiteral("Phase %1 must start after phase %2 ends.").arg(i + 1).arg(i),
                "phases");
    }
    if (s.firstDay().daysTo(s.lastDay()) > 90)
        return invalidField(QStringLiteral("Kỳ họp kéo dài quá 90 ngày."),
                            QStringLiteral("The session is longer than 90 days."), "phases");
    return {};
}

Result<void> validateMatter(const Matter &m)
{
    if (m.term < 1 || m.term > 99)
        return invalidField(QStringLiteral("Khóa Quốc hội phải từ 1 đến 99."),
                            QStringLiteral("The term must be from 1 to 99."), "term");
    if (m.title.trimmed().isEmpty())
        return invalidField(QStringLiteral("Cần nhập tên dự án, nội dung."),
                            QStringLiteral("The matter needs a title."), "title");
    if (m.title.size() > 1000)
        return invalidField(QStringLiteral("Tên dự án dài quá 1000 ký tự."),
                            QStringLiteral("The title is longer than 1000 characters."), "title");
    return {};
}

Result<void> validateAgendaItem(const AgendaItem &item)
{
    if (!item.date.isValid() || item.date.year() < 1946 || item.date.year() > 2200)
        return invalidField(QStringLiteral("Cần nhập ngày hợp lệ cho nội dung."),
                            QStringLiteral("The item needs a valid date."), "date");
    if (item.title.trimmed().isEmpty())
        return invalidField(QStringLiteral("Cần nhập tên nội dung."),
                            QStringLiteral("The item needs a title."), "title");
    if (item.title.size() > 1000)
        return invalidField(QStringLiteral("Tên nội dung dài quá 1000 ký tự."),
                            QStringLiteral("The title is longer than 1000 characters."), "title");
    if (item.endTime.isValid() && !item.startTime.isValid())
        return invalidField(QStringLiteral("Chỉ nhập giờ kết thúc khi đã có giờ bắt đầu."),
                            QStringLiteral("An end time needs a start time."), "endTime");
    if (item.endTime.isValid() && item.endTime <= item.startTime)
        return invalidField(QStringLiteral("Giờ kết thúc phải sau giờ bắt đầu."),
                            QStringLiteral("The end time must be after the start time."),
                            "endTime");
    if (item.plannedMinutes < 0 || item.plannedMinutes > 720)
        return invalidField(QStringLiteral("Thời lượng dự kiến phải từ 0 đến 720 phút."),
                            QStringLiteral("The planned minutes must be from 0 to 720."),
                            "plannedMinutes");
    if (item.position < 0)
        return invalidField(QStringLiteral("Thứ tự trong buổi phải từ 1 trở lên."),
                            QStringLiteral("The position must be 1 or more."), "position");
    if (item.venue.size() > 300)
        return invalidField(QStringLiteral("Địa điểm dài quá 300 ký tự."),
                            QStringLiteral("The venue is longer than 300 characters."), "venue");
    if (item.notes.size() > 4000)
        return invalidField(QStringLiteral("Ghi chú dài quá 4000 ký tự."),
                            QStringLiteral("The notes are longer than 4000 characters."), "notes");
    return {};
}

int matterStep(ActivityType activity)
{
    switch (activity) {
    case ActivityType::Submission:
        return 1;
    case ActivityType::GroupDiscussion:
        return 2;
    case ActivityType::HallDiscussion:
        return 3;
    case ActivityType::Explanation:
        return 4;
    case ActivityType::Vote:
        return 5;
    default:
        return 0;
    }
}

// ---------------------------------------------------------------- checks

namespace {

/// An item as messages name it: its title (shortened) in quotes.
QString itemRef(const AgendaItem &item)
{
    QString t = item.title;
    if (t.size() > 90)
        t = t.left(87) + QStringLiteral("…");
    return QStringLiteral("\"%1\"").arg(t);
}

QString halfDayWhen(const QDate &date, HalfDay half, Lang lang)
{
    if (lang == Lang::En)
        return QStringLiteral("%1 %2").arg(agendaDayLabel(date, lang),
                                           halfDayLabel(half, lang).toLower());
    return QStringLiteral("%1 %2").arg(halfDayLabel(half, lang),
                                       agendaDayLabel(date, lang).replace(0, 1, QStringLiteral("t")));
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

/// Up to three items named, then how many more.
QString itemsRef(const QList<const AgendaItem *> &items, Lang lang)
{
    QStringList names;
    for (qsizetype i = 0; i < items.size() && i < 3; ++i)
        names << itemRef(*items[i]);
    QString text = names.join(QStringLiteral(", "));
    if (items.size() > 3)
        text += lang == Lang::En ? QStringLiteral(" and %1 more").arg(items.size() - 3)
                                 : QStringLiteral(" và %1 nội dung khác").arg(items.size() - 3);
    return text;
}

QString nameOr(const std::function<QString(Id)> &names, Id id, Lang lang)
{
    QString name = names ? names(id) : QString();
    if (name.isEmpty())
        name = lang == Lang::En ? QStringLiteral("person #%1").arg(id)
                                : QStringLiteral("người có mã %1").arg(id);
    return name;
}

QString venueKey(const AgendaItem &item)
{
    return venueKindKey(item.venueKind) + u'|' + search::fold(item.venue);
}

QString venueText(const AgendaItem &item, Lang lang)
{
    return item.venue.isEmpty() ? venueKindLabel(item.venueKind, lang) : item.venue;
}

struct Checker
{
    const Session &session;
    const QList<const AgendaItem *> &items; // in slot order
    const QHash<Id, MatterProcedure> &procedures;
    const WorkingDays &calendar;
    const AgendaNames &names;
    QList<AgendaFinding> out;

    void add(FindingRule rule, FindingSeverity severity, QList<Id> ids, const QDate &date,
             std::optional<HalfDay> half, QString vi, QString en)
    {
        out.append({rule, severity, std::move(ids), date, half, Message{std::move(vi), std::move(en)}});
    }

    void daysOff()
    {
        for (qsizetype i = 0; i < items.size();) {
            qsizetype j = i;
            QList<const AgendaItem *> day;
            while (j < items.size() && items[j]->date == items[i]->date)
                day << items[j++];
            const QDate date = items[i]->date;
            if (!calendar.isWorkingDay(date)) {
                const auto off = calendar.dayOff(date);
                const QString why = off ? off->name : QStringLiteral("ngày nghỉ cuối tuần");
                const QString whyEn = off ? off->nameEn : QStringLiteral("a weekend");
                QList<Id> ids;
                for (const AgendaItem *it : day)
                    ids << it->id;
                add(FindingRule::DayOff, FindingSeverity::Warning, ids, date, std::nullopt,
                    QStringLiteral("%1 là ngày nghỉ (%2) nhưng có %3 nội dung: %4.")
                        .arg(agendaDayLabel(date), why)
                        .arg(day.size())
                        .arg(itemsRef(day, Lang::Vi)),
                    QStringLiteral("%1 is a day off (%2) but has %3 item(s): %4.")
                        .arg(agendaDayLabel(date, Lang::En), whyEn)
                        .arg(day.size())
                        .arg(itemsRef(day, Lang::En)));
            }
            i = j;
        }
    }

    void halfDays()
    {
        for (qsizetype i = 0; i < items.size();) {
            qsizetype j = i;
            QList<const AgendaItem *> half;
            int minutes = 0;
            while (j < items.size() && items[j]->date == items[i]->date &&
                   items[j]->halfDay == items[i]->halfDay) {
                minutes += items[j]->plannedMinutes;
                half << items[j++];
            }
            const int length = halfDayHours(items[i]->halfDay).minutes();
            if (minutes > length) {
                QList<Id> ids;
                for (const AgendaItem *it : half)
                    ids << it->id;
                add(FindingRule::HalfDayOverrun, FindingSeverity::Warning, ids, items[i]->date,
                    items[i]->halfDay,
                    QStringLiteral("%1: các nội dung dự kiến %2 phút, quá thời lượng của buổi (%3 "
                                   "phút): %4.")
                        .arg(halfDayWhen(items[i]->date, items[i]->halfDay, Lang::Vi))
                        .arg(minutes)
                        .arg(length)
                        .arg(itemsRef(half, Lang::Vi)),
                    QStringLiteral("%1: the items plan %2 minutes, more than the half-day's %3: "
                                   "%4.")
                        .arg(halfDayWhen(items[i]->date, items[i]->halfDay, Lang::En))
                        .arg(minutes)
                        .arg(length)
                        .arg(itemsRef(half, Lang::En)));
            }
            i = j;
        }
    }

    void clashes()
    {
        // (date, half-day, person) → the items the person presents or chairs there; one
        // sort of all roles, so O(n log n).
        struct Role
        {
            QDate date;
            HalfDay half;
            Id person;
            const AgendaItem *item;
        };
        QList<Role> roles;
        roles.reserve(items.size() * 2);
        for (const AgendaItem *it : items) {
            if (it->presenterId)
                roles.append({it->date, it->halfDay, it->presenterId, it});
            if (it->chairId && it->chairId != it->presenterId)
                roles.append({it->date, it->halfDay, it->chairId, it});
        }
        std::stable_sort(roles.begin(), roles.end(), [](const Role &a, const Role &b) {
            if (a.date != b.date)
                return a.date < b.date;
            if (a.half != b.half)
                return a.half < b.half;
            return a.person < b.person;
        });
        for (qsizetype i = 0; i < roles.size();) {
            qsizetype j = i;
            QList<const AgendaItem *> mine;
            while (j < roles.size() && roles[j].date == roles[i].date &&
                   roles[j].half == roles[i].half && roles[j].person == roles[i].person)
                mine << roles[j++].item;
            if (mine.size() > 1)
                clashOf(roles[i].date, roles[i].half, roles[i].person, mine);
            i = j;
        }
    }

    void clashOf(const QDate &date, HalfDay half, Id person, const QList<const AgendaItem *> &mine)
    {
        const QString who = nameOr(names.person, person, Lang::Vi);
        const QString whoEn = nameOr(names.person, person, Lang::En);
        // Without times, items of one half-day follow each other: a clash only when they
        // are in different places.
        bool untimed = false;
        QList<const AgendaItem *> byVenue;
        QSet<QString> venues;
        for (const AgendaItem *it : mine) {
            untimed = untimed || !it->hasTimes();
            if (!venues.contains(venueKey(*it))) {
                venues.insert(venueKey(*it));
                byVenue << it;
            }
        }
        if (untimed && byVenue.size() > 1) {
            QList<Id> ids;
            QStringList where, whereEn;
            for (const AgendaItem *it : byVenue) {
                ids << it->id;
                where << QStringLiteral("%1 (%2)").arg(itemRef(*it), venueText(*it, Lang::Vi));
                whereEn << QStringLiteral("%1 (%2)").arg(itemRef(*it), venueText(*it, Lang::En));
            }
            add(FindingRule::PersonClash, FindingSeverity::Error, ids, date, half,
                QStringLiteral("%1 được xếp ở hai nơi cùng lúc, %2: %3.")
                    .arg(who, lowerFirst(halfDayWhen(date, half, Lang::Vi)),
                         where.join(QStringLiteral(" và "))),
                QStringLiteral("%1 is in two places at once, %2: %3.")
                    .arg(whoEn, halfDayWhen(date, half, Lang::En), whereEn.join(QStringLiteral(" and "))));
            return;
        }
        // Timed items: overlapping times, wherever they are.
        QList<const AgendaItem *> timed;
        for (const AgendaItem *it : mine)
            if (it->hasTimes())
                timed << it;
        std::stable_sort(timed.begin(), timed.end(), [](const AgendaItem *a, const AgendaItem *b) {
            return a->startTime < b->startTime;
        });
        const auto endOf = [](const AgendaItem *it) {
            return it->endTime.isValid() ? it->endTime : it->startTime.addSecs(60);
        };
        const AgendaItem *latest = nullptr;
        for (const AgendaItem *it : timed) {
            if (latest && it->startTime < endOf(latest)) {
                add(FindingRule::PersonClash, FindingSeverity::Error, {latest->id, it->id}, date,
                    half,
                    QStringLiteral("%1 được xếp ở hai nội dung trùng giờ, %2: %3 (%4–%5) và %6 "
                                   "(%7–%8).")
                        .arg(who, lowerFirst(halfDayWhen(date, half, Lang::Vi)), itemRef(*latest),
                             latest->startTime.toString(QStringLiteral("HH:mm")),
                             endOf(latest).toString(QStringLiteral("HH:mm")), itemRef(*it),
                             it->startTime.toString(QStringLiteral("HH:mm")),
                             endOf(it).toString(QStringLiteral("HH:mm"))),
                    QStringLiteral("%1 has two items at the same time, %2: %3 (%4–%5) and %6 "
                                   "(%7–%8).")
                        .arg(whoEn, halfDayWhen(date, half, Lang::En), itemRef(*latest),
                             latest->startTime.toString(QStringLiteral("HH:mm")),
                             endOf(latest).toString(QStringLiteral("HH:mm")), itemRef(*it),
                             it->startTime.toString(QStringLiteral("HH:mm")),
                             endOf(it).toString(QStringLiteral("HH:mm"))));
            }
            if (!latest || endOf(it) > endOf(latest))
                latest = it;
        }
    }

    void steps()
    {
        // Items of each matter in slot order (items are in slot order already).
        QHash<Id, QList<const AgendaItem *>> byMatter;
        QList<Id> order;
        for (const AgendaItem *it : items) {
            if (!it->matterId || !matterStep(it->activity))
                continue;
            auto &list = byMatter[it->matterId];
            if (list.isEmpty())
                order << it->matterId;
            list << it;
        }
        for (Id matter : order) {
            const QList<const AgendaItem *> &list = byMatter[matter];
            const MatterProcedure procedure =
                procedures.value(matter, MatterProcedure::OneSession);
            QString title = names.matter ? names.matter(matter) : QString();
            if (title.isEmpty())
                title = itemRef(*list.first());
            else
                title = QStringLiteral("\"%1\"").arg(title);
            const AgendaItem *furthest = nullptr;
            const AgendaItem *submission = nullptr;
            for (const AgendaItem *it : list) {
                const int step = matterStep(it->activity);
                if (step == 1 && !submission)
                    submission = it;
                if (furthest && step < matterStep(furthest->activity)) {
                    add(FindingRule::StepOrder, FindingSeverity::Error, {furthest->id, it->id},
                        furthest->date, furthest->halfDay,
                        QStringLiteral("Sai trình tự của %1: %2 (%3) được xếp trước %4 (%5).")
                            .arg(title, activityTypeLabel(furthest->activity), itemRef(*furthest),
                                 lowerFirst(activityTypeLabel(it->activity)), itemRef(*it)),
                        QStringLiteral("Steps of %1 out of order: %2 (%3) comes before %4 (%5).")
                            .arg(title, activityTypeLabel(furthest->activity, Lang::En),
                                 itemRef(*furthest),
                                 lowerFirst(activityTypeLabel(it->activity, Lang::En)),
                                 itemRef(*it)));
                }
                if (!furthest || step > matterStep(furthest->activity))
                    furthest = it;
            }
            if (procedure == MatterProcedure::OneSession && !submission) {
                const AgendaItem *first = list.first();
                add(FindingRule::StepOrder, FindingSeverity::Error, {first->id}, first->date,
                    first->halfDay,
                    QStringLiteral("%1 của %2 được xếp khi kỳ họp chưa nghe tờ trình và báo cáo "
                                   "thẩm tra.")
                        .arg(activityTypeLabel(first->activity), title),
                    QStringLiteral("%1 of %2 is planned without hearing the submission and the "
                                   "review report in this session.")
                        .arg(activityTypeLabel(first->activity, Lang::En), title));
            }
            if (procedure == MatterProcedure::TwoSession && submission) {
                for (const AgendaItem *it : list) {
                    if (it->activity != ActivityType::Vote)
                        continue;
                    add(FindingRule::StepOrder, FindingSeverity::Error, {it->id, submission->id},
                        it->date, it->halfDay,
                        QStringLiteral("%1 theo quy trình hai kỳ họp được biểu quyết ngay tại kỳ "
                                       "họp nghe tờ trình (%2); việc biểu quyết thuộc kỳ họp sau.")
                            .arg(title, itemRef(*it)),
                        QStringLiteral("%1 follows the two-session procedure but is voted on in "
                                       "the session that hears its submission (%2); the vote "
                                       "belongs to the later session.")
                            .arg(title, itemRef(*it)));
                }
            }
        }
    }

    static bool needsPresenting(const AgendaItem &it)
    {
        return it.matterId || matterStep(it.activity) > 0;
    }

    void presenting()
    {
        for (const AgendaItem *it : items) {
            if (it->presentingAgencyId || !needsPresenting(*it))
                continue;
            add(FindingRule::NoPresenting, FindingSeverity::Warning, {it->id}, it->date,
                it->halfDay,
                QStringLiteral("Nội dung %1 (%2) chưa có cơ quan trình.")
                    .arg(itemRef(*it), lowerFirst(halfDayWhen(it->date, it->halfDay, Lang::Vi))),
                QStringLiteral("The item %1 (%2) has no presenting agency.")
                    .arg(itemRef(*it), halfDayWhen(it->date, it->halfDay, Lang::En)));
        }
    }

    void phases()
    {
        for (const AgendaItem *it : items) {
            if (session.inPhase(it->date))
                continue;
            add(FindingRule::OutsidePhases, FindingSeverity::Error, {it->id}, it->date,
                it->halfDay,
                QStringLiteral("Nội dung %1 xếp vào %2, ngoài các đợt họp của kỳ họp.")
                    .arg(itemRef(*it), lowerFirst(agendaDayLabel(it->date))),
                QStringLiteral("The item %1 is on %2, outside every phase of the session.")
                    .arg(itemRef(*it), agendaDayLabel(it->date, Lang::En)));
        }
    }
};

} // namespace

QList<AgendaFinding> checkAgenda(const Session &session, const QList<AgendaItem> &items,
                                 const QList<Matter> &matters, const WorkingDays &calendar,
                                 const AgendaNames &names)
{
    QList<const AgendaItem *> sorted;
    sorted.reserve(items.size());
    for (const AgendaItem &it : items)
        sorted << &it;
    std::stable_sort(sorted.begin(), sorted.end(), [](const AgendaItem *a, const AgendaItem *b) {
        const AgendaSlot sa = slotOf(*a), sb = slotOf(*b);
        return sa < sb || (sa == sb && a->id < b->id);
    });
    QHash<Id, MatterProcedure> procedures;
    for (const Matter &m : matters)
        procedures.insert(m.id, m.procedure);
    Checker checker{session, sorted, procedures, calendar, names, {}};
    checker.daysOff();
    checker.halfDays();
    checker.clashes();
    checker.steps();
    checker.presenting();
    checker.phases();

    // In the order of the first item's slot, then by rule.
    QHash<Id, qsizetype> rank;
    for (qsizetype i = 0; i < sorted.size(); ++i)
        rank.insert(sorted[i]->id, i);
    std::stable_sort(checker.out.begin(), checker.out.end(),
                     [&](const AgendaFinding &a, const AgendaFinding &b) {
                         const qsizetype ra = a.itemIds.isEmpty() ? 0 : rank.value(a.itemIds.first());
                         const qsizetype rb = b.itemIds.isEmpty() ? 0 : rank.value(b.itemIds.first());
                         if (ra != rb)
                             return ra < rb;
                         return a.rule < b.rule;
                     });
    return checker.out;
}

// ---------------------------------------------------------------- diff

const QStringList &agendaItemFieldKeys()
{
    static const QStringList keys{
        QStringLiteral("title"),           QStringLiteral("activity"),
        QStringLiteral("category"),        QStringLiteral("matter"),
        QStringLiteral("presenting_agency"), QStringLiteral("reviewing_agency"),
        QStringLiteral("presenter"),       QStringLiteral("chair"),
        QStringLiteral("start_time"),      QStringLiteral("end_time"),
        QStringLiteral("venue_kind"),      QStringLiteral("venue"),
        QStringLiteral("live_broadcast"),  QStringLiteral("planned_minutes"),
        QStringLiteral("notes")};
    return keys;
}

QString agendaItemFieldLabel(const QString &key, Lang lang)
{
    static const QHash<QString, std::pair<const char *, const char *>> labels{
        {QStringLiteral("title"), {"Nội dung", "Title"}},
        {QStringLiteral("activity"), {"Hình thức", "Activity"}},
        {QStringLiteral("category"), {"Lĩnh vực", "Category"}},
        {QStringLiteral("matter"), {"Dự án, nội dung liên quan", "Matter"}},
        {QStringLiteral("presenting_agency"), {"Cơ quan trình", "Presenting agency"}},
        {QStringLiteral("reviewing_agency"), {"Cơ quan thẩm tra", "Reviewing agency"}},
        {QStringLiteral("presenter"), {"Người trình bày", "Presenter"}},
        {QStringLiteral("chair"), {"Người điều hành", "Chair"}},
        {QStringLiteral("start_time"), {"Giờ bắt đầu", "Start time"}},
        {QStringLiteral("end_time"), {"Giờ kết thúc", "End time"}},
        {QStringLiteral("venue_kind"), {"Hình thức địa điểm", "Venue kind"}},
        {QStringLiteral("venue"), {"Địa điểm", "Venue"}},
        {QStringLiteral("live_broadcast"), {"Truyền hình trực tiếp", "Live broadcast"}},
        {QStringLiteral("planned_minutes"), {"Thời lượng dự kiến (phút)", "Planned minutes"}},
        {QStringLiteral("notes"), {"Ghi chú", "Notes"}},
        {QStringLiteral("date"), {"Ngày", "Date"}},
        {QStringLiteral("half_day"), {"Buổi", "Half-day"}},
    };
    const auto it = labels.constFind(key);
    if (it == labels.constEnd())
        return key;
    return QString::fromUtf8(lang == Lang::En ? it->second : it->first);
}

namespace {

QString idText(const std::function<QString(Id)> &names, Id id)
{
    if (!id)
        return {};
    const QString name = names ? names(id) : QString();
    return name.isEmpty() ? QString::number(id) : name;
}

QString timeText(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QList<AgendaFieldChange> fieldChanges(const AgendaItem &a, const AgendaItem &b,
                                      const AgendaNames &names)
{
    QList<AgendaFieldChange> out;
    const auto cmp = [&](const char *field, bool differ, auto text) {
        if (differ)
            out.append({QString::fromLatin1(field), text(a), text(b)});
    };
    cmp("title", a.title != b.title, [](const AgendaItem &i) { return i.title; });
    cmp("activity", a.activity != b.activity,
        [](const AgendaItem &i) { return activityTypeLabel(i.activity); });
    cmp("category", a.category != b.category,
        [](const AgendaItem &i) { return contentCategoryLabel(i.category); });
    cmp("matter", a.matterId != b.matterId,
        [&](const AgendaItem &i) { return idText(names.matter, i.matterId); });
    cmp("presenting_agency", a.presentingAgencyId != b.presentingAgencyId,
        [&](const AgendaItem &i) { return idText(names.agency, i.presentingAgencyId); });
    cmp("reviewing_agency", a.reviewingAgencyId != b.reviewingAgencyId,
        [&](const AgendaItem &i) { return idText(names.agency, i.reviewingAgencyId); });
    cmp("presenter", a.presenterId != b.presenterId,
        [&](const AgendaItem &i) { return idText(names.person, i.presenterId); });
    cmp("chair", a.chairId != b.chairId,
        [&](const AgendaItem &i) { return idText(names.person, i.chairId); });
    cmp("start_time", a.startTime != b.startTime,
        [](const AgendaItem &i) { return timeText(i.startTime); });
    cmp("end_time", a.endTime != b.endTime, [](const AgendaItem &i) { return timeText(i.endTime); });
    cmp("venue_kind", a.venueKind != b.venueKind,
        [](const AgendaItem &i) { return venueKindLabel(i.venueKind); });
    cmp("venue", a.venue != b.venue, [](const AgendaItem &i) { return i.venue; });
    cmp("live_broadcast", a.liveBroadcast != b.liveBroadcast, [](const AgendaItem &i) {
        return i.liveBroadcast ? QStringLiteral("Có") : QStringLiteral("Không");
    });
    cmp("planned_minutes", a.plannedMinutes != b.plannedMinutes,
        [](const AgendaItem &i) { return QString::number(i.plannedMinutes); });
    cmp("notes", a.notes != b.notes, [](const AgendaItem &i) { return i.notes; });
    return out;
}

QList<AgendaItem> inSlotOrder(QList<AgendaItem> items)
{
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem &a, const AgendaItem &b) {
        return slotOf(a) < slotOf(b);
    });
    return items;
}

} // namespace

AgendaDiff diffAgenda(const QList<AgendaItem> &beforeIn, const QList<AgendaItem> &afterIn,
                      const AgendaNames &names)
{
    const QList<AgendaItem> before = inSlotOrder(beforeIn);
    const QList<AgendaItem> after = inSlotOrder(afterIn);
    AgendaDiff diff;
    if (!before.isEmpty())
        diff.fromVersionId = before.first().versionId;
    if (!after.isEmpty())
        diff.toVersionId = after.first().versionId;
    QHash<QString, const AgendaItem *> old;
    old.reserve(before.size());
    for (const AgendaItem &it : before)
        old.insert(it.key, &it);
    QSet<QString> seen;
    seen.reserve(after.size());
    for (const AgendaItem &it : after) {
        seen.insert(it.key);
        const AgendaItem *was = old.value(it.key);
        if (!was) {
            diff.added << it;
            continue;
        }
        if (was->date != it.date || was->halfDay != it.halfDay)
            diff.moved.append({*was, it, slotOf(*was), slotOf(it)});
        QList<AgendaFieldChange> fields = fieldChanges(*was, it, names);
        if (!fields.isEmpty())
            diff.changed.append({*was, it, std::move(fields)});
    }
    for (const AgendaItem &it : before)
        if (!seen.contains(it.key))
            diff.removed << it;
    return diff;
}

} // namespace thuky::domain
