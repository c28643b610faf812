#include "text/topic_lexicon.h"

namespace doithoai::text {
namespace {

// What each topic is about, in the words of the sector: the agencies' remits after the 2025
// reorganisation, the national programmes and laws youths ask about, and everyday words for
// them. Comma-separated phrases; each one teaches the classifier its topic, so a question
// about a subject no labelled question mentions yet ("chữ ký số", "bán dẫn") still lands in
// the right place.
constexpr TopicKeywords kLexicon[] = {
    {"viec-lam",
     "việc làm, thu nhập, tiền lương, lương tối thiểu vùng, tuyển dụng, tìm việc, xin việc, "
     "giới thiệu việc làm, trung tâm dịch vụ việc làm, sàn giao dịch việc làm, phiên giao dịch "
     "việc làm, thất nghiệp, bảo hiểm thất nghiệp, trợ cấp thất nghiệp, hợp đồng lao động, "
     "người lao động, công nhân, khu công nghiệp, doanh nghiệp tuyển dụng, nợ lương, chậm trả "
     "lương, tăng ca, làm thêm giờ, thời giờ làm việc, xuất khẩu lao động, làm việc ở nước "
     "ngoài, lao động tự do, việc làm thêm, làm bán thời gian, shipper, tài xế công nghệ, bảo "
     "hiểm xã hội tự nguyện, thai sản, lao động nữ, người khuyết tật tìm việc, an toàn lao "
     "động, công đoàn, nghỉ việc, mất việc, sa thải, đời sống công nhân"},
    {"hoc-nghe",
     "học nghề, đào tạo nghề, dạy nghề, trường nghề, trường trung cấp, trường cao đẳng, giáo "
     "dục nghề nghiệp, hướng nghiệp, tư vấn hướng nghiệp, chọn nghề, chọn ngành, phân luồng "
     "học sinh, kỹ năng mềm, kỹ năng nghề, chứng chỉ nghề, liên thông, học nghề miễn phí, hỗ "
     "trợ học nghề, đào tạo nghề cho lao động nông thôn, nhân lực chất lượng cao, logistics, "
     "bán dẫn, vi mạch, cơ khí, điện lạnh, sửa chữa, hàn, may mặc, thợ, học việc, tay nghề, "
     "thực tập, kỹ năng thuyết trình, làm việc nhóm, đào tạo ngắn hạn, tiền ăn học nghề"},
    {"khoi-nghiep",
     "khởi nghiệp, khởi nghiệp sáng tạo, ý tưởng khởi nghiệp, cuộc thi khởi nghiệp, dự án "
     "khởi nghiệp, startup, vay vốn, vốn vay ưu đãi, ngân hàng chính sách xã hội, quỹ hỗ trợ "
     "thanh niên lập nghiệp, quỹ quốc gia về việc làm, lãi suất, thế chấp, vườn ươm, ươm "
     "tạo, không gian làm việc chung, nhà đầu tư, gọi vốn, cố vấn, đăng ký kinh doanh, hộ "
     "kinh doanh, thành lập doanh nghiệp, doanh nghiệp trẻ, hợp tác xã thanh niên, thuế, nộp "
     "thuế, kinh doanh online, bán hàng online, thương mại điện tử, hội chợ, triển lãm, "
     "thương hiệu, xúc tiến thương mại, hỗ trợ kinh doanh, hộ kinh doanh cá thể"},
    {"chuyen-doi-so",
     "chuyển đổi số, công nghệ thông tin, công nghệ số, dịch vụ công trực tuyến, cổng dịch vụ "
     "công, thủ tục hành chính trực tuyến, định danh điện tử, vneid, chữ ký số, hồ sơ điện "
     "tử, học bạ điện tử, số hóa, dữ liệu, cơ sở dữ liệu dân cư, wifi miễn phí, internet, "
     "phủ sóng, hạ tầng số, trí tuệ nhân tạo, AI, lập trình, kỹ năng số, tổ công nghệ số "
     "cộng đồng, bình dân học vụ số, thanh toán không dùng tiền mặt, quét mã qr, ví điện tử, "
     "ứng dụng, phần mềm, nền tảng số, chính quyền số, đô thị thông minh, camera thông minh, "
     "lỗi hệ thống, đăng nhập, tài khoản dịch vụ công"},
    {"giao-duc",
     "giáo dục, học tập, nhà trường, học sinh, sinh viên, đại học, học phí, học bổng, miễn "
     "giảm học phí, tuyển sinh, thi tốt nghiệp, thi vào lớp 10, trường công lập, trường mầm "
     "non, giáo viên, dạy thêm, học thêm, sách giáo khoa, chương trình giáo dục phổ thông, "
     "ngoại ngữ, tiếng anh, tiếng nhật, tiếng hàn, chứng chỉ ngoại ngữ, thư viện, tự học, ký "
     "túc xá, cơ sở vật chất trường học, lớp học, áp lực học tập, giáo dục giới tính, kỹ năng "
     "sống, học sinh giỏi, khen thưởng học sinh, du học, vay vốn đi học, sinh viên nghèo"},
    {"y-te",
     "y tế, sức khỏe, bệnh viện, trạm y tế, khám chữa bệnh, khám bệnh, bảo hiểm y tế, thẻ "
     "bảo hiểm y tế, bác sĩ, thuốc, tiêm phòng, vắc xin, dịch bệnh, sức khỏe sinh sản, sức "
     "khỏe tâm thần, tâm lý, trầm cảm, tư vấn tâm lý, ma túy, cai nghiện, tái nghiện, thuốc "
     "lá, thuốc lá điện tử, bóng cười, rượu bia, an toàn thực phẩm, ngộ độc thực phẩm, dinh "
     "dưỡng, béo phì, HIV, khám sức khỏe tiền hôn nhân, đặt lịch khám, quá tải bệnh viện, "
     "hiến máu, cấp cứu, chất cấm, nghiện"},
    {"van-hoa-the-thao",
     "văn hóa, thể thao, sân chơi, sân bóng, sân thể thao, nhà văn hóa, thiết chế văn hóa, "
     "câu lạc bộ, nghệ thuật, âm nhạc, ca nhạc, nhảy, múa, biểu diễn, lễ hội, di tích, di "
     "sản, bảo tàng, du lịch, thư viện cộng đồng, giải bóng đá, cầu lông, bơi lội, dạy bơi, "
     "bể bơi, đuối nước, thể dục thể thao, phong trào thể thao, vui chơi giải trí, trẻ em, "
     "thiếu nhi, rạp chiếu phim, vé xem bóng đá, sân vận động, văn nghệ, truyền thống"},
    {"moi-truong",
     "môi trường, ô nhiễm, rác thải, rác, phân loại rác, thu gom rác, rác thải nhựa, túi ni "
     "lông, chuyển đổi xanh, kinh tế xanh, năng lượng tái tạo, điện mặt trời, xe điện, trạm "
     "sạc, cây xanh, trồng cây, khói bụi, bụi, ô nhiễm không khí, nước thải, kênh mương, ô "
     "nhiễm nước, mùi hôi, biển, bãi biển, rừng ngập mặn, biến đổi khí hậu, tiết kiệm năng "
     "lượng, tái chế, chủ nhật xanh, vệ sinh môi trường, đốt rơm rạ, tiếng ồn"},
    {"an-ninh-trat-tu",
     "an ninh trật tự, an toàn giao thông, công an, cảnh sát giao thông, vi phạm giao thông, "
     "xử phạt, mũ bảo hiểm, giấy phép lái xe, bằng lái, sát hạch, nồng độ cồn, đua xe, tụ "
     "tập, trộm cắp, cướp giật, camera an ninh, tuần tra, tội phạm, bạo lực học đường, đánh "
     "nhau, tai nạn giao thông, đèn tín hiệu, biển báo, điểm đen, xe máy, xe đạp điện, học "
     "sinh chưa đủ tuổi lái xe, tệ nạn xã hội, cờ bạc, an ninh khu dân cư, phòng cháy chữa "
     "cháy, vũ khí, dao kéo"},
    {"nha-o-ha-tang",
     "nhà ở, nhà ở xã hội, mua nhà, thuê nhà, nhà trọ, chủ trọ, tiền điện, tiền nước, giá "
     "điện, hạ tầng, đường giao thông, đường xá, xuống cấp, ổ gà, ngập úng, thoát nước, đèn "
     "chiếu sáng, xe buýt, giao thông công cộng, cầu, cống, quy hoạch, đất đai, xây dựng, "
     "công trình, vỉa hè, bãi đỗ xe, điện sinh hoạt, nước sạch, nhà cho thuê giá rẻ, thiết "
     "chế công đoàn, vay mua nhà, hạ tầng giao thông"},
    {"mang-xa-hoi",
     "mạng xã hội, an toàn thông tin, an ninh mạng, lừa đảo trực tuyến, lừa đảo qua mạng, "
     "việc nhẹ lương cao, tin giả, thông tin xấu độc, xuyên tạc, dữ liệu cá nhân, lộ thông "
     "tin, bảo vệ dữ liệu cá nhân, cuộc gọi rác, tin nhắn rác, tài khoản bị hack, chiếm đoạt "
     "tài khoản, facebook, zalo, tiktok, nghiện game, nghiện mạng xã hội, bắt nạt trên mạng, "
     "an toàn trên không gian mạng, văn hóa mạng, tố giác lừa đảo, mật khẩu, mã otp, không "
     "gian mạng, độ tuổi dùng mạng xã hội"},
    {"nong-nghiep",
     "nông nghiệp, nông thôn, kinh tế nông thôn, nông dân, nông sản, tiêu thụ nông sản, ép "
     "giá, thương lái, nông nghiệp công nghệ cao, nhà màng, trồng trọt, chăn nuôi, thủy sản, "
     "nuôi trồng thủy sản, nuôi tôm, đánh bắt, ngư dân, đất nông nghiệp, ruộng, thuê đất, "
     "trang trại, hợp tác xã nông nghiệp, OCOP, giống cây trồng, phân bón, thức ăn chăn "
     "nuôi, thiên tai, bão, thiệt hại mùa màng, tập huấn kỹ thuật, nông thôn mới, làng nghề, "
     "dịch bệnh gia súc"},
    {"chinh-sach-thanh-nien",
     "chính sách thanh niên, luật thanh niên, công tác đoàn, đoàn thanh niên, đoàn viên, "
     "chi đoàn, đoàn cơ sở, cán bộ đoàn, hội liên hiệp thanh niên, tình nguyện, mùa hè "
     "xanh, thanh niên tình nguyện, công trình thanh niên, đối thoại, kiến nghị, giải quyết "
     "kiến nghị, tham gia góp ý chính sách, phản biện, giám sát, thanh niên tiêu biểu, tuyên "
     "dương, khen thưởng, thu hút nhân tài, kinh phí hoạt động đoàn, sinh hoạt đoàn, phát "
     "triển đảng viên, chiến lược phát triển thanh niên, quyền tham gia của thanh niên"},
    {"quoc-phong",
     "quốc phòng, nghĩa vụ quân sự, nhập ngũ, gọi nhập ngũ, tạm hoãn, miễn gọi nhập ngũ, "
     "khám tuyển, tiêu chuẩn sức khỏe nhập ngũ, xuất ngũ, quân nhân xuất ngũ, bộ đội, quân "
     "đội, dân quân tự vệ, dự bị động viên, nghĩa vụ công an nhân dân, giáo dục quốc phòng "
     "an ninh, ban chỉ huy quân sự, hình xăm, cận thị, phụ cấp dân quân, tại ngũ, sĩ quan, "
     "trường quân đội"},
    {"khac",
     "thủ tục hộ tịch, khai sinh, kết hôn, căn cước, giấy tờ tùy thân, công chứng, chứng "
     "thực, địa chỉ sau sắp xếp đơn vị hành chính, trợ giúp pháp lý, tư vấn pháp luật, "
     "thừa kế, đất đai cá nhân, phát trực tiếp hội nghị, livestream, cảm ơn lãnh đạo, ý kiến "
     "chung, cứu hộ cứu nạn, phòng chống thiên tai, xung kích, tôn giáo, đổi tên"},
};

}  // namespace

std::span<const TopicKeywords> TopicLexicon() { return kLexicon; }

}  // namespace doithoai::text
