#include "documents/parse/bases.h"

#include <algorithm>
#include <string>

#include "documents/parse/agency.h"
#include "documents/parse/doc_types.h"
#include "documents/parse/number_symbol.h"
#include "documents/parse/text_util.h"
#include "documents/parse/vn_dates.h"

namespace doithoai::documents::parse {
namespace {

// Longest first: "Triển khai thực hiện" before "Triển khai".
constexpr std::string_view kMarkers[] = {
    "Triển khai thực hiện", "Để thực hiện", "Thực hiện",   "Thi hành",  "Căn cứ", "Trên cơ sở",
    "Triển khai",           "Theo đề nghị", "Xét đề nghị", "Tiếp theo", "Theo",   "Xét"};

constexpr std::string_view kAnd = " và";

// Where "… nhận được <Type> số …" cites the letter a reply answers, or npos.
size_t ReceivedLetterAt(std::string_view text) {
  constexpr std::string_view kReceived = "nhận được ";
  size_t p = text.find(kReceived);
  if (p == std::string_view::npos || p > 200) return std::string_view::npos;
  std::string_view rest = text.substr(p + kReceived.size());
  std::optional<DocumentType> t = TypeAtStart(rest);
  if (!t || !rest.substr(t->name.size()).starts_with(" số ")) return std::string_view::npos;
  return p + kReceived.size();
}

// Where ". Căn cứ <Type> số …" starts the grounds inside a paragraph (the text after the
// marker), or npos.
size_t MidParagraphGrounds(std::string_view text) {
  constexpr std::string_view kMid = ". Căn cứ ";
  size_t p = text.find(kMid);
  if (p == std::string_view::npos) return std::string_view::npos;
  std::string_view rest = text.substr(p + kMid.size());
  std::optional<DocumentType> t = TypeAtStart(rest);
  if (!t || !rest.substr(t->name.size()).starts_with(" số ")) return std::string_view::npos;
  return p + kMid.size();
}

bool IsProposal(std::string_view marker) {
  return marker == "Theo đề nghị" || marker == "Xét đề nghị" || marker == "Xét";
}

std::string_view MarkerOf(std::string_view text) {
  for (std::string_view m : kMarkers) {
    if (StartsWithWord(text, m)) return m;
  }
  return {};
}

// A law is cited by its name ("Luật Thanh niên"), other documents by number.
bool CitedByName(const DocumentType& t) {
  return t.code.empty() && t.name != "Văn bản" && t.name != "Công văn";
}

// A charter or working rules are cited by a name in lower case: "Điều lệ Đảng", "Quy chế làm
// việc của Ủy ban Kiểm tra Trung ương".
bool CitedByAnyName(const DocumentType& t) {
  return t.name == "Điều lệ" || t.name == "Quy chế" || t.name == "Hiến pháp";
}

// "… sửa đổi, bổ sung khoản 2, Điều 8," before a citation: the document cited next is the
// one whose article is meant ("Điều 8, Nghị định số 13/2008/NĐ-CP"), part of this basis'
// description (README rule 5), not another basis.
bool AfterArticleReference(std::string_view before) {
  std::vector<std::string_view> words = SplitWords(TrimEnd(before, ","));
  if (words.size() < 2) return false;
  std::string unit = LowerSameLength(words[words.size() - 2]);
  return unit == "điều" || unit == "khoản" || unit == "điểm" || unit == "chương" || unit == "mục";
}

// "… ngày 19 tháng 6 năm 2015 Luật sửa đổi, bổ sung …": a law named right after the year of a
// date, with no ";" between them (the document or its copy left it out), starts another
// citation: a law's name never runs on past its date.
bool LawAfterDateYear(std::string_view before, const DocumentType& t) {
  if (t.name != "Luật" && t.name != "Bộ luật" && t.name != "Pháp lệnh") return false;
  if (before.size() < 9 || !std::all_of(before.end() - 4, before.end(), IsAsciiDigit)) {
    return false;
  }
  return LowerSameLength(before.substr(0, before.size() - 4)).ends_with("năm ");
}

// Where `text` cites a document: the type name at `pos` followed by "số" or a number, or a
// law's name; the first citation, or one that follows ";" (or "," when numbered).
std::vector<size_t> CitationStarts(std::string_view text) {
  std::vector<size_t> starts;
  size_t pos = 0;
  while (pos < text.size()) {
    std::optional<DocumentType> t = TypeAtStart(text.substr(pos));
    // "Căn cứ quyết định số 846/QĐ-UB …": the type in lower case right after the marker.
    if (!t && pos == 0) t = TypeAtStart(CapitalizeFirst(text));
    if (t) {
      std::string_view after = text.substr(pos + t->name.size());
      bool numbered = after.starts_with(" số ") ||
                      (after.starts_with(" ") && MatchNumberSymbol(after.substr(1)).length > 0);
      // A law's name is capitalised ("Luật Thanh niên"), unless the copy lost it right
      // after the marker ("Căn cứ Luật tổ chức chính quyền địa phương").
      bool named = (CitedByName(*t) || CitedByAnyName(*t)) && after.starts_with(" ") &&
                   (StartsUpper(after.substr(1)) || CitedByAnyName(*t) ||
                    after.starts_with(" sửa đổi") || (pos == 0 && StartsLetter(after.substr(1))));
      std::string_view before = TrimEnd(text.substr(0, pos), " ");
      // "…; Căn cứ Luật B", "…; căn cứ Chỉ thị …", "…. Trên cơ sở Kế hoạch …": a marker
      // repeated inside the paragraph.
      std::string before_lower = LowerSameLength(before);
      bool remarked = false;
      for (std::string_view m : kMarkers) {
        if (!before_lower.ends_with(LowerSameLength(m))) continue;
        std::string_view head = TrimEnd(before.substr(0, before.size() - m.size()), " ");
        if (head.ends_with(";") || head.ends_with(".")) {
          before = head;
          remarked = true;
          break;
        }
      }
      bool joined = before.ends_with(kAnd);
      if (joined) before = TrimEnd(before.substr(0, before.size() - kAnd.size()), " ");
      // "…; Luật B", "…, Luật B", "…, Nghị định số …", "… và Quyết định số …" start another
      // citation; "của Luật B" and "Luật A và Luật B" (one amending law's title) do not.
      // "… ngày 18 tháng 6 năm 2009 và Luật sửa đổi …": a name is complete with its date.
      bool dated = before.size() >= 4 && std::all_of(before.end() - 4, before.end(), IsAsciiDigit);
      bool listed = remarked || before.ends_with(";") ||
                    (before.ends_with(",") && !AfterArticleReference(before)) ||
                    (joined && (numbered || (named && dated))) ||
                    (named && !joined && LawAfterDateYear(before, *t));
      if ((numbered || named) && (starts.empty() || listed)) starts.push_back(pos);
    }
    size_t space = text.find(' ', pos);
    if (space == std::string_view::npos) break;
    pos = space + 1;
  }
  return starts;
}

// "về việc …" and "về …" introduce the subject; "(gửi kèm theo)" is a note, not the subject.
std::optional<std::string> SummaryOf(std::string_view rest) {
  rest = Trim(rest);
  for (std::string_view lead : {"về việc ", "về "}) {
    if (rest.starts_with(lead)) {
      rest.remove_prefix(lead.size());
      break;
    }
  }
  rest = TrimEnd(rest, ";,.");
  if (rest.ends_with(")")) {
    size_t open = rest.rfind('(');
    if (open != std::string_view::npos && rest.substr(open).find("kèm") != std::string_view::npos) {
      rest = TrimEnd(rest.substr(0, open), ";,.");
    }
  }
  if (rest.empty()) return std::nullopt;
  return std::string(rest);
}

ParsedBasis ParseCitation(std::string_view marker, std::string_view text) {
  ParsedBasis b;
  b.marker = std::string(marker);
  std::optional<DocumentType> t = TypeAtStart(text);
  b.type = std::string(t->name);
  std::string_view rest = Trim(text.substr(t->name.size()));
  if (rest.starts_with("số ")) rest = Trim(rest.substr(std::string_view("số ").size()));
  NumberSymbol ns = MatchNumberSymbol(rest);
  if (ns.length > 0 && ns.number) {
    b.number_symbol = ns.written;
    rest = Trim(rest.substr(ns.length));
  } else if (CitedByName(*t) || CitedByAnyName(*t)) {
    // "Luật Thanh niên ngày 16 tháng 6 năm 2020": the name runs to the date, number, issuer
    // or end; "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ" is one name.
    size_t end = rest.size();
    std::string lower = LowerSameLength(rest);
    for (std::string_view stop : {"ngày", "số", "của"}) {
      for (size_t p = FindWord(lower, stop); p != std::string::npos && p < end;
           p = FindWord(lower, stop, p + 1)) {
        std::string_view next = Trim(std::string_view(rest).substr(p + stop.size()));
        if (stop == "số" && (next.empty() || !IsAsciiDigit(next[0]))) continue;
        if (stop == "của" && TypeAtStart(next)) continue;
        end = p;
        break;
      }
    }
    end = std::min(end, rest.find_first_of(";("));
    if (CitedByAnyName(*t)) {  // "Điều lệ Đoàn và Chương trình công tác toàn khóa"
      end = std::min(end, FindWord(lower, "và"));
    }
    b.summary = std::string(TrimEnd(rest.substr(0, end), " ;,."));
    if (b.summary->empty()) b.summary.reset();
    rest = Trim(rest.substr(std::min(end, rest.size())));
  }
  // "Luật Tổ chức Quốc hội số 57/2014/QH13": a law named, then numbered.
  if (!b.number_symbol && StartsWithWord(rest, "số")) {
    NumberSymbol law = MatchNumberSymbol(Trim(rest.substr(std::string_view("số").size())));
    if (law.length > 0 && law.number) {
      b.number_symbol = law.written;
      rest = Trim(Trim(rest.substr(std::string_view("số").size())).substr(law.length));
    }
  }
  if (StartsWithWord(rest, "ngày")) {
    DateMatch m = MatchDate(rest);
    if (m.length > 0) {
      b.date = m.date;
      rest = Trim(rest.substr(m.length));
    }
  }
  if (StartsWithWord(rest, "của")) {
    rest = Trim(rest.substr(std::string_view("của").size()));
    size_t len = ScanAgency(rest);
    if (len > 0) b.issuer = NormalizeAgency(rest.substr(0, len));
    rest = rest.substr(len);
  }
  if (!b.summary) b.summary = SummaryOf(rest);
  return b;
}

}  // namespace

std::vector<ParsedBasis> ParseBases(const std::vector<Paragraph>& body, size_t* next) {
  std::vector<ParsedBasis> out;
  std::string_view marker;
  size_t i = 0;
  for (; i < body.size(); ++i) {
    const Paragraph& p = body[i];
    std::string_view text = p.text;
    std::string_view m = MarkerOf(text);
    // Party documents bullet their grounds: "- Căn cứ Điều lệ Đảng;".
    if (p.marker != Marker::kNone && !(p.marker == Marker::kDash && !m.empty())) break;
    size_t received = ReceivedLetterAt(text);
    if (!m.empty()) {
      marker = m;
      text = Trim(text.substr(m.size()));
    } else if (i == 0 && marker.empty() && received != std::string_view::npos) {
      // "Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 … , Chủ tịch … có ý kiến
      // như sau:": the letter answered is the basis.
      marker = "nhận được";
      text = text.substr(received);
    } else if (size_t mid = MidParagraphGrounds(text);
               i == 0 && marker.empty() && mid != std::string_view::npos) {
      // A letter's first paragraph gives its grounds after two sentences of assessment: "…
      // còn chưa chủ động. Căn cứ Nghị quyết số 35/2023/UBTVQH15 …; Nghị quyết số 117/NQ-CP
      // …; để tháo gỡ …". The grounds end at the first clause that cites nothing.
      marker = "Căn cứ";
      text = text.substr(mid);
      for (size_t semi = text.find("; "); semi != std::string_view::npos;
           semi = text.find("; ", semi + 2)) {
        std::string_view after = Trim(text.substr(semi + 1));
        if (!TypeAtStart(after) && MarkerOf(after).empty()) {
          text = text.substr(0, semi);
          break;
        }
      }
    } else if (marker.empty() || !TypeAtStart(text)) {
      break;  // a continuation needs a marker above it and a cited document
    }
    std::vector<size_t> starts = CitationStarts(text);
    for (size_t k = 0; k < starts.size(); ++k) {
      size_t end = k + 1 < starts.size() ? starts[k + 1] : text.size();
      std::string_view cite = TrimEnd(text.substr(starts[k], end - starts[k]), " ;,");
      if (cite.ends_with(kAnd)) cite = TrimEnd(cite.substr(0, cite.size() - kAnd.size()), " ;,");
      std::string capitalised;
      if (!TypeAtStart(cite)) {
        capitalised = CapitalizeFirst(cite);
        if (!TypeAtStart(capitalised)) continue;
        cite = capitalised;
      }
      ParsedBasis b = ParseCitation(marker, cite);
      // "Theo đề nghị của Sở … tại Tờ trình số …": the proposal is not a basis.
      if (IsProposal(marker) || b.type == "Tờ trình") continue;
      out.push_back(std::move(b));
    }
  }
  *next = i;
  return out;
}

}  // namespace doithoai::documents::parse
