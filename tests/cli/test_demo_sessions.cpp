// The demo's National Assembly sessions: counts at the office scale, versions read-only
// but the newest, the sitting session's agenda adopted, the audit trail clean, determinism.

#include "test_support.h"

#include "thuky/services/audit_service.h"
#include "thuky/services/demo.h"
#include "thuky/services/session_service.h"

using namespace thuky;
using namespace thuky::test;

TEST_CASE("the office demo has sessions with versioned agendas", "[agenda]")
{
    auto ws = workspace();
    const auto report = ok(services::generateDemo(*ws, actor(), services::DemoScale::Office));
    CHECK(report.sessions == 3); // the extraordinary one of February and the two regular ones
    CHECK(report.agendaItems >= 200);
    CHECK(report.agendaItems <= 450);
    CHECK(report.agendaItemRows > report.agendaItems);
    CHECK(report.agendaVersions >= 6);
    const auto sessions = ok(ws->sessions().sessions(actor()));
    REQUIRE(sessions.size() == 3);
    int regular = 0;
    for (const services::SessionSummary &s : sessions) {
        REQUIRE_FALSE(s.versions.isEmpty());
        if (s.session.kind != domain::SessionKind::Regular)
            continue;
        ++regular;
        CHECK(s.versions.size() >= 2);
        CHECK(s.versions.last().itemCount >= 100);
        CHECK(s.versions.last().itemCount <= 200);
        for (qsizetype i = 0; i + 1 < s.versions.size(); ++i)
            CHECK(s.versions[i].version.readOnly);
    }
    CHECK(regular == 2);
    // The session sitting on the demo's today has an adopted agenda.
    const services::SessionSummary &sitting = sessions[1];
    CHECK(sitting.session.status == domain::SessionStatus::Sitting);
    CHECK(sitting.versions.last().version.state == domain::AgendaVersionState::Adopted);
    CHECK(ok(ws->audit().verify()).mismatches.isEmpty());

    // The same seed gives the same agendas.
    auto again = workspace();
    ok(services::generateDemo(*again, actor(), services::DemoScale::Office));
    const auto first = ok(ws->sessions().items(actor(), sitting.versions.last().version.id));
    const auto second = ok(again->sessions().items(actor(), sitting.versions.last().version.id));
    REQUIRE(first.size() == second.size());
    CHECK(first.last().title == second.last().title);
    CHECK(first.last().key == second.last().key);
}

