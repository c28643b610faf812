#include "app/search/staff_search.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <unordered_map>

#include "app/task/task_ports.h"
#include "domain/access/permissions.h"
#include "domain/access/tree_scope.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

int64_t NowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// Status codes in the index: screenings 0..3, answer statuses 4..7.
constexpr uint8_t kAnswerStatusBase = 4;
constexpr uint8_t kNoStatus = 31;  // documents and tasks: excluded by any status filter
constexpr AnswerStatus kAnswerStatuses[] = {AnswerStatus::kDraft, AnswerStatus::kSubmitted,
                                            AnswerStatus::kApproved, AnswerStatus::kReturned};
constexpr Screening kScreenings[] = {Screening::kNew, Screening::kAccepted, Screening::kDuplicate,
                                     Screening::kOutOfScope};

std::optional<uint8_t> StatusCode(std::string_view name) {
  for (uint8_t i = 0; i < 4; ++i) {
    if (name == ScreeningName(kScreenings[i])) return i;
    if (name == AnswerStatusName(kAnswerStatuses[i])) return kAnswerStatusBase + i;
  }
  return std::nullopt;
}

std::string StatusName(uint8_t code) {
  if (code == kNoStatus) return "";
  return code < kAnswerStatusBase ? ScreeningName(kScreenings[code])
                                  : AnswerStatusName(kAnswerStatuses[code - kAnswerStatusBase]);
}

}  // namespace

struct StaffSearchService::Snapshot {
  uint64_t version = 0;
  int64_t built_ms = 0;
  text::SearchIndex index;
  struct DialogueFacts {
    std::string unit_path;
  };
  struct IssueFacts {
    DialogueId dialogue;
    std::string title;
    std::optional<AgencyId> lead;
    std::vector<AgencyId> coordinating;
  };
  struct QuestionFacts {
    DialogueId dialogue;
    std::optional<IssueId> issue;
    std::string tracking_code;
    uint8_t status = 0;
  };
  struct AnswerFacts {
    uint8_t status = 0;
    AgencyId agency;
  };
  std::unordered_map<int64_t, DialogueFacts> dialogues;
  std::unordered_map<int64_t, IssueFacts> issues;
  std::unordered_map<int64_t, QuestionFacts> questions;
  std::unordered_map<int64_t, AnswerFacts> answers;  // by issue id
  struct DocumentFacts {
    std::string unit_path;
    std::vector<AgencyId> task_agencies;  // leads and coordinators of its tasks
    std::string number_symbol;
    DialogueId dialogue;
  };
  struct TaskFacts {
    std::string unit_path;
    std::optional<AgencyId> lead;
    std::vector<std::optional<AgencyId>> coordinating;
    int64_t document = 0;
  };
  std::unordered_map<int64_t, DocumentFacts> documents;
  std::unordered_map<int64_t, TaskFacts> tasks;
};

StaffSearchService::StaffSearchService(Context ctx, int64_t max_staleness_ms,
                                       size_t sync_rebuild_documents)
    : ctx_(ctx),
      max_staleness_ms_(max_staleness_ms),
      sync_rebuild_documents_(sync_rebuild_documents) {}

Result<std::shared_ptr<const StaffSearchService::Snapshot>> StaffSearchService::Build() {
  auto snap = std::make_shared<Snapshot>();
  snap->version = ctx_.store.Version();
  DT_RETURN_IF_ERROR(ctx_.store.Read([&](Tx& tx) -> Status {
    for (const auto& d : tx.dialogues().List()) {
      auto unit = tx.units().Find(d.unit);
      if (!unit) continue;
      snap->dialogues[d.id.value] = {unit->path};
      for (const auto& issue : tx.issues().ListByDialogue(d.id)) {
        snap->issues[issue.id.value] = {d.id, issue.title, issue.lead_agency, issue.coordinating};
      }
      QuestionFilter all;
      all.limit = -1;
      for (const auto& q : tx.questions().List(d.id, all)) {
        auto status = static_cast<uint8_t>(
            std::find(std::begin(kScreenings), std::end(kScreenings), q.screening) -
            std::begin(kScreenings));
        AgencyId lead;
        if (q.issue) {
          auto it = snap->issues.find(q.issue->value);
          if (it != snap->issues.end() && it->second.lead) lead = *it->second.lead;
        }
        // The text only: the asker's name and contact are never indexed.
        snap->index.Upsert({text::DocKind::kQuestion, q.id.value, q.text, d.id, lead, status,
                            q.submitted_at.VietnamDate(), false});
        snap->questions[q.id.value] = {d.id, q.issue, q.tracking_code, status};
      }
      for (const auto& a : tx.answers().ListByDialogue(d.id)) {
        auto issue = snap->issues.find(a.issue.value);
        if (issue == snap->issues.end()) continue;
        auto status = static_cast<uint8_t>(
            kAnswerStatusBase +
            (std::find(std::begin(kAnswerStatuses), std::end(kAnswerStatuses), a.status) -
             std::begin(kAnswerStatuses)));
        std::optional<Instant> at = a.published_at ? a.published_at : a.submitted_at;
        std::optional<Date> on;
        if (at) on = at->VietnamDate();
        snap->index.Upsert({text::DocKind::kAnswer, a.issue.value,
                            issue->second.title + "\n" + a.body, d.id, a.agency, status, on,
                            a.IsPublished()});
        snap->answers[a.issue.value] = {status, a.agency};
      }
    }
    // Documents and tasks (C7, C8): their number/symbol, summary, issuer and task contents.
    DocumentFilter every;
    every.limit = -1;
    for (const auto& doc : tx.documents().List(every)) {
      Snapshot::DocumentFacts facts{
          doc.unit_path, {}, doc.number_symbol, doc.dialogue.value_or(DialogueId())};
      for (const auto& t : tx.tasks().ListByDocument(doc.id)) {
        Snapshot::TaskFacts task{t.unit_path, t.lead.agency, {}, doc.id.value};
        if (t.lead.agency) facts.task_agencies.push_back(*t.lead.agency);
        for (const auto& c : t.coordinating) {
          task.coordinating.push_back(c.agency);
          if (c.agency) facts.task_agencies.push_back(*c.agency);
        }
        snap->index.Upsert({text::DocKind::kTask, t.id.value, t.content, facts.dialogue,
                            t.lead.agency.value_or(AgencyId()), kNoStatus,
                            t.created_at.VietnamDate(), false});
        snap->tasks[t.id.value] = std::move(task);
      }
      std::string text =
          doc.number_symbol + " " + doc.type_name + "\n" + doc.summary + "\n" + doc.issuer;
      snap->index.Upsert({text::DocKind::kDocument, doc.id.value, text, facts.dialogue, AgencyId(),
                          kNoStatus, doc.issued_on, false});
      snap->documents[doc.id.value] = std::move(facts);
    }
    return Ok();
  }));
  snap->built_ms = NowMs();
  return std::shared_ptr<const Snapshot>(std::move(snap));
}

void StaffSearchService::Invalidate() {
  std::lock_guard lock(mu_);
  ++generation_;
  current_.reset();
}

std::shared_ptr<const StaffSearchService::Snapshot> StaffSearchService::Current() {
  std::lock_guard lock(mu_);
  bool stale = !current_ || (current_->version != ctx_.store.Version() &&
                             NowMs() - current_->built_ms > max_staleness_ms_);
  if (!stale) return current_;
  if (!current_ || current_->index.size() < sync_rebuild_documents_) {
    auto built = Build();
    if (built.ok()) current_ = std::move(built).value();
    return current_;
  }
  // Large: answer from the current index while a fresh one is built beside it.
  if (!rebuilding_) {
    rebuilding_ = true;
    if (worker_.joinable()) worker_.join();  // the previous rebuild, already finished
    worker_ = std::thread([this, generation = generation_] {
      auto built = Build();
      std::lock_guard done(mu_);
      if (built.ok() && generation == generation_) current_ = std::move(built).value();
      rebuilding_ = false;
    });
  }
  return current_;
}

StaffSearchService::~StaffSearchService() {
  std::thread worker;
  {
    std::lock_guard lock(mu_);
    worker = std::move(worker_);
  }
  if (worker.joinable()) worker.join();
}

Result<StaffSearchPage> StaffSearchService::Search(const Actor& actor, const StaffSearchInput& in) {
  auto clean = text::CleanText(in.q);
  FieldErrors errors;
  if (!clean || clean->empty())
    errors.Add("q", "nhập từ khóa tìm kiếm");
  else if (clean->size() > text::SearchIndex::kMaxQueryBytes)
    errors.Add("q", "quá dài");
  text::SearchQuery query;
  query.filter.public_only = false;
  if (in.kind) query.filter.kinds = 1u << static_cast<unsigned>(*in.kind);
  if (in.status) {
    auto code = StatusCode(*in.status);
    if (!code)
      errors.Add("status", "không phải trạng thái câu hỏi hoặc câu trả lời");
    else
      query.filter.statuses = 1u << *code;
  }
  if (in.from) {
    query.filter.from = Date::Parse(*in.from);
    if (!query.filter.from) errors.Add("from", "ngày phải có dạng YYYY-MM-DD");
  }
  if (in.to) {
    query.filter.to = Date::Parse(*in.to);
    if (!query.filter.to) errors.Add("to", "ngày phải có dạng YYYY-MM-DD");
  }
  if (query.filter.from && query.filter.to && *query.filter.to < *query.filter.from)
    errors.Add("to", "ngày kết thúc trước ngày bắt đầu");
  if (in.limit < 1 || in.limit > text::SearchIndex::kMaxPage)
    errors.Add("limit", "từ 1 đến " + std::to_string(text::SearchIndex::kMaxPage));
  if (in.offset > text::SearchIndex::kMaxOffset) errors.Add("offset", "quá lớn");
  if (!errors.empty()) return errors.ToError();

  auto snap = Current();
  if (!snap) return Error(ErrorCode::kUnavailable, "chỉ mục tìm kiếm chưa sẵn sàng");
  // The actor's scope, once per request.
  std::set<int64_t> handles, decides;
  for (const auto& [id, d] : snap->dialogues) {
    if (CanHandleQuestions(actor, d.unit_path)) handles.insert(id);
    if (CanDecideAnswer(actor, d.unit_path)) decides.insert(id);
  }
  std::vector<AgencyId> officer = OfficerAgencies(actor);
  auto is_officer = [&](AgencyId a) {
    return std::find(officer.begin(), officer.end(), a) != officer.end();
  };
  auto involved = [&](const Snapshot::IssueFacts& issue) {
    if (issue.lead && is_officer(*issue.lead)) return true;
    return std::any_of(issue.coordinating.begin(), issue.coordinating.end(), is_officer);
  };
  query.filter.allow = [&](text::DocKind kind, int64_t id) {
    if (kind == text::DocKind::kDocument) {
      // The rule documents are read by everywhere (domain/access/tree_scope.h).
      auto d = snap->documents.find(id);
      return d != snap->documents.end() &&
             CanReadDocument(actor, d->second.unit_path, d->second.task_agencies);
    }
    if (kind == text::DocKind::kTask) {
      auto t = snap->tasks.find(id);
      return t != snap->tasks.end() &&
             CanViewTask(actor, t->second.unit_path, t->second.lead, t->second.coordinating);
    }
    if (kind == text::DocKind::kQuestion) {
      auto q = snap->questions.find(id);
      if (q == snap->questions.end()) return false;
      if (handles.count(q->second.dialogue.value)) return true;
      if (!q->second.issue) return false;
      auto issue = snap->issues.find(q->second.issue->value);
      return issue != snap->issues.end() && involved(issue->second);
    }
    auto a = snap->answers.find(id);
    auto issue = snap->issues.find(id);
    if (a == snap->answers.end() || issue == snap->issues.end()) return false;
    int64_t dialogue = issue->second.dialogue.value;
    if (decides.count(dialogue) || is_officer(a->second.agency)) return true;
    bool approved = a->second.status == kAnswerStatusBase + 2;
    return approved && (handles.count(dialogue) || involved(issue->second));
  };
  query.text = *clean;
  query.filter.dialogue = in.dialogue;
  query.filter.agency = in.agency;
  query.limit = in.limit;
  query.offset = in.offset;
  query.prefix_last_word = false;
  auto results = snap->index.Search(query);
  StaffSearchPage page;
  page.total = results.total;
  page.relaxed = results.relaxed;
  for (const auto& hit : results.hits) {
    StaffSearchItem item;
    item.kind = hit.kind;
    item.id = hit.id;
    item.snippet = hit.snippet;
    item.score = hit.score;
    if (hit.kind == text::DocKind::kQuestion) {
      const auto& q = snap->questions.at(hit.id);
      item.dialogue = q.dialogue;
      item.issue = q.issue;
      item.tracking_code = q.tracking_code;
      item.status = StatusName(q.status);
    } else if (hit.kind == text::DocKind::kAnswer) {
      item.issue = IssueId(hit.id);
      item.status = StatusName(snap->answers.at(hit.id).status);
    } else {
      int64_t doc = hit.kind == text::DocKind::kDocument ? hit.id : snap->tasks.at(hit.id).document;
      const auto& facts = snap->documents.at(doc);
      item.dialogue = facts.dialogue;
      item.title = facts.number_symbol;
      item.document = doc;
    }
    if (item.issue) {
      if (auto it = snap->issues.find(item.issue->value); it != snap->issues.end()) {
        item.dialogue = it->second.dialogue;
        item.title = it->second.title;
      }
    }
    page.items.push_back(std::move(item));
  }
  return page;
}

}  // namespace doithoai
