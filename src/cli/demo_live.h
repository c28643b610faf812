// The dialogue day of the demo's 2025 city dialogue (issue 15); see demo_live.cc.
#pragma once

#include "app/context.h"
#include "core/clock.h"

namespace doithoai::cli {

// Records what the secretariat entered on 26/03/2025 (questions from the floor and online,
// who answered, the outcomes) and leaves the last on the screen. REQUIRES: before the
// conclusion is issued. Nothing here is forwarded to an agency, so the notice's tasks are
// those of the routed issues alone.
Status LoadDemoLive(Context& ctx, FixedClock& clock, const Actor& coordinator,
                    const Actor& youth_union, DialogueId dialogue, IssueId loans);

}  // namespace doithoai::cli
