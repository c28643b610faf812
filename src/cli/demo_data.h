// The demo: Hải Phòng city's 2025 dialogue between the People's Committee chair and youth,
// on "Thanh niên thành phố tiên phong thực hiện chuyển đổi xanh, chuyển đổi số", with its
// agencies, staff accounts, plan milestones, and questions at every stage of the chain
// (new, grouped, routed, answered, approved, returned, late). Built through the use cases,
// with the clock set to the dates of the 2025 cycle, so the demo obeys every rule.
#pragma once

#include <string>

#include "app/context.h"
#include "core/ids.h"

namespace doithoai::cli {

inline constexpr char kDemoPassword[] = "doithoai-demo";

struct DemoSummary {
  int units = 0;
  int agencies = 0;
  int users = 0;
  int questions = 0;
  int issues = 0;
  DialogueId dialogue;       // the 2025 dialogue, concluded
  DialogueId open_dialogue;  // takes questions today (demo_open_dialogue.h)
  DocumentId conclusion;     // the issued conclusion notice
};

// REQUIRES: an empty database (no users). `units_dir` holds the unit lists.
Result<DemoSummary> LoadDemoData(Store& store, const std::string& units_dir);

}  // namespace doithoai::cli
