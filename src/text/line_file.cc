#include "text/line_file.h"

#include <fstream>
#include <iterator>

namespace doithoai::text {

Result<std::vector<std::string>> ReadLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Error::NotFound("tệp " + path);
  auto size = static_cast<size_t>(in.tellg());
  if (size > kMaxLineFileBytes) return Error::TooLarge("file", "tệp lớn hơn 1 GiB");
  in.seekg(0);
  std::string body(size, '\0');
  if (!in.read(body.data(), static_cast<std::streamsize>(size))) {
    return Error::Internal("không đọc được tệp " + path);
  }
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < body.size()) {
    size_t nl = body.find('\n', start);
    if (nl == std::string::npos) nl = body.size();
    size_t end = nl;
    if (end > start && body[end - 1] == '\r') --end;
    lines.emplace_back(body, start, end - start);
    start = nl + 1;
  }
  return lines;
}

}  // namespace doithoai::text
