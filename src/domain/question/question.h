// A question (câu hỏi, ý kiến, kiến nghị) asked by a youth (SYSTEM.md C3, C4).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/ids.h"

namespace doithoai {

// How the question reached us.
enum class Channel { kWeb, kImport, kLive };
const char* ChannelName(Channel c);
std::optional<Channel> ParseChannel(std::string_view name);

// The coordinator's screening decision (C4). Grouping into an issue is recorded by `issue`.
enum class Screening { kNew, kAccepted, kDuplicate, kOutOfScope };
const char* ScreeningName(Screening s);
std::optional<Screening> ParseScreening(std::string_view name);

struct Question {
  QuestionId id;
  DialogueId dialogue;
  std::string tracking_code;         // "DT.20250312.0012", unique
  std::string text;                  // NFC, 10–2000 code points
  std::optional<int> age;            // 16–30 when given; web submissions must give it
  std::string asker_name;            // private: never published
  std::string asker_contact;         // private: phone or e-mail, never published
  std::optional<UnitId> asker_unit;  // ward/commune the youth lives in, if given
  Channel channel = Channel::kWeb;
  std::optional<BatchId> batch;  // for imported questions
  std::string branch;            // Youth Union branch that compiled it (imports)
  int represents = 1;            // how many youths this question speaks for
  Instant submitted_at;
  Screening screening = Screening::kNew;
  std::string screening_note;  // reason for out-of-scope, etc.
  std::optional<QuestionId> duplicate_of;
  std::optional<IssueId> issue;
};

// A batch of questions compiled by the Youth Union and uploaded as XLSX/CSV (C3).
struct ImportBatch {
  BatchId id;
  DialogueId dialogue;
  std::string filename;
  std::string compiled_by;  // who compiled the file
  UserId uploaded_by;
  int row_count = 0;
  Instant imported_at;
};

}  // namespace doithoai
