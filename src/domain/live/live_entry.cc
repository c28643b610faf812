#include "domain/live/live_entry.h"

#include "text/field_text.h"
#include "text/grouping.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

bool IsKeyChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

}  // namespace

const char* LiveChannelName(LiveChannel c) {
  switch (c) {
    case LiveChannel::kFloor:
      return "floor";
    case LiveChannel::kOnline:
      return "online";
    case LiveChannel::kSubmitted:
      return "submitted";
  }
  return "floor";
}

std::optional<LiveChannel> ParseLiveChannel(std::string_view name) {
  for (auto c : {LiveChannel::kFloor, LiveChannel::kOnline, LiveChannel::kSubmitted}) {
    if (name == LiveChannelName(c)) return c;
  }
  return std::nullopt;
}

std::string LiveChannelPrinted(LiveChannel c) {
  switch (c) {
    case LiveChannel::kFloor:
      return "tại hội trường";
    case LiveChannel::kOnline:
      return "trực tuyến";
    case LiveChannel::kSubmitted:
      return "câu hỏi gửi trước";
  }
  return "";
}

const char* LiveOutcomeName(LiveOutcome o) {
  switch (o) {
    case LiveOutcome::kPending:
      return "pending";
    case LiveOutcome::kOnTheSpot:
      return "on_the_spot";
    case LiveOutcome::kPromised:
      return "promised";
    case LiveOutcome::kForwarded:
      return "forwarded";
  }
  return "pending";
}

std::optional<LiveOutcome> ParseLiveOutcome(std::string_view name) {
  for (auto o : {LiveOutcome::kPending, LiveOutcome::kOnTheSpot, LiveOutcome::kPromised,
                 LiveOutcome::kForwarded}) {
    if (name == LiveOutcomeName(o)) return o;
  }
  return std::nullopt;
}

Result<CleanLiveEntry> ValidateLiveEntry(const LiveEntryInput& in) {
  FieldErrors errors;
  CleanLiveEntry out;
  out.client_key = in.client_key;
  bool key_ok = in.client_key.size() >= kLiveClientKeyMinChars &&
                in.client_key.size() <= kLiveClientKeyMaxChars;
  for (char c : in.client_key) key_ok = key_ok && IsKeyChar(c);
  if (!key_ok) errors.Add("client_key", "phải gồm 8–64 ký tự chữ Latinh, chữ số, '-' hoặc '_'");
  auto channel = ParseLiveChannel(in.channel);
  if (!channel) errors.Add("channel", "phải là floor, online hoặc submitted");
  out.channel = channel.value_or(LiveChannel::kFloor);
  out.asker = text::CleanField(in.asker, kLiveNameMaxChars, "asker", errors);
  out.asker_unit = text::CleanField(in.asker_unit, kLiveUnitMaxChars, "asker_unit", errors);
  out.text = text::CleanField(in.text, kLiveTextMaxChars, "text", errors, text::Lines::kMultiple);
  if (out.text.empty() && text::IsValidUtf8(in.text)) {
    errors.Add("text", "bắt buộc nhập nội dung câu hỏi");
  }
  if (in.issue_id) {
    if (*in.issue_id <= 0) errors.Add("issue_id", "mã nhóm vấn đề không hợp lệ");
    out.issue = IssueId(*in.issue_id);
  }
  if (!errors.empty()) return errors.ToError();
  return out;
}

Result<CleanLiveAnswer> ValidateLiveAnswer(const LiveAnswerInput& in, Date held_on) {
  FieldErrors errors;
  CleanLiveAnswer out;
  out.version = in.version;
  if (in.version <= 0) errors.Add("version", "thiếu phiên bản của mục đang sửa");
  out.answered_by = text::CleanField(in.answered_by, kLiveUnitMaxChars, "answered_by", errors);
  out.answer =
      text::CleanField(in.answer, kLiveAnswerMaxChars, "answer", errors, text::Lines::kMultiple);
  auto outcome = ParseLiveOutcome(in.outcome);
  if (!outcome) errors.Add("outcome", "phải là pending, on_the_spot, promised hoặc forwarded");
  out.outcome = outcome.value_or(LiveOutcome::kPending);
  if (in.issue_id) {
    if (*in.issue_id <= 0) errors.Add("issue_id", "mã nhóm vấn đề không hợp lệ");
    out.issue = IssueId(*in.issue_id);
  }
  if (in.promised_by && !in.promised_by->empty()) {
    auto d = Date::Parse(*in.promised_by);
    if (!d) {
      errors.Add("promised_by", "ngày không hợp lệ (YYYY-MM-DD)");
    } else if (*d < held_on) {
      errors.Add("promised_by", "không được trước ngày đối thoại " + held_on.ToVietnamese());
    } else {
      out.promised_by = d;
    }
  }
  if (in.forwarded_to) {
    if (*in.forwarded_to <= 0) errors.Add("forwarded_to", "mã cơ quan không hợp lệ");
    out.forwarded_to = AgencyId(*in.forwarded_to);
  }
  if (outcome) {
    bool answered = !out.answered_by.empty();
    switch (*outcome) {
      case LiveOutcome::kPending:
        if (out.promised_by) errors.Add("promised_by", "chỉ dùng khi kết quả là hứa giải quyết");
        if (out.forwarded_to) errors.Add("forwarded_to", "chỉ dùng khi kết quả là chuyển cơ quan");
        break;
      case LiveOutcome::kOnTheSpot:
        if (!answered) errors.Add("answered_by", "ghi rõ người trả lời tại hội nghị");
        if (out.promised_by) errors.Add("promised_by", "chỉ dùng khi kết quả là hứa giải quyết");
        break;
      case LiveOutcome::kPromised:
        if (!answered) errors.Add("answered_by", "ghi rõ người hứa giải quyết");
        if (!in.promised_by || in.promised_by->empty()) {
          errors.Add("promised_by", "ghi hạn đã hứa giải quyết");
        }
        break;
      case LiveOutcome::kForwarded:
        if (!in.forwarded_to) errors.Add("forwarded_to", "chọn cơ quan được chuyển giải quyết");
        if (out.promised_by) errors.Add("promised_by", "chỉ dùng khi kết quả là hứa giải quyết");
        break;
    }
  }
  if (!errors.empty()) return errors.ToError();
  return out;
}

std::optional<int64_t> LikelyDuplicate(std::span<const LiveEntry> earlier, std::string_view text) {
  std::optional<int64_t> best;
  double best_score = kLiveDuplicateSimilarity;
  for (const LiveEntry& e : earlier) {
    double s = e.text == text ? 1.0 : text::QuestionSimilarity(e.text, text);
    if (s >= best_score) {
      best_score = s;
      best = e.seq;
    }
  }
  return best;
}

Result<LiveEntry> AnswerEntry(LiveEntry entry, const CleanLiveAnswer& a, Instant now) {
  if (a.version != entry.version) {
    return Error::Conflict("version: mục #" + std::to_string(entry.seq) +
                           " vừa được người khác sửa (phiên bản " + std::to_string(entry.version) +
                           "); tải lại để xem bản mới trước khi sửa");
  }
  entry.answered_by = a.answered_by;
  entry.answer = a.answer;
  entry.outcome = a.outcome;
  entry.promised_by = a.promised_by;
  entry.forwarded_to = a.forwarded_to;
  if (a.issue) entry.issue = a.issue;
  entry.updated_at = now;
  ++entry.version;
  return entry;
}

}  // namespace doithoai
