// Before the dialogue day (issue 15): the programme (agenda) the coordinator sets, and the
// delegates and guests invited — youths nominated by the Youth Union for their commune or
// school, leaders and guests — each with a Giấy mời, checked in at the door so the minutes
// count who came.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace doithoai {

struct AgendaItem {
  std::string starts_at;  // "08:00"; may be empty
  std::string title;      // "Khai mạc, giới thiệu đại biểu"
  std::string speaker;    // "Lãnh đạo Thành đoàn"; may be empty
};

inline constexpr size_t kAgendaMaxItems = 40;

// kInvalid naming each bad item ("agenda[2].starts_at": HH:MM, 00:00–23:59; title required;
// at most kAgendaMaxItems items; each text at most 200 code points), cleaned to NFC.
Result<std::vector<AgendaItem>> ValidateAgenda(const std::vector<AgendaItem>& items);

enum class DelegateKind { kDelegate, kGuest };
const char* DelegateKindName(DelegateKind k);  // "delegate", "guest"
std::optional<DelegateKind> ParseDelegateKind(std::string_view name);

struct Delegate {
  int64_t id = 0;
  DialogueId dialogue;
  DelegateKind kind = DelegateKind::kDelegate;
  std::string name;      // "Nguyễn Văn An"
  std::string position;  // "Bí thư Chi đoàn"; may be empty
  std::string unit;      // "Phường An Biên" — on whose behalf
  std::optional<Instant> checked_in_at;
  Instant created_at;
};

struct DelegateInput {
  std::string kind = "delegate";
  std::string name, position, unit;
};

// kInvalid naming each bad field: kind, name (required, ≤ 120), position (≤ 120), unit
// (required for a delegate, ≤ 200).
Result<Delegate> ValidateDelegate(const DelegateInput& in);

}  // namespace doithoai
