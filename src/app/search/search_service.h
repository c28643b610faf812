// Public search and "may already be answered" hints (C11) over what doithoai publishes: the
// approved answers (issue title + answer) and the texts of the questions they answer. Never a
// youth's identity, never an unpublished draft or an unanswered question.
//
// The index lives in memory (text::SearchIndex) and is rebuilt from the store when the
// store's version has moved and the last rebuild is older than `max_staleness_ms` — cheap at
// the scale of one province's dialogues (10⁴–10⁵ records); above kSyncRebuildDocuments the
// rebuild runs beside the searches. Incremental updates from the use cases are the next step
// for national scale.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/context.h"
#include "text/search_index.h"

namespace doithoai {

struct SearchItem {
  text::DocKind kind;
  int64_t id;  // issue id for answers, question id for questions
  DialogueId dialogue;
  std::string title;    // the title
  std::string snippet;  // HTML-escaped, <mark> around matches
  float score = 0;
};

struct SearchPage {
  std::vector<SearchItem> items;
  size_t total = 0;
  bool relaxed = false;  // no result had every word
};

class SearchService {
 public:
  SearchService(Context ctx, int64_t max_staleness_ms = 1000);
  ~SearchService();

  // From this many indexed records on, a stale index is rebuilt on a worker thread while
  // searches use the current one (as StaffSearchService does).
  static constexpr size_t kSyncRebuildDocuments = 200000;

  // Field errors: "q" (empty or over 1,000 bytes), "limit", "offset".
  Result<SearchPage> Search(const std::string& q, std::optional<DialogueId> dialogue, size_t limit,
                            size_t offset);
  // Answered issues of `dialogue` most like `text` (once each, best match first), for the
  // "your question may already be answered" hints while a youth types.
  Result<SearchPage> Similar(DialogueId dialogue, const std::string& text, size_t n);

  // Forgets the index: the next search rebuilds it from the store before answering (and a
  // rebuild already running is not installed). For a youth's deleted text (app/rights), which
  // must not stay findable for even `max_staleness_ms`.
  void Invalidate();

 private:
  struct Snapshot;
  std::shared_ptr<const Snapshot> Current();
  Result<std::shared_ptr<const Snapshot>> Build();

  Context ctx_;
  int64_t max_staleness_ms_;
  std::mutex mu_;  // guards current_, rebuilding_, worker_ and serialises rebuilds
  std::shared_ptr<const Snapshot> current_;
  bool rebuilding_ = false;
  uint64_t generation_ = 0;  // bumped by Invalidate
  std::thread worker_;
};

}  // namespace doithoai
