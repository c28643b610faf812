// Public accountability of a dialogue (issue 14): loads the facts, the domain decides what shows.
#include "app/dialogue/accountability.h"

#include <functional>
#include <mutex>
#include <unordered_map>

#include "app/rights/rights_repository.h"
#include "app/task/task_ports.h"
#include "domain/access/dialogue_access.h"
#include "domain/privacy/consent.h"
#include "text/topics.h"

namespace doithoai {

namespace {

constexpr int64_t kAllQuestions = int64_t{1} << 40;

// The topic of an issue: the shipped classifier's first choice for its title (the coordinator
// names the issue for what its questions ask). Loaded once; Suggest is const and thread-safe.
// Titles rarely change, so their topics are remembered (bounded: cleared past kMaxRemembered).
std::string TopicOf(const std::string& title) {
  static const text::TopicClassifier model = text::TopicClassifier::Shipped();
  static std::mutex mu;
  static std::unordered_map<std::string, std::string> remembered;
  constexpr size_t kMaxRemembered = 200000;
  {
    std::lock_guard lock(mu);
    if (auto it = remembered.find(title); it != remembered.end()) return it->second;
  }
  auto best = model.Suggest(title, 1);
  std::string topic = best.empty() ? std::string() : std::string(best.front().code);
  std::lock_guard lock(mu);
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  remembered.emplace(title, topic);
  return topic;
}

bool MayPublish(Tx& tx, const Question& q) {
  bool consent = q.channel == Channel::kWeb &&
                 ConsentInForce(tx.rights().Consents(q.id), Purpose::kPublishText);
  return MayPublishText(q, consent);
}

Status FindPublicDialogue(Tx& tx, DialogueId id, Date today) {
  auto d = tx.dialogues().Find(id);
  if (!d) return Error::NotFound("chương trình đối thoại");
  auto unit = tx.units().Find(d->unit);
  // Not yet public is not found, as for an id that does not exist.
  if (!CanSeeDialogue(nullptr, *d, unit ? unit->path : "", today)) {
    return Error::NotFound("chương trình đối thoại");
  }
  return Ok();
}

std::vector<Document> IssuedConclusions(Tx& tx, DialogueId dialogue) {
  DocumentFilter f;
  f.dialogue = dialogue;
  f.limit = 1000;
  std::vector<Document> out;
  for (auto& d : tx.documents().List(f)) {
    if (d.kind == "conclusion" && d.issued_on) out.push_back(std::move(d));
  }
  return out;
}

}  // namespace

Result<Accountability> GetAccountability(Context& ctx, DialogueId dialogue,
                                         const AccountabilityQuery& query) {
  AccountFilter filter;
  filter.limit = query.limit;
  filter.offset = query.offset;
  filter.agency = query.agency;
  if (query.status) {
    filter.status = ParseAccountStatus(*query.status);
    if (!filter.status) {
      return Error::Invalid("status", "phải là một trong received, processing, answered, closed");
    }
  }
  if (query.topic) {
    if (!text::TopicIndex(*query.topic)) {
      return Error::Invalid("topic", "không phải mã lĩnh vực trong danh mục");
    }
    filter.topic = query.topic;
  }
  const Date today = ctx.clock.Today();
  return ReadValue<Accountability>(ctx.store, [&](Tx& tx) -> Result<Accountability> {
    DT_RETURN_IF_ERROR(FindPublicDialogue(tx, dialogue, today));
    Accountability out;
    out.dialogue = dialogue;

    std::map<IssueId, AccountIssue> issues;
    for (auto& i : tx.issues().ListByDialogue(dialogue)) {
      AccountIssue a{i.id, std::move(i.title), i.lead_agency, "", false};
      if (auto ans = tx.answers().Find(i.id)) a.answered = ans->IsPublished();
      if (a.agency && !out.agencies.count(*a.agency)) {
        if (auto ag = tx.agencies().Find(*a.agency)) out.agencies[*a.agency] = std::move(*ag);
      }
      issues.emplace(a.id, std::move(a));
    }

    QuestionFilter all;
    all.limit = kAllQuestions;
    std::vector<Question> questions = tx.questions().List(dialogue, all);
    std::unordered_map<int64_t, IssueId> issue_of;
    for (const auto& q : questions) {
      if (q.issue) issue_of.emplace(q.id.value, *q.issue);
      // A coordinator may have named the issue with a question's own words: shown only when
      // that question's text may be public.
      if (q.issue) {
        auto it = issues.find(*q.issue);
        if (it != issues.end() && !it->second.title.empty() && it->second.title == q.text &&
            !MayPublish(tx, q)) {
          it->second.title = "Nhóm vấn đề số " + std::to_string(it->first.value);
        }
      }
    }
    for (auto& [id, issue] : issues) issue.topic = TopicOf(issue.title);
    std::map<QuestionId, IssueId> originals;
    for (const auto& q : questions) {
      if (q.issue || !q.duplicate_of) continue;
      if (auto it = issue_of.find(q.duplicate_of->value); it != issue_of.end()) {
        originals.emplace(q.id, it->second);
      }
    }

    const auto support = tx.issues().SupportCounts(dialogue);
    AccountSelection sel = SelectAccountQuestions(questions, issues, originals, filter);
    out.counts = sel.counts;
    out.total = sel.matching;
    for (const auto& e : sel.page) {
      const Question& q = questions[e.index];
      AccountabilityRow row;
      row.sequence = static_cast<int64_t>(e.index) + 1;
      row.submitted_on = q.submitted_at.VietnamDate();
      row.status = e.status;
      row.detail = e.detail;
      row.shown = PublicTextOf(q, e, MayPublish(tx, q));
      row.issue = e.issue;
      if (e.issue) {
        const AccountIssue& i = issues.at(*e.issue);
        row.issue_title = i.title;
        row.agency = i.agency;
        row.topic = i.topic;
        if (auto it = support.find(*e.issue); it != support.end()) row.issue_support = it->second;
      }
      out.items.push_back(std::move(row));
    }
    for (const auto& t : text::TopicCatalogue()) {
      for (const auto& [id, i] : issues) {
        if (i.topic == t.code) {
          out.topics.emplace_back(t.code);
          break;
        }
      }
    }

    std::vector<PublicTask> tasks;
    for (auto& doc : IssuedConclusions(tx, dialogue)) {
      out.conclusions.push_back({doc.id, doc.number_symbol, doc.issued_on});
      for (auto& t : tx.tasks().ListByDocument(doc.id)) {
        if (t.parent) continue;  // a split's sub-tasks roll up into their parent
        std::string lead = t.lead.name;
        if (lead.empty() && t.lead.agency) {
          if (auto a = tx.agencies().Find(*t.lead.agency)) lead = a->name;
        }
        auto reports = tx.tasks().Reports(t.id);
        tasks.push_back(
            PublicTaskOf(t, std::move(lead), reports.empty() ? nullptr : &reports.back(), today));
      }
    }
    out.task_count = static_cast<int64_t>(tasks.size());
    out.task_groups = GroupTasksByIssue(std::move(tasks), issues);
    return out;
  });
}

Result<std::string> AccountabilityFingerprint(Context& ctx, DialogueId dialogue) {
  const Date today = ctx.clock.Today();
  return ReadValue<std::string>(ctx.store, [&](Tx& tx) -> Result<std::string> {
    DT_RETURN_IF_ERROR(FindPublicDialogue(tx, dialogue, today));
    std::string s = today.ToIso() + "|" + std::to_string(tx.rights().CountRequests(dialogue));
    for (auto screening :
         {Screening::kNew, Screening::kAccepted, Screening::kDuplicate, Screening::kOutOfScope}) {
      QuestionFilter f;
      f.screening = screening;
      s += ":" + std::to_string(tx.questions().Count(dialogue, f));
    }
    QuestionFilter grouped;
    grouped.grouped = true;
    s += ":" + std::to_string(tx.questions().Count(dialogue, grouped)) + "|";
    std::map<IssueId, const Answer*> answers;
    auto all_answers = tx.answers().ListByDialogue(dialogue);
    for (const auto& a : all_answers) answers[a.issue] = &a;
    size_t h = 0;
    auto mix = [&h](size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    for (const auto& i : tx.issues().ListByDialogue(dialogue)) {
      mix(static_cast<size_t>(i.id.value));
      mix(std::hash<std::string>{}(i.title));
      mix(static_cast<size_t>(i.lead_agency ? i.lead_agency->value : 0));
      auto it = answers.find(i.id);
      mix(it != answers.end() && it->second->IsPublished() ? 1 : 0);
      // The grouping itself: how many questions each issue holds.
      QuestionFilter members;
      members.issue = i.id;
      mix(static_cast<size_t>(tx.questions().Count(dialogue, members)));
    }
    for (const auto& [issue, n] : tx.issues().SupportCounts(dialogue)) {
      mix(static_cast<size_t>(issue.value));
      mix(static_cast<size_t>(n));
    }
    for (const auto& doc : IssuedConclusions(tx, dialogue)) {
      mix(static_cast<size_t>(doc.id.value));
      for (const auto& t : tx.tasks().ListByDocument(doc.id)) {
        mix(static_cast<size_t>(t.id.value));
        mix(t.progress.size());
        mix(t.progress.empty() ? 0 : static_cast<size_t>(t.progress.back().percent));
      }
    }
    return s + std::to_string(h);
  });
}

}  // namespace doithoai
