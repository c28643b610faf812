// The real questions corpus of issue 12 (tests/data/text/real_questions/): questions youths
// raised at dialogues, as news and government pages report them, with their labelled topics,
// duplicate groups and the agency that answered. Its README fixes the evaluation split: a
// source is held out when the first 8 hex digits of SHA-256(source_url) are below 0x33333333,
// and every question of a held-out source is test (split by source, never by question).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace doithoai {

struct RealQuestion {
  std::string id;  // rq-NNNN
  std::string text;
  std::string source_url;
  std::vector<std::string> topics;  // one or two catalogue codes, main topic first
  std::string group;                // questions with one group ask the same thing
  std::string answer_agency;        // as the source names it; empty when it does not
};

// Parses the JSONL file: one object per non-blank line with the fields above (topics a
// non-empty array of catalogue codes). The error names the line and the field.
Result<std::vector<RealQuestion>> ParseRealCorpus(std::string_view jsonl);

// The README's rule: SHA-256 of the URL's bytes, first 8 hex digits < 0x33333333.
bool IsHeldOutSource(std::string_view source_url);

enum class CorpusSplit { kTune, kHoldout, kAll };

// The questions of `split`, in file order.
std::vector<RealQuestion> SplitOf(const std::vector<RealQuestion>& all, CorpusSplit split);

}  // namespace doithoai
