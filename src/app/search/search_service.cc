#include "app/search/search_service.h"

#include <algorithm>
#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "app/rights/rights_repository.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

int64_t NowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

struct SearchService::Snapshot {
  uint64_t version = 0;
  int64_t built_ms = 0;
  text::SearchIndex index;
  struct IssueFacts {
    DialogueId dialogue;
    std::string title;
  };
  std::unordered_map<int64_t, IssueFacts> issues;          // by issue id: answered issues
  std::unordered_map<int64_t, IssueId> issue_of_question;  // by question id
};

SearchService::SearchService(Context ctx, int64_t max_staleness_ms)
    : ctx_(ctx), max_staleness_ms_(max_staleness_ms) {}

Result<std::shared_ptr<const SearchService::Snapshot>> SearchService::Build() {
  auto snap = std::make_shared<Snapshot>();
  snap->version = ctx_.store.Version();
  DT_RETURN_IF_ERROR(ctx_.store.Read([&](Tx& tx) -> Status {
    for (const auto& d : tx.dialogues().List()) {
      std::unordered_set<QuestionId> publishing;
      for (QuestionId q : tx.rights().ConsentingQuestions(d.id, Purpose::kPublishText)) {
        publishing.insert(q);
      }
      for (const auto& a : tx.answers().ListPublished(d.id, -1, 0)) {
        auto issue = tx.issues().Find(a.issue);
        if (!issue) continue;
        std::optional<Date> on;
        if (a.published_at) on = a.published_at->VietnamDate();
        snap->index.Upsert({text::DocKind::kAnswer, a.issue.value, issue->title + "\n" + a.body,
                            d.id, a.agency, 0, on, true});
        snap->issues[a.issue.value] = {d.id, issue->title};
        QuestionFilter f;
        f.issue = a.issue;
        f.limit = -1;
        for (const auto& q : tx.questions().List(d.id, f)) {
          // Only the texts their askers let us publish (domain/privacy/consent.h).
          if (!MayPublishText(q, publishing.count(q.id) > 0)) continue;
          snap->index.Upsert({text::DocKind::kQuestion, q.id.value, q.text, d.id, a.agency, 0,
                              q.submitted_at.VietnamDate(), true});
          snap->issue_of_question[q.id.value] = a.issue;
        }
      }
    }
    return Ok();
  }));
  snap->built_ms = NowMs();
  return std::shared_ptr<const Snapshot>(std::move(snap));
}

void SearchService::Invalidate() {
  std::lock_guard lock(mu_);
  ++generation_;
  current_.reset();
}

std::shared_ptr<const SearchService::Snapshot> SearchService::Current() {
  std::lock_guard lock(mu_);
  bool stale = !current_ || (current_->version != ctx_.store.Version() &&
                             NowMs() - current_->built_ms > max_staleness_ms_);
  if (!stale) return current_;
  if (!current_ || current_->index.size() < kSyncRebuildDocuments) {
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

SearchService::~SearchService() {
  std::thread worker;
  {
    std::lock_guard lock(mu_);
    worker = std::move(worker_);
  }
  if (worker.joinable()) worker.join();
}

Result<SearchPage> SearchService::Search(const std::string& q, std::optional<DialogueId> dialogue,
                                         size_t limit, size_t offset) {
  auto clean = text::CleanText(q);
  if (!clean || clean->empty()) return Error::Invalid("q", "nhập từ khóa tìm kiếm");
  if (clean->size() > text::SearchIndex::kMaxQueryBytes) return Error::Invalid("q", "quá dài");
  if (limit < 1 || limit > text::SearchIndex::kMaxPage) {
    return Error::Invalid("limit", "từ 1 đến " + std::to_string(text::SearchIndex::kMaxPage));
  }
  if (offset > text::SearchIndex::kMaxOffset) return Error::Invalid("offset", "quá lớn");
  auto snap = Current();
  if (!snap) return Error(ErrorCode::kUnavailable, "chỉ mục tìm kiếm chưa sẵn sàng");
  text::SearchQuery query;
  query.text = *clean;
  query.filter.dialogue = dialogue;
  query.filter.public_only = true;
  query.limit = limit;
  query.offset = offset;
  auto results = snap->index.Search(query);
  SearchPage page;
  page.total = results.total;
  page.relaxed = results.relaxed;
  for (const auto& hit : results.hits) {
    SearchItem item{hit.kind, hit.id, DialogueId(), "", hit.snippet, hit.score};
    int64_t issue = hit.kind == text::DocKind::kAnswer ? hit.id : 0;
    if (hit.kind == text::DocKind::kQuestion) {
      auto it = snap->issue_of_question.find(hit.id);
      if (it != snap->issue_of_question.end()) issue = it->second.value;
    }
    if (auto f = snap->issues.find(issue); f != snap->issues.end()) {
      item.dialogue = f->second.dialogue;
      item.title = f->second.title;
    }
    page.items.push_back(std::move(item));
  }
  return page;
}

Result<SearchPage> SearchService::Similar(DialogueId dialogue, const std::string& typed, size_t n) {
  auto clean = text::CleanText(typed);
  if (!clean) return Error::Invalid("text", "không phải văn bản UTF-8 hợp lệ");
  if (clean->size() > text::SearchIndex::kMaxQueryBytes) return Error::Invalid("text", "quá dài");
  SearchPage page;
  if (text::CodePointCount(*clean) < 4) return page;
  auto snap = Current();
  if (!snap) return page;
  // BM25 over every word, relaxed to any word when no question has them all: absent words
  // (a youth's own phrasing) simply do not count, and the last word is taken as a prefix.
  text::SearchQuery query;
  query.text = *clean;
  query.filter.dialogue = dialogue;
  query.filter.public_only = true;
  query.limit = std::min<size_t>(n * 4, text::SearchIndex::kMaxPage);
  std::vector<int64_t> seen;
  for (const auto& hit : snap->index.Search(query).hits) {
    if (page.items.size() == n) break;
    int64_t issue = hit.id;  // answers are keyed by their issue
    if (hit.kind == text::DocKind::kQuestion) {
      auto q = snap->issue_of_question.find(hit.id);
      if (q == snap->issue_of_question.end()) continue;
      issue = q->second.value;
    }
    if (std::find(seen.begin(), seen.end(), issue) != seen.end()) continue;
    seen.push_back(issue);
    SearchItem item{text::DocKind::kAnswer, issue, dialogue, "", hit.snippet, hit.score};
    if (auto f = snap->issues.find(issue); f != snap->issues.end()) item.title = f->second.title;
    page.items.push_back(std::move(item));
  }
  page.total = page.items.size();
  return page;
}

}  // namespace doithoai
