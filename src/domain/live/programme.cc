#include "domain/live/programme.h"

#include "text/field_text.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

bool IsClockTime(std::string_view t) {
  if (t.size() != 5 || t[2] != ':') return false;
  for (size_t i : {0, 1, 3, 4}) {
    if (t[i] < '0' || t[i] > '9') return false;
  }
  int h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[3] - '0') * 10 + (t[4] - '0');
  return h < 24 && m < 60;
}

}  // namespace

Result<std::vector<AgendaItem>> ValidateAgenda(const std::vector<AgendaItem>& items) {
  FieldErrors errors;
  if (items.size() > kAgendaMaxItems) {
    errors.Add("agenda", "tối đa " + std::to_string(kAgendaMaxItems) + " mục");
    return errors.ToError();
  }
  std::vector<AgendaItem> out;
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string p = "agenda[" + std::to_string(i) + "].";
    AgendaItem a;
    a.starts_at = text::CleanField(items[i].starts_at, 5, p + "starts_at", errors);
    if (!a.starts_at.empty() && !IsClockTime(a.starts_at)) {
      errors.Add(p + "starts_at", "giờ theo dạng HH:MM, ví dụ 08:00");
    }
    a.title = text::CleanField(items[i].title, 200, p + "title", errors);
    if (a.title.empty() && text::IsValidUtf8(items[i].title)) {
      errors.Add(p + "title", "bắt buộc nhập nội dung");
    }
    a.speaker = text::CleanField(items[i].speaker, 200, p + "speaker", errors);
    out.push_back(std::move(a));
  }
  if (!errors.empty()) return errors.ToError();
  return out;
}

const char* DelegateKindName(DelegateKind k) {
  return k == DelegateKind::kGuest ? "guest" : "delegate";
}

std::optional<DelegateKind> ParseDelegateKind(std::string_view name) {
  if (name == "delegate") return DelegateKind::kDelegate;
  if (name == "guest") return DelegateKind::kGuest;
  return std::nullopt;
}

Result<Delegate> ValidateDelegate(const DelegateInput& in) {
  FieldErrors errors;
  Delegate d;
  auto kind = ParseDelegateKind(in.kind);
  if (!kind) errors.Add("kind", "phải là delegate hoặc guest");
  d.kind = kind.value_or(DelegateKind::kDelegate);
  d.name = text::CleanField(in.name, 120, "name", errors);
  if (d.name.empty() && text::IsValidUtf8(in.name)) errors.Add("name", "bắt buộc nhập họ tên");
  d.position = text::CleanField(in.position, 120, "position", errors);
  d.unit = text::CleanField(in.unit, 200, "unit", errors);
  if (d.unit.empty() && d.kind == DelegateKind::kDelegate && text::IsValidUtf8(in.unit)) {
    errors.Add("unit", "ghi đơn vị mà đại biểu thay mặt");
  }
  if (!errors.empty()) return errors.ToError();
  return d;
}

}  // namespace doithoai
