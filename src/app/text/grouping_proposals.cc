#include "app/text/grouping_proposals.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "app/audit_trail.h"
#include "app/text/text_repository.h"
#include "domain/access/permissions.h"
#include "text/grouping.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

struct Scope {
  Dialogue dialogue;
  Unit unit;
};

Result<Scope> CoordinatedDialogue(Tx& tx, const Actor& actor, DialogueId id) {
  auto d = tx.dialogues().Find(id);
  if (!d) return Error::NotFound("chương trình đối thoại");
  auto unit = tx.units().Find(d->unit);
  if (!unit || !CanCoordinate(actor, unit->path)) return Error::Forbidden();
  return Scope{*d, *unit};
}

// The texts ProposeGroups sees: ungrouped questions first, then examples of existing issues,
// each example remembering its issue.
struct Corpus {
  std::vector<Question> ungrouped;
  std::vector<std::string> texts;
  std::vector<ProposalIssue> issues;
  std::vector<size_t> owner;  // texts[ungrouped.size() + i] belongs to issues[owner[i]]
};

void AddIssues(Tx& tx, const Dialogue& d, Corpus& c) {
  for (const auto& issue : tx.issues().ListByDialogue(d.id)) {
    auto answer = tx.answers().Find(issue.id);
    size_t index = c.issues.size();
    c.issues.push_back(
        {issue.id, d.id, d.year, issue.title, answer && answer->status == AnswerStatus::kApproved});
    c.texts.push_back(issue.title);
    c.owner.push_back(index);
    QuestionFilter f;
    f.issue = issue.id;
    f.limit = kProposalIssueExamples;
    for (const auto& q : tx.questions().List(d.id, f)) {
      c.texts.push_back(q.text);
      c.owner.push_back(index);
    }
  }
}

std::optional<DialogueId> LastYear(Tx& tx, const Dialogue& d) {
  for (const auto& other : tx.dialogues().List()) {
    if (other.unit == d.unit && other.year == d.year - 1) return other.id;
  }
  return std::nullopt;
}

std::string ShortestText(const std::vector<Question>& members) {
  const Question* best = &members.front();
  for (const auto& q : members) {
    if (text::CodePointCount(q.text) < text::CodePointCount(best->text)) best = &q;
  }
  std::string title = best->text;
  while (text::CodePointCount(title) > kIssueTitleMaxChars) {  // drop whole code points
    title.pop_back();
    while (!title.empty() && (static_cast<unsigned char>(title.back()) & 0xC0) == 0x80)
      title.pop_back();
    if (!title.empty()) title.pop_back();
  }
  return title;
}

// tag = this dialogue's issue index * 2^20 + last year's issue index (each + 1; 0 = none).
constexpr int64_t kShift = int64_t(1) << 20;

// The groups of the corpus that hold an ungrouped question, before any decision.
std::vector<ProposedGroup> RawGroups(const Corpus& c,
                                     const std::vector<text::QuestionGroup>& groups) {
  const size_t n = c.ungrouped.size();
  std::vector<ProposedGroup> proposed;
  for (const auto& g : groups) {
    std::vector<int64_t> members;
    std::map<size_t, int> votes;
    for (size_t m : g.members) {
      if (m < n)
        members.push_back(c.ungrouped[m].id.value);
      else
        ++votes[c.owner[m - n]];
    }
    if (members.empty()) continue;
    int64_t here = 0, before = 0;
    int best_here = 0, best_before = 0;
    for (auto [issue, count] : votes) {
      bool same = c.issues[issue].dialogue == c.ungrouped.front().dialogue;
      int& best = same ? best_here : best_before;
      if (count > best) {
        best = count;
        (same ? here : before) = static_cast<int64_t>(issue) + 1;
      }
    }
    if (members.size() == 1 && here == 0 && before == 0) continue;  // nothing to propose
    std::sort(members.begin(), members.end());
    proposed.push_back({members, g.confidence, here * kShift + before});
  }
  return proposed;
}

}  // namespace

// One computation of a dialogue's proposals, before the decisions are replayed.
struct GroupingProposer::Computed {
  uint64_t version = 0;
  std::optional<DialogueId> last_year;
  size_t ungrouped = 0;
  std::vector<ProposedGroup> groups;  // tags index `issues` (kShift)
  std::vector<ProposalIssue> issues;
  std::unordered_map<int64_t, Question> questions;  // the ungrouped ones, by id
};

namespace {

// Replays the decisions on a computation; `current` says whether a question may still be
// proposed (it is checked again when the computation is older than the store).
GroupingProposals Finish(const GroupingProposer::Computed& c,
                         const std::vector<GroupingDecision>& decisions,
                         const std::function<bool(const Question&)>& current) {
  std::vector<ProposedGroup> proposed = ApplyDecisions(c.groups, decisions);
  GroupingProposals out;
  out.ungrouped = c.ungrouped;
  out.last_year = c.last_year;
  for (const auto& p : proposed) {
    GroupingProposal item;
    for (int64_t id : p.members) {
      auto it = c.questions.find(id);
      if (it != c.questions.end() && current(it->second)) item.members.push_back(it->second);
    }
    int64_t here = p.tag / kShift, before = p.tag % kShift;
    if (here > 0) item.issue = c.issues[here - 1];
    if (before > 0) item.last_year = c.issues[before - 1];
    if (item.members.empty() || (item.members.size() == 1 && !item.issue && !item.last_year))
      continue;
    item.confidence = p.confidence;
    item.suggested_title = item.issue ? item.issue->title : ShortestText(item.members);
    out.items.push_back(std::move(item));
  }
  std::stable_sort(out.items.begin(), out.items.end(), [](const auto& a, const auto& b) {
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    return a.members.front().id < b.members.front().id;
  });
  return out;
}

// Reads the dialogue's ungrouped questions and the issues to match, and groups them.
GroupingProposer::Computed Compute(Tx& tx, const Dialogue& dialogue, uint64_t version) {
  Corpus corpus;
  QuestionFilter f;
  f.grouped = false;
  f.limit = -1;
  for (auto& q : tx.questions().List(dialogue.id, f)) {
    if (q.screening != Screening::kNew && q.screening != Screening::kAccepted) continue;
    if (corpus.ungrouped.size() == kProposalMaxQuestions) break;
    corpus.texts.push_back(q.text);
    corpus.ungrouped.push_back(std::move(q));
  }
  AddIssues(tx, dialogue, corpus);
  GroupingProposer::Computed c;
  c.version = version;
  c.last_year = LastYear(tx, dialogue);
  if (c.last_year) {
    if (auto d = tx.dialogues().Find(*c.last_year)) AddIssues(tx, *d, corpus);
  }
  c.ungrouped = corpus.ungrouped.size();
  if (!corpus.ungrouped.empty()) c.groups = RawGroups(corpus, text::ProposeGroups(corpus.texts));
  c.issues = std::move(corpus.issues);
  for (auto& q : corpus.ungrouped) c.questions.emplace(q.id.value, std::move(q));
  return c;
}

bool Proposable(const Question& q) {
  return !q.issue && (q.screening == Screening::kNew || q.screening == Screening::kAccepted);
}

// Every id must be a question of the dialogue; returns them ascending without repeats.
Result<std::vector<int64_t>> DialogueQuestions(Tx& tx, DialogueId dialogue,
                                               const std::vector<int64_t>& ids,
                                               const std::string& field) {
  if (ids.size() > kIssueMaxQuestions) return Error::Invalid(field, "quá nhiều câu hỏi");
  FieldErrors errors;
  if (ids.empty()) errors.Add(field, "chọn ít nhất một câu hỏi");
  for (size_t i = 0; i < ids.size(); ++i) {
    auto q = tx.questions().Find(QuestionId(ids[i]));
    if (!q || q->dialogue != dialogue) {
      errors.Add(field + "[" + std::to_string(i) + "]",
                 "câu hỏi không thuộc chương trình đối thoại này");
    }
  }
  if (!errors.empty()) return errors.ToError();
  return SortedIds(ids);
}

nlohmann::json DecisionJson(const GroupingDecision& d) {
  return {{"verdict", GroupingVerdictName(d.verdict)}, {"members", d.members}, {"parts", d.parts}};
}

// Validates, stores and audits one decision.
Result<GroupingDecision> Decide(
    Context& ctx, const Actor& actor, DialogueId dialogue,
    const std::vector<std::pair<std::string, std::vector<int64_t>>>& sets,
    const std::function<Result<GroupingDecision>(const std::vector<std::vector<int64_t>>&)>& make) {
  Instant now = ctx.clock.Now();
  return WriteValue<GroupingDecision>(ctx.store, [&](Tx& tx) -> Result<GroupingDecision> {
    DT_ASSIGN_OR_RETURN(Scope scope, CoordinatedDialogue(tx, actor, dialogue));
    std::vector<std::vector<int64_t>> checked;
    FieldErrors errors;
    for (const auto& [field, ids] : sets) {
      auto r = DialogueQuestions(tx, scope.dialogue.id, ids, field);
      if (!r.ok()) {
        for (const auto& f : r.error().fields()) errors.Add(f.field, f.reason);
        checked.emplace_back();
      } else {
        checked.push_back(std::move(r).value());
      }
    }
    if (!errors.empty()) return errors.ToError();
    DT_ASSIGN_OR_RETURN(GroupingDecision d, make(checked));
    d.dialogue = scope.dialogue.id;
    d.decided_by = actor.user;
    d.decided_at = now;
    DT_ASSIGN_OR_RETURN(GroupingDecision stored, tx.text().InsertDecision(d));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user,
                              std::string("grouping.") + GroupingVerdictName(d.verdict), "dialogue",
                              dialogue.value, nullptr, DecisionJson(stored)));
    return stored;
  });
}

}  // namespace

Result<GroupingProposals> GroupingProposer::Propose(const Actor& actor, DialogueId dialogue) {
  uint64_t version = ctx_.store.Version();
  GroupingProposals out;
  DT_RETURN_IF_ERROR(ctx_.store.Read([&](Tx& tx) -> Status {
    DT_ASSIGN_OR_RETURN(Scope scope, CoordinatedDialogue(tx, actor, dialogue));
    auto decisions = tx.text().Decisions(dialogue);
    std::shared_ptr<const Computed> cached;
    {
      std::lock_guard lock(mu_);
      if (auto it = cache_.find(dialogue); it != cache_.end()) cached = it->second;
    }
    auto all = [](const Question&) { return true; };
    if (cached && cached->version == version) {
      out = Finish(*cached, decisions, all);
      return Ok();
    }
    if (cached && cached->ungrouped >= sync_questions_) {
      // Large: the last computation, without what has been grouped or screened out since,
      // while a fresh one is computed beside it.
      RefreshInBackground(dialogue);
      out = Finish(*cached, decisions, [&](const Question& q) {
        auto now = tx.questions().Find(q.id);
        return now && Proposable(*now);
      });
      out.stale = true;
      return Ok();
    }
    auto fresh = std::make_shared<const Computed>(Compute(tx, scope.dialogue, version));
    {
      std::lock_guard lock(mu_);
      Keep(dialogue, fresh);
    }
    out = Finish(*fresh, decisions, all);
    return Ok();
  }));
  out.dialogue = dialogue;
  return out;
}

void GroupingProposer::Keep(DialogueId dialogue, std::shared_ptr<const Computed> computed) {
  cache_[dialogue] = std::move(computed);
  while (cache_.size() > kProposalCachedDialogues) {
    auto victim = cache_.begin();
    if (victim->first == dialogue) ++victim;
    cache_.erase(victim);
  }
}

void GroupingProposer::RefreshInBackground(DialogueId dialogue) {
  std::lock_guard lock(mu_);
  if (refreshing_) return;
  refreshing_ = true;
  if (worker_.joinable()) worker_.join();  // the previous refresh, already finished
  worker_ = std::thread([this, dialogue] {
    uint64_t version = ctx_.store.Version();
    std::shared_ptr<const Computed> fresh;
    Status s = ctx_.store.Read([&](Tx& tx) -> Status {
      auto d = tx.dialogues().Find(dialogue);
      if (d) fresh = std::make_shared<const Computed>(Compute(tx, *d, version));
      return Ok();
    });
    std::lock_guard done(mu_);
    if (s.ok() && fresh) Keep(dialogue, fresh);
    refreshing_ = false;
  });
}

GroupingProposer::~GroupingProposer() {
  std::thread worker;
  {
    std::lock_guard lock(mu_);
    worker = std::move(worker_);
  }
  if (worker.joinable()) worker.join();
}

Result<Issue> AcceptProposal(Context& ctx, const Actor& actor, DialogueId dialogue,
                             const AcceptProposalInput& in) {
  if (!in.issue_id) return CreateIssue(ctx, actor, dialogue, {in.title, in.question_ids});
  auto issue = ReadValue<Issue>(ctx.store, [&](Tx& tx) -> Result<Issue> {
    DT_ASSIGN_OR_RETURN(Scope scope, CoordinatedDialogue(tx, actor, dialogue));
    auto found = tx.issues().Find(IssueId(*in.issue_id));
    if (!found || found->dialogue != scope.dialogue.id) {
      return Error::Invalid("issue_id", "nhóm vấn đề không thuộc chương trình đối thoại này");
    }
    return *found;
  });
  if (!issue.ok()) return issue.error();
  return AddQuestionsToIssue(ctx, actor, issue->id, in.question_ids);
}

Result<GroupingDecision> RejectProposal(Context& ctx, const Actor& actor, DialogueId dialogue,
                                        const std::vector<int64_t>& question_ids) {
  return Decide(ctx, actor, dialogue, {{"question_ids", question_ids}},
                [](const std::vector<std::vector<int64_t>>& sets) -> Result<GroupingDecision> {
                  GroupingDecision d;
                  d.verdict = GroupingVerdict::kReject;
                  d.members = sets[0];
                  return d;
                });
}

Result<GroupingDecision> SplitProposal(Context& ctx, const Actor& actor, DialogueId dialogue,
                                       const std::vector<int64_t>& question_ids,
                                       const std::vector<int64_t>& remove_ids) {
  return Decide(ctx, actor, dialogue, {{"question_ids", question_ids}, {"remove_ids", remove_ids}},
                [](const std::vector<std::vector<int64_t>>& sets) {
                  return SplitDecision(sets[0], sets[1]);
                });
}

Result<GroupingDecision> MergeProposals(Context& ctx, const Actor& actor, DialogueId dialogue,
                                        const std::vector<int64_t>& question_ids,
                                        const std::vector<int64_t>& other_question_ids) {
  return Decide(ctx, actor, dialogue,
                {{"question_ids", question_ids}, {"other_question_ids", other_question_ids}},
                [](const std::vector<std::vector<int64_t>>& sets) {
                  return MergeDecision(sets[0], sets[1]);
                });
}

}  // namespace doithoai
