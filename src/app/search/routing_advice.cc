#include "app/search/routing_advice.h"

#include <set>
#include <unordered_map>

#include "app/text/routing_table.h"
#include "domain/access/permissions.h"

namespace doithoai {
namespace {

// The text a routing decision is about: the issue's title and its questions.
std::string IssueText(Tx& tx, const Issue& issue) {
  std::string out = issue.title;
  QuestionFilter f;
  f.issue = issue.id;
  f.limit = 50;
  for (const auto& q : tx.questions().List(issue.dialogue, f)) out += "\n" + q.text;
  return out;
}

}  // namespace

RoutingAdvisor::RoutingAdvisor(Context ctx) : ctx_(ctx) {}

Status RoutingAdvisor::Refresh() {
  uint64_t version = ctx_.store.Version();
  if (version == learned_version_) return Ok();
  text::AgencySuggester fresh;
  auto& decisions = decisions_;
  std::unordered_map<int64_t, Decision> seen;
  DT_RETURN_IF_ERROR(ctx_.store.Read([&](Tx& tx) -> Status {
    std::set<int64_t> tabled;
    for (const auto& d : tx.dialogues().List()) {
      auto unit = tx.units().Find(d.unit);
      if (!unit) continue;
      if (tabled.insert(unit->id.value).second) {  // the unit's table, then its decisions
        for (const auto& rule : EffectiveRoutingTable(tx, *unit, nullptr)) {
          std::vector<std::string> codes;
          for (AgencyId a : rule.agencies) {
            if (auto agency = tx.agencies().Find(a)) codes.push_back(agency->code);
          }
          (void)fresh.SetRoute(unit->code, rule.topic, codes);
        }
      }
      for (const auto& issue : tx.issues().ListByDialogue(d.id)) {
        if (!issue.lead_agency || !issue.routed_at) continue;
        // The topic of a decision is classified once, when it is first seen; routing again
        // (a new routed_at) is a new decision.
        auto known = decisions.find(issue.id.value);
        if (known == decisions.end() || known->second.routed_at != *issue.routed_at) {
          auto topics = topics_.Suggest(IssueText(tx, issue), 1);
          if (topics.empty()) continue;
          known =
              decisions
                  .insert_or_assign(issue.id.value, Decision{*issue.routed_at, topics.front().code})
                  .first;
        }
        seen[issue.id.value] = known->second;
        auto lead = tx.agencies().Find(*issue.lead_agency);
        if (lead) (void)fresh.Learn(unit->code, known->second.topic, lead->code);
      }
    }
    return Ok();
  }));
  decisions = std::move(seen);
  agencies_ = std::move(fresh);
  learned_version_ = version;
  return Ok();
}

Result<RoutingAdvice> RoutingAdvisor::Advise(const Actor& actor, IssueId id) {
  std::lock_guard lock(mu_);
  if (topics_.example_count() == 0) topics_ = text::TopicClassifier::Shipped();
  DT_RETURN_IF_ERROR(Refresh());
  return ReadValue<RoutingAdvice>(ctx_.store, [&](Tx& tx) -> Result<RoutingAdvice> {
    auto issue = tx.issues().Find(id);
    if (!issue) return Error::NotFound("nhóm vấn đề");
    auto d = tx.dialogues().Find(issue->dialogue);
    auto unit = d ? tx.units().Find(d->unit) : std::nullopt;
    if (!unit || !CanCoordinate(actor, unit->path)) return Error::Forbidden();
    RoutingAdvice advice;
    auto all = topics_.Suggest(IssueText(tx, *issue), text::kTopicCount);
    advice.topics.assign(all.begin(), all.begin() + std::min<size_t>(3, all.size()));
    // Top 3 of the agencies still active (a table or a habit may name a disabled one).
    for (const auto& choice : agencies_.Suggest(unit->code, all, 10)) {
      auto a = tx.agencies().FindByCode(unit->id, choice.agency);
      if (a && a->active) advice.agencies.push_back({*a, choice.score});
      if (advice.agencies.size() == 3) break;
    }
    return advice;
  });
}

}  // namespace doithoai
