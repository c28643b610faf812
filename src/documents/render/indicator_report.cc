#include "documents/render/indicator_report.h"

namespace doithoai::documents {
namespace {

std::string Percent(int part, int whole) {
  if (whole == 0) return "0%";
  int tenths = static_cast<int>((1000.0 * part / whole) + 0.5);
  std::string s = std::to_string(tenths / 10);
  if (tenths % 10) s += "," + std::to_string(tenths % 10);
  return s + "%";
}

Table AppendixOne(const IndicatorReportInput& in) {
  Table t;
  t.columns = {"STT",
               "Chỉ tiêu",
               "Đơn vị tính",
               "Năm gốc",
               "Chỉ tiêu năm " + std::to_string(in.period_year),
               "Mục tiêu",
               "Kết quả",
               "Đánh giá"};
  t.column_weights = {1.1, 7, 2.2, 2.4, 2.4, 2.6, 2.4, 2.8};
  for (size_t i = 0; i < in.indicators.size(); ++i) {
    const auto& r = in.indicators[i];
    t.rows.push_back({r.code.empty() ? std::to_string(i + 1) : r.code, r.name, r.measure,
                      r.baseline, r.target.empty() ? "" : r.direction + " " + r.target,
                      r.direction + " " + r.final_target, r.result.empty() ? "—" : r.result,
                      r.assessment});
  }
  return t;
}

Table AppendixTwo(const IndicatorReportInput& in) {
  Table t;
  t.columns = {"STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Thời hạn", "Tình hình"};
  t.column_weights = {1.1, 8, 4, 3, 3};
  for (size_t i = 0; i < in.tasks.size(); ++i) {
    const auto& k = in.tasks[i];
    t.rows.push_back({std::to_string(i + 1), k.content, k.lead, k.deadline, k.status});
  }
  return t;
}

}  // namespace

Result<OfficialDocument> BuildIndicatorReport(const IndicatorReportInput& in) {
  FieldErrors errors;
  CheckIssuance(in.issuance, errors);
  if (in.programme_title.empty()) errors.Add("programme_title", "bắt buộc");
  if (in.host.empty()) errors.Add("host", "bắt buộc");
  if (in.period_year <= 0) errors.Add("period_year", "bắt buộc");
  if (!errors.empty()) return errors.ToError();
  OfficialDocument doc = FromIssuance(in.issuance);
  const std::string year = std::to_string(in.period_year);
  doc.type_name = "BÁO CÁO";
  doc.symbol = "BC-" + in.issuance.issuer_code;
  doc.summary = "Kết quả thực hiện " + in.programme_title + " năm " + year;
  doc.addressed = in.addressed;
  std::vector<Block>& b = doc.body;
  std::string basis = in.basis.empty() ? "" : " (thực hiện " + in.basis + ")";
  b.push_back(Block::Paragraph("Thực hiện chương trình " + in.programme_title + basis + ", " +
                               in.host + " báo cáo kết quả năm " + year + " như sau:"));
  b.push_back(Block::Heading1("I. TÌNH HÌNH BÁO CÁO SỐ LIỆU"));
  b.push_back(Block::Paragraph(
      "Kỳ báo cáo năm " + year + " có " + std::to_string(in.units) + " đơn vị phải báo cáo với " +
      std::to_string(in.expected) + " lượt số liệu chỉ tiêu; đã nhận " +
      std::to_string(in.reported) + " lượt (" + Percent(in.reported, in.expected) + "), trong đó " +
      std::to_string(in.on_time) + " lượt đúng hạn (" + Percent(in.on_time, in.expected) + ")."));
  b.push_back(Block::Heading1("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"));
  int met = 0, with_value = 0;
  for (const auto& r : in.indicators) {
    if (!r.result.empty()) with_value++;
    if (r.assessment == "Đạt") met++;
  }
  b.push_back(Block::Paragraph(
      "Trong " + std::to_string(in.indicators.size()) + " chỉ tiêu, " + std::to_string(with_value) +
      " chỉ tiêu có số liệu tổng hợp, " + std::to_string(met) + " chỉ tiêu đạt chỉ tiêu năm " +
      year +
      ". Số liệu tỷ lệ được tổng hợp bằng tổng tử số trên tổng mẫu số của các đơn vị, không lấy "
      "bình quân các tỷ lệ. Chi tiết tại Phụ lục I kèm theo."));
  b.push_back(Block::Heading1("III. NHIỆM VỤ, GIẢI PHÁP"));
  b.push_back(Block::Paragraph(
      in.tasks.empty()
          ? "Các nhiệm vụ, giải pháp thực hiện chương trình được theo dõi tại Phụ lục II."
          : "Có " + std::to_string(in.tasks.size()) +
                " nhiệm vụ, giải pháp gắn với các chỉ tiêu; tình hình thực hiện tại Phụ lục II."));
  b.push_back(Block::Paragraph(in.host + " báo cáo để cơ quan cấp trên biết, theo dõi./."));
  doc.appendices.push_back({"KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN THANH NIÊN NĂM " + year,
                            {Block::TableBlock(AppendixOne(in))}});
  Appendix two{"NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN CHƯƠNG TRÌNH", {}};
  if (in.tasks.empty()) {
    two.blocks.push_back(Block::Paragraph("Chưa có nhiệm vụ nào được gắn với chỉ tiêu."));
  } else {
    two.blocks.push_back(Block::TableBlock(AppendixTwo(in)));
  }
  doc.appendices.push_back(std::move(two));
  return doc;
}

std::vector<XlsxSheet> IndicatorReportSheets(const IndicatorReportInput& in) {
  XlsxSheet one;
  one.name = "Phu luc I";
  one.title = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN THANH NIÊN NĂM " +
              std::to_string(in.period_year) + "\n" + in.programme_title;
  one.notes = {"Đã nhận " + std::to_string(in.reported) + "/" + std::to_string(in.expected) +
               " lượt số liệu, " + std::to_string(in.on_time) + " đúng hạn."};
  Table t = AppendixOne(in);
  std::vector<XlsxCell> header;
  for (const auto& c : t.columns) header.push_back({c, std::nullopt, false});
  one.header = {header};
  for (const auto& r : t.rows) {
    std::vector<XlsxCell> row;
    for (const auto& c : r) row.push_back({c, std::nullopt, false});
    one.rows.push_back(std::move(row));
  }
  one.widths = {8, 50, 12, 14, 16, 16, 14, 16};
  XlsxSheet two;
  two.name = "Phu luc II";
  two.title = "NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN CHƯƠNG TRÌNH";
  Table k = AppendixTwo(in);
  std::vector<XlsxCell> h2;
  for (const auto& c : k.columns) h2.push_back({c, std::nullopt, false});
  two.header = {h2};
  for (const auto& r : k.rows) {
    std::vector<XlsxCell> row;
    for (const auto& c : r) row.push_back({c, std::nullopt, false});
    two.rows.push_back(std::move(row));
  }
  two.widths = {8, 60, 30, 20, 20};
  return {one, two};
}

}  // namespace doithoai::documents
