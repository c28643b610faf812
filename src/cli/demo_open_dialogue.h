// The demo's dialogue that takes questions now (issue 13: intake closes on the plan's date and
// never after the conclusion): a thematic dialogue of the city, its plan published ten days
// or more before the demo is loaded, questions taken for twenty more days, held within the
// year. Its dates follow the day the demo is loaded, so the demo never goes stale.
#pragma once

#include "app/ports.h"
#include "core/date.h"
#include "core/ids.h"

namespace doithoai::cli {

// REQUIRES: the rest of the demo is loaded (the city, Sở Nội vụ, the coordinator).
// `today` is the day the demo is loaded (the Vietnam date).
Result<DialogueId> LoadDemoOpenDialogue(Store& store, Date today);

}  // namespace doithoai::cli
