// The long-lived text-intelligence services the HTTP layer holds (each keeps a cache derived
// from the store): staff search and grouping proposals.
#pragma once

#include "app/search/staff_search.h"
#include "app/text/grouping_proposals.h"

namespace doithoai {

struct TextServices {
  explicit TextServices(Context ctx) : staff_search(ctx), proposer(ctx) {}
  StaffSearchService staff_search;
  GroupingProposer proposer;
};

}  // namespace doithoai
