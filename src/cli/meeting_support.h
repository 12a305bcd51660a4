#pragma once
// What the meetings commands share (commands_meetings.cpp, commands_meeting_exchange.cpp).

#include "context.h"

#include "thuky/core/result.h"
#include "thuky/domain/meeting.h"

namespace thuky::services {
class Workspace;
}

namespace thuky::cli {

/// MEETING: "40" (the current term's meeting 40) or "15/40" (term XV, meeting 40).
Result<domain::Meeting> resolveMeeting(const Context &ctx, services::Workspace &ws,
                                       const QString &text);

} // namespace thuky::cli
