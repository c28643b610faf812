#include "documents/render/official_document.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cstdio>

#include "text/normalize.h"

namespace doithoai::documents {
namespace {

// The blank a clerk fills in by hand on issue, as drafts print it (see the seeds).
constexpr char kBlank[] = "      ";

bool IsDigits(const std::string& s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

void CheckUtf8(FieldErrors& errors, const std::string& field, const std::string& value) {
  if (!text::IsValidUtf8(value)) errors.Add(field, "văn bản không phải UTF-8 hợp lệ");
}

void CheckBlocks(FieldErrors& errors, const std::string& prefix, const std::vector<Block>& blocks) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    const std::string field = prefix + "[" + std::to_string(i) + "]";
    CheckUtf8(errors, field + ".text", b.text);
    if (b.kind != Block::Kind::kTable) continue;
    const Table& t = b.table;
    if (t.columns.empty()) errors.Add(field + ".table", "bảng không có cột");
    if (!t.column_weights.empty() && t.column_weights.size() != t.columns.size()) {
      errors.Add(field + ".table", "số độ rộng cột khác số cột");
    }
    for (double w : t.column_weights) {
      if (!(w > 0)) errors.Add(field + ".table", "độ rộng cột phải lớn hơn 0");
    }
    for (const std::string& c : t.columns) CheckUtf8(errors, field + ".table", c);
    for (size_t r = 0; r < t.rows.size(); ++r) {
      if (t.rows[r].size() != t.columns.size()) {
        errors.Add(field + ".table", "dòng " + std::to_string(r + 1) + " có số ô khác số cột");
      }
      for (const std::string& c : t.rows[r]) CheckUtf8(errors, field + ".table", c);
    }
  }
}

std::string TwoDigits(unsigned n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02u", n);
  return buf;
}

// Sentence case of an upper-case type name: "KẾ HOẠCH" → "Kế hoạch".
std::string SentenceCase(const std::string& upper) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(upper);
  u.toLower(icu::Locale("vi"));
  if (!u.isEmpty()) u.replace(0, 1, icu::UnicodeString(u.char32At(0)).toUpper(icu::Locale("vi")));
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

Status ValidateDocument(const OfficialDocument& doc) {
  FieldErrors errors;
  if (doc.issuer.empty()) errors.Add("issuer", "thiếu tên cơ quan ban hành");
  if (doc.symbol.empty()) errors.Add("symbol", "thiếu ký hiệu văn bản");
  if (!IsDigits(doc.number)) errors.Add("number", "số văn bản chỉ gồm chữ số");
  if (doc.place.empty()) errors.Add("place", "thiếu địa danh");
  if (!doc.date && doc.year <= 0) errors.Add("year", "văn bản chưa ghi ngày phải có năm");
  if (!doc.letter && doc.type_name.empty()) {
    errors.Add("type_name", "thiếu tên loại văn bản (công văn thì đánh dấu là công văn)");
  }
  if (doc.letter && !doc.type_name.empty()) {
    errors.Add("type_name", "công văn không có tên loại văn bản");
  }
  if (doc.summary.empty()) errors.Add("summary", "thiếu trích yếu nội dung");
  if (doc.signer.position.empty()) errors.Add("signer.position", "thiếu chức vụ người ký");
  const std::pair<const char*, const std::string*> fields[] = {
      {"parent_issuer", &doc.parent_issuer},
      {"issuer", &doc.issuer},
      {"symbol", &doc.symbol},
      {"place", &doc.place},
      {"type_name", &doc.type_name},
      {"summary", &doc.summary},
      {"signer.position", &doc.signer.position},
      {"signer.name", &doc.signer.name},
      {"archive", &doc.archive}};
  for (const auto& [name, value] : fields) CheckUtf8(errors, name, *value);
  auto check_list = [&](const char* name, const std::vector<std::string>& list) {
    for (size_t i = 0; i < list.size(); ++i) {
      CheckUtf8(errors, std::string(name) + "[" + std::to_string(i) + "]", list[i]);
    }
  };
  check_list("addressed", doc.addressed);
  check_list("bases", doc.bases);
  check_list("copies", doc.copies);
  check_list("signer.authority", doc.signer.authority);
  if (doc.left_signer) {
    if (doc.left_signer->position.empty()) {
      errors.Add("left_signer.position", "thiếu chức vụ người ký bên trái");
    }
    CheckUtf8(errors, "left_signer.position", doc.left_signer->position);
    CheckUtf8(errors, "left_signer.name", doc.left_signer->name);
    check_list("left_signer.authority", doc.left_signer->authority);
  }
  CheckBlocks(errors, "body", doc.body);
  for (size_t i = 0; i < doc.appendices.size(); ++i) {
    const std::string prefix = "appendices[" + std::to_string(i) + "]";
    CheckUtf8(errors, prefix + ".title", doc.appendices[i].title);
    CheckBlocks(errors, prefix + ".blocks", doc.appendices[i].blocks);
  }
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

std::string NumberSymbol(const OfficialDocument& doc) {
  return doc.number + doc.header.joint + doc.symbol;
}

std::string NumberLine(const OfficialDocument& doc) {
  if (doc.number.empty()) {
    std::string label = doc.header.number_label;
    while (!label.empty() && label.back() == ' ') label.pop_back();
    return label + kBlank + doc.header.joint + doc.symbol;
  }
  return doc.header.number_label + NumberSymbol(doc);
}

std::string PlaceDateLine(const OfficialDocument& doc) {
  if (!doc.date) {
    return doc.place + ", ngày" + kBlank + "tháng" + kBlank + "năm " + std::to_string(doc.year);
  }
  // Decree 30, Appendix I: days below 10 and the months 1 and 2 take a leading zero.
  const unsigned month = doc.date->month();
  const std::string month_text = month <= 2 ? TwoDigits(month) : std::to_string(month);
  return doc.place + ", ngày " + TwoDigits(doc.date->day()) + " tháng " + month_text + " năm " +
         std::to_string(doc.date->year());
}

std::string AppendixLabel(size_t index) {
  static const char* const kRoman[] = {"I",    "II",  "III",  "IV",    "V",   "VI",   "VII",
                                       "VIII", "IX",  "X",    "XI",    "XII", "XIII", "XIV",
                                       "XV",   "XVI", "XVII", "XVIII", "XIX", "XX"};
  if (index < std::size(kRoman)) return std::string("Phụ lục ") + kRoman[index];
  return "Phụ lục " + std::to_string(index + 1);
}

std::string AppendixAttachedLine(const OfficialDocument& doc) {
  const std::string type = doc.letter ? "Công văn" : SentenceCase(doc.type_name);
  std::string date;
  if (doc.date) {
    date = doc.date->ToVietnamese();
  } else {
    date = std::string(kBlank) + "/" + kBlank + "/" + std::to_string(doc.year);
  }
  const std::string number = doc.number.empty() ? kBlank : doc.number;
  return "(Kèm theo " + type + " số " + number + doc.header.joint + doc.symbol + " ngày " + date +
         ")";
}

std::vector<std::string> CopyLines(const OfficialDocument& doc) {
  std::vector<std::string> lines;
  for (const std::string& c : doc.copies) lines.push_back("- " + c + ";");
  lines.push_back("- Lưu: " + doc.archive + ".");
  return lines;
}

std::vector<std::string> AddressedLines(const OfficialDocument& doc) {
  std::vector<std::string> lines;
  if (doc.addressed.size() == 1) {
    lines.push_back("Kính gửi: " + doc.addressed[0] + ".");
    return lines;
  }
  for (size_t i = 0; i < doc.addressed.size(); ++i) {
    lines.push_back("- " + doc.addressed[i] + (i + 1 == doc.addressed.size() ? "." : ";"));
  }
  return lines;
}

std::string PrintableText(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 || c == '\n' || c == '\t') out.push_back(c);
  }
  return out;
}

namespace {

std::string FirstLetter(const std::string& s, bool upper) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (u.isEmpty()) return s;
  const int32_t first_len = U16_LENGTH(u.char32At(0));
  icu::UnicodeString head = u.tempSubString(0, first_len);
  if (upper) {
    head.toUpper(icu::Locale("vi"));
  } else {
    head.toLower(icu::Locale("vi"));
  }
  u.replace(0, first_len, head);
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

std::string CapitalizeFirst(const std::string& s) { return FirstLetter(s, true); }
std::string LowercaseFirst(const std::string& s) { return FirstLetter(s, false); }

std::string PlaceOf(const std::string& unit_name) {
  for (std::string_view prefix : {"Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ", "Thủ đô "}) {
    if (unit_name.starts_with(prefix)) return unit_name.substr(prefix.size());
  }
  return unit_name;
}

std::string ToUpperVietnamese(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  u.toUpper(icu::Locale("vi"));
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace doithoai::documents
