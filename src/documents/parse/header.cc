#include "documents/parse/header.h"

#include <algorithm>

#include "documents/parse/doc_types.h"
#include "documents/parse/number_symbol.h"
#include "documents/parse/paragraphs.h"
#include "documents/parse/text_util.h"
#include "documents/parse/vn_dates.h"

namespace doithoai::documents::parse {
namespace {

// "Số: 12 BC/TWH": a Party or Youth Union number whose hyphen the copy lost (README rule 2,
// "367 - QĐ/TWĐTN-VP"), read as "12-BC/TWH" when what follows the space is a type code, "/"
// and an issuer. Only in the header's "Số:" line: a basis cited "số 84 QĐ/TWĐTN" is kept as
// the text writes it.
NumberSymbol MatchHeaderNumber(std::string_view after) {
  NumberSymbol ns = MatchNumberSymbol(after);
  if (ns.length > 0) return ns;
  size_t digits = 0;
  while (digits < after.size() && IsAsciiDigit(after[digits])) digits++;
  if (digits == 0 || digits > 5 || digits + 1 >= after.size() || after[digits] != ' ') return ns;
  std::string joined =
      std::string(after.substr(0, digits)) + "-" + std::string(after.substr(digits + 1));
  NumberSymbol party = MatchNumberSymbol(joined);
  if (party.length == 0 || party.type_code.empty() || party.symbol.find('/') == std::string::npos) {
    return ns;
  }
  return party;  // same length: the space stood where the hyphen is
}

// Phrases of the right-hand column that carry no field (lower case).
// The Youth Union prints its own name where the state prints the national title.
constexpr std::string_view kTitles[] = {"cộng hòa xã hội chủ nghĩa việt nam",
                                        "cộng hoà xã hội chủ nghĩa việt nam",
                                        "cong hoa xa hoi chu nghia viet nam",
                                        "đảng cộng sản việt nam",
                                        "đoàn tncs hồ chí minh",
                                        "đoàn thanh niên cộng sản hồ chí minh"};

// A heading is printed in capitals: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam" or
// "Trung ương Đoàn thanh niên cộng sản Hồ Chí Minh" in a sentence is not one. The motto is in
// sentence case, its two ends close together.
bool HasTitle(std::string_view line) {
  std::string lower = LowerSameLength(line);
  for (std::string_view t : kTitles) {
    for (size_t p = lower.find(t); p != std::string::npos; p = lower.find(t, p + 1)) {
      if (IsUpperText(line.substr(p, t.size()))) return true;
    }
  }
  size_t doc_lap = lower.find("độc lập");
  size_t hanh_phuc = doc_lap == std::string::npos ? doc_lap : lower.find("hạnh phúc", doc_lap);
  return hanh_phuc != std::string::npos && hanh_phuc - doc_lap < 40;
}

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

bool StartsWithGenericBody(std::string_view s) {
  return std::any_of(std::begin(kGenericBodies), std::end(kGenericBodies),
                     [&](std::string_view g) { return StartsWithWord(s, g); });
}

// The line that names the authority issuing a decision or resolution, printed under its
// summary: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "BỘ TRƯỞNG BỘ
// TÀI CHÍNH", "QUỐC HỘI", "BAN BÍ THƯ".
bool IsAuthorityHeading(std::string_view s) {
  for (std::string_view a : {"ỦY BAN NHÂN DÂN",
                             "UỶ BAN NHÂN DÂN",
                             "HỘI ĐỒNG NHÂN DÂN",
                             "CHỦ TỊCH",
                             "BỘ TRƯỞNG",
                             "THỦ TƯỚNG",
                             "QUỐC HỘI",
                             "CHÍNH PHỦ",
                             "BAN CHẤP HÀNH",
                             "BAN THƯỜNG VỤ",
                             "BAN BÍ THƯ",
                             "BỘ CHÍNH TRỊ",
                             "GIÁM ĐỐC",
                             "ỦY BAN THƯỜNG VỤ",
                             "UỶ BAN THƯỜNG VỤ",
                             "TỔNG CỤC TRƯỞNG",
                             "CỤC TRƯỞNG",
                             "CHÁNH VĂN PHÒNG",
                             "TRƯỞNG BAN",
                             "HIỆU TRƯỞNG",
                             "KHÓA",
                             "KHOÁ",
                             "BỘ TRƯỞNG,",
                             "BAN CHẤP HÀNH TRUNG ƯƠNG",
                             "ĐẢNG ỦY",
                             "ĐẢNG UỶ"}) {
    if (StartsWithWord(s, a)) return true;
  }
  return false;
}

// "PHÒNG,CHỐNG TAI NẠN": a copy that lost the space after a comma between words.
std::string SpaceAfterCommas(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    if (s[i] == ',' && i > 0 && i + 1 < s.size() && !IsAsciiDigit(s[i - 1]) && s[i - 1] != ' ' &&
        StartsLetter(s.substr(i + 1))) {
      out += ' ';
    }
  }
  return out;
}

// A PDF copy may drop the first glyph of the header: "Y BAN NHÂN DÂN" is "ỦY BAN NHÂN DÂN".
std::string RepairBodyName(std::string_view s) {
  for (std::string_view lost : {"Y BAN NHÂN DÂN", "Ỷ BAN NHÂN DÂN"}) {
    if (StartsWithWord(s, lost)) return "ỦY BAN NHÂN DÂN" + std::string(s.substr(lost.size()));
  }
  return std::string(s);
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
  for (size_t p = line.find('|'); p != std::string_view::npos; p = line.find('|', p + 1)) {
    cuts.push_back({p, p + 1});
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
std::optional<DocumentType> HeaderTypeAt(std::string_view seg, std::string_view* rest,
                                         bool after_number = false) {
  size_t count = 0;
  const DocumentType* types = HeaderTypes(&count);
  std::string_view bare = TrimEnd(seg, ":");
  for (size_t i = 0; i < count; ++i) {
    const DocumentType& t = types[i];
    if (!StartsWithWord(bare, t.upper)) continue;
    std::string_view after = Trim(bare.substr(t.upper.size()));
    std::string_view next_word = after.substr(0, after.find(' '));
    // Under the number and date the type may share its line with a summary in capitals
    // ("HƯỚNG DẪN VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG").
    if (!after.empty() && IsUpperText(next_word) && !after_number) continue;
    *rest = after;
    return t;
  }
  return std::nullopt;
}

// Reads header lines one by one into HeaderFields, remembering what came before: issuer lines
// are the capitals before the number, the type or a date; a summary continues over the lines
// after its type name or "V/v" until a field or a line in capitals interrupts it.
constexpr int kMaxSummarySegments = 8;

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
    if (!summary_.empty()) out_->summary = SpaceAfterCommas(summary_);
    // A name wrapped over lines is one name: "THỦ" / "TƯỚNG CHÍNH PHỦ", "HỘI ĐỒNG NHÂN" /
    // "DÂN" / "TỈNH HÀ TĨNH"; a name under another is another body ("BAN CHẤP HÀNH TRUNG
    // ƯƠNG" / "VĂN PHÒNG").
    // "CHÀO MỪNG ĐẾN VỚI TRANG THÔNG TIN ĐIỆN TỬ …": the greeting of the site that posted
    // the document, no body.
    std::erase_if(issuer_lines_,
                  [](const std::string& l) { return StartsWithWord(l, "CHÀO MỪNG"); });
    std::vector<std::string> units;
    for (const std::string& l : issuer_lines_) {
      bool wraps = false;
      if (!units.empty()) {
        const std::string& prev = units.back();
        std::string joined = prev + " " + l;
        // "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI": the National Assembly's Standing Committee.
        bool standing = (prev.starts_with("ỦY BAN") || prev.starts_with("UỶ BAN")) &&
                        prev.ends_with("THƯỜNG VỤ");
        wraps =
            standing || (StartsWithLocality(l) && IsGenericBody(prev)) ||
            SplitWords(prev).size() == 1 || SplitWords(l).size() == 1 ||
            (!IsGenericBody(prev) && StartsWithGenericBody(joined) && !StartsWithGenericBody(prev));
      }
      if (wraps) {
        units.back() += " " + l;
      } else {
        units.push_back(l);
      }
    }
    if (issuer_lines_.size() == 1) SplitOneRow(units);
    // "ỦY BAN NHÂN DÂN" alone, its locality lost by the copy, is completed from the line
    // naming the authority under the summary: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ".
    if (!units.empty() && IsGenericBody(units.back()) && authority_line_ &&
        authority_line_->starts_with(units.back() + " ") &&
        StartsWithLocality(authority_line_->substr(units.back().size() + 1))) {
      std::string full = *authority_line_;
      for (std::string_view cut : {" KHÓA", " KHOÁ"}) {
        size_t p = full.find(cut);
        if (p != std::string::npos) full.resize(p);
      }
      units.back() = full;
    }
    // A locality alone under two bodies is their shared locality, a joint header:
    // "ỦY BAN NHÂN DÂN" / "ỦY BAN MTTQ VIỆT NAM" / "TỈNH ĐẮK LẮK" is one issuer, as written.
    if (units.size() >= 2 && StartsWithLocality(units.back())) {
      std::string joint = units.front();
      for (size_t i = 1; i < units.size(); ++i) joint += " " + units[i];
      units = {joint};
    }
    // "UỶ BAN NHÂN DÂN TỈNH" with the province's name lost by the copy (header cell and
    // authority line alike): the place of the date line names it ("Tuyên Quang, ngày …").
    if (!units.empty() && out_->place) {
      for (std::string_view level : {" TỈNH", " THÀNH PHỐ", " HUYỆN", " QUẬN", " THỊ XÃ"}) {
        if (units.back().ends_with(level) &&
            IsGenericBody(units.back().substr(0, units.back().size() - level.size()))) {
          units.back() += " " + UpperSameLength(*out_->place);
          break;
        }
      }
    }
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
    if (so == std::string_view::npos) {
      // "Luật số: 57/2020/QH14", "Nghị quyết số: 653/2019/UBTVQH14": the type before "số:".
      so = FindWord(seg, "số");
      if (so != std::string_view::npos && !Trim(seg.substr(so + 4)).starts_with(":")) {
        so = std::string_view::npos;
      }
    }
    if (so != std::string_view::npos) {
      std::string_view after = TrimStart(seg.substr(so + std::string_view("Số").size()), ":");
      NumberSymbol ns = MatchHeaderNumber(after);
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
    // "Về: tham gia ý kiến …" under the number: a letter's summary written without "V/v".
    if (seen_number_ && !out_->type_name && summary_.empty() && seg.starts_with("Về:")) {
      out_->letter = true;
      mode_ = Mode::kLetterSummary;
      summary_segments_ = 0;
      summary_ = std::string(Trim(seg.substr(std::string_view("Về:").size())));
      return true;
    }
    std::string_view rest;
    if (!out_->type_name && summary_.empty()) {
      if (auto t = HeaderTypeAt(seg, &rest, seen_number_ && seen_date_)) {
        out_->type_name = std::string(t->name);
        if (!t->code.empty()) out_->type_code = std::string(t->code);
        mode_ = Mode::kTypeSummary;
        summary_segments_ = 0;
        summary_ = std::string(rest);
        return true;
      }
    }
    if (mode_ != Mode::kNone) {
      // A summary in capitals ("KẾ HOẠCH" / "TRIỂN KHAI …") continues over lines in
      // capitals; the line naming the authority that issues ("ỦY BAN NHÂN DÂN TỈNH QUẢNG
      // NAM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") ends it, as does a line in capitals under a
      // summary in sentence case, and length: a summary is a few lines at most.
      bool upper = IsUpperText(seg);
      bool summary_upper = Trim(summary_).empty() || IsUpperText(summary_);
      // Under a summary in capitals, a sentence ("Theo thông báo của Bộ Y tế, …") is the body.
      bool sentence = !upper && summary_upper && !Trim(summary_).empty() && StartsUpper(seg);
      if ((upper && (!summary_upper || IsAuthorityHeading(seg))) || sentence ||
          ++summary_segments_ > kMaxSummarySegments) {
        if (upper && IsAuthorityHeading(seg) && !authority_line_)
          authority_line_ = std::string(seg);
        mode_ = Mode::kNone;
        return false;
      }
      JoinLine(summary_, seg);
      return true;
    }
    if (seg == "DỰ THẢO" || seg == "DỰ THẢO:") return true;  // a draft's stamp
    if (IsUpperText(seg) && !seen_number_ && !out_->type_name && !out_->letter && !seen_date_) {
      issuer_lines_.push_back(RepairBodyName(seg));
      return true;
    }
    // A copy that lost the type line: the summary in capitals follows the number and date
    // ("VỀ VIỆC BAN HÀNH QUY CHẾ …"), the authority's line follows it.
    if (IsUpperText(seg) && seen_number_ && seen_date_ && !out_->type_name && !out_->letter &&
        summary_.empty()) {
      if (IsAuthorityHeading(seg)) {
        if (!authority_line_) authority_line_ = std::string(seg);
        return false;
      }
      mode_ = Mode::kTypeSummary;
      summary_segments_ = 0;
      summary_ = std::string(seg);
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
      // "Bà Rịa - Vũng Tàu": a hyphen between two capitalised parts of one place.
      if (w == "-" && first >= 2 && first < words.size() && StartsUpper(words[first - 2]) &&
          !IsUpperText(words[first - 2])) {
        first--;
        continue;
      }
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
    // Party and Youth Union: "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG", "TỈNH ỦY X BAN TUYÊN GIÁO".
    for (std::string_view parent : {"BAN CHẤP HÀNH TRUNG ƯƠNG "}) {
      if (one.starts_with(parent) && one.size() > parent.size() + 2) {
        units = {std::string(Trim(one.substr(0, parent.size()))),
                 std::string(Trim(one.substr(parent.size())))};
        return;
      }
    }
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
  std::optional<std::string> authority_line_;  // "ỦY BAN NHÂN DÂN TỈNH X" under the summary
  bool seen_number_ = false;
  bool seen_date_ = false;
  std::optional<size_t> last_feature_;
};

struct HeaderLine {
  std::string text;  // one or more source lines joined
  size_t last;       // index of the last source line it holds
};

}  // namespace

bool OpensBody(std::string_view line) {
  size_t marker_length = 0;
  if (DetectMarker(line, &marker_length) != Marker::kNone) return true;
  for (std::string_view w :
       {"Kính gửi", "Căn cứ", "Thực hiện", "Thi hành", "Triển khai", "Trên cơ sở", "Theo đề nghị",
        "Xét đề nghị", "Nơi nhận", "Vừa qua", "Nhằm", "Để", "Giao"}) {
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

size_t HeaderStart(const std::vector<std::string>& lines) {
  size_t limit = std::min(lines.size(), kMaxPreambleLines);
  size_t title = 0;
  // The title may be wrapped over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM").
  auto titled = [&](size_t i) {
    if (HasTitle(lines[i])) return true;
    return i + 1 < lines.size() && !HasTitle(lines[i + 1]) &&
           HasTitle(lines[i] + " " + lines[i + 1]);
  };
  while (title < limit && !titled(title)) {
    // The body has begun: a title further down is an appendix's or a quotation's.
    for (std::string_view w : {"Căn cứ", "Kính gửi", "Thực hiện", "Theo đề nghị", "Nơi nhận"}) {
      if (StartsWithWord(lines[title], w)) return 0;
    }
    ++title;
  }
  if (title == limit || title == 0) return 0;
  size_t start = title;
  while (start > 0 && title - start < 10) {
    std::string_view l = lines[start - 1];
    bool cell = !HasLetter(l) || IsUpperText(l) || StartsWithWord(l, "Số");
    if (!cell || l.starts_with("MỤC LỤC")) break;
    if (IsUpperText(l) && std::any_of(l.begin(), l.end(), IsAsciiDigit)) break;
    --start;
  }
  // The left column printed whole before the title: "Số: 36/KH-UBND" or "V/v …" above it
  // means the header starts at the top.
  for (size_t i = 0; i < start; ++i) {
    std::string_view l = lines[i];
    if (l.starts_with("V/v") || l.starts_with("V/V")) return 0;
    size_t so = FindWord(l, "Số");
    if (so != std::string_view::npos && so < 3 &&
        MatchNumberSymbol(TrimStart(l.substr(so + 4), ":")).length > 0) {
      return 0;
    }
  }
  return start;
}

std::vector<HeaderLine> HeaderLines(const std::vector<std::string>& lines, size_t from,
                                    size_t limit) {
  std::vector<HeaderLine> out;
  bool cells = false;
  for (size_t i = from; i < limit && !cells; ++i) cells = lines[i] == "|";
  size_t i = from;
  while (i < limit) {
    if (OpensBody(lines[i])) {
      out.push_back({lines[i], i});
      break;
    }
    // A cell of a "|" table: its lines up to the next "|" line are one field wrapped.
    size_t end = i;
    bool upper = true;
    while (cells && end < limit && end - i < 8 && lines[end] != "|" && !OpensBody(lines[end])) {
      upper = upper && IsUpperText(lines[end]);
      ++end;
    }
    if (cells && end > i + 1 && end < limit && lines[end] == "|" && !upper) {
      std::string joined = lines[i];
      for (size_t k = i + 1; k < end; ++k) joined += " " + lines[k];
      out.push_back({joined, end - 1});
      i = end;
      continue;
    }
    out.push_back({lines[i], i});
    ++i;
  }
  // "Số:" alone on its line: the number and symbol are on the next ("Số:" / "1331/QĐ-TTg").
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    std::string_view a = TrimEnd(out[k].text, ": ");
    const std::string& b = out[k + 1].text;
    if ((a == "Số" || a == "SỐ") && !b.empty() &&
        (IsAsciiDigit(b[0]) || b[0] == '/' || b[0] == '.' || b[0] == '_')) {
      out[k].text += " " + out[k + 1].text;
      out[k].last = out[k + 1].last;
      out.erase(out.begin() + static_cast<long>(k) + 1);
    }
  }
  // A single word in capitals on its own line is the start of the next line's name or
  // summary ("ỦY" / "BAN NHÂN DÂN TỈNH BẮC NINH"), unless it is a type ("LUẬT").
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    const std::string& a = out[k].text;
    const std::string& b = out[k + 1].text;
    if (OpensBody(b)) break;
    if (SplitWords(a).size() == 1 && IsUpperText(a) && IsUpperText(b) && !TypeByUpperName(a) &&
        !HasTitle(b)) {
      out[k].text = a + " " + b;
      out[k].last = out[k + 1].last;
      out.erase(out.begin() + static_cast<long>(k) + 1);
    }
  }
  // The national title or a date wrapped over two lines: "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT
  // NAM", "Quảng Nam, ngày" / "13 tháng 7 năm 2023".
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    const std::string& a = out[k].text;
    const std::string& b = out[k + 1].text;
    if (OpensBody(b)) break;
    std::string joined = a + " " + b;
    bool title = !HasTitle(a) && !HasTitle(b) && HasTitle(joined);
    bool date = false;
    std::string lower = LowerSameLength(a);
    size_t ngay = FindWord(lower, "ngày");
    size_t take = 1;  // lines joined to `a`
    if (!title && ngay != std::string::npos && TrimEnd(a.substr(0, ngay), " ").ends_with(",")) {
      DateMatch alone = MatchDate(std::string_view(a).substr(ngay));
      // A draft's blank date may take three lines: "Hà Nội, ngày" / "tháng" / "năm 2016".
      for (; !alone.has_year && take <= 2 && k + take < out.size(); ++take) {
        if (take == 2) joined += " " + out[k + 2].text;
        DateMatch both = MatchDate(std::string_view(joined).substr(ngay));
        if (both.has_year) {
          date = true;
          break;
        }
      }
    }
    if (title || date) {
      out[k].text = joined;
      out[k].last = out[k + take].last;
      out.erase(out.begin() + static_cast<long>(k) + 1,
                out.begin() + static_cast<long>(k + take) + 1);
    }
  }
  return out;
}

// A copy from a legal portal without the document's own header line for a field: "Số hiệu:
// 155/KH-UBND", "Ngày ban hành: 26/05/2017" (the corpus' labelling rule 3: portal metadata
// only when the header does not say).
void ReadPortalMetadata(const std::vector<std::string>& lines, HeaderFields* out) {
  size_t limit = std::min(lines.size(), kMaxPreambleLines);
  // A news digest quoting a letter names it in a source line: "(Theo Công văn số
  // 6202/UBND-KT, ngày 23/11/2023)" (the corpus' labelling rule 8).
  for (size_t i = 0; i < lines.size() && !out->number && !out->type_name; ++i) {
    std::string_view l = lines[i];
    if (!l.starts_with("(Theo ")) continue;
    std::string_view rest = l.substr(std::string_view("(Theo ").size());
    std::optional<DocumentType> t = TypeAtStart(rest);
    if (!t) continue;
    rest = Trim(rest.substr(t->name.size()));
    if (!StartsWithWord(rest, "số")) continue;
    rest = Trim(rest.substr(std::string_view("số").size()));
    NumberSymbol ns = MatchNumberSymbol(rest);
    if (ns.length == 0 || !ns.number) continue;
    out->number = ns.number;
    out->symbol = ns.symbol;
    out->number_symbol = ns.written;
    out->symbol_type_code = ns.type_code;
    out->type_name = std::string(t->name);
    if (!t->code.empty()) out->type_code = std::string(t->code);
    rest = TrimStart(rest.substr(ns.length), ",");
    if (!out->date && StartsWithWord(rest, "ngày")) {
      DateMatch m = MatchDate(rest);
      if (m.length > 0 && m.date) out->date = m.date;
    }
  }
  for (size_t i = 0; i < limit; ++i) {
    std::string_view l = TrimStart(lines[i], "-•");
    if (!out->number && StartsWithWord(l, "Số hiệu")) {
      std::string_view v = TrimStart(l.substr(std::string_view("Số hiệu").size()), ":");
      NumberSymbol ns = MatchNumberSymbol(v);
      if (ns.length > 0 && ns.number) {
        out->number = ns.number;
        out->symbol = ns.symbol;
        out->number_symbol = ns.written;
        out->symbol_type_code = ns.type_code;
      }
    }
    if (!out->date && StartsWithWord(l, "Ngày ban hành")) {
      std::string_view v = TrimStart(l.substr(std::string_view("Ngày ban hành").size()), ":");
      DateMatch m = MatchDate(v);
      if (m.length > 0 && m.date) out->date = m.date;
    }
  }
}

HeaderFields ParseHeader(const std::vector<std::string>& lines) {
  HeaderFields out;
  HeaderReader reader(&out);
  size_t start = HeaderStart(lines);
  size_t limit = std::min(lines.size(), start + kMaxHeaderLines);
  std::vector<HeaderLine> header = HeaderLines(lines, start, limit);
  std::optional<size_t> opened;
  for (const HeaderLine& l : header) {
    if (OpensBody(l.text)) {
      opened = l.last;
      break;
    }
    reader.ReadLine(l.text, l.last);
  }
  reader.Finish();
  ReadPortalMetadata(lines, &out);
  if (opened) {
    out.body_start = *opened;
  } else {
    out.body_start = reader.last_feature() ? *reader.last_feature() + 1 : start;
  }
  return out;
}

}  // namespace doithoai::documents::parse
