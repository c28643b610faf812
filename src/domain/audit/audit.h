// An audit record: who changed what, when, with the record before and after (SYSTEM.md §5).
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/ids.h"

namespace doithoai {

struct AuditEntry {
  int64_t id = 0;
  Instant at;
  std::optional<UserId> user;  // empty for anonymous public submissions and the system
  std::string action;          // past tense: "question.submitted", "answer.approved"
  std::string entity;          // "question", "issue", "answer", "user", ...
  int64_t entity_id = 0;
  std::string before_json;  // "" when created; youth identities are never written here
  std::string after_json;   // "" when deleted
};

}  // namespace doithoai
