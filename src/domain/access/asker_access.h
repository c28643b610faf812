// Who sees who asked (SYSTEM.md §1: "Nobody sees a youth's identity except those handling that
// youth's question"; issue 10: "only the people who need to contact the asker should see the
// contact, and seeing it must be logged. A role grant at nation level should not by itself
// mean handling every city's youths").
//
// A dialogue's questions are read without who asked by the coordinators, leaders and Youth
// Union officers of its host unit and of every unit above it (CanHandleQuestions), and an
// issue's questions by the agencies it is routed to (CanViewIssue). Who asked — the asker's
// name and age — is seen only by those who work with that dialogue's youths: a coordinator or
// a Youth Union officer whose grant is on the host unit itself. A grant above it (the national
// coordinator, the city's over a ward's dialogue) supervises without identities; leaders and
// agencies answer the question, not the youth. The same people may reveal an asker's contact,
// one question at a time, and every reveal is written to the audit log. Everyone else sees the
// asker's age band at most (domain/question/age_band.h).
#pragma once

#include <string_view>

#include "domain/access/role.h"

namespace doithoai {

// See the asker's name and age, and reveal their contact (logged), for the questions of a
// dialogue hosted at `host_unit_path`.
bool CanSeeAskers(const Actor& actor, std::string_view host_unit_path);

// The roles CanSeeAskers can ever admit: the role gate of the contact route (http/router.h).
inline constexpr Roles kSeeAskersRoles = Role::kCoordinator | Role::kYouthUnion;

}  // namespace doithoai
