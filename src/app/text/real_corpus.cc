#include "app/text/real_corpus.h"

#include <sodium.h>

#include <nlohmann/json.hpp>

#include "text/topics.h"

namespace doithoai {
namespace {

std::string StringField(const nlohmann::json& row, const char* field) {
  auto it = row.find(field);
  if (it == row.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

Result<RealQuestion> ParseRow(std::string_view line, size_t number) {
  const std::string where = "dòng " + std::to_string(number);
  nlohmann::json row = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!row.is_object()) return Error::Invalid(where, "không phải một đối tượng JSON");
  RealQuestion q;
  q.id = StringField(row, "id");
  q.text = StringField(row, "text");
  q.source_url = StringField(row, "source_url");
  q.group = StringField(row, "group");
  q.answer_agency = StringField(row, "answer_agency");
  if (q.text.empty()) return Error::Invalid(where + ".text", "thiếu nội dung câu hỏi");
  if (q.source_url.empty()) return Error::Invalid(where + ".source_url", "thiếu địa chỉ nguồn");
  if (q.group.empty()) return Error::Invalid(where + ".group", "thiếu nhóm");
  auto topics = row.find("topics");
  if (topics == row.end() || !topics->is_array() || topics->empty()) {
    return Error::Invalid(where + ".topics", "cần một hoặc hai chủ đề");
  }
  for (const auto& t : *topics) {
    if (!t.is_string() || !text::TopicIndex(t.get<std::string>())) {
      return Error::Invalid(where + ".topics", "chủ đề không có trong danh mục");
    }
    q.topics.push_back(t.get<std::string>());
  }
  return q;
}

}  // namespace

Result<std::vector<RealQuestion>> ParseRealCorpus(std::string_view jsonl) {
  std::vector<RealQuestion> out;
  size_t number = 0;
  while (!jsonl.empty()) {
    size_t end = jsonl.find('\n');
    std::string_view line = jsonl.substr(0, end);
    jsonl = end == std::string_view::npos ? std::string_view() : jsonl.substr(end + 1);
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto q = ParseRow(line, number);
    if (!q.ok()) return q.error();
    out.push_back(std::move(*q));
  }
  return out;
}

bool IsHeldOutSource(std::string_view source_url) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(source_url.data()),
                     source_url.size());
  uint32_t first =
      uint32_t{digest[0]} << 24 | uint32_t{digest[1]} << 16 | uint32_t{digest[2]} << 8 | digest[3];
  return first < 0x33333333u;
}

std::vector<RealQuestion> SplitOf(const std::vector<RealQuestion>& all, CorpusSplit split) {
  std::vector<RealQuestion> out;
  for (const RealQuestion& q : all) {
    bool held_out = IsHeldOutSource(q.source_url);
    if (split == CorpusSplit::kAll || held_out == (split == CorpusSplit::kHoldout)) {
      out.push_back(q);
    }
  }
  return out;
}

}  // namespace doithoai
