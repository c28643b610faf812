#include "documents/render/dialogue_plan.h"

namespace doithoai::documents {
namespace {

const char* FormText(DialogueForm form) {
  switch (form) {
    case DialogueForm::kDirect:
      return "trực tiếp";
    case DialogueForm::kOnline:
      return "trực tuyến";
    case DialogueForm::kHybrid:
      return "trực tiếp kết hợp trực tuyến";
  }
  return "trực tiếp";
}

void Bullets(std::vector<Block>& body, const std::vector<std::string>& items) {
  for (const std::string& item : items) body.push_back(Block::Bullet(item));
}

Status CheckInput(const DialoguePlanInput& in) {
  FieldErrors errors;
  CheckIssuance(in.issuance, errors);
  if (in.host.empty()) errors.Add("host", "thiếu cơ quan ban hành kế hoạch");
  if (in.leader.empty()) errors.Add("leader", "thiếu lãnh đạo chủ trì đối thoại");
  if (in.area.empty()) errors.Add("area", "thiếu địa bàn");
  if (in.theme.empty()) errors.Add("theme", "thiếu chủ đề đối thoại");
  if (in.coordinator.empty()) errors.Add("coordinator", "thiếu cơ quan đầu mối");
  for (size_t i = 0; i < in.milestones.size(); ++i) {
    const std::string p = "milestones[" + std::to_string(i) + "]";
    if (in.milestones[i].content.empty()) errors.Add(p + ".content", "thiếu nội dung");
    if (in.milestones[i].agency.empty()) errors.Add(p + ".agency", "thiếu cơ quan thực hiện");
  }
  for (size_t i = 0; i < in.assignments.size(); ++i) {
    if (in.assignments[i].agency.empty()) {
      errors.Add("assignments[" + std::to_string(i) + "].agency", "thiếu cơ quan được giao");
    }
  }
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

}  // namespace

Result<OfficialDocument> BuildDialoguePlan(const DialoguePlanInput& in) {
  DT_RETURN_IF_ERROR(CheckInput(in));
  OfficialDocument doc = FromIssuance(in.issuance);
  const std::string year = std::to_string(doc.year);
  const std::string title = "Chương trình đối thoại giữa " + in.leader +
                            " với thanh niên trên địa bàn " + in.area + " năm " + year;
  doc.type_name = "KẾ HOẠCH";
  doc.symbol = "KH-" + in.issuance.issuer_code;
  doc.summary = "Tổ chức " + title;
  doc.bases = {"Căn cứ Luật Thanh niên ngày 16 tháng 6 năm 2020",
               "Căn cứ Nghị định số 13/2021/NĐ-CP ngày 01 tháng 3 năm 2021 của Chính phủ quy định "
               "về đối thoại với thanh niên; cơ chế, chính sách và biện pháp thực hiện chính sách "
               "đối với thanh niên từ đủ 16 tuổi đến dưới 18 tuổi"};
  doc.bases.insert(doc.bases.end(), in.extra_bases.begin(), in.extra_bases.end());

  std::vector<Block>& b = doc.body;
  b.push_back(Block::Paragraph(in.host + " ban hành Kế hoạch tổ chức " + title + " như sau:"));
  b.push_back(Block::Heading1("I. MỤC ĐÍCH, YÊU CẦU"));
  b.push_back(Block::Heading2("1. Mục đích"));
  Bullets(b, in.purposes);
  b.push_back(Block::Heading2("2. Yêu cầu"));
  Bullets(b, in.requirements);

  b.push_back(Block::Heading1("II. NỘI DUNG, HÌNH THỨC ĐỐI THOẠI"));
  b.push_back(Block::Paragraph("1. Chủ đề: “" + in.theme + "”."));
  b.push_back(Block::Heading2("2. Nội dung"));
  Bullets(b, in.contents);
  b.push_back(Block::Paragraph(std::string("3. Hình thức: Tổ chức đối thoại ") + FormText(in.form) +
                               " giữa " + in.leader + " với thanh niên trên địa bàn " + in.area +
                               "."));
  if (!in.budget.empty()) b.push_back(Block::Paragraph("4. Kinh phí: " + in.budget));

  b.push_back(Block::Heading1("III. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN THAM DỰ"));
  b.push_back(Block::Paragraph("1. Thời gian: " + in.time));
  b.push_back(Block::Paragraph("2. Địa điểm: " + in.venue));
  b.push_back(Block::Heading2("3. Thành phần tham dự"));
  Bullets(b, in.participants);

  int section = 4;
  const char* const kRoman[] = {"", "I", "II", "III", "IV", "V", "VI"};
  if (!in.milestones.empty()) {
    b.push_back(Block::Heading1(std::string(kRoman[section++]) + ". TIẾN ĐỘ THỰC HIỆN"));
    Table t;
    t.columns = {"STT", "Nội dung công việc", "Cơ quan thực hiện", "Thời hạn"};
    t.column_weights = {1.1, 8, 4, 3.5};
    for (size_t i = 0; i < in.milestones.size(); ++i) {
      const PlanMilestone& m = in.milestones[i];
      t.rows.push_back({std::to_string(i + 1), m.content, m.agency, m.deadline});
    }
    b.push_back(Block::TableBlock(std::move(t)));
  }
  b.push_back(Block::Heading1(std::string(kRoman[section]) + ". TỔ CHỨC THỰC HIỆN"));
  for (size_t i = 0; i < in.assignments.size(); ++i) {
    b.push_back(Block::Heading2(std::to_string(i + 1) + ". " + in.assignments[i].agency + ":"));
    Bullets(b, in.assignments[i].tasks);
  }
  b.push_back(Block::Paragraph(
      in.host +
      " yêu cầu các cơ quan, đơn vị triển khai thực hiện các nhiệm vụ tại Kế hoạch "
      "này; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh "
      "về " +
      in.coordinator + " để tổng hợp, báo cáo " + in.host + " xem xét, giải quyết./."));
  return doc;
}

}  // namespace doithoai::documents
