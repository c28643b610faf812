#include "documents/parse/footer.h"

#include <gtest/gtest.h>

namespace doithoai::documents::parse {
namespace {

TEST(ParseAddressed, ListWithItemsBrokenOverLines) {
  std::vector<std::string> lines = {"Kính gửi:", "- Thành đoàn Hải Phòng;",
                                    "- Ủy ban nhân dân các xã, phường, đặc", "khu.",
                                    "Căn cứ Luật Thanh niên;"};
  std::vector<std::string> out;
  EXPECT_EQ(ParseAddressed(lines, 0, &out), 4u);
  EXPECT_EQ(out, (std::vector<std::string>{"Thành đoàn Hải Phòng",
                                           "Ủy ban nhân dân các xã, phường, đặc khu"}));
}

TEST(ParseAddressed, OneAddresseeOnTheSameLine) {
  std::vector<std::string> lines = {"Kính gửi: Sở Nội vụ tỉnh Hưng Yên.", "Thực hiện …"};
  std::vector<std::string> out;
  EXPECT_EQ(ParseAddressed(lines, 0, &out), 1u);
  EXPECT_EQ(out, (std::vector<std::string>{"Sở Nội vụ tỉnh Hưng Yên"}));
}

TEST(ParseAddressed, NoList) {
  std::vector<std::string> lines = {"Căn cứ Luật Thanh niên;"};
  std::vector<std::string> out;
  EXPECT_EQ(ParseAddressed(lines, 0, &out), 0u);
  EXPECT_TRUE(out.empty());
}

// Two columns flattened row by row: the signature shares rows with "Nơi nhận".
TEST(ParseFooter, SignatureColumnInterleavedWithRecipients) {
  std::vector<std::string> lines = {"Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Như trên; KT. CHỦ TỊCH",
                                    "- VPCP, Bộ NV; PHÓ CHỦ TỊCH",   "- UBND TP. Hải Phòng;",
                                    "- Lưu: VT, KSTTHC4. (Đã ký)",   "Lê Khắc Nam"};
  FooterFields f = ParseFooter(lines, 0);
  EXPECT_EQ(f.copies, (std::vector<std::string>{"Như trên", "VPCP, Bộ NV", "UBND TP. Hải Phòng",
                                                "Lưu: VT, KSTTHC4"}));
  EXPECT_EQ(f.signer.authority, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
  EXPECT_EQ(f.signer.position, "PHÓ CHỦ TỊCH");
  EXPECT_EQ(f.signer.name, "Lê Khắc Nam");
}

TEST(ParseFooter, SignatureInOneRow) {
  FooterFields f =
      ParseFooter({"TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Nguyễn Duy Hưng"}, 0);
  EXPECT_EQ(f.signer.authority, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
  EXPECT_EQ(f.signer.position, "PHÓ CHỦ TỊCH");
  EXPECT_EQ(f.signer.name, "Nguyễn Duy Hưng");
}

// A head signing in their own name has no authority line.
TEST(ParseFooter, HeadSigningInOwnName) {
  std::vector<std::string> lines = {"Đề nghị các đơn vị thực hiện.", "CHỦ TỊCH", "Phạm Văn Hùng"};
  size_t start = FindFooterStart(lines, 0);
  EXPECT_EQ(start, 1u);
  FooterFields f = ParseFooter(lines, start);
  EXPECT_FALSE(f.signer.authority);
  EXPECT_EQ(f.signer.position, "CHỦ TỊCH");
  EXPECT_EQ(f.signer.name, "Phạm Văn Hùng");
}

TEST(FindFooterStart, AfterTheClosingMark) {
  std::vector<std::string> lines = {"1. Giao Sở Nội vụ theo dõi.", "Đề nghị thực hiện./.",
                                    "Nơi nhận:"};
  EXPECT_EQ(FindFooterStart(lines, 0), 2u);
  EXPECT_EQ(FindFooterStart({"Không có gì"}, 0), 1u);
}

TEST(ParseAddressed, SemicolonInsideBracketsEndsNoItem) {
  std::vector<std::string> lines = {"Kính gửi:", "- Như trên;", "- Lưu (VP ; KT&KĐCL).",
                                    "Căn cứ Luật Thanh niên;"};
  std::vector<std::string> out;
  ParseAddressed(lines, 0, &out);
  EXPECT_EQ(out, (std::vector<std::string>{"Như trên", "Lưu (VP ; KT&KĐCL)"}));
}

// The attached rules' title right under the authority is not the signer's position.
TEST(ParseFooter, AttachedTitleIsNoPosition) {
  FooterFields f = ParseFooter({"TM. ỦY BAN NHÂN DÂN", "VỀ HOẠT ĐỘNG CỦA CÔNG BÁO TỈNH BÌNH THUẬN",
                                "(Ban hành theo Quyết định số 63/2006/QĐ-UBND)"},
                               0);
  EXPECT_EQ(f.signer.authority, "TM. ỦY BAN NHÂN DÂN");
  EXPECT_FALSE(f.signer.position);
}

// Two recipients on one "- …; …;" row; a signature after the ";" stays a signature.
TEST(ParseFooter, TwoItemsOnOneRow) {
  std::vector<std::string> lines = {"Nơi nhận:",
                                    "- Bộ Y tế;",
                                    "- TTr Tỉnh ủy; TTr HĐND tỉnh;",
                                    "- Như trên; KT. CHỦ TỊCH",
                                    "- Lưu: VT.",
                                    "PHÓ CHỦ TỊCH",
                                    "Lê Văn A"};
  FooterFields f = ParseFooter(lines, 0);
  EXPECT_EQ(f.copies, (std::vector<std::string>{"Bộ Y tế", "TTr Tỉnh ủy", "TTr HĐND tỉnh",
                                                "Như trên", "Lưu: VT"}));
  EXPECT_EQ(f.signer.authority, "KT. CHỦ TỊCH");
  EXPECT_EQ(f.signer.position, "PHÓ CHỦ TỊCH");
}

// "KT. THỦ TƯỚNG |" from a table cell, then the attached plan's heading and title (the
// position and name lost by the copy): the bar is dropped and the plan is no position.
TEST(ParseFooter, CellBarAndAttachedPlanAreNoSignature) {
  FooterFields f = ParseFooter({"|", "KT. THỦ TƯỚNG |", "KẾ HOẠCH", "TRIỂN KHAI THI HÀNH",
                                "LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG SỐ 72/2025/QH15",
                                "(Kèm theo Quyết định số 1589/QĐ-TTg ngày 24 tháng 7 năm 2025)"},
                               0);
  EXPECT_EQ(f.signer.authority, "KT. THỦ TƯỚNG");
  EXPECT_FALSE(f.signer.position);
  EXPECT_FALSE(f.signer.name);
}

}  // namespace
}  // namespace doithoai::documents::parse
