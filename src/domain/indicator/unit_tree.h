// The administrative tree as the indicator views need it: flat arrays indexed by position,
// with children ordered before their parents, so that a roll-up is one pass over an array
// (no recursion, no hashing in the loop). Built once per view and shared by every
// indicator's roll-up and by the completeness view.
#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "domain/unit/unit.h"

namespace doithoai {

struct TreeUnit {
  UnitId id;
  std::optional<UnitId> parent;  // outside the tree (or none): this unit is a root of it
  UnitLevel level = UnitLevel::kCommune;
};

class UnitTree {
 public:
  // Fails (kInvalid, field "units") on a duplicate id or a cycle. A parent that is not among
  // `units` makes its child a root, so a subtree can be passed on its own.
  static Result<UnitTree> Build(std::vector<TreeUnit> units);

  size_t size() const { return units_.size(); }
  const TreeUnit& unit(size_t i) const { return units_[i]; }
  // Position of `id`, or nullopt when it is not in the tree.
  std::optional<size_t> IndexOf(UnitId id) const;
  // Parent position, or SIZE_MAX for a root.
  size_t parent_index(size_t i) const { return parent_[i]; }
  // Positions with every child before its parent (leaves first).
  const std::vector<size_t>& bottom_up() const { return bottom_up_; }

 private:
  std::vector<TreeUnit> units_;
  std::vector<size_t> parent_;
  std::vector<size_t> bottom_up_;
  std::unordered_map<UnitId, size_t> index_;
};

}  // namespace doithoai
