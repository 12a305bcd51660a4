#pragma once
// The National Assembly sessions of the demo data and their agendas (private to the demo).

#include "demo_random.h"

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QDate>

namespace thuky::services {

class Workspace;

namespace demo {

/// How many years of sessions a scale makes, and how many versions each agenda goes
/// through before its adoption (an amendment after it too, for sessions already held).
struct SessionScale
{
    int years = 1;
    int drafts = 3;           ///< dự kiến lần 1..N before the adoption
    int extraordinaryEvery = 0; ///< an extraordinary session every N years (0: in the last year only)
};

struct SessionCounts
{
    int sessions = 0;
    int versions = 0;
    int items = 0;       ///< of the newest versions (what the sessions' agendas hold)
    int itemRows = 0;    ///< of every version
    int matters = 0;
};

/// Adds two regular sessions a year (opening around 20 May and 20 October, on a working
/// day) over `scale.years` years up to `today`'s year, an occasional extraordinary one, the
/// matters they deal with and agendas of 100–200 items through several versions: through
/// the repository with an audit entry per record, inside the caller's transaction. Needs
/// the terms of those years (the meetings' demo adds them).
Result<SessionCounts> addDemoSessions(Workspace &ws, const domain::Actor &actor,
                                      const SessionScale &scale, const QDate &today,
                                      DemoRandom &rng);

} // namespace demo
} // namespace thuky::services
