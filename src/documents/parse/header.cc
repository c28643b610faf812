#include "documents/parse/header.h"

#include <algorithm>

#include "documents/parse/doc_types.h"
#include "documents/parse/number_symbol.h"
#include "documents/parse/paragraphs.h"
#include "documents/parse/text_util.h"
#include "documents/parse/vn_dates.h"

namespace doithoai::documents::parse {
namespace {

// Phrases of the right-hand column that carry no field (lower case).
constexpr std::string_view kTitles[] = {"cộng hòa xã hội chủ nghĩa việt nam",
                                        "cộng hoà xã hội chủ nghĩa việt nam",
                                        "đảng cộng sản việt nam"};

// A body name that needs the next line for its locality: "ỦY BAN NHÂN DÂN" / "TỈNH HƯNG YÊN".
constexpr std::string_view kGenericBodies[] = {"ỦY BAN NHÂN DÂN",
                                               "UỶ BAN NHÂN DÂN",
                                               "UBND",
                                               "HỘI ĐỒNG NHÂN DÂN",
                                               "HĐND",
                                               "BAN CHẤP HÀNH",
                                               "BCH",
                                               "ĐẢNG ỦY",
                                               "ĐẢNG UỶ",
                                               "ĐẢNG BỘ",
                                               "BAN THƯỜNG VỤ"};

constexpr std::string_view kLocalities[] = {"TỈNH",   "THÀNH PHỐ", "TP.",     "TP",
                                            "PHƯỜNG", "XÃ",        "QUẬN",    "HUYỆN",
                                            "THỊ XÃ", "ĐẶC KHU",   "THỊ TRẤN"};

// Bodies that sit under a locality's People's Committee: where a one-row header splits the
// parent ("UBND TỈNH HƯNG YÊN") from the issuer ("SỞ NỘI VỤ").
constexpr std::string_view kSubBodies[] = {" VĂN PHÒNG ", " TRUNG TÂM ", " CHI CỤC ", " THANH TRA ",
                                           " SỞ ",        " BAN ",       " PHÒNG "};

bool StartsWithLocality(std::string_view s) {
  return std::any_of(std::begin(kLocalities), std::end(kLocalities),
                     [&](std::string_view l) { return StartsWithWord(s, l); });
}

bool ContainsLocality(std::string_view s) {
  for (std::string_view l : kLocalities) {
    if (FindWord(s, l) != std::string_view::npos) return true;
  }
  return false;
}

bool IsGenericBody(std::string_view s) {
  return std::any_of(std::begin(kGenericBodies), std::end(kGenericBodies),
                     [&](std::string_view g) { return s == g; });
}

// `line` cut around the national title and motto and around rules ("***", "----").
std::vector<std::string_view> Segments(std::string_view line) {
  std::string lower = LowerSameLength(line);
  std::vector<std::pair<size_t, size_t>> cuts;  // [begin, end)
  for (std::string_view t : kTitles) {
    for (size_t p = lower.find(t); p != std::string::npos; p = lower.find(t, p + 1)) {
      cuts.push_back({p, p + t.size()});
    }
  }
  for (size_t p = lower.find("độc lập"); p != std::string::npos; p = lower.find("độc lập", p + 1)) {
    size_t h = lower.find("hạnh phúc", p);
    if (h != std::string::npos && h - p < 40)
      cuts.push_back({p, h + std::string_view("hạnh phúc").size()});
  }
  for (size_t p = 0; p < line.size();) {
    size_t q = p;
    while (q < line.size() && std::string_view("-_*=~").find(line[q]) != std::string_view::npos)
      q++;
    if (q - p >= 3) cuts.push_back({p, q});
    p = q > p ? q : p + 1;
  }
  std::sort(cuts.begin(), cuts.end());
  std::vector<std::string_view> out;
  size_t from = 0;
  for (auto [b, e] : cuts) {
    if (b < from) {
      from = std::max(from, e);
      continue;
    }
    std::string_view seg = Trim(line.substr(from, b - from));
    if (!seg.empty()) out.push_back(seg);
    from = e;
  }
  std::string_view seg = Trim(line.substr(std::min(from, line.size())));
  if (!seg.empty()) out.push_back(seg);
  return out;
}

// The type name printed at the start of `seg` ("KẾ HOẠCH", "THÔNG BÁO Kết luận…"): not part
// of a longer name in capitals ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ").
std::optional<DocumentType> HeaderTypeAt(std::string_view seg, std::string_view* rest) {
  size_t count = 0;
  const DocumentType* types = HeaderTypes(&count);
  std::string_view bare = TrimEnd(seg, ":");
  for (size_t i = 0; i < count; ++i) {
    const DocumentType& t = types[i];
    if (!StartsWithWord(bare, t.upper)) continue;
    std::string_view after = Trim(bare.substr(t.upper.size()));
    std::string_view next_word = after.substr(0, after.find(' '));
    if (!after.empty() && IsUpperText(next_word)) continue;
    *rest = after;
    return t;
  }
  return std::nullopt;
}

// Reads header lines one by one into HeaderFields, remembering what came before: issuer lines
// are the capitals before the number, the type or a date; a summary continues over the lines
// after its type name or "V/v" until a field or a line in capitals interrupts it.
constexpr int kMaxSummarySegments = 5;

class HeaderReader {
 public:
  explicit HeaderReader(HeaderFields* out) : out_(out) {}

  void ReadLine(std::string_view line, size_t index) {
    std::vector<std::string_view> segments = Segments(line);
    bool feature = segments.empty();  // only the national title, the motto or a rule
    for (std::string_view seg : segments) feature = ReadSegment(seg) || feature;
    if (feature) last_feature_ = index;
  }

  void Finish() {
    if (!summary_.empty()) out_->summary = summary_;
    std::vector<std::string> units;
    for (const std::string& l : issuer_lines_) {
      if (!units.empty() && StartsWithLocality(l) && IsGenericBody(units.back())) {
        units.back() += " " + l;
      } else {
        units.push_back(l);
      }
    }
    if (issuer_lines_.size() == 1) SplitOneRow(units);
    if (!units.empty()) {
      out_->issuer = units.back();
      units.pop_back();
      if (!units.empty()) {
        std::string parent = units.front();
        for (size_t i = 1; i < units.size(); ++i) parent += " " + units[i];
        out_->parent_issuer = parent;
      }
    }
  }

  std::optional<size_t> last_feature() const { return last_feature_; }

 private:
  enum class Mode { kNone, kLetterSummary, kTypeSummary };

  // True if the segment carried a header field.
  bool ReadSegment(std::string_view seg) {
    // "Số: 36/KH-UBND", possibly followed by the place and date in the same row.
    size_t so = FindWord(seg, "Số");
    if (so != std::string_view::npos) {
      std::string_view after = TrimStart(seg.substr(so + std::string_view("Số").size()), ":");
      NumberSymbol ns = MatchNumberSymbol(after);
      if (ns.length > 0 && !seen_number_) {
        if (so > 0) ReadSegment(Trim(seg.substr(0, so)));
        seen_number_ = true;
        mode_ = Mode::kNone;
        out_->number = ns.number;
        out_->symbol = ns.symbol;
        if (ns.number) out_->number_symbol = ns.written;
        out_->symbol_type_code = ns.type_code;
        std::string_view rest = Trim(after.substr(ns.length));
        if (!rest.empty()) ReadSegment(rest);
        return true;
      }
    }
    if (ReadPlaceDate(seg)) return true;
    if (seg.starts_with("V/v") || seg.starts_with("V/V") || seg.starts_with("v/v")) {
      out_->letter = true;
      mode_ = Mode::kLetterSummary;
      summary_segments_ = 0;
      summary_ = std::string(TrimStart(seg.substr(3), ":"));
      return true;
    }
    std::string_view rest;
    if (!out_->type_name) {
      if (auto t = HeaderTypeAt(seg, &rest)) {
        out_->type_name = std::string(t->name);
        if (!t->code.empty()) out_->type_code = std::string(t->code);
        mode_ = Mode::kTypeSummary;
        summary_segments_ = 0;
        summary_ = std::string(rest);
        return true;
      }
    }
    if (mode_ != Mode::kNone) {
      // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" under a QĐ's summary ends it; so does length, as a
      // summary is a few lines at most.
      if (IsUpperText(seg) || ++summary_segments_ > kMaxSummarySegments) {
        mode_ = Mode::kNone;
        return false;
      }
      JoinLine(summary_, seg);
      return true;
    }
    if (IsUpperText(seg) && !seen_number_ && !out_->type_name && !out_->letter && !seen_date_) {
      issuer_lines_.push_back(std::string(seg));
      return true;
    }
    return false;
  }

  // "Hải Phòng, ngày 05 tháng 01 năm 2020", "Hà Nội, ngày … tháng … năm 2024".
  bool ReadPlaceDate(std::string_view seg) {
    std::string lower = LowerSameLength(seg);
    size_t ngay = FindWord(lower, "ngày");
    if (ngay == std::string::npos || ngay < 2) return false;
    std::string_view before = TrimEnd(seg.substr(0, ngay), " ");
    if (!before.ends_with(",")) return false;
    DateMatch m = MatchDate(seg.substr(ngay));
    if (m.length == 0 || seen_date_) return false;
    seen_date_ = true;
    out_->date = m.date;
    // The place: the mixed-case words right before the comma ("Hưng Yên"); capitals before
    // them belong to another column ("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN Hưng Yên, ngày …").
    before.remove_suffix(1);
    std::vector<std::string_view> words = SplitWords(before);
    size_t first = words.size();
    while (first > 0 && words.size() - first < 6) {
      std::string_view w = words[first - 1];
      if (IsUpperText(w) && w != "TP." && w != "TP") break;
      if (!StartsUpper(w) && !StartsLower(w)) break;
      first--;
    }
    if (first < words.size()) {
      size_t b = static_cast<size_t>(words[first].data() - before.data());
      std::string_view place = Trim(before.substr(b));
      if (StartsUpper(place)) out_->place = std::string(place);
      if (first > 0) ReadSegment(Trim(before.substr(0, b)));
    }
    mode_ = Mode::kNone;
    std::string_view rest = Trim(seg.substr(ngay + m.length));
    if (!rest.empty()) ReadSegment(rest);
    return true;
  }

  // "UBND TỈNH HƯNG YÊN SỞ NỘI VỤ" in one row: the parent ends before the sub-body. The
  // longer sub-body names are tried first and the last occurrence wins, so "HẢI PHÒNG" is
  // not taken for a "PHÒNG".
  static void SplitOneRow(std::vector<std::string>& units) {
    const std::string one = units.front() + " ";
    if (!ContainsLocality(one)) return;
    bool committee = false;
    for (std::string_view g : {"UBND", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN"}) {
      committee = committee || one.starts_with(g);
    }
    if (!committee) return;
    for (std::string_view sub : kSubBodies) {
      size_t p = one.rfind(sub);
      if (p == std::string::npos || p < 5 || p + sub.size() >= one.size()) continue;
      units = {one.substr(0, p), std::string(Trim(one.substr(p + 1)))};
      return;
    }
  }

  HeaderFields* out_;
  Mode mode_ = Mode::kNone;
  std::string summary_;
  int summary_segments_ = 0;  // lines joined to the summary after its first
  std::vector<std::string> issuer_lines_;
  bool seen_number_ = false;
  bool seen_date_ = false;
  std::optional<size_t> last_feature_;
};

}  // namespace

bool OpensBody(std::string_view line) {
  size_t marker_length = 0;
  if (DetectMarker(line, &marker_length) != Marker::kNone) return true;
  for (std::string_view w : {"Kính gửi", "Căn cứ", "Thực hiện", "Triển khai", "Theo đề nghị",
                             "Xét đề nghị", "Nơi nhận", "Vừa qua", "Nhằm", "Để"}) {
    if (StartsWithWord(line, w)) return true;
  }
  if (IsAuthorityLine(line)) return true;
  // "Ngày 28/3/2025, …", "Sáng ngày 28/3/2025, …": the narrative of a notice.
  std::string_view s = line;
  for (std::string_view p : {"Sáng ", "Chiều ", "Tối ", "Trưa "}) {
    if (s.starts_with(p)) s.remove_prefix(p.size());
  }
  if (StartsWithWord(s, "Ngày") || StartsWithWord(s, "ngày")) {
    DateMatch m = MatchDate(s);
    return m.length > 0 && m.has_year;
  }
  return false;
}

HeaderFields ParseHeader(const std::vector<std::string>& lines) {
  HeaderFields out;
  HeaderReader reader(&out);
  size_t limit = std::min(lines.size(), kMaxHeaderLines);
  size_t i = 0;
  bool opened = false;
  for (; i < limit; ++i) {
    if (OpensBody(lines[i])) {
      opened = true;
      break;
    }
    reader.ReadLine(lines[i], i);
  }
  reader.Finish();
  if (opened) {
    out.body_start = i;
  } else {
    out.body_start = reader.last_feature() ? *reader.last_feature() + 1 : 0;
  }
  return out;
}

}  // namespace doithoai::documents::parse
