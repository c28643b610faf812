// Dialogue planning (C2) and its public view with the statutory clocks (SYSTEM.md §3).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "domain/access/role.h"
#include "domain/dialogue/clocks.h"
#include "domain/dialogue/intake.h"

namespace doithoai {

struct DialogueFields {  // as received; each optional so PATCH can send a subset
  std::optional<int64_t> unit_id;
  std::optional<int64_t> coordinator_agency_id;
  std::optional<int> year;
  std::optional<std::string> title, theme, summary, chair, form, venue;
  std::optional<std::string> held_on, plan_published_on, conclusion_issued_on, intake_closes_on;
  bool clear_plan_published_on = false, clear_conclusion_issued_on = false,
       clear_intake_closes_on = false;
  std::optional<bool> complex, intake_open;
};

Result<Dialogue> CreateDialogue(Context& ctx, const Actor& actor, const DialogueFields& in);
Result<Dialogue> UpdateDialogue(Context& ctx, const Actor& actor, DialogueId id,
                                const DialogueFields& in);

struct MilestoneInput {
  std::string title;
  std::string due_on;
  std::optional<int64_t> agency_id;
};
Result<Milestone> AddMilestone(Context& ctx, const Actor& actor, DialogueId id,
                               const MilestoneInput& in);
// Marks a milestone done on `done_on` (ISO), or not done when nullopt.
Result<Milestone> SetMilestoneDone(Context& ctx, const Actor& actor, DialogueId dialogue,
                                   MilestoneId id, const std::optional<std::string>& done_on);

struct DialogueView {
  Dialogue dialogue;
  Unit unit;
  std::vector<Milestone> milestones;
  std::vector<ClockItem> clocks;
  IntakeState intake = IntakeState::kOpen;  // today (domain/dialogue/intake.h)
  std::map<AgencyId, Agency> agencies;      // every agency the view mentions
  int64_t question_count = 0;
  int64_t published_answer_count = 0;
};

struct DialogueSummaryView {
  Dialogue dialogue;
  Unit unit;
  IntakeState intake = IntakeState::kOpen;  // today
};

// The dialogues `viewer` may see (nullptr: the public): published ones, and for staff those
// of their branch of the tree not yet published (domain/access/dialogue_access.h).
Result<std::vector<DialogueSummaryView>> ListDialogues(Context& ctx, const Actor* viewer);
// Not found when `viewer` may not see it (unpublished, for the public).
Result<DialogueView> GetDialogue(Context& ctx, DialogueId id, const Actor* viewer);

}  // namespace doithoai
