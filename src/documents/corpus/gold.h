// The hand-written extraction of one real document of the corpus
// (tests/data/documents/real/<id>.gold.json, fields described in that folder's README.md),
// reduced to the fields the corpus scorer compares.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace doithoai::documents::corpus {

struct GoldTask {
  std::optional<std::string> lead;
  std::vector<std::string> coordinating;
  // "2023-12-10", "yearly:11-30", "monthly:07", "month:2024-06", "text:…"; nullopt: none.
  std::optional<std::string> deadline;
};

struct GoldDocument {
  std::string id;      // "vb-001"
  std::string family;  // "administrative", "legal", "party", "youth_union"
  std::optional<std::string> type;
  std::optional<std::string> number_symbol;
  std::optional<std::string> issuer;
  std::optional<std::string> place;
  std::optional<std::string> issued_on;  // YYYY-MM-DD
  std::optional<std::string> summary;
  std::vector<std::string> bases;
  std::vector<std::string> recipients;  // "Kính gửi" entries then "Nơi nhận" entries
  std::optional<std::string> authority;
  std::optional<std::string> position;
  std::optional<std::string> name;
  std::vector<GoldTask> tasks;
};

// Reads one gold file's JSON. kInvalid (field "gold") when it is not JSON or a field has the
// wrong kind.
Result<GoldDocument> ParseGold(std::string_view json_text, std::string id);

// The number in a corpus id ("vb-083" → 83); nullopt when it has none.
std::optional<int> IdNumber(std::string_view id);

// The README's fixed rule: a document is held out when the number in its id is divisible by 3.
bool IsHeldOut(std::string_view id);

}  // namespace doithoai::documents::corpus
