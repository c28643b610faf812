// The council's scores (issue 15, C10): each member scores each initiative on the call's
// criteria, separately — a member sees only their own card until the results are published —
// and may change it while the council sits. The combined result is the mean of the members'
// totals, with the lowest and highest total so a wide spread shows (one member far from the
// others is a reason to talk before the results are published).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"
#include "domain/initiative/initiative_call.h"

namespace doithoai {

struct Scorecard {
  int64_t initiative = 0;
  UserId member;
  std::vector<int> points;  // one per criterion, in the call's order
  std::string comment;
  Instant scored_at;
};

inline constexpr size_t kScoreCommentMaxChars = 2000;

struct ScorecardInput {
  std::vector<int> points;
  std::string comment;
};

// kInvalid naming every bad field: points (one per criterion), "points[i]" 0..max_points of
// criterion i, comment (≤ 2000).
Result<Scorecard> ValidateScorecard(const InitiativeCall& call, const ScorecardInput& in);

int Total(const Scorecard& card);

struct ScoreSummary {
  int cards = 0;                        // members who scored
  int council = 0;                      // members of the council
  double mean = 0;                      // mean of the totals (0 without cards)
  int lowest = 0;                       // lowest total
  int highest = 0;                      // highest total
  int spread = 0;                       // highest - lowest
  int max_total = 0;                    // the most a member can give
  bool wide = false;                    // the spread is at least kWideSpreadShare of max_total
  std::vector<double> criterion_means;  // per criterion
};

inline constexpr double kWideSpreadShare = 0.25;

ScoreSummary Summarise(const InitiativeCall& call, std::span<const Scorecard> cards);

}  // namespace doithoai
