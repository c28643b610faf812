// The dialogue day (SYSTEM.md C6, issue 15): what the secretariat records while the
// conference runs. Each question raised — from the floor, online, or a pre-submitted issue put
// to a leader — is one live entry: who asked on behalf of which unit, the question, who answered,
// the gist of the answer and its outcome. The outcome decides where the entry goes in the
// conclusion notice (Decree 13/2021 Art. 11): answered on the spot → section b; promised or
// forwarded to an agency → section c (and d, as an assignment with its deadline).
//
// Several secretaries type at once; a laptop that loses the network resends its queue. So an
// entry carries the client's key (a resend returns the stored entry, never a second one) and a
// version (a change names the version it saw; a stale change is a conflict, not a lost edit).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace doithoai {

enum class LiveChannel { kFloor, kOnline, kSubmitted };
const char* LiveChannelName(LiveChannel c);  // "floor", "online", "submitted"
std::optional<LiveChannel> ParseLiveChannel(std::string_view name);
std::string LiveChannelPrinted(LiveChannel c);  // "tại hội trường", "trực tuyến", …

enum class LiveOutcome { kPending, kOnTheSpot, kPromised, kForwarded };
const char* LiveOutcomeName(LiveOutcome o);  // "pending", "on_the_spot", "promised", "forwarded"
std::optional<LiveOutcome> ParseLiveOutcome(std::string_view name);

struct LiveEntry {
  int64_t id = 0;
  DialogueId dialogue;
  int64_t seq = 0;         // 1, 2, … per dialogue, in the order entries were stored
  std::string client_key;  // the secretary's browser names each entry it sends
  LiveChannel channel = LiveChannel::kFloor;
  std::string asker;       // "Nguyễn Văn An" as announced in the hall; may be empty
  std::string asker_unit;  // "Chi đoàn phường An Biên"; may be empty
  std::string text;
  std::optional<IssueId> issue;  // the issue it raises, when linked
  std::string answered_by;       // "Giám đốc Sở Tài chính"
  std::string answer;            // the gist of what was said
  LiveOutcome outcome = LiveOutcome::kPending;
  std::optional<Date> promised_by;       // kPromised: the date given
  std::optional<AgencyId> forwarded_to;  // kForwarded: the agency that resolves it
  std::optional<int64_t> duplicate_of;   // seq of an earlier entry it likely repeats
  UserId entered_by;
  Instant entered_at;
  Instant updated_at;
  int64_t version = 1;  // bumped by every change
};

// Limits of what a secretary may type (code points).
inline constexpr size_t kLiveTextMaxChars = 2000;
inline constexpr size_t kLiveNameMaxChars = 120;
inline constexpr size_t kLiveUnitMaxChars = 200;
inline constexpr size_t kLiveAnswerMaxChars = 4000;
inline constexpr size_t kLiveClientKeyMinChars = 8;
inline constexpr size_t kLiveClientKeyMaxChars = 64;

// A new entry as the console sends it.
struct LiveEntryInput {
  std::string client_key;
  std::string channel = "floor";
  std::string asker;
  std::string asker_unit;
  std::string text;
  std::optional<int64_t> issue_id;
};

// What the answer form sends: the whole answer part, with the version it was edited from.
struct LiveAnswerInput {
  int64_t version = 0;
  std::string answered_by;
  std::string answer;
  std::string outcome = "pending";
  std::optional<std::string> promised_by;  // ISO date
  std::optional<int64_t> forwarded_to;     // agency id
  std::optional<int64_t> issue_id;         // link (or relink) to an issue
};

struct CleanLiveEntry {
  std::string client_key;
  LiveChannel channel;
  std::string asker, asker_unit, text;
  std::optional<IssueId> issue;
};

struct CleanLiveAnswer {
  int64_t version;
  std::string answered_by, answer;
  LiveOutcome outcome;
  std::optional<Date> promised_by;
  std::optional<AgencyId> forwarded_to;
  std::optional<IssueId> issue;
};

// kInvalid naming every bad field: client_key (8–64 of A–Z a–z 0–9 - _), channel, asker,
// asker_unit, text (required).
Result<CleanLiveEntry> ValidateLiveEntry(const LiveEntryInput& in);

// kInvalid naming every bad field. The outcome's own rules: on the spot and promised need
// who answered; promised needs a date not before the dialogue (`held_on`); forwarded needs the
// agency; pending carries no date or agency.
Result<CleanLiveAnswer> ValidateLiveAnswer(const LiveAnswerInput& in, Date held_on);

// The earlier entry (by seq) that `text` most likely repeats — two secretaries typing the same
// question from the floor — if any is at least kLiveDuplicateSimilarity similar.
inline constexpr double kLiveDuplicateSimilarity = 0.6;
std::optional<int64_t> LikelyDuplicate(std::span<const LiveEntry> earlier, std::string_view text);

// Applies a validated answer to `entry` (a copy): the version must be the entry's, else
// kConflict naming "version".
Result<LiveEntry> AnswerEntry(LiveEntry entry, const CleanLiveAnswer& answer, Instant now);

}  // namespace doithoai
