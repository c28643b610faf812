// Youth-development indicators (SYSTEM.md C9): a programme is the Appendix I of a plan or
// resolution ("Phát triển thanh niên thành phố đến năm 2030"), its indicators are measurable
// targets with a unit of measure, a direction, a baseline and targets by year. A province's
// programme may adopt the national one (Decision 1331/QĐ-TTg) and set stricter targets; the
// communes below it report into it and so inherit its targets.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "core/ids.h"
#include "domain/unit/unit.h"

namespace doithoai {

using ProgrammeId = Id<struct ProgrammeTag>;
using IndicatorId = Id<struct IndicatorTag>;
using RoundId = Id<struct RoundTag>;

// The last year a programme may run to: the national strategy's horizon (Decision 1331).
inline constexpr int kHorizonYear = 2030;
inline constexpr int kEarliestYear = 2000;

// When a programme's rounds recur each year (domain/indicator/round_schedule.h); all 0: none,
// rounds are opened by hand.
struct RoundSchedule {
  unsigned opens_month = 0, opens_day = 0;  // the first day of entry each year
  unsigned due_month = 0, due_day = 0;      // the due date each year ("trước ngày 30/11")
  bool IsSet() const { return due_month != 0; }
  friend bool operator==(const RoundSchedule&, const RoundSchedule&) = default;
};

struct Programme {
  ProgrammeId id;
  UnitId unit;            // the unit whose plan this is
  std::string title;      // "Phát triển thanh niên thành phố Hải Phòng đến năm 2030"
  std::string basis;      // the document it implements: "Quyết định 1331/QĐ-TTg"
  int start_year = 2025;  // first reporting year
  int end_year = kHorizonYear;        // the year of the final targets
  std::optional<ProgrammeId> adopts;  // the higher-level programme whose targets it adopts
  RoundSchedule schedule;             // yearly rounds opened by the server's timer job
  Instant created_at;
};

// count: a number of people, clubs, VND… summed up the tree.
// ratio: numerator over denominator (youth counselled / youth), summed separately up the
// tree and divided at each level: never an average of percentages.
enum class IndicatorKind { kCount, kRatio };
enum class Direction { kAtLeast, kAtMost, kEqual };  // ≥, ≤, =

const char* IndicatorKindName(IndicatorKind k);  // "count", "ratio"
std::optional<IndicatorKind> ParseIndicatorKind(std::string_view s);
const char* DirectionName(Direction d);  // "at_least", "at_most", "equal"
std::optional<Direction> ParseDirection(std::string_view s);
const char* DirectionSymbol(Direction d);  // "≥", "≤", "="

struct YearTarget {
  int year = 0;
  double value = 0;  // in the indicator's measure (percent for "%" ratios)
  friend bool operator==(const YearTarget&, const YearTarget&) = default;
};

struct Indicator {
  IndicatorId id;
  ProgrammeId programme;
  std::string code;     // unique within the programme: "1.1", "CT03"
  std::string name;     // "Tỷ lệ thanh niên được tư vấn hướng nghiệp, việc làm"
  std::string group;    // the strategy goal it belongs to: "Giáo dục, đào tạo"
  std::string measure;  // unit of measure as printed: "%", "người", "câu lạc bộ", "VND"
  IndicatorKind kind = IndicatorKind::kRatio;
  Direction direction = Direction::kAtLeast;
  int baseline_year = 2024;
  std::optional<double> baseline_value;             // in the measure; unknown for a new indicator
  std::vector<YearTarget> targets;                  // ascending years, at most one per year
  std::optional<AgencyId> responsible;              // the agency that answers for it
  UnitLevel reporting_level = UnitLevel::kCommune;  // the units that enter its values
  bool is_public = false;                           // shown on the public site with progress
  std::optional<IndicatorId> adopted_from;          // the national indicator it adopts
  // The indicator of a higher unit's programme whose values this one reads (issue 13: a ward
  // that reports into the city's programme enters each figure once): its own units' values
  // are those entered there for the same period; none are entered here.
  std::optional<IndicatorId> values_from;
  int position = 0;  // order in Appendix I
};

// "%" (or "phần trăm"): values are percentages, 0–100, and a ratio is scaled by 100.
bool IsPercent(const Indicator& ind);
// What a ratio's numerator/denominator is multiplied by: 100 for percentages, else 1.
double RatioScale(const Indicator& ind);

// The target of `year`, or nullopt when none is set for that year.
std::optional<double> TargetFor(const Indicator& ind, int year);
// The target of the last year that has one (the programme's end target).
std::optional<YearTarget> FinalTarget(const Indicator& ind);

// A number as Vietnamese reports print it: up to two decimals, comma as decimal separator,
// no thousands separator ("72,5", "1200").
std::string FormatNumber(double v);

// True when `value` satisfies the indicator's direction against `target`.
bool Meets(Direction d, double value, double target);

// True when `own` is at least as demanding as `floor` in direction `d` (a province's target
// against the national one: ≥ 80% is stricter than ≥ 70%, < 5% stricter than < 7%).
bool IsAtLeastAsStrict(Direction d, double own, double floor);

// Validates a programme definition: title, years within [kEarliestYear, kHorizonYear].
void ValidateProgramme(const Programme& p, FieldErrors& errors);

// Validates an indicator definition against its programme; fields are prefixed with
// `prefix` ("indicators[2]." or ""). Percent measures keep baseline and targets in 0–100,
// counts are non-negative, target years lie in the programme's span and do not repeat.
void ValidateIndicator(const Indicator& ind, const Programme& p, std::string_view prefix,
                       FieldErrors& errors);

}  // namespace doithoai
