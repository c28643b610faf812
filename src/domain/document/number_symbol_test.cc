#include "domain/document/number_symbol.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

TEST(DocumentSymbol, EachFamilysSymbolIsAccepted) {
  for (const char* s :
       {"KH-UBND", "UBND-VX", "GDĐT-KT&KĐCL", "TT-BNV", "QH14", "CV/ĐU", "QĐ/TWĐTN-VP", "HD/VPTW",
        "QĐi/TW", "2014/TT-BNV", "TTLT/BLĐTBXH-TƯĐTNCSHCM", "QĐ-TTg"}) {
    EXPECT_TRUE(CheckDocumentSymbol(s).ok()) << s;
  }
}

TEST(DocumentSymbol, MalformedSymbolsAreRefusedWithTheField) {
  for (const char* s : {"", "TB VPCP", "/TB", "TB-", "TB//VPCP", "12-34", "TB;VP"}) {
    Status st = CheckDocumentSymbol(s);
    ASSERT_FALSE(st.ok()) << s;
    EXPECT_EQ(st.error().fields().front().field, "symbol") << s;
  }
}

TEST(DocumentNumberSymbol, ReadsEachFamilysForm) {
  auto admin = ParseDocumentNumberSymbol("36/KH-UBND");
  ASSERT_TRUE(admin.ok());
  EXPECT_EQ(admin->number, 36);
  EXPECT_EQ(admin->year, std::nullopt);
  EXPECT_EQ(admin->symbol, "KH-UBND");
  EXPECT_EQ(admin->joint, '/');

  auto legal = ParseDocumentNumberSymbol("18/2014/TT-BNV");
  ASSERT_TRUE(legal.ok());
  EXPECT_EQ(legal->number, 18);
  EXPECT_EQ(legal->year, 2014);
  EXPECT_EQ(legal->symbol, "TT-BNV");
  auto joint = ParseDocumentNumberSymbol("17/2003/TTLT/BLĐTBXH-TƯĐTNCSHCM");
  ASSERT_TRUE(joint.ok());
  EXPECT_EQ(joint->symbol, "TTLT/BLĐTBXH-TƯĐTNCSHCM");

  auto state_joint = ParseDocumentNumberSymbol("01/QCPH/UBND-UBMTTQ");
  ASSERT_TRUE(state_joint.ok()) << state_joint.error().message();
  EXPECT_EQ(state_joint->number, 1);
  EXPECT_EQ(state_joint->joint, '/');
  EXPECT_EQ(state_joint->year, std::nullopt);
  EXPECT_EQ(state_joint->symbol, "QCPH/UBND-UBMTTQ");

  auto party = ParseDocumentNumberSymbol("15-CV/ĐU");
  ASSERT_TRUE(party.ok());
  EXPECT_EQ(party->number, 15);
  EXPECT_EQ(party->symbol, "CV/ĐU");
  EXPECT_EQ(party->joint, '-');
  auto youth = ParseDocumentNumberSymbol("367-QĐ/TWĐTN-VP");
  ASSERT_TRUE(youth.ok());
  EXPECT_EQ(youth->symbol, "QĐ/TWĐTN-VP");

  auto draft = ParseDocumentNumberSymbol("/UBND-KSTTHC");
  ASSERT_TRUE(draft.ok());
  EXPECT_EQ(draft->number, std::nullopt);
}

TEST(DocumentNumberSymbol, RefusesFormsOfNoFamily) {
  for (const char* s : {"KH-UBND", "36 /KH-UBND", "36-KH-UBND", "36/KH/UBND", "0/KH-UBND",
                        "123456/KH-UBND", "36/", "15/CV/ĐU", "36/KH/UBND-MTTQ", "01/QCPH/UBND"}) {
    auto r = ParseDocumentNumberSymbol(s);
    ASSERT_FALSE(r.ok()) << s;
    EXPECT_EQ(r.error().fields().front().field, "number_symbol") << s;
  }
}

TEST(DocumentNumberSymbol, FormatsAndPicksTheJoint) {
  EXPECT_EQ(FormatDocumentNumberSymbol({36, std::nullopt, "KH-UBND", '/'}), "36/KH-UBND");
  EXPECT_EQ(FormatDocumentNumberSymbol({18, 2014, "TT-BNV", '/'}), "18/2014/TT-BNV");
  EXPECT_EQ(FormatDocumentNumberSymbol({15, std::nullopt, "CV/ĐU", '-'}), "15-CV/ĐU");
  EXPECT_EQ(FormatDocumentNumberSymbol({std::nullopt, std::nullopt, "UBND-VX", '/'}), "/UBND-VX");
  EXPECT_EQ(JointForSymbol("KH-UBND"), '/');
  EXPECT_EQ(JointForSymbol("CV/ĐU"), '-');
  EXPECT_EQ(JointForSymbol("2014/TT-BNV"), '/');
  EXPECT_EQ(JointForSymbol("QCPH/UBND-UBMTTQ"), '/');
}

}  // namespace
}  // namespace doithoai
