#pragma once
// The Standing Committee's meetings of the demo data (private to the demo).

#include "demo_random.h"

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QDate>

namespace thuky::services {

class Workspace;

namespace demo {

/// How many meetings, contents and events a scale makes, over how many years.
struct MeetingScale
{
    int years = 1;
    int meetings = 16;
    int contents = 200;
    int events = 24;
};

struct MeetingCounts
{
    int meetings = 0;
    int contents = 0;
    int documents = 0;
    int events = 0;
};

/// Adds the meetings of the `scale.years` years up to `today`'s (and the rest of that year),
/// their contents, documents and invitees, and other events: through the repository with
/// an audit entry per record, inside the caller's transaction. Adds the terms they need.
Result<MeetingCounts> addDemoMeetings(Workspace &ws, const domain::Actor &actor,
                                      const MeetingScale &scale, const QDate &today,
                                      DemoRandom &rng);

} // namespace demo
} // namespace thuky::services
