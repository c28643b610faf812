#include "domain/dialogue/intake.h"

namespace doithoai {

const char* IntakeStateName(IntakeState s) {
  switch (s) {
    case IntakeState::kOpen:
      return "open";
    case IntakeState::kNotOpenYet:
      return "not_open_yet";
    case IntakeState::kPaused:
      return "paused";
    case IntakeState::kClosed:
      return "closed";
    case IntakeState::kConcluded:
      return "concluded";
  }
  return "closed";
}

IntakeState IntakeOn(const Dialogue& d, Date today) {
  if (d.conclusion_issued_on && today >= *d.conclusion_issued_on) return IntakeState::kConcluded;
  if (!d.plan_published_on || today < *d.plan_published_on) return IntakeState::kNotOpenYet;
  if (d.intake_closes_on && today > *d.intake_closes_on) return IntakeState::kClosed;
  if (!d.intake_open) return IntakeState::kPaused;
  return IntakeState::kOpen;
}

Status CheckIntake(const Dialogue& d, Date today) {
  switch (IntakeOn(d, today)) {
    case IntakeState::kOpen:
      return Ok();
    case IntakeState::kNotOpenYet:
      return Error::Conflict(
          d.plan_published_on
              ? "Chương trình đối thoại chưa mở nhận câu hỏi (mở từ ngày " +
                    d.plan_published_on->ToVietnamese() + ")"
              : std::string("Chương trình đối thoại chưa mở nhận câu hỏi (kế hoạch chưa công bố)"));
    case IntakeState::kPaused:
      return Error::Conflict("Chương trình đối thoại đã ngừng nhận câu hỏi");
    case IntakeState::kClosed:
      return Error::Conflict("Chương trình đối thoại đã hết hạn nhận câu hỏi (hạn cuối ngày " +
                             d.intake_closes_on->ToVietnamese() + ")");
    case IntakeState::kConcluded:
      return Error::Conflict(
          "Chương trình đối thoại đã kết thúc: thông báo kết luận ban hành ngày " +
          d.conclusion_issued_on->ToVietnamese() + ", không nhận thêm câu hỏi");
  }
  return Error::Conflict("Chương trình đối thoại không nhận câu hỏi");
}

void ValidateIntakeDates(const Dialogue& d, FieldErrors& errors) {
  if (d.intake_closes_on && d.plan_published_on && *d.intake_closes_on < *d.plan_published_on) {
    errors.Add("intake_closes_on", "hạn nhận câu hỏi không thể trước ngày công bố kế hoạch (" +
                                       d.plan_published_on->ToVietnamese() + ")");
  }
}

}  // namespace doithoai
