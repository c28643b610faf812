// Posting lists and their cursors: the storage and the iteration of the search index
// (search_index.h). Internal to src/text.
//
// A list holds the internal numbers of the documents containing a term, ascending (documents
// are numbered in the order they are added, so adding appends), with the term's frequency in
// each. Every kBlockSize postings form a block whose largest frequency and shortest document
// are kept: from them the BM25 score of any posting in the block is bounded, which lets the
// top-k evaluation (top_k.h) skip whole blocks that cannot enter the results.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace doithoai::text::search {

inline constexpr uint32_t kBlockSize = 128;
inline constexpr uint32_t kEndDoc = std::numeric_limits<uint32_t>::max();

struct BlockMeta {
  uint32_t last_doc = 0;
  uint16_t min_length = UINT16_MAX;  // tokens of the shortest document in the block
  uint8_t max_tf = 0;
};

class PostingList {
 public:
  // REQUIRES: doc greater than every doc already in the list.
  void Append(uint32_t doc, uint32_t tf, uint16_t length);

  // Drops the postings of documents for which dead(doc) is true.
  template <class Dead>
  void Purge(Dead dead, const std::vector<uint16_t>& lengths) {
    PostingList kept;
    for (size_t i = 0; i < docs_.size(); ++i) {
      if (!dead(docs_[i])) kept.Append(docs_[i], tfs_[i], lengths[docs_[i]]);
    }
    *this = std::move(kept);
  }

  size_t size() const { return docs_.size(); }
  const uint32_t* docs() const { return docs_.data(); }
  const uint8_t* tfs() const { return tfs_.data(); }
  const std::vector<BlockMeta>& blocks() const { return blocks_; }
  uint8_t max_tf() const { return max_tf_; }
  uint16_t min_length() const { return min_length_; }

 private:
  std::vector<uint32_t> docs_;
  std::vector<uint8_t> tfs_;  // saturated at 255
  std::vector<BlockMeta> blocks_;
  uint8_t max_tf_ = 0;
  uint16_t min_length_ = UINT16_MAX;
};

// BM25 with the collection's current average length: score = idf · tf (k1 + 1) /
// (tf + k1 (1 − b + b · length / avgdl)).
struct Bm25 {
  static constexpr float kK1 = 1.2f;
  static constexpr float kB = 0.75f;
  float fixed = kK1 * (1 - kB);  // k1 (1 − b)
  float per_token = kK1 * kB;    // k1 · b / avgdl
  explicit Bm25(double average_length = 1)
      : per_token(static_cast<float>(kK1 * kB / (average_length > 0 ? average_length : 1))) {}
  float Saturate(float tf, float length) const {
    return tf * (kK1 + 1) / (tf + fixed + per_token * length);
  }
  static float Idf(double documents, double df) {
    return static_cast<float>(std::log1p((documents - df + 0.5) / (df + 0.5)));
  }
};

// Iterates one posting list, or the union of a few (the expansions of a prefix), scoring
// each document with BM25 times `weight`. The one-list case is inlined: it is the inner
// loop of every query.
class Cursor {
 public:
  struct Part {
    const PostingList* list;
    float idf;  // idf × the part's weight
  };
  Cursor(std::vector<Part> parts, const Bm25* bm25, const uint16_t* lengths);

  uint32_t doc() const { return doc_; }
  // Moves to the first posting with doc ≥ target (no-op if already there).
  void Advance(uint32_t target) {
    if (doc_ >= target) return;
    if (parts_.size() == 1) {
      State& s = parts_[0];
      AdvancePart(s, target);
      doc_ = s.pos < s.size ? s.docs[s.pos] : kEndDoc;
      return;
    }
    for (State& s : parts_) AdvancePart(s, target);
    Refresh();
  }
  void Next() { Advance(doc_ + 1); }
  // Score of the current document. REQUIRES: doc() != kEndDoc.
  float Score() const {
    if (parts_.size() == 1) return PartScore(parts_[0]);
    float best = 0;
    for (const State& s : parts_) {
      if (s.pos < s.size && s.docs[s.pos] == doc_) best = std::max(best, PartScore(s));
    }
    return best;
  }
  // Bound on Score() over the whole list.
  float UpperBound() const { return upper_bound_; }
  // Bound on Score() for a document of `length` tokens (BM25 falls with length).
  float LengthBound(uint16_t length) const {
    float best = 0;
    for (const State& s : parts_) {
      best = std::max(best, s.idf * bm25_->Saturate(s.list->max_tf(), length));
    }
    return best;
  }
  // Bound on Score() for documents from `target` to *block_end: the blocks that contain
  // `target` in each part. Does not move the cursor.
  float BlockUpperBound(uint32_t target, uint32_t* block_end) const;
  // Postings left to visit, summed over parts (for estimates).
  size_t Remaining() const;
  size_t Size() const { return size_; }

 private:
  struct State {
    const PostingList* list;
    const uint32_t* docs;
    const uint8_t* tfs;
    uint32_t size;
    float idf;
    uint32_t pos = 0;
  };
  static void AdvancePart(State& s, uint32_t target) {
    // Dense lists: the target is usually a few postings ahead.
    uint32_t pos = s.pos;
    for (int k = 0; k < 8; ++k, ++pos) {
      if (pos >= s.size || s.docs[pos] >= target) {
        s.pos = pos;
        return;
      }
    }
    s.pos = pos;
    SkipTo(s, target);
  }
  static void SkipTo(State& s, uint32_t target);
  void Refresh();
  float PartScore(const State& s) const {
    return s.idf * bm25_->Saturate(s.tfs[s.pos], lengths_[s.docs[s.pos]]);
  }
  float Bound(const State& s, const BlockMeta& b) const;

  std::vector<State> parts_;
  const Bm25* bm25_;
  const uint16_t* lengths_;
  uint32_t doc_ = kEndDoc;
  float upper_bound_ = 0;
  size_t size_ = 0;
};

}  // namespace doithoai::text::search
