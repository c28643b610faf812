#include "documents/read/sniff.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace doithoai::documents::read {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The start of the file with a UTF-8 BOM and leading white space skipped.
std::string_view Head(std::string_view bytes) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  size_t i = 0;
  while (i < bytes.size() && i < 4096 && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  return bytes.substr(i, 512);
}

bool LooksLikeHtml(std::string_view bytes) {
  std::string head = LowerAscii(Head(bytes));
  return StartsWith(head, "<!doctype html") || StartsWith(head, "<html") ||
         StartsWith(head, "<head") || StartsWith(head, "<body") ||
         (StartsWith(head, "<?xml") && head.find("<html") != std::string::npos);
}

bool LooksLikeUtf16(std::string_view bytes) {
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) return true;
  // Without a BOM: NUL in every other byte of the start.
  size_t n = std::min<size_t>(bytes.size(), 512), nul_odd = 0, nul_even = 0;
  for (size_t i = 0; i < n; ++i) {
    if (bytes[i] == '\0') ++(i % 2 ? nul_odd : nul_even);
  }
  return n >= 8 && (nul_odd * 3 > n || nul_even * 3 > n);
}

std::string Extension(std::string_view file_name) {
  size_t dot = file_name.rfind('.');
  return dot == std::string_view::npos ? "" : LowerAscii(file_name.substr(dot + 1));
}

}  // namespace

Result<ByteFormat> SniffFormat(std::string_view bytes, std::string_view file_name) {
  if (bytes.empty()) return Error::Invalid("file", "Tệp rỗng: không có nội dung văn bản");
  // A PDF may carry up to 1 KiB of junk before its header (readers accept it).
  if (StartsWith(bytes, "%PDF-") || bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    return ByteFormat::kPdf;
  }
  if (StartsWith(bytes, "\x89PNG\r\n\x1A\n")) return ByteFormat::kPng;
  if (StartsWith(bytes, "\xFF\xD8\xFF")) return ByteFormat::kJpeg;
  if (StartsWith(bytes, "PK\x03\x04") || StartsWith(bytes, "PK\x05\x06")) return ByteFormat::kZip;
  std::string ext = Extension(file_name);
  if (LooksLikeHtml(bytes)) {
    return Error::Invalid(
        "file", ext == "pdf" ? "Tệp có đuôi .pdf nhưng thực chất là một trang web (HTML); hãy tải "
                               "về bản PDF gốc của văn bản"
                             : "Tệp là một trang web (HTML), không phải văn bản; hãy tải về bản "
                               "PDF, DOCX hoặc chép nội dung văn bản vào tệp .txt");
  }
  if (LooksLikeUtf16(bytes)) {
    return Error::Invalid("file", "Tệp được lưu dạng UTF-16; hãy lưu lại dạng văn bản thuần UTF-8");
  }
  if (StartsWith(bytes, "\xD0\xCF\x11\xE0")) {
    return Error::Invalid("file",
                          "Tệp Word/Excel dạng cũ (.doc, .xls) chưa được hỗ trợ; hãy lưu lại "
                          "dạng .docx hoặc PDF");
  }
  if (ext == "pdf") {
    return Error::Invalid("file", "Tệp có đuôi .pdf nhưng không phải PDF (thiếu phần đầu %PDF-)");
  }
  if (ext == "png" || ext == "jpg" || ext == "jpeg") {
    return Error::Invalid("file", "Tệp có đuôi ." + ext + " nhưng không phải ảnh PNG hoặc JPEG");
  }
  if (ext == "docx") {
    return Error::Invalid("file", "Tệp có đuôi .docx nhưng không phải tệp DOCX (ZIP) hợp lệ");
  }
  return ByteFormat::kText;
}

}  // namespace doithoai::documents::read
