// Demo meetings: a regular meeting from the 10th of each month, thematic and other meetings
// between them, contents worded as the Standing Committee's agendas are, the documents
// each content needs (some late against the demo's today), invitees and other events.
// Written through the repository with one audit entry per record, as the service would:
// the stress scale's 40,000 contents skip only the service's re-reading of each one.

#include "demo_meetings.h"

#include "demo_words.h"

#include "thuky/domain/meeting.h"
#include "thuky/domain/working_days.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/meeting_repository.h"

#include <QHash>

namespace thuky::services::demo {

using domain::ContentCategory;
using domain::DocumentKind;
using domain::Id;
using domain::Meeting;
using domain::MeetingContent;
using domain::MeetingKind;
using domain::MeetingStatus;
using domain::WorkingDays;
using storage::Entity;

namespace {

struct ContentTemplate
{
    ContentCategory category;
    const char *title;
};

constexpr std::array kContentTemplates{
    ContentTemplate{ContentCategory::LawMaking, "Cho ý kiến về dự án {law}"},
    ContentTemplate{ContentCategory::LawMaking,
                    "Cho ý kiến về việc giải trình, tiếp thu, chỉnh lý dự án {law}"},
    ContentTemplate{ContentCategory::LawMaking, "Cho ý kiến về hồ sơ đề nghị xây dựng {law}"},
    ContentTemplate{ContentCategory::LawMaking,
                    "Xem xét, quyết định việc trình Quốc hội dự án {law}"},
    ContentTemplate{ContentCategory::Supervision,
                    "Cho ý kiến về Báo cáo kết quả giám sát chuyên đề về {topic}"},
    ContentTemplate{ContentCategory::Supervision, "Chất vấn và trả lời chất vấn về {topic}"},
    ContentTemplate{ContentCategory::Supervision,
                    "Cho ý kiến về Báo cáo công tác dân nguyện tháng {month} năm {year}"},
    ContentTemplate{ContentCategory::National, "Cho ý kiến về {matter}"},
    ContentTemplate{ContentCategory::National,
                    "Cho ý kiến về Báo cáo tình hình kinh tế - xã hội năm {year}"},
    ContentTemplate{ContentCategory::National,
                    "Cho ý kiến về phương án phân bổ ngân sách trung ương năm {nextYear}"},
    ContentTemplate{ContentCategory::Personnel,
                    "Xem xét, phê chuẩn việc bổ nhiệm Đại sứ đặc mệnh toàn quyền"},
    ContentTemplate{ContentCategory::Personnel, "Cho ý kiến về công tác nhân sự thuộc thẩm quyền"},
    ContentTemplate{
        ContentCategory::Other,
        "Cho ý kiến về dự kiến chương trình kỳ họp thứ {session}, Quốc hội khóa {term}"},
    ContentTemplate{ContentCategory::Other,
                    "Cho ý kiến về chuẩn bị Hội nghị đại biểu Quốc hội chuyên trách"},
};

constexpr std::array kCategoryWeights{45, 20, 20, 7, 8}; // in ContentCategory order

constexpr std::array kEventTitles{
    std::pair{domain::EventKind::Conference, "Hội nghị đại biểu Quốc hội chuyên trách"},
    std::pair{domain::EventKind::Conference,
              "Hội nghị toàn quốc triển khai các luật, nghị quyết đã được Quốc hội thông qua"},
    std::pair{domain::EventKind::Conference, "Hội nghị Thường trực Hội đồng Dân tộc, các Ủy ban"},
    std::pair{domain::EventKind::WorkingSession, "Làm việc với Bộ Tài chính về dự toán ngân sách"},
    std::pair{domain::EventKind::WorkingSession,
              "Làm việc với Tòa án nhân dân tối cao về công tác xét xử"},
    std::pair{domain::EventKind::WorkingSession,
              "Làm việc với Thường trực Ủy ban Pháp luật và Tư pháp"},
    std::pair{domain::EventKind::Mission, "Đoàn công tác làm việc tại tỉnh Nghệ An"},
    std::pair{domain::EventKind::Mission, "Đoàn công tác làm việc tại thành phố Cần Thơ"},
    std::pair{domain::EventKind::Mission, "Đoàn công tác làm việc tại tỉnh Lào Cai"},
    std::pair{domain::EventKind::Other, "Tiếp xúc cử tri trước kỳ họp"},
};

constexpr std::array kRooms{"Phòng họp Tân Trào, Nhà Quốc hội", "Phòng họp Diên Hồng, Nhà Quốc hội",
                            "Phòng họp D2, 22 Hùng Vương", "Hội trường Bộ Quốc phòng",
                            "Phòng họp số 3, 35 Ngô Quyền"};

/// The terms the demo years need beyond the two every database has.
constexpr std::array kOlderTerms{domain::Term{0, 12, 2007, 2011}, domain::Term{0, 13, 2011, 2016},
                                 domain::Term{0, 14, 2016, 2021}};

class MeetingBuilder
{
public:
    MeetingBuilder(Workspace &ws, const domain::Actor &actor, const QDate &today, DemoRandom &rng)
        : m_ws(ws), m_repo(ws.meetingRepository()), m_actor(actor), m_today(today), m_rng(rng)
    {
    }

    Result<MeetingCounts> run(const MeetingScale &scale);

private:
    Result<void> load(int firstYear);
    Result<void> addMeeting(const QDate &firstDay, MeetingKind kind, int contentCount);
    Result<void> addContent(const Meeting &m, const QList<QDate> &days, int position, int count);
    Result<void> addEvent(const QDate &day);
    QList<domain::RequiredDocument> documentsFor(const MeetingContent &c, const QDate &meetingDay);
    Id presentingFor(ContentCategory category);
    Id reviewingFor(ContentCategory category);
    Id agency(const char *shortName) const
    {
        return m_agencyIds.value(QString::fromUtf8(shortName));
    }
    int termOf(const QDate &day) const;
    QDate workingDayFrom(QDate day) const;

    Workspace &m_ws;
    storage::MeetingRepository &m_repo;
    const domain::Actor &m_actor;
    QDate m_today;
    DemoRandom &m_rng;
    WorkingDays m_calendar;
    domain::DeadlineRules m_rules;
    QList<domain::Term> m_terms;
    QHash<int, int> m_numbers; ///< the last number used in each term
    QHash<QString, Id> m_agencyIds;
    QList<Id> m_councils, m_ministries, m_people, m_chairs;
    int m_perYear = 16;
    MeetingCounts m_counts;
};

QDate MeetingBuilder::workingDayFrom(QDate day) const
{
    return m_calendar.addWorkingDays(day, 0);
}

int MeetingBuilder::termOf(const QDate &day) const
{
    // A new term's first meeting follows its first session, around the middle of the year.
    int found = 0;
    for (const domain::Term &t : m_terms) {
        if (t.firstYear < day.year() || (t.firstYear == day.year() && day.month() >= 7))
            found = t.number;
    }
    return found ? found : m_terms.first().number;
}

Result<void> MeetingBuilder::load(int firstYear)
{
    for (const domain::Term &t : kOlderTerms) {
        if (t.lastYear < firstYear)
            continue;
        auto existing = m_repo.term(t.number);
        if (!existing)
            return existing.error();
        if (!*existing)
            THUKY_TRY(m_ws.meetings().addTerm(m_actor, t));
    }
    auto terms = m_ws.meetings().terms(m_actor);
    if (!terms)
        return terms.error();
    m_terms = *terms;
    auto rules = m_ws.meetings().deadlineRules(m_actor);
    if (!rules)
        return rules.error();
    m_rules = *rules;
    auto calendar = m_ws.calendar().workingDays(m_actor);
    if (!calendar)
        return calendar.error();
    m_calendar = *calendar;
    auto agencies = m_ws.reference().agencies(m_actor);
    if (!agencies)
        return agencies.error();
    for (const domain::Agency &a : *agencies) {
        m_agencyIds.insert(a.shortName, a.id);
        if (!a.active)
            continue;
        if (a.kind == domain::AgencyKind::Council)
            m_councils << a.id;
        else if (a.kind == domain::AgencyKind::Ministry)
            m_ministries << a.id;
    }
    auto people = m_ws.reference().people(m_actor);
    if (!people)
        return people.error();
    for (const domain::Person &p : *people)
        m_people << p.id;
    if (m_councils.isEmpty() || m_ministries.isEmpty() || m_people.isEmpty() || m_terms.isEmpty())
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral(
                "Danh mục thiếu các Ủy ban, các Bộ hoặc cán bộ: không tạo được lịch họp mẫu."),
            QStringLiteral(
                "The catalogues lack committees, ministries or people: no demo meetings."));
    m_chairs = m_people.mid(0, 3);
    return {};
}

Id MeetingBuilder::presentingFor(ContentCategory category)
{
    switch (category) {
    case ContentCategory::LawMaking:
        return m_rng.chance(75) ? (m_rng.chance(40) ? agency("CP") : m_rng.pick(m_ministries))
                                : m_rng.pick(m_councils);
    case ContentCategory::Supervision:
        return m_rng.chance(50) ? agency("UBDNGS") : m_rng.pick(m_councils);
    case ContentCategory::National:
        return m_rng.chance(50) ? agency("CP") : m_rng.pick(m_ministries);
    case ContentCategory::Personnel:
        return m_rng.chance(50) ? agency("UBCTĐB") : agency("CP");
    case ContentCategory::Other:
        break;
    }
    return m_rng.chance(50) ? agency("VPQH") : agency("TTKQH");
}

Id MeetingBuilder::reviewingFor(ContentCategory category)
{
    if (category == ContentCategory::Personnel || category == ContentCategory::Other)
        return 0;
    return m_rng.pick(m_councils);
}

QList<domain::RequiredDocument> MeetingBuilder::documentsFor(const MeetingContent &c,
                                                             const QDate &meetingDay)
{
    QList<std::pair<DocumentKind, Id>> needed;
    switch (c.category) {
    case ContentCategory::LawMaking:
        needed = {{DocumentKind::Submission, c.presentingAgencyId},
                  {DocumentKind::Draft, c.presentingAgencyId},
                  {DocumentKind::ReviewReport, c.reviewingAgencyId}};
        if (c.title.contains(QStringLiteral("tiếp thu")))
            needed.append({DocumentKind::ExplanationReport, c.reviewingAgencyId});
        break;
    case ContentCategory::Supervision:
        needed = {{DocumentKind::Report, c.presentingAgencyId}};
        break;
    case ContentCategory::National:
        needed = {{DocumentKind::Submission, c.presentingAgencyId},
                  {DocumentKind::ReviewReport, c.reviewingAgencyId}};
        break;
    case ContentCategory::Personnel:
        needed = {{DocumentKind::Submission, c.presentingAgencyId}};
        break;
    case ContentCategory::Other:
        needed = {{DocumentKind::Report, c.presentingAgencyId}};
        break;
    }
    QList<domain::RequiredDocument> out;
    for (const auto &[kind, agencyId] : needed) {
        if (!agencyId)
            continue;
        domain::RequiredDocument d;
        d.kind = kind;
        d.responsibleAgencyId = agencyId;
        const QDate due = domain::documentDueDate(m_rules, kind, meetingDay, m_calendar);
        // Documents arrive around their due date: most on time, some late, and for the
        // meetings ahead, some not yet.
        QDate received = m_rng.chance(18) ? m_calendar.addWorkingDays(due, m_rng.between(1, 3))
                                          : m_calendar.addWorkingDays(due, -m_rng.between(0, 4));
        if (received > m_today || (due >= m_today && m_rng.chance(60)) ||
            (due < m_today && meetingDay > m_today && m_rng.chance(30)))
            received = {};
        d.receivedOn = received;
        out << d;
    }
    return out;
}

Result<void> MeetingBuilder::addContent(const Meeting &m, const QList<QDate> &days, int position,
                                        int count)
{
    MeetingContent c;
    c.meetingId = m.id;
    const auto &tmpl = [&]() -> const ContentTemplate & {
        const auto category = static_cast<ContentCategory>(m_rng.weighted(kCategoryWeights));
        QList<const ContentTemplate *> matching;
        for (const ContentTemplate &t : kContentTemplates) {
            if (t.category == category)
                matching << &t;
        }
        return *m_rng.pick(matching);
    }();
    const QDate day =
        days.at(static_cast<qsizetype>(position - 1) * days.size() / std::max(1, count));
    c.title = fillTemplate(tmpl.title, day.year(), m_rng);
    c.category = tmpl.category;
    c.presentingAgencyId = presentingFor(c.category);
    c.reviewingAgencyId = reviewingFor(c.category);
    c.plannedDay = day;
    c.halfDay = position % 2 ? domain::HalfDay::Morning : domain::HalfDay::Afternoon;
    // 2023: 85 of 181 contents were added after the year's plan.
    c.inYearlyPlan = !m_rng.chance(45);
    if (c.inYearlyPlan) {
        c.plannedYear = day.year();
        c.plannedMonth = day.month();
    }
    c.handling = m_rng.chance(8) ? domain::ContentHandling::WrittenOpinion
                                 : domain::ContentHandling::AtSitting;
    c.status = m.status == MeetingStatus::Held
                   ? (m_rng.chance(4) ? domain::ContentStatus::Moved : domain::ContentStatus::Held)
                   : domain::ContentStatus::Planned;
    c.position = position;
    auto id = m_repo.insertContent(c);
    if (!id)
        return id.error();
    for (domain::RequiredDocument d : documentsFor(c, m.firstDay())) {
        d.contentId = *id;
        THUKY_TRY(m_repo.insertDocument(d));
        ++m_counts.documents;
    }
    QList<domain::Invitee> invitees{{0, c.presentingAgencyId, 0}};
    if (c.reviewingAgencyId && c.reviewingAgencyId != c.presentingAgencyId)
        invitees << domain::Invitee{0, c.reviewingAgencyId, 0};
    if (m_rng.chance(40))
        invitees << domain::Invitee{0, 0, m_rng.pick(m_people)};
    for (const domain::Invitee &i : invitees)
        THUKY_TRY(m_repo.insertInvitee(*id, i));
    THUKY_TRY(m_ws.audit().record(m_actor, QStringLiteral("meeting.content.add"),
                                  Entity::MeetingContent, *id, std::nullopt));
    ++m_counts.contents;
    return {};
}

Result<void> MeetingBuilder::addMeeting(const QDate &firstDay, MeetingKind kind, int contentCount)
{
    Meeting m;
    m.term = termOf(firstDay);
    int &number = m_numbers[m.term];
    if (number == 0) {
        // The meetings of the term's years before the demo's first.
        const domain::Term *term = nullptr;
        for (const domain::Term &t : m_terms)
            term = t.number == m.term ? &t : term;
        number =
            term ? std::min(600, std::max(0, firstDay.year() - term->firstYear) * m_perYear) : 0;
    }
    m.number = std::min(999, ++number);
    m.kind = kind;
    const int length = kind == MeetingKind::Regular ? m_rng.between(2, 4) : m_rng.between(1, 2);
    QDate last = m_calendar.addWorkingDays(firstDay, length - 1);
    m.phases << domain::MeetingPhase{firstDay, last};
    if (kind == MeetingKind::Regular && m_rng.chance(20)) {
        const QDate second = m_calendar.addWorkingDays(last, m_rng.between(3, 6));
        last = m_calendar.addWorkingDays(second, m_rng.between(0, 1));
        m.phases << domain::MeetingPhase{second, last};
    }
    if (m_rng.chance(30))
        m.reserveDays << m_calendar.addWorkingDays(last, 1);
    m.chairId = m_rng.pick(m_chairs);
    m.notes = kind == MeetingKind::Thematic
                  ? QStringLiteral("Phiên họp chuyên đề về xây dựng pháp luật")
                  : QString();
    if (m.lastDay() < m_today)
        m.status = MeetingStatus::Held;
    else if (m.firstDay() <= m_today.addDays(25))
        m.status = MeetingStatus::Convened;
    auto id = m_repo.insertMeeting(m);
    if (!id)
        return id.error();
    m.id = *id;
    THUKY_TRY(m_ws.audit().record(m_actor, QStringLiteral("meeting.add"), Entity::Meeting, m.id,
                                  std::nullopt));
    ++m_counts.meetings;
    QList<QDate> days;
    for (const domain::MeetingPhase &p : m.phases) {
        for (QDate d = p.first; d <= p.last; d = d.addDays(1)) {
            if (m_calendar.isWorkingDay(d))
                days << d;
        }
    }
    if (days.isEmpty())
        days << m.firstDay();
    for (int position = 1; position <= contentCount; ++position)
        THUKY_TRY(addContent(m, days, position, contentCount));
    return {};
}

Result<void> MeetingBuilder::addEvent(const QDate &day)
{
    const auto &[kind, title] =
        kEventTitles[static_cast<size_t>(m_rng.below(int(kEventTitles.size())))];
    domain::MeetingEvent e;
    e.kind = kind;
    e.title = QString::fromUtf8(title);
    e.startDay = day;
    e.endDay = kind == domain::EventKind::Mission
                   ? m_calendar.addWorkingDays(day, m_rng.between(1, 3))
                   : day;
    const bool morning = m_rng.chance(50);
    e.startTime = morning ? QTime(8, 0) : QTime(14, 0);
    e.endTime = morning ? QTime(11, 30) : QTime(17, 0);
    if (kind != domain::EventKind::Mission)
        e.venue = QString::fromUtf8(m_rng.pick(std::span<const char *const>(kRooms)));
    e.participants << domain::Invitee{
        0, 0, m_rng.chance(30) ? m_rng.pick(m_chairs) : m_rng.pick(m_people)};
    if (m_rng.chance(50))
        e.participants << domain::Invitee{0, m_rng.pick(m_councils), 0};
    auto id = m_repo.insertEvent(e);
    if (!id)
        return id.error();
    THUKY_TRY(m_ws.audit().record(m_actor, QStringLiteral("meeting.event.add"),
                                  Entity::MeetingEvent, *id, std::nullopt));
    ++m_counts.events;
    return {};
}

Result<MeetingCounts> MeetingBuilder::run(const MeetingScale &scale)
{
    const int lastYear = m_today.year();
    const int firstYear = lastYear - scale.years + 1;
    THUKY_TRY(load(firstYear));
    m_perYear = std::max(1, scale.meetings / scale.years);
    int made = 0, contentsMade = 0;
    for (int y = 0; y < scale.years; ++y) {
        const int year = firstYear + y;
        const int meetings =
            scale.meetings * (y + 1) / scale.years - scale.meetings * y / scale.years;
        const int regular = std::min(12, meetings);
        const int extra = meetings - regular;
        QList<std::pair<QDate, MeetingKind>> plan;
        for (int month = 1; month <= regular; ++month)
            plan.append({domain::suggestedRegularMeetingDay(year, month, m_calendar),
                         MeetingKind::Regular});
        for (int j = 0; j < extra; ++j) {
            // Thematic and other meetings in the second half of the month, after the regular one.
            const QDate day(year, 1 + j * 12 / extra, 17 + (j % 4) * 3);
            plan.append({workingDayFrom(day),
                         m_rng.chance(70) ? MeetingKind::Thematic : MeetingKind::Other});
        }
        std::stable_sort(plan.begin(), plan.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[day, kind] : plan) {
            const int contents =
                static_cast<int>(static_cast<qint64>(scale.contents) * (made + 1) / scale.meetings -
                                 static_cast<qint64>(scale.contents) * made / scale.meetings);
            THUKY_TRY(addMeeting(day, kind, contents));
            ++made;
            contentsMade += contents;
        }
        const int events = scale.events * (y + 1) / scale.years - scale.events * y / scale.years;
        for (int k = 0; k < events; ++k)
            THUKY_TRY(addEvent(workingDayFrom(
                QDate(year, 1, 2).addDays(k * 360 / std::max(1, events) + m_rng.between(0, 5)))));
    }
    return m_counts;
}

} // namespace

Result<MeetingCounts> addDemoMeetings(Workspace &ws, const domain::Actor &actor,
                                      const MeetingScale &scale, const QDate &today,
                                      DemoRandom &rng)
{
    MeetingBuilder builder(ws, actor, today, rng);
    return builder.run(scale);
}

} // namespace thuky::services::demo
