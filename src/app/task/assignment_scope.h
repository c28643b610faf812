// The tree scope rule of domain/access/tree_scope.h applied to what a request names: each
// agency and parent task is looked up once and refused, as a field error under the caller's
// name for it, when it does not exist or lies outside the assigning unit's scope. The one way
// the document and task use cases check whom they assign, before they write anything.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "app/ports.h"

namespace doithoai {

class AssignmentScope {
 public:
  // `assigning`: the unit in whose name tasks are assigned (tree_scope.h). Refusals are added
  // to `errors`, which must outlive this object.
  AssignmentScope(Tx& tx, const Unit& assigning, FieldErrors& errors);

  // The agency named at `field` ("items[2].lead_agency_id") when it exists, is active and
  // belongs to the assigning unit or a unit below it; else null, with an error on `field`.
  const Agency* Assignee(AgencyId id, const std::string& field);

  // The task named at `field` as the one an assignment carries out, when it exists, is a task
  // of the assigning unit or of a unit above it, and is a task of `implemented`, the document
  // the assignment's own document implements (none: no parent may be named); else nullopt,
  // with an error on `field`.
  std::optional<Task> Parent(TaskId id, std::optional<DocumentId> implemented,
                             const std::string& field);

  // The agencies accepted so far, by id.
  const std::map<AgencyId, Agency>& agencies() const { return agencies_; }

 private:
  Tx& tx_;
  const Unit& assigning_;
  FieldErrors& errors_;
  std::map<AgencyId, Agency> agencies_;
};

}  // namespace doithoai
