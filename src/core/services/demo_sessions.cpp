// Demo sessions of the National Assembly: two regular sessions a year (opening around 20
// May and 20 October), an extraordinary one now and then, each with its matters and an
// agenda laid out as the Assembly's are — the preparatory sitting and the opening, bills
// heard in the morning and discussed in the groups in the afternoon, debated in the hall
// with the minister's explanation, questions, and the votes in the last days — through
// several drafts, the adoption and, for sessions already held, an amendment. Written
// through the repository with one audit entry per record, as the service would.

#include "demo_sessions.h"

#include "demo_words.h"

#include "thuky/domain/session_agenda.h"
#include "thuky/domain/working_days.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/session_service.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/session_repository.h"

#include <QHash>
#include <QSet>

namespace thuky::services::demo {

using domain::ActivityType;
using domain::AgendaItem;
using domain::AgendaVersion;
using domain::AgendaVersionState;
using domain::ContentCategory;
using domain::HalfDay;
using domain::Id;
using domain::Matter;
using domain::MatterProcedure;
using domain::Session;
using domain::SessionKind;
using domain::VenueKind;
using storage::Entity;

namespace {

constexpr std::array kMinistries{
    "Bộ Tài chính",       "Bộ Kế hoạch và Đầu tư",     "Bộ Tư pháp",  "Bộ Công an",
    "Bộ Tài nguyên và Môi trường", "Bộ Xây dựng",       "Bộ Giao thông vận tải", "Bộ Y tế",
    "Bộ Giáo dục và Đào tạo", "Bộ Công Thương",     "Bộ Nội vụ",   "Bộ Thông tin và Truyền thông"};

constexpr std::array kResolutions{
    "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm {nextYear}",
    "Nghị quyết về dự toán ngân sách nhà nước năm {nextYear}",
    "Nghị quyết về phân bổ ngân sách trung ương năm {nextYear}",
    "Nghị quyết phê chuẩn quyết toán ngân sách nhà nước năm {lastYear}",
    "Nghị quyết về chủ trương đầu tư Dự án đường Vành đai 4 - Vùng Thủ đô Hà Nội",
    "Nghị quyết về thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh",
    "Nghị quyết về Chương trình giám sát của Quốc hội năm {nextYear}",
    "Nghị quyết về Chương trình xây dựng luật, pháp lệnh năm {nextYear}",
};

/// The items of one session's final agenda, laid out half-day by half-day.
class Slotter
{
public:
    Slotter(const domain::WorkingDays &calendar, QDate opening, int breakAfterDays)
        : m_calendar(calendar), m_day(opening), m_breakAfter(breakAfterDays)
    {
        m_phaseFirst = opening;
    }

    /// Places `it` in the current half-day, or the next one when it does not fit.
    void place(AgendaItem it)
    {
        const int length = domain::halfDayHours(m_half).minutes();
        if (m_used > 0 && m_used + it.plannedMinutes > length)
            nextHalf();
        it.date = m_day;
        it.halfDay = m_half;
        it.position = ++m_position;
        m_used += it.plannedMinutes;
        items.append(it);
    }
    /// Starts the next half-day unless the current one is still empty.
    void newHalf()
    {
        if (m_used > 0)
            nextHalf();
    }
    /// The phases the days used fall into.
    QList<domain::SessionPhase> phases() const
    {
        QList<domain::SessionPhase> out = m_phases;
        out.append({0, int(out.size()) + 1, m_phaseFirst, items.isEmpty() ? m_phaseFirst : items.last().date});
        return out;
    }

    QList<AgendaItem> items;

private:
    void nextHalf()
    {
        m_used = 0;
        m_position = 0;
        if (m_half == HalfDay::Morning) {
            m_half = HalfDay::Afternoon;
            return;
        }
        m_half = HalfDay::Morning;
        const QDate previous = m_day;
        m_day = m_calendar.addWorkingDays(m_day, 1);
        if (++m_days == m_breakAfter) {
            // Between the phases: a week or so for the deputies to meet their voters.
            m_phases.append({0, int(m_phases.size()) + 1, m_phaseFirst, previous});
            m_day = m_calendar.addWorkingDays(m_day, 6);
            m_phaseFirst = m_day;
        }
    }

    const domain::WorkingDays &m_calendar;
    QDate m_day;
    HalfDay m_half = HalfDay::Morning;
    int m_used = 0;
    int m_position = 0;
    int m_days = 0;
    int m_breakAfter = 0;
    QDate m_phaseFirst;
    QList<domain::SessionPhase> m_phases;
};

class SessionBuilder
{
public:
    SessionBuilder(Workspace &ws, const domain::Actor &actor, const QDate &today, DemoRandom &rng)
        : m_ws(ws), m_repo(ws.sessionRepository()), m_audit(ws.audit()), m_actor(actor),
          m_today(today), m_rng(rng)
    {
    }

    Result<SessionCounts> run(const SessionScale &scale);

private:
    Result<void> load();
    Result<void> addSession(SessionKind kind, const QDate &opening, int drafts);
    int termOf(const QDate &day) const;
    Result<Id> addMatter(int term, const QString &title, domain::MatterKind kind,
                         MatterProcedure procedure, Id presenting, Id reviewing);
    AgendaItem item(ActivityType activity, ContentCategory category, const QString &title,
                    int minutes, Id matter = 0, Id presenting = 0, Id reviewing = 0);
    QList<AgendaItem> regularAgenda(const Session &s, QList<Id> &pendingOut);
    QList<AgendaItem> extraordinaryAgenda(const Session &s);
    Result<Id> insertVersion(AgendaVersion v);
    Result<void> supersede(AgendaVersion &v);
    Result<Id> insertItem(const AgendaItem &it);
    Result<void> updateItem(const AgendaItem &it);
    Result<void> deleteItem(Id id);
    Id agency(const char *shortName) const { return m_agencyIds.value(QString::fromUtf8(shortName)); }
    Id person() { return m_rng.pick(m_people); }

    Workspace &m_ws;
    storage::SessionRepository &m_repo;
    AuditService &m_audit;
    const domain::Actor &m_actor;
    QDate m_today;
    DemoRandom &m_rng;
    domain::WorkingDays m_calendar;
    QList<domain::Term> m_terms;
    QHash<QString, Id> m_agencyIds;
    QList<Id> m_councils, m_ministries, m_people, m_chairs;
    QHash<int, QList<Id>> m_pending; ///< two-session bills of a term heard, not yet voted
    QList<domain::SessionPhase> m_sessionPhases; ///< of the agenda just laid out
    QHash<std::pair<int, int>, int> m_ordinals; ///< (term, kind) -> last ordinal
    SessionCounts m_counts;
    int m_keys = 0;
};

Result<void> SessionBuilder::load()
{
    auto terms = m_ws.meetings().terms(m_actor);
    if (!terms)
        return terms.error();
    m_terms = *terms;
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
    if (m_councils.isEmpty() || m_ministries.isEmpty() || m_people.size() < 4 || m_terms.isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Danh mục thiếu các Ủy ban, các Bộ hoặc cán bộ: không tạo "
                                        "được kỳ họp mẫu."),
                         QStringLiteral("The catalogues lack committees, ministries or people: no "
                                        "demo sessions."));
    m_chairs = m_people.mid(0, 3);
    m_people = m_people.mid(3);
    return {};
}

int SessionBuilder::termOf(const QDate &day) const
{
    // In a year two terms share, the new one starts with its first session in July.
    int found = 0;
    for (const domain::Term &t : m_terms) {
        if (t.firstYear > day.year() || t.lastYear < day.year())
            continue;
        if (t.firstYear == day.year() && day.month() < 7 && found)
            continue;
        found = t.number;
    }
    return found;
}

Result<Id> SessionBuilder::addMatter(int term, const QString &title, domain::MatterKind kind,
                                     MatterProcedure procedure, Id presenting, Id reviewing)
{
    Matter m;
    m.term = term;
    m.title = title;
    m.kind = kind;
    m.procedure = procedure;
    m.presentingAgencyId = presenting;
    m.reviewingAgencyId = reviewing;
    auto id = m_repo.insertMatter(m);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(m_actor, QStringLiteral("session.matter.add"), Entity::SessionMatter,
                             *id, std::nullopt));
    ++m_counts.matters;
    return *id;
}

AgendaItem SessionBuilder::item(ActivityType activity, ContentCategory category,
                                const QString &title, int minutes, Id matter, Id presenting,
                                Id reviewing)
{
    AgendaItem it;
    it.key = QStringLiteral("demo-%1").arg(++m_keys, 6, 10, QLatin1Char('0'));
    it.activity = activity;
    it.category = category;
    it.title = title;
    it.plannedMinutes = minutes;
    it.matterId = matter;
    it.presentingAgencyId = presenting;
    it.reviewingAgencyId = reviewing;
    it.chairId = m_rng.pick(m_chairs);
    if (activity == ActivityType::Submission || activity == ActivityType::Explanation ||
        activity == ActivityType::Questioning)
        it.presenterId = person();
    if (activity == ActivityType::GroupDiscussion) {
        it.venueKind = VenueKind::Groups;
        it.chairId = 0; // each group has its own
    } else {
        it.venueKind = VenueKind::Hall;
        it.venue = QStringLiteral("Hội trường Diên Hồng");
    }
    it.liveBroadcast = activity == ActivityType::Opening || activity == ActivityType::Closing ||
                       activity == ActivityType::Questioning ||
                       (activity == ActivityType::HallDiscussion && m_rng.chance(50));
    return it;
}

QList<AgendaItem> SessionBuilder::regularAgenda(const Session &s, QList<Id> &pending)
{
    const QDate opening = s.firstDay();
    const int year = opening.year();
    const bool yearEnd = opening.month() >= 9;
    const int lawCount = m_rng.between(20, 32);
    Slotter slots(m_calendar, opening, m_rng.chance(50) ? m_rng.between(10, 14) : 0);
    const auto law = [&](const QString &title) { return QStringLiteral("dự án %1").arg(title); };

    // The first morning: preparatory sitting, opening, the Government's report.
    slots.place(item(ActivityType::PreparatorySitting, ContentCategory::Other,
                     QStringLiteral("Phiên họp trù bị: bầu Đoàn Thư ký kỳ họp, thông qua Chương "
                                    "trình kỳ họp"),
                     45));
    slots.place(item(ActivityType::Opening, ContentCategory::Other,
                     QStringLiteral("Khai mạc kỳ họp; Chủ tịch Quốc hội phát biểu khai mạc"), 60));
    const Id cp = agency("CP");
    slots.place(item(ActivityType::Submission, ContentCategory::National,
                     yearEnd ? QStringLiteral("Nghe Báo cáo về đánh giá kết quả thực hiện kế hoạch "
                                              "phát triển kinh tế - xã hội năm %1; kế hoạch năm %2")
                                   .arg(year)
                                   .arg(year + 1)
                             : QStringLiteral("Nghe Báo cáo bổ sung về đánh giá kết quả thực hiện "
                                              "kế hoạch phát triển kinh tế - xã hội năm %1")
                                   .arg(year - 1),
                     90, 0, cp, agency("UBKTTC") ? agency("UBKTTC") : m_rng.pick(m_councils)));
    slots.newHalf();
    slots.place(item(ActivityType::GroupDiscussion, ContentCategory::National,
                     QStringLiteral("Thảo luận ở Tổ về tình hình kinh tế - xã hội"), 180, 0, cp));

    // The bills: new ones (one- or two-session) and those in their second session.
    struct Bill
    {
        Id matter;
        QString title;
        Id presenting, reviewing;
        bool vote;
        bool heard; ///< heard in this session (a submission)
    };
    QList<Bill> bills;
    QSet<QString> used;
    for (Id m : pending) {
        auto found = m_repo.matter(m);
        if (found && *found)
            bills.append({m, law((*found)->title), (*found)->presentingAgencyId,
                          (*found)->reviewingAgencyId, true, false});
    }
    pending.clear();
    for (int i = 0; i < lawCount; ++i) {
        const QString title = fillTemplate("{law}", year, m_rng);
        if (used.contains(title))
            continue;
        used.insert(title);
        const bool twoSession = m_rng.chance(35);
        const Id presenting = m_rng.chance(60) ? cp : m_rng.pick(m_ministries);
        const Id reviewing = m_rng.pick(m_councils);
        auto id = addMatter(s.term, title, domain::MatterKind::Law,
                            twoSession ? MatterProcedure::TwoSession : MatterProcedure::OneSession,
                            presenting, reviewing);
        if (!id)
            continue;
        bills.append({*id, law(title), presenting, reviewing, !twoSession, true});
        if (twoSession)
            pending.append(*id);
    }
    const int resolutions = m_rng.between(2, 4);
    for (int i = 0; i < resolutions; ++i) {
        const QString title = fillTemplate(m_rng.pick(std::span<const char *const>(kResolutions)), year, m_rng);
        if (used.contains(title))
            continue;
        used.insert(title);
        auto id = addMatter(s.term, title, domain::MatterKind::Resolution, MatterProcedure::OneSession,
                            cp, m_rng.pick(m_councils));
        if (id)
            bills.append({*id, QStringLiteral("dự thảo %1").arg(title), cp, 0, true, true});
    }

    // Mornings hear three submissions; the afternoons discuss them in the groups.
    QList<const Bill *> heard;
    for (const Bill &b : bills)
        if (b.heard)
            heard << &b;
    for (qsizetype i = 0; i < heard.size(); i += 3) {
        slots.newHalf();
        const auto chunk = heard.mid(i, 3);
        for (const Bill *b : chunk)
            slots.place(item(ActivityType::Submission, ContentCategory::LawMaking,
                             QStringLiteral("Nghe Tờ trình và Báo cáo thẩm tra %1").arg(b->title),
                             m_rng.between(40, 60), b->matter, b->presenting, b->reviewing));
        slots.newHalf();
        for (const Bill *b : chunk)
            slots.place(item(ActivityType::GroupDiscussion, ContentCategory::LawMaking,
                             QStringLiteral("Thảo luận ở Tổ về %1").arg(b->title), 60, b->matter,
                             b->presenting, b->reviewing));
    }
    // The hall: each bill debated, the minister explaining at the end.
    for (const Bill &b : bills) {
        const int debate = m_rng.between(100, 140);
        AgendaItem hall = item(ActivityType::HallDiscussion, ContentCategory::LawMaking,
                               QStringLiteral("Thảo luận ở Hội trường về %1").arg(b.title), debate,
                               b.matter, b.presenting, b.reviewing);
        AgendaItem explain = item(ActivityType::Explanation, ContentCategory::LawMaking,
                                  QStringLiteral("Đại diện cơ quan chủ trì soạn thảo giải trình, làm "
                                                 "rõ một số vấn đề đại biểu Quốc hội nêu về %1")
                                      .arg(b.title),
                                  20, b.matter, b.presenting, b.reviewing);
        slots.place(hall);
        slots.place(explain);
    }
    // Supervision: a thematic report, then two and a half days of questions.
    slots.newHalf();
    slots.place(item(ActivityType::HallDiscussion, ContentCategory::Supervision,
                     QStringLiteral("Thảo luận ở Hội trường về kết quả giám sát chuyên đề %1")
                         .arg(fillTemplate("{topic}", year, m_rng)),
                     180, 0, agency("UBTVQH") ? agency("UBTVQH") : cp));
    const int questions = m_rng.between(4, 5);
    for (int i = 0; i < questions; ++i) {
        slots.newHalf();
        slots.place(item(ActivityType::Questioning, ContentCategory::Supervision,
                         QStringLiteral("Chất vấn và trả lời chất vấn đối với Bộ trưởng %1")
                             .arg(QString::fromUtf8(m_rng.pick(std::span<const char *const>(kMinistries)))),
                         180, 0, cp));
    }
    // Personnel now and then.
    if (m_rng.chance(50)) {
        slots.newHalf();
        slots.place(item(ActivityType::Election, ContentCategory::Personnel,
                         QStringLiteral("Quốc hội tiến hành quy trình miễn nhiệm, bầu bổ sung Ủy "
                                        "viên Ủy ban Thường vụ Quốc hội"),
                         60, 0, agency("UBTVQH") ? agency("UBTVQH") : cp));
        slots.place(item(ActivityType::SecretBallot, ContentCategory::Personnel,
                         QStringLiteral("Bỏ phiếu kín bầu bổ sung Ủy viên Ủy ban Thường vụ Quốc hội"),
                         45, 0, agency("UBTVQH") ? agency("UBTVQH") : cp));
    }
    // The votes in the last days, then the closing.
    slots.newHalf();
    for (const Bill &b : bills)
        if (b.vote)
            slots.place(item(ActivityType::Vote, ContentCategory::LawMaking,
                             QStringLiteral("Biểu quyết thông qua %1")
                                 .arg(b.title.startsWith(QStringLiteral("dự án "))
                                          ? b.title.mid(6)
                                          : b.title.mid(QStringLiteral("dự thảo ").size())),
                             20, b.matter, b.presenting, b.reviewing));
    slots.newHalf();
    slots.place(item(ActivityType::Vote, ContentCategory::Other,
                     QStringLiteral("Biểu quyết thông qua Nghị quyết kỳ họp"), 20, 0,
                     agency("UBTVQH") ? agency("UBTVQH") : cp));
    slots.place(item(ActivityType::Closing, ContentCategory::Other,
                     QStringLiteral("Bế mạc kỳ họp"), 45));
    m_sessionPhases = slots.phases();
    return slots.items;
}

QList<AgendaItem> SessionBuilder::extraordinaryAgenda(const Session &s)
{
    const QDate opening = s.firstDay();
    Slotter slots(m_calendar, opening, 0);
    const Id cp = agency("CP");
    slots.place(item(ActivityType::Opening, ContentCategory::Other,
                     QStringLiteral("Khai mạc kỳ họp; thông qua Chương trình kỳ họp"), 45));
    const int bills = m_rng.between(2, 4);
    QList<std::pair<Id, QString>> made;
    for (int i = 0; i < bills; ++i) {
        const QString title = fillTemplate(i == 0 ? "Nghị quyết về {matter}" : "{law}", opening.year(), m_rng);
        auto id = addMatter(s.term, title, i == 0 ? domain::MatterKind::Resolution : domain::MatterKind::Law,
                            MatterProcedure::OneSession, cp, m_rng.pick(m_councils));
        if (id)
            made.append({*id, (i == 0 ? QStringLiteral("dự thảo ") : QStringLiteral("dự án ")) + title});
    }
    for (const auto &[id, title] : made)
        slots.place(item(ActivityType::Submission, ContentCategory::LawMaking,
                         QStringLiteral("Nghe Tờ trình và Báo cáo thẩm tra %1").arg(title), 40, id, cp,
                         m_rng.pick(m_councils)));
    slots.newHalf();
    for (const auto &[id, title] : made)
        slots.place(item(ActivityType::GroupDiscussion, ContentCategory::LawMaking,
                         QStringLiteral("Thảo luận ở Tổ về %1").arg(title), 60, id, cp));
    for (const auto &[id, title] : made) {
        slots.place(item(ActivityType::HallDiscussion, ContentCategory::LawMaking,
                         QStringLiteral("Thảo luận ở Hội trường về %1").arg(title), 90, id, cp));
        slots.place(item(ActivityType::Explanation, ContentCategory::LawMaking,
                         QStringLiteral("Giải trình, tiếp thu ý kiến đại biểu về %1").arg(title), 20,
                         id, cp));
    }
    slots.newHalf();
    for (const auto &[id, title] : made)
        slots.place(item(ActivityType::Vote, ContentCategory::LawMaking,
                         QStringLiteral("Biểu quyết thông qua %1").arg(title), 15, id, cp));
    slots.place(item(ActivityType::Closing, ContentCategory::Other, QStringLiteral("Bế mạc kỳ họp"), 30));
    m_sessionPhases = slots.phases();
    return slots.items;
}

Result<Id> SessionBuilder::insertVersion(AgendaVersion v)
{
    auto id = m_repo.insertVersion(v);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(m_actor, QStringLiteral("agenda.version.add"), Entity::AgendaVersion, *id,
                             std::nullopt));
    ++m_counts.versions;
    return *id;
}

Result<void> SessionBuilder::supersede(AgendaVersion &v)
{
    auto before = m_audit.image(Entity::AgendaVersion, v.id);
    if (!before)
        return before.error();
    v.readOnly = true;
    THUKY_TRY(m_repo.updateVersion(v));
    return m_audit.record(m_actor, QStringLiteral("agenda.version.supersede"), Entity::AgendaVersion,
                          v.id, *before);
}

Result<Id> SessionBuilder::insertItem(const AgendaItem &it)
{
    auto id = m_repo.insertItem(it);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(m_actor, QStringLiteral("agenda.item.add"), Entity::AgendaItem, *id,
                             std::nullopt));
    ++m_counts.itemRows;
    return *id;
}

Result<void> SessionBuilder::updateItem(const AgendaItem &it)
{
    auto before = m_audit.image(Entity::AgendaItem, it.id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.updateItem(it));
    return m_audit.record(m_actor, QStringLiteral("agenda.item.update"), Entity::AgendaItem, it.id,
                          *before);
}

Result<void> SessionBuilder::deleteItem(Id id)
{
    auto before = m_audit.image(Entity::AgendaItem, id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.deleteItem(id));
    --m_counts.itemRows;
    return m_audit.record(m_actor, QStringLiteral("agenda.item.delete"), Entity::AgendaItem, id, *before);
}

Result<void> SessionBuilder::addSession(SessionKind kind, const QDate &opening, int drafts)
{
    Session s;
    s.term = termOf(opening);
    if (!s.term)
        return {};
    s.kind = kind;
    // Numbered from the term's first session (July of its first year), two a year; the
    // extraordinary ones by the year within the term (one a year at most here).
    int firstYear = opening.year();
    for (const domain::Term &t : m_terms)
        if (t.number == s.term)
            firstYear = t.firstYear;
    s.ordinal = kind == SessionKind::Regular
                    ? std::max(1, 2 * (opening.year() - firstYear) + (opening.month() >= 9 ? 2 : 1))
                    : opening.year() - firstYear + 1;
    if (m_ordinals.value({s.term, int(kind)}) >= s.ordinal)
        s.ordinal = m_ordinals.value({s.term, int(kind)}) + 1;
    m_ordinals[{s.term, int(kind)}] = s.ordinal;
    s.phases = {{0, 1, opening, opening}};
    QList<AgendaItem> final =
        kind == SessionKind::Regular ? regularAgenda(s, m_pending[s.term]) : extraordinaryAgenda(s);
    s.phases = m_sessionPhases;
    s.status = s.lastDay() < m_today     ? domain::SessionStatus::Closed
               : s.firstDay() <= m_today ? domain::SessionStatus::Sitting
                                         : domain::SessionStatus::Preparing;
    auto sessionId = m_repo.insertSession(s);
    if (!sessionId)
        return sessionId.error();
    s.id = *sessionId;
    THUKY_TRY(m_audit.record(m_actor, QStringLiteral("session.add"), Entity::Session, s.id, std::nullopt));
    ++m_counts.sessions;

    // Draft 1 lacks a few items that came later (the last of their half-day, so adding them
    // back moves nothing), holds a few that were dropped, and names other presenters or
    // times for some.
    const bool held = s.firstDay() <= m_today;
    if (!held)
        drafts = std::min(drafts, 2);
    QList<AgendaItem> first;
    QList<AgendaItem> later, dropped;
    QHash<QString, AgendaItem> revised; ///< key -> the final values
    for (qsizetype i = 0; i < final.size(); ++i) {
        const AgendaItem &it = final[i];
        const bool lastOfHalf = i + 1 == final.size() || final[i + 1].date != it.date ||
                                final[i + 1].halfDay != it.halfDay;
        if (drafts > 1 && lastOfHalf && it.activity != ActivityType::Closing && m_rng.chance(8)) {
            later << it;
            continue;
        }
        AgendaItem draft = it;
        if (drafts > 1 && m_rng.chance(6)) {
            revised.insert(it.key, it);
            draft.plannedMinutes = std::max(15, it.plannedMinutes - 10);
            if (draft.presenterId)
                draft.presenterId = person();
            if (m_rng.chance(30))
                draft.presentingAgencyId = 0; // not known yet in the first draft

        }
        first << draft;
        if (drafts > 1 && lastOfHalf && m_rng.chance(4)) {
            AgendaItem extra = item(ActivityType::Other, ContentCategory::Other,
                                    QStringLiteral("Dự phòng: làm việc theo yêu cầu của Ủy ban "
                                                   "Thường vụ Quốc hội"),
                                    0);
            extra.date = it.date;
            extra.halfDay = it.halfDay;
            extra.position = it.position + 1;
            first << extra;
            dropped << extra;
        }
    }

    AgendaVersion v;
    v.sessionId = s.id;
    v.number = 1;
    v.createdOn = s.firstDay().addDays(-35);
    v.note = QStringLiteral("Dự kiến chương trình trình Ủy ban Thường vụ Quốc hội cho ý kiến");
    auto vid = insertVersion(v);
    if (!vid)
        return vid.error();
    v.id = *vid;
    QHash<QString, Id> ids; ///< key -> id in the current version
    for (AgendaItem it : first) {
        it.versionId = v.id;
        auto id = insertItem(it);
        if (!id)
            return id.error();
        ids.insert(it.key, *id);
    }
    int count = int(first.size());

    const auto nextVersion = [&](AgendaVersionState state, const QDate &created,
                                 const QString &note) -> Result<void> {
        if (!v.readOnly)
            THUKY_TRY(supersede(v));
        const Id from = v.id;
        v.id = 0;
        v.adoptedOn = QDate();
        v.number += 1;
        v.state = state;
        v.createdOn = created;
        v.readOnly = false;
        v.note = note;
        auto id = insertVersion(v);
        if (!id)
            return id.error();
        v.id = *id;
        auto copied = m_repo.copyItems(from, v.id);
        if (!copied)
            return copied.error();
        for (Id itemId : *copied)
            THUKY_TRY(m_audit.record(m_actor, QStringLiteral("agenda.item.copy"), Entity::AgendaItem,
                                     itemId, std::nullopt));
        m_counts.itemRows += int(copied->size());
        auto rows = m_repo.items(v.id);
        if (!rows)
            return rows.error();
        ids.clear();
        for (const AgendaItem &it : *rows)
            ids.insert(it.key, it.id);
        return {};
    };

    for (int n = 2; n <= drafts; ++n) {
        THUKY_TRY(nextVersion(AgendaVersionState::Draft, s.firstDay().addDays(-35 + 8 * (n - 1)),
                              QStringLiteral("Tiếp thu ý kiến Ủy ban Thường vụ Quốc hội và các cơ quan")));
        if (n == 2) {
            for (AgendaItem it : later) {
                it.versionId = v.id;
                auto id = insertItem(it);
                if (!id)
                    return id.error();
                ++count;
            }
            for (const AgendaItem &it : dropped) {
                THUKY_TRY(deleteItem(ids.value(it.key)));
                --count;
            }
            for (AgendaItem it : revised) {
                it.id = ids.value(it.key);
                it.versionId = v.id;
                if (it.id)
                    THUKY_TRY(updateItem(it));
            }
        } else if (!final.isEmpty()) {
            // Later drafts: a time adjusted here and there.
            AgendaItem it = m_rng.pick(final);
            it.id = ids.value(it.key);
            it.versionId = v.id;
            it.plannedMinutes = std::max(15, it.plannedMinutes - 5 * (n - 2));
            if (it.id)
                THUKY_TRY(updateItem(it));
        }
    }
    if (held) {
        // Adopted at the preparatory sitting on the opening morning.
        auto before = m_audit.image(Entity::AgendaVersion, v.id);
        if (!before)
            return before.error();
        v.adoptedOn = s.firstDay();
        v.readOnly = true;
        v.state = AgendaVersionState::Adopted;
        THUKY_TRY(m_repo.updateVersion(v));
        THUKY_TRY(m_audit.record(m_actor, QStringLiteral("agenda.version.adopt"), Entity::AgendaVersion,
                                 v.id, *before));
        if (s.lastDay() < m_today && kind == SessionKind::Regular && m_rng.chance(60)) {
            const QDate mid = s.firstDay().addDays(s.firstDay().daysTo(s.lastDay()) / 2);
            THUKY_TRY(nextVersion(AgendaVersionState::Amended, mid,
                                  QStringLiteral("Điều chỉnh theo Nghị quyết của Quốc hội")));
            // A session of questions moves to the next evening (alone in its half-day, so
            // nothing else shifts).
            for (const AgendaItem &it : final) {
                if (it.activity != ActivityType::Questioning || !ids.contains(it.key))
                    continue;
                AgendaItem moved = it;
                moved.id = ids.value(it.key);
                moved.versionId = v.id;
                moved.date = m_calendar.addWorkingDays(it.date, 1);
                moved.halfDay = HalfDay::Evening;
                moved.position = 1;
                moved.plannedMinutes = domain::kEveningMinutes;
                THUKY_TRY(updateItem(moved));
                break;
            }
            auto adoptBefore = m_audit.image(Entity::AgendaVersion, v.id);
            if (!adoptBefore)
                return adoptBefore.error();
            v.adoptedOn = mid;
            v.readOnly = true;
            THUKY_TRY(m_repo.updateVersion(v));
            THUKY_TRY(m_audit.record(m_actor, QStringLiteral("agenda.version.adopt"),
                                     Entity::AgendaVersion, v.id, *adoptBefore));
        }
    }
    m_counts.items += count;
    return {};
}

Result<SessionCounts> SessionBuilder::run(const SessionScale &scale)
{
    THUKY_TRY(load());
    const int lastYear = m_today.year();
    for (int year = lastYear - scale.years + 1; year <= lastYear; ++year) {
        const bool extraordinary = scale.extraordinaryEvery > 0
                                       ? (lastYear - year) % scale.extraordinaryEvery == 0
                                       : year == lastYear;
        if (extraordinary)
            THUKY_TRY(addSession(SessionKind::Extraordinary,
                                 m_calendar.addWorkingDays(QDate(year, 2, 10 + m_rng.below(8)), 0),
                                 2));
        THUKY_TRY(addSession(SessionKind::Regular, m_calendar.addWorkingDays(QDate(year, 5, 20), 0),
                             scale.drafts));
        THUKY_TRY(addSession(SessionKind::Regular, m_calendar.addWorkingDays(QDate(year, 10, 20), 0),
                             scale.drafts));
    }
    return m_counts;
}

} // namespace

Result<SessionCounts> addDemoSessions(Workspace &ws, const domain::Actor &actor,
                                      const SessionScale &scale, const QDate &today,
                                      DemoRandom &rng)
{
    SessionBuilder builder(ws, actor, today, rng);
    return builder.run(scale);
}

} // namespace thuky::services::demo
