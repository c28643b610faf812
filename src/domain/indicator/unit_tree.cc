#include "domain/indicator/unit_tree.h"

#include <cstdint>

namespace doithoai {

Result<UnitTree> UnitTree::Build(std::vector<TreeUnit> units) {
  UnitTree t;
  t.units_ = std::move(units);
  size_t n = t.units_.size();
  t.index_.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    if (!t.index_.emplace(t.units_[i].id, i).second) {
      return Error::Invalid("units", "đơn vị #" + std::to_string(t.units_[i].id.value) + " bị lặp");
    }
  }
  t.parent_.assign(n, SIZE_MAX);
  std::vector<int> pending(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (!t.units_[i].parent) continue;
    auto it = t.index_.find(*t.units_[i].parent);
    if (it == t.index_.end()) continue;
    t.parent_[i] = it->second;
    pending[it->second]++;
  }
  // Kahn's algorithm from the leaves: a unit is emitted once all its children were.
  t.bottom_up_.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    if (pending[i] == 0) t.bottom_up_.push_back(i);
  }
  for (size_t k = 0; k < t.bottom_up_.size(); ++k) {
    size_t p = t.parent_[t.bottom_up_[k]];
    if (p != SIZE_MAX && --pending[p] == 0) t.bottom_up_.push_back(p);
  }
  if (t.bottom_up_.size() != n) return Error::Invalid("units", "cây đơn vị có vòng lặp");
  return t;
}

std::optional<size_t> UnitTree::IndexOf(UnitId id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

}  // namespace doithoai
