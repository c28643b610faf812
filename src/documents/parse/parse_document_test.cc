// The assignment forms of issue 3 ("Giao Sở X: - …", "Đề nghị Thành đoàn …", "X chủ trì, phối
// hợp với Y …", "Cơ quan thực hiện: … / Cơ quan phối hợp: …", numbered sections naming a
// body), each in a small document, and the document-level rules around them.
#include "documents/parse/parse_document.h"

#include <gtest/gtest.h>

#include "documents/parse/document_json.h"

namespace doithoai::documents {
namespace {

ParsedDocument Parse(std::string_view text) {
  Result<ParsedDocument> doc = ParseDocument(text);
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().message());
  return doc.ok() ? std::move(doc).value() : ParsedDocument{};
}

TEST(Assignments, GiaoBodyWithBulletedTasks) {
  ParsedDocument d = Parse(
      "1. Giao Sở Nội vụ:\n- Tổng hợp kết quả, báo cáo trước ngày 30/11 hằng năm;\n"
      "- Theo dõi, đôn đốc thực hiện.\n");
  ASSERT_EQ(d.tasks.size(), 2u);
  EXPECT_EQ(d.tasks[0].lead, "Sở Nội vụ");
  EXPECT_EQ(d.tasks[0].content, "Tổng hợp kết quả, báo cáo trước ngày 30/11 hằng năm");
  EXPECT_EQ(d.tasks[0].deadline.kind, DeadlineKind::kRecurring);
  EXPECT_EQ(d.tasks[1].content, "Theo dõi, đôn đốc thực hiện");
}

TEST(Assignments, DeNghiBodyWithInlineTask) {
  ParsedDocument d = Parse("2. Đề nghị Thành đoàn Hải Phòng tổ chức tuyên truyền thường xuyên.\n");
  ASSERT_EQ(d.tasks.size(), 1u);
  EXPECT_EQ(d.tasks[0].lead, "Thành đoàn Hải Phòng");
  EXPECT_EQ(d.tasks[0].content, "Tổ chức tuyên truyền thường xuyên");
  EXPECT_EQ(d.tasks[0].deadline.kind, DeadlineKind::kOngoing);
}

TEST(Assignments, LeadChuTriPhoiHopVoi) {
  ParsedDocument d = Parse(
      "- Sở Nội vụ chủ trì, phối hợp với Tỉnh đoàn, Sở Tài chính tổ chức đối thoại trước ngày "
      "31/3/2025.\n");
  ASSERT_EQ(d.tasks.size(), 1u);
  EXPECT_EQ(d.tasks[0].lead, "Sở Nội vụ");
  EXPECT_EQ(d.tasks[0].coordinating, (std::vector<std::string>{"Tỉnh đoàn", "Sở Tài chính"}));
  EXPECT_EQ(d.tasks[0].content,
            "Chủ trì, phối hợp với Tỉnh đoàn, Sở Tài chính tổ chức đối thoại trước ngày 31/3/2025");
  ASSERT_TRUE(d.tasks[0].deadline.date);
  EXPECT_EQ(d.tasks[0].deadline.date->ToIso(), "2025-03-31");
}

TEST(Assignments, FieldsOfATaskTable) {
  ParsedDocument d = Parse(
      "1. Tổ chức đối thoại với thanh niên\n- Cơ quan thực hiện: Sở Nội vụ.\n"
      "- Cơ quan phối hợp: Tỉnh đoàn; Hội Liên hiệp thanh niên Việt Nam tỉnh.\n"
      "- Thời gian thực hiện: Quý I/2025.\n");
  ASSERT_EQ(d.tasks.size(), 1u);
  EXPECT_EQ(d.tasks[0].lead, "Sở Nội vụ");
  EXPECT_EQ(d.tasks[0].coordinating,
            (std::vector<std::string>{"Tỉnh đoàn", "Hội Liên hiệp thanh niên Việt Nam tỉnh"}));
  EXPECT_EQ(d.tasks[0].content, "Tổ chức đối thoại với thanh niên");
  EXPECT_EQ(d.tasks[0].deadline.kind, DeadlineKind::kDate);
  EXPECT_FALSE(d.tasks[0].deadline.date);
  EXPECT_EQ(d.tasks[0].deadline.text, "Quý I/2025");
}

TEST(Assignments, NumberedSectionsNamingABody) {
  ParsedDocument d = Parse(
      "1. Sở Nội vụ: Chủ trì tổ chức Hội nghị.\n- Bố trí kinh phí.\n"
      "2. Các sở, ban, ngành tỉnh\n- Chuẩn bị nội dung trả lời.\n");
  ASSERT_EQ(d.tasks.size(), 3u);
  EXPECT_EQ(d.tasks[0].lead, "Sở Nội vụ");
  EXPECT_EQ(d.tasks[0].content, "Chủ trì tổ chức Hội nghị");
  EXPECT_EQ(d.tasks[1].content, "Bố trí kinh phí");
  EXPECT_EQ(d.tasks[2].lead, "Các sở, ban, ngành tỉnh");
}

// A plan assigns tasks in its "TỔ CHỨC THỰC HIỆN" section only; its other sections describe.
TEST(Assignments, APlanAssignsInItsImplementationSectionOnly) {
  ParsedDocument d = Parse(
      "KẾ HOẠCH\nTổ chức đối thoại\nI. NỘI DUNG\n1. Kinh phí: giao cho Sở Nội vụ tại Quyết định "
      "số 1/QĐ-UBND.\n- Sở Tài chính chủ trì thẩm định.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ:\n"
      "- Chủ trì tổ chức.\nIII. KINH PHÍ\n1. Sở Tài chính chủ trì cấp kinh phí.\n");
  ASSERT_EQ(d.tasks.size(), 1u);
  EXPECT_EQ(d.tasks[0].lead, "Sở Nội vụ");
}

TEST(Assignments, SubItemsStayInTheirTask) {
  ParsedDocument d = Parse(
      "3. Đề nghị Thành đoàn:\n- Thông báo tới Đoàn các cấp:\n+ Khát vọng cống hiến;\n"
      "+ Khát vọng học tập.\n- Tổ chức đối thoại.\n");
  ASSERT_EQ(d.tasks.size(), 2u);
  EXPECT_EQ(d.tasks[0].content,
            "Thông báo tới Đoàn các cấp:\n+ Khát vọng cống hiến;\n+ Khát vọng học tập");
}

// "Trong quá trình … ./." closes the body; nothing in it is a task.
TEST(Assignments, TheClosingParagraphAssignsNothing) {
  ParsedDocument d = Parse(
      "1. Giao Sở Nội vụ theo dõi.\nTrong quá trình thực hiện, đề nghị Sở Tư pháp chủ trì "
      "hướng dẫn./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n");
  ASSERT_EQ(d.tasks.size(), 1u);
  EXPECT_EQ(d.recipients.copies, (std::vector<std::string>{"Như trên", "Lưu: VT"}));
}

TEST(Assignments, NarrativeIsNotAnAssignment) {
  ParsedDocument d = Parse(
      "THÔNG BÁO\nKết luận\nNgày 28/3/2025, Sở Nội vụ đã tổ chức đối thoại.\n1. Đánh giá cao "
      "Đoàn phường.\n2. Sở Nội vụ đã hoàn thành 32 ý kiến.\n");
  EXPECT_TRUE(d.tasks.empty());
}

// "Unknown fields are null or empty, never guessed."
TEST(ParseDocument, UnknownFieldsAreNull) {
  ParsedDocument d = Parse("KẾ HOẠCH\nTổ chức đối thoại với thanh niên\nCăn cứ Luật Thanh niên;\n");
  EXPECT_EQ(d.type, "Kế hoạch");
  EXPECT_FALSE(d.number);
  EXPECT_FALSE(d.symbol);
  EXPECT_FALSE(d.issuer);
  EXPECT_FALSE(d.date);
  EXPECT_FALSE(d.place);
  EXPECT_FALSE(d.signer.name);
  nlohmann::ordered_json j = ToJson(d);
  EXPECT_TRUE(j["number"].is_null());
  EXPECT_TRUE(j["signer"]["authority"].is_null());
  EXPECT_EQ(j["recipients"]["addressed"], nlohmann::ordered_json::array());
}

TEST(ParseDocument, TypeFromTheSymbolWhenNoTypeLine) {
  ParsedDocument d = Parse("UBND TỈNH HƯNG YÊN\nSố: 36/KH-UBND\n1. Giao Sở Nội vụ chủ trì.\n");
  EXPECT_EQ(d.type, "Kế hoạch");
  EXPECT_EQ(d.type_code, "KH");
}

// Decree 30: a công văn has no abbreviation; its summary is "V/v …".
TEST(ParseDocument, CongVanHasNoTypeCode) {
  ParsedDocument d = Parse("Số: 12/UBND-VX\nV/v đối thoại với thanh niên\nKính gửi: Sở Nội vụ.\n");
  EXPECT_EQ(d.type, "Công văn");
  EXPECT_FALSE(d.type_code);
  EXPECT_EQ(d.summary, "đối thoại với thanh niên");
  EXPECT_EQ(d.recipients.addressed, (std::vector<std::string>{"Sở Nội vụ"}));
}

TEST(ParseDocument, BasesListedInOneParagraph) {
  ParsedDocument d = Parse(
      "Căn cứ Luật Thanh niên ngày 16 tháng 6 năm 2020; Nghị định số 13/2021/NĐ-CP ngày "
      "01/3/2021 của Chính phủ quy định về đối thoại với thanh niên;\nTheo đề nghị của Giám đốc "
      "Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 10/01/2025,\nỦy ban nhân dân tỉnh ban hành Kế "
      "hoạch như sau:\n1. Giao Sở Nội vụ chủ trì.\n");
  // "Theo đề nghị của … tại Tờ trình số …" names who proposed the document, not a ground for
  // it: not a basis (issue 11 corpus, labelling rule 5).
  ASSERT_EQ(d.bases.size(), 2u);
  EXPECT_EQ(d.bases[0].type, "Luật");
  EXPECT_EQ(d.bases[0].summary, "Thanh niên");
  EXPECT_EQ(d.bases[0].date->ToIso(), "2020-06-16");
  EXPECT_EQ(d.bases[1].number_symbol, "13/2021/NĐ-CP");
  EXPECT_EQ(d.bases[1].issuer, "Chính phủ");
  EXPECT_EQ(d.tasks.size(), 1u);
}

// The seeds mix NFC and NFD (a macOS keyboard's decomposed letters); output is NFC.
TEST(ParseDocument, DecomposedInputGivesComposedOutput) {
  ParsedDocument nfd =
      Parse("1. Giao So\xCC\x9B\xCC\x89 Nội vụ chủ trì to\xCC\x82\xCC\x89 chức.\n");
  ASSERT_EQ(nfd.tasks.size(), 1u);
  EXPECT_EQ(nfd.tasks[0].lead, "Sở Nội vụ");
  EXPECT_EQ(nfd.tasks[0].content, "Chủ trì tổ chức");
}

TEST(ParseDocument, WindowsAndOldMacLineEnds) {
  ParsedDocument crlf = Parse("1. Giao Sở Nội vụ:\r\n- Tổng hợp.\r\n- Báo cáo.\r\n");
  ParsedDocument cr = Parse("1. Giao Sở Nội vụ:\r- Tổng hợp.\r- Báo cáo.\r");
  EXPECT_EQ(crlf.tasks.size(), 2u);
  EXPECT_EQ(cr.tasks.size(), 2u);
}

TEST(ToJson, DeadlineShape) {
  ParsedDocument d = Parse("1. Giao Sở Nội vụ tổng hợp trước ngày 22/02/2023.\n");
  nlohmann::ordered_json t = ToJson(d)["tasks"][0];
  EXPECT_EQ(
      t.dump(),
      R"({"lead":"Sở Nội vụ","coordinating":[],"content":"Tổng hợp trước ngày 22/02/2023","deadline":{"kind":"date","date":"2023-02-22","text":"trước ngày 22/02/2023"}})");
}

// Issue 11: bases as real preambles write them.
TEST(ParseDocument, AmendingLawIsOneBasisAndAndSplitsNumberedOnes) {
  ParsedDocument d = Parse(
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung "
      "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 "
      "tháng 11 năm 2019; Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;\n"
      "Căn cứ Nghị định số 123/2015/NĐ-CP của Chính phủ và Quyết định số 101/QĐ-TTg ngày "
      "23/01/2017 của Thủ tướng Chính phủ;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n");
  ASSERT_EQ(d.bases.size(), 5u);
  EXPECT_EQ(d.bases[0].summary, "Tổ chức chính quyền địa phương");
  EXPECT_EQ(d.bases[1].summary,
            "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
            "địa phương");
  EXPECT_EQ(d.bases[2].summary, "Phổ biến, giáo dục pháp luật năm 2012");
  EXPECT_EQ(d.bases[3].number_symbol, "123/2015/NĐ-CP");
  EXPECT_EQ(d.bases[4].number_symbol, "101/QĐ-TTg");
}

TEST(ParseDocument, CharterAndRulesCitedByName) {
  ParsedDocument d = Parse(
      "Căn cứ Điều lệ Đoàn và Chương trình công tác toàn khóa;\nThi hành Quyết định số "
      "104/1999/QĐ-TTg ngày 14 tháng 4 năm 1999 của Thủ tướng Chính phủ;\n");
  ASSERT_EQ(d.bases.size(), 2u);
  EXPECT_EQ(d.bases[0].type, "Điều lệ");
  EXPECT_EQ(d.bases[0].summary, "Đoàn");
  EXPECT_EQ(d.bases[1].marker, "Thi hành");
  EXPECT_EQ(d.bases[1].number_symbol, "104/1999/QĐ-TTg");
}

TEST(ParseDocument, TableCellBreaksDoNotReachTheBody) {
  ParsedDocument d = Parse(
      "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố: "
      "4544/KH-UBND\n|\nQuảng Nam, ngày\n13 tháng 7 năm 2023\n|\nKẾ HOẠCH\nGIÁM SÁT THỰC HIỆN "
      "CHƯƠNG TRÌNH\nThực hiện Nghị định số\n27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ;\n");
  EXPECT_EQ(d.issuer, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM");
  EXPECT_EQ(d.place, "Quảng Nam");
  ASSERT_TRUE(d.date);
  EXPECT_EQ(d.date->ToIso(), "2023-07-13");
  EXPECT_EQ(d.summary, "GIÁM SÁT THỰC HIỆN CHƯƠNG TRÌNH");
  EXPECT_EQ(d.family, DocumentFamily::kAdministrative);
  ASSERT_EQ(d.bases.size(), 1u);
  EXPECT_EQ(d.bases[0].number_symbol, "27/2022/NĐ-CP");
}

// Issue 11: tasks as real documents give them.
TEST(Assignments, OneActionForSeveralNamedBodiesIsATaskEach) {
  ParsedDocument d = Parse(
      "Kính gửi: Sở Văn hóa, Thể thao và Du lịch\n"
      "Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông phối hợp với "
      "UBND huyện, thị xã, thành phố tiếp tục tuyên truyền.\nNơi nhận:\n- Như trên;\n");
  ASSERT_EQ(d.tasks.size(), 2u);
  EXPECT_EQ(d.tasks[0].lead, "Sở Văn hóa, Thể thao và Du lịch");
  EXPECT_EQ(d.tasks[1].lead, "Sở Thông tin và Truyền thông");
  EXPECT_EQ(d.tasks[0].content, d.tasks[1].content);
}

TEST(Assignments, TheGiverAndTheIssuingVerbAreNotLeads) {
  ParsedDocument d = Parse(
      "Điều 1. Ban hành Chương trình phát triển thanh niên tỉnh giai đoạn 2021 - 2030.\n"
      "Điều 2. Hội đồng nhân dân tỉnh giao:\n1. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị "
      "quyết.\nNơi nhận:\n- Như trên;\n");
  ASSERT_EQ(d.tasks.size(), 1u);
  EXPECT_EQ(d.tasks[0].lead, "Ủy ban nhân dân tỉnh");
}

TEST(Assignments, ATaskCutByTheEndOfTheCopyIsNotProposed) {
  ParsedDocument whole =
      Parse("1. Giao Sở Nội vụ tổng hợp kết quả.\n2. Giao Sở Tài chính bố trí kinh phí.\n");
  EXPECT_EQ(whole.tasks.size(), 2u);
  ParsedDocument cut =
      Parse("1. Giao Sở Nội vụ tổng hợp kết quả.\n2. Giao Sở Tài chính bố trí kinh\n");
  ASSERT_EQ(cut.tasks.size(), 1u);
  EXPECT_EQ(cut.tasks[0].lead, "Sở Nội vụ");
}

// Issue 11: a Party letter (Hướng dẫn 36-HD/VPTW) and a Youth Union decision, whole.
TEST(ParseDocument, PartyLetter) {
  ParsedDocument d = Parse(
      "ĐẢNG BỘ PHƯỜNG AN HẢI\nĐẢNG ỦY\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 15-CV/ĐU\n"
      "An Hải, ngày 05 tháng 3 năm 2024\nV/v triển khai học tập nghị quyết\n"
      "Kính gửi: Các chi bộ trực thuộc\nĐề nghị các chi bộ tổ chức học tập.\nNơi nhận:\n"
      "- Như trên,\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn An\n");
  EXPECT_EQ(d.family, DocumentFamily::kParty);
  EXPECT_EQ(d.number_symbol, "15-CV/ĐU");
  EXPECT_EQ(d.symbol, "CV/ĐU");
  EXPECT_EQ(d.parent_issuer, "ĐẢNG BỘ PHƯỜNG AN HẢI");
  EXPECT_EQ(d.issuer, "ĐẢNG ỦY");
  EXPECT_EQ(d.type, "Công văn");
  EXPECT_EQ(d.signer.authority, "T/M BAN THƯỜNG VỤ");
  EXPECT_EQ(d.signer.position, "PHÓ BÍ THƯ");
  EXPECT_EQ(d.signer.name, "Nguyễn Văn An");
  EXPECT_EQ(d.recipients.copies, (std::vector<std::string>{"Như trên", "Lưu VP"}));
}

TEST(ParseDocument, YouthUnionDecision) {
  ParsedDocument d = Parse(
      "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 367 - QĐ/TWĐTN-VP\n"
      "Hà Nội, ngày 10 tháng 5 năm 2023\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
      "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\nNơi nhận:\n- Như Điều 3;\n- Lưu VP.\n"
      "TM. BAN BÍ THƯ\nBÍ THƯ THƯỜNG TRỰC\nBùi Quang Huy\n");
  EXPECT_EQ(d.family, DocumentFamily::kYouthUnion);
  EXPECT_EQ(d.number_symbol, "367-QĐ/TWĐTN-VP");
  EXPECT_EQ(d.issuer, "BAN CHẤP HÀNH TRUNG ƯƠNG");
  EXPECT_EQ(d.type, "Quyết định");
  EXPECT_EQ(d.signer.authority, "TM. BAN BÍ THƯ");
  EXPECT_TRUE(d.tasks.empty());
}

TEST(ParseDocument, FilePathUnderTheCopiesIsNotACopy) {
  ParsedDocument d = Parse(
      "Kính gửi: Sở Nội vụ\nĐề nghị Sở Nội vụ báo cáo.\nNơi nhận:\n- Như trên;\n- Lưu: VT, "
      "NCTH.HH\nd:\\2011\\CV\\SVH\\T4\\Bau cho Vinh Ha Long\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
      "Trần Thành Lập\n");
  EXPECT_EQ(d.recipients.copies, (std::vector<std::string>{"Như trên", "Lưu: VT, NCTH.HH"}));
  EXPECT_EQ(d.signer.name, "Trần Thành Lập");
}

TEST(ParseDocument, NewsDigestTakesNumberAndDateFromItsSourceLine) {
  ParsedDocument d = Parse(
      "UBND tỉnh có ý kiến như sau:\nGiao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn "
      "vị liên quan nghiên cứu, đề xuất; hoàn thành trước ngày 10/12/2023./.\n(Theo Công văn số "
      "6202/UBND-KT, ngày 23/11/2023)\n");
  EXPECT_EQ(d.number_symbol, "6202/UBND-KT");
  EXPECT_EQ(d.type, "Công văn");
  ASSERT_TRUE(d.date);
  EXPECT_EQ(d.date->ToIso(), "2023-11-23");
  EXPECT_EQ(d.family, DocumentFamily::kAdministrative);
  // The one assignment ends the letter with "./.": it is a task, not a closing formula.
  ASSERT_EQ(d.tasks.size(), 1u);
  EXPECT_EQ(d.tasks[0].lead, "Sở Tài nguyên và Môi trường");
  ASSERT_TRUE(d.tasks[0].deadline.date);
  EXPECT_EQ(d.tasks[0].deadline.date->ToIso(), "2023-12-10");
}

TEST(ParseDocument, BasesNamedNumberedRepeatedOrReceived) {
  ParsedDocument d = Parse(
      "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13; căn cứ Chỉ thị số 08-CT/TW ngày "
      "20/8/2021 của Ban Bí thư. Trên cơ sở Kế hoạch số 6103/KH-UBND ngày 16/9/2022 của UBND "
      "tỉnh;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n");
  ASSERT_EQ(d.bases.size(), 3u);
  EXPECT_EQ(d.bases[0].type, "Luật");
  EXPECT_EQ(d.bases[0].number_symbol, "57/2014/QH13");
  EXPECT_EQ(d.bases[1].number_symbol, "08-CT/TW");
  EXPECT_EQ(d.bases[2].number_symbol, "6103/KH-UBND");

  ParsedDocument reply = Parse(
      "Kính gửi: Sở Văn hóa, Thể thao và Du lịch\nỦy ban nhân dân tỉnh nhận được Công văn số "
      "847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh, Chủ tịch UBND tỉnh có ý "
      "kiến như sau:\nGiao Sở Văn hóa, Thể thao và Du lịch tuyên truyền.\n");
  ASSERT_EQ(reply.bases.size(), 1u);
  EXPECT_EQ(reply.bases[0].number_symbol, "847/UBND-VX1");
}

// A decree amending an article of another ("… bổ sung khoản 2, Điều 8, Nghị định số …") is
// one basis; a joint resolution may write "Liên tịch" with a capital and a second "/".
TEST(ParseDocument, BasesNamingAnArticleOfAnotherOrJoint) {
  ParsedDocument d = Parse(
      "Căn cứ Nghị định số 13/2008/NĐ-CP ngày 04 tháng 02 năm 2008 của Chính phủ quy định tổ "
      "chức các cơ quan chuyên môn; Nghị định số 16/2009/NĐ-CP ngày 16 tháng 02 năm 2009 của "
      "Chính phủ về sửa đổi, bổ sung khoản 2, Điều 8, Nghị định số 13/2008/NĐ-CP ngày 04 tháng "
      "02 năm 2008 của Chính phủ quy định tổ chức các cơ quan chuyên môn;\nCăn cứ Nghị quyết "
      "Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN ngày 22/8/2008 của Chính phủ và Ủy ban Trung "
      "ương Mặt trận Tổ quốc Việt Nam về việc Ban hành Quy chế phối hợp công tác;\nQUYẾT "
      "ĐỊNH:\n");
  ASSERT_EQ(d.bases.size(), 3u);
  EXPECT_EQ(d.bases[0].number_symbol, "13/2008/NĐ-CP");
  EXPECT_EQ(d.bases[1].number_symbol, "16/2009/NĐ-CP");
  EXPECT_EQ(d.bases[2].type, "Nghị quyết liên tịch");
  EXPECT_EQ(d.bases[2].number_symbol, "19/2008/NQLT/CP-UBTUMTTQVN");
}

// A Youth Federation report whose number lost its hyphen: "Số: 12 BC/TWH" is 12-BC/TWH.
TEST(ParseDocument, PartyNumberWithItsHyphenLost) {
  ParsedDocument d = Parse(
      "HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM\nUỶ BAN TRUNG ƯƠNG\n***\nSố: 12 BC/TWH\nHà Nội, ngày "
      "30 tháng 01 năm 2009\nBÁO CÁO\nKết quả công tác Hội năm 2008\n");
  EXPECT_EQ(d.number_symbol, "12-BC/TWH");
  EXPECT_EQ(d.symbol, "BC/TWH");
  ASSERT_TRUE(d.date);
  EXPECT_EQ(d.date->ToIso(), "2009-01-30");
}

// A portal that lays the header out as a bulleted list: the round bullet before the issuer's
// name in capitals marks no list item.
TEST(ParseDocument, BulletedHeaderLine) {
  ParsedDocument d = Parse(
      " • Thuộc tính văn bản\n  Số hiệu:2855/QĐ-BGDĐTNgày đăng công báo:Đang cập nhật\n • BỘ GIÁO "
      "DỤC VÀ ĐÀO TẠO\n  _________\n  Số: 2855/QĐ-BGDĐT\n  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "  Độc lập - Tự do - Hạnh phúc\n  Hà Nội, ngày 30 tháng 09 năm 2020\n  QUYẾT ĐỊNH\n  Về việc "
      "công bố thủ tục hành chính\n  BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO\n  Căn cứ Nghị định số "
      "69/2017/NĐ-CP ngày 15 tháng 5 năm 2017 của Chính phủ;\n");
  EXPECT_EQ(d.issuer, "BỘ GIÁO DỤC VÀ ĐÀO TẠO");
  EXPECT_EQ(d.number_symbol, "2855/QĐ-BGDĐT");
  EXPECT_EQ(d.place, "Hà Nội");
  EXPECT_EQ(d.summary, "Về việc công bố thủ tục hành chính");
  ASSERT_EQ(d.bases.size(), 1u);
}

// Two bodies over their shared locality: a joint header, one issuer as written.
TEST(ParseDocument, JointHeaderOverASharedLocality) {
  ParsedDocument d = Parse(
      "ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ "
      "NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 01/QCPH/UBND-UBMTTQ\n|\nĐắk Lắk, "
      "ngày 27 tháng 10 năm 2017\n|\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ "
      "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam ngày "
      "09/6/2015;\n");
  EXPECT_EQ(d.issuer, "ỦY BAN NHÂN DÂN ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK");
  EXPECT_FALSE(d.parent_issuer);
  EXPECT_EQ(d.number_symbol, "01/QCPH/UBND-UBMTTQ");
}

// The province's name lost from the header cell and the authority line alike: the place
// of the date line completes the issuer.
TEST(ParseDocument, IssuerWithoutItsProvinceTakesThePlace) {
  ParsedDocument d = Parse(
      "UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 02/2011/QĐ-UBND | Tuyên "
      "Quang, ngày 18 tháng 3 năm 2011 |\nUỶ BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức Hội "
      "đồng nhân dân, Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;\nQUYẾT ĐỊNH:\n");
  EXPECT_EQ(d.issuer, "UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG");
  EXPECT_EQ(d.place, "Tuyên Quang");
}

TEST(ParseDocument, TableRowWithoutItsFirstBar) {
  ParsedDocument d = Parse(
      "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận: |\n"
      "- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |\n- Lưu: VT. | CHỦ TỊCH |\n");
  EXPECT_EQ(d.recipients.copies, (std::vector<std::string>{"Như Điều 3", "Lưu: VT"}));
  EXPECT_EQ(d.signer.authority, "TM. ỦY BAN NHÂN DÂN");
}

TEST(ParseDocument, CutCopyKeepsTheBasesItShowsWhole) {
  // The copy ends in a proposal cut short ("Theo đề"): the last whole basis stays, a type in
  // lower case after the marker is read, and a basis cut itself goes.
  ParsedDocument whole = Parse(
      "Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;\nCăn cứ quyết định số 846/QĐ-UB "
      "ngày 28/2/1998 quy chế làm việc.\nTheo đề\n");
  ASSERT_EQ(whole.bases.size(), 2u);
  EXPECT_EQ(whole.bases[1].type, "Quyết định");
  EXPECT_EQ(whole.bases[1].number_symbol, "846/QĐ-UB");
  ParsedDocument cut = Parse(
      "Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;\nCăn cứ Nghị định số "
      "87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của Chính phủ quy định chức\n");
  ASSERT_EQ(cut.bases.size(), 1u);
  EXPECT_EQ(cut.bases[0].type, "Luật");
}

TEST(ParseDocument, AttachedRegulationIsNotTheSignatureAndACutCopyItemGoes) {
  ParsedDocument d = Parse(
      "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n"
      "- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\n(Ban hành kèm "
      "theo Quyết định số 41/2019/QĐ-UBND ngày 22 tháng 10 năm 2019)\n1. Quy định này quy định "
      "về chế độ báo cáo.\n");
  EXPECT_EQ(d.signer.authority, "TM. ỦY BAN NHÂN DÂN");
  EXPECT_FALSE(d.signer.position);

  ParsedDocument cut = Parse(
      "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n"
      "- Như Điều 3;\n- Thư\n");
  EXPECT_EQ(cut.recipients.copies, (std::vector<std::string>{"Như Điều 3"}));
}

// A decision's closing article names who carries it out ("… chịu trách nhiệm thi hành Quyết
// định này"): no task, even when it opens with "Các Bộ trưởng".
TEST(ParseDocument, ClosingFormulaOfADecisionIsNoTask) {
  ParsedDocument d = Parse(
      "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1589/QĐ-TTg | Hà Nội, "
      "ngày 24 tháng 7 năm 2025 |\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT\nTHỦ TƯỚNG CHÍNH "
      "PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT ĐỊNH:\nĐiều 1. Ban "
      "hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật.\nĐiều 2. Quyết định này "
      "có hiệu lực kể từ ngày ký ban hành.\nĐiều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, "
      "Chủ tịch Ủy ban nhân dân tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này.\n");
  EXPECT_TRUE(d.tasks.empty());
}

// An amending decree quotes the new article: its "1. Bộ Tư pháp giúp Chính phủ …" states a
// rule, it assigns no task (the quotation runs to the end of this cut copy).
TEST(ParseDocument, QuotedAmendedArticleAssignsNothing) {
  ParsedDocument d = Parse(
      "CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 48/2013/NĐ-CP | Hà Nội, ngày 14 "
      "tháng 05 năm 2013 |\nNGHỊ ĐỊNH\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA CÁC NGHỊ ĐỊNH\nCăn cứ "
      "Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nĐiều 1. Sửa đổi, bổ sung một số điều "
      "của Nghị định số 63/2010/NĐ-CP như sau:\n1. Sửa đổi Điều 5:\n\u201cĐiều 5. Cơ quan, đơn "
      "vị kiểm soát thủ tục hành chính\n1. Bộ Tư pháp giúp Chính phủ thống nhất quản lý nhà "
      "nước về công tác kiểm soát thủ tục hành chính.\n2. Văn phòng Bộ chủ trì kiểm soát thủ "
      "tục hành chính.\n");
  EXPECT_TRUE(d.tasks.empty());
  // The same items outside a quotation are tasks.
  ParsedDocument plain = Parse(
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/KH-UBND | Hà Nội, ngày 14 "
      "tháng 05 năm 2013 |\nKẾ HOẠCH\nKIỂM SOÁT THỦ TỤC HÀNH CHÍNH\nIV. TỔ CHỨC THỰC HIỆN\n"
      "1. Sở Tư pháp chủ trì kiểm soát thủ tục hành chính.\n");
  EXPECT_EQ(plain.tasks.size(), 1u);
}

// The header cell keeps only "ỦY BAN NHÂN DÂN": the level the text names and the place of the
// date line complete the issuer; with no level named it stays as written.
TEST(ParseDocument, BareCommitteeTakesTheLevelItNamesAndThePlace) {
  ParsedDocument d = Parse(
      "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 19/KH-UBND |\nThanh Hóa, "
      "ngày 03 tháng 02 năm 2023 |\nHỖ TRỢ THANH NIÊN TỈNH THANH HÓA KHỞI NGHIỆP\nCăn cứ Quyết "
      "định số 897/QĐ-TTg ngày 26 tháng 7 năm 2022 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh "
      "ban hành Kế hoạch hỗ trợ thanh niên khởi nghiệp như sau:\n1. Mục đích\n");
  EXPECT_EQ(d.issuer, "ỦY BAN NHÂN DÂN TỈNH THANH HÓA");
  ParsedDocument unnamed = Parse(
      "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 19/KH-UBND |\nThanh Hóa, "
      "ngày 03 tháng 02 năm 2023 |\nKẾ HOẠCH\nHỖ TRỢ THANH NIÊN KHỞI NGHIỆP\n1. Mục đích\n");
  EXPECT_EQ(unnamed.issuer, "ỦY BAN NHÂN DÂN");
}

// A letter gives its grounds inside its first paragraph, after sentences of assessment, and
// the copy is cut later in that sentence: the two resolutions are its bases, whole.
TEST(ParseDocument, LetterGroundsInsideItsFirstParagraph) {
  ParsedDocument d = Parse(
      "BỘ NỘI VỤ\nSố: 2291/BNV-CQĐP\nV/v một số lưu ý khi xây dựng Đề án sắp xếp ĐVHC\nHà Nội, "
      "ngày 25 tháng 4 năm 2024\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
      "ương\nTrong thời gian qua, các tỉnh đã có nhiều cố gắng. Một số địa phương vẫn còn chưa "
      "chủ động. Căn cứ Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc "
      "hội về việc sắp xếp đơn vị hành chính; Nghị quyết số 117/NQ-CP ngày 30/7/2023 của Chính "
      "phủ ban hành Kế hoạch thực hiện sắp xếp ĐVHC; để tháo gỡ những khó khăn, vướng mắc khi "
      "xây dựn\n");
  ASSERT_EQ(d.bases.size(), 2u);
  EXPECT_EQ(d.bases[0].number_symbol, "35/2023/UBTVQH15");
  EXPECT_EQ(d.bases[1].number_symbol, "117/NQ-CP");
}

// A school Youth Union's plan as its site posts it: the site's greeting, then the post's
// title in sentence case, then the grounds. The greeting is no issuer; the title gives the
// type and the summary.
TEST(ParseDocument, PostedPlanUnderASentenceCaseTitle) {
  ParsedDocument d = Parse(
      "CHÀO MỪNG ĐẾN VỚI TRANG THÔNG TIN ĐIỆN TỬ CỦA TIÊU ĐỀ WEBSITE\n\nKế hoạch Tháng Thanh "
      "niên năm 2021\n\nCăn cứ kế hoạch số 203-KH/ĐTN, ngày 04/02/2021 của Huyện Đoàn Mỹ Tú về "
      "việc thực hiện Tháng Thanh niên năm 2021;\n\nI. MỤC ĐÍCH, YÊU CẦU\n");
  EXPECT_FALSE(d.issuer);
  EXPECT_EQ(d.type, "Kế hoạch");
  EXPECT_EQ(d.summary, "Tháng Thanh niên năm 2021");
}

// Two laws in one "Căn cứ" line with no ";" between them: the second law's name follows the
// year of the first one's date. Each is a basis; a law named after "và" or inside a name is
// not split ("Luật sửa đổi … của Luật A và Luật B" stays one).
TEST(ParseDocument, LawNamedRightAfterAnotherLawsDate) {
  ParsedDocument d = Parse(
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 Luật sửa đổi, bổ "
      "sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức Chính quyền địa phương ngày "
      "22 tháng 11 năm 2019;\nCăn cứ Luật Thanh niên ngày 16 tháng 6 năm 2020;\n");
  ASSERT_EQ(d.bases.size(), 3u);
  EXPECT_EQ(d.bases[0].summary, "Tổ chức chính quyền địa phương");
  ASSERT_TRUE(d.bases[1].summary);
  EXPECT_TRUE(d.bases[1].summary->starts_with("sửa đổi, bổ sung một số điều của Luật Tổ chức"));
  EXPECT_EQ(d.bases[2].summary, "Thanh niên");
}

// "Giao Giám đốc Sở Nội vụ chủ trì, phối hợp với thủ trưởng các cơ quan …": the task is the
// body's, without its head's title, and the coordinating bodies lose theirs too. The closing
// article after it, cut by the copy, names the same body but is not where the task came from.
TEST(ParseDocument, TaskOfAHeadBeforeACutClosingArticle) {
  ParsedDocument d = Parse(
      "Điều 2.\nGiao Giám đốc Sở Nội vụ chủ trì, phối hợp với thủ trưởng các cơ quan, đơn vị, "
      "địa phương có liên quan triển khai thực hiện Quyết định này.\nĐiều 3.\nChánh Văn phòng "
      "UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh chịu trách nhiệm thi hà");
  ASSERT_EQ(d.tasks.size(), 1u);
  EXPECT_EQ(d.tasks[0].lead, "Sở Nội vụ");
  EXPECT_EQ(d.tasks[0].coordinating,
            (std::vector<std::string>{"Các cơ quan, đơn vị, địa phương có liên quan"}));
}

// A plan a portal posts without header, type heading or title: its opening paragraph ends
// with what it issues. "ban hành Kế hoạch … như sau:" gives the type, nothing else.
TEST(ParseDocument, PostedPlanThatSaysWhatItIssues) {
  ParsedDocument d = Parse(
      "Thực hiện Luật Thanh niên ngày 16/6/2020; Nghị định số 13/2021/NĐ-CP ngày 01/3/2021 của "
      "Chính phủ quy định về đối thoại với thanh niên, Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế "
      "hoạch tổ chức Hội nghị đối thoại với thanh niên năm 2025 như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n");
  EXPECT_EQ(d.type, "Kế hoạch");
  EXPECT_EQ(d.family, DocumentFamily::kAdministrative);
  EXPECT_FALSE(d.number_symbol);
  EXPECT_FALSE(d.summary);
  EXPECT_EQ(d.bases.size(), 2u);
}

}  // namespace
}  // namespace doithoai::documents
