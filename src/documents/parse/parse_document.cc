#include "documents/parse/parse_document.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "documents/parse/bases.h"
#include "documents/parse/doc_types.h"
#include "documents/parse/footer.h"
#include "documents/parse/glued_words.h"
#include "documents/parse/header.h"
#include "documents/parse/paragraphs.h"
#include "documents/parse/source_lines.h"
#include "documents/parse/tasks.h"
#include "documents/parse/text_util.h"
#include "text/normalize.h"

namespace doithoai::documents {
namespace {

// Decree 30: the type line names the type; without one, the symbol's first group may be a
// type's abbreviation ("KH-UBND"); a "V/v" summary or a "Kính gửi" list makes a công văn.
void ResolveType(const parse::HeaderFields& h, ParsedDocument& doc) {
  if (h.type_name) {
    doc.type = h.type_name;
    doc.type_code = h.type_code;
    return;
  }
  if (auto t = parse::TypeByCode(h.symbol_type_code)) {
    doc.type = std::string(t->name);
    doc.type_code = std::string(t->code);
    return;
  }
  if (h.letter || !doc.recipients.addressed.empty()) doc.type = "Công văn";
}

}  // namespace

namespace parse {

std::optional<DocumentFamily> DocumentFamilyOf(std::string_view heading,
                                               const std::optional<std::string>& number_symbol,
                                               const std::optional<std::string>& type) {
  std::string lower = LowerSameLength(heading);
  std::string symbol = number_symbol.value_or("");
  auto has = [&](std::string_view needle) { return lower.find(needle) != std::string::npos; };
  // Youth Union first: its documents may also name the Party ("… dưới sự lãnh đạo của Đảng").
  if (has("đoàn tncs") || has("đoàn thanh niên cộng sản") || has("hội đồng đội") ||
      symbol.find("ĐTN") != std::string::npos || symbol.find("HĐĐ") != std::string::npos) {
    return DocumentFamily::kYouthUnion;
  }
  // Without the national motto or the Party's heading, a youth body named in the heading is the
  // issuer's family: the Youth Federation ("Hội Liên hiệp Thanh niên Việt Nam", "Hội LHTN"),
  // a school's Youth Union posting its plan ("… số 203-KH/ĐTN của Huyện Đoàn …").
  bool motto = has("cộng hòa xã hội chủ nghĩa") || has("cộng hoà xã hội chủ nghĩa");
  if (!motto && !has("đảng cộng sản việt nam") &&
      (has("hội liên hiệp thanh niên") || has("hội lhtn") || has("/đtn") || has("/tđtn"))) {
    return DocumentFamily::kYouthUnion;
  }
  // Party: the heading, or the number joined to the symbol by a hyphen ("15-CV/ĐU").
  size_t digits = 0;
  while (digits < symbol.size() && IsAsciiDigit(symbol[digits])) ++digits;
  bool hyphenated = digits > 0 && digits < symbol.size() && symbol[digits] == '-';
  if (has("đảng cộng sản việt nam") || hyphenated) return DocumentFamily::kParty;
  // Legal normative documents carry the year in the number: "18/2014/TT-BNV".
  size_t slash = symbol.find('/');
  if (slash != std::string::npos && slash + 5 < symbol.size() && symbol[slash + 5] == '/' &&
      std::all_of(symbol.begin() + static_cast<long>(slash) + 1,
                  symbol.begin() + static_cast<long>(slash) + 5, IsAsciiDigit)) {
    return DocumentFamily::kLegal;
  }
  if (!number_symbol && type) {
    for (std::string_view t : {"Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư",
                               "Thông tư liên tịch", "Hiến pháp"}) {
      if (*type == t) return DocumentFamily::kLegal;
    }
  }
  if (has("cộng hòa xã hội chủ nghĩa") || has("cộng hoà xã hội chủ nghĩa") || number_symbol ||
      type) {
    return DocumentFamily::kAdministrative;
  }
  return std::nullopt;
}

}  // namespace parse

namespace {

// The rules above cut text at byte offsets found in lowered, folded or re-spaced copies of it.
// On real documents a cut falls between characters; on crafted bytes one fell inside a
// character once (a fuzz input in CI whose JSON then could not be written: a 500 from the
// preview route). So every string returned is made valid UTF-8 here, U+FFFD marking a broken
// character that the person confirming the preview sees and corrects.
void RepairText(std::string& s) {
  if (!text::IsValidUtf8(s)) s = text::ReplaceInvalidUtf8(s);
}
void RepairText(std::optional<std::string>& s) {
  if (s) RepairText(*s);
}
void RepairText(std::vector<std::string>& v) {
  for (std::string& s : v) RepairText(s);
}

void RepairText(ParsedDocument& d) {
  for (auto* field :
       {&d.type, &d.type_code, &d.number, &d.symbol, &d.number_symbol, &d.issuer, &d.parent_issuer,
        &d.place, &d.summary, &d.signer.authority, &d.signer.position, &d.signer.name}) {
    RepairText(*field);
  }
  for (ParsedBasis& b : d.bases) {
    RepairText(b.marker);
    for (auto* field : {&b.type, &b.number_symbol, &b.issuer, &b.summary}) RepairText(*field);
  }
  RepairText(d.recipients.addressed);
  RepairText(d.recipients.copies);
  for (ParsedTask& t : d.tasks) {
    RepairText(t.lead);
    RepairText(t.coordinating);
    RepairText(t.content);
    RepairText(t.deadline.text);
  }
}

bool RecognisedAnything(const ParsedDocument& d) {
  return d.type || d.symbol || d.issuer || d.date || d.place || d.summary || !d.bases.empty() ||
         !d.recipients.addressed.empty() || !d.recipients.copies.empty() || d.signer.authority ||
         d.signer.position || !d.tasks.empty();
}

}  // namespace

Result<ParsedDocument> ParseDocument(std::string_view text) {
  DT_RETURN_IF_ERROR(parse::CheckTextBytes(text, kMaxDocumentBytes));
  // "BANHÀNH", "Hội đồngnhân dân": spaces the copy lost are put back first (glued_words.h).
  std::string unglued = parse::SplitGluedSyllables(text);
  text = unglued;
  std::vector<std::string> lines = parse::SourceLinesWithCells(text);
  // The header reads the "|" cell breaks; the rest of the document is read without them.
  parse::HeaderFields h = parse::ParseHeader(lines);
  size_t breaks = static_cast<size_t>(std::count(
      lines.begin(), lines.begin() + static_cast<long>(std::min(h.body_start, lines.size())),
      std::string(parse::kCellBreak)));
  h.body_start -= breaks;
  std::erase(lines, std::string(parse::kCellBreak));
  if (lines.empty()) return Error::Invalid("file", "Tệp rỗng: không có nội dung văn bản");

  ParsedDocument doc;
  doc.number = h.number;
  doc.symbol = h.symbol;
  doc.number_symbol = h.number_symbol;
  doc.issuer = h.issuer;
  doc.parent_issuer = h.parent_issuer;
  doc.place = h.place;
  doc.date = h.date;
  doc.summary = h.summary;
  // "ỦY BAN NHÂN DÂN" alone: the copy lost the header cell's second line ("TỈNH THANH HÓA").
  // When the text names the body's level ("Ủy ban nhân dân tỉnh ban hành Kế hoạch …"), the
  // place of the date line completes it; the first level named is the body's own.
  if (doc.issuer && doc.place) {
    std::string issuer = parse::LowerSameLength(*doc.issuer);
    if (issuer == "ủy ban nhân dân" || issuer == "uỷ ban nhân dân") {
      std::string lower = parse::LowerSameLength(text);
      size_t best = std::string::npos;
      std::string_view level;
      for (std::string_view body : {"ủy ban nhân dân ", "uỷ ban nhân dân ", "ubnd "}) {
        for (auto [word, upper] : {std::pair<std::string_view, std::string_view>{"tỉnh", " TỈNH "},
                                   {"thành phố", " THÀNH PHỐ "},
                                   {"huyện", " HUYỆN "},
                                   {"quận", " QUẬN "},
                                   {"thị xã", " THỊ XÃ "},
                                   {"xã", " XÃ "},
                                   {"phường", " PHƯỜNG "}}) {
          std::string phrase = std::string(body) + std::string(word);
          size_t at = parse::FindWord(lower, phrase, 0);
          if (at < best) {
            best = at;
            level = upper;
          }
        }
      }
      if (!level.empty()) {
        doc.issuer = *doc.issuer + std::string(level) + parse::UpperSameLength(*doc.place);
      }
    }
  }

  size_t body_begin = parse::ParseAddressed(lines, h.body_start, &doc.recipients.addressed);
  size_t footer_begin = parse::FindFooterStart(lines, body_begin);
  std::vector<parse::Paragraph> body = parse::BuildParagraphs(lines, body_begin, footer_begin);
  size_t after_bases = 0;
  doc.bases = parse::ParseBases(body, &after_bases);
  // A copy cut in the middle of its last basis (the text ends there, without the ";" or "."
  // that closes an item): that basis is not proposed.
  if (!doc.bases.empty() && after_bases == body.size() && footer_begin == lines.size() &&
      !body.empty()) {
    std::string_view last = parse::TrimEnd(body.back().text, " ");
    const ParsedBasis& b = doc.bases.back();
    std::string named = b.number_symbol ? *b.number_symbol : b.summary.value_or("");
    size_t named_at = named.empty() ? std::string_view::npos : last.find(named);
    // "… Nghị quyết số 117/NQ-CP …; để tháo gỡ … xây dựn": the basis closed at its ";", the
    // sentence after it was cut.
    bool in_last =
        named_at != std::string_view::npos && last.find("; ", named_at) == std::string_view::npos;
    if (in_last && !last.empty() &&
        std::string_view(";.,:").find(last.back()) == std::string_view::npos) {
      doc.bases.pop_back();
    }
  }
  // As for a basis, a task in the paragraph the copy cuts is not proposed.
  bool cut = footer_begin == lines.size() && !body.empty() &&
             !parse::TrimEnd(body.back().text, " ").empty() &&
             std::string_view(";.,:!?)\"”").find(parse::TrimEnd(body.back().text, " ").back()) ==
                 std::string_view::npos;
  std::string last_paragraph = body.empty() ? "" : parse::LowerSameLength(body.back().text);
  doc.tasks = parse::ExtractTasks(std::move(body), after_bases);
  if (cut && !doc.tasks.empty() && parse::InParagraph(doc.tasks.back(), last_paragraph)) {
    doc.tasks.pop_back();
  }
  // An attached regulation follows the signature: its title in capitals, then "(Ban hành
  // kèm theo Quyết định số …)". The signature block ends before that title.
  std::vector<std::string> signed_part;
  const std::vector<std::string>* footer_lines = &lines;
  for (size_t i = footer_begin; i + 1 < lines.size(); ++i) {
    if (lines[i + 1].starts_with("(Ban hành kèm theo")) {
      signed_part.assign(lines.begin(), lines.begin() + static_cast<long>(i));
      footer_lines = &signed_part;
      break;
    }
  }
  parse::FooterFields footer = parse::ParseFooter(*footer_lines, footer_begin);
  doc.recipients.copies = std::move(footer.copies);
  // Party lists end their items with ",": "- Như trên," / "- Lưu VP.".
  for (auto* list : {&doc.recipients.addressed, &doc.recipients.copies}) {
    for (std::string& r : *list) r = std::string(parse::TrimEnd(r, ","));
  }
  doc.signer = std::move(footer.signer);
  // A copy cut inside the list of copies ("- Thư" and nothing after): that item is not whole.
  if (!doc.recipients.copies.empty() && !doc.signer.authority && !doc.signer.position &&
      !doc.signer.name) {
    std::string_view last = parse::TrimEnd(lines.back(), " ");
    if (last.starts_with("-") &&
        last.find(doc.recipients.copies.back()) != std::string_view::npos &&
        std::string_view(";.,").find(last.back()) == std::string_view::npos) {
      doc.recipients.copies.pop_back();
    }
  }
  ResolveType(h, doc);
  // A document posted without its header and type heading, under a title line in sentence
  // case: "Kế hoạch Tháng Thanh niên năm 2021" gives the type and, after it, the summary. A
  // line with a number ("Kế hoạch 155/KH-UBND năm 2017 …") is a portal's title, not this.
  if (!doc.type) {
    for (size_t i = 0; i < std::min(lines.size(), h.body_start); ++i) {
      std::string_view line = parse::Trim(lines[i]);
      std::optional<parse::DocumentType> t = parse::TypeAtStart(line);
      if (!t || line.find('/') != std::string_view::npos || parse::IsUpperText(line)) continue;
      std::string_view rest = parse::Trim(line.substr(t->name.size()));
      std::string_view first = rest.substr(0, rest.find(' '));
      if (first.empty() || parse::LowerSameLength(first) == first) continue;  // "Kế hoạch này …"
      doc.type = std::string(t->name);
      if (!t->code.empty()) doc.type_code = std::string(t->code);
      if (!doc.summary) doc.summary = std::string(rest);
      break;
    }
  }
  // A plan posted without header, type heading or title: its opening paragraph says what it
  // issues ("Thực hiện …, Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Hội nghị …
  // như sau:"). Only that declaration, ending the paragraph, gives the type.
  if (!doc.type) {
    for (size_t i = h.body_start; i < std::min(lines.size(), h.body_start + 3); ++i) {
      std::string_view line = parse::TrimEnd(lines[i], " ");
      if (!line.ends_with("như sau:")) continue;
      constexpr std::string_view kIssues = " ban hành ";
      size_t at = line.rfind(kIssues);
      if (at == std::string_view::npos) break;
      std::optional<parse::DocumentType> t = parse::TypeAtStart(line.substr(at + kIssues.size()));
      if (!t) break;
      doc.type = std::string(t->name);
      if (!t->code.empty()) doc.type_code = std::string(t->code);
      break;
    }
  }
  std::string heading;
  for (size_t i = 0; i < std::min(lines.size(), h.body_start + 1); ++i) heading += lines[i] + "\n";
  doc.family = parse::DocumentFamilyOf(heading, doc.number_symbol, doc.type);
  RepairText(doc);

  if (!RecognisedAnything(doc)) {
    return Error::Invalid("file",
                          "Không nhận ra văn bản hành chính: không thấy loại văn bản, số, ký "
                          "hiệu, cơ quan ban hành, trích yếu, nơi nhận, người ký hay nhiệm vụ");
  }
  return doc;
}

}  // namespace doithoai::documents
