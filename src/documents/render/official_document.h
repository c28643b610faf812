// The render model of an official document in the layout of Decree 30/2020/NĐ-CP, Appendix I:
// what the DOCX and PDF renderers draw, field by field, and nothing about storage. Builders
// (dialogue_plan.h, conclusion_notice.h, relay_letter.h, compiled_answers.h, minutes.h) fill
// it from plain input structs; ValidateDocument says what is missing before anything is drawn.
//
// Text fields hold the words only: the renderers add the fixed parts ("Số: ", "V/v ",
// "Kính gửi:", "Nơi nhận:", "- …;", "- Lưu: …."), the upper case of the header parts and the
// date wording, so one model renders the same in every format.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"

namespace doithoai::documents {

// A table inside the body or an appendix (e.g. a task list). Every row has columns.size()
// cells; ValidateDocument refuses a ragged table.
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  // Relative column widths, one per column (e.g. {1, 8, 4, 4, 3}); empty means equal widths.
  std::vector<double> column_weights;
};

// One block of the body, drawn in order.
struct Block {
  enum class Kind {
    kHeading1,   // "I. MỤC ĐÍCH, YÊU CẦU": bold
    kHeading2,   // "1. Mục đích": bold
    kHeading3,   // "a) Đối với thanh niên": italic
    kParagraph,  // justified, first-line indent
    kBullet,     // a "- " item: the renderer adds the dash
    kTable,      // `table`; `text` unused
  };
  Kind kind = Kind::kParagraph;
  std::string text;  // headings carry their own marker: "I. ", "1. ", "a) "
  Table table;

  static Block Heading1(std::string text) { return {Kind::kHeading1, std::move(text), {}}; }
  static Block Heading2(std::string text) { return {Kind::kHeading2, std::move(text), {}}; }
  static Block Heading3(std::string text) { return {Kind::kHeading3, std::move(text), {}}; }
  static Block Paragraph(std::string text) { return {Kind::kParagraph, std::move(text), {}}; }
  static Block Bullet(std::string text) { return {Kind::kBullet, std::move(text), {}}; }
  static Block TableBlock(Table table) { return {Kind::kTable, {}, std::move(table)}; }
};

// The signature block, right-hand side: authority lines, position, space to sign, name.
struct Signer {
  // Top-down, upper case as printed: {"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}; may be empty
  // when the head signs in their own name.
  std::vector<std::string> authority;
  std::string position;  // "PHÓ CHỦ TỊCH"
  std::string name;      // "Nguyễn Văn An"; empty leaves the space for a draft
};

// "Phụ lục I", "Phụ lục II"… numbered by position; each starts on a new page.
struct Appendix {
  std::string title;  // "DANH MỤC NHIỆM VỤ"
  std::vector<Block> blocks;
};

// The parts of the header that differ by family of issuer (domain/document/issuer_family.h):
// the state's (Decree 30, the default), the Party's (Hướng dẫn 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT
// NAM" underlined, no motto, a star under the issuer, "Số 15-CV/ĐU") and the Youth Union's
// ("ĐOÀN TNCS HỒ CHÍ MINH", "***", "Số: 12-CV/ĐTN").
struct HeaderStyle {
  std::string title = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";  // right column, bold, upper
  std::string motto = "Độc lập - Tự do - Hạnh phúc";         // empty: none (rule under title)
  std::string mark;                                          // under the issuer: "*", "***"
  std::string number_label = "Số: ";                         // "Số " for the Party
  char joint = '/';                                          // "15-CV/ĐU": '-'
};

struct OfficialDocument {
  HeaderStyle header;

  // Header, left column (Appendix I): the parent body (optional, upper, 12–13) and the issuing
  // body (upper, bold, short rule below). A '\n' forces a line break where the name is long.
  std::string parent_issuer;  // "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"; empty if none
  std::string issuer;         // "VĂN PHÒNG"

  // "Số: 36/KH-UBND". An empty number leaves a blank for the clerk to fill in on issue (a
  // draft); the symbol is always printed.
  std::string number;  // digits, "05" style below 10
  std::string symbol;  // "KH-UBND", "TB-VP", or for a công văn "UBND-VX"

  std::string place;         // "Hưng Yên"
  std::optional<Date> date;  // nullopt prints "ngày   tháng   năm <year>" blank
  int year = 0;              // the year printed in a blank date; REQUIRES: > 0 when !date

  // A typed document prints its name ("KẾ HOẠCH") and its summary, both bold and centred. A
  // công văn (letter) has no type name: its summary goes under the number as "V/v …".
  bool letter = false;
  std::string type_name;  // upper case as printed; REQUIRES: non-empty unless `letter`
  std::string summary;    // trích yếu, without "V/v"

  std::vector<std::string> addressed;  // "Kính gửi:"; one line each, without "- " or ";"
  std::vector<std::string> bases;      // "Căn cứ …": italic, one each, without the ";"
  std::vector<Block> body;

  Signer signer;
  // A second signature level with `signer`, on the left: minutes (biên bản) are signed by the
  // secretary (left, "THƯ KÝ") and the chair (right, "CHỦ TỌA"). When set, the two blocks
  // share a row and "Nơi nhận:" goes under them; nullopt: "Nơi nhận:" sits level with `signer`.
  std::optional<Signer> left_signer;
  std::vector<std::string> copies;  // "Nơi nhận:" lines, without "- " or ";"
  std::string archive = "VT";       // printed last as "- Lưu: VT, …."

  std::vector<Appendix> appendices;
};

// Every missing or unusable field, collected (ErrorCode::kInvalid, one FieldError each, named
// as in the struct: "issuer", "type_name", "symbol", "signer.position", "left_signer.position",
// "body[3].table"…).
// Also refuses text that is not valid UTF-8.
Status ValidateDocument(const OfficialDocument& doc);

// "36/KH-UBND", or "/KH-UBND" with the number left blank.
std::string NumberSymbol(const OfficialDocument& doc);

// The "Số:" line as printed: "Số: 36/KH-UBND"; a draft keeps a blank: "Số:      /KH-UBND".
std::string NumberLine(const OfficialDocument& doc);

// Decree 30 date wording: "Hưng Yên, ngày 05 tháng 02 năm 2025" (day below 10 and months 1–2
// with a leading zero), or "Hưng Yên, ngày      tháng      năm 2025" when undated.
std::string PlaceDateLine(const OfficialDocument& doc);

// "Phụ lục I", "Phụ lục II"… for the 0-based index.
std::string AppendixLabel(size_t index);

// The italic line under an appendix title: "(Kèm theo Kế hoạch số 36/KH-UBND ngày 05/02/2025)";
// a công văn is "Công văn"; blanks stay blank in a draft. The issuer is not named: the model
// holds it in upper case only, and proper names cannot be lowered back.
std::string AppendixAttachedLine(const OfficialDocument& doc);

// The recipient lines of "Nơi nhận:" with Decree 30 punctuation: "- X;" each, then
// "- Lưu: VT, ….".
std::vector<std::string> CopyLines(const OfficialDocument& doc);

// The "Kính gửi:" lines: one addressee is "Kính gửi: X." on one line (returned alone);
// several are "- X;" each with "." after the last.
std::vector<std::string> AddressedLines(const OfficialDocument& doc);

// `s` without the control characters XML 1.0 and a page cannot hold (newlines and tabs kept),
// for the renderers. REQUIRES: valid UTF-8.
std::string PrintableText(const std::string& s);

// The first letter in upper case, the rest untouched: "nghiên cứu …" → "Nghiên cứu …".
std::string CapitalizeFirst(const std::string& s);
// The first letter in lower case: "Tổ chức …" → "tổ chức …" (for a task after "phối hợp với X").
std::string LowercaseFirst(const std::string& s);
// The place a unit's documents are dated from: its name without the kind ("Thành phố Hải
// Phòng" → "Hải Phòng", "Phường Hồng Bàng" → "Hồng Bàng").
std::string PlaceOf(const std::string& unit_name);

// Upper case of Vietnamese text, đ → Đ included (ICU, locale vi).
std::string ToUpperVietnamese(const std::string& s);

}  // namespace doithoai::documents
