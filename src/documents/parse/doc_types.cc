#include "documents/parse/doc_types.h"

#include <iterator>

#include "documents/parse/text_util.h"

namespace doithoai::documents::parse {
namespace {

// Longest names first so that "Nghị quyết liên tịch" wins over "Nghị quyết".
constexpr DocumentType kTypes[] = {
    {"Thông tư liên tịch", "THÔNG TƯ LIÊN TỊCH", "TTLT"},
    {"Nghị quyết liên tịch", "NGHỊ QUYẾT LIÊN TỊCH", "NQLT"},
    {"Giấy giới thiệu", "GIẤY GIỚI THIỆU", "GGT"},
    {"Giấy nghỉ phép", "GIẤY NGHỈ PHÉP", "GNP"},
    {"Giấy ủy quyền", "GIẤY ỦY QUYỀN", "GUQ"},
    {"Bản thỏa thuận", "BẢN THỎA THUẬN", "BTT"},
    {"Bản ghi nhớ", "BẢN GHI NHỚ", "BGN"},
    {"Nghị quyết", "NGHỊ QUYẾT", "NQ"},
    {"Quyết định", "QUYẾT ĐỊNH", "QĐ"},
    {"Nghị định", "NGHỊ ĐỊNH", "NĐ"},
    {"Chỉ thị", "CHỈ THỊ", "CT"},
    {"Quy chế", "QUY CHẾ", "QC"},
    {"Quy định", "QUY ĐỊNH", "QyĐ"},
    {"Thông cáo", "THÔNG CÁO", "TC"},
    {"Thông báo", "THÔNG BÁO", "TB"},
    {"Hướng dẫn", "HƯỚNG DẪN", "HD"},
    {"Chương trình hành động", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CTr"},
    {"Chương trình", "CHƯƠNG TRÌNH", "CTr"},
    {"Kế hoạch", "KẾ HOẠCH", "KH"},
    {"Phương án", "PHƯƠNG ÁN", "PA"},
    {"Đề án", "ĐỀ ÁN", "ĐA"},
    {"Dự án", "DỰ ÁN", "DA"},
    {"Báo cáo", "BÁO CÁO", "BC"},
    {"Biên bản", "BIÊN BẢN", "BB"},
    {"Tờ trình", "TỜ TRÌNH", "TTr"},
    {"Hợp đồng", "HỢP ĐỒNG", "HĐ"},
    {"Công điện", "CÔNG ĐIỆN", "CĐ"},
    {"Giấy mời", "GIẤY MỜI", "GM"},
    {"Phiếu gửi", "PHIẾU GỬI", "PG"},
    {"Phiếu chuyển", "PHIẾU CHUYỂN", "PC"},
    {"Phiếu báo", "PHIẾU BÁO", "PB"},
    {"Thông tư", "THÔNG TƯ", "TT"},
    {"Kết luận", "KẾT LUẬN", "KL"},
    {"Hiến pháp", "HIẾN PHÁP", ""},
    {"Điều lệ", "ĐIỀU LỆ", ""},
    {"Bộ luật", "BỘ LUẬT", ""},
    {"Pháp lệnh", "PHÁP LỆNH", ""},
    {"Luật", "LUẬT", ""},
    {"Công văn", "CÔNG VĂN", ""},
    {"Văn bản", "VĂN BẢN", ""},
};

}  // namespace

std::optional<DocumentType> TypeByUpperName(std::string_view upper) {
  for (const DocumentType& t : kTypes) {
    if (t.upper == upper) return t;
  }
  return std::nullopt;
}

std::optional<DocumentType> TypeByCode(std::string_view code) {
  if (code.empty()) return std::nullopt;
  // Shortest name for a shared code: "CTr" is a "Chương trình" (or a "Chương trình hành động").
  for (auto it = std::rbegin(kTypes); it != std::rend(kTypes); ++it) {
    if (it->code == code) return *it;
  }
  return std::nullopt;
}

std::optional<DocumentType> TypeAtStart(std::string_view s) {
  for (const DocumentType& t : kTypes) {
    if (StartsWithWord(s, t.name)) return t;
    // "Nghị quyết Liên tịch", "Kế Hoạch": the words after the first may be capitalised
    // (same byte length in NFC, so the lowered prefix compares byte for byte).
    size_t space = t.name.find(' ');
    if (space == std::string_view::npos || s.size() < t.name.size() ||
        !s.starts_with(t.name.substr(0, space + 1))) {
      continue;
    }
    if (LowerSameLength(s.substr(0, t.name.size())) == LowerSameLength(t.name) &&
        StartsWithWord(s, s.substr(0, t.name.size()))) {
      return t;
    }
  }
  return std::nullopt;
}

const DocumentType* HeaderTypes(size_t* count) {
  *count = std::size(kTypes);
  return kTypes;
}

}  // namespace doithoai::documents::parse
