#include "documents/parse/parse_command.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "documents/parse/document_json.h"
#include "documents/parse/parse_document.h"

namespace doithoai::documents {
namespace {

int Fail(const Error& e, std::ostream& err, int code) {
  err << "lỗi: " << e.message() << "\n";
  for (const FieldError& f : e.fields()) err << "  - " << f.field << ": " << f.reason << "\n";
  return code;
}

}  // namespace

int RunParseCommand(const std::string& file, std::ostream& out, std::ostream& err) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    return Fail(Error::Invalid("file", "Không mở được tệp " + file +
                                           ": không tồn tại hoặc "
                                           "không phải tệp thường"),
                err, 2);
  }
  auto size = fs::file_size(file, ec);
  if (ec) return Fail(Error::Internal("Không đọc được tệp " + file + ": " + ec.message()), err, 2);
  if (size > kMaxDocumentBytes) {
    return Fail(
        Error::TooLarge("file", "Tệp quá lớn: một văn bản dạng văn bản thuần tối đa " +
                                    std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MB"),
        err, 1);
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return Fail(Error::Internal("Không đọc được tệp " + file), err, 2);
  // Read at most one byte over the limit: the file may have grown since it was measured.
  std::string bytes(kMaxDocumentBytes + 1, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) return Fail(Error::Internal("Không đọc được tệp " + file), err, 2);

  Result<ParsedDocument> doc = ParseDocument(bytes);
  if (!doc.ok()) return Fail(doc.error(), err, 1);
  out << ToJson(*doc).dump(2, ' ', false) << "\n";
  return 0;
}

}  // namespace doithoai::documents
