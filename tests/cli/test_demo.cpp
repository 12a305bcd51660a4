// generateDemo: the office scale's counts and mix, determinism, refusal of a filled database.

#include "test_support.h"

#include "thuky/services/account_service.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/demo.h"
#include "thuky/services/meeting_service.h"

using namespace thuky;
using namespace thuky::test;

namespace {

/// Every programme exported as tables, in order: the whole visible content of a demo.
QList<documents::Table> exportAll(services::Workspace &ws)
{
    QList<documents::Table> tables;
    for (const domain::Programme &p : ok(ws.programmes().programmes(actor())))
        tables << ok(ws.programmes().exportTable(actor(), p.id));
    return tables;
}

bool sameTables(const QList<documents::Table> &a, const QList<documents::Table> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].headers != b[i].headers || a[i].rows != b[i].rows)
            return false;
    }
    return true;
}

/// The summaries of every programme added up (a filter names one programme).
storage::TaskSummary summaryOfAll(services::Workspace &ws)
{
    storage::TaskSummary sum;
    for (const domain::Programme &p : ok(ws.programmes().programmes(actor()))) {
        storage::TaskFilter filter;
        filter.programmeId = p.id;
        const auto s = ok(ws.programmes().summary(actor(), filter));
        sum.total += s.total;
        for (size_t i = 0; i < s.byTimeliness.size(); ++i)
            sum.byTimeliness[i] += s.byTimeliness[i];
    }
    return sum;
}

QList<documents::Table> demoTables(std::uint64_t seed)
{
    auto ws = workspace();
    ok(services::generateDemo(*ws, actor(), services::DemoScale::Office, seed));
    return exportAll(*ws);
}

} // namespace

TEST_CASE("the office demo has 300 tasks in three programmes with a realistic mix")
{
    auto ws = workspace();
    QList<std::pair<int, int>> calls;
    const auto report = ok(services::generateDemo(*ws, actor(), services::DemoScale::Office, 2025,
                                                  [&](int done, int total) { calls.append({done, total}); }));
    CHECK(report.programmes == 3);
    CHECK(report.tasks == 300);
    CHECK(report.people == 40);
    CHECK(report.progressEntries > 0);
    REQUIRE(!calls.isEmpty());
    CHECK(calls.last() == std::pair{300, 300});

    const storage::TaskSummary summary = summaryOfAll(*ws);
    CHECK(summary.total == 300);
    using domain::Timeliness;
    const auto count = [&](Timeliness t) { return summary.byTimeliness[static_cast<size_t>(t)]; };
    CHECK(count(Timeliness::Overdue) > 0);
    CHECK(count(Timeliness::DueSoon) > 0);
    CHECK(count(Timeliness::DoneLate) > 0);
    CHECK(count(Timeliness::DoneOnTime) > count(Timeliness::DoneLate));

    for (const domain::Programme &p : ok(ws->programmes().programmes(actor()))) {
        storage::TaskFilter filter;
        filter.programmeId = p.id;
        filter.includeSections = false;
        for (const auto &row : ok(ws->programmes().tasks(actor(), filter, 0, 1000))) {
            CHECK(row.task.leadUnitId != 0);
            if (row.task.period.kind == domain::Period::Kind::Date)
                CHECK(row.task.period.date.dayOfWeek() <= 5);
            for (const auto &entry : ok(ws->programmes().progressLog(actor(), row.task.id)))
                CHECK(entry.date <= kToday);
        }
    }
}

TEST_CASE("the office demo has the year's 16 meetings with 200 contents, documents and events")
{
    auto ws = workspace();
    const auto report = ok(services::generateDemo(*ws, actor(), services::DemoScale::Office));
    CHECK(report.meetings == 16);
    CHECK(report.meetingContents == 200);
    CHECK(report.meetingDocuments > 200);
    CHECK(report.meetingEvents == 24);
    const auto year = ok(ws->meetings().calendar(actor(), QDate(2025, 1, 1), QDate(2025, 12, 31)));
    REQUIRE(year.meetings.size() == 16);
    int regular = 0;
    for (const auto &row : year.meetings) {
        CHECK(row.meeting.term == 15);
        // Every meeting starts on a working day; the regular ones on the suggested day.
        CHECK(row.meeting.firstDay().dayOfWeek() <= 5);
        if (row.meeting.kind == domain::MeetingKind::Regular) {
            ++regular;
            CHECK(row.meeting.firstDay() ==
                  ok(ws->meetings().suggestedDate(actor(), 2025, row.meeting.firstDay().month())));
        }
        CHECK((row.meeting.lastDay() < kToday) == (row.meeting.status == domain::MeetingStatus::Held));
    }
    CHECK(regular == 12);
    // Some documents were received late; the next meeting still waits for some.
    int late = 0;
    for (const auto &row : year.meetings) {
        for (const auto &c : ok(ws->meetings().details(actor(), row.meeting.id)).contents) {
            for (const auto &d : c.documents)
                late += d.state == domain::DocumentState::ReceivedLate;
        }
    }
    CHECK(late > 0);
    const auto next = ok(ws->meetings().readiness(actor(), 2));
    REQUIRE(next.size() == 2);
    CHECK(next[0].outstanding + next[1].outstanding > 0);
    CHECK(ok(ws->audit().verify()).mismatches.isEmpty());
}

TEST_CASE("the demo is the same for the same seed and differs for another")
{
    const auto first = demoTables(7);
    CHECK(sameTables(first, demoTables(7)));
    CHECK_FALSE(sameTables(first, demoTables(8)));
}

TEST_CASE("the demo refuses a database that already has programmes")
{
    auto ws = workspace();
    ok(services::generateDemo(*ws, actor(), services::DemoScale::Office));
    const auto again = services::generateDemo(*ws, actor(), services::DemoScale::Office);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(!again.error().text(Lang::Vi).isEmpty());
    CHECK(again.error().text(Lang::En) != again.error().text(Lang::Vi));
    CHECK(ok(ws->programmes().programmes(actor())).size() == 3);
}

TEST_CASE("a demo that fails at its last step leaves the database as it was")
{
    // The last demo account cannot be added: nothing of the demo may stay, least of all
    // programmes without the accounts that guard them.
    auto ws = workspace();
    const auto auditBefore = ok(ws->db().queryInt("SELECT count(*) FROM audit_log"));
    ok(ws->db().execScript("CREATE TEMP TRIGGER refuse_last_demo_account BEFORE INSERT ON main.users "
                           "WHEN NEW.user_name = 'nguoixem' BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    const auto failed = services::generateDemo(*ws, actor(), services::DemoScale::Office);
    REQUIRE_FALSE(failed.ok());
    CHECK(ok(ws->programmes().programmes(actor())).isEmpty());
    CHECK_FALSE(ok(ws->accounts().hasAccounts()));
    CHECK(ok(ws->db().queryInt("SELECT count(*) FROM tasks")) == 0);
    CHECK(ok(ws->db().queryInt("SELECT count(*) FROM audit_log")) == auditBefore);

    ok(ws->db().execScript("DROP TRIGGER temp.refuse_last_demo_account"));
    const auto report = ok(services::generateDemo(*ws, actor(), services::DemoScale::Office));
    CHECK(report.accounts.size() == 5);
}

TEST_CASE("demo scales have stable keys")
{
    for (auto scale : {services::DemoScale::Office, services::DemoScale::Decade, services::DemoScale::Stress})
        CHECK(services::demoScaleFromKey(services::demoScaleKey(scale)) == scale);
    CHECK_FALSE(services::demoScaleFromKey(QStringLiteral("huge")).has_value());
}
