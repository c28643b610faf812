#include "app/audit_trail.h"
#include "app/rights/rights.h"
#include "app/rights/rights_repository.h"

namespace doithoai {
namespace {

// Questions erased per transaction: a national dialogue's identities go in many short writes
// rather than one that holds the writer for seconds.
constexpr size_t kRetentionBatch = 500;

// The dialogues whose askers' identities are due for erasure on `today`.
Result<std::vector<DialogueId>> DueDialogues(Context& ctx, Date today, int months) {
  return ReadValue<std::vector<DialogueId>>(
      ctx.store, [&](Tx& tx) -> Result<std::vector<DialogueId>> {
        std::vector<DialogueId> out;
        for (const auto& d : tx.dialogues().List()) {
          if (today >= RetentionEnds(d.held_on, d.conclusion_issued_on, months)) {
            out.push_back(d.id);
          }
        }
        return out;
      });
}

// Erases the names and contacts of up to kRetentionBatch questions of `dialogue`; how many.
Result<int> EraseBatch(Context& ctx, DialogueId dialogue, int months) {
  Instant now = ctx.clock.Now();
  return WriteValue<int>(ctx.store, [&](Tx& tx) -> Result<int> {
    auto ids = tx.rights().QuestionsWithIdentity(dialogue);
    if (ids.size() > kRetentionBatch) ids.resize(kRetentionBatch);
    for (QuestionId id : ids) {
      auto q = tx.questions().Find(id);
      if (!q) continue;
      q->asker_name.clear();
      q->asker_contact.clear();
      DT_RETURN_IF_ERROR(tx.questions().Update(*q));
      for (auto c : tx.rights().Consents(id)) {
        if (c.purpose != Purpose::kContact || !c.InForce()) continue;
        c.withdrawn_at = now;  // nothing left to notify
        DT_RETURN_IF_ERROR(tx.rights().SaveConsent(c));
      }
    }
    if (!ids.empty()) {
      DT_RETURN_IF_ERROR(Record(tx, now, std::nullopt, "questions.identities_expired", "dialogue",
                                dialogue.value, nullptr,
                                {{"questions", ids.size()}, {"retention_months", months}}));
    }
    return static_cast<int>(ids.size());
  });
}

}  // namespace

Result<RetentionRun> EraseExpiredIdentities(Context& ctx, int months) {
  if (months < 1) return Error::Invalid("months", "thời hạn lưu trữ phải từ 1 tháng");
  DT_ASSIGN_OR_RETURN(auto due, DueDialogues(ctx, ctx.clock.Today(), months));
  RetentionRun run;
  for (DialogueId dialogue : due) {
    int erased = 0;
    for (;;) {
      DT_ASSIGN_OR_RETURN(int n, EraseBatch(ctx, dialogue, months));
      erased += n;
      if (static_cast<size_t>(n) < kRetentionBatch) break;
    }
    if (erased > 0) {
      ++run.dialogues;
      run.questions += erased;
    }
  }
  return run;
}

}  // namespace doithoai
