#include "domain/task/evidence.h"

#include <algorithm>
#include <array>

#include "text/normalize.h"

namespace doithoai {
namespace {

bool StartsWith(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

std::string LowerExtension(std::string_view name) {
  auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// Office Open XML files are ZIP archives whose first entry names the package part.
std::string_view OfficeKind(std::string_view bytes) {
  if (!StartsWith(bytes, std::string_view("PK\x03\x04", 4))) return "";
  std::string_view head = bytes.substr(0, std::min<size_t>(bytes.size(), 64 * 1024));
  if (head.find("word/") != std::string_view::npos) return "docx";
  if (head.find("xl/") != std::string_view::npos) return "xlsx";
  return "";
}

}  // namespace

std::string CleanEvidenceName(std::string_view file_name) {
  auto slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  std::string kept;
  for (char c : file_name) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) kept.push_back(c);
  }
  auto clean = text::CleanText(kept);
  return clean ? *clean : "";
}

Result<EvidenceType> CheckEvidence(std::string_view file_name, std::string_view bytes) {
  std::string name = CleanEvidenceName(file_name);
  if (name.empty()) return Error::Invalid("file_name", "thiếu tên tệp");
  if (name.size() > 200) return Error::Invalid("file_name", "tên tệp dài quá 200 byte");
  if (bytes.empty()) return Error::Invalid("file", "tệp rỗng");
  if (static_cast<int64_t>(bytes.size()) > kEvidenceMaxBytes) {
    return Error::TooLarge("file", "tệp minh chứng vượt quá 5 MB");
  }
  std::string ext = LowerExtension(name);
  EvidenceType type;
  if (StartsWith(bytes, "%PDF-")) {
    type = {"application/pdf", "pdf"};
  } else if (StartsWith(bytes, "\xFF\xD8\xFF")) {
    type = {"image/jpeg", "jpg"};
    if (ext == "jpeg") type.extension = "jpeg";
  } else if (StartsWith(bytes, "\x89PNG\r\n\x1a\n")) {
    type = {"image/png", "png"};
  } else if (auto office = OfficeKind(bytes); office == "docx") {
    type = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"};
  } else if (office == "xlsx") {
    type = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"};
  } else {
    return Error::Invalid("file", "chỉ nhận tệp PDF, DOCX, XLSX, JPG hoặc PNG");
  }
  if (ext != type.extension) {
    return Error::Invalid("file_name",
                          "phần mở rộng phải là ." + type.extension + " cho nội dung tệp này");
  }
  return type;
}

}  // namespace doithoai
