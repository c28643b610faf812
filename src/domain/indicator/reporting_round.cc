#include "domain/indicator/reporting_round.h"

#include <algorithm>

namespace doithoai {

const char* RoundPhaseName(RoundPhase p) {
  switch (p) {
    case RoundPhase::kNotOpen:
      return "not_open";
    case RoundPhase::kOpen:
      return "open";
    case RoundPhase::kDueSoon:
      return "due_soon";
    case RoundPhase::kLate:
      return "late";
    case RoundPhase::kLocked:
      return "locked";
    case RoundPhase::kReopened:
      return "reopened";
  }
  return "open";
}

RoundPhase PhaseOn(const Round& r, Date today) {
  if (today < r.opens_on) return RoundPhase::kNotOpen;
  if (today <= r.due_on) {
    return today.DaysUntil(r.due_on) < kReminderDays ? RoundPhase::kDueSoon : RoundPhase::kOpen;
  }
  if (r.reopened_until && today <= *r.reopened_until) return RoundPhase::kReopened;
  if (today < LocksOn(r)) return RoundPhase::kLate;
  return RoundPhase::kLocked;
}

Date LocksOn(const Round& r) {
  int year = r.opens_on.year() + 1;
  unsigned day = r.opens_on.day();
  if (r.opens_on.month() == 2 && day == 29) day = 28;
  return Date(year, r.opens_on.month(), day);
}

Status MayEnter(const Round& r, UnitId unit, const std::vector<RoundException>& exceptions,
                Date today) {
  if (!std::binary_search(r.units.begin(), r.units.end(), unit)) {
    return Error::Conflict("Đơn vị không thuộc danh sách báo cáo của kỳ này");
  }
  switch (PhaseOn(r, today)) {
    case RoundPhase::kNotOpen:
      return Error::Conflict("Kỳ báo cáo chưa mở (mở từ ngày " + r.opens_on.ToVietnamese() + ")");
    case RoundPhase::kOpen:
    case RoundPhase::kDueSoon:
    case RoundPhase::kLate:
    case RoundPhase::kReopened:
      return Ok();
    case RoundPhase::kLocked:
      break;
  }
  for (const auto& e : exceptions) {
    if (e.unit == unit && today <= e.until) return Ok();
  }
  return Error::Conflict("Kỳ báo cáo đã khóa từ ngày " + LocksOn(r).ToVietnamese() + " (hạn " +
                         r.due_on.ToVietnamese() +
                         "); cần cơ quan điều phối cho phép báo cáo muộn");
}

void ValidateRound(const Round& r, const Programme& p, Date today, FieldErrors& errors) {
  if (r.period_year < p.start_year - 1 || r.period_year > p.end_year) {
    errors.Add("period_year", "phải trong thời gian của chương trình (" +
                                  std::to_string(p.start_year - 1) + "–" +
                                  std::to_string(p.end_year) + ")");
  }
  if (r.due_on < r.opens_on) errors.Add("due_on", "phải sau ngày mở kỳ báo cáo");
  if (r.due_on < today) errors.Add("due_on", "không được ở trong quá khứ");
  if (r.units.empty()) errors.Add("unit_ids", "cần ít nhất một đơn vị báo cáo");
}

Status ValidateReopen(const Round& r, Date until, Date today) {
  if (until <= r.due_on) return Error::Invalid("until", "phải sau hạn " + r.due_on.ToVietnamese());
  if (until < today) return Error::Invalid("until", "không được ở trong quá khứ");
  return Ok();
}

Status ValidateException(const Round& r, const RoundException& e, Date today) {
  FieldErrors errors;
  if (!std::binary_search(r.units.begin(), r.units.end(), e.unit)) {
    errors.Add("unit_id", "đơn vị không thuộc danh sách báo cáo của kỳ này");
  }
  if (e.until <= r.due_on) {
    errors.Add("until", "phải sau hạn " + r.due_on.ToVietnamese());
  } else if (e.until < today) {
    errors.Add("until", "không được ở trong quá khứ");
  }
  if (e.reason.empty()) errors.Add("reason", "bắt buộc");
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

}  // namespace doithoai
