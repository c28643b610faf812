// Who sees a dialogue (issue 10). Youth Law Art. 10(2): the plan is published before the
// dialogue; until that day the dialogue is its planners' draft — not listed publicly, its page
// not found, no questions taken. Staff of the host unit's branch of the tree see it all along.
#pragma once

#include <string_view>

#include "core/date.h"
#include "domain/access/role.h"
#include "domain/dialogue/dialogue.h"

namespace doithoai {

// The plan has been published (plan_published_on is today or earlier).
bool IsDialoguePublic(const Dialogue& dialogue, Date today);

// A staff member with a grant in the host unit at `unit_path`, above it or inside it.
bool CanSeeUnpublishedDialogue(const Actor& actor, std::string_view unit_path);

// Public, or `viewer` (nullptr: anonymous) may see it unpublished.
bool CanSeeDialogue(const Actor* viewer, const Dialogue& dialogue, std::string_view unit_path,
                    Date today);

}  // namespace doithoai
