#include "domain/access/dialogue_access.h"

#include <algorithm>

#include "domain/unit/unit.h"

namespace doithoai {

bool IsDialoguePublic(const Dialogue& dialogue, Date today) {
  return dialogue.plan_published_on && *dialogue.plan_published_on <= today;
}

bool CanSeeUnpublishedDialogue(const Actor& actor, std::string_view unit_path) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    return IsWithin(unit_path, g.unit_path) || IsWithin(g.unit_path, unit_path);
  });
}

bool CanSeeDialogue(const Actor* viewer, const Dialogue& dialogue, std::string_view unit_path,
                    Date today) {
  return IsDialoguePublic(dialogue, today) ||
         (viewer && CanSeeUnpublishedDialogue(*viewer, unit_path));
}

}  // namespace doithoai
