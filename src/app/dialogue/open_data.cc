// Open data of a dialogue (issue 14): what the accountability use case assembles, laid out as
// tables; the answers read beside it (every answer of the dialogue: the domain keeps only the
// published ones).
#include "app/dialogue/open_data.h"

#include <map>

#include "app/answer/answers.h"
#include "app/dialogue/accountability.h"
#include "domain/access/dialogue_access.h"

namespace doithoai {

namespace {

constexpr int64_t kEveryQuestion = int64_t{1} << 40;

std::vector<OpenQuestion> QuestionsOf(const Accountability& a) {
  std::vector<OpenQuestion> out;
  out.reserve(a.items.size());
  for (const auto& r : a.items) {
    OpenQuestion q;
    q.sequence = r.sequence;
    q.submitted_on = r.submitted_on;
    q.status = r.status;
    q.detail = r.detail;
    q.shown = r.shown;
    q.issue = r.issue;
    q.issue_title = r.issue_title;
    q.topic = r.topic;
    q.agency = r.agency;
    if (r.agency) {
      if (auto it = a.agencies.find(*r.agency); it != a.agencies.end()) {
        q.agency_name = it->second.name;
      }
    }
    out.push_back(std::move(q));
  }
  return out;
}

Result<std::vector<OpenAnswer>> AnswersOf(Context& ctx, DialogueId dialogue,
                                          const std::vector<OpenIssue>& issues) {
  std::map<IssueId, const OpenIssue*> by_id;
  for (const auto& i : issues) by_id[i.id] = &i;
  return ReadValue<std::vector<OpenAnswer>>(
      ctx.store, [&](Tx& tx) -> Result<std::vector<OpenAnswer>> {
        std::vector<OpenAnswer> out;
        std::map<AgencyId, std::string> agency_names;
        for (auto& a : tx.answers().ListByDialogue(dialogue)) {
          OpenAnswer o;
          // The title the accountability page shows; an issue no question is shown under
          // is named by its number, never by a title the page would not show.
          auto it = by_id.find(a.issue);
          o.issue_title = it != by_id.end() ? it->second->title
                                            : "Nhóm vấn đề số " + std::to_string(a.issue.value);
          auto [name, added] = agency_names.try_emplace(a.agency);
          if (added) {
            if (auto ag = tx.agencies().Find(a.agency)) name->second = ag->name;
          }
          o.agency_name = name->second;
          o.answer = std::move(a);
          out.push_back(std::move(o));
        }
        return out;
      });
}

}  // namespace

Result<OpenDataSource> GetOpenDataSource(Context& ctx, DialogueId dialogue) {
  const Date today = ctx.clock.Today();
  return ReadValue<OpenDataSource>(ctx.store, [&](Tx& tx) -> Result<OpenDataSource> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    auto unit = tx.units().Find(d->unit);
    // Not yet public is not found, as on the accountability page.
    if (!CanSeeDialogue(nullptr, *d, unit ? unit->path : "", today)) {
      return Error::NotFound("chương trình đối thoại");
    }
    return OpenDataSource{dialogue, d->title, unit ? unit->name : ""};
  });
}

Result<OpenDataFile> GetOpenDataset(Context& ctx, DialogueId dialogue, std::string_view dataset) {
  if (!FindOpenDataset(dataset)) return Error::NotFound("bộ dữ liệu mở");
  OpenDataFile out;
  DT_ASSIGN_OR_RETURN(out.source, GetOpenDataSource(ctx, dialogue));
  AccountabilityQuery every;
  every.limit = dataset == "tasks" ? 0 : kEveryQuestion;  // the tasks need no question row
  DT_ASSIGN_OR_RETURN(Accountability a, GetAccountability(ctx, dialogue, every));
  if (dataset == "tasks") {
    out.table = TasksTable(a.task_groups);
    return out;
  }
  std::vector<OpenQuestion> questions = QuestionsOf(a);
  if (dataset == "questions") {
    out.table = QuestionsTable(questions);
    return out;
  }
  std::vector<OpenIssue> issues = OpenIssuesOf(questions);
  if (dataset == "issues") {
    out.table = IssuesTable(issues);
    return out;
  }
  DT_ASSIGN_OR_RETURN(std::vector<OpenAnswer> answers, AnswersOf(ctx, dialogue, issues));
  out.table = AnswersTable(answers);
  return out;
}

Result<std::string> OpenDataFingerprint(Context& ctx, DialogueId dialogue) {
  DT_ASSIGN_OR_RETURN(std::string page, AccountabilityFingerprint(ctx, dialogue));
  DT_ASSIGN_OR_RETURN(std::string answers, PublishedAnswersFingerprint(ctx, dialogue));
  return page + "|" + answers;
}

}  // namespace doithoai
