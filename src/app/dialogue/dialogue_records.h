// Everything a dialogue's official documents are drafted from (C7, C8): the plan, its issues
// with their routing and answers, and the questions' texts — never the askers' identities.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/issue/issues.h"
#include "domain/access/role.h"
#include "domain/live/live_entry.h"
#include "domain/live/programme.h"
#include "domain/task/task.h"

namespace doithoai {

struct IssueRecord {
  Issue issue;
  std::optional<Answer> answer;
  std::vector<std::string> question_texts;
  int64_t represents = 0;  // how many youths the grouped questions speak for
};

struct DialogueRecords {
  Dialogue dialogue;
  Unit unit;
  std::optional<Agency> coordinator;
  std::vector<Milestone> milestones;
  std::vector<IssueRecord> issues;
  std::map<AgencyId, Agency> agencies;
  int64_t questions_received = 0;
  // Unfinished tasks of the unit's previous dialogue: they carry over into this one's
  // conclusion (C7), each continued by a new task.
  std::vector<Task> carried_over;
  // What the secretariat recorded on the dialogue day (issue 15), by seq: the minutes, and
  // sections b) and c) of the notice for questions raised at the event.
  std::vector<LiveEntry> live;
  std::vector<AgendaItem> agenda;   // the programme of the day
  std::vector<Delegate> delegates;  // invited delegates and guests, with who checked in
};

// For staff who handle the dialogue's questions or decide its answers.
Result<DialogueRecords> CollectDialogueRecords(Context& ctx, const Actor& actor,
                                               DialogueId dialogue);

// The unit's latest dialogue before `d` (an earlier year), if any.
std::optional<Dialogue> PreviousDialogue(Tx& tx, const Dialogue& d);

// The unfinished tasks of a dialogue's conclusion: those it assigned (and relayed letters'
// tasks filed under it), without the sub-tasks split from them, which go with their parent.
std::vector<Task> OpenConclusionTasks(Tx& tx, DialogueId dialogue, Date today);

}  // namespace doithoai
