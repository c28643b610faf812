#include "documents/corpus/form_reader.h"

#include <fstream>
#include <iterator>

#include "documents/read/read_document.h"

namespace doithoai::documents::corpus {
namespace {

Result<std::string> ReadBytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error::Invalid("file", "Không mở được tệp " + file.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The same reading as `document parse FILE`: the kind sniffed from the bytes, the pages'
// text joined as ParseDocument reads it.
Result<std::string> ReadForm(const std::filesystem::path& file) {
  DT_ASSIGN_OR_RETURN(std::string bytes, ReadBytes(file));
  DT_ASSIGN_OR_RETURN(ReadDocument doc, ReadDocumentBytes(bytes, file.filename().string()));
  return doc.Text();
}

}  // namespace

Result<FormSpec> FormFor(std::string_view form) {
  if (form == "txt") return FormSpec{{".txt"}, ReadBytes};
  if (form == "docx") return FormSpec{{".docx"}, ReadForm};
  if (form == "pdf") return FormSpec{{".pdf"}, ReadForm};
  if (form == "scan") return FormSpec{{".scan.pdf", ".png", ".jpg"}, ReadForm};
  return Error::Invalid("form",
                        "Dạng không hợp lệ: " + std::string(form) + " (txt, docx, pdf hoặc scan)");
}

}  // namespace doithoai::documents::corpus
