#include "documents/read/docx_reader.h"

#include <pugixml.hpp>

#include "import/zip_archive.h"
#include "text/normalize.h"

namespace doithoai::documents::read {
namespace {

constexpr char kCorruptDocx[] = "Tệp DOCX bị hỏng, không đọc được nội dung";

Error UnpackedTooLarge(const ReadLimits& limits) {
  return Error::TooLarge("file", "Tệp DOCX giải nén quá lớn (tối đa " +
                                     std::to_string(limits.max_unpacked_bytes / (1024 * 1024)) +
                                     " MB); tệp có thể là \"bom zip\"");
}

// Appends the text of the runs under `node` (a paragraph or a part of one).
// Nesting past kMaxDepth (no real document comes near) is skipped, bounding the recursion.
constexpr int kMaxDepth = 32;

void AppendRuns(const pugi::xml_node& node, std::string& line, std::string& out, int depth = 0) {
  if (depth > kMaxDepth) return;
  for (pugi::xml_node child : node.children()) {
    std::string_view name = child.name();
    if (name == "w:t") {
      line += child.text().get();
    } else if (name == "w:tab" || name == "w:ptab") {
      line += ' ';
    } else if (name == "w:br" || name == "w:cr") {
      out += line;
      out += '\n';
      line.clear();
    } else if (name == "w:noBreakHyphen") {
      line += '-';
    } else if (name == "w:sym") {
      continue;
    } else if (name == "w:del" || name == "w:instrText" || name == "w:delText" || name == "w:rPr" ||
               name == "w:pPr" || name == "mc:Fallback") {
      continue;  // deleted revisions, field codes and properties are not text
    } else {
      AppendRuns(child, line, out, depth + 1);  // w:r, w:hyperlink, w:ins, w:smartTag, w:sdt…
    }
  }
}

void AppendBlock(const pugi::xml_node& parent, std::string& out, int depth);

void AppendParagraph(const pugi::xml_node& p, std::string& out) {
  std::string line;
  AppendRuns(p, line, out);
  out += line;
  out += '\n';
}

// A table row by row; in a row, each cell's paragraphs in turn.
void AppendTable(const pugi::xml_node& tbl, std::string& out, int depth) {
  for (pugi::xml_node tr : tbl.children("w:tr")) {
    for (pugi::xml_node tc : tr.children("w:tc")) AppendBlock(tc, out, depth + 1);
  }
}

void AppendBlock(const pugi::xml_node& parent, std::string& out, int depth) {
  if (depth > kMaxDepth) return;
  for (pugi::xml_node child : parent.children()) {
    std::string_view name = child.name();
    if (name == "w:p") {
      AppendParagraph(child, out);
    } else if (name == "w:tbl") {
      AppendTable(child, out, depth + 1);
    } else if (name == "w:sdt") {
      AppendBlock(child.child("w:sdtContent"), out, depth + 1);
    } else if (name == "w:customXml" || name == "w:ins") {
      AppendBlock(child, out, depth + 1);
    }
  }
}

}  // namespace

Result<std::string> ReadDocxText(std::string_view bytes, const ReadLimits& limits) {
  import::ReadLimits zip_limits;
  zip_limits.max_bytes = limits.max_file_bytes;
  zip_limits.max_uncompressed = limits.max_unpacked_bytes;
  Result<import::ZipArchive> zip = import::ZipArchive::Open(bytes, zip_limits);
  if (!zip.ok()) return Error::Invalid("file", "Tệp ZIP bị hỏng, không phải DOCX hợp lệ");
  Result<std::optional<std::string>> xml = zip->Read("word/document.xml");
  if (!xml.ok()) {
    if (xml.error().code() == ErrorCode::kTooLarge) return UnpackedTooLarge(limits);
    return Error::Invalid("file", kCorruptDocx);
  }
  if (!xml->has_value()) {
    Result<std::optional<std::string>> workbook = zip->Read("xl/workbook.xml");
    if (workbook.ok() && workbook->has_value()) {
      return Error::Invalid("file",
                            "Tệp là bảng tính XLSX, không phải văn bản; hãy tải lên bản DOCX, "
                            "PDF hoặc ảnh chụp văn bản");
    }
    return Error::Invalid("file", "Tệp ZIP không phải DOCX (không có word/document.xml)");
  }
  pugi::xml_document xml_doc;
  pugi::xml_parse_result parsed =
      xml_doc.load_buffer((*xml)->data(), (*xml)->size(), pugi::parse_default);
  if (!parsed) return Error::Invalid("file", kCorruptDocx);
  pugi::xml_node body = xml_doc.child("w:document").child("w:body");
  if (!body) return Error::Invalid("file", kCorruptDocx);
  std::string out;
  AppendBlock(body, out, 0);
  if (!text::IsValidUtf8(out)) return Error::Invalid("file", kCorruptDocx);
  return text::ToNfc(out);
}

}  // namespace doithoai::documents::read
