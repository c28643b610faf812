#include "documents/corpus/gold.h"

#include <charconv>
#include <nlohmann/json.hpp>

namespace doithoai::documents::corpus {
namespace {

using nlohmann::json;

std::optional<std::string> OptionalString(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) throw std::invalid_argument(key);
  return it->get<std::string>();
}

std::vector<std::string> Strings(const json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return out;
  if (!it->is_array()) throw std::invalid_argument(key);
  for (const json& s : *it) {
    if (!s.is_string()) throw std::invalid_argument(key);
    out.push_back(s.get<std::string>());
  }
  return out;
}

}  // namespace

Result<GoldDocument> ParseGold(std::string_view json_text, std::string id) {
  json j = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return Error::Invalid("gold", id + ": tệp gold không phải một đối tượng JSON");
  }
  GoldDocument g;
  g.id = std::move(id);
  try {
    g.family = OptionalString(j, "family").value_or("");
    g.type = OptionalString(j, "type");
    g.number_symbol = OptionalString(j, "number_symbol");
    g.issuer = OptionalString(j, "issuer");
    g.place = OptionalString(j, "place");
    g.issued_on = OptionalString(j, "issued_on");
    g.summary = OptionalString(j, "summary");
    g.bases = Strings(j, "bases");
    g.recipients = Strings(j, "recipients");
    if (auto s = j.find("signer"); s != j.end() && s->is_object()) {
      g.authority = OptionalString(*s, "authority");
      g.position = OptionalString(*s, "position");
      g.name = OptionalString(*s, "name");
    }
    if (auto t = j.find("tasks"); t != j.end() && t->is_array()) {
      for (const json& task : *t) {
        if (!task.is_object()) throw std::invalid_argument("tasks");
        GoldTask gt;
        gt.lead = OptionalString(task, "lead");
        gt.coordinating = Strings(task, "coordinating");
        gt.deadline = OptionalString(task, "deadline");
        g.tasks.push_back(std::move(gt));
      }
    }
  } catch (const std::invalid_argument& e) {
    return Error::Invalid("gold", g.id + ": trường " + e.what() + " sai kiểu");
  }
  return g;
}

std::optional<int> IdNumber(std::string_view id) {
  size_t i = id.find_first_of("0123456789");
  if (i == std::string_view::npos) return std::nullopt;
  int n = 0;
  auto [p, ec] = std::from_chars(id.data() + i, id.data() + id.size(), n);
  if (ec != std::errc()) return std::nullopt;
  return n;
}

bool IsHeldOut(std::string_view id) {
  std::optional<int> n = IdNumber(id);
  return n && *n % 3 == 0;
}

}  // namespace doithoai::documents::corpus
