#include "domain/issue/issue_support.h"

namespace doithoai {

bool IssueTakesSupport(bool dialogue_public, const std::optional<Answer>& answer) {
  return dialogue_public || (answer && answer->IsPublished());
}

}  // namespace doithoai
