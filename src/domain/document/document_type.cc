#include "domain/document/document_type.h"

#include "text/normalize.h"

namespace doithoai {

const std::vector<DocumentType>& DocumentTypes() {
  static const std::vector<DocumentType> kTypes = {
      {"NQ", "Nghị quyết"},   {"QĐ", "Quyết định"},       {"CT", "Chỉ thị"},
      {"QC", "Quy chế"},      {"QyĐ", "Quy định"},        {"TC", "Thông cáo"},
      {"TB", "Thông báo"},    {"HD", "Hướng dẫn"},        {"CTr", "Chương trình"},
      {"KH", "Kế hoạch"},     {"PA", "Phương án"},        {"ĐA", "Đề án"},
      {"DA", "Dự án"},        {"BC", "Báo cáo"},          {"BB", "Biên bản"},
      {"TTr", "Tờ trình"},    {"HĐ", "Hợp đồng"},         {"CĐ", "Công điện"},
      {"BGN", "Bản ghi nhớ"}, {"BTT", "Bản thỏa thuận"},  {"GUQ", "Giấy ủy quyền"},
      {"GM", "Giấy mời"},     {"GGT", "Giấy giới thiệu"}, {"GNP", "Giấy nghỉ phép"},
      {"PG", "Phiếu gửi"},    {"PC", "Phiếu chuyển"},     {"PB", "Phiếu báo"},
      {"", kCongVan},
  };
  return kTypes;
}

std::optional<DocumentType> DocumentTypeByCode(std::string_view code) {
  if (code.empty()) return std::nullopt;
  for (const auto& t : DocumentTypes()) {
    if (t.code == code) return t;
  }
  return std::nullopt;
}

std::optional<DocumentType> ImportedDocumentTypeByCode(std::string_view code) {
  if (auto t = DocumentTypeByCode(code)) return t;
  static constexpr DocumentType kOthers[] = {
      {"NĐ", "Nghị định"},
      {"TT", "Thông tư"},
      {"TTLT", "Thông tư liên tịch"},
      {"NQLT", "Nghị quyết liên tịch"},
      {"KL", "Kết luận"},
      {"CV", "Công văn"},
  };
  for (const auto& t : kOthers) {
    if (t.code == code) return t;
  }
  return std::nullopt;
}

std::optional<DocumentType> DocumentTypeByName(std::string_view name) {
  std::string folded = text::Fold(text::CleanText(name).value_or(""));
  for (const auto& t : DocumentTypes()) {
    if (text::Fold(t.name) == folded) return t;
  }
  return std::nullopt;
}

}  // namespace doithoai
