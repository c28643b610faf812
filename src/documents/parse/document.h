// What the importer reads out of an official document given as plain text (SYSTEM.md C8,
// issue 3 "Import"), for a person to confirm before it becomes a document with tasks.
//
// Every field is what the text says, never a guess: a field the text does not state (a
// draft's blank number, a header cut off by the copy) is nullopt or empty. Text keeps the
// document's own spelling and case ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "Sở Nội vụ"),
// cleaned to NFC with single spaces; list items lose their "- " and final ";" or ".".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace doithoai::documents {

// A document cited as a basis: "Căn cứ Nghị định số 13/2021/NĐ-CP ngày 01/3/2021 của Chính
// phủ quy định về …;".
struct ParsedBasis {
  std::string marker;               // "Căn cứ", "Thực hiện", "Triển khai thực hiện"
  std::optional<std::string> type;  // "Nghị định", "Luật", "Thông báo"
  std::optional<std::string> number_symbol;  // "13/2021/NĐ-CP"; nullopt for "Luật Thanh niên"
  std::optional<Date> date;                  // the cited document's date
  std::optional<std::string> issuer;         // "Chính phủ"
  std::optional<std::string> summary;  // "quy định về đối thoại với thanh niên; …"
};

struct ParsedRecipients {
  std::vector<std::string> addressed;  // "Kính gửi:", in order
  std::vector<std::string> copies;     // "Nơi nhận:", in order, "Lưu: VT, …" included
};

struct ParsedSigner {
  // The authority lines top-down joined by "\n": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"; nullopt
  // when the head signs in their own name.
  std::optional<std::string> authority;
  std::optional<std::string> position;  // "PHÓ CHỦ TỊCH"
  std::optional<std::string> name;      // "Lê Khắc Nam"
};

enum class DeadlineKind {
  kNone,       // the text sets no deadline
  kDate,       // "trước ngày 22/02/2023"; `date` is nullopt when no year is written
  kRecurring,  // "trước ngày 30/11 hằng năm", "tháng 3 hằng năm"
  kOngoing,    // "thường xuyên": reported each round
};

struct ParsedDeadline {
  DeadlineKind kind = DeadlineKind::kNone;
  std::optional<Date> date;         // only for kDate
  std::optional<std::string> text;  // the words that set it, as written
  // Only for kRecurring, read from `text`: "30/11 hằng năm" → day 30, month 11; "tháng 3 hằng
  // năm" → day 0 (the whole month), month 3; "ngày 07 hằng tháng" → day 7, month 0.
  unsigned month = 0;
  unsigned day = 0;
};

// One assignment: "Giao Sở Nội vụ: - Tổng hợp …", "Thành đoàn chủ trì, phối hợp với Sở Nội vụ…".
struct ParsedTask {
  std::optional<std::string> lead;        // the body in charge (chủ trì)
  std::vector<std::string> coordinating;  // bodies named after "phối hợp với", in order
  // The assignment's words (sub-items on their own lines, "+ …"), without the lead's name
  // when the sentence starts with it, first letter capitalised, no final punctuation.
  std::string content;
  ParsedDeadline deadline;
};

// The family of a document (issue 11), from its heading and the form of its number: state
// administrative (Decree 30/2020: national motto, "Số: 36/KH-UBND"), legal normative (the
// year in the number: "18/2014/TT-BNV"), Party (Hướng dẫn 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT
// NAM", "Số 15-CV/ĐU") and Youth Union ("ĐOÀN TNCS HỒ CHÍ MINH", "Số 367-QĐ/TWĐTN-VP").
enum class DocumentFamily { kAdministrative, kLegal, kParty, kYouthUnion };

struct ParsedDocument {
  std::optional<DocumentFamily> family;      // nullopt when nothing tells
  std::optional<std::string> type;           // "Kế hoạch", "Công văn"
  std::optional<std::string> type_code;      // "KH" (Decree 30); nullopt for a công văn
  std::optional<std::string> number;         // "36"; nullopt when left blank
  std::optional<std::string> symbol;         // "KH-UBND"; for "13/2021/NĐ-CP", "NĐ-CP"
  std::optional<std::string> number_symbol;  // "36/KH-UBND"; nullopt unless both are known
  std::optional<std::string> issuer;         // "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"
  std::optional<std::string> parent_issuer;  // the body above the issuer, if printed
  std::optional<std::string> place;          // "Hưng Yên"
  std::optional<Date> date;                  // nullopt for a draft's "ngày … tháng … năm"
  std::optional<std::string> summary;        // trích yếu, without "V/v"
  std::vector<ParsedBasis> bases;
  ParsedRecipients recipients;
  ParsedSigner signer;
  std::vector<ParsedTask> tasks;
};

}  // namespace doithoai::documents
