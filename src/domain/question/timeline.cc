#include "domain/question/timeline.h"

namespace doithoai {

namespace {

TimelineStep Step(std::string kind, std::string label, StepState state) {
  TimelineStep s;
  s.kind = std::move(kind);
  s.label = std::move(label);
  s.state = state;
  return s;
}

TimelineStep Screened(const Question& q) {
  switch (q.screening) {
    case Screening::kNew:
      return Step("screened", "Chờ xem xét", StepState::kCurrent);
    case Screening::kAccepted:
      return Step("screened", "Đã xem xét: thuộc nội dung đối thoại", StepState::kDone);
    case Screening::kDuplicate: {
      auto s =
          Step("screened", "Trùng với câu hỏi đã có: theo dõi câu trả lời chung", StepState::kDone);
      s.detail = q.screening_note;
      return s;
    }
    case Screening::kOutOfScope: {
      auto s =
          Step("screened", "Ngoài phạm vi đối thoại: không chuyển trả lời", StepState::kClosed);
      s.detail = q.screening_note;
      return s;
    }
  }
  return Step("screened", "Chờ xem xét", StepState::kCurrent);
}

// The first step not done becomes the current one; the rest wait.
void MarkCurrent(std::vector<TimelineStep>& steps) {
  bool seen_open = false;
  for (auto& s : steps) {
    if (s.state != StepState::kPending && s.state != StepState::kCurrent) continue;
    s.state = seen_open ? StepState::kPending : StepState::kCurrent;
    seen_open = true;
  }
}

TimelineStep TaskStep(const TimelineTask& t, Date today) {
  TaskStatus status = StatusOf(t.deadline, t.progress, today);
  auto s = Step("task", "Nhiệm vụ: " + t.content,
                IsOpen(status) ? StepState::kCurrent : StepState::kDone);
  s.due = DueInCycle(t.deadline, today);
  s.late = status == TaskStatus::kOverdue || status == TaskStatus::kDoneLate;
  std::string detail = TaskStatusLabel(status);
  if (!t.progress.empty()) {
    detail += " · " + std::to_string(t.progress.back().percent) + "%";
    detail += " (báo cáo ngày " + t.progress.back().on.ToVietnamese() + ")";
  }
  if (!t.lead_name.empty()) detail += " · Chủ trì: " + t.lead_name;
  if (!t.deadline.text.empty()) detail += " · Thời hạn: " + t.deadline.text;
  s.detail = std::move(detail);
  return s;
}

}  // namespace

const char* StepStateName(StepState s) {
  switch (s) {
    case StepState::kDone:
      return "done";
    case StepState::kCurrent:
      return "current";
    case StepState::kPending:
      return "pending";
    case StepState::kClosed:
      return "closed";
  }
  return "pending";
}

std::vector<TimelineStep> BuildTimeline(const TimelineFacts& f, Date today) {
  std::vector<TimelineStep> steps;
  auto received = Step("received", "Đã tiếp nhận câu hỏi", StepState::kDone);
  received.at = f.question.submitted_at;
  steps.push_back(std::move(received));
  steps.push_back(Screened(f.question));
  if (steps.back().state == StepState::kClosed) return steps;

  const bool published = f.answer && f.answer->IsPublished();
  auto grouped = Step("grouped", "Gộp vào vấn đề để trả lời chung", StepState::kPending);
  if (f.issue) {
    grouped.state = StepState::kDone;
    grouped.at = f.issue->created_at;
    grouped.detail = f.issue->title;
  }
  steps.push_back(std::move(grouped));

  auto routed = Step("routed", "Giao cơ quan trả lời", StepState::kPending);
  if (f.issue && f.issue->lead_agency) {
    routed.state = StepState::kDone;
    routed.at = f.issue->routed_at;
    routed.detail = f.lead_agency_name;
  }
  steps.push_back(std::move(routed));

  auto answered = Step("answered", "Trả lời công khai", StepState::kPending);
  if (f.issue) answered.due = f.issue->answer_due_on;
  if (published) {
    answered.state = StepState::kDone;
    answered.at = f.answer->published_at;
    answered.detail = f.answer_agency_name;
    answered.late = answered.due && f.answer->published_at &&
                    f.answer->published_at->VietnamDate() > *answered.due;
  } else {
    answered.late = answered.due && today > *answered.due;
  }
  steps.push_back(std::move(answered));

  if (f.conclusion) {
    auto c = Step("conclusion", "Đưa vào thông báo kết luận", StepState::kDone);
    c.detail = "Văn bản số " + f.conclusion->number_symbol;
    if (f.conclusion->issued_on) c.detail += " ngày " + f.conclusion->issued_on->ToVietnamese();
    steps.push_back(std::move(c));
  }
  for (const auto& t : f.tasks) steps.push_back(TaskStep(t, today));
  // Tasks carry their own state; the chain before them has one current step at most.
  std::vector<TimelineStep> chain(steps.begin(), steps.begin() + 5);
  MarkCurrent(chain);
  std::copy(chain.begin(), chain.end(), steps.begin());
  return steps;
}

}  // namespace doithoai
