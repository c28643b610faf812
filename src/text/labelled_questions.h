// The labelled youth questions: the training data of the topic model and the ground truth of
// bench/text/quality.cc. The file tests/data/text/questions.tsv is the source; a copy is
// compiled into doithoai (labelled_questions_data.cc, written by bench/text/embed_questions.cc)
// so the shipped topic model needs no file at run time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace doithoai::text {

struct LabelledQuestion {
  std::string group;  // questions with the same group ask the same thing
  std::string topic;  // a code of the topic catalogue (topics.h)
  std::string text;
};

// Parses the TSV format: a header line "group_id<TAB>topic<TAB>text", then one question per
// line with exactly three fields, a known topic code and a non-empty valid UTF-8 text. Blank
// lines are skipped. The error names the first bad line ("line 7").
Result<std::vector<LabelledQuestion>> ParseLabelledQuestions(std::string_view tsv);

// The labelled set compiled into doithoai.
std::string_view ShippedLabelledQuestionsTsv();

// The real questions of the tune sources of tests/data/text/real_questions (issue 12), same
// format, main topic only; written by its embed_tune.py. Never the held-out sources.
std::string_view RealTuneQuestionsTsv();

}  // namespace doithoai::text
