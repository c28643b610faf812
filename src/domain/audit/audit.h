// An audit record: who changed what, when, with the record before and after (SYSTEM.md §5),
// and the unit it concerns, so that a reader sees only the entries of their part of the tree
// (issue 10: "scope the audit log to the reader's subtree and role"; domain/access/
// audit_access.h decides who reads what).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/ids.h"

namespace doithoai {

// The kind of work an entry records; each is read by the roles that do that work.
enum class AuditArea {
  kAdministration,  // units, agencies, users and their roles
  kPlanning,        // dialogues, their milestones, a unit's routing table
  kHandling,        // questions, issues, answers, documents, tasks, indicators: everything else
};
const char* AuditAreaName(AuditArea area);  // "administration", "planning", "handling"
std::optional<AuditArea> ParseAuditArea(std::string_view name);

// The area of an action ("user.updated" → administration). Actions not named by the table
// are handling: a new kind of entry is read by coordinators until someone decides otherwise.
AuditArea AreaOfAction(std::string_view action);

struct AuditEntry {
  int64_t id = 0;
  Instant at;
  std::optional<UserId> user;  // empty for anonymous public submissions and the system
  std::string action;          // past tense: "question.submitted", "answer.approved"
  std::string entity;          // "question", "issue", "answer", "user", ...
  int64_t entity_id = 0;
  std::string before_json;  // "" when created; youth identities are never written here
  std::string after_json;   // "" when deleted
  // The unit the entry concerns (a question's: its dialogue's host; a task's: its unit).
  // Empty when it concerns no one unit (a reference list loaded, an account without roles):
  // such entries are read at national level only.
  std::optional<UnitId> unit;
  AuditArea area = AuditArea::kHandling;
};

// What one reader may list: entries of `areas` about a unit inside the subtree at
// `unit_path`, and — for a reader at the root of the tree — entries about no unit.
struct AuditScope {
  std::string unit_path;  // "/1/14/": the subtree
  std::vector<AuditArea> areas;
  bool with_unitless = false;
};

}  // namespace doithoai
