#include "storage/sqlite/sqlite_text.h"

#include <charconv>

#include "storage/sqlite/sqlite_tx.h"
#include "storage/sqlite/text_queries.h"

namespace doithoai::storage::sqlite {
namespace {

// Question ids as "3,7,9"; parts as "3,7|9".
std::string IdsText(const std::vector<int64_t>& ids) {
  std::string out;
  for (int64_t id : ids) {
    if (!out.empty()) out += ',';
    out += std::to_string(id);
  }
  return out;
}

std::vector<int64_t> ParseIds(std::string_view s) {
  std::vector<int64_t> out;
  while (!s.empty()) {
    size_t comma = s.find(',');
    std::string_view item = s.substr(0, comma);
    int64_t v = 0;
    std::from_chars(item.data(), item.data() + item.size(), v);
    out.push_back(v);
    s = comma == std::string_view::npos ? std::string_view() : s.substr(comma + 1);
  }
  return out;
}

std::string PartsText(const std::vector<std::vector<int64_t>>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "|" : "") + IdsText(parts[i]);
  return out;
}

std::vector<std::vector<int64_t>> ParseParts(std::string_view s) {
  std::vector<std::vector<int64_t>> out;
  while (!s.empty()) {
    size_t bar = s.find('|');
    out.push_back(ParseIds(s.substr(0, bar)));
    s = bar == std::string_view::npos ? std::string_view() : s.substr(bar + 1);
  }
  return out;
}

GroupingVerdict ParseVerdict(const std::string& s) {
  if (s == "split") return GroupingVerdict::kSplit;
  if (s == "merge") return GroupingVerdict::kMerge;
  return GroupingVerdict::kReject;
}

}  // namespace

Result<GroupingDecision> SqliteText::InsertDecision(GroupingDecision d) {
  auto s = c_.Prepare(sql::kInsertGroupingDecision);
  s.Bind(d.dialogue.value)
      .Bind(GroupingVerdictName(d.verdict))
      .Bind(IdsText(d.members))
      .Bind(PartsText(d.parts))
      .Bind(d.decided_by.value)
      .Bind(d.decided_at.unix_seconds);
  DT_RETURN_IF_ERROR(CheckRun(s.Run(), "members", "quyết định gộp nhóm"));
  d.id = c_.LastInsertId();
  return d;
}

std::vector<GroupingDecision> SqliteText::Decisions(DialogueId dialogue) {
  auto s = c_.Prepare(sql::kListGroupingDecisions);
  s.Bind(dialogue.value);
  std::vector<GroupingDecision> out;
  while (s.Next()) {
    GroupingDecision d;
    d.id = s.Int(0);
    d.dialogue = DialogueId(s.Int(1));
    d.verdict = ParseVerdict(s.Text(2));
    d.members = ParseIds(s.Text(3));
    d.parts = ParseParts(s.Text(4));
    d.decided_by = UserId(s.Int(5));
    d.decided_at = Instant{s.Int(6)};
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<RoutingRule> SqliteText::RoutingTable(UnitId unit) {
  auto s = c_.Prepare(sql::kListRoutingRules);
  s.Bind(unit.value);
  std::vector<RoutingRule> out;
  while (s.Next()) {
    std::string topic = s.Text(0);
    if (out.empty() || out.back().topic != topic) out.push_back({topic, {}});
    out.back().agencies.push_back(AgencyId(s.Int(1)));
  }
  return out;
}

Status SqliteText::SetRoutingTable(UnitId unit, const std::vector<RoutingRule>& rules) {
  {
    auto d = c_.Prepare(sql::kDeleteRoutingRules);
    d.Bind(unit.value);
    DT_RETURN_IF_ERROR(CheckRun(d.Run(), "rules", "bảng phân công"));
  }
  for (const auto& rule : rules) {
    int64_t position = 0;
    for (AgencyId a : rule.agencies) {
      auto s = c_.Prepare(sql::kInsertRoutingRule);
      s.Bind(unit.value).Bind(rule.topic).Bind(position++).Bind(a.value);
      DT_RETURN_IF_ERROR(CheckRun(s.Run(), "rules", "bảng phân công"));
    }
  }
  return Ok();
}

}  // namespace doithoai::storage::sqlite
