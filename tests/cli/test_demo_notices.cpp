// The demo's conclusion notices: every state, and registers numbered as the law says.

#include "test_support.h"

#include "thuky/services/audit_service.h"
#include "thuky/services/demo.h"
#include "thuky/storage/database.h"

using namespace thuky;

TEST_CASE("the demo's notices are in every state and numbered 01, 02, … per register",
          "[cli][notices][demo]")
{
    auto ws = thuky::test::workspace();
    const auto report = thuky::test::ok(
        services::generateDemo(*ws, thuky::test::actor(), services::DemoScale::Office));
    CHECK(report.notices == 400);
    storage::Database &db = ws->db();
    for (const char *status : {"draft", "submitted", "returned", "approved", "issued"}) {
        INFO(status);
        CHECK(thuky::test::ok(db.queryInt("SELECT count(*) FROM notices WHERE status = ?",
                                          QString::fromLatin1(status)))
                  .value_or(0) > 0);
    }
    // Each register runs 1..n without a gap, and gives each issued notice its number.
    CHECK(thuky::test::ok(db.queryInt(
              "SELECT count(*) FROM (SELECT issuer_id, symbol, year FROM notice_numbers"
              " GROUP BY 1, 2, 3 HAVING min(number) <> 1 OR max(number) <> count(*))")) == 0);
    CHECK(thuky::test::ok(db.queryInt(
              "SELECT count(*) FROM notices n WHERE n.status = 'issued' AND NOT EXISTS"
              " (SELECT 1 FROM notice_numbers r WHERE r.notice_id = n.id AND r.number = n.number"
              " AND r.symbol = n.symbol AND r.year = n.year)")) == 0);
    CHECK(thuky::test::ok(db.queryInt("SELECT count(*) FROM notices WHERE status = 'issued'")) ==
          report.issuedNotices);
    // Numbers follow the issue dates within a register.
    CHECK(thuky::test::ok(
              db.queryInt("SELECT count(*) FROM notice_numbers a JOIN notice_numbers b ON"
                          " a.issuer_id = b.issuer_id AND a.symbol = b.symbol AND a.year = b.year"
                          " AND a.number < b.number AND a.issue_date > b.issue_date")) == 0);
    CHECK(thuky::test::ok(ws->audit().verify()).ok());
}
