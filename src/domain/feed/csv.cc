#include "domain/feed/csv.h"

namespace doithoai::feed {

void AppendCsvField(std::string& out, std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string CsvField(std::string_view value) {
  std::string out;
  AppendCsvField(out, value);
  return out;
}

bool LooksLikeFormula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string NeutraliseFormula(std::string_view text) {
  return LooksLikeFormula(text) ? "'" + std::string(text) : std::string(text);
}

std::string WriteCsv(const std::vector<std::vector<std::string>>& rows) {
  std::string out(kUtf8Bom);
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      AppendCsvField(out, row[i]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace doithoai::feed
