#include "domain/feed/csv.h"

#include <gtest/gtest.h>

namespace doithoai::feed {
namespace {

TEST(Csv, QuotesOnlyFieldsThatNeedIt) {
  EXPECT_EQ(CsvField("Sở Nội vụ"), "Sở Nội vụ");
  EXPECT_EQ(CsvField("vốn vay, việc làm"), "\"vốn vay, việc làm\"");
  EXPECT_EQ(CsvField("nói \"không\""), "\"nói \"\"không\"\"\"");
  EXPECT_EQ(CsvField("dòng 1\ndòng 2"), "\"dòng 1\ndòng 2\"");
  EXPECT_EQ(CsvField("a\rb"), "\"a\rb\"");
  EXPECT_EQ(CsvField(""), "");
}

TEST(Csv, StartsWithTheBomAndEndsEveryRowWithCrlf) {
  std::string csv = WriteCsv({{"a", "b"}, {"1", "x,y"}});
  EXPECT_EQ(csv,
            "\xEF\xBB\xBF"
            "a,b\r\n1,\"x,y\"\r\n");
  EXPECT_EQ(WriteCsv({}), std::string(kUtf8Bom));
}

// OWASP "CSV injection": a cell a spreadsheet would run as a formula is read as text.
TEST(Csv, NeutralisesEveryFormulaPrefix) {
  for (std::string_view bad : {"=1+1", "+84 912", "-2", "@SUM(A1)", "\tx", "\rx"}) {
    std::string safe = NeutraliseFormula(bad);
    EXPECT_EQ(safe, "'" + std::string(bad)) << bad;
  }
  EXPECT_EQ(NeutraliseFormula("Thanh niên = tương lai"), "Thanh niên = tương lai");
  EXPECT_EQ(NeutraliseFormula(""), "");
}

}  // namespace
}  // namespace doithoai::feed
