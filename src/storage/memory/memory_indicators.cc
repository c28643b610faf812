// Programmes, indicators, rounds, exceptions and values of a MemoryStore: the reference
// behaviour the SQLite adapter is checked against in the storage suite.
#include "storage/memory/memory_indicators.h"

#include <algorithm>

namespace doithoai::storage::memory {
namespace {

class MemoryIndicators final : public IndicatorRepository {
 public:
  explicit MemoryIndicators(Tables tables) : t_(tables) {}

  Result<Programme> InsertProgramme(Programme p) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->units.contains(p.unit)) return Error::Invalid("unit_id", "đơn vị không tồn tại");
    if (p.adopts && !s->indicators.programmes.contains(*p.adopts))
      return Error::Invalid("adopts_id", "chương trình không tồn tại");
    p.id = NextId(s->indicators.programmes);
    s->indicators.programmes[p.id] = p;
    return p;
  }

  std::optional<Programme> FindProgramme(ProgrammeId id) override {
    return Get(tables().programmes, id);
  }

  std::vector<Programme> ListProgrammes() override {
    std::vector<Programme> out;
    for (const auto& [id, p] : tables().programmes) out.push_back(p);
    return out;
  }

  Result<Indicator> InsertIndicator(Indicator ind) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    DT_RETURN_IF_ERROR(CheckIndicator(*s, ind));
    ind.id = NextId(s->indicators.indicators);
    s->indicators.indicators[ind.id] = ind;
    return ind;
  }

  Status UpdateIndicator(const Indicator& ind) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->indicators.indicators.contains(ind.id)) return Error::NotFound("chỉ tiêu");
    DT_RETURN_IF_ERROR(CheckIndicator(*s, ind));
    s->indicators.indicators[ind.id] = ind;
    return Ok();
  }

  std::optional<Indicator> FindIndicator(IndicatorId id) override {
    return Get(tables().indicators, id);
  }

  std::vector<Indicator> ListIndicators(ProgrammeId programme) override {
    std::vector<Indicator> out;
    for (const auto& [id, i] : tables().indicators) {
      if (i.programme == programme) out.push_back(i);
    }
    std::stable_sort(out.begin(), out.end(), [](const Indicator& a, const Indicator& b) {
      return a.position < b.position;
    });
    return out;
  }

  Result<Round> InsertRound(Round r) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->indicators.programmes.contains(r.programme))
      return Error::Invalid("programme_id", "chương trình không tồn tại");
    for (const auto& [id, other] : s->indicators.rounds) {
      if (other.programme == r.programme && other.period_year == r.period_year)
        return Duplicate("period_year", "kỳ báo cáo đã tồn tại");
    }
    std::sort(r.units.begin(), r.units.end());
    r.units.erase(std::unique(r.units.begin(), r.units.end()), r.units.end());
    for (UnitId u : r.units) {
      if (!s->units.contains(u))
        return Error::Invalid("unit_ids", "đơn vị báo cáo: bản ghi được tham chiếu không tồn tại");
    }
    r.id = NextId(s->indicators.rounds);
    s->indicators.rounds[r.id] = r;
    return r;
  }

  Status UpdateRound(const Round& r) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->indicators.rounds.find(r.id);
    if (it == s->indicators.rounds.end()) return Error::NotFound("kỳ báo cáo");
    it->second.reopened_until = r.reopened_until;
    return Ok();
  }

  std::optional<Round> FindRound(RoundId id) override { return Get(tables().rounds, id); }

  std::vector<Round> ListRounds(ProgrammeId programme) override {
    std::vector<Round> out;
    for (const auto& [id, r] : tables().rounds) {
      if (r.programme == programme) out.push_back(r);
    }
    std::sort(out.begin(), out.end(), [](const Round& a, const Round& b) {
      return std::tie(b.period_year, b.id) < std::tie(a.period_year, a.id);
    });
    return out;
  }

  Status SaveException(const RoundException& e) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->indicators.rounds.contains(e.round) || !s->units.contains(e.unit))
      return Error::Invalid("unit_id",
                            "ngoại lệ báo cáo muộn: bản ghi được tham chiếu không tồn tại");
    s->indicators.exceptions[{e.round, e.unit}] = e;
    return Ok();
  }

  std::vector<RoundException> Exceptions(RoundId round) override {
    std::vector<RoundException> out;
    for (const auto& [key, e] : tables().exceptions) {
      if (key.first == round) out.push_back(e);
    }
    return out;
  }

  Status SaveValue(const IndicatorValue& v) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->indicators.rounds.contains(v.round) ||
        !s->indicators.indicators.contains(v.indicator) || !s->units.contains(v.unit)) {
      return Error::Invalid("values", "số liệu chỉ tiêu: bản ghi được tham chiếu không tồn tại");
    }
    s->indicators.values[{v.round, v.indicator, v.unit}] = v;
    return Ok();
  }

  std::vector<IndicatorValue> Values(RoundId round) override {
    std::vector<IndicatorValue> out;
    for (const auto& [key, v] : tables().values) {
      if (std::get<0>(key) == round) out.push_back(v);
    }
    return out;
  }

  std::vector<IndicatorValue> ValuesOf(RoundId round, IndicatorId indicator) override {
    std::vector<IndicatorValue> out;
    for (const auto& [key, v] : tables().values) {
      if (std::get<0>(key) == round && std::get<1>(key) == indicator) out.push_back(v);
    }
    return out;
  }

  std::vector<EnteredReport> Entered(RoundId round) override {
    std::vector<EnteredReport> out;
    for (const auto& v : Values(round)) out.push_back({v.unit, v.indicator, v.entered_on});
    return out;
  }

  std::vector<RoundFigure> Figures(RoundId round) override {
    std::vector<RoundFigure> out;
    for (const auto& v : Values(round))
      out.push_back({v.indicator, {v.unit, v.numerator, v.denominator.value_or(0)}});
    return out;
  }

  Status LinkTask(IndicatorId indicator, TaskId task) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->indicators.indicators.contains(indicator))
      return Error::Invalid("task_id", "liên kết nhiệm vụ: bản ghi được tham chiếu không tồn tại");
    s->indicators.task_links.insert({indicator, task});
    return Ok();
  }

  Status UnlinkTask(IndicatorId indicator, TaskId task) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (s->indicators.task_links.erase({indicator, task}) == 0)
      return Error::NotFound("liên kết nhiệm vụ");
    return Ok();
  }

  std::vector<TaskId> LinkedTasks(IndicatorId indicator) override {
    std::vector<TaskId> out;
    for (const auto& [i, task] : tables().task_links) {
      if (i == indicator) out.push_back(task);
    }
    return out;
  }

  std::vector<Unit> UnitsWithin(std::string_view path) override {
    std::vector<Unit> out;
    for (const auto& [id, u] : t_.read().units) {
      if (IsWithin(u.path, path)) out.push_back(u);
    }
    std::sort(out.begin(), out.end(), [](const Unit& a, const Unit& b) { return a.path < b.path; });
    return out;
  }

 private:
  const IndicatorTables& tables() const { return t_.read().indicators; }

  template <class K, class V>
  static std::optional<V> Get(const std::map<K, V>& m, K id) {
    auto it = m.find(id);
    if (it == m.end()) return std::nullopt;
    return it->second;
  }

  static Status CheckIndicator(const State& s, const Indicator& ind) {
    if (!s.indicators.programmes.contains(ind.programme))
      return Error::Invalid("programme_id", "chương trình không tồn tại");
    if (ind.responsible && !s.agencies.contains(*ind.responsible))
      return Error::Invalid("code", "bản ghi: bản ghi được tham chiếu không tồn tại");
    for (const auto& [id, other] : s.indicators.indicators) {
      if (id != ind.id && other.programme == ind.programme && other.code == ind.code)
        return Duplicate("code", "bản ghi đã tồn tại");
    }
    return Ok();
  }

  Tables t_;
};

}  // namespace

std::unique_ptr<IndicatorRepository> NewIndicatorRepository(Tables tables) {
  return std::make_unique<MemoryIndicators>(tables);
}

}  // namespace doithoai::storage::memory
