#include "text/typo_correction.h"

#include <unordered_map>

namespace doithoai::text {
namespace {

// A word is corrected only if it is this long (short words have too many neighbours) and the
// target is seen in at least this many texts.
constexpr size_t kMinTypoLength = 4;
constexpr uint32_t kMinTargetFrequency = 3;

std::vector<std::string> Deletions(const std::string& w) {
  std::vector<std::string> out;
  out.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) out.push_back(w.substr(0, i) + w.substr(i + 1));
  return out;
}

}  // namespace

bool IsOneEditApart(const std::string& a, const std::string& b) {
  if (a == b) return false;
  size_t n = a.size(), m = b.size();
  if (n == m) {
    size_t first = 0;
    while (a[first] == b[first]) ++first;
    if (a.compare(first + 1, std::string::npos, b, first + 1, std::string::npos) == 0) {
      return true;  // one substitution
    }
    return first + 1 < n && a[first] == b[first + 1] && a[first + 1] == b[first] &&
           a.compare(first + 2, std::string::npos, b, first + 2, std::string::npos) == 0;
  }
  if (n + 1 != m && m + 1 != n) return false;
  const std::string& shorter = n < m ? a : b;
  const std::string& longer = n < m ? b : a;
  size_t i = 0;
  while (i < shorter.size() && shorter[i] == longer[i]) ++i;
  return shorter.compare(i, std::string::npos, longer, i + 1, std::string::npos) == 0;
}

std::vector<uint32_t> CorrectTypos(const std::vector<std::string>& vocabulary,
                                   const std::vector<uint32_t>& frequency,
                                   const std::vector<bool>& known) {
  const auto n = static_cast<uint32_t>(vocabulary.size());
  std::vector<uint32_t> target(n);
  for (uint32_t i = 0; i < n; ++i) target[i] = i;
  // Symmetric-delete index of the frequent words: the word itself and each one-letter
  // deletion of it → word. A typo one edit away shares at least one key with its target.
  std::unordered_map<std::string, std::vector<uint32_t>> index;
  for (uint32_t i = 0; i < n; ++i) {
    if (frequency[i] < kMinTargetFrequency) continue;
    index[vocabulary[i]].push_back(i);
    for (std::string& d : Deletions(vocabulary[i])) index[std::move(d)].push_back(i);
  }
  for (uint32_t i = 0; i < n; ++i) {
    const std::string& w = vocabulary[i];
    if (known[i] || frequency[i] > 1 || w.size() < kMinTypoLength) continue;
    std::vector<std::string> keys = Deletions(w);
    keys.push_back(w);
    uint32_t best = i;
    for (const std::string& k : keys) {
      auto it = index.find(k);
      if (it == index.end()) continue;
      for (uint32_t c : it->second) {
        if (!IsOneEditApart(w, vocabulary[c])) continue;
        if (best == i || frequency[c] > frequency[best] ||
            (frequency[c] == frequency[best] && vocabulary[c] < vocabulary[best])) {
          best = c;
        }
      }
    }
    target[i] = best;
  }
  return target;
}

}  // namespace doithoai::text
