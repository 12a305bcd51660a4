#pragma once
// The conclusion notices of the demo data (private to the demo).

#include "demo_random.h"

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QDate>

namespace thuky::services {

class Workspace;

namespace demo {

struct NoticeCounts
{
    int notices = 0;
    int issued = 0;
};

/// Adds `count` notices: one Standing Committee notice on each content held before
/// `today` (as far as the count goes), the rest conclusions of the leaders' working
/// meetings, in every state; those issued long enough ago are numbered from 01 each year
/// per issuer and symbol, in the order of their issue dates. Written through the
/// repository with one audit entry per notice and per number, inside the caller's
/// transaction (its statements are prepared once and reused: bulk inserts).
Result<NoticeCounts> addDemoNotices(Workspace &ws, const domain::Actor &actor, int count,
                                    const QDate &today, DemoRandom &rng);

} // namespace demo
} // namespace thuky::services
