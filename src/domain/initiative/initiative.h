// A youth initiative (SYSTEM.md C10, issue 15): an idea, initiative or project a youth or a
// Youth Union branch sends to a call — the problem it sees, the solution, the field, the team and
// the unit — with a tracking code like a question's. The Youth Union screens it (in, or out with
// the reason shown to the sender); the council scores those screened in; the results select
// some for support; a selected one may be recognised (Giấy khen).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace doithoai {

enum class InitiativeField { kDigital, kGreen, kStartup, kCommunity, kOther };
const char* InitiativeFieldName(InitiativeField f);  // "digital", "green", "startup", …
std::optional<InitiativeField> ParseInitiativeField(std::string_view name);
std::string InitiativeFieldPrinted(InitiativeField f);  // "Chuyển đổi số", …

enum class InitiativeStatus {
  kSubmitted,    // waiting for screening
  kScreenedOut,  // not admitted (the note says why)
  kInReview,     // admitted: the council scores it
  kSelected,     // chosen for support when the results were published
  kNotSelected,
  kRecognised,  // a selected initiative given a Giấy khen
};
const char* InitiativeStatusName(InitiativeStatus s);  // "submitted", "screened_out", …
std::optional<InitiativeStatus> ParseInitiativeStatus(std::string_view name);
std::string InitiativeStatusPrinted(InitiativeStatus s);  // what the sender's page says

struct Initiative {
  int64_t id = 0;
  int64_t call = 0;
  std::string tracking_code;
  std::string title, problem, solution;
  InitiativeField field = InitiativeField::kOther;
  std::string team;  // "Nhóm Nguyễn Văn An, Lê Thị Bình" — published with the results
  std::string unit;  // "Chi đoàn phường An Biên" — published with the results
  std::string contact_name, contact_email;  // never published
  InitiativeStatus status = InitiativeStatus::kSubmitted;
  std::string screening_note;  // why screened out; shown to the sender
  std::string recognition;  // "Giấy khen của Ban Thường vụ Thành đoàn" once recognised
  Instant submitted_at;
  Instant updated_at;
};

inline constexpr size_t kInitiativeTitleMaxChars = 300;
inline constexpr size_t kInitiativeBodyMaxChars = 8000;
inline constexpr size_t kInitiativeTeamMaxChars = 500;
inline constexpr size_t kInitiativeUnitMaxChars = 200;
inline constexpr size_t kInitiativeNameMaxChars = 120;
inline constexpr size_t kInitiativeNoteMaxChars = 1000;

struct InitiativeInput {
  std::string title, problem, solution;
  std::string field = "other";
  std::string team, unit;
  std::string contact_name, contact_email;
};

// kInvalid naming every bad field: title, problem, solution, team and unit required; field one
// of the names; contact_email empty or a plain address. Text cleaned to NFC.
Result<Initiative> ValidateInitiative(const InitiativeInput& in);

// The screening: admitted (kSubmitted → kInReview) or screened out with a reason the sender
// sees (kSubmitted → kScreenedOut, note required). kInvalid naming "note" without a reason;
// kConflict when the initiative is no longer waiting.
Result<Initiative> Screen(Initiative initiative, bool admit, std::string_view note, Instant now);

}  // namespace doithoai
