// Diacritic-insensitive Vietnamese full-text search (SYSTEM.md C11, issue 5): an in-memory
// inverted index over questions, answers, documents and tasks.
//
// - "chuyen doi so" finds "chuyển đổi số" and "doi thoai" finds "đối thoại": words are
//   matched by their folded form (analyzer.h; đ → d, abbreviations expanded, so "UBND" finds
//   "Ủy ban nhân dân").
// - Exact-accent matches rank first: a query typed with diacritics also scores every word on
//   a second list keyed by its accented form, so "chuyển đổi số" puts documents with those
//   exact words above "chuyến đồi sợ" or an unaccented "chuyen doi so".
// - Ranking is BM25. Every non-stop word is required; if no document has them all (and the
//   query has no phrase), documents with any of them are ranked instead and `relaxed` says so.
// - "…" marks a phrase (consecutive words); the last word of the query, while being typed
//   (no space after it), also matches the five most frequent words it begins ("khoi ngh"
//   finds "khởi nghiệp"); a single letter being typed is ignored until the second.
// - Filters (kind, dialogue, agency, status, dates, public only) and paging; snippets with
//   <mark> around matched words, HTML-escaped.
// - Top-k evaluation with block-max early termination (top_k.h): common words in a million
//   documents cost milliseconds.
//
// Permissions: the index holds only what its caller puts in it; callers index the text that
// may be shown (never a youth's identity) and ask public searches with public_only, which
// excludes unpublished drafts (SearchDocument::is_public = false).
//
// Thread safety: all methods may be called concurrently; writers exclude readers.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.h"
#include "core/ids.h"

namespace doithoai::text {

enum class DocKind : uint8_t { kQuestion = 0, kAnswer = 1, kDocument = 2, kTask = 3 };

struct SearchDocument {
  DocKind kind = DocKind::kQuestion;
  int64_t id = 0;            // the record's id; (kind, id) identifies the document
  std::string text;          // what is searched and shown, NFC (as CleanText returns)
  DialogueId dialogue;       // 0 = none
  AgencyId agency;           // 0 = none
  uint8_t status = 0;        // the caller's status code, 0..31
  std::optional<Date> date;  // e.g. submitted or issued on
  bool is_public = false;    // may be shown to anyone
};

struct SearchFilter {
  uint32_t kinds = 0xF;     // bit (1 << DocKind); default all
  uint32_t statuses = ~0u;  // bit (1 << status); default all
  std::optional<DialogueId> dialogue;
  std::optional<AgencyId> agency;
  std::optional<Date> from;  // inclusive; documents without a date are excluded when set
  std::optional<Date> to;    // inclusive
  bool public_only = true;
  // When set, only documents it allows (the caller's permission rule, e.g. staff scope).
  std::function<bool(DocKind kind, int64_t id)> allow;
};

struct SearchQuery {
  std::string text;
  SearchFilter filter;
  size_t offset = 0;  // paging: hits to skip
  size_t limit = 20;  // hits to return, at most kMaxPage
  // Treat the last word as a prefix unless the text ends with a space (as-you-type boxes).
  bool prefix_last_word = true;
};

struct SearchHit {
  DocKind kind;
  int64_t id;
  float score;
  std::string snippet;  // HTML: escaped text with <mark>…</mark> around matched words
};

struct SearchResults {
  std::vector<SearchHit> hits;
  size_t total = 0;  // matching documents; an estimate if !total_exact
  bool total_exact = true;
  bool relaxed = false;  // no document had every word: these have some
};

class SearchIndex {
 public:
  static constexpr size_t kMaxPage = 100;
  static constexpr size_t kMaxOffset = 1000;
  static constexpr size_t kMaxQueryBytes = 1000;

  SearchIndex();
  ~SearchIndex();
  SearchIndex(const SearchIndex&) = delete;
  SearchIndex& operator=(const SearchIndex&) = delete;

  // Adds the document, or replaces the one with the same (kind, id). Replacing with the same
  // text only updates the attributes. Text beyond kMaxDocumentBytes is not indexed.
  void Upsert(SearchDocument doc);
  // Returns false if there was no such document.
  bool Remove(DocKind kind, int64_t id);
  size_t size() const;

  SearchResults Search(const SearchQuery& query) const;

  // Documents most like `text` (a question being typed): those sharing its three rarest
  // words, then two, then one, ranked by BM25 over its twelve rarest words (the last one as a
  // prefix). Used for "your question may already be answered" hints with a filter such as
  // answered public questions.
  std::vector<SearchHit> Similar(std::string_view text, size_t n, const SearchFilter& filter) const;

  static constexpr size_t kMaxDocumentBytes = 64 * 1024;

 private:
  struct State;
  mutable std::shared_mutex mu_;
  std::unique_ptr<State> state_;
};

}  // namespace doithoai::text
