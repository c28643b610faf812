// The indicator demo (C9): the national youth-development targets of Decision 1331/QĐ-TTg as
// reference data, Hải Phòng's programme "Phát triển thanh niên thành phố Hải Phòng đến năm
// 2030" adopting them with stricter city targets plus two counts of its own, a 2025 round
// (due 30/11/2025, most wards reported, a few late under an exception) and a 2026 round due
// 30/11/2026 with part of the wards reported. Built through the use cases with a fixed clock,
// except the national reference programme, which is data (like the unit lists): nobody in the
// demo coordinates at the national level.
#include "cli/demo_indicators.h"

#include <cmath>

#include "app/audit_trail.h"
#include "app/indicator/indicator_json.h"
#include "app/indicator/indicators.h"
#include "cli/demo_data.h"
#include "cli/unit_lists.h"

namespace doithoai::cli {
namespace {

struct NationalTarget {
  const char* code;
  const char* name;
  const char* group;
  Direction direction;
  double target_2030;
};

// Decision 1331/QĐ-TTg (REFERENCE.md): verified national floors for 2030.
constexpr NationalTarget kNational[] = {
    {"QG-01", "Tỷ lệ thanh niên được tư vấn hướng nghiệp, việc làm", "Việc làm",
     Direction::kAtLeast, 80},
    {"QG-02", "Tỷ lệ thanh niên được đào tạo nghề gắn với việc làm", "Việc làm",
     Direction::kAtLeast, 60},
    {"QG-03", "Tỷ lệ thất nghiệp của thanh niên khu vực thành thị", "Việc làm", Direction::kAtMost,
     7},
    {"QG-04", "Tỷ lệ thiếu việc làm của thanh niên khu vực nông thôn", "Việc làm",
     Direction::kAtMost, 6},
    {"QG-05", "Tỷ lệ thanh niên sử dụng thành thạo công cụ số trong giao tiếp, kinh doanh",
     "Chuyển đổi số", Direction::kAtLeast, 50},
    {"QG-06", "Tỷ lệ thanh niên trong độ tuổi hoàn thành chương trình trung học phổ thông",
     "Giáo dục, đào tạo", Direction::kAtLeast, 80},
};

struct CityIndicator {
  const char* code;
  const char* name;
  const char* group;
  const char* measure;
  IndicatorKind kind;
  Direction direction;
  double baseline_2024;
  double target_2030;
  int national;  // index in kNational, or -1
  bool is_public;
  const char* agency;  // responsible agency code
};

// Hải Phòng's targets are stricter than the national floor, as provinces' usually are.
constexpr CityIndicator kCity[] = {
    {"1.1", "Tỷ lệ thanh niên được tư vấn hướng nghiệp, việc làm", "Việc làm", "%",
     IndicatorKind::kRatio, Direction::kAtLeast, 62, 85, 0, true, "so-noi-vu"},
    {"1.2", "Tỷ lệ thanh niên được đào tạo nghề gắn với việc làm", "Việc làm", "%",
     IndicatorKind::kRatio, Direction::kAtLeast, 45, 65, 1, false, "so-noi-vu"},
    {"1.3", "Tỷ lệ thất nghiệp của thanh niên khu vực thành thị", "Việc làm", "%",
     IndicatorKind::kRatio, Direction::kAtMost, 6.2, 5, 2, true, "so-noi-vu"},
    {"1.4", "Tỷ lệ thiếu việc làm của thanh niên khu vực nông thôn", "Việc làm", "%",
     IndicatorKind::kRatio, Direction::kAtMost, 5.1, 4, 3, false, "so-noi-vu"},
    {"2.1", "Tỷ lệ thanh niên sử dụng thành thạo công cụ số trong giao tiếp, kinh doanh",
     "Chuyển đổi số", "%", IndicatorKind::kRatio, Direction::kAtLeast, 38, 70, 4, true, "so-kh-cn"},
    {"3.1", "Tỷ lệ thanh niên trong độ tuổi hoàn thành chương trình trung học phổ thông",
     "Giáo dục, đào tạo", "%", IndicatorKind::kRatio, Direction::kAtLeast, 72, 85, 5, false,
     "so-noi-vu"},
    {"4.1", "Số câu lạc bộ ngoại ngữ, kỹ năng số của thanh niên", "Văn hóa, kỹ năng", "câu lạc bộ",
     IndicatorKind::kCount, Direction::kAtLeast, 90, 230, -1, true, "thanh-doan"},
    {"4.2", "Số thanh niên được hỗ trợ khởi nghiệp", "Khởi nghiệp", "người", IndicatorKind::kCount,
     Direction::kAtLeast, 600, 1500, -1, false, "so-tai-chinh"},
};

Instant At(const char* iso) { return Instant::ParseIso(iso).value(); }

// Targets on the straight line from the 2024 baseline to 2030, rounded to one decimal.
std::vector<YearTarget> YearlyTargets(double base, double fin) {
  std::vector<YearTarget> out;
  for (int y = 2025; y <= 2030; ++y)
    out.push_back({y, std::round((base + (fin - base) * (y - 2024) / 6.0) * 10) / 10});
  return out;
}

// A deterministic spread for the demo's numbers (no randomness: the demo is reproducible).
double Spread(size_t unit, size_t indicator, int salt) {
  uint64_t x = (unit * 2654435761u) ^ (indicator * 40503u) ^ (static_cast<uint64_t>(salt) << 20);
  x ^= x >> 13;
  x *= 0x9E3779B97F4A7C15ull;
  return static_cast<double>((x >> 11) % 1000) / 1000.0;  // [0, 1)
}

Result<Actor> ActorOf(Store& store, const char* username) {
  return ReadValue<Actor>(store, [&](Tx& tx) -> Result<Actor> {
    auto u = tx.users().FindByUsername(username);
    if (!u) return Error::Internal(std::string("demo user missing: ") + username);
    return Actor{u->id, u->username, u->display_name, tx.users().Grants(u->id)};
  });
}

Result<Programme> NationalProgramme(Store& store, Instant now, std::vector<Indicator>& out) {
  return WriteValue<Programme>(store, [&](Tx& tx) -> Result<Programme> {
    auto nation = tx.units().FindByCode(kNationCode);
    if (!nation) return Error::Internal("nation missing");
    Programme p;
    p.unit = nation->id;
    p.title = "Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021–2030";
    p.basis = "Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ";
    p.start_year = 2021;
    p.end_year = 2030;
    p.created_at = now;
    DT_ASSIGN_OR_RETURN(p, tx.indicators().InsertProgramme(p));
    int position = 0;
    for (const auto& n : kNational) {
      Indicator i;
      i.programme = p.id;
      i.code = n.code;
      i.name = n.name;
      i.group = n.group;
      i.measure = "%";
      i.kind = IndicatorKind::kRatio;
      i.direction = n.direction;
      i.baseline_year = 2020;
      i.targets = {{2030, n.target_2030}};
      i.reporting_level = UnitLevel::kProvince;
      i.position = ++position;
      DT_ASSIGN_OR_RETURN(i, tx.indicators().InsertIndicator(i));
      out.push_back(i);
    }
    DT_RETURN_IF_ERROR(Record(tx, now, std::nullopt, "indicator_programme.loaded",
                              "indicator_programme", p.id.value, nullptr, ProgrammeJson(p)));
    return p;
  });
}

// One value per ward and indicator, near the 2024 baseline moved `years` of the way to the
// target, with a ward-to-ward spread; counts are split across the wards.
ValueInput WardValue(const CityIndicator& c, IndicatorId id, const Unit& ward, size_t w,
                     size_t wards, size_t i, int years) {
  ValueInput v;
  v.indicator_id = id.value;
  v.unit_id = ward.id.value;
  double step = (c.target_2030 - c.baseline_2024) / 6.0 * years;
  if (c.kind == IndicatorKind::kCount) {
    double share = (c.baseline_2024 + step) / static_cast<double>(wards);
    v.numerator = std::max(0.0, std::round(share * (0.8 + 0.4 * Spread(w, i, 1))));
  } else {
    double youth = std::round(1500 + 7500 * Spread(w, i % 2, 7));  // same population per ward
    double rate = (c.baseline_2024 + step + (Spread(w, i, 3) - 0.5) * 10) / 100.0;
    rate = std::clamp(rate, 0.0, 1.0);
    v.numerator = std::round(youth * rate);
    v.denominator = youth;
  }
  return v;
}

}  // namespace

Status LoadDemoIndicators(Store& store) {
  FixedClock clock(At("2025-09-15T02:00:00Z"));
  Context ctx{store, clock};
  DT_ASSIGN_OR_RETURN(Actor coordinator, ActorOf(store, "sonoivu"));
  DT_ASSIGN_OR_RETURN(Actor youth_union, ActorOf(store, "thanhdoan"));
  std::vector<Indicator> national;
  DT_ASSIGN_OR_RETURN(Programme nation_programme, NationalProgramme(store, clock.Now(), national));
  DT_ASSIGN_OR_RETURN(auto city_and_wards,
                      (ReadValue<std::pair<Unit, std::vector<Unit>>>(
                          store, [](Tx& tx) -> Result<std::pair<Unit, std::vector<Unit>>> {
                            auto city = tx.units().FindByCode("hai-phong");
                            if (!city) return Error::Internal("Hải Phòng missing");
                            return std::pair{*city, tx.units().Children(city->id)};
                          })));
  // Not a structured binding: clang 14 cannot capture one in the lambdas below.
  auto& city = city_and_wards.first;
  auto& wards = city_and_wards.second;
  DT_ASSIGN_OR_RETURN(
      Programme programme,
      DefineProgramme(ctx, coordinator,
                      {city.id.value, "Phát triển thanh niên thành phố Hải Phòng đến năm 2030",
                       "Quyết định số 1331/QĐ-TTg; Nghị quyết của HĐND thành phố về phát triển "
                       "thanh niên giai đoạn 2025–2030",
                       2025, 2030, nation_programme.id.value,
                       // "báo cáo trước ngày 30/11 hằng năm": rounds open on 01/10 each year.
                       "10-01", "11-30"}));
  std::vector<IndicatorId> ids;
  for (const auto& c : kCity) {
    IndicatorInput in;
    in.code = c.code;
    in.name = c.name;
    in.group = c.group;
    in.measure = c.measure;
    in.kind = IndicatorKindName(c.kind);
    in.direction = DirectionName(c.direction);
    in.baseline_year = 2024;
    in.baseline_value = c.baseline_2024;
    in.targets = YearlyTargets(c.baseline_2024, c.target_2030);
    in.reporting_level = "commune";
    in.is_public = c.is_public;
    if (c.national >= 0) in.adopted_from_id = national[c.national].id.value;
    auto agency =
        ReadValue<std::optional<Agency>>(store, [&](Tx& tx) -> Result<std::optional<Agency>> {
          return tx.agencies().FindByCode(city.id, c.agency);
        });
    if (agency.ok() && *agency) in.responsible_agency_id = (*agency)->id.value;
    DT_ASSIGN_OR_RETURN(Indicator stored, AddIndicator(ctx, coordinator, programme.id, in));
    ids.push_back(stored.id);
  }
  auto report = [&](RoundId round, size_t from, size_t to, int years) -> Status {
    std::vector<ValueInput> values;
    for (size_t w = from; w < to && w < wards.size(); ++w) {
      for (size_t i = 0; i < std::size(kCity); ++i)
        values.push_back(WardValue(kCity[i], ids[i], wards[w], w, wards.size(), i, years));
    }
    if (values.empty()) return Ok();
    auto r = ReportValues(ctx, youth_union, round, std::move(values), "demo");
    return r.ok() ? Ok() : Status(r.error());
  };
  // 2025: opened 01/10, most wards on time in November, four late under an exception.
  clock.Set(At("2025-10-01T02:00:00Z"));
  DT_ASSIGN_OR_RETURN(Round r2025, OpenRound(ctx, coordinator, programme.id,
                                             {2025, "2025-10-01", "2025-11-30", {}}));
  size_t on_time = wards.size() > 10 ? wards.size() - 10 : 0;
  for (size_t from = 0; from < on_time; from += 20) {
    clock.Set(At(from < 60 ? "2025-11-20T02:00:00Z" : "2025-11-28T02:00:00Z"));
    DT_RETURN_IF_ERROR(report(r2025.id, from, std::min(on_time, from + 20), 1));
  }
  clock.Set(At("2025-12-02T02:00:00Z"));
  for (size_t w = on_time; w < on_time + 4 && w < wards.size(); ++w) {
    DT_ASSIGN_OR_RETURN(RoundException e,
                        GrantException(ctx, coordinator, r2025.id,
                                       {wards[w].id.value, "2025-12-10",
                                        "Ảnh hưởng của bão, chậm tổng hợp số liệu"}));
    (void)e;
  }
  clock.Set(At("2025-12-05T02:00:00Z"));
  DT_RETURN_IF_ERROR(report(r2025.id, on_time, on_time + 4, 1));
  // 2026: opened 01/10/2026, due 30/11/2026; the first 60 wards have reported.
  clock.Set(At("2026-10-01T02:00:00Z"));
  DT_ASSIGN_OR_RETURN(Round r2026, OpenRound(ctx, coordinator, programme.id,
                                             {2026, "2026-10-01", "2026-11-30", {}}));
  clock.Set(At("2026-11-10T02:00:00Z"));
  for (size_t from = 0; from < 60; from += 20)
    DT_RETURN_IF_ERROR(report(r2026.id, from, from + 20, 2));
  return Ok();
}

}  // namespace doithoai::cli
