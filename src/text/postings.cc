#include "text/postings.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace doithoai::text::search {

void PostingList::Append(uint32_t doc, uint32_t tf, uint16_t length) {
  assert(docs_.empty() || doc > docs_.back());
  auto t = static_cast<uint8_t>(std::min<uint32_t>(tf, 255));
  if (docs_.size() % kBlockSize == 0) blocks_.push_back({});
  docs_.push_back(doc);
  tfs_.push_back(t);
  BlockMeta& b = blocks_.back();
  b.last_doc = doc;
  b.max_tf = std::max(b.max_tf, t);
  b.min_length = std::min(b.min_length, length);
  max_tf_ = std::max(max_tf_, t);
  min_length_ = std::min(min_length_, length);
}

Cursor::Cursor(std::vector<Part> parts, const Bm25* bm25, const uint16_t* lengths)
    : bm25_(bm25), lengths_(lengths) {
  for (const Part& p : parts) {
    if (p.list == nullptr || p.list->size() == 0) continue;
    parts_.push_back(
        {p.list, p.list->docs(), p.list->tfs(), static_cast<uint32_t>(p.list->size()), p.idf, 0});
    BlockMeta all{0, p.list->min_length(), p.list->max_tf()};
    upper_bound_ = std::max(upper_bound_, Bound(parts_.back(), all));
    size_ += p.list->size();
  }
  Refresh();
}

float Cursor::Bound(const State& s, const BlockMeta& b) const {
  return s.idf * bm25_->Saturate(b.max_tf, b.min_length);
}

void Cursor::Refresh() {
  doc_ = kEndDoc;
  for (const State& s : parts_) {
    if (s.pos < s.size) doc_ = std::min(doc_, s.docs[s.pos]);
  }
}

void Cursor::SkipTo(State& s, uint32_t target) {
  if (s.pos >= s.size) return;
  // Skip whole blocks by their last document, then search inside the block.
  const auto& blocks = s.list->blocks();
  uint32_t block = s.pos / kBlockSize;
  while (block < blocks.size() && blocks[block].last_doc < target) ++block;
  if (block == blocks.size()) {
    s.pos = s.size;
    return;
  }
  uint32_t begin = std::max(s.pos, block * kBlockSize);
  uint32_t end = std::min(s.size, (block + 1) * kBlockSize);
  s.pos = static_cast<uint32_t>(std::lower_bound(s.docs + begin, s.docs + end, target) - s.docs);
}

float Cursor::BlockUpperBound(uint32_t target, uint32_t* block_end) const {
  float bound = 0;
  uint32_t end = kEndDoc;
  for (const State& s : parts_) {
    const auto& blocks = s.list->blocks();
    uint32_t block = std::min(s.pos, s.size) / kBlockSize;
    while (block < blocks.size() && blocks[block].last_doc < target) ++block;
    if (block == blocks.size()) continue;
    bound = std::max(bound, Bound(s, blocks[block]));
    end = std::min(end, blocks[block].last_doc);
  }
  *block_end = end;
  return bound;
}

size_t Cursor::Remaining() const {
  size_t n = 0;
  for (const State& s : parts_) n += s.size - std::min(s.pos, s.size);
  return n;
}

}  // namespace doithoai::text::search
