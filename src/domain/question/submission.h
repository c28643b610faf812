// Validation of a question submitted by a youth on the public form or compiled in a batch.
// Rules: Youth Law 2020 Art. 1 (youth are 16–30), PDP Law 91/2025 (consent by a clear act,
// never pre-ticked: the form must send consent=true itself).
#pragma once

#include <optional>
#include <string>

#include "core/result.h"
#include "domain/question/question.h"

namespace doithoai {

inline constexpr int kYouthMinAge = 16;
inline constexpr int kYouthMaxAge = 30;
inline constexpr size_t kQuestionMinChars = 10;
inline constexpr size_t kQuestionMaxChars = 2000;
inline constexpr size_t kNameMaxChars = 100;
inline constexpr size_t kContactMaxChars = 200;
inline constexpr size_t kBranchMaxChars = 200;
inline constexpr int kRepresentsMax = 100000;

// What arrives from a form or a file row, as raw strings (not yet trusted).
struct SubmissionInput {
  std::string text;
  std::optional<int> age;
  std::string asker_name;
  std::string asker_contact;
  bool consent = false;  // purpose "answer" (domain/privacy/consent.h): required
  std::optional<int64_t> asker_unit;
  bool consent_contact = false;       // purpose "contact": optional, needs a contact
  bool consent_publish_text = false;  // purpose "publish_text": optional
};

struct CleanSubmission {
  std::string text;
  int age = 0;
  std::string asker_name, asker_contact;
  std::optional<int64_t> asker_unit;
  bool consent_contact = false, consent_publish_text = false;
};

// Checks every field and returns all failures at once (fields: text, age, consent,
// consent_contact, asker_name, asker_contact). Text is stored NFC with whitespace tidied.
Result<CleanSubmission> ValidateSubmission(const SubmissionInput& in);

// A row of a batch compiled by the Youth Union: no consent box (the branch collected it), age
// optional; `represents` is how many youths the row speaks for.
struct BatchRowInput {
  std::string text;
  std::string branch;
  std::string compiled_by;
  std::string represents;  // as written in the cell
  std::string age;         // as written in the cell; may be empty
};

struct CleanBatchRow {
  std::string text, branch, compiled_by;
  int represents = 1;
  std::optional<int> age;
};

// Field names in errors are "text", "branch", "compiled_by", "represents", "age".
Result<CleanBatchRow> ValidateBatchRow(const BatchRowInput& in);

}  // namespace doithoai
