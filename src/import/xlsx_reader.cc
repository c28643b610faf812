#include "import/xlsx_reader.h"

#include <charconv>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <utility>

#include "import/limits.h"
#include "import/xlsx_cell.h"
#include "import/zip_archive.h"
#include "text/normalize.h"

namespace doithoai::import {
namespace {

constexpr std::string_view kZipMagic = "PK\x03\x04";
constexpr std::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr char kWorkbookPart[] = "xl/workbook.xml";
constexpr char kWorkbookRelsPart[] = "xl/_rels/workbook.xml.rels";
constexpr char kDefaultSharedStringsPart[] = "xl/sharedStrings.xml";
constexpr std::string_view kSharedStringsRelType = "/sharedStrings";
constexpr int kXlsxMaxRow = 1048576;

Error CorruptAt(std::string_view where) {
  return Error::Invalid("file", std::string(kCorruptXlsx) + " (" + std::string(where) + ")");
}

// Element and attribute names compared without their namespace prefix: Excel writes
// <sheet r:id=...>, other producers write <x:sheet> with a prefixed default namespace.
std::string_view LocalName(std::string_view name) {
  size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(pugi::xml_node parent, std::string_view local_name) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && LocalName(child.name()) == local_name) return child;
  }
  return {};
}

pugi::xml_attribute Attribute(pugi::xml_node node, std::string_view local_name) {
  for (pugi::xml_attribute attribute : node.attributes()) {
    if (LocalName(attribute.name()) == local_name) return attribute;
  }
  return {};
}

enum class Part { kRequired, kOptional };

// A missing optional part reads as an empty document. pugixml expands no DTD entities, so
// an "entity bomb" stays as written.
Result<pugi::xml_document> ReadXml(ZipArchive& zip, const std::string& path, Part part) {
  DT_ASSIGN_OR_RETURN(std::optional<std::string> xml, zip.Read(path));
  pugi::xml_document doc;
  if (!xml) {
    if (part == Part::kOptional) return doc;
    return Error::Invalid("file", std::string(kNotXlsx) + " (thiếu " + QuotedFromFile(path) + ")");
  }
  if (!doc.load_buffer(xml->data(), xml->size(),
                       pugi::parse_default | pugi::parse_ws_pcdata_single)) {
    return CorruptAt(QuotedFromFile(path));
  }
  return doc;
}

// The part a workbook relationship points at: relative to the workbook's folder "xl/",
// or to the package root when it starts with '/'.
std::string ResolveTarget(std::string_view target) {
  std::string joined =
      target.starts_with('/') ? std::string(target.substr(1)) : "xl/" + std::string(target);
  std::vector<std::string_view> segments;
  std::string_view rest = joined;
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string_view segment = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
  }
  std::string path;
  for (std::string_view segment : segments) {
    if (!path.empty()) path += '/';
    path += segment;
  }
  return path;
}

struct WorkbookParts {
  std::string first_sheet;
  std::string shared_strings;
};

Result<WorkbookParts> FindParts(ZipArchive& zip) {
  DT_ASSIGN_OR_RETURN(pugi::xml_document workbook, ReadXml(zip, kWorkbookPart, Part::kRequired));
  pugi::xml_node sheet = Child(Child(Child(workbook, "workbook"), "sheets"), "sheet");
  if (!sheet) return Error::Invalid("file", "tệp XLSX không có trang tính nào");
  std::string_view sheet_id = Attribute(sheet, "id").value();

  DT_ASSIGN_OR_RETURN(pugi::xml_document rels, ReadXml(zip, kWorkbookRelsPart, Part::kRequired));
  WorkbookParts parts;
  for (pugi::xml_node rel : Child(rels, "Relationships").children()) {
    if (LocalName(rel.name()) != "Relationship") continue;
    std::string_view target = rel.attribute("Target").value();
    if (!sheet_id.empty() && sheet_id == rel.attribute("Id").value()) {
      parts.first_sheet = ResolveTarget(target);
    } else if (std::string_view(rel.attribute("Type").value()).ends_with(kSharedStringsRelType) &&
               parts.shared_strings.empty()) {
      parts.shared_strings = ResolveTarget(target);
    }
  }
  if (parts.first_sheet.empty()) return CorruptAt(kWorkbookRelsPart);
  if (parts.shared_strings.empty()) parts.shared_strings = kDefaultSharedStringsPart;
  return parts;
}

// The text of a string item (<si> in the shared strings, <is> in a cell): either one <t>, or
// rich-text runs <r><t> joined. Phonetic runs (<rPh>) are not part of the text.
std::string StringItemText(pugi::xml_node item) {
  std::string text;
  for (pugi::xml_node child : item.children()) {
    std::string_view name = LocalName(child.name());
    if (name == "t") {
      text += child.text().get();
    } else if (name == "r") {
      text += Child(child, "t").text().get();
    }
  }
  return DecodeXstring(text);
}

Result<std::vector<std::string>> ReadSharedStrings(ZipArchive& zip, const std::string& path) {
  DT_ASSIGN_OR_RETURN(pugi::xml_document doc, ReadXml(zip, path, Part::kOptional));
  std::vector<std::string> strings;
  for (pugi::xml_node item : Child(doc, "sst").children()) {
    if (LocalName(item.name()) == "si") strings.push_back(StringItemText(item));
  }
  return strings;
}

// The text of a cell by its type (ECMA-376 Part 1 §18.18.11 ST_CellType); nullopt when it
// refers to a shared string that does not exist.
std::optional<std::string> CellText(pugi::xml_node cell, const std::vector<std::string>& shared) {
  std::string_view type = cell.attribute("t").value();
  std::string_view stored = Child(cell, "v").text().get();
  if (type == "s") {
    size_t index = 0;
    auto [end, ec] = std::from_chars(stored.data(), stored.data() + stored.size(), index);
    if (ec != std::errc() || end != stored.data() + stored.size() || index >= shared.size()) {
      return std::nullopt;
    }
    return shared[index];
  }
  if (type == "inlineStr") return StringItemText(Child(cell, "is"));
  if (type == "b" && (stored == "1" || stored == "0")) return stored == "1" ? "TRUE" : "FALSE";
  if (type == "str" || type == "e" || type == "d" || type == "b") return DecodeXstring(stored);
  return FormatNumber(stored);
}

// Rows ascend, as ECMA-376 requires and Excel enforces: a row numbered at or above the one
// before it would give two rows one number in the errors ("rows[7].age").
Result<int> RowNumber(pugi::xml_node row, int next_row) {
  pugi::xml_attribute r = row.attribute("r");
  if (!r) {
    if (next_row > kXlsxMaxRow) return CorruptAt("dòng " + std::to_string(next_row));
    return next_row;
  }
  std::string_view text = r.value();
  int number = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec != std::errc() || end != text.data() + text.size() || number < next_row ||
      number > kXlsxMaxRow) {
    return CorruptAt("dòng " + QuotedFromFile(text));
  }
  return number;
}

Result<SheetRow> ReadRow(pugi::xml_node row, int row_number, const std::vector<std::string>& shared,
                         const ReadLimits& limits) {
  SheetRow out{row_number, {}};
  int next_column = 0;
  for (pugi::xml_node cell : row.children()) {
    if (LocalName(cell.name()) != "c") continue;
    int column = next_column;
    if (pugi::xml_attribute ref = cell.attribute("r")) {
      std::optional<int> referenced = ColumnOfReference(ref.value());
      // Cells ascend within their row, like rows: a second value for one cell is refused.
      if (!referenced || *referenced < next_column) {
        return CorruptAt("ô " + QuotedFromFile(ref.value()));
      }
      column = *referenced;
    }
    next_column = column + 1;
    auto where = [&] { return "ô " + ColumnLetters(column) + std::to_string(row_number); };
    if (column >= kXlsxMaxColumns) return CorruptAt(where());
    std::optional<std::string> value = CellText(cell, shared);
    if (!value) return CorruptAt(where());
    if (value->empty()) continue;
    if (column >= limits.max_columns) return TooManyColumns(limits, where());
    if (!text::IsValidUtf8(*value)) {
      return Error::Invalid("file", where() + " không phải văn bản UTF-8 hợp lệ");
    }
    if (out.cells.size() <= static_cast<size_t>(column)) out.cells.resize(column + 1);
    out.cells[column] = std::move(*value);
  }
  return out;
}

Result<std::vector<SheetRow>> ReadRows(pugi::xml_node sheet_data,
                                       const std::vector<std::string>& shared,
                                       const ReadLimits& limits) {
  std::vector<SheetRow> rows;
  int next_row = 1;
  for (pugi::xml_node row : sheet_data.children()) {
    if (LocalName(row.name()) != "row") continue;
    DT_ASSIGN_OR_RETURN(int row_number, RowNumber(row, next_row));
    next_row = row_number + 1;
    DT_ASSIGN_OR_RETURN(SheetRow read, ReadRow(row, row_number, shared, limits));
    if (read.cells.empty()) continue;
    if (rows.size() >= static_cast<size_t>(limits.max_rows)) return TooManyRows(limits);
    rows.push_back(std::move(read));
  }
  return rows;
}

}  // namespace

Result<std::vector<SheetRow>> ReadXlsx(std::string_view bytes, const ReadLimits& limits) {
  if (bytes.size() > limits.max_bytes) return FileTooLarge(limits);
  if (bytes.starts_with(kOleMagic)) {
    return Error::Invalid("file",
                          "tệp là Excel 97–2003 (.xls) hoặc đã đặt mật khẩu; hãy lưu lại dạng "
                          ".xlsx không đặt mật khẩu");
  }
  if (!bytes.starts_with(kZipMagic)) return Error::Invalid("file", kNotXlsx);
  DT_ASSIGN_OR_RETURN(ZipArchive zip, ZipArchive::Open(bytes, limits));
  DT_ASSIGN_OR_RETURN(WorkbookParts parts, FindParts(zip));
  DT_ASSIGN_OR_RETURN(std::vector<std::string> shared,
                      ReadSharedStrings(zip, parts.shared_strings));
  DT_ASSIGN_OR_RETURN(pugi::xml_document sheet, ReadXml(zip, parts.first_sheet, Part::kRequired));
  return ReadRows(Child(Child(sheet, "worksheet"), "sheetData"), shared, limits);
}

}  // namespace doithoai::import
