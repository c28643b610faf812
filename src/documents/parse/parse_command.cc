#include "documents/parse/parse_command.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "documents/parse/document_json.h"
#include "documents/parse/parse_document.h"
#include "documents/read/read_document.h"

namespace doithoai::documents {
namespace {

int Fail(const Error& e, std::ostream& err, int code) {
  err << "lỗi: " << e.message() << "\n";
  for (const FieldError& f : e.fields()) err << "  - " << f.field << ": " << f.reason << "\n";
  return code;
}

// How the text was read: {"kind", "pages", "partial", "warnings", "confidence"}, the
// confidence being the mean over the pages read.
nlohmann::ordered_json SourceJson(const ReadDocument& read) {
  double sum = 0;
  for (const ReadPage& page : read.pages) sum += page.confidence;
  nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
  for (const std::string& w : read.warnings) warnings.push_back(w);
  return {{"kind", SourceKindName(read.kind)},
          {"pages", read.page_count},
          {"partial", read.partial},
          {"warnings", warnings},
          {"confidence", read.pages.empty() ? 0.0 : sum / static_cast<double>(read.pages.size())}};
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
  const ReadLimits limits;
  if (size > limits.max_file_bytes) {
    return Fail(
        Error::TooLarge("file", "Tệp quá lớn: tối đa " +
                                    std::to_string(limits.max_file_bytes / (1024 * 1024)) + " MB"),
        err, 1);
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return Fail(Error::Internal("Không đọc được tệp " + file), err, 2);
  // Read at most one byte over the limit: the file may have grown since it was measured.
  std::string bytes(std::min<uintmax_t>(size, limits.max_file_bytes) + 1, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) return Fail(Error::Internal("Không đọc được tệp " + file), err, 2);

  Result<ReadDocument> read = ReadDocumentBytes(bytes, fs::path(file).filename().string(), limits);
  if (!read.ok())
    return Fail(read.error(), err, read.error().code() == ErrorCode::kInternal ? 2 : 1);
  Result<ParsedDocument> doc = ParseDocument(read->Text());
  if (!doc.ok()) return Fail(doc.error(), err, 1);
  nlohmann::ordered_json json = ToJson(*doc);
  json["source"] = SourceJson(*read);
  out << json.dump(2, ' ', false) << "\n";
  return 0;
}

}  // namespace doithoai::documents
