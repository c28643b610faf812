#include "documents/render/render_samples.h"

#include "domain/document/issuer_family.h"
#include "domain/document/signer_block.h"

namespace doithoai::documents::samples {

Issuance ProvinceIssuance() {
  Issuance i;
  i.issuer = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN";
  i.issuer_code = "UBND";
  i.number = "36";
  i.place = "Hưng Yên";
  i.date = Date(2025, 2, 5);
  i.signer = {{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, "PHÓ CHỦ TỊCH", "Nguyễn Minh Đức"};
  i.copies = {"Bộ Nội vụ",
              "Thường trực Tỉnh ủy",
              "Thường trực HĐND tỉnh",
              "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
              "Ủy ban MTTQ Việt Nam tỉnh",
              "Tỉnh đoàn Hưng Yên",
              "Các sở, ban, ngành tỉnh",
              "UBND các xã, phường",
              "Báo và Phát thanh, Truyền hình Hưng Yên"};
  i.archive = "VT, VX";
  return i;
}

DialoguePlanInput DialoguePlan() {
  DialoguePlanInput in;
  in.issuance = ProvinceIssuance();
  in.host = "Ủy ban nhân dân tỉnh";
  in.leader = "Lãnh đạo Ủy ban nhân dân tỉnh";
  in.area = "tỉnh Hưng Yên";
  in.theme = "Thanh niên Hưng Yên với chuyển đổi số và khởi nghiệp xanh";
  in.extra_bases = {
      "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh thực "
      "hiện công tác quản lý nhà nước về thanh niên năm 2025"};
  in.purposes = {
      "Tạo điều kiện để đoàn viên, thanh niên bày tỏ tâm tư, nguyện vọng, đề xuất kiến nghị với "
      "Lãnh đạo tỉnh về chuyển đổi số, khởi nghiệp và việc làm.",
      kDiacriticSentence};
  in.requirements = {
      "Nội dung đối thoại sát thực tế, đúng đối tượng; tinh thần thẳng thắn, cởi mở, thiết thực, "
      "hiệu quả; tránh hình thức, lãng phí.",
      "Bảo đảm sự phối hợp chặt chẽ giữa các cấp, các ngành trong tổ chức đối thoại."};
  in.contents = {
      "Thông tin kết quả thực hiện các kiến nghị của thanh niên tại Chương trình đối thoại năm "
      "2024.",
      "Lãnh đạo Ủy ban nhân dân tỉnh đối thoại, trả lời những vấn đề thanh niên quan tâm.",
      "Biểu dương tổ chức, cá nhân có thành tích tiêu biểu trong khởi nghiệp, chuyển đổi số."};
  in.form = DialogueForm::kHybrid;
  in.budget = "Từ nguồn ngân sách tỉnh năm 2025 giao cho Sở Nội vụ.";
  in.time = "Dự kiến ngày 25/3/2025 (Tháng Thanh niên).";
  in.venue = "Hội trường Trung tâm Hội nghị tỉnh, phường Phố Hiến.";
  in.participants = {
      "Chủ trì: Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh.",
      "Lãnh đạo các sở, ban, ngành tỉnh; Ủy ban nhân dân các phường Phố Hiến, Sơn Nam, Hồng "
      "Châu, Mỹ Hào.",
      "300 đại biểu thanh niên do Tỉnh đoàn lựa chọn, giới thiệu."};
  in.milestones = {{"Tổng hợp câu hỏi, ý kiến, kiến nghị của thanh niên gửi Sở Nội vụ", "Tỉnh đoàn",
                    "Trước ngày 28/02/2025"},
                   {"Phân loại, chuyển câu hỏi tới cơ quan có thẩm quyền trả lời", "Sở Nội vụ",
                    "Trước ngày 05/3/2025"},
                   {"Gửi nội dung trả lời bằng văn bản về Sở Nội vụ", "Các sở, ban, ngành tỉnh",
                    "Trước ngày 15/3/2025"}};
  in.assignments = {
      {"Sở Nội vụ",
       {"Chủ trì, phối hợp với Tỉnh đoàn tham mưu tổ chức Chương trình đối thoại.",
        "Tổng hợp câu hỏi, kiến nghị của thanh niên; dự thảo Thông báo kết luận trong 10 ngày kể "
        "từ ngày đối thoại."}},
      {"Tỉnh đoàn Hưng Yên",
       {"Lựa chọn, giới thiệu đại biểu thanh niên tham dự; tổng hợp câu hỏi của thanh niên."}},
      {"Các sở, ban, ngành tỉnh",
       {"Chuẩn bị nội dung trả lời các ý kiến, kiến nghị thuộc lĩnh vực phụ trách."}}};
  in.coordinator = "Sở Nội vụ";
  return in;
}

ConclusionNoticeInput ConclusionNotice() {
  ConclusionNoticeInput in;
  in.issuance = ProvinceIssuance();
  in.issuance.parent_issuer = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN";
  in.issuance.issuer = "VĂN PHÒNG";
  in.issuance.issuer_code = "VP";
  in.issuance.number = "18";
  in.issuance.date = Date(2025, 4, 2);
  in.issuance.signer = {
      {"TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"}, "PHÓ CHÁNH VĂN PHÒNG", "Trần Thị Hồng Nhung"};
  in.issuance.archive = "VT, VX";
  in.chair = "đồng chí Nguyễn Minh Đức, Phó Chủ tịch Ủy ban nhân dân tỉnh";
  in.chair_title = "Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Minh Đức";
  in.held_on = Date(2025, 3, 25);
  in.venue = "Trung tâm Hội nghị tỉnh";
  in.theme = "Thanh niên Hưng Yên với chuyển đổi số và khởi nghiệp xanh";
  in.attendees = "lãnh đạo các sở, ban, ngành tỉnh, Tỉnh đoàn và 300 đại biểu thanh niên";
  in.issues_raised = {"Cơ chế hỗ trợ vốn vay ưu đãi cho thanh niên khởi nghiệp, lập nghiệp.",
                      "Đào tạo kỹ năng số và bảo vệ dữ liệu cá nhân trên không gian mạng.",
                      "Quỹ đất và mặt bằng cho các dự án nông nghiệp xanh của thanh niên.",
                      kDiacriticSentence};
  in.answered = {{"Vốn vay ưu đãi cho thanh niên khởi nghiệp",
                  "Thanh niên được vay tối đa 100 triệu đồng qua Ngân hàng Chính sách xã hội; hồ "
                  "sơ nộp tại điểm giao dịch xã, phường.",
                  "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"},
                 {"Đào tạo kỹ năng số", "Năm 2025 mở 40 lớp miễn phí tại các phường, xã.",
                  "Giám đốc Sở Khoa học và Công nghệ"}};
  in.forwarded = {
      {"Sửa đổi quy định về giao đất cho dự án nông nghiệp công nghệ cao của thanh "
       "niên",
       "Bộ Nông nghiệp và Môi trường"}};
  in.assignments = {
      {"nghiên cứu, tham mưu cơ chế hỗ trợ thanh niên khởi nghiệp xanh",
       "Sở Tài chính",
       {"Sở Nội vụ", "Tỉnh đoàn Hưng Yên"},
       "trước ngày 30/6/2025"},
      {"tổ chức các lớp bồi dưỡng kỹ năng số cho đoàn viên, thanh niên",
       "Sở Khoa học và Công nghệ",
       {"Tỉnh đoàn Hưng Yên"},
       "thường xuyên"},
      {"theo dõi, đôn đốc và tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh",
       "Sở Nội vụ",
       {},
       "trước ngày 30/11/2025"}};
  in.publisher = "Văn phòng Ủy ban nhân dân tỉnh";
  return in;
}

RelayLetterInput RelayLetter() {
  RelayLetterInput in;
  in.issuance = ProvinceIssuance();
  in.issuance.number = "";  // a draft: numbered and dated on issue
  in.issuance.date = std::nullopt;
  in.issuance.year = 2025;
  in.field_code = "VX";
  in.source =
      "Thông báo số 18/TB-VP ngày 02/4/2025 của Văn phòng Ủy ban nhân dân tỉnh về Kết "
      "luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại Chương trình đối thoại với thanh "
      "niên năm 2025";
  in.subject = "Kết luận tại Chương trình đối thoại với thanh niên năm 2025";
  in.addressed = {"Các sở, ban, ngành tỉnh", "Tỉnh đoàn Hưng Yên",
                  "Ủy ban nhân dân các xã, phường"};
  in.host = "Ủy ban nhân dân tỉnh";
  in.assignments = {
      {"Sở Khoa học và Công nghệ",
       false,
       {},
       {{"Tổ chức các lớp bồi dưỡng kỹ năng số cho thanh niên", "thường xuyên"},
        {kDiacriticSentence, ""}}},
      {"Tỉnh đoàn Hưng Yên",
       true,
       {"Sở Khoa học và Công nghệ"},
       {{"Tuyên truyền về chuyển đổi số cho đoàn viên, thanh niên", "trước ngày 30/9/2025"}}},
      {"Ủy ban nhân dân các xã, phường",
       false,
       {},
       {{"Tổ chức đối thoại với thanh niên trên địa bàn theo Nghị định số 13/2021/NĐ-CP",
         "tháng 3 hằng năm"}}}};
  in.monitor = "Sở Nội vụ";
  return in;
}

RelayLetterInput PartyRelayLetter() {
  const Unit province{UnitId(2), "hung-yen", "Tỉnh Hưng Yên", "tỉnh", UnitLevel::kProvince,
                      UnitId(1), "/1/2/"};
  const Unit ward{UnitId(3),           "12345",   "Phường Phố Hiến", "phường",
                  UnitLevel::kCommune, UnitId(2), "/1/2/3/"};
  RelayLetterInput in = RelayLetter();
  in.family = IssuerFamily::kParty;
  in.field_code = "";
  const IssuerHeading h = HeadingFor(in.family, ward, province);
  Issuance& is = in.issuance;
  is.header = {h.title, h.motto, h.mark, h.number_label, h.joint};
  is.parent_issuer = ToUpperVietnamese(h.parent_issuer);
  is.issuer = ToUpperVietnamese(h.issuer);
  is.issuer_code = h.issuer_code;
  is.number = "15";
  is.date = Date(2025, 4, 10);
  is.place = "Phố Hiến";
  const SignerLines lines = PrintSigner(
      {"BAN THƯỜNG VỤ", SignerAuthority::kKt, "BÍ THƯ", "PHÓ BÍ THƯ", "Trần Thị Hòa"}, in.family);
  is.signer = {lines.authority, lines.position, lines.name};
  is.copies = {"Ban Thường vụ Tỉnh ủy Hưng Yên (để báo cáo)", "Ủy ban nhân dân phường Phố Hiến"};
  is.archive = "VT";
  in.host = h.host;
  in.addressed = {"Đoàn Thanh niên phường Phố Hiến"};
  in.assignments.resize(1);
  in.assignments[0].agency = "Đoàn Thanh niên phường Phố Hiến";
  in.monitor = "Văn phòng Đảng ủy";
  return in;
}

CompiledAnswersInput CompiledAnswers() {
  CompiledAnswersInput in;
  in.issuance = ProvinceIssuance();
  in.issuance.issuer = "SỞ NỘI VỤ";
  in.issuance.parent_issuer = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN";
  in.issuance.issuer_code = "SNV";
  in.issuance.number = "45";
  in.issuance.date = Date(2025, 3, 18);
  in.issuance.signer = {{"KT. GIÁM ĐỐC"}, "PHÓ GIÁM ĐỐC", "Lê Văn Hùng"};
  in.issuance.copies = {"Như trên", "Tỉnh đoàn Hưng Yên"};
  in.issuance.archive = "VT, CTTN";
  in.addressed = {"Ủy ban nhân dân tỉnh Hưng Yên"};
  in.dialogue = "Chương trình đối thoại giữa Lãnh đạo Ủy ban nhân dân tỉnh với thanh niên năm 2025";
  in.compiler = "Sở Nội vụ";
  in.questions_received = 126;
  in.issues = {{"Hỗ trợ thanh niên khởi nghiệp",
                {{"Thanh niên khởi nghiệp được vay vốn ưu đãi tối đa bao nhiêu?",
                  "Chi đoàn phường Phố Hiến"},
                 {"Thủ tục vay vốn khởi nghiệp có được rút gọn không?", "Đoàn viên phường Mỹ Hào"}},
                "Thanh niên được vay tối đa 100 triệu đồng qua Ngân hàng Chính sách xã hội.\n" +
                    std::string(kDiacriticSentence),
                "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"},
               {"Việc làm cho thanh niên sau xuất ngũ",
                {{"Tỉnh có chính sách đào tạo nghề cho thanh niên xuất ngũ không?",
                  "Đoàn viên phường Sơn Nam"}},
                "",
                ""}};
  return in;
}

MinutesInput Minutes() {
  MinutesInput in;
  in.issuance = ProvinceIssuance();
  in.issuance.number = "05";
  in.issuance.date = Date(2025, 3, 25);
  in.issuance.copies = {"Thường trực Tỉnh ủy", "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Sở Nội vụ",
                        "Tỉnh đoàn Hưng Yên"};
  in.dialogue = "Hội nghị đối thoại giữa Lãnh đạo Ủy ban nhân dân tỉnh với thanh niên năm 2025";
  in.held_on = Date(2025, 3, 25);
  in.started_at = "8 giờ 00";
  in.ended_at = "11 giờ 30";
  in.venue = "Hội trường Trung tâm Hội nghị tỉnh, phường Phố Hiến";
  in.chair = "đồng chí Nguyễn Minh Đức, Phó Chủ tịch Ủy ban nhân dân tỉnh";
  in.secretary = "bà Trần Thị Hồng Nhung, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh";
  in.secretary_name = "Trần Thị Hồng Nhung";
  in.attendees = {"Lãnh đạo các sở, ban, ngành tỉnh", "Thường trực Tỉnh đoàn Hưng Yên",
                  "Ủy ban nhân dân các phường Phố Hiến, Sơn Nam, Hồng Châu, Mỹ Hào"};
  in.delegates_present = 286;
  in.agenda = {"Tuyên bố lý do, giới thiệu đại biểu",
               "Báo cáo kết quả thực hiện kiến nghị của thanh niên năm 2024",
               "Đối thoại giữa Lãnh đạo tỉnh với thanh niên", "Phát biểu kết luận của chủ trì"};
  in.exchanges = {
      {"Đại biểu Chi đoàn phường Phố Hiến", "tại hội trường",
       "Thanh niên khởi nghiệp được vay vốn ưu đãi tối đa bao nhiêu?",
       "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
       "Thanh niên được vay tối đa 100 triệu đồng.\nHồ sơ nộp tại điểm giao dịch xã, phường.",
       "Đã trả lời tại hội nghị"},
      {"Đại biểu Đoàn Thanh niên phường Mỹ Hào", "trực tuyến",
       "Tỉnh có mở lớp kỹ năng số miễn phí cho thanh niên không?",
       "Giám đốc Sở Khoa học và Công nghệ", "Năm 2025 mở 40 lớp tại các phường, xã.",
       "Hứa giải quyết trước ngày 30/6/2025"},
      {"Đại biểu Chi đoàn xã Tiên Lữ", "tại hội trường",
       "Quy định giao đất cho dự án nông nghiệp công nghệ cao của thanh niên có được sửa đổi?", "",
       "", "Chuyển Sở Nông nghiệp và Môi trường nghiên cứu, trả lời"},
      {"", "câu hỏi gửi trước", "Thủ tục vay vốn khởi nghiệp có được rút gọn không?", "", "", ""}};
  in.closing = std::string(kDiacriticSentence) +
               "\nGiao Sở Nội vụ tổng hợp, tham mưu Thông báo kết luận trong 10 ngày.";
  return in;
}

}  // namespace doithoai::documents::samples
