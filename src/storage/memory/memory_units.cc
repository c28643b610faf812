// Units and agencies of a MemoryStore.
#include <algorithm>

#include "storage/memory/memory_repositories.h"

namespace doithoai::storage::memory {
namespace {

class MemoryUnits final : public UnitRepository {
 public:
  explicit MemoryUnits(Tables tables) : t_(tables) {}

  Result<Unit> Insert(Unit unit) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (FindByCode(unit.code)) return Duplicate("code", "Mã đơn vị đã tồn tại");
    std::string parent_path;
    if (unit.parent) {
      auto parent = s->units.find(*unit.parent);
      if (parent == s->units.end()) {
        return Error::Invalid("parent_id", "đơn vị cấp trên không tồn tại");
      }
      parent_path = parent->second.path;
    }
    unit.id = NextId(s->units);
    unit.path = ChildPath(parent_path, unit.id);
    s->units.emplace(unit.id, unit);
    return unit;
  }

  std::optional<Unit> Find(UnitId id) override {
    auto it = t_.read().units.find(id);
    if (it == t_.read().units.end()) return std::nullopt;
    return it->second;
  }

  std::optional<Unit> FindByCode(std::string_view code) override {
    for (const auto& [id, unit] : t_.read().units) {
      if (unit.code == code) return unit;
    }
    return std::nullopt;
  }

  std::vector<Unit> Children(std::optional<UnitId> parent) override {
    std::vector<Unit> out;
    for (const auto& [id, unit] : t_.read().units) {
      if (unit.parent == parent) out.push_back(unit);
    }
    // The map yields ids in order and stable_sort keeps it: ties on name go by id.
    std::stable_sort(out.begin(), out.end(),
                     [](const Unit& a, const Unit& b) { return a.name < b.name; });
    return out;
  }

  int64_t Count() override { return static_cast<int64_t>(t_.read().units.size()); }

 private:
  Tables t_;
};

class MemoryAgencies final : public AgencyRepository {
 public:
  explicit MemoryAgencies(Tables tables) : t_(tables) {}

  Result<Agency> Insert(Agency agency) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (FindByCode(agency.unit, agency.code)) return CodeTaken();
    agency.id = NextId(s->agencies);
    s->agencies.emplace(agency.id, agency);
    return agency;
  }

  Status Update(const Agency& agency) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->agencies.find(agency.id);
    if (it == s->agencies.end()) return Error::NotFound("cơ quan");
    auto same_code = FindByCode(agency.unit, agency.code);
    if (same_code && same_code->id != agency.id) return CodeTaken();
    it->second = agency;
    return Ok();
  }

  std::optional<Agency> Find(AgencyId id) override {
    auto it = t_.read().agencies.find(id);
    if (it == t_.read().agencies.end()) return std::nullopt;
    return it->second;
  }

  std::optional<Agency> FindByCode(UnitId unit, std::string_view code) override {
    for (const auto& [id, agency] : t_.read().agencies) {
      if (agency.unit == unit && agency.code == code) return agency;
    }
    return std::nullopt;
  }

  std::vector<Agency> ListByUnit(UnitId unit) override {
    std::vector<Agency> out;
    for (const auto& [id, agency] : t_.read().agencies) {
      if (agency.unit == unit) out.push_back(agency);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Agency& a, const Agency& b) { return a.name < b.name; });
    return out;
  }

 private:
  static Error CodeTaken() { return Duplicate("code", "Mã cơ quan đã có trong đơn vị này"); }

  Tables t_;
};

}  // namespace

std::unique_ptr<UnitRepository> NewUnitRepository(Tables tables) {
  return std::make_unique<MemoryUnits>(tables);
}

std::unique_ptr<AgencyRepository> NewAgencyRepository(Tables tables) {
  return std::make_unique<MemoryAgencies>(tables);
}

}  // namespace doithoai::storage::memory
