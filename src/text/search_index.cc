#include "text/search_index.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_set>

#include "text/analyzer.h"
#include "text/postings.h"
#include "text/query.h"
#include "text/snippet.h"
#include "text/stop_words.h"
#include "text/top_k.h"

namespace doithoai::text {
namespace {

using search::Bm25;
using search::Cursor;
using search::PostingList;

// Weight of the accented-form list relative to the folded one: a word typed with the same
// diacritics scores about twice, so exact-accent matches rank first.
constexpr float kExactWeight = 1.0f;
// A prefix matches at most this many words (the most frequent ones), each scored at this
// weight; the prefix itself, when it is a whole word, keeps full weight.
constexpr size_t kMaxPrefixExpansions = 5;
// Shorter prefixes (one letter) match only the whole word: "l" would expand to every word.
constexpr size_t kMinPrefixBytes = 2;
constexpr float kPrefixWeight = 0.8f;
// Similar(): at most this many of the text's rarest words are used, the first rounds
// requiring this many of them.
constexpr size_t kMaxSimilarWords = 12;
constexpr size_t kSimilarRequired = 3;
// Compact posting lists when more than this share of indexed documents are dead.
constexpr double kMaxDeadShare = 0.25;

struct DocAttrs {
  int64_t id = 0;
  int64_t dialogue = 0;
  int64_t agency = 0;
  int64_t date = INT64_MIN;  // days since epoch; INT64_MIN = none
  uint8_t kind = 0;
  uint8_t status = 0;
  bool is_public = false;
  bool live = false;
};

std::string_view Truncate(std::string_view text, size_t max) {
  if (text.size() <= max) return text;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

struct SearchIndex::State {
  std::unordered_map<std::string, uint32_t> folded_ids;
  std::map<std::string, uint32_t, std::less<>> folded_sorted;  // for prefixes
  std::vector<PostingList> folded_lists;
  std::unordered_map<std::string, uint32_t> exact_ids;
  std::vector<PostingList> exact_lists;
  // Dialogue and agency as posting lists ("d7", "a3"): a filtered query intersects with them,
  // so a dialogue's 3 % of the index is not found by scanning the other 97 %.
  std::unordered_map<std::string, uint32_t> attr_ids;
  std::vector<PostingList> attr_lists;

  std::vector<DocAttrs> attrs;  // by internal document number
  std::vector<uint16_t> lengths;
  std::vector<std::string> texts;
  std::vector<uint32_t> term_offsets{0};           // folded term ids of document d, in order:
  std::vector<uint32_t> terms;                     // terms[term_offsets[d] .. term_offsets[d + 1])
  std::unordered_map<int64_t, uint32_t> by_id[4];  // per kind: id → document

  size_t live = 0;
  size_t dead = 0;
  uint64_t live_length = 0;

  uint32_t Intern(std::unordered_map<std::string, uint32_t>& ids, std::vector<PostingList>& lists,
                  const std::string& term, bool sorted) {
    auto [it, fresh] = ids.try_emplace(term, static_cast<uint32_t>(lists.size()));
    if (fresh) {
      lists.emplace_back();
      if (sorted) folded_sorted.emplace(term, it->second);
    }
    return it->second;
  }

  void Kill(uint32_t doc) {
    DocAttrs& a = attrs[doc];
    if (!a.live) return;
    a.live = false;
    --live;
    ++dead;
    live_length -= lengths[doc];
    texts[doc].clear();
    texts[doc].shrink_to_fit();
  }

  void CompactIfNeeded() {
    if (dead < 1000 || dead < kMaxDeadShare * (live + dead)) return;
    auto is_dead = [&](uint32_t d) { return !attrs[d].live; };
    for (PostingList& l : folded_lists) l.Purge(is_dead, lengths);
    for (PostingList& l : exact_lists) l.Purge(is_dead, lengths);
    for (PostingList& l : attr_lists) l.Purge(is_dead, lengths);
    std::vector<uint32_t> offsets{0}, kept;
    for (uint32_t d = 0; d < attrs.size(); ++d) {
      if (attrs[d].live) {
        kept.insert(kept.end(), terms.begin() + term_offsets[d],
                    terms.begin() + term_offsets[d + 1]);
      }
      offsets.push_back(static_cast<uint32_t>(kept.size()));
    }
    terms = std::move(kept);
    term_offsets = std::move(offsets);
    dead = 0;  // still numbered, no longer in any list
  }

  bool Accept(uint32_t d, const SearchFilter& f) const {
    const DocAttrs& a = attrs[d];
    if (!a.live || !(f.kinds >> a.kind & 1) || !(f.statuses >> a.status & 1)) return false;
    if (f.public_only && !a.is_public) return false;
    if (f.dialogue && a.dialogue != f.dialogue->value) return false;
    if (f.agency && a.agency != f.agency->value) return false;
    if (f.from && (a.date == INT64_MIN || a.date < f.from->days_since_epoch())) return false;
    if (f.to && (a.date == INT64_MIN || a.date > f.to->days_since_epoch())) return false;
    if (f.allow && !f.allow(static_cast<DocKind>(a.kind), a.id)) return false;
    return true;
  }

  bool ContainsPhrase(uint32_t d, const std::vector<uint32_t>& phrase) const {
    const uint32_t* begin = terms.data() + term_offsets[d];
    const uint32_t* end = terms.data() + term_offsets[d + 1];
    return std::search(begin, end, phrase.begin(), phrase.end()) != end;
  }

  float Idf(const PostingList& l) const {
    return Bm25::Idf(static_cast<double>(std::max<size_t>(live, 1)), static_cast<double>(l.size()));
  }

  // The folded lists a query word matches: the word itself and, for a prefix, the most
  // frequent words it begins.
  std::vector<Cursor::Part> FoldedParts(const search::QueryWord& w) const {
    std::vector<Cursor::Part> parts;
    auto exact = folded_ids.find(w.folded);
    if (exact != folded_ids.end()) {
      const PostingList& l = folded_lists[exact->second];
      parts.push_back({&l, Idf(l)});
    }
    if (!w.prefix || w.folded.size() < kMinPrefixBytes) return parts;
    std::vector<const PostingList*> longer;
    for (auto it = folded_sorted.lower_bound(w.folded);
         it != folded_sorted.end() && it->first.compare(0, w.folded.size(), w.folded) == 0; ++it) {
      if (it->first.size() > w.folded.size()) longer.push_back(&folded_lists[it->second]);
    }
    size_t keep = std::min(kMaxPrefixExpansions, longer.size());
    std::partial_sort(
        longer.begin(), longer.begin() + keep, longer.end(),
        [](const PostingList* a, const PostingList* b) { return a->size() > b->size(); });
    for (size_t i = 0; i < keep; ++i) parts.push_back({longer[i], kPrefixWeight * Idf(*longer[i])});
    return parts;
  }

  static std::string AttrKey(char what, int64_t value) { return what + std::to_string(value); }

  // Zero-weight cursors for the filter's dialogue and agency. False if the filter names one
  // that no document has (nothing can match).
  bool FilterCursors(const SearchFilter& f, const Bm25* bm25, std::vector<Cursor>& out) const {
    std::pair<char, std::optional<int64_t>> wanted[] = {
        {'d', f.dialogue ? std::optional<int64_t>(f.dialogue->value) : std::nullopt},
        {'a', f.agency ? std::optional<int64_t>(f.agency->value) : std::nullopt}};
    for (const auto& [what, value] : wanted) {
      if (!value) continue;
      auto it = attr_ids.find(AttrKey(what, *value));
      if (it == attr_ids.end()) return false;
      out.emplace_back(std::vector<Cursor::Part>{{&attr_lists[it->second], 0.0f}}, bm25,
                       lengths.data());
    }
    return true;
  }

  const PostingList* ExactList(const search::QueryWord& w) const {
    if (w.exact.empty()) return nullptr;
    auto it = exact_ids.find(w.exact);
    return it == exact_ids.end() ? nullptr : &exact_lists[it->second];
  }

  std::vector<std::pair<uint32_t, uint32_t>> Marks(
      uint32_t d, const std::vector<search::QueryWord>& words) const {
    std::vector<std::pair<uint32_t, uint32_t>> marks;
    for (const Token& t : Analyze(texts[d])) {
      for (const search::QueryWord& w : words) {
        bool hit =
            w.prefix ? t.folded.compare(0, w.folded.size(), w.folded) == 0 : t.folded == w.folded;
        if (hit) {
          marks.emplace_back(t.begin, t.end);
          break;
        }
      }
    }
    return marks;
  }

  SearchHit Hit(uint32_t d, float score, const std::vector<search::QueryWord>& words) const {
    return {static_cast<DocKind>(attrs[d].kind), attrs[d].id, score,
            search::MakeSnippet(texts[d], Marks(d, words))};
  }
};

SearchIndex::SearchIndex() : state_(std::make_unique<State>()) {}
SearchIndex::~SearchIndex() = default;

size_t SearchIndex::size() const {
  std::shared_lock lock(mu_);
  return state_->live;
}

void SearchIndex::Upsert(SearchDocument doc) {
  std::string_view text = Truncate(doc.text, kMaxDocumentBytes);
  DocAttrs attrs;
  attrs.id = doc.id;
  attrs.dialogue = doc.dialogue.value;
  attrs.agency = doc.agency.value;
  attrs.date = doc.date ? doc.date->days_since_epoch() : INT64_MIN;
  attrs.kind = static_cast<uint8_t>(doc.kind) & 3;
  attrs.status = doc.status & 31;
  attrs.is_public = doc.is_public;
  attrs.live = true;
  // Analysis happens outside the lock: it is the expensive part.
  std::vector<Token> tokens = Analyze(text);

  std::unique_lock lock(mu_);
  State& s = *state_;
  auto& ids = s.by_id[attrs.kind];
  if (auto it = ids.find(doc.id); it != ids.end()) {
    DocAttrs& old = s.attrs[it->second];
    if (old.live && s.texts[it->second] == text && old.dialogue == attrs.dialogue &&
        old.agency == attrs.agency) {
      old = attrs;  // status, date, visibility: no list to change
      return;
    }
    s.Kill(it->second);
  }
  const auto d = static_cast<uint32_t>(s.attrs.size());
  const auto length = static_cast<uint16_t>(std::min<size_t>(tokens.size(), UINT16_MAX));
  s.attrs.push_back(attrs);
  s.lengths.push_back(length);
  s.texts.emplace_back(text);
  ids[doc.id] = d;
  ++s.live;
  s.live_length += length;

  // Term frequencies per folded and exact term.
  std::vector<std::pair<uint32_t, uint32_t>> folded, exact;  // (term, tf)
  for (const Token& t : tokens) {
    uint32_t f = s.Intern(s.folded_ids, s.folded_lists, t.folded, true);
    uint32_t e = s.Intern(s.exact_ids, s.exact_lists, t.text, false);
    s.terms.push_back(f);
    folded.emplace_back(f, 1);
    exact.emplace_back(e, 1);
  }
  s.term_offsets.push_back(static_cast<uint32_t>(s.terms.size()));
  for (auto* list : {&folded, &exact}) {
    std::sort(list->begin(), list->end());
    for (size_t i = 0; i < list->size();) {
      size_t j = i;
      while (j < list->size() && (*list)[j].first == (*list)[i].first) ++j;
      auto& lists = list == &folded ? s.folded_lists : s.exact_lists;
      lists[(*list)[i].first].Append(d, static_cast<uint32_t>(j - i), length);
      i = j;
    }
  }
  for (auto [what, value] : {std::pair{'d', attrs.dialogue}, std::pair{'a', attrs.agency}}) {
    if (value == 0) continue;
    uint32_t id = s.Intern(s.attr_ids, s.attr_lists, State::AttrKey(what, value), false);
    s.attr_lists[id].Append(d, 1, length);
  }
  s.CompactIfNeeded();
}

bool SearchIndex::Remove(DocKind kind, int64_t id) {
  std::unique_lock lock(mu_);
  State& s = *state_;
  auto& ids = s.by_id[static_cast<uint8_t>(kind) & 3];
  auto it = ids.find(id);
  if (it == ids.end()) return false;
  s.Kill(it->second);
  ids.erase(it);
  s.CompactIfNeeded();
  return true;
}

SearchResults SearchIndex::Search(const SearchQuery& query) const {
  search::ParsedQuery q =
      search::ParseQuery(Truncate(query.text, kMaxQueryBytes), query.prefix_last_word);
  SearchResults results;
  if (q.words.empty()) return results;
  const size_t offset = std::min(query.offset, kMaxOffset);
  const size_t limit = std::min(query.limit, kMaxPage);
  const size_t want = offset + limit;

  std::shared_lock lock(mu_);
  const State& s = *state_;
  const Bm25 bm25(s.live ? double(s.live_length) / s.live : 1);

  // Phrases as folded term ids; a phrase with an unknown word matches nothing.
  std::vector<std::vector<uint32_t>> phrases;
  bool impossible = false;
  for (const search::QueryPhrase& p : q.phrases) {
    std::vector<uint32_t> ids;
    for (const std::string& w : p.folded) {
      auto it = s.folded_ids.find(w);
      if (it == s.folded_ids.end())
        impossible = true;
      else
        ids.push_back(it->second);
    }
    phrases.push_back(std::move(ids));
  }
  auto filter = [&](uint32_t d) { return s.Accept(d, query.filter); };
  auto all_phrases = [&](uint32_t d) {
    for (const auto& p : phrases) {
      if (!s.ContainsPhrase(d, p)) return false;
    }
    return true;
  };

  // Every non-stop word required (all words if all are stop words); accents and stop words
  // add to the score.
  bool any_content = false;
  for (const auto& w : q.words) any_content |= !w.stop;
  std::vector<Cursor> cursors;
  cursors.reserve(q.words.size() * 2);
  std::vector<size_t> required_idx, optional_idx;
  for (const auto& w : q.words) {
    std::vector<Cursor::Part> parts = s.FoldedParts(w);
    bool required = !w.stop || !any_content;
    if (parts.empty()) {
      // A word still being typed that matches nothing yet is ignored, not a dead end.
      if (required && !w.prefix) impossible = true;
      continue;
    }
    cursors.emplace_back(std::move(parts), &bm25, s.lengths.data());
    (required ? required_idx : optional_idx).push_back(cursors.size() - 1);
    if (const PostingList* e = s.ExactList(w)) {
      cursors.emplace_back(std::vector<Cursor::Part>{{e, kExactWeight * s.Idf(*e)}}, &bm25,
                           s.lengths.data());
      optional_idx.push_back(cursors.size() - 1);
    }
  }
  std::vector<Cursor> filter_cursors;
  if (!s.FilterCursors(query.filter, &bm25, filter_cursors)) return results;
  std::vector<search::Candidate> found;
  search::EvalStats stats;
  if (!impossible && !required_idx.empty()) {
    std::vector<Cursor*> required, optional;
    for (Cursor& c : filter_cursors) required.push_back(&c);
    for (size_t i : required_idx) required.push_back(&cursors[i]);
    for (size_t i : optional_idx) optional.push_back(&cursors[i]);
    search::TopK top(want);
    search::TopKConjunctive(required, optional, s.lengths.data(), filter, all_phrases, top, stats);
    found = top.Take();
  }
  results.total = stats.skipped ? stats.estimated : stats.matched;
  results.total_exact = !stats.skipped;

  // No document has every word: rank those with any of them.
  if (found.empty() && stats.matched == 0 && q.words.size() > 1 && phrases.empty()) {
    std::vector<Cursor> any;
    for (const auto& w : q.words) {
      std::vector<Cursor::Part> parts = s.FoldedParts(w);
      if (!parts.empty()) any.emplace_back(std::move(parts), &bm25, s.lengths.data());
      if (const PostingList* e = s.ExactList(w)) {
        any.emplace_back(std::vector<Cursor::Part>{{e, kExactWeight * s.Idf(*e)}}, &bm25,
                         s.lengths.data());
      }
    }
    if (!any.empty()) {
      std::vector<Cursor*> ptrs;
      for (Cursor& c : any) ptrs.push_back(&c);
      search::TopK top(want);
      search::EvalStats relaxed_stats;
      if (!filter_cursors.empty()) {
        // Within a dialogue or agency: walk its list, scoring any word it has.
        std::vector<Cursor> fresh;  // the first pass moved filter_cursors to their end
        s.FilterCursors(query.filter, &bm25, fresh);
        std::vector<Cursor*> required;
        for (Cursor& c : fresh) required.push_back(&c);
        search::TopKConjunctive(
            required, ptrs, s.lengths.data(), filter, [](uint32_t) { return true; }, top,
            relaxed_stats, 0.0f);
      } else {
        search::TopKDisjunctive(
            ptrs, s.lengths.data(), filter, [](uint32_t) { return true; }, top, relaxed_stats);
      }
      found = top.Take();
      results.relaxed = !found.empty();
      if (filter_cursors.empty()) {
        results.total = relaxed_stats.skipped ? relaxed_stats.estimated : relaxed_stats.matched;
        results.total_exact = !relaxed_stats.skipped;
      } else {  // the walk counted the dialogue's documents, not the matches: a lower bound
        results.total = found.size();
        results.total_exact = found.size() < want;
      }
    }
  }
  for (size_t i = offset; i < found.size() && i < want; ++i) {
    results.hits.push_back(s.Hit(found[i].doc, found[i].score, q.words));
  }
  return results;
}

std::vector<SearchHit> SearchIndex::Similar(std::string_view text, size_t n,
                                            const SearchFilter& filter) const {
  search::ParsedQuery q = search::ParseQuery(Truncate(text, kMaxQueryBytes), true);
  n = std::min(n, kMaxPage);
  std::shared_lock lock(mu_);
  const State& s = *state_;
  const Bm25 bm25(s.live ? double(s.live_length) / s.live : 1);
  // The text's known content words, rarest first; the word being typed comes last.
  struct Word {
    size_t df;
    const search::QueryWord* word;
  };
  std::vector<Word> words;
  for (const auto& w : q.words) {
    if (w.stop) continue;
    auto it = s.folded_ids.find(w.folded);
    size_t df = it == s.folded_ids.end() ? 0 : s.folded_lists[it->second].size();
    if (df == 0 && !w.prefix) continue;
    words.push_back({w.prefix ? SIZE_MAX : df, &w});
  }
  std::stable_sort(words.begin(), words.end(),
                   [](const Word& a, const Word& b) { return a.df < b.df; });
  if (words.size() > kMaxSimilarWords) words.resize(kMaxSimilarWords);
  std::vector<search::QueryWord> used;
  for (const Word& w : words) used.push_back(*w.word);

  // A similar question shares the rarest words. Ask for the three rarest together (the
  // others only add to the score), then the two rarest, then the rarest alone: each round is
  // an intersection driven by a short list, and earlier rounds rank first.
  const size_t typed = words.size() - (!words.empty() && words.back().word->prefix);
  std::vector<search::Candidate> found;
  std::unordered_set<uint32_t> seen;
  size_t rounds_from = std::min<size_t>(kSimilarRequired, std::max<size_t>(typed, 1));
  for (size_t r = rounds_from; r >= 1 && found.size() < n && r <= words.size(); --r) {
    std::vector<Cursor> cursors;
    cursors.reserve(words.size() * 2);
    std::vector<size_t> required_idx, optional_idx;
    for (size_t i = 0; i < words.size(); ++i) {
      std::vector<Cursor::Part> parts = s.FoldedParts(*words[i].word);
      if (parts.empty()) continue;
      cursors.emplace_back(std::move(parts), &bm25, s.lengths.data());
      (i < r ? required_idx : optional_idx).push_back(cursors.size() - 1);
      if (const PostingList* e = s.ExactList(*words[i].word)) {
        cursors.emplace_back(std::vector<Cursor::Part>{{e, kExactWeight * s.Idf(*e)}}, &bm25,
                             s.lengths.data());
        optional_idx.push_back(cursors.size() - 1);
      }
    }
    if (required_idx.empty()) break;
    std::vector<Cursor> filter_cursors;
    if (!s.FilterCursors(filter, &bm25, filter_cursors)) break;
    std::vector<Cursor*> required, optional;
    for (Cursor& c : filter_cursors) required.push_back(&c);
    for (size_t i : required_idx) required.push_back(&cursors[i]);
    for (size_t i : optional_idx) optional.push_back(&cursors[i]);
    search::TopK top(n - found.size());
    search::EvalStats stats;
    search::TopKConjunctive(
        required, optional, s.lengths.data(),
        [&](uint32_t d) { return !seen.count(d) && s.Accept(d, filter); },
        [](uint32_t) { return true; }, top, stats);
    for (const auto& c : top.Take()) {
      seen.insert(c.doc);
      found.push_back(c);
    }
  }
  std::vector<SearchHit> hits;
  for (const auto& c : found) hits.push_back(s.Hit(c.doc, c.score, used));
  return hits;
}

}  // namespace doithoai::text
