#include "domain/document/signer_block.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

std::vector<std::string> Fields(const SignerBlock& b) {
  FieldErrors errors;
  CheckSignerBlock(b, "signer", errors);
  std::vector<std::string> out;
  for (const auto& e : errors.list()) out.push_back(e.field);
  return out;
}

// Decree 30, Appendix I: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name".
TEST(SignerBlock, PrintsEachDecree30Form) {
  SignerBlock tm{"ỦY BAN NHÂN DÂN", SignerAuthority::kOwn, "", "CHỦ TỊCH", "Trần Văn Kiên"};
  SignerLines l = PrintSigner(tm, IssuerFamily::kPeoplesCommittee);
  EXPECT_EQ(l.authority, std::vector<std::string>{"TM. ỦY BAN NHÂN DÂN"});
  EXPECT_EQ(l.position, "CHỦ TỊCH");
  EXPECT_EQ(l.name, "Trần Văn Kiên");

  SignerBlock kt{"ỦY BAN NHÂN DÂN", SignerAuthority::kKt, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê An"};
  l = PrintSigner(kt, IssuerFamily::kPeoplesCommittee);
  EXPECT_EQ(l.authority, (std::vector<std::string>{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}));
  EXPECT_EQ(l.position, "PHÓ CHỦ TỊCH");

  SignerBlock tl{"", SignerAuthority::kTl, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê An"};
  EXPECT_EQ(PrintSigner(tl, IssuerFamily::kPeoplesCommittee).authority.front(), "TL. CHỦ TỊCH");
  SignerBlock tuq{"", SignerAuthority::kTuq, "CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Lê An"};
  EXPECT_EQ(PrintSigner(tuq, IssuerFamily::kPeoplesCommittee).authority.front(), "TUQ. CHỦ TỊCH");
  SignerBlock q{"", SignerAuthority::kQ, "CHỦ TỊCH", "", "Lê An"};
  l = PrintSigner(q, IssuerFamily::kPeoplesCommittee);
  EXPECT_TRUE(l.authority.empty());
  EXPECT_EQ(l.position, "Q. CHỦ TỊCH");
  for (const SignerBlock& b : {tm, kt, tl, tuq, q}) EXPECT_TRUE(Fields(b).empty());
}

// Hướng dẫn 36-HD/VPTW writes "T/M" and "K/T"; the Youth Union writes "TM.".
TEST(SignerBlock, PartyAndYouthUnionForms) {
  SignerBlock party{"BAN THƯỜNG VỤ", SignerAuthority::kOwn, "", "PHÓ BÍ THƯ", "Đỗ Thị Hạnh"};
  SignerLines l = PrintSigner(party, IssuerFamily::kParty);
  EXPECT_EQ(l.authority, std::vector<std::string>{"T/M BAN THƯỜNG VỤ"});
  EXPECT_EQ(l.position, "PHÓ BÍ THƯ");
  SignerBlock kt{"", SignerAuthority::kKt, "BÍ THƯ", "PHÓ BÍ THƯ", "Đỗ Thị Hạnh"};
  EXPECT_EQ(PrintSigner(kt, IssuerFamily::kParty).authority.front(), "K/T BÍ THƯ");
  l = PrintSigner(DefaultSignerBlock(IssuerFamily::kYouthUnion), IssuerFamily::kYouthUnion);
  EXPECT_EQ(l.authority, std::vector<std::string>{"TM. BAN THƯỜNG VỤ"});
  EXPECT_EQ(l.position, "BÍ THƯ");
  EXPECT_EQ(
      PrintSigner(DefaultSignerBlock(IssuerFamily::kParty), IssuerFamily::kParty).authority.front(),
      "T/M ĐẢNG ỦY");
}

// Issue 13: "Người ký" must never print a title as a person's name.
TEST(SignerBlock, ATitleInTheNameFieldIsRefused) {
  for (const char* title :
       {"Chủ tịch", "Phó Chủ tịch UBND", "Chủ tịch UBND thành phố", "CHỦ TỊCH", "chu tich",
        "Bí thư Đảng ủy", "Giám đốc Sở Nội vụ", "TM. Ủy ban nhân dân", "Trưởng phòng VH-XH",
        "Lãnh đạo UBND phường", "Phó Trưởng ban Tuyên giáo"}) {
    EXPECT_TRUE(LooksLikeTitle(title)) << title;
    SignerBlock b{"ỦY BAN NHÂN DÂN", SignerAuthority::kOwn, "", "CHỦ TỊCH", title};
    FieldErrors errors;
    CheckSignerBlock(b, "signer", errors);
    ASSERT_EQ(errors.list().size(), 1u) << title;
    EXPECT_EQ(errors.list()[0].field, "signer.name");
    EXPECT_NE(errors.list()[0].reason.find("Người ký"), std::string::npos);
    EXPECT_NE(errors.list()[0].reason.find("không phải họ và tên"), std::string::npos);
  }
}

TEST(SignerBlock, RealNamesPass) {
  for (const char* name :
       {"Trần Văn Kiên", "Phạm Quang Huy", "Trương Phong Lan", "Nguyễn Văn Phong", "Phó Đức Phương",
        "Tạ Minh Tâm", "Lê Thị Bích Thu"}) {
    EXPECT_FALSE(LooksLikeTitle(name)) << name;
  }
}

TEST(SignerBlock, MissingPartsAreNamed) {
  EXPECT_EQ(Fields({"", SignerAuthority::kOwn, "", "CHỦ TỊCH", ""}),
            std::vector<std::string>{"signer.name"});
  EXPECT_EQ(Fields({"", SignerAuthority::kOwn, "", "CHỦ TỊCH", "Kiên"}),
            std::vector<std::string>{"signer.name"});
  EXPECT_EQ(Fields({"", SignerAuthority::kKt, "", "PHÓ CHỦ TỊCH", "Lê An"}),
            std::vector<std::string>{"signer.head"});
  EXPECT_EQ(Fields({"", SignerAuthority::kKt, "CHỦ TỊCH", "Chủ tịch", "Lê An"}),
            std::vector<std::string>{"signer.position"});
  EXPECT_EQ(Fields({"", SignerAuthority::kOwn, "", "", "Lê An"}),
            std::vector<std::string>{"signer.position"});
  EXPECT_EQ(ParseSignerAuthority("KT"), SignerAuthority::kKt);
  EXPECT_EQ(ParseSignerAuthority("TM"), SignerAuthority::kOwn);
  EXPECT_EQ(ParseSignerAuthority("XX"), std::nullopt);
}

}  // namespace
}  // namespace doithoai
