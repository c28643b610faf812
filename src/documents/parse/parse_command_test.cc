#include "documents/parse/parse_command.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "documents/parse/parse_document.h"
#include "documents/parse/test_data.h"
#include "documents/read/scan_fixture.h"
#include "documents/render/conclusion_notice.h"
#include "documents/render/docx_renderer.h"
#include "documents/render/pdf_renderer.h"
#include "documents/render/render_samples.h"

namespace doithoai::documents {
namespace {

namespace fs = std::filesystem;

class ParseCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("doithoai_parse_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  fs::path dir_;
  std::ostringstream out_, err_;
};

TEST_F(ParseCommandTest, PrintsPrettyUtf8Json) {
  std::string file = Write("seed.txt", testing::ReadDataFile("000_15e96eaa1592d711.txt"));
  ASSERT_EQ(RunParseCommand(file, out_, err_), 0) << err_.str();
  EXPECT_TRUE(err_.str().empty());
  std::string json = out_.str();
  EXPECT_NE(json.find("\n  \"type\": \"Công văn\","), std::string::npos);  // indented, not \u
  EXPECT_EQ(json.find("\\u"), std::string::npos);
  nlohmann::json parsed = nlohmann::json::parse(json);
  EXPECT_EQ(parsed["signer"]["name"], "Lê Khắc Nam");
}

TEST_F(ParseCommandTest, MissingFile) {
  EXPECT_EQ(RunParseCommand((dir_ / "none.txt").string(), out_, err_), 2);
  EXPECT_TRUE(out_.str().empty());
  EXPECT_NE(err_.str().find("lỗi:"), std::string::npos);
  EXPECT_EQ(RunParseCommand(dir_.string(), out_, err_), 2);  // a directory
}

TEST_F(ParseCommandTest, BadInputNamesTheField) {
  std::string file = Write("empty.txt", "");
  EXPECT_EQ(RunParseCommand(file, out_, err_), 1);
  EXPECT_NE(err_.str().find("  - file: Tệp rỗng"), std::string::npos) << err_.str();
}

// The size limit applies before the file is read: a sparse 100 MB file is refused at once.
TEST_F(ParseCommandTest, RefusesAFileOverTheLimitWithoutReadingIt) {
  fs::path p = dir_ / "huge.txt";
  std::ofstream(p).close();
  fs::resize_file(p, 100u * 1024 * 1024);
  EXPECT_EQ(RunParseCommand(p.string(), out_, err_), 1);
  EXPECT_NE(err_.str().find("quá lớn"), std::string::npos) << err_.str();
}

// A PDF, a DOCX and a scan print the same fields, and "source" says how each was read.
TEST_F(ParseCommandTest, ReadsPdfDocxAndScans) {
  OfficialDocument sample = *BuildConclusionNotice(samples::ConclusionNotice());
  std::string pdf = *RenderPdf(sample);
  struct Form {
    std::string name, bytes, kind;
  };
  for (const Form& form :
       {Form{"thong-bao.pdf", pdf, "pdf_text"}, Form{"thong-bao.docx", *RenderDocx(sample), "docx"},
        Form{"scan.pdf", scan_fixture::ScannedPdf(pdf), "pdf_scan"}}) {
    out_.str("");
    ASSERT_EQ(RunParseCommand(Write(form.name, form.bytes), out_, err_), 0) << err_.str();
    nlohmann::json parsed = nlohmann::json::parse(out_.str());
    EXPECT_EQ(parsed["number_symbol"], NumberSymbol(sample)) << form.name;
    EXPECT_EQ(parsed["source"]["kind"], form.kind);
    EXPECT_EQ(parsed["source"]["pages"], form.kind == "pdf_text" ? 2 : 1);
    EXPECT_EQ(parsed["source"]["partial"], false);
    EXPECT_TRUE(parsed["source"]["warnings"].empty());
    EXPECT_GT(parsed["source"]["confidence"].get<double>(), 0.7);
  }
}

TEST_F(ParseCommandTest, HtmlSavedAsPdfIsRefused) {
  std::string file = Write("van-ban.pdf", "<!DOCTYPE html><html><body>Số: 12/UBND</body></html>");
  EXPECT_EQ(RunParseCommand(file, out_, err_), 1);
  EXPECT_NE(err_.str().find("  - file: Tệp có đuôi .pdf nhưng thực chất là một trang web (HTML)"),
            std::string::npos)
      << err_.str();
}

}  // namespace
}  // namespace doithoai::documents
