#include "app/task/assignment_scope.h"

#include "domain/access/tree_scope.h"

namespace doithoai {

AssignmentScope::AssignmentScope(Tx& tx, const Unit& assigning, FieldErrors& errors)
    : tx_(tx), assigning_(assigning), errors_(errors) {}

const Agency* AssignmentScope::Assignee(AgencyId id, const std::string& field) {
  if (auto it = agencies_.find(id); it != agencies_.end()) return &it->second;
  auto a = tx_.agencies().Find(id);
  auto unit = a ? tx_.units().Find(a->unit) : std::nullopt;
  if (!a || !unit) {
    errors_.Add(field, "cơ quan không tồn tại");
    return nullptr;
  }
  if (!MayAssignTo(assigning_.path, unit->path)) {
    errors_.Add(field, "ngoài phạm vi: phải là cơ quan của " + assigning_.name + " hoặc cấp dưới");
    return nullptr;
  }
  if (!a->active) {
    errors_.Add(field, "cơ quan đã ngừng hoạt động");
    return nullptr;
  }
  return &agencies_.emplace(id, *a).first->second;
}

std::optional<Task> AssignmentScope::Parent(TaskId id, std::optional<DocumentId> implemented,
                                            const std::string& field) {
  auto t = tx_.tasks().Find(id);
  if (!t) {
    errors_.Add(field, "nhiệm vụ không tồn tại");
    return std::nullopt;
  }
  if (!MayCarryOut(assigning_.path, t->unit_path)) {
    errors_.Add(field, "ngoài phạm vi: phải là nhiệm vụ của " + assigning_.name +
                           " hoặc do cấp trên giao xuống");
    return std::nullopt;
  }
  if (!implemented) {
    errors_.Add(field, "chỉ giao tiếp nhiệm vụ của văn bản được triển khai: chọn văn bản đó trước");
    return std::nullopt;
  }
  if (t->document != *implemented) {
    errors_.Add(field, "phải là nhiệm vụ của văn bản được triển khai");
    return std::nullopt;
  }
  return t;
}

}  // namespace doithoai
