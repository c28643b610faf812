#include "documents/render/docx_renderer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <regex>

#include "documents/render/page_layout.h"
#include "documents/render/render_samples.h"
#include "documents/render/render_test_support.h"

namespace doithoai::documents {
namespace {

using test_support::CollapseSpaces;
using test_support::HasTool;
using test_support::RunCommand;
using test_support::ScratchDir;
using test_support::ZipEntry;

#define EXPECT_HAS(text, needle) \
  EXPECT_NE((text).find(needle), std::string::npos) << "missing: " << (needle)

std::string RenderOk(const Result<OfficialDocument>& doc) {
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().message());
  if (!doc.ok()) return {};
  Result<std::string> docx = RenderDocx(*doc);
  EXPECT_TRUE(docx.ok()) << (docx.ok() ? "" : docx.error().message());
  return docx.ok() ? *docx : std::string();
}

// Parses one part of the package.
pugi::xml_document Part(const std::string& docx, const std::string& name) {
  pugi::xml_document xml;
  std::optional<std::string> part = ZipEntry(docx, name);
  EXPECT_TRUE(part.has_value()) << name << " missing";
  if (part) {
    EXPECT_TRUE(xml.load_string(part->c_str())) << name << " is not XML";
  }
  return xml;
}

int IntAttr(pugi::xml_node node, const char* name) { return node.attribute(name).as_int(-1); }

// All the text of the runs under `node`, paragraphs separated by newlines.
std::string Text(pugi::xml_node node) {
  std::string out;
  for (pugi::xpath_node p : node.select_nodes(".//w:p")) {
    for (pugi::xpath_node t : p.node().select_nodes(".//w:t")) out += t.node().text().get();
    out += "\n";
  }
  return out;
}

class DocxPackage : public ::testing::Test {
 protected:
  std::string docx_ = RenderOk(BuildConclusionNotice(samples::ConclusionNotice()));
};

// Every part an Office reader needs is there and is well-formed XML.
TEST_F(DocxPackage, HasTheWordprocessingParts) {
  for (const char* name : {"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                           "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                           "word/header1.xml", "word/header2.xml", "docProps/core.xml"}) {
    pugi::xml_document xml = Part(docx_, name);
    EXPECT_TRUE(xml.first_child()) << name;
  }
}

// Appendix I: A4; margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm (in twips,
// 1 mm = 56.7 twips); page numbers from page 2 only (different first page).
TEST_F(DocxPackage, PageIsA4WithDecree30Margins) {
  pugi::xml_document doc = Part(docx_, "word/document.xml");
  pugi::xml_node sect = doc.select_node("//w:body/w:sectPr").node();
  ASSERT_TRUE(sect);
  EXPECT_EQ(IntAttr(sect.child("w:pgSz"), "w:w"), 11906);
  EXPECT_EQ(IntAttr(sect.child("w:pgSz"), "w:h"), 16838);
  pugi::xml_node mar = sect.child("w:pgMar");
  auto in_mm = [&](const char* side, double lo, double hi) {
    const int twips = IntAttr(mar, side);
    EXPECT_GE(twips, layout::MmToTwips(lo)) << side;
    EXPECT_LE(twips, layout::MmToTwips(hi)) << side;
  };
  in_mm("w:top", 20, 25);
  in_mm("w:bottom", 20, 25);
  in_mm("w:left", 30, 35);
  in_mm("w:right", 15, 20);
  EXPECT_TRUE(sect.child("w:titlePg"));
  EXPECT_TRUE(sect.select_node("w:headerReference[@w:type='default']"));
  EXPECT_TRUE(sect.select_node("w:headerReference[@w:type='first']"));
  pugi::xml_document header = Part(docx_, "word/header1.xml");
  pugi::xml_node field = header.select_node("//w:fldSimple").node();
  EXPECT_THAT(field.attribute("w:instr").value(), ::testing::HasSubstr("PAGE"));
  EXPECT_STREQ(header.select_node("//w:jc").node().attribute("w:val").value(), "center");
  EXPECT_FALSE(Part(docx_, "word/header2.xml").select_node("//w:fldSimple"));
}

// Times New Roman 13–14 pt throughout (sizes are in half-points).
TEST_F(DocxPackage, TimesNewRomanFourteenPoint) {
  pugi::xml_document styles = Part(docx_, "word/styles.xml");
  pugi::xml_node fonts = styles.select_node("//w:docDefaults//w:rFonts").node();
  for (const char* script : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"}) {
    EXPECT_STREQ(fonts.attribute(script).value(), "Times New Roman") << script;
  }
  EXPECT_EQ(IntAttr(styles.select_node("//w:docDefaults//w:sz").node(), "w:val"), 28);
  pugi::xml_document doc = Part(docx_, "word/document.xml");
  // The body paragraphs: justified, first-line indent 1–1.27 cm, at least 6 pt after.
  int body = 0;
  for (pugi::xpath_node p : doc.select_nodes("/w:document/w:body/w:p[w:pPr/w:jc/@w:val='both']")) {
    pugi::xml_node ppr = p.node().child("w:pPr");
    EXPECT_GE(IntAttr(ppr.child("w:ind"), "w:firstLine"), layout::MmToTwips(10));
    EXPECT_LE(IntAttr(ppr.child("w:ind"), "w:firstLine"), layout::MmToTwips(12.7));
    EXPECT_GE(IntAttr(ppr.child("w:spacing"), "w:after"), 120);
    const int size = IntAttr(ppr.select_node("w:rPr/w:sz").node(), "w:val");
    EXPECT_TRUE(size == 26 || size == 28) << size;
    ++body;
  }
  EXPECT_GT(body, 10);
}

// The header table: borderless, two columns; left the bodies (issuer bold), right the national
// title (bold, 12–13 pt) and motto (bold, 13–14 pt); the number level with the italic date.
TEST_F(DocxPackage, TwoColumnHeader) {
  pugi::xml_document doc = Part(docx_, "word/document.xml");
  pugi::xml_node table = doc.select_node("/w:document/w:body/w:tbl").node();
  ASSERT_TRUE(table);
  EXPECT_STREQ(table.select_node("w:tblPr/w:tblBorders/w:top").node().attribute("w:val").value(),
               "nil");
  EXPECT_EQ(table.select_nodes("w:tblGrid/w:gridCol").size(), 2u);
  auto run_with = [&](const std::string& text) {
    for (pugi::xpath_node r : table.select_nodes(".//w:r")) {
      std::string run_text;
      for (pugi::xml_node t : r.node().children("w:t")) run_text += t.text().get();
      if (run_text.find(text) != std::string::npos) return r.node();
    }
    ADD_FAILURE() << "no run with " << text;
    return pugi::xml_node();
  };
  pugi::xml_node national = run_with("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_TRUE(national.select_node("w:rPr/w:b"));
  const int national_size = IntAttr(national.select_node("w:rPr/w:sz").node(), "w:val");
  EXPECT_TRUE(national_size == 24 || national_size == 26);
  pugi::xml_node motto = run_with("Độc lập - Tự do - Hạnh phúc");
  EXPECT_TRUE(motto.select_node("w:rPr/w:b"));
  EXPECT_TRUE(run_with("VĂN PHÒNG").select_node("w:rPr/w:b"));
  EXPECT_FALSE(run_with("ỦY BAN NHÂN DÂN").select_node("w:rPr/w:b"));
  EXPECT_TRUE(run_with("Hưng Yên, ngày 02 tháng 4 năm 2025").select_node("w:rPr/w:i"));
  EXPECT_TRUE(run_with("Số: 18/TB-VP"));
  // The rules under the issuing body and the motto are paragraph borders.
  EXPECT_EQ(table.select_nodes(".//w:pBdr/w:top").size(), 2u);
}

// "Nơi nhận:" bold italic 12 pt, its lines 11 pt, "- Lưu: VT, …." last.
TEST_F(DocxPackage, CopiesBlock) {
  pugi::xml_document doc = Part(docx_, "word/document.xml");
  pugi::xpath_node head = doc.select_node("//w:r[w:t='Nơi nhận:']");
  ASSERT_TRUE(head);
  EXPECT_TRUE(head.node().select_node("w:rPr/w:b"));
  EXPECT_TRUE(head.node().select_node("w:rPr/w:i"));
  EXPECT_EQ(IntAttr(head.node().select_node("w:rPr/w:sz").node(), "w:val"), 24);
  pugi::xpath_node archive = doc.select_node("//w:r[w:t='- Lưu: VT, VX.']");
  ASSERT_TRUE(archive);
  EXPECT_EQ(IntAttr(archive.node().select_node("w:rPr/w:sz").node(), "w:val"), 22);
}

TEST_F(DocxPackage, VietnameseTextInTheXml) {
  const std::string text = Text(Part(docx_, "word/document.xml"));
  EXPECT_HAS(text, samples::kDiacriticSentence);
  EXPECT_HAS(text, "THÔNG BÁO\n");
  EXPECT_HAS(text, "Trần Thị Hồng Nhung");
}

// Every builder's document renders, and its XML holds its type, number and signer.
TEST(RenderDocx, EveryBuilder) {
  struct Case {
    Result<OfficialDocument> doc;
    std::vector<std::string> expected;
  };
  Case cases[] = {
      {BuildDialoguePlan(samples::DialoguePlan()),
       {"KẾ HOẠCH", "Số: 36/KH-UBND", "Nguyễn Minh Đức"}},
      {BuildConclusionNotice(samples::ConclusionNotice()), {"THÔNG BÁO", "Số: 18/TB-VP"}},
      {BuildRelayLetter(samples::RelayLetter()), {"V/v triển khai thực hiện", "- Như trên;"}},
      {BuildCompiledAnswers(samples::CompiledAnswers()),
       {"BÁO CÁO", "Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên.", "Lê Văn Hùng"}},
  };
  for (Case& c : cases) {
    const std::string docx = RenderOk(c.doc);
    const std::string text = Text(Part(docx, "word/document.xml"));
    for (const std::string& e : c.expected) EXPECT_HAS(text, e);
  }
}

// Issue 13: the Party's header (Hướng dẫn 36-HD/VPTW) in the header table — the issuer with a
// star under it, "ĐẢNG CỘNG SẢN VIỆT NAM" with no motto, "Số 15-CV/ĐU" — and its signature
// block, each line its own paragraph, the name last.
TEST(RenderDocx, PartyRelayLetterHeaderAndSigner) {
  const std::string docx = RenderOk(BuildRelayLetter(samples::PartyRelayLetter()));
  ASSERT_FALSE(docx.empty());
  pugi::xml_document xml = Part(docx, "word/document.xml");
  const std::string text = Text(xml);
  EXPECT_HAS(text, "ĐẢNG BỘ TỈNH HƯNG YÊN\n");
  EXPECT_HAS(text, "ĐẢNG ỦY PHƯỜNG PHỐ HIẾN\n*\n");
  EXPECT_HAS(text, "ĐẢNG CỘNG SẢN VIỆT NAM\n");
  EXPECT_HAS(text, "Số 15-CV/ĐU");
  EXPECT_EQ(text.find("Độc lập - Tự do - Hạnh phúc"), std::string::npos);
  EXPECT_EQ(text.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), std::string::npos);
  EXPECT_HAS(text, "T/M BAN THƯỜNG VỤ\nK/T BÍ THƯ\nPHÓ BÍ THƯ\n");
  EXPECT_HAS(text, "\nTrần Thị Hòa\n");
  EXPECT_TRUE(xml.select_node("//w:r[w:t='- Ban Thường vụ Tỉnh ủy Hưng Yên (để báo cáo);']"));
  EXPECT_TRUE(xml.select_node("//w:r[w:t='- Lưu: VT.']"));
}

TEST(RenderDocx, RefusesADocumentWithoutIssuerOrType) {
  Result<OfficialDocument> doc = BuildDialoguePlan(samples::DialoguePlan());
  ASSERT_TRUE(doc.ok());
  doc->issuer.clear();
  doc->type_name.clear();
  Result<std::string> docx = RenderDocx(*doc);
  ASSERT_FALSE(docx.ok());
  EXPECT_EQ(docx.error().code(), ErrorCode::kInvalid);
  std::vector<std::string> fields;
  for (const FieldError& f : docx.error().fields()) fields.push_back(f.field);
  EXPECT_THAT(fields, ::testing::UnorderedElementsAre("issuer", "type_name"));
}

// C8: a real reader opens the DOCX. LibreOffice converts two documents (one start-up, its own
// profile so parallel test runs do not clash) to PDF; poppler reads the text back.
TEST(DocxReadBack, LibreOfficeOpensAndLaysOutTheDocuments) {
  if (!HasTool("libreoffice") || !HasTool("pdftotext") || !HasTool("pdfinfo")) {
    GTEST_SKIP() << "libreoffice or poppler-utils not installed";
  }
  ScratchDir dir("docx");
  const std::string tb =
      dir.Write("tb.docx", RenderOk(BuildConclusionNotice(samples::ConclusionNotice())));
  const std::string cv = dir.Write("cv.docx", RenderOk(BuildRelayLetter(samples::RelayLetter())));
  const std::string d = dir.path().string();
  const test_support::CommandOutput converted =
      RunCommand("cd '" + d +
                 "' && timeout 180 libreoffice --headless --norestore "
                 "-env:UserInstallation=file://" +
                 d + "/profile --convert-to pdf --outdir '" + d + "' tb.docx cv.docx");
  ASSERT_EQ(converted.exit_code, 0);
  ASSERT_TRUE(std::filesystem::exists(dir.path() / "tb.pdf"));
  ASSERT_TRUE(std::filesystem::exists(dir.path() / "cv.pdf"));

  const std::string info = RunCommand("pdfinfo '" + d + "/tb.pdf'").out;
  EXPECT_TRUE(std::regex_search(info, std::regex("Page size: +595\\.[0-9]+ x 841\\.[0-9]+ pts")))
      << info;
  std::smatch pages;
  ASSERT_TRUE(std::regex_search(info, pages, std::regex("Pages: +([0-9]+)")));
  ASSERT_GE(std::stoi(pages[1]), 2);
  const std::string tb_text =
      CollapseSpaces(RunCommand("pdftotext -layout -enc UTF-8 '" + d + "/tb.pdf' -").out);
  EXPECT_HAS(tb_text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_HAS(tb_text, "Độc lập - Tự do - Hạnh phúc");
  EXPECT_HAS(tb_text, "VĂN PHÒNG");
  EXPECT_HAS(tb_text, "Số: 18/TB-VP");
  EXPECT_HAS(tb_text, "Hưng Yên, ngày 02 tháng 4 năm 2025");
  EXPECT_HAS(tb_text, "THÔNG BÁO");
  EXPECT_HAS(tb_text, "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh");
  EXPECT_HAS(tb_text, samples::kDiacriticSentence);
  EXPECT_HAS(tb_text, "PHÓ CHÁNH VĂN PHÒNG");
  EXPECT_HAS(tb_text, "Trần Thị Hồng Nhung");
  EXPECT_HAS(tb_text, "- Lưu: VT, VX.");
  // The PAGE field prints from page 2 only.
  const std::string page1 =
      CollapseSpaces(RunCommand("pdftotext -layout -f 1 -l 1 '" + d + "/tb.pdf' -").out);
  const std::string page2 =
      CollapseSpaces(RunCommand("pdftotext -layout -f 2 -l 2 '" + d + "/tb.pdf' -").out);
  EXPECT_THAT(page1, ::testing::Not(::testing::StartsWith("1 ")));
  EXPECT_THAT(page2, ::testing::StartsWith("2 "));

  const std::string cv_text =
      CollapseSpaces(RunCommand("pdftotext -layout -enc UTF-8 '" + d + "/cv.pdf' -").out);
  EXPECT_HAS(cv_text, "/UBND-VX");
  EXPECT_HAS(cv_text, "V/v triển khai thực hiện Kết luận");
  EXPECT_HAS(cv_text, "Kính gửi:");
  EXPECT_HAS(cv_text, "- Ủy ban nhân dân các xã, phường.");
  EXPECT_HAS(cv_text, "2. Đề nghị Tỉnh đoàn Hưng Yên");
  EXPECT_HAS(cv_text, samples::kDiacriticSentence);
  EXPECT_HAS(cv_text, "- Như trên;");
  EXPECT_HAS(cv_text, "Nguyễn Minh Đức");
}

}  // namespace
}  // namespace doithoai::documents
