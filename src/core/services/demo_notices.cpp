// Demo notices: each held content of the demo meetings gets its Standing Committee notice,
// opened as the template writes it, with a few numbered conclusions; the leaders' working
// meetings fill the rest. Notices of meetings long past are issued, numbered in the order
// of their issue dates; recent ones are still being drafted, reviewed or approved.

#include "demo_notices.h"

#include "thuky/domain/meeting.h"
#include "thuky/domain/notice.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/domain/working_days.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/meeting_repository.h"
#include "thuky/storage/notice_repository.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace thuky::services::demo {

using domain::Id;
using domain::Notice;
using domain::NoticeStatus;
using storage::Entity;

namespace {

constexpr std::array kConclusions{
    "Ủy ban Thường vụ Quốc hội cơ bản tán thành với Tờ trình và Báo cáo thẩm tra.",
    "Đề nghị cơ quan chủ trì soạn thảo phối hợp chặt chẽ với cơ quan thẩm tra, nghiên cứu "
    "tiếp thu tối đa ý kiến của các đại biểu, hoàn thiện hồ sơ.",
    "Giao Văn phòng Quốc hội phối hợp với các cơ quan liên quan chuẩn bị các điều kiện cần "
    "thiết, bảo đảm tiến độ.",
    "Về phạm vi điều chỉnh: đề nghị rà soát, bảo đảm tính thống nhất của hệ thống pháp luật.",
    "Đề nghị Chính phủ chỉ đạo các bộ, ngành khẩn trương ban hành văn bản quy định chi tiết.",
    "Thống nhất trình Quốc hội xem xét, thông qua tại kỳ họp gần nhất.",
};

constexpr std::array kLeaderTopics{
    "công tác chuẩn bị kỳ họp của Quốc hội",
    "việc tổ chức Hội nghị đại biểu Quốc hội chuyên trách",
    "chương trình giám sát của Quốc hội năm sau",
    "công tác đối ngoại của Quốc hội",
    "việc triển khai chuyển đổi số trong hoạt động của Quốc hội",
    "công tác dân nguyện và tiếp công dân",
};

struct Planned
{
    Notice notice;
    QDate issueOn; ///< invalid: not issued
};

domain::NoticeBlock block(const QString &text, bool conclusion, int level = 1)
{
    domain::NoticeBlock b;
    b.type =
        conclusion ? domain::NoticeBlock::Type::Conclusion : domain::NoticeBlock::Type::Paragraph;
    b.level = level;
    b.runs.append({text, false, false});
    return b;
}

class NoticeBuilder
{
public:
    NoticeBuilder(Workspace &ws, const domain::Actor &actor, const QDate &today, DemoRandom &rng)
        : m_ws(ws), m_repo(ws.noticeRepository()), m_actor(actor), m_today(today), m_rng(rng)
    {
    }

    Result<NoticeCounts> run(int count);

private:
    Result<void> load();
    Result<void> planContentNotices(int count);
    void planLeaderNotices(int count);
    void settle(Planned &p);
    Result<void> write(Planned &p, std::map<std::tuple<Id, QString, int>, int> &numbers);

    Workspace &m_ws;
    storage::NoticeRepository &m_repo;
    const domain::Actor &m_actor;
    QDate m_today;
    DemoRandom &m_rng;
    domain::WorkingDays m_calendar;
    domain::IssuerProfile m_ubtvqh, m_ttkqh;
    QList<std::pair<domain::Meeting, QList<domain::MeetingContent>>> m_meetings;
    QHash<Id, QString> m_agencyNames;
    QStringList m_people;
    QList<Planned> m_plan;
    int m_dueDays = 5;
    NoticeCounts m_counts;
};

Result<void> NoticeBuilder::load()
{
    auto calendar = m_ws.calendar().workingDays(m_actor);
    if (!calendar)
        return calendar.error();
    m_calendar = *calendar;
    auto issuers = m_ws.notices().issuers(m_actor);
    if (!issuers)
        return issuers.error();
    for (const domain::IssuerProfile &i : *issuers) {
        if (i.code == QLatin1String("UBTVQH"))
            m_ubtvqh = i;
        else if (i.code == QLatin1String("TTKQH"))
            m_ttkqh = i;
    }
    if (!m_ubtvqh.id || !m_ttkqh.id)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral(
                "Thiếu cơ quan ban hành UBTVQH hoặc TTKQH: không tạo được thông báo mẫu."),
            QStringLiteral("The UBTVQH or TTKQH issuer is missing: no demo notices."));
    // The Standing Committee's symbol carries the term of the demo's today, so notices
    // issued after the demo continue its register.
    auto term = m_ws.meetings().currentTerm(m_actor);
    if (term) {
        const QString symbol = QStringLiteral("TB-UBTVQH%1").arg(term->number);
        if (m_ubtvqh.symbol != symbol) {
            m_ubtvqh.symbol = symbol;
            auto saved = m_ws.notices().saveIssuer(m_actor, m_ubtvqh);
            if (!saved)
                return saved.error();
        }
    }
    auto tmpl = m_ws.notices().noticeTemplate(m_actor, domain::NoticeKind::Ubtvqh);
    if (!tmpl)
        return tmpl.error();
    m_dueDays = tmpl->dueDays;
    auto terms = m_ws.meetings().terms(m_actor);
    if (!terms)
        return terms.error();
    for (const domain::Term &t : *terms) {
        auto rows = m_ws.meetingRepository().meetingsOfTerm(t.number);
        if (!rows)
            return rows.error();
        for (const storage::MeetingRow &row : *rows) {
            if (row.meeting.status != domain::MeetingStatus::Held)
                continue;
            auto contents = m_ws.meetingRepository().contents(row.meeting.id);
            if (!contents)
                return contents.error();
            m_meetings.append({row.meeting, *contents});
        }
    }
    std::sort(m_meetings.begin(), m_meetings.end(),
              [](const auto &a, const auto &b) { return a.first.firstDay() < b.first.firstDay(); });
    auto all = m_ws.reference().agencies(m_actor);
    if (!all)
        return all.error();
    for (const domain::Agency &a : *all)
        m_agencyNames.insert(a.id, a.name);
    auto people = m_ws.reference().people(m_actor);
    if (!people)
        return people.error();
    for (const domain::Person &p : *people)
        m_people << p.fullName;
    if (m_people.isEmpty())
        m_people << QStringLiteral("Chuyên viên Vụ Thư ký");
    return {};
}

/// Where a notice stands by today: those of meetings more than a month ago are issued
/// (a few days after their due date now and then), recent ones are anywhere in the flow.
void NoticeBuilder::settle(Planned &p)
{
    Notice &n = p.notice;
    n.dueDate = m_calendar.addWorkingDays(n.meetingDate, m_dueDays);
    const qint64 age = n.meetingDate.daysTo(m_today);
    const int roll = m_rng.below(100);
    if (age > 30 && roll < 97) {
        const int days = m_rng.chance(80) ? m_rng.between(2, m_dueDays)
                                          : m_rng.between(m_dueDays + 1, m_dueDays + 8);
        p.issueOn = std::min(m_calendar.addWorkingDays(n.meetingDate, days), m_today);
        n.status = NoticeStatus::Issued;
    } else {
        static constexpr std::array kWeights{30, 25, 15,
                                             30}; // draft, submitted, returned, approved
        static constexpr std::array kStatuses{NoticeStatus::Draft, NoticeStatus::Submitted,
                                              NoticeStatus::Returned, NoticeStatus::Approved};
        n.status = kStatuses[static_cast<size_t>(m_rng.weighted(kWeights))];
        if (age > 5 && n.status == NoticeStatus::Approved && m_rng.chance(50)) {
            p.issueOn =
                std::min(m_calendar.addWorkingDays(n.meetingDate, m_rng.between(2, 4)), m_today);
            n.status = NoticeStatus::Issued;
        }
    }
    n.year = (p.issueOn.isValid() ? p.issueOn : n.meetingDate).year();
    n.drafterName = m_rng.pick(m_people);
    n.drafterInitials = QStringLiteral("TK");
    n.copies = m_rng.between(20, 60);
    if (n.status != NoticeStatus::Draft && n.status != NoticeStatus::Submitted &&
        n.status != NoticeStatus::Returned)
        n.approvedBy = 1;
    const int conclusions = m_rng.between(2, 4);
    const int first = m_rng.below(int(kConclusions.size()));
    for (int i = 0; i < conclusions; ++i) {
        n.body.blocks.append(
            block(QString::fromUtf8(kConclusions[size_t(first + i) % kConclusions.size()]), true));
        if (i == 0 && m_rng.chance(30))
            n.body.blocks.append(block(
                QString::fromUtf8(kConclusions[size_t(first + 3) % kConclusions.size()]), true, 2));
    }
}

Result<void> NoticeBuilder::planContentNotices(int count)
{
    const QString opening = QString::fromUtf8(
        "Tại phiên họp thứ {so_phien_hop}, {ngay_hop_bang_chu}, sau khi nghe {co_quan_trinh} trình "
        "bày "
        "Tờ trình{tham_tra} về {noi_dung}, ý kiến phát biểu của các đại biểu dự họp, Ủy ban "
        "Thường vụ Quốc hội kết luận như sau:");
    for (const auto &[meeting, contents] : m_meetings) {
        for (const domain::MeetingContent &c : contents) {
            if (int(m_plan.size()) >= count)
                return {};
            if (c.status != domain::ContentStatus::Held)
                continue;
            Planned p;
            Notice &n = p.notice;
            n.kind = domain::NoticeKind::Ubtvqh;
            n.issuerId = m_ubtvqh.id;
            n.contentIds = {c.id};
            n.meetingDate = c.plannedDay.isValid() ? c.plannedDay : meeting.firstDay();
            QString topic = c.title;
            topic.remove(QStringLiteral("Cho ý kiến về "));
            if (!topic.isEmpty())
                topic[0] = topic.at(0).toLower();
            n.subject = QStringLiteral("Kết luận của Ủy ban Thường vụ Quốc hội về ") + topic;
            const QString reviewing = m_agencyNames.value(c.reviewingAgencyId);
            const QHash<QString, QString> values{
                {QStringLiteral("so_phien_hop"), QString::number(meeting.number)},
                {QStringLiteral("ngay_hop_bang_chu"), domain::longDate(n.meetingDate)},
                {QStringLiteral("co_quan_trinh"), m_agencyNames.value(c.presentingAgencyId)},
                {QStringLiteral("tham_tra"),
                 reviewing.isEmpty()
                     ? QString()
                     : QStringLiteral(" và %1 trình bày Báo cáo thẩm tra").arg(reviewing)},
                {QStringLiteral("noi_dung"), topic}};
            n.body.blocks.append(block(domain::fillPlaceholders(opening, values), false));
            n.recipients = m_ubtvqh.recipients;
            // The symbol of the term the meeting belongs to.
            n.symbol = QStringLiteral("TB-UBTVQH%1").arg(meeting.term);
            settle(p);
            m_plan.append(p);
        }
    }
    return {};
}

void NoticeBuilder::planLeaderNotices(int count)
{
    const QDate first =
        m_meetings.isEmpty() ? m_today.addYears(-1) : m_meetings.first().first.firstDay();
    const auto left = static_cast<int>(count - m_plan.size());
    const qint64 span = std::max<qint64>(1, first.daysTo(m_today));
    for (int i = 0; i < left; ++i) {
        Planned p;
        Notice &n = p.notice;
        n.kind = m_rng.chance(85) ? domain::NoticeKind::Leaders : domain::NoticeKind::Other;
        n.issuerId = m_ttkqh.id;
        n.meetingDate = m_calendar.addWorkingDays(first.addDays(span * i / std::max(1, left)), 0);
        if (n.meetingDate > m_today)
            n.meetingDate = m_calendar.addWorkingDays(m_today, -1);
        const QString topic =
            QString::fromUtf8(m_rng.pick(std::span<const char *const>(kLeaderTopics)));
        n.subject = QStringLiteral("Kết luận của lãnh đạo Quốc hội tại cuộc họp về ") + topic;
        n.body.blocks.append(
            block(QStringLiteral(
                      "Ngày %1, lãnh đạo Quốc hội đã họp về %2. Sau khi nghe báo cáo và ý "
                      "kiến của các đại biểu dự họp, đồng chí chủ trì cuộc họp kết luận như sau:")
                      .arg(domain::shortDate(n.meetingDate), topic),
                  false));
        n.recipients = m_ttkqh.recipients;
        n.symbol = m_ttkqh.symbol;
        settle(p);
        m_plan.append(p);
    }
}

Result<void> NoticeBuilder::write(Planned &p, std::map<std::tuple<Id, QString, int>, int> &numbers)
{
    Notice &n = p.notice;
    const NoticeStatus target = n.status;
    const QString symbol = n.symbol;
    n.symbol.clear();
    n.status = target == NoticeStatus::Issued ? NoticeStatus::Approved : target;
    auto id = m_repo.insertNotice(n);
    if (!id)
        return id.error();
    n.id = *id;
    if (target != NoticeStatus::Draft)
        THUKY_TRY(m_repo.insertRevision(n, false, m_actor));
    if (target == NoticeStatus::Issued) {
        int &last = numbers[{n.issuerId, symbol, p.issueOn.year()}];
        domain::RegisterEntry e;
        e.issuerId = n.issuerId;
        e.symbol = symbol;
        e.year = p.issueOn.year();
        e.number = ++last;
        e.noticeId = n.id;
        e.issueDate = p.issueOn;
        auto entry = m_repo.insertNumber(e);
        if (!entry)
            return entry.error();
        n.number = e.number;
        n.symbol = symbol;
        n.issueDate = p.issueOn;
        n.year = e.year;
        THUKY_TRY(m_repo.markIssued(n, {}));
        n.status = NoticeStatus::Issued;
        THUKY_TRY(m_repo.insertRevision(n, true, m_actor));
        THUKY_TRY(m_ws.audit().record(m_actor, QStringLiteral("notice.number.take"),
                                      Entity::NoticeNumber, *entry, std::nullopt));
        ++m_counts.issued;
    }
    THUKY_TRY(m_ws.audit().record(m_actor, QStringLiteral("notice.create"), Entity::Notice, n.id,
                                  std::nullopt));
    ++m_counts.notices;
    return {};
}

Result<NoticeCounts> NoticeBuilder::run(int count)
{
    THUKY_TRY(load());
    // About half the notices conclude on a content of the calendar, the rest on the
    // leaders' working meetings.
    THUKY_TRY(planContentNotices(count / 2));
    planLeaderNotices(count);
    // Numbers follow the issue dates within each register; the rest keep the meetings' order.
    std::stable_sort(m_plan.begin(), m_plan.end(), [](const Planned &a, const Planned &b) {
        const QDate da = a.issueOn.isValid() ? a.issueOn : a.notice.meetingDate;
        const QDate db = b.issueOn.isValid() ? b.issueOn : b.notice.meetingDate;
        return da < db;
    });
    std::map<std::tuple<Id, QString, int>, int> numbers;
    for (Planned &p : m_plan)
        THUKY_TRY(write(p, numbers));
    return m_counts;
}

} // namespace

Result<NoticeCounts> addDemoNotices(Workspace &ws, const domain::Actor &actor, int count,
                                    const QDate &today, DemoRandom &rng)
{
    NoticeBuilder builder(ws, actor, today, rng);
    return builder.run(count);
}

} // namespace thuky::services::demo
