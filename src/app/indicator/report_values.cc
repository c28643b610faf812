// Entering a round's values, from the form or an XLSX upload. Every value is checked before
// any is stored (issue 4: "bad uploads get a per-cell error report and change nothing"):
// the indicator belongs to the round's programme and is reported at the unit's level, the
// actor may enter that indicator's value for the unit (the responsible body's own, issue 13),
// the indicator is not read from a higher programme, the round accepts entries from it today
// (after the due date: marked late), and the value passes the domain rules against last
// year's value of the same unit.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "app/audit_trail.h"
#include "app/indicator/indicator_json.h"
#include "app/indicator/indicator_loading.h"
#include "domain/access/indicator_value_access.h"
#include "domain/indicator/indicator_access.h"

namespace doithoai {
namespace {

void FillFieldNames(std::vector<ValueInput>& values) {
  for (size_t i = 0; i < values.size(); ++i) {
    auto& f = values[i].fields;
    std::string pre = "values[" + std::to_string(i) + "].";
    if (f.indicator.empty()) f.indicator = pre + "indicator_id";
    if (f.unit.empty()) f.unit = pre + "unit_id";
    if (f.numerator.empty()) f.numerator = pre + "numerator";
    if (f.denominator.empty()) f.denominator = pre + "denominator";
    if (f.comment.empty()) f.comment = pre + "comment";
  }
}

using Key = std::pair<int64_t, int64_t>;  // (indicator, unit)
struct KeyHash {
  size_t operator()(const Key& k) const {
    return std::hash<int64_t>()(k.first * 1000003 ^ k.second);
  }
};

// Last year's measured values of the programme, by (indicator, unit).
std::unordered_map<Key, double, KeyHash> LastYear(
    Tx& tx, const Round& r, const std::unordered_map<int64_t, Indicator>& inds) {
  std::unordered_map<Key, double, KeyHash> out;
  for (const auto& prev : tx.indicators().ListRounds(r.programme)) {
    if (prev.period_year != r.period_year - 1) continue;
    for (const auto& v : tx.indicators().Values(prev.id)) {
      auto it = inds.find(v.indicator.value);
      if (it == inds.end()) continue;
      if (auto m = MeasuredValue(it->second, v.numerator, v.denominator))
        out[{v.indicator.value, v.unit.value}] = *m;
    }
  }
  return out;
}

// An upload row names its unit cell once per indicator: say each (field, reason) once.
Error WithoutRepeats(const std::vector<FieldError>& fields) {
  std::vector<FieldError> out;
  for (const auto& f : fields) {
    if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
  }
  return Error::Invalid(std::move(out));
}

}  // namespace

Result<ReportOutcome> ReportValues(Context& ctx, const Actor& actor, RoundId round,
                                   std::vector<ValueInput> values, const std::string& source) {
  if (values.empty()) return Error::Invalid("values", "cần ít nhất một giá trị");
  if (values.size() > kMaxValuesPerReport) {
    return Error::TooLarge("values", "tối đa " + std::to_string(kMaxValuesPerReport) + " giá trị");
  }
  FillFieldNames(values);
  Instant now = ctx.clock.Now();
  Date today = now.VietnamDate();
  return WriteValue<ReportOutcome>(ctx.store, [&](Tx& tx) -> Result<ReportOutcome> {
    DT_ASSIGN_OR_RETURN(LoadedRound lr, LoadRound(tx, round));
    std::unordered_map<int64_t, Indicator> inds;
    for (auto& i : tx.indicators().ListIndicators(lr.programme.id)) inds[i.id.value] = i;
    auto last = LastYear(tx, lr.round, inds);
    auto exceptions = tx.indicators().Exceptions(round);
    std::unordered_map<int64_t, std::optional<Unit>> units;
    std::unordered_map<int64_t, std::optional<Agency>> agencies;
    auto agency_of = [&](AgencyId id) -> const std::optional<Agency>& {
      auto [it, fresh] = agencies.try_emplace(id.value);
      if (fresh) it->second = tx.agencies().Find(id);
      return it->second;
    };
    std::optional<std::string> not_responsible;
    FieldErrors errors;
    std::vector<FieldError> closed;
    bool forbidden = false;
    std::vector<IndicatorValue> ready;
    std::set<Key> seen;
    std::unordered_map<std::string, int64_t> code_to_indicator;
    for (const auto& [id, i] : inds) code_to_indicator[i.code] = id;
    for (auto& in : values) {
      if (in.indicator_id == 0 && !in.indicator_code.empty()) {
        auto c = code_to_indicator.find(in.indicator_code);
        if (c == code_to_indicator.end()) {
          errors.Add(in.fields.indicator, "không có chỉ tiêu mã " + in.indicator_code);
          continue;
        }
        in.indicator_id = c->second;
      }
      if (in.unit_id == 0 && !in.unit_code.empty()) {
        auto u = tx.units().FindByCode(in.unit_code);
        if (!u) {
          errors.Add(in.fields.unit, "không có đơn vị mã " + in.unit_code);
          continue;
        }
        in.unit_id = u->id.value;
      }
      auto ind = inds.find(in.indicator_id);
      if (ind == inds.end()) {
        errors.Add(in.fields.indicator, "chỉ tiêu không thuộc chương trình của kỳ báo cáo");
        continue;
      }
      auto [uit, fresh] = units.try_emplace(in.unit_id);
      if (fresh) uit->second = tx.units().Find(UnitId(in.unit_id));
      const std::optional<Unit>& unit = uit->second;
      if (!unit) {
        errors.Add(in.fields.unit, "đơn vị không tồn tại");
        continue;
      }
      if (!CanReportFor(actor, unit->path)) {
        forbidden = true;
        continue;
      }
      const Indicator& indicator = ind->second;
      IndicatorValueTarget target{unit->path, indicator.responsible, false};
      std::string responsible_name;
      if (indicator.responsible) {
        if (const auto& a = agency_of(*indicator.responsible)) {
          target.responsible_in_unit = a->unit == unit->id;
          responsible_name = a->name;
        }
      }
      if (!CanEnterIndicatorValue(actor, target)) {
        if (!not_responsible) {
          not_responsible = "Chỉ tiêu " + indicator.code + " của " + unit->name + " do " +
                            responsible_name +
                            " báo cáo; cơ quan khác không được nhập hoặc sửa số liệu này";
        }
        continue;
      }
      if (indicator.values_from) {
        errors.Add(in.fields.indicator,
                   "chỉ tiêu " + indicator.code +
                       " lấy số liệu đã nhập cho chương trình cấp trên; nhập một lần ở đó");
        continue;
      }
      if (unit->level != ind->second.reporting_level) {
        errors.Add(in.fields.unit, "chỉ tiêu " + ind->second.code + " do cấp " +
                                       UnitLevelName(ind->second.reporting_level) +
                                       " báo cáo, không phải " + unit->name);
        continue;
      }
      if (!seen.insert({in.indicator_id, in.unit_id}).second) {
        errors.Add(in.fields.indicator, "giá trị bị lặp cho cùng đơn vị và chỉ tiêu");
        continue;
      }
      if (auto s = MayEnter(lr.round, unit->id, exceptions, today); !s.ok()) {
        closed.push_back({in.fields.unit, s.error().message()});
        continue;
      }
      if (!in.numerator) {
        errors.Add(in.fields.numerator, "bắt buộc");
        continue;
      }
      IndicatorValue v;
      v.round = round;
      v.indicator = ind->second.id;
      v.unit = unit->id;
      v.numerator = *in.numerator;
      v.denominator = in.denominator;
      v.comment = in.comment;
      v.entered_by = actor.user;
      v.entered_at = now;
      v.entered_on = today;
      FieldErrors value_errors;
      auto prev = last.find({in.indicator_id, in.unit_id});
      ValidateValue(ind->second, v,
                    prev == last.end() ? std::nullopt : std::optional<double>(prev->second), "",
                    value_errors);
      for (const auto& e : value_errors.list()) {
        const std::string& f = e.field == "numerator"     ? in.fields.numerator
                               : e.field == "denominator" ? in.fields.denominator
                                                          : in.fields.comment;
        errors.Add(f, e.reason);
      }
      if (value_errors.empty()) ready.push_back(std::move(v));
    }
    if (forbidden) return Error::Forbidden("Bạn không có quyền báo cáo cho một số đơn vị");
    if (not_responsible) return Error::Forbidden(*not_responsible);
    if (!errors.empty()) return WithoutRepeats(errors.list());
    if (!closed.empty()) {
      std::string message = closed.front().reason;
      return Error(ErrorCode::kConflict, std::move(message), std::move(closed));
    }
    ReportOutcome out;
    for (const auto& v : ready) {
      DT_RETURN_IF_ERROR(tx.indicators().SaveValue(v));
      out.saved++;
      if (!IsOnTime(lr.round, v.entered_on)) out.late++;
    }
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "indicator_values.reported", "indicator_round",
                              round.value, nullptr,
                              {{"saved", out.saved}, {"late", out.late}, {"source", source}}));
    return out;
  });
}

}  // namespace doithoai
