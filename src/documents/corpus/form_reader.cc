#include "documents/corpus/form_reader.h"

#include <fstream>
#include <iterator>

namespace doithoai::documents::corpus {
namespace {

Result<std::string> ReadBytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error::Invalid("file", "Không mở được tệp " + file.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

Result<FormSpec> FormFor(std::string_view form) {
  if (form == "txt") return FormSpec{{".txt"}, ReadBytes};
  if (form == "docx" || form == "pdf" || form == "scan") {
    return Error::Invalid("form", "Chưa có bộ đọc cho dạng " + std::string(form) +
                                      " (documents/read chưa được xây dựng)");
  }
  return Error::Invalid("form",
                        "Dạng không hợp lệ: " + std::string(form) + " (txt, docx, pdf hoặc scan)");
}

}  // namespace doithoai::documents::corpus
