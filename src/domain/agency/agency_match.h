// Which of a unit's agencies a document means by a name it writes (issue 11, item 3).
//
// A document read by the parser names its task leads, coordinating bodies and recipients as
// its author wrote them: "Phòng VH-XH", "Đoàn phường", "UBND các xã, phường", "Sở LĐ-TB&XH",
// "Các cơ quan, đơn vị trên địa bàn phường", sometimes with a typo. The matcher answers, for
// one such name and the agencies of the unit that records the document (and of the units
// directly below it):
//
//   matched  one agency, a score in (0, 1] and the reason: "exact" (as written), "folded"
//            (accents, case, punctuation), "abbreviation" (agency_abbreviations.cc), "place"
//            (the unit's own name or kind left out, or a body every unit has under another of
//            its names: "Đoàn phường" = "Đoàn Thanh niên phường Hồng Bàng"), "typo" (a letter
//            or two off, and no other agency as close);
//   group    a name for several bodies ("các phòng, ban chuyên môn"), with the agencies it
//            covers; `choose` when the document leaves the choice open ("… liên quan") or the
//            kind of body is not known, so none is ticked for the user;
//   unsure   nothing reaches kMatchThreshold, or two agencies are equally close: up to three
//            candidates, best first. A wrong match is worse than none: the user picks.
//
// Pure: the caller passes the agencies in; no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/agency/agency_names.h"
#include "domain/unit/agency.h"
#include "domain/unit/unit.h"

namespace doithoai {

inline constexpr double kMatchThreshold = 0.7;

// The agencies a document recorded at `unit` may name: the unit's own and those of the units
// directly below it (a province's document assigns the wards' People's Committees).
struct AgencyDirectory {
  struct Child {
    Unit unit;
    std::vector<Agency> agencies;
  };
  Unit unit;
  std::vector<Agency> agencies;
  std::vector<Child> children;
};

struct MatchCandidate {
  Agency agency;
  double score = 0;
};

struct AgencyMatch {
  enum class Kind { kMatched, kGroup, kUnsure };
  Kind kind = Kind::kUnsure;
  std::vector<MatchCandidate> candidates;  // kMatched: exactly one; kGroup: all it covers
  double score = 0;                        // kMatched: the match's score
  std::string reason;   // kMatched: see above; kGroup: the group's kind ("departments"…);
                        // kUnsure: "ambiguous", "no_match", "not_agency", "empty"
  bool choose = false;  // kGroup: the user must tick the bodies (none is preselected)
};

class AgencyMatcher {
 public:
  explicit AgencyMatcher(AgencyDirectory directory);

  // REQUIRES: `written` is valid UTF-8 (it passed CleanText).
  AgencyMatch Match(std::string_view written) const;

 private:
  // One agency with its name reduced at each step of agency_names.h.
  struct Entry {
    Agency agency;
    int child = -1;  // index into children_, or -1 for the unit's own agency
    std::string exact, folded, expanded, generic;
  };

  std::optional<AgencyMatch> MatchOne(std::string_view written, const Words& words,
                                      const Words& expanded) const;
  AgencyMatch MatchGroup(const Words& expanded) const;
  AgencyMatch Unsure(const std::string& key, std::string reason,
                     std::vector<const Entry*> among) const;

  AgencyDirectory dir_;
  PlaceWords place_;
  std::vector<PlaceWords> child_places_;
  std::vector<Entry> entries_;
};

}  // namespace doithoai
