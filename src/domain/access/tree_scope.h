// Tree scope for tasks and documents (SYSTEM.md §1: "a user acts within their own agency and
// unit"; issue 10). Every route that records a document or assigns a task acts in the name of
// one unit — the assigning unit: the unit whose register a document is recorded in, the unit
// that relays a document with its letter, the dialogue's host issuing its conclusion, the unit
// of a task being split. Who may act in the name of a unit is each route's permission
// (permissions.h: CanRecordDocument, CanIssueDocument, CanManageTasks…); what they may then
// assign is this one rule, the same on every route:
//
//  - a lead or coordinating agency belongs to the assigning unit or a unit below it (a ward
//    never assigns a city department, a city never another province's);
//  - a parent task — the task an assignment carries out — is a task of the assigning unit or
//    of a unit above it, one that came down to it (never a sibling's or a lower unit's), and a
//    task of the document being implemented (the relayed one; app/task/assignment_scope.h
//    checks that link); the document implemented likewise is kept at that unit or above it.
//
// A document from above that a unit receives is recorded in the receiving unit's register (its
// unit is the receiver), never in the issuer's: only the issuing level itself records there.
#pragma once

#include <span>
#include <string_view>

#include "core/ids.h"
#include "domain/access/role.h"

namespace doithoai {

// An agency of the unit at `agency_unit_path` may lead or coordinate a task assigned in the
// name of the unit at `assigning_unit_path`.
bool MayAssignTo(std::string_view assigning_unit_path, std::string_view agency_unit_path);

// An assignment in the name of the unit at `assigning_unit_path` may carry out a task (or relay
// a document) of the unit at `upper_unit_path`.
bool MayCarryOut(std::string_view assigning_unit_path, std::string_view upper_unit_path);

// Read a document kept at `unit_path` whose tasks are led or coordinated by `task_agencies`:
// staff whose scope contains that unit or lies inside it (documents concern the levels above
// and below the one that keeps them); an agency officer reads what is kept at their unit's own
// level or above (so a ward's task leads up to the Prime Minister's notice) and, anywhere,
// the documents that give their agency a task. The one rule for reading a document: opening
// it, listing it, and finding it in staff search.
bool CanReadDocument(const Actor& actor, std::string_view unit_path,
                     std::span<const AgencyId> task_agencies);

}  // namespace doithoai
