// A published dialogue as a calendar (its dated steps) and as a feed of its new answers
// (issue 14, open data). Only what the public page shows: an unpublished dialogue is not
// found.
#pragma once

#include <string_view>

#include "app/context.h"
#include "core/ids.h"
#include "domain/feed/atom.h"
#include "domain/feed/icalendar.h"

namespace doithoai {

inline constexpr int64_t kFeedEntries = 50;  // the newest answers a feed carries

// `base_url`: where users reach the server, "https://host" (no trailing slash); event UIDs,
// entry ids and links are made from it.
Result<feed::Calendar> DialogueCalendar(Context& ctx, DialogueId dialogue,
                                        std::string_view base_url);
Result<feed::AtomFeed> DialogueAnswersFeed(Context& ctx, DialogueId dialogue,
                                           std::string_view base_url);

}  // namespace doithoai
