// Before and at the door of the dialogue day (issue 15): the programme and the delegates.
// Written by the secretariat (CanKeepLiveRecord) until the conclusion is issued; read by those
// who follow the dialogue's questions (CanHandleQuestions) too.
#pragma once

#include <vector>

#include "app/context.h"
#include "app/live/live_repository.h"

namespace doithoai {

Result<std::vector<AgendaItem>> SetProgramme(Context& ctx, const Actor& actor, DialogueId dialogue,
                                             const std::vector<AgendaItem>& items);

Result<Delegate> InviteDelegate(Context& ctx, const Actor& actor, DialogueId dialogue,
                                const DelegateInput& input);

// Marks the delegate present (at now) or not present.
Result<Delegate> CheckInDelegate(Context& ctx, const Actor& actor, DialogueId dialogue,
                                 int64_t delegate, bool present);

struct DayProgramme {
  std::vector<AgendaItem> agenda;
  std::vector<Delegate> delegates;
  int64_t present = 0;  // delegates and guests checked in
  bool can_edit = false;
};
Result<DayProgramme> ReadProgramme(Context& ctx, const Actor& actor, DialogueId dialogue);

}  // namespace doithoai
