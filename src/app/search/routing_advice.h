// Topic and lead-agency suggestions for an issue (C4, C11): the shipped topic classifier and
// the unit's routing table (topic → agencies), adjusted by every routing decision the
// coordinators of that unit have made. doithoai suggests; people route.
//
// The table is stored per unit (app/text/routing_table.h, editable by its coordinators); the
// learned part is derived from the stored routings (replayed when the store changes), so it
// survives restarts and follows every new decision.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/context.h"
#include "domain/access/role.h"
#include "text/topics.h"

namespace doithoai {

struct RoutingAdvice {
  std::vector<text::TopicScore> topics;  // top 3
  struct AgencyChoice {
    Agency agency;
    double score = 0;
  };
  std::vector<AgencyChoice> agencies;  // top 3 of the host unit's agencies
};

class RoutingAdvisor {
 public:
  explicit RoutingAdvisor(Context ctx);

  // For coordinators of the issue's dialogue.
  Result<RoutingAdvice> Advise(const Actor& actor, IssueId issue);

 private:
  Status Refresh();  // REQUIRES: mu_ held

  Context ctx_;
  std::mutex mu_;
  text::TopicClassifier topics_;
  text::AgencySuggester agencies_;
  uint64_t learned_version_ = UINT64_MAX;
  // Routing decisions already classified, by issue id: refreshing after a write reads the
  // issues but classifies only new or re-routed ones.
  struct Decision {
    Instant routed_at;
    std::string_view topic;  // points into the topic catalogue
  };
  std::unordered_map<int64_t, Decision> decisions_;
};

}  // namespace doithoai
