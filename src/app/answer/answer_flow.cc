// The approval flow of one answer. Each verb: load the issue and its dialogue's unit, check
// the actor's permission, apply the pure transition from domain/answer, save, audit.
#include <functional>

#include "app/answer/answers.h"
#include "app/audit_trail.h"
#include "app/issue/issue_follow.h"
#include "app/mail/youth_mail.h"
#include "app/rights/rights_repository.h"
#include "domain/access/permissions.h"

namespace doithoai {
namespace {

struct Loaded {
  Issue issue;
  Unit unit;
  std::optional<Answer> answer;
};

Result<Loaded> Load(Tx& tx, IssueId id) {
  auto issue = tx.issues().Find(id);
  if (!issue) return Error::NotFound("nhóm vấn đề");
  auto d = tx.dialogues().Find(issue->dialogue);
  auto unit = d ? tx.units().Find(d->unit) : std::nullopt;
  if (!unit) return Error::NotFound("đơn vị");
  return Loaded{*issue, *unit, tx.answers().Find(id)};
}

// `after` runs in the same transaction once the answer is saved (the youths' mail).
template <class Transition>
Result<Answer> Apply(Context& ctx, const Actor& actor, IssueId id, const char* action,
                     Transition transition,
                     std::function<Status(Tx&, const Loaded&, Instant)> after = nullptr) {
  Instant now = ctx.clock.Now();
  return WriteValue<Answer>(ctx.store, [&](Tx& tx) -> Result<Answer> {
    DT_ASSIGN_OR_RETURN(Loaded l, Load(tx, id));
    DT_ASSIGN_OR_RETURN(Answer next, transition(l, now));
    DT_RETURN_IF_ERROR(tx.answers().Save(next));
    if (after) DT_RETURN_IF_ERROR(after(tx, l, now));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, action, "answer", id.value,
                              l.answer ? Snapshot(*l.answer) : nlohmann::json(nullptr),
                              Snapshot(next)));
    return next;
  });
}

Status MayDraft(const Actor& actor, const Loaded& l) {
  if (!l.issue.lead_agency)
    return Error::Conflict("Nhóm vấn đề chưa được chuyển cho cơ quan trả lời");
  if (!CanDraftAnswer(actor, l.unit.path, *l.issue.lead_agency)) return Error::Forbidden();
  return Ok();
}

Status MayDecide(const Actor& actor, const Loaded& l) {
  if (!CanDecideAnswer(actor, l.unit.path)) return Error::Forbidden();
  if (!l.answer) return Error::Conflict("Chưa có câu trả lời");
  return Ok();
}

// Supporters of the dialogue's issues, for the answers page's fingerprint (they show on it).
int64_t SupportTotal(Tx& tx, DialogueId dialogue) {
  int64_t total = 0;
  for (const auto& [issue, n] : tx.issues().SupportCounts(dialogue)) total += n;
  return total;
}

}  // namespace

Result<Answer> SaveAnswerDraft(Context& ctx, const Actor& actor, IssueId id, const DraftInput& in) {
  auto timing = ParseAnswerTiming(in.timing);
  if (!timing) return Error::Invalid("timing", "phải là written, on_the_spot hoặc after");
  return Apply(ctx, actor, id, "answer.drafted", [&](const Loaded& l, Instant) -> Result<Answer> {
    DT_RETURN_IF_ERROR(MayDraft(actor, l));
    return SaveDraft(l.answer, id, *l.issue.lead_agency, in.body, *timing, actor.user);
  });
}

Result<Answer> SubmitAnswer(Context& ctx, const Actor& actor, IssueId id) {
  return Apply(ctx, actor, id, "answer.submitted",
               [&](const Loaded& l, Instant now) -> Result<Answer> {
                 DT_RETURN_IF_ERROR(MayDraft(actor, l));
                 if (!l.answer) return Error::Conflict("Chưa có bản nháp câu trả lời");
                 return Submit(*l.answer, now);
               });
}

Result<Answer> ApproveAnswer(Context& ctx, const Actor& actor, IssueId id) {
  return Apply(
      ctx, actor, id, "answer.approved",
      [&](const Loaded& l, Instant now) -> Result<Answer> {
        DT_RETURN_IF_ERROR(MayDecide(actor, l));
        return Approve(*l.answer, actor.user, now);
      },
      [](Tx& tx, const Loaded& l, Instant now) -> Status {
        // Published: its confirmed followers (app/issue/issue_follow.h) and every asker of the
        // issue's questions who wants mail hear it.
        DT_RETURN_IF_ERROR(QueueFollowerMail(tx, l.issue, *l.answer, now));
        QuestionFilter f;
        f.issue = l.issue.id;
        f.limit = 500;
        for (;; f.offset += f.limit) {
          auto page = tx.questions().List(l.issue.dialogue, f);
          for (const Question& q : page) {
            DT_RETURN_IF_ERROR(QueueYouthMail(tx, q, YouthEvent::kAnswered, now));
          }
          if (static_cast<int64_t>(page.size()) < f.limit) return Ok();
        }
      });
}

Result<Answer> ReturnAnswer(Context& ctx, const Actor& actor, IssueId id,
                            const std::string& reason) {
  return Apply(ctx, actor, id, "answer.returned",
               [&](const Loaded& l, Instant now) -> Result<Answer> {
                 DT_RETURN_IF_ERROR(MayDecide(actor, l));
                 return Return(*l.answer, reason, actor.user, now);
               });
}

Result<std::string> PublishedAnswersFingerprint(Context& ctx, DialogueId dialogue) {
  return ReadValue<std::string>(ctx.store, [&](Tx& tx) -> Result<std::string> {
    if (!tx.dialogues().Find(dialogue)) return Error::NotFound("chương trình đối thoại");
    int64_t published = tx.answers().CountPublished(dialogue);
    auto newest = tx.answers().ListPublished(dialogue, 1, 0);
    QuestionFilter grouped;
    grouped.grouped = true;
    // A youth's withdrawal or deletion changes which texts are shown: every data request moves
    // the fingerprint (app/rights).
    return std::to_string(tx.rights().CountRequests(dialogue)) + ":" + std::to_string(published) +
           ":" +
           std::to_string(newest.empty() || !newest[0].published_at
                              ? 0
                              : newest[0].published_at->unix_seconds) +
           ":" + std::to_string(tx.questions().Count(dialogue, grouped)) + ":" +
           std::to_string(SupportTotal(tx, dialogue));
  });
}

Result<PublishedPage> ListPublishedAnswers(Context& ctx, DialogueId dialogue, int64_t limit,
                                           int64_t offset) {
  return ReadValue<PublishedPage>(ctx.store, [&](Tx& tx) -> Result<PublishedPage> {
    if (!tx.dialogues().Find(dialogue)) return Error::NotFound("chương trình đối thoại");
    PublishedPage page;
    page.total = tx.answers().CountPublished(dialogue);
    for (auto& a : tx.answers().ListPublished(dialogue, limit, offset)) {
      auto issue = tx.issues().Find(a.issue);
      if (!issue) continue;
      PublishedAnswer p;
      QuestionFilter f;
      f.issue = a.issue;
      f.limit = kMaxPublishedQuestionsShown;
      for (auto& q : tx.questions().List(dialogue, f)) {
        // Only the texts their askers let us publish (domain/privacy/consent.h).
        bool consent = q.channel == Channel::kWeb &&
                       ConsentInForce(tx.rights().Consents(q.id), Purpose::kPublishText);
        if (MayPublishText(q, consent)) p.question_texts.push_back(std::move(q.text));
      }
      p.question_count = tx.questions().Count(dialogue, f);
      p.support_count = tx.issues().CountSupport(a.issue);
      if (!page.agencies.count(a.agency)) {
        if (auto agency = tx.agencies().Find(a.agency)) page.agencies[a.agency] = *agency;
      }
      p.issue = std::move(*issue);
      p.answer = std::move(a);
      page.items.push_back(std::move(p));
    }
    return page;
  });
}

}  // namespace doithoai
