// A dialogue (chương trình đối thoại) between a unit's leader and its youth, and the dated
// steps of its plan (SYSTEM.md C2).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/ids.h"

namespace doithoai {

enum class DialogueForm { kDirect, kOnline, kHybrid };  // ND13 Art. 6; hybrid in practice
const char* DialogueFormName(DialogueForm form);
std::optional<DialogueForm> ParseDialogueForm(std::string_view name);

struct Dialogue {
  DialogueId id;
  UnitId unit;                                 // host unit
  std::optional<AgencyId> coordinator_agency;  // e.g. Sở Nội vụ, owner of the plan
  int year = 0;
  std::string title;  // "Đối thoại giữa Chủ tịch UBND thành phố với thanh niên năm 2025"
  std::string theme;    // "Thanh niên thành phố tiên phong …"
  std::string summary;  // plan summary shown publicly (multi-line)
  std::string chair;    // who chairs: "Chủ tịch UBND thành phố"
  DialogueForm form = DialogueForm::kDirect;
  std::string venue;
  Date held_on;                              // the day of the dialogue
  std::optional<Date> plan_published_on;     // Youth Law Art. 10(2) clock
  std::optional<Date> conclusion_issued_on;  // Youth Law Art. 10(3) clock
  bool complex = false;     // multi-sector: the conclusion may take 15 days, not 10
  bool intake_open = true;  // whether the public form accepts questions
  // The last day the plan takes questions (inclusive); none: until the conclusion
  // (domain/dialogue/intake.h).
  std::optional<Date> intake_closes_on;
};

struct Milestone {
  MilestoneId id;
  DialogueId dialogue;
  std::string title;  // "Thành đoàn gửi tổng hợp câu hỏi về Sở Nội vụ"
  Date due_on;
  std::optional<AgencyId> agency;  // responsible agency, if any
  std::optional<Date> done_on;
};

struct DialogueInput {  // what a planner submits; validated by ValidateDialogue
  UnitId unit;
  std::optional<AgencyId> coordinator_agency;
  int year = 0;
  std::string title, theme, summary, chair, venue;
  std::string form = "direct";
  std::string held_on;  // ISO date as received
  std::optional<std::string> plan_published_on;
  bool complex = false;
  bool intake_open = true;
};

}  // namespace doithoai
