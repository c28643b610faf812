#include "domain/initiative/scorecard.h"

#include <algorithm>

#include "text/field_text.h"

namespace doithoai {

Result<Scorecard> ValidateScorecard(const InitiativeCall& call, const ScorecardInput& in) {
  FieldErrors errors;
  Scorecard card;
  if (in.points.size() != call.criteria.size()) {
    errors.Add("points",
               "cần đúng " + std::to_string(call.criteria.size()) + " điểm, mỗi tiêu chí một điểm");
  } else {
    for (size_t i = 0; i < in.points.size(); ++i) {
      int max = call.criteria[i].max_points;
      if (in.points[i] < 0 || in.points[i] > max) {
        errors.Add(
            "points[" + std::to_string(i) + "]",
            "điểm tiêu chí \"" + call.criteria[i].name + "\" phải từ 0 đến " + std::to_string(max));
      }
    }
  }
  card.points = in.points;
  card.comment = text::CleanField(in.comment, kScoreCommentMaxChars, "comment", errors,
                                  text::Lines::kMultiple);
  if (!errors.empty()) return errors.ToError();
  return card;
}

int Total(const Scorecard& card) {
  int total = 0;
  for (int p : card.points) total += p;
  return total;
}

ScoreSummary Summarise(const InitiativeCall& call, std::span<const Scorecard> cards) {
  ScoreSummary s;
  s.council = static_cast<int>(call.council.size());
  s.max_total = MaxTotal(call);
  s.criterion_means.assign(call.criteria.size(), 0.0);
  int sum = 0;
  for (const Scorecard& card : cards) {
    if (card.points.size() != call.criteria.size()) continue;  // criteria never change
    int total = Total(card);
    if (s.cards == 0) s.lowest = s.highest = total;
    s.lowest = std::min(s.lowest, total);
    s.highest = std::max(s.highest, total);
    sum += total;
    for (size_t i = 0; i < card.points.size(); ++i) s.criterion_means[i] += card.points[i];
    ++s.cards;
  }
  if (s.cards == 0) return s;
  s.mean = static_cast<double>(sum) / s.cards;
  for (double& m : s.criterion_means) m /= s.cards;
  s.spread = s.highest - s.lowest;
  s.wide = s.max_total > 0 && s.spread >= kWideSpreadShare * s.max_total;
  return s;
}

}  // namespace doithoai
