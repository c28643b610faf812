// Staff search (C11, issue 5): questions (any screening status, grouped or not) and answers
// (drafts too) of every dialogue, each shown only to who may see it (SYSTEM.md §1, the
// access matrix of domain/access/permissions.h):
//  - questions: the handlers of the dialogue's unit subtree (coordinator, Youth Union,
//    leader), and the officers of an agency its issue is routed to (lead or coordinating);
//  - approved answers: whoever may see the issue;
//  - unapproved answers (draft, submitted, returned): those who decide answers in the unit's
//    subtree (coordinator, leader) and the officers of the lead agency.
//  - documents: CanReadDocument (domain/access/tree_scope.h), as everywhere documents are
//    read; tasks: CanViewTask.
// Only question texts, issue titles, answer bodies, documents' number, summary and issuer,
// and task contents are indexed: never an asker's name or
// contact, which therefore cannot appear in results or snippets.
//
// Like SearchService, the index is rebuilt from the store when the store's version has moved
// and the last rebuild is older than `max_staleness_ms` (in the background once it is large:
// kSyncRebuildDocuments).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/context.h"
#include "domain/access/role.h"
#include "text/search_index.h"

namespace doithoai {

struct StaffSearchInput {
  std::string q;
  std::optional<text::DocKind> kind;  // one kind; all four when absent
  std::optional<DialogueId> dialogue;
  std::optional<std::string> status;  // a screening name or an answer status name
  std::optional<AgencyId> agency;     // the lead agency of the issue (answers: the answering one)
  std::optional<std::string> from;    // ISO dates, inclusive (submitted / answer date)
  std::optional<std::string> to;
  size_t limit = 20;
  size_t offset = 0;
};

struct StaffSearchItem {
  text::DocKind kind;
  int64_t id;  // question id, or issue id for answers
  DialogueId dialogue;
  std::optional<IssueId> issue;
  std::optional<int64_t> document;  // documents and tasks: the document's id
  std::string title;  // the issue's title ("" for an ungrouped question); a document's number
  std::string tracking_code;  // questions only
  std::string status;         // screening (questions) or answer status (answers)
  std::string snippet;        // HTML-escaped, <mark> around matches
  float score = 0;
};

struct StaffSearchPage {
  std::vector<StaffSearchItem> items;
  size_t total = 0;
  bool relaxed = false;
};

class StaffSearchService {
 public:
  static constexpr size_t kSyncRebuildDocuments = 200000;
  explicit StaffSearchService(Context ctx, int64_t max_staleness_ms = 1000,
                              size_t sync_rebuild_documents = kSyncRebuildDocuments);
  ~StaffSearchService();

  // Below this many indexed records a stale index is rebuilt before answering (fresh results,
  // a province's scale); from it on, searches are answered from the current index while a
  // fresh one is built on a worker thread (a national round: no request waits seconds).

  // Field errors: "q", "kind", "status", "from", "to", "limit", "offset".
  Result<StaffSearchPage> Search(const Actor& actor, const StaffSearchInput& in);

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
  size_t sync_rebuild_documents_;
  std::mutex mu_;  // guards current_, rebuilding_, worker_
  std::shared_ptr<const Snapshot> current_;
  bool rebuilding_ = false;
  uint64_t generation_ = 0;  // bumped by Invalidate
  std::thread worker_;
};

}  // namespace doithoai
