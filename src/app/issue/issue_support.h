// "Tôi cũng muốn hỏi điều này" (issue 14): a visitor supports an issue the public can see
// instead of sending the same question again. One support per client per issue, counted
// without storing who: the store keeps only a keyed hash (HMAC-SHA-256 under the server's mail
// key, the key of the unsubscribe links, app/mail/unsubscribe_token.h) of the client's address
// and the issue, which cannot be reversed nor linked across issues without the key.
#pragma once

#include <string>
#include <string_view>

#include "app/context.h"

namespace doithoai {

struct SupportOutcome {
  IssueId issue;
  bool counted = false;  // false: this client already supported the issue
  int64_t count = 0;     // supporters of the issue, this one included
};

// The supporter key of `client` for `issue` under `key` (hex, 64 characters). An empty key
// is replaced by one made for this process (supports stay counted, but a repeat after a
// restart counts again).
std::string SupporterKey(std::string_view key, std::string_view client, IssueId issue);

// The issue when the public can see it (domain/issue/issue_support.h), else NotFound, as for
// an id that does not exist.
Result<Issue> FindPublicIssue(Tx& tx, IssueId issue, Date today);

// NotFound for an issue that does not exist or that the public cannot see
// (domain/issue/issue_support.h), as for any id the public may not know.
Result<SupportOutcome> SupportIssue(Context& ctx, std::string_view key, std::string_view client,
                                    IssueId issue);

}  // namespace doithoai
