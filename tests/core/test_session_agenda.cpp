// Session agendas: the checks (each rule fires, and stays quiet when it should), the diff of
// two versions, and the pure helpers of the domain.

#include "test_support.h"

#include "thuky/domain/session_agenda.h"
#include "thuky/domain/working_days.h"

#include <QElapsedTimer>

using namespace thuky;
using namespace thuky::domain;

namespace {

// Monday 21 October 2024: the opening of the eighth session of term XV.
const QDate kMonday{2024, 10, 21};

Session session()
{
    Session s;
    s.id = 1;
    s.term = 15;
    s.ordinal = 8;
    s.phases = {{0, 1, QDate(2024, 10, 21), QDate(2024, 11, 14)},
                {0, 2, QDate(2024, 11, 20), QDate(2024, 11, 30)}};
    return s;
}

struct Items
{
    QList<AgendaItem> list;
    Id next = 1;

    AgendaItem &add(const char *title, QDate date = kMonday, HalfDay half = HalfDay::Morning,
                    ActivityType activity = ActivityType::Other)
    {
        AgendaItem it;
        it.id = next++;
        it.versionId = 1;
        it.key = QStringLiteral("k%1").arg(it.id);
        it.title = QString::fromUtf8(title);
        it.date = date;
        it.halfDay = half;
        it.activity = activity;
        it.presentingAgencyId = 1;
        int position = 1;
        for (const AgendaItem &other : list)
            if (other.date == date && other.halfDay == half)
                ++position;
        it.position = position;
        list.append(it);
        return list.last();
    }
};

QList<AgendaFinding> run(const QList<AgendaItem> &items, const QList<Matter> &matters = {},
                         const WorkingDays &calendar = WorkingDays())
{
    AgendaNames names;
    names.person = [](Id id) { return id == 7 ? QStringLiteral("Trần Thanh Mẫn") : QString(); };
    names.matter = [](Id id) { return id == 1 ? QStringLiteral("Dự án Luật Đất đai") : QString(); };
    return checkAgenda(session(), items, matters, calendar, names);
}

QList<AgendaFinding> of(const QList<AgendaFinding> &all, FindingRule rule)
{
    QList<AgendaFinding> out;
    for (const AgendaFinding &f : all)
        if (f.rule == rule)
            out << f;
    return out;
}

Matter matter(MatterProcedure procedure)
{
    Matter m;
    m.id = 1;
    m.term = 15;
    m.title = QStringLiteral("Dự án Luật Đất đai");
    m.procedure = procedure;
    return m;
}

} // namespace

TEST_CASE("a clean agenda has no finding", "[agenda][checks]")
{
    Items items;
    items.add("Phiên trù bị", kMonday, HalfDay::Morning, ActivityType::PreparatorySitting)
        .plannedMinutes = 60;
    items.add("Khai mạc kỳ họp", kMonday, HalfDay::Morning, ActivityType::Opening).plannedMinutes = 90;
    items.add("Thảo luận ở Tổ", kMonday, HalfDay::Afternoon, ActivityType::Other).plannedMinutes = 180;
    CHECK(run(items.list).isEmpty());
}

TEST_CASE("an item on a weekend or a public holiday is found, unless the day is worked by "
          "announcement",
          "[agenda][checks]")
{
    Items items;
    items.add("Làm việc ngày thứ Bảy", QDate(2024, 10, 26));
    items.add("Làm việc thứ Hai", kMonday);
    auto found = of(run(items.list), FindingRule::DayOff);
    REQUIRE(found.size() == 1);
    CHECK(found[0].itemIds == QList<Id>{1});
    CHECK(found[0].message.vi.contains(QStringLiteral("Thứ Bảy, ngày 26/10/2024")));
    CHECK(found[0].message.vi.contains(QStringLiteral("Làm việc ngày thứ Bảy")));
    CHECK(found[0].message.en.contains(QStringLiteral("day off")));

    // The Saturday worked by the year's announcement: quiet.
    const WorkingDays worked({CalendarException{QDate(2024, 10, 26), true, QStringLiteral("Làm bù")}});
    CHECK(of(run(items.list, {}, worked), FindingRule::DayOff).isEmpty());

    // A public holiday on a weekday (2 September 2025, National Day, a Tuesday).
    Session s = session();
    s.phases = {{0, 1, QDate(2025, 9, 1), QDate(2025, 9, 5)}};
    Items holiday;
    holiday.add("Phiên họp ngày Quốc khánh", QDate(2025, 9, 2));
    const auto onHoliday = checkAgenda(s, holiday.list, {}, WorkingDays());
    REQUIRE(of(onHoliday, FindingRule::DayOff).size() == 1);
    CHECK(of(onHoliday, FindingRule::DayOff)[0].message.vi.contains(QStringLiteral("Quốc khánh")));
}

TEST_CASE("a half-day whose planned minutes exceed its length is found", "[agenda][checks]")
{
    CHECK(halfDayHours(HalfDay::Morning).minutes() == kMorningMinutes);
    CHECK(halfDayHours(HalfDay::Afternoon).minutes() == kAfternoonMinutes);
    CHECK(halfDayHours(HalfDay::Evening).minutes() == kEveningMinutes);
    Items items;
    items.add("Nội dung một", kMonday, HalfDay::Afternoon).plannedMinutes = 120;
    items.add("Nội dung hai", kMonday, HalfDay::Afternoon).plannedMinutes = kAfternoonMinutes - 120;
    CHECK(of(run(items.list), FindingRule::HalfDayOverrun).isEmpty()); // exactly full

    items.list[1].plannedMinutes += 1;
    auto found = of(run(items.list), FindingRule::HalfDayOverrun);
    REQUIRE(found.size() == 1);
    CHECK(found[0].itemIds == QList<Id>{1, 2});
    CHECK(found[0].halfDay == HalfDay::Afternoon);
    CHECK(found[0].message.vi.contains(QStringLiteral("181 phút")));
    CHECK(found[0].message.vi.startsWith(QStringLiteral("Chiều thứ Hai, ngày 21/10/2024")));
}

TEST_CASE("a presenter or chair in two places at once is found", "[agenda][checks]")
{
    SECTION("no times, two places in one half-day")
    {
        Items items;
        AgendaItem &a = items.add("Thảo luận ở Hội trường về dự án Luật A");
        a.chairId = 7;
        a.venueKind = VenueKind::Hall;
        AgendaItem &b = items.add("Làm việc với đoàn đại biểu");
        b.presenterId = 7;
        b.venueKind = VenueKind::Other;
        b.venue = QStringLiteral("Phòng họp D2");
        auto found = of(run(items.list), FindingRule::PersonClash);
        REQUIRE(found.size() == 1);
        CHECK(found[0].itemIds == QList<Id>{1, 2});
        CHECK(found[0].severity == FindingSeverity::Error);
        CHECK(found[0].message.vi.contains(QStringLiteral("Trần Thanh Mẫn")));
        CHECK(found[0].message.vi.contains(QStringLiteral("Phòng họp D2")));
    }
    SECTION("no times, the same place: items follow each other, quiet")
    {
        Items items;
        items.add("Nội dung một").chairId = 7;
        items.add("Nội dung hai").chairId = 7;
        CHECK(of(run(items.list), FindingRule::PersonClash).isEmpty());
    }
    SECTION("overlapping times, wherever")
    {
        Items items;
        AgendaItem &a = items.add("Nội dung một");
        a.presenterId = 7;
        a.startTime = QTime(8, 0);
        a.endTime = QTime(9, 30);
        AgendaItem &b = items.add("Nội dung hai");
        b.presenterId = 7;
        b.startTime = QTime(9, 0);
        b.endTime = QTime(10, 0);
        auto found = of(run(items.list), FindingRule::PersonClash);
        REQUIRE(found.size() == 1);
        CHECK(found[0].message.vi.contains(QStringLiteral("09:00")));
        // One after the other: quiet.
        items.list[1].startTime = QTime(9, 30);
        CHECK(of(run(items.list), FindingRule::PersonClash).isEmpty());
    }
    SECTION("another half-day or another person: quiet")
    {
        Items items;
        items.add("Nội dung sáng").presenterId = 7;
        AgendaItem &b = items.add("Nội dung chiều", kMonday, HalfDay::Afternoon);
        b.presenterId = 7;
        b.venueKind = VenueKind::Groups;
        AgendaItem &c = items.add("Nội dung khác");
        c.presenterId = 8;
        c.venueKind = VenueKind::Groups;
        CHECK(of(run(items.list), FindingRule::PersonClash).isEmpty());
    }
}

TEST_CASE("a matter's steps out of order are found", "[agenda][checks]")
{
    const QDate tue = kMonday.addDays(1), wed = kMonday.addDays(2);
    SECTION("in order: quiet")
    {
        Items items;
        items.add("Nghe Tờ trình", kMonday, HalfDay::Morning, ActivityType::Submission).matterId = 1;
        items.add("Thảo luận ở Tổ", kMonday, HalfDay::Afternoon, ActivityType::GroupDiscussion).matterId = 1;
        items.add("Thảo luận ở Hội trường", tue, HalfDay::Morning, ActivityType::HallDiscussion).matterId = 1;
        items.add("Biểu quyết thông qua", wed, HalfDay::Morning, ActivityType::Vote).matterId = 1;
        CHECK(of(run(items.list, {matter(MatterProcedure::OneSession)}), FindingRule::StepOrder).isEmpty());
    }
    SECTION("vote before discussion")
    {
        Items items;
        items.add("Nghe Tờ trình", kMonday, HalfDay::Morning, ActivityType::Submission).matterId = 1;
        items.add("Biểu quyết thông qua", tue, HalfDay::Morning, ActivityType::Vote).matterId = 1;
        items.add("Thảo luận ở Hội trường", wed, HalfDay::Morning, ActivityType::HallDiscussion).matterId = 1;
        auto found = of(run(items.list, {matter(MatterProcedure::OneSession)}), FindingRule::StepOrder);
        REQUIRE(found.size() == 1);
        CHECK(found[0].itemIds == QList<Id>{2, 3});
        CHECK(found[0].message.vi.contains(QStringLiteral("Dự án Luật Đất đai")));
        CHECK(found[0].message.vi.contains(QStringLiteral("Biểu quyết thông qua")));
    }
    SECTION("discussion before the submission is heard, within one half-day")
    {
        Items items;
        items.add("Thảo luận ở Tổ", kMonday, HalfDay::Morning, ActivityType::GroupDiscussion).matterId = 1;
        items.add("Nghe Tờ trình", kMonday, HalfDay::Morning, ActivityType::Submission).matterId = 1;
        auto found = of(run(items.list, {matter(MatterProcedure::OneSession)}), FindingRule::StepOrder);
        REQUIRE(found.size() == 1);
        CHECK(found[0].itemIds == QList<Id>{1, 2});
    }
    SECTION("a one-session matter discussed without its submission")
    {
        Items items;
        items.add("Thảo luận ở Hội trường", kMonday, HalfDay::Morning, ActivityType::HallDiscussion).matterId = 1;
        auto found = of(run(items.list, {matter(MatterProcedure::OneSession)}), FindingRule::StepOrder);
        REQUIRE(found.size() == 1);
        CHECK(found[0].message.vi.contains(QStringLiteral("chưa nghe tờ trình")));
        // The second session of a two-session matter: discussed and voted without hearing
        // the submission again.
        items.add("Biểu quyết thông qua", tue, HalfDay::Morning, ActivityType::Vote).matterId = 1;
        CHECK(of(run(items.list, {matter(MatterProcedure::TwoSession)}), FindingRule::StepOrder).isEmpty());
    }
    SECTION("a two-session matter voted in the session that hears it")
    {
        Items items;
        items.add("Nghe Tờ trình", kMonday, HalfDay::Morning, ActivityType::Submission).matterId = 1;
        items.add("Biểu quyết thông qua", tue, HalfDay::Morning, ActivityType::Vote).matterId = 1;
        CHECK(of(run(items.list, {matter(MatterProcedure::OneSession)}), FindingRule::StepOrder).isEmpty());
        auto found = of(run(items.list, {matter(MatterProcedure::TwoSession)}), FindingRule::StepOrder);
        REQUIRE(found.size() == 1);
        CHECK(found[0].message.vi.contains(QStringLiteral("hai kỳ họp")));
    }
}

TEST_CASE("an item without presenting agency is found where one is expected", "[agenda][checks]")
{
    Items items;
    items.add("Nghe Tờ trình dự án Luật", kMonday, HalfDay::Morning, ActivityType::Submission)
        .presentingAgencyId = 0;
    items.add("Khai mạc kỳ họp", kMonday, HalfDay::Morning, ActivityType::Opening).presentingAgencyId = 0;
    auto found = of(run(items.list), FindingRule::NoPresenting);
    REQUIRE(found.size() == 1);
    CHECK(found[0].itemIds == QList<Id>{1});
    CHECK(found[0].message.vi.contains(QStringLiteral("chưa có cơ quan trình")));
    items.list[0].presentingAgencyId = 3;
    CHECK(of(run(items.list), FindingRule::NoPresenting).isEmpty());
}

TEST_CASE("an item outside every phase is found", "[agenda][checks]")
{
    Items items;
    items.add("Giữa hai đợt", QDate(2024, 11, 18));
    items.add("Trong đợt 2", QDate(2024, 11, 20));
    auto found = of(run(items.list), FindingRule::OutsidePhases);
    REQUIRE(found.size() == 1);
    CHECK(found[0].itemIds == QList<Id>{1});
    CHECK(found[0].message.en.contains(QStringLiteral("outside every phase")));
}

TEST_CASE("findings come in the order of their items", "[agenda][checks]")
{
    Items items;
    items.add("Sau", QDate(2024, 11, 25)).presentingAgencyId = 0;
    items.list.last().activity = ActivityType::Submission;
    items.add("Trước", QDate(2024, 10, 20)); // a Sunday before the session
    const auto found = run(items.list);
    REQUIRE(found.size() == 3);
    CHECK(found[0].itemIds.first() == 2);
    CHECK(found[0].rule == FindingRule::DayOff);
    CHECK(found[1].rule == FindingRule::OutsidePhases);
    CHECK(found[2].itemIds.first() == 1);
}

TEST_CASE("the diff of two versions matches items by key", "[agenda][diff]")
{
    Items v1;
    v1.add("Giữ nguyên");
    v1.add("Sẽ bị bỏ");
    v1.add("Sẽ được dời", kMonday, HalfDay::Afternoon);
    v1.add("Sẽ được sửa", kMonday, HalfDay::Afternoon).presenterId = 7;

    QList<AgendaItem> v2 = v1.list;
    for (AgendaItem &it : v2)
        it.versionId = 2;
    v2.removeAt(1); // "Sẽ bị bỏ"
    v2[0].position = 1;
    v2[1].date = kMonday.addDays(1); // moved
    v2[1].halfDay = HalfDay::Morning;
    v2[2].title = QStringLiteral("Đã được sửa");
    v2[2].presenterId = 8;
    v2[2].plannedMinutes = 45;
    AgendaItem added = v2[0];
    added.key = QStringLiteral("new");
    added.title = QStringLiteral("Mới thêm");
    added.position = 2;
    v2.append(added);

    AgendaNames names;
    names.person = [](Id id) { return id == 7 ? QStringLiteral("Người A") : QStringLiteral("Người B"); };
    const AgendaDiff d = diffAgenda(v1.list, v2, names);
    REQUIRE(d.added.size() == 1);
    CHECK(d.added[0].title == QStringLiteral("Mới thêm"));
    REQUIRE(d.removed.size() == 1);
    CHECK(d.removed[0].title == QStringLiteral("Sẽ bị bỏ"));
    REQUIRE(d.moved.size() == 1);
    CHECK(d.moved[0].from == AgendaSlot{kMonday, HalfDay::Afternoon, 1});
    CHECK(d.moved[0].to == AgendaSlot{kMonday.addDays(1), HalfDay::Morning, 1});
    REQUIRE(d.changed.size() == 1);
    QStringList fields;
    for (const AgendaFieldChange &f : d.changed[0].fields)
        fields << f.field;
    CHECK(fields == QStringList{QStringLiteral("title"), QStringLiteral("presenter"),
                                QStringLiteral("planned_minutes")});
    CHECK(d.changed[0].fields[1].before == QStringLiteral("Người A"));
    CHECK(d.changed[0].fields[1].after == QStringLiteral("Người B"));
    // Same items in both: nothing.
    CHECK(diffAgenda(v1.list, v1.list).isEmpty());
}

TEST_CASE("session titles, version labels and day labels read as documents write them", "[agenda]")
{
    Session s = session();
    CHECK(s.title() == QStringLiteral("Kỳ họp thứ Tám"));
    CHECK(s.fullTitle() == QStringLiteral("Kỳ họp thứ Tám, Quốc hội khóa XV"));
    CHECK(s.title(Lang::En) == QStringLiteral("8th session"));
    s.ordinal = 1;
    CHECK(s.title() == QStringLiteral("Kỳ họp thứ nhất"));
    s.kind = SessionKind::Extraordinary;
    s.ordinal = 3;
    s.phases = {{0, 1, QDate(2023, 1, 5), QDate(2023, 1, 6)}};
    CHECK(s.title() == QStringLiteral("Kỳ họp bất thường lần thứ ba"));
    s.phases = {{0, 1, QDate(2025, 2, 12), QDate(2025, 2, 19)}};
    CHECK(s.title() == QStringLiteral("Kỳ họp không thường lệ lần thứ ba"));
    CHECK(agendaDayLabel(kMonday) == QStringLiteral("Thứ Hai, ngày 21/10/2024"));
    CHECK(agendaDayLabel(kMonday, Lang::En) == QStringLiteral("Monday, 21/10/2024"));

    AgendaVersion v;
    CHECK(v.label(2) == QStringLiteral("Dự kiến lần 2"));
    v.state = AgendaVersionState::Adopted;
    CHECK(v.label(1) == QStringLiteral("Chính thức"));
    v.state = AgendaVersionState::Amended;
    CHECK(v.label(1) == QStringLiteral("Điều chỉnh lần 1 (dự thảo)"));
    v.adoptedOn = kMonday;
    CHECK(v.label(1) == QStringLiteral("Điều chỉnh lần 1"));
}

TEST_CASE("activity types, venues and rules round-trip through their keys and labels", "[agenda]")
{
    for (ActivityType a : kAllActivityTypes) {
        CHECK(activityTypeFromText(activityTypeKey(a)) == a);
        CHECK(activityTypeFromText(activityTypeLabel(a)) == a);
    }
    for (VenueKind v : kAllVenueKinds)
        CHECK(venueKindFromText(venueKindKey(v)) == v);
    CHECK(activityTypeFromText(QStringLiteral("thao luan o to")) == ActivityType::GroupDiscussion);
    CHECK(matterStep(ActivityType::Submission) < matterStep(ActivityType::GroupDiscussion));
    CHECK(matterStep(ActivityType::HallDiscussion) < matterStep(ActivityType::Vote));
    CHECK(matterStep(ActivityType::Opening) == 0);
}

TEST_CASE("the checks grow as n log n: 20,000 items in one version", "[agenda][checks]")
{
    Items items;
    Session s = session();
    s.phases = {{0, 1, QDate(2024, 10, 1), QDate(2024, 12, 29)}};
    QDate day(2024, 10, 1);
    for (int i = 0; i < 20000; ++i) {
        AgendaItem &it = items.add("Nội dung", day.addDays(i % 90), HalfDay(i % 2));
        it.presenterId = 100 + i % 50;
        it.chairId = 7;
        it.matterId = 1 + i % 300;
        it.activity = ActivityType(2 + i % 4);
        it.plannedMinutes = 30;
    }
    QElapsedTimer t;
    t.start();
    const auto found = checkAgenda(s, items.list, {}, WorkingDays());
    CHECK(t.elapsed() < 5000);
    CHECK_FALSE(found.isEmpty());
}
