#include "documents/read/ocr_correction.h"

#include <gtest/gtest.h>

#include "documents/read/lexicon.h"

namespace doithoai::documents {
namespace {

TEST(Lexicon, KnowsSyllablesAndPairs) {
  EXPECT_TRUE(IsVietnameseSyllable("triển"));
  EXPECT_TRUE(IsVietnameseSyllable("tổ"));
  EXPECT_FALSE(IsVietnameseSyllable("ubnd"));
  EXPECT_FALSE(IsVietnameseSyllable("Tổ"));  // lower case only
  EXPECT_TRUE(IsKnownPair("phát", "triển"));
  EXPECT_FALSE(IsKnownPair("phát", "triến"));
  // Either placement of the tone of "oa".
  EXPECT_TRUE(IsVietnameseSyllable("hóa"));
  EXPECT_TRUE(IsVietnameseSyllable("hoá"));
  EXPECT_TRUE(IsKnownPair("văn", "hóa"));
}

TEST(Lexicon, SyllablesOneMarkAwayChangeOneVowelOnly) {
  std::vector<std::string> near = SyllablesOneMarkAway("tố");
  EXPECT_NE(std::find(near.begin(), near.end(), "tổ"), near.end());
  EXPECT_NE(std::find(near.begin(), near.end(), "tơ"), near.end());
  EXPECT_EQ(std::find(near.begin(), near.end(), "tố"), near.end());
  for (const std::string& s : SyllablesOneMarkAway("uỷ")) EXPECT_NE(s, "ủy");  // two letters
}

// The slips of the issue and of the corpus's scans (a hook above read as an acute at 150 dpi).
TEST(OcrCorrection, RestoresAMarkWhenTheNeighboursSaySo) {
  EXPECT_EQ(CorrectOcrText("KẾ HOẠCH PHÁT TRIẾN THANH NIÊN"), "KẾ HOẠCH PHÁT TRIỂN THANH NIÊN");
  EXPECT_EQ(CorrectOcrText("Tố chức thực hiện"), "Tổ chức thực hiện");
  EXPECT_EQ(CorrectOcrText("Sở Văn hóa, Thế thao và Du lịch"), "Sở Văn hóa, Thể thao và Du lịch");
  EXPECT_EQ(CorrectOcrText("các sở, ban, ngành, đoàn thế tỉnh"),
            "các sở, ban, ngành, đoàn thể tỉnh");
  // A line break between the two syllables is white space too.
  EXPECT_EQ(CorrectOcrText("công tác tố\nchức"), "công tác tổ\nchức");
  EXPECT_EQ(CorrectOcrText("THÀNH PHỐ ĐÀ NĂNG"), "THÀNH PHỐ ĐÀ NẴNG");  // a lost tilde
}

TEST(OcrCorrection, NeverChangesASyllableWithoutEvidence) {
  // "tố cáo" is a known pair: "tố" stays even though "tổ" is one mark away.
  EXPECT_EQ(CorrectOcrText("đơn tố cáo"), "đơn tố cáo");
  // No neighbour, no change, although "thể" and "thế" are both syllables.
  EXPECT_EQ(CorrectOcrText("thế"), "thế");
  // Punctuation breaks the pair: "hóa, Thế" gives no evidence about "hóa thể".
  EXPECT_EQ(CorrectOcrText("văn hóa, thế"), "văn hóa, thế");
  // Only the slips OCR makes: an acute is not added ("Văn" → "Vấn"), a grave not dropped.
  EXPECT_EQ(CorrectOcrText("Nhữ Văn Tâm"), "Nhữ Văn Tâm");
  EXPECT_EQ(CorrectOcrText("Đội Thiếu niên tiền phong"), "Đội Thiếu niên tiền phong");
  EXPECT_EQ(CorrectOcrText("CHẾ ĐỘ CHI TIÊU"), "CHẾ ĐỘ CHI TIÊU");
  // Names, abbreviations and symbols are left alone.
  EXPECT_EQ(CorrectOcrText("Số: 15-CV/ĐU ngày"), "Số: 15-CV/ĐU ngày");
  EXPECT_EQ(CorrectOcrText("UBND tỉnh Quảng Ninh"), "UBND tỉnh Quảng Ninh");
}

TEST(OcrCorrection, AWordThatIsNoSyllableTakesTheOnlyNearOne) {
  EXPECT_EQ(CorrectOcrText("nghiêp"), "nghiệp");  // one syllable one mark away
  EXPECT_EQ(CorrectOcrText("thưc hiện"), "thực hiện");
  // "tổq" is no syllable and nothing one mark away is either: unchanged (past the header).
  EXPECT_EQ(CorrectOcrText("chiếm dụng tổq"), "chiếm dụng tổq");
}

TEST(OcrCorrection, KeepsCaseAndLines) {
  EXPECT_EQ(CorrectOcrText("TỐ CHỨC\nTố chức\n\ntố chức"), "TỔ CHỨC\nTổ chức\n\ntổ chức");
  EXPECT_EQ(CorrectOcrText(""), "");
  EXPECT_EQ(CorrectOcrText("\n\n"), "\n\n");
}

TEST(OcrCorrection, EthIsĐAndADoubledĐInASymbolIsOne) {
  EXPECT_EQ(CorrectOcrText("Số: 33/QĐÐ-UBND"), "Số: 33/QĐ-UBND");
  EXPECT_EQ(CorrectOcrText("Số: 20-QĐ/HĐĐTW"), "Số: 20-QĐ/HĐĐTW");  // Hội đồng Đội
  EXPECT_EQ(CorrectOcrText("Công văn số 2928/LĐÐĐTBXH-BVCSTE"), "Công văn số 2928/LĐTBXH-BVCSTE");
  EXPECT_EQ(CorrectOcrText("xây dựng Ðảng"), "xây dựng Đảng");
}

TEST(OcrCorrection, LettersForDigitsInDates) {
  EXPECT_EQ(CorrectOcrText("Hà Nội, ngày 3l tháng O5 năm 2O23"),
            "Hà Nội, ngày 31 tháng 05 năm 2023");
  EXPECT_EQ(CorrectOcrText("ngày 22/3/2Ol1 của"), "ngày 22/3/2011 của");
  EXPECT_EQ(CorrectOcrText("trước ngày 13.l2.2007."), "trước ngày 13.12.2007.");
  // Not a valid day or month: unchanged; a word is not a number.
  EXPECT_EQ(CorrectOcrText("ngày 4l tháng"), "ngày 4l tháng");
  EXPECT_EQ(CorrectOcrText("tháng l3 năm"), "tháng l3 năm");
  EXPECT_EQ(CorrectOcrText("ngày lễ"), "ngày lễ");
  EXPECT_EQ(CorrectOcrText("năm lO"), "năm lO");  // no real digit
}

TEST(OcrCorrection, TheNumberLine) {
  EXPECT_EQ(CorrectOcrText("Sô: 3O/KH-UBND"), "Số: 30/KH-UBND");
  EXPECT_EQ(CorrectOcrText("Số: l2/QĐUBND"), "Số: 12/QĐ-UBND");
  EXPECT_EQ(CorrectOcrText("Số: 18/2O14/TT-BNV"), "Số: 18/2014/TT-BNV");
  EXPECT_EQ(CorrectOcrText("Số 3O-HD/VPTW"), "Số 30-HD/VPTW");
  // The symbol keeps its letters: "VXI" may be right.
  EXPECT_EQ(CorrectOcrText("Số: 847/UBND-VXI"), "Số: 847/UBND-VXI");
  // "Số" followed by a word is not the number line.
  EXPECT_EQ(CorrectOcrText("Số lượng: 3O"), "Số lượng: 3O");
  // An unknown run of capitals gets no hyphen.
  EXPECT_EQ(CorrectOcrText("Số: 12/BCĐ"), "Số: 12/BCĐ");
}

// Shapes seen on the tune scans: a rule of asterisks, a dash read as a tilde, I for 1 in a
// symbol, "Số" capitalised where a cited number wraps to the next line.
TEST(OcrCorrection, SeparatorsDashesAndCitedNumbers) {
  EXPECT_EQ(CorrectOcrText("TỈNH\n*k»*k*+k*+***k*k\nCỘNG HÒA"), "TỈNH\n****************\nCỘNG HÒA");
  EXPECT_EQ(CorrectOcrText("a * b * c * dài hơn nhiều chữ"), "a * b * c * dài hơn nhiều chữ");
  EXPECT_EQ(CorrectOcrText("Đài Phát thanh ~ Truyền hình\n~ Kịp thời"),
            "Đài Phát thanh - Truyền hình\n- Kịp thời");
  EXPECT_EQ(CorrectOcrText("Nghị quyết 545/2007/NQ-UBTVQHI2 ngày"),
            "Nghị quyết 545/2007/NQ-UBTVQH12 ngày");
  EXPECT_EQ(CorrectOcrText("Số: 07-QĐI/TW"), "Số: 07-QĐI/TW");
  EXPECT_EQ(CorrectOcrText("phản ánh; Nghị định\nSố 43/2011/NĐ-CP ngày"),
            "phản ánh; Nghị định\nsố 43/2011/NĐ-CP ngày");
  // A number line after a header line stays.
  EXPECT_EQ(CorrectOcrText("TỈNH BẮC NINH\nSố 43/KH-UBND"), "TỈNH BẮC NINH\nSố 43/KH-UBND");
}

TEST(OcrCorrection, SpecksInTheHeaderAreEmptied) {
  EXPECT_EQ(CorrectOcrText("SỞ GIÁO DỤC VÀ ĐÀO TẠO\n¿»uyên\nCỘNG HOÀ\nKo bubuáu án\nSố: 2865"),
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HOÀ\n\nSố: 2865");
  // A portal's bullet, English, an abbreviation, a short real line: kept.
  const char* kept = "* Tóm tắt\ndownload\nUBND TP\nKính gửi:\nTp.Hồ Chí Minh";
  EXPECT_EQ(CorrectOcrText(kept), kept);
  // Past the header, nothing is emptied.
  std::string long_page(20, '\n');
  long_page += "Ko bubuáu án";
  EXPECT_EQ(CorrectOcrText(long_page), long_page);
}

TEST(OcrCorrection, AHornAddedByOcrGoesWhenTheNameSaysSo) {
  EXPECT_EQ(CorrectOcrText("TỈNH BÀ RỊA - VỮNG TÀU"), "TỈNH BÀ RỊA - VŨNG TÀU");
  EXPECT_EQ(CorrectOcrText("giữ vững an ninh"), "giữ vững an ninh");
}

TEST(OcrCorrection, AYearPastTheLatestTakesTheYearThePageWrites) {
  OcrCorrectionOptions options;
  options.latest_year = 2027;
  EXPECT_EQ(CorrectOcrText("Kế hoạch năm 2023\nngày 5 tháng 1 năm 2028", options),
            "Kế hoạch năm 2023\nngày 5 tháng 1 năm 2023");
  EXPECT_EQ(CorrectOcrText("đến năm 2030\nngày 5/1/2039", {.latest_year = 2031}),
            "đến năm 2030\nngày 5/1/2030");
  // Unknown latest year, or a year that could be right: unchanged.
  EXPECT_EQ(CorrectOcrText("đến năm 2030\nngày 5 tháng 1 năm 2039"),
            "đến năm 2030\nngày 5 tháng 1 năm 2039");
  EXPECT_EQ(CorrectOcrText("năm 2010\nngày 5 tháng 1 năm 2019", options),
            "năm 2010\nngày 5 tháng 1 năm 2019");
}

}  // namespace
}  // namespace doithoai::documents
