#include "domain/agency/agency_names.h"

#include <algorithm>

#include "domain/agency/agency_abbreviations.h"
#include "text/fold.h"

namespace doithoai {
namespace {

bool IsWordChar(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

Words Split(std::string_view folded) {
  Words out;
  std::string word;
  for (char c : folded) {
    if (IsWordChar(static_cast<unsigned char>(c))) {
      word.push_back(c);
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// Drops "(…)" remarks: "Bộ Nội vụ (để b/c)" → "Bộ Nội vụ".
std::string WithoutRemarks(std::string_view name) {
  std::string out;
  int depth = 0;
  for (char c : name) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth > 0) --depth;
    } else if (depth == 0) {
      out.push_back(c);
    }
  }
  return out;
}

// Office-holders written before the body they head: "Giám đốc Sở Y tế", "Chủ tịch UBND…".
// "Trưởng"/"Phó" only before a body or another title ("Trưởng phòng…", "Phó Chủ tịch"): a
// school is a "Trường" too.
constexpr std::string_view kHolders[] = {
    "giam doc",     "chu tich",     "lanh dao",     "dai dien",   "thu truong",
    "bi thu",       "cac dong chi", "truong phong", "truong ban", "truong cong an",
    "pho chu tich", "pho giam doc", "pho truong",   "pho bi thu", "chanh van phong"};
// How many words of a holder phrase go (the body's own word stays: "truong phong" drops 1).
size_t HolderLength(std::string_view h) {
  if (h == "truong phong" || h == "truong ban" || h == "truong cong an" || h == "pho truong" ||
      h == "chanh van phong") {
    return 1;
  }
  if (h.starts_with("pho ")) return 1;
  return h == "cac dong chi" ? 3 : 2;
}

bool StartsWith(const Words& w, size_t at, std::string_view phrase) {
  Words p = Split(phrase);
  if (at + p.size() > w.size()) return false;
  return std::equal(p.begin(), p.end(), w.begin() + static_cast<long>(at));
}

bool EndsWith(const Words& w, const Words& tail) {
  return !tail.empty() && tail.size() <= w.size() &&
         std::equal(tail.begin(), tail.end(), w.end() - static_cast<long>(tail.size()));
}

}  // namespace

std::string Join(const Words& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

Words NameWords(std::string_view name) {
  Words all = Split(text::FastFold(WithoutRemarks(name)));
  Words out;
  for (auto& w : all) {
    if (w != "va" && w != "cua") out.push_back(std::move(w));
  }
  // Holders, repeatedly ("Phó Giám đốc", "Lãnh đạo Chủ tịch"), never the whole name.
  for (bool again = true; again;) {
    again = false;
    for (std::string_view h : kHolders) {
      size_t n = HolderLength(h);
      if (out.size() > Split(h).size() && StartsWith(out, 0, h)) {
        out.erase(out.begin(), out.begin() + static_cast<long>(n));
        again = true;
        break;
      }
    }
  }
  return out;
}

Words ExpandAbbreviations(const Words& words) {
  Words out;
  for (size_t i = 0; i < words.size();) {
    size_t best_len = 0;
    const char* long_form = nullptr;
    for (const auto& a : AgencyAbbreviations()) {
      size_t n = Split(a.shorthand).size();
      if (n > best_len && StartsWith(words, i, a.shorthand)) {
        best_len = n;
        long_form = a.long_form;
      }
    }
    if (long_form) {
      for (auto& w : Split(long_form)) out.push_back(std::move(w));
      i += best_len;
    } else {
      out.push_back(words[i++]);
    }
  }
  return out;
}

PlaceWords PlaceOf(std::string_view unit_name, std::string_view unit_kind) {
  // The kind as the name starts with it: "Thành phố Hải Phòng" of kind "thành phố trực thuộc
  // trung ương" is a "thanh pho"; a name that does not start with its kind keeps all its words.
  Words kind = ExpandAbbreviations(Split(text::FastFold(unit_kind)));
  Words name = ExpandAbbreviations(Split(text::FastFold(unit_name)));
  size_t common = 0;
  while (common < kind.size() && common + 1 < name.size() && kind[common] == name[common]) {
    ++common;
  }
  PlaceWords p;
  p.kind.assign(kind.begin(), kind.begin() + static_cast<long>(common ? common : kind.size()));
  p.proper.assign(name.begin() + static_cast<long>(common), name.end());
  return p;
}

bool EndsWithPlace(const Words& words, const PlaceWords& place) {
  return EndsWith(words, place.proper);
}

Words StripPlace(Words words, const PlaceWords& place) {
  auto drop = [&words](const Words& tail) {
    if (EndsWith(words, tail) && words.size() > tail.size()) {
      words.resize(words.size() - tail.size());
      return true;
    }
    return false;
  };
  // The kind written by its initials: "Đoàn TT Phú Thịnh" for a thị trấn, "UBND P. 7".
  Words initials;
  if (!place.kind.empty()) {
    std::string i;
    for (const auto& w : place.kind) i.push_back(w[0]);
    initials.push_back(i);
  }
  drop(Words{"viet", "nam"});
  drop(place.proper);
  if (!drop(place.kind)) drop(initials);
  drop(Words{"viet", "nam"});
  // The unit's own Youth Union by its kind: "Tỉnh đoàn" in a province, "Thành đoàn" in a city
  // (never "Quận đoàn" in a ward, which is the level above).
  // The first word of the kind names it: "thanh doan" for a thành phố, "thi doan" for a thị xã
  // (a thị trấn has none: its "Thị đoàn" would be the town above).
  if (!place.kind.empty() && place.kind != Words{"thi", "tran"} &&
      words == Words{place.kind[0], "doan"}) {
    words = Words{"doan"};
  }
  return words;
}

std::string GenericBody(const Words& words) {
  std::string joined = Join(words);
  for (const auto& g : GenericBodies()) {
    for (const char* n : g.names) {
      if (joined == n) return g.key;
    }
  }
  return joined;
}

bool ContainsRun(const Words& words, std::string_view needle) {
  Words n = Split(needle);
  if (n.empty() || n.size() > words.size()) return false;
  for (size_t i = 0; i + n.size() <= words.size(); ++i) {
    if (std::equal(n.begin(), n.end(), words.begin() + static_cast<long>(i))) return true;
  }
  return false;
}

}  // namespace doithoai
