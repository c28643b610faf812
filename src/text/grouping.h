// Grouping questions that ask the same thing (ND13 Art. 10(3): the organiser groups the
// questions by issue). doithoai proposes the groups with a confidence; the coordinator
// accepts, splits or merges them.
//
// The method, linear in the number of questions (bounded work per question):
//  1. Each question becomes its content words (content_words.h: diacritics folded,
//     abbreviations and shorthand expanded, stop words dropped), with the paraphrases of the
//     youth-dialogue domain mapped to one wording (paraphrases.h) and typos corrected to a
//     frequent word one edit away (typo_correction.h).
//  2. Features are the words and adjacent word pairs, weighted by a power of their inverse
//     document frequency (over the input plus the shipped labelled set as background, so ten
//     questions get sensible weights too). Questions with identical features are copies and
//     are grouped through one representative.
//  3. Blocking: each question emits keys made of its rarest words (its six rarest alone,
//     unless one is in a tenth of all questions, and every pair of its six rarest); only
//     questions sharing a key are compared. Blocks are verified smallest first, pair by pair
//     up to 64 questions, larger ones against at most 8 leaders; and each question takes
//     part in at most 100 comparisons, so no word, however common, makes the work quadratic.
//     The budget is planned before verification, so the groups are the same with any
//     number of threads.
//  4. Verification: the cosine of the weighted features, blended with the weighted
//     containment of the shorter question in the longer (an official's noun phrase inside a
//     youth's sentence), must reach the threshold.
//  5. Known issues (GroupingOptions::known) join the input as extra questions; a question
//     close enough to one takes its issue, and questions of one issue are merged first;
//     groups that took two different known issues (or lean to them: a question whose
//     nearest known question is below the known threshold) are never merged by clustering.
//  6. Clustering: candidate pairs in decreasing similarity merge two groups when their
//     average similarity (exact for small groups, sampled for large) reaches the threshold,
//     which keeps a chain of near neighbours from gluing different questions together.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/labelled_questions.h"

namespace doithoai::text {

struct GroupingOptions {
  // Similarity (0..1) from which two questions are proposed as one issue; tuned on the
  // labelled set (bench/text/quality.cc).
  double threshold = 0.25;
  // Two groups merge only if the average similarity between their members reaches
  // linkage × threshold: 1 asks every member to be as close to the others as a pair must
  // be; lower values let a group grow through near neighbours.
  double linkage = 1.0;
  // Worker threads for analysis and verification.
  unsigned threads = 2;
  // Compare every pair instead of blocking (for tests and quality checks on small inputs).
  bool exhaustive = false;
  // Known issues: real questions already grouped by people (by default the tune sources of
  // the real corpus, RealTuneQuestionsTsv). A question whose nearest known question is at
  // least `known_threshold` similar takes that question's issue, and questions taking the
  // same issue are one group however differently they are worded ("vay vốn", "chính sách vốn
  // cho thanh niên lập nghiệp"). Null: the shipped set; an empty vector: none.
  const std::vector<LabelledQuestion>* known = nullptr;
  // Chosen by cross-validation over the tune sources (`doithoai text eval --split cv`).
  double known_threshold = 0.35;
};

struct QuestionGroup {
  std::vector<size_t> members;  // indices into the input, ascending
  // How sure the proposal is, 0..1: for a group, the average similarity of its members to
  // the group; for a single question, how far it is from its nearest neighbour.
  double confidence = 1;
};

// Every index of `questions` in exactly one group; groups ordered by their first member.
// Empty or invalid texts become groups of their own.
std::vector<QuestionGroup> ProposeGroups(std::span<const std::string> questions,
                                         const GroupingOptions& options = {});

// The similarity ProposeGroups uses, for two questions alone (IDF from the background set).
double QuestionSimilarity(std::string_view a, std::string_view b);

// `doithoai text group FILE`: reads one question per line, prints
// {"groups": [[1, 5, 9], [2], …]} with 1-based line numbers, every line exactly once.
// Returns the process exit code; errors go to `err`.
int RunTextGroup(const std::string& path, std::ostream& out, std::ostream& err);

}  // namespace doithoai::text
