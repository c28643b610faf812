// Who reads which audit entries (issue 10: "the audit log is readable in full by any
// coordinator or administrator of any unit … scope it to the reader's subtree and role").
//
// An entry is read by the roles that do its kind of work (domain/audit/audit.h), within the
// subtree of the grant that gives them the role:
//  - an administrator reads administration (units, agencies, users and roles) and planning
//    (dialogues, milestones, routing tables: administrators plan dialogues too);
//  - a coordinator reads planning and handling (questions, issues, answers with their drafts
//    and returns, documents, tasks, indicators).
// A coordinator who reads a handling entry of a dialogue may read that dialogue's questions
// (CanHandleQuestions holds in the same subtree), so the question texts in snapshots reach no
// one who could not read them anyway; askers' names and contacts are never in snapshots.
// Leaders, Youth Union and agency officers read no audit entries. An entry about no unit (a
// reference list loaded, an account without roles) is read at national level only.
#pragma once

#include <string_view>
#include <vector>

#include "domain/access/role.h"
#include "domain/audit/audit.h"

namespace doithoai {

// Read an entry of `area` about the unit at `unit_path` ("" for an entry about no unit).
bool CanReadAudit(const Actor& actor, AuditArea area, std::string_view unit_path);

// The scopes to list the log with, one per grant that reads any of it: the same rule as
// CanReadAudit, in the shape a query takes. Empty: the actor reads nothing.
std::vector<AuditScope> AuditScopes(const Actor& actor);

}  // namespace doithoai
