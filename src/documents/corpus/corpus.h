// Running the parser over the real-document corpus (tests/data/documents/real/) and summing
// the field scores of score.h per split: "tune" (ids not divisible by 3, the part the parser
// may be tuned on), "holdout" (ids divisible by 3, never looked at while tuning) and "all".
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/result.h"
#include "documents/corpus/score.h"

namespace doithoai::documents::corpus {

enum class Split { kTune, kHoldout, kAll };

// Reads one document file of the form being scored into the text ParseDocument reads.
using FormReader = std::function<Result<std::string>(const std::filesystem::path& file)>;

struct DocumentScore {
  std::string id;
  bool held_out = false;
  bool refused = false;  // the parser (or the reader) refused the document
  std::string refusal;   // why, when refused
  std::vector<FieldResult> fields;
};

struct SplitSummary {
  int documents = 0;
  int refused = 0;
  int right = 0;  // fields right, over all documents of the split
  int total = 0;
  std::map<std::string, std::pair<int, int>, std::less<>> per_field;  // field → (right, total)
  double Accuracy() const { return total ? static_cast<double>(right) / total : 0; }
};

// Scores every <id>.gold.json of `gold_dir` in `split`, reading the document from
// `form_dir`/<id><extension> with `read` (the file missing, or the read failing, counts as a
// refusal). kInvalid (field "dir") when `gold_dir` holds no gold file or a gold file is bad.
Result<std::vector<DocumentScore>> ScoreCorpus(const std::filesystem::path& gold_dir,
                                               const std::filesystem::path& form_dir,
                                               const std::vector<std::string>& extensions,
                                               Split split, const FormReader& read);

SplitSummary Summarize(const std::vector<DocumentScore>& docs, Split split);

}  // namespace doithoai::documents::corpus
