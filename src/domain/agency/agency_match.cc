#include "domain/agency/agency_match.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>

#include "domain/agency/agency_abbreviations.h"

namespace doithoai {
namespace {

// Edit distance over bytes (the keys are folded ASCII).
size_t Distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

size_t WordCount(std::string_view key) {
  return key.empty() ? 0 : static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

// How many letters a name of `length` may be off and still be read as a typo.
size_t TypoAllowance(size_t length) { return length < 15 ? 1 : length < 30 ? 2 : 3; }

double TypoScore(size_t distance) { return distance <= 1 ? 0.85 : distance == 2 ? 0.78 : 0.72; }

// Similarity of two keys for ranking candidates: the better of the letter-level and the
// word-level (Dice) likeness, in [0, 1].
double Likeness(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return 0;
  double letters =
      1.0 - static_cast<double>(Distance(a, b)) / static_cast<double>(std::max(a.size(), b.size()));
  auto split = [](std::string_view s) {
    std::multiset<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
      size_t end = s.find(' ', start);
      if (end == std::string_view::npos) end = s.size();
      out.insert(std::string(s.substr(start, end - start)));
      start = end + 1;
    }
    return out;
  };
  auto wa = split(a), wb = split(b);
  size_t common = 0;
  for (auto it = wa.begin(); it != wa.end(); ++it) {
    if (auto f = wb.find(*it); f != wb.end()) {
      ++common;
      wb.erase(f);
    }
  }
  double words =
      2.0 * static_cast<double>(common) / static_cast<double>(wa.size() + split(b).size());
  return std::max(letters, words);
}

std::string Trimmed(std::string_view s) {
  auto junk = [](char c) {
    return c == ' ' || c == '-' || c == '+' || c == '*' || c == ';' || c == '.' || c == ',' ||
           c == ':' || c == '\t' || c == '\n';
  };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back())) s.remove_suffix(1);
  std::string out;
  for (char c : s) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(c);
  }
  return out;
}

bool StartsWithWords(const std::string& key, std::string_view prefix) {
  return key == prefix ||
         (key.size() > prefix.size() && key.starts_with(prefix) && key[prefix.size()] == ' ');
}

bool IsMassOrganisation(const std::string& generic) {
  for (const char* k : MassOrganisationKeys()) {
    if (generic == k) return true;
  }
  return false;
}

std::string_view FirstWord(std::string_view key) { return key.substr(0, key.find(' ')); }

// "UBND huyện, thị xã, thành phố": a body named for two or more kinds of unit at once.
bool NamesSeveralUnits(const Words& w) {
  static const char* const kKinds[] = {"xa",     "phuong",    "thi tran", "huyen",  "quan",
                                       "thi xa", "thanh pho", "tinh",     "dac khu"};
  if (!ContainsRun(w, "uy ban nhan dan")) return false;
  int kinds = 0;
  for (const char* k : kKinds) kinds += ContainsRun(w, k) ? 1 : 0;
  // "thi xa" also counts "xa": two kinds written are at least two hits either way.
  return kinds >= 2 && !(kinds == 2 && ContainsRun(w, "thi xa") && !ContainsRun(w, "huyen") &&
                         !ContainsRun(w, "phuong") && !ContainsRun(w, "thanh pho"));
}

bool IsPartyBody(const std::string& expanded) {
  return StartsWithWords(expanded, "chi bo") || StartsWithWords(expanded, "dang bo") ||
         StartsWithWords(expanded, "dang uy");
}

AgencyMatch Nothing(std::string reason) {
  AgencyMatch m;
  m.reason = std::move(reason);
  return m;
}

AgencyMatch Matched(const Agency& a, double score, std::string reason) {
  AgencyMatch m;
  m.kind = AgencyMatch::Kind::kMatched;
  m.candidates.push_back({a, score});
  m.score = score;
  m.reason = std::move(reason);
  return m;
}

}  // namespace

AgencyMatcher::AgencyMatcher(AgencyDirectory directory) : dir_(std::move(directory)) {
  place_ = PlaceOf(dir_.unit.name, dir_.unit.kind);
  for (const auto& c : dir_.children) child_places_.push_back(PlaceOf(c.unit.name, c.unit.kind));
  auto add = [this](const Agency& a, int child) {
    if (!a.active) return;
    Entry e;
    e.agency = a;
    e.child = child;
    e.exact = Trimmed(a.name);
    Words words = NameWords(a.name);
    e.folded = Join(words);
    Words expanded = ExpandAbbreviations(words);
    e.expanded = Join(expanded);
    const PlaceWords& place = child < 0 ? place_ : child_places_[static_cast<size_t>(child)];
    e.generic = GenericBody(StripPlace(expanded, place));
    entries_.push_back(std::move(e));
  };
  for (const auto& a : dir_.agencies) add(a, -1);
  for (size_t i = 0; i < dir_.children.size(); ++i) {
    for (const auto& a : dir_.children[i].agencies) add(a, static_cast<int>(i));
  }
}

AgencyMatch AgencyMatcher::Match(std::string_view written) const {
  std::string name = Trimmed(written);
  Words words = NameWords(name);
  if (words.empty()) return Nothing("empty");
  std::string folded = Join(words);
  // "Như trên", "Lưu: VT", "Đ/c Bí thư…": a line of the recipients' list that names no body.
  for (std::string_view p : {"nhu tren", "nhu dieu", "nhu khoan", "luu", "dong chi", "d c"}) {
    if (StartsWithWords(folded, p)) return Nothing("not_agency");
  }
  Words expanded = ExpandAbbreviations(words);
  if (auto m = MatchOne(name, words, expanded)) return *std::move(m);
  bool group = ContainsRun(expanded, "cac") || NamesSeveralUnits(expanded) ||
               ContainsRun(expanded, "tat ca") || ContainsRun(expanded, "ban nganh") ||
               ContainsRun(expanded, "doan the") ||
               ContainsRun(expanded, "to chuc chinh tri xa hoi");
  if (group) return MatchGroup(expanded);

  // Typos: the closest agency by letters, when it is close enough and clearly the closest.
  std::string own_key = GenericBody(StripPlace(expanded, place_));
  auto key_for = [&](const Entry& e) -> std::optional<std::string> {
    if (e.child < 0) return own_key;
    const PlaceWords& p = child_places_[static_cast<size_t>(e.child)];
    if (!EndsWithPlace(expanded, p)) return std::nullopt;
    return GenericBody(StripPlace(expanded, p));
  };
  const Entry* best = nullptr;
  size_t best_d = SIZE_MAX, second_d = SIZE_MAX;
  std::vector<const Entry*> all;
  for (const auto& e : entries_) {
    auto key = key_for(e);
    if (!key) continue;
    all.push_back(&e);
    size_t d = Distance(*key, e.generic);
    if (d < best_d) {
      second_d = best_d;
      best_d = d;
      best = &e;
    } else if (d < second_d) {
      second_d = d;
    }
  }
  if (best && best_d <= TypoAllowance(std::min(own_key.size(), best->generic.size())) &&
      (WordCount(key_for(*best).value_or("")) == WordCount(best->generic) || best_d == 1) &&
      FirstWord(key_for(*best).value_or("")) == FirstWord(best->generic) &&
      (second_d == SIZE_MAX || second_d >= best_d + 2)) {
    return Matched(best->agency, TypoScore(best_d), "typo");
  }
  return Unsure(own_key, "no_match", all);
}

std::optional<AgencyMatch> AgencyMatcher::MatchOne(std::string_view written, const Words& words,
                                                   const Words& expanded) const {
  std::string folded = Join(words), long_form = Join(expanded);
  std::string own_key = GenericBody(StripPlace(expanded, place_));
  std::vector<std::string> child_keys;
  for (const auto& p : child_places_) {
    child_keys.push_back(EndsWithPlace(expanded, p) ? GenericBody(StripPlace(expanded, p)) : "");
  }
  struct Level {
    const char* reason;
    double score;
    std::function<bool(const Entry&)> same;
  };
  const Level levels[] = {
      {"exact", 1.0, [&](const Entry& e) { return e.exact == written; }},
      {"folded", 0.97, [&](const Entry& e) { return e.folded == folded; }},
      {"abbreviation", 0.93, [&](const Entry& e) { return e.expanded == long_form; }},
      {"place", 0.9,
       [&](const Entry& e) {
         const std::string& key = e.child < 0 ? own_key : child_keys[static_cast<size_t>(e.child)];
         return !key.empty() && e.generic == key;
       }},
  };
  for (const auto& level : levels) {
    std::vector<const Entry*> hits;
    for (const auto& e : entries_) {
      if (level.same(e)) hits.push_back(&e);
    }
    if (hits.size() == 1) {
      return Matched(hits[0]->agency, level.score, level.reason);
    }
    if (hits.size() > 1) return Unsure(own_key, "ambiguous", hits);
  }
  return std::nullopt;
}

AgencyMatch AgencyMatcher::MatchGroup(const Words& expanded) const {
  std::vector<std::string> kinds;
  std::vector<const Entry*> members;
  auto take = [&](const char* kind, auto&& covers) {
    kinds.push_back(kind);
    for (const auto& e : entries_) {
      if (covers(e) && std::find(members.begin(), members.end(), &e) == members.end()) {
        members.push_back(&e);
      }
    }
  };
  auto has = [&](std::string_view run) { return ContainsRun(expanded, run); };
  // Bodies above the unit ("các bộ, cơ quan Trung ương"): none of them is the unit's.
  if (has("trung uong") || has("cac bo") || has("bo nganh") || has("tinh uy") || has("thanh uy")) {
    AgencyMatch m;
    m.kind = AgencyMatch::Kind::kGroup;
    m.reason = "outside";
    m.choose = true;
    return m;
  }
  if (NamesSeveralUnits(expanded) || has("uy ban nhan dan") || has("dia phuong")) {
    take("child_committees",
         [](const Entry& e) { return e.child >= 0 && e.generic == "uy ban nhan dan"; });
  }
  if (has("chi bo") || has("dang bo") || has("to chuc dang") || has("cap uy")) {
    take("party_cells", [](const Entry& e) { return IsPartyBody(e.expanded); });
  }
  if (has("chi doan") || has("co so doan")) {
    take("youth_cells", [](const Entry& e) {
      return StartsWithWords(e.expanded, "chi doan") ||
             (e.child >= 0 && e.generic == "doan thanh nien");
    });
  }
  if (has("doan the") || has("to chuc chinh tri xa hoi") || has("mat tran to quoc")) {
    take("mass_organisations",
         [](const Entry& e) { return e.child < 0 && IsMassOrganisation(e.generic); });
  }
  if (has("so") || has("nganh")) {
    take("departments", [](const Entry& e) {
      return e.child < 0 && !IsMassOrganisation(e.generic) && !IsPartyBody(e.expanded) &&
             e.generic != "uy ban nhan dan" && e.generic != "hoi dong nhan dan";
    });
  }
  if (has("phong") || has("chuyen mon")) {
    take("offices", [](const Entry& e) {
      return e.child < 0 &&
             (StartsWithWords(e.expanded, "phong") || StartsWithWords(e.expanded, "van phong") ||
              (StartsWithWords(e.expanded, "ban") && !IsPartyBody(e.expanded)));
    });
  }
  if (has("truong")) {
    take("schools", [](const Entry& e) { return StartsWithWords(e.expanded, "truong"); });
  }
  if (has("co quan") || has("don vi")) {
    take("all", [](const Entry& e) { return e.child < 0; });
  }
  AgencyMatch m;
  m.kind = AgencyMatch::Kind::kGroup;
  if (kinds.empty()) {
    kinds.push_back("unknown");
    for (const auto& e : entries_) {
      if (e.child < 0) members.push_back(&e);
    }
    m.choose = true;
  }
  if (has("lien quan")) m.choose = true;
  for (const auto& k : kinds) m.reason += (m.reason.empty() ? "" : "+") + k;
  for (const Entry* e : members) m.candidates.push_back({e->agency, 1.0});
  return m;
}

AgencyMatch AgencyMatcher::Unsure(const std::string& key, std::string reason,
                                  std::vector<const Entry*> among) const {
  std::vector<MatchCandidate> ranked;
  for (const Entry* e : among) {
    double s = Likeness(key, e->generic) * kMatchThreshold;
    if (reason == "ambiguous" || s >= 0.3 * kMatchThreshold) ranked.push_back({e->agency, s});
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.score > b.score; });
  if (ranked.size() > 3) ranked.resize(3);
  AgencyMatch m = Nothing(std::move(reason));
  m.candidates = std::move(ranked);
  return m;
}

}  // namespace doithoai
