// "Tôi cũng muốn hỏi điều này": check the issue is public, count its supporter once.
#include "app/issue/issue_support.h"

#include <sodium.h>

#include <array>

#include "domain/access/dialogue_access.h"
#include "domain/issue/issue_support.h"

namespace doithoai {
namespace {

constexpr std::string_view kPurpose = "doithoai-issue-support-v1\n";  // domain separation

const std::string& ProcessKey() {
  static const std::string key = [] {
    std::string k(crypto_auth_hmacsha256_KEYBYTES, '\0');
    randombytes_buf(k.data(), k.size());
    return k;
  }();
  return key;
}

void Update(crypto_auth_hmacsha256_state& st, std::string_view bytes) {
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(bytes.data()),
                                bytes.size());
}

}  // namespace

std::string SupporterKey(std::string_view key, std::string_view client, IssueId issue) {
  if (key.empty()) key = ProcessKey();
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  Update(st, kPurpose);
  Update(st, std::to_string(issue.value) + "\n");
  Update(st, client);
  std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
  crypto_auth_hmacsha256_final(&st, mac.data());
  std::string hex(mac.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), mac.data(), mac.size());
  hex.pop_back();
  return hex;
}

Result<Issue> FindPublicIssue(Tx& tx, IssueId issue, Date today) {
  auto found = tx.issues().Find(issue);
  auto dialogue = found ? tx.dialogues().Find(found->dialogue) : std::nullopt;
  if (!found || !dialogue ||
      !IssueTakesSupport(IsDialoguePublic(*dialogue, today), tx.answers().Find(issue))) {
    return Error::NotFound("nhóm vấn đề");
  }
  return *found;
}

Result<SupportOutcome> SupportIssue(Context& ctx, std::string_view key, std::string_view client,
                                    IssueId issue) {
  const Date today = ctx.clock.Today();
  const Instant now = ctx.clock.Now();
  const std::string supporter = SupporterKey(key, client, issue);
  return WriteValue<SupportOutcome>(ctx.store, [&](Tx& tx) -> Result<SupportOutcome> {
    DT_RETURN_IF_ERROR(FindPublicIssue(tx, issue, today));
    SupportOutcome out;
    out.issue = issue;
    DT_ASSIGN_OR_RETURN(out.counted, tx.issues().AddSupport(issue, supporter, now));
    out.count = tx.issues().CountSupport(issue);
    return out;
  });
}

}  // namespace doithoai
