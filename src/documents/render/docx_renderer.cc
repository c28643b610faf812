#include "documents/render/docx_renderer.h"

#include <algorithm>
#include <numeric>
#include <pugixml.hpp>
#include <sstream>
#include <string_view>

#include "documents/render/page_layout.h"
#include "documents/render/zip_writer.h"

namespace doithoai::documents {
namespace {

namespace L = layout;

constexpr char kWordNs[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr char kRelNs[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

constexpr int kTextWidthTwips =
    L::MmToTwips(L::kPageWidthMm - L::kMarginLeftMm - L::kMarginRightMm);
constexpr int kHeaderLeftTwips = L::MmToTwips(L::kHeaderLeftColumnMm);
constexpr int kHeaderRightTwips = kTextWidthTwips - kHeaderLeftTwips;
constexpr int kCellMarginTwips = 57;  // 1 mm either side inside the header and signature cells
constexpr int kFirstLineTwips = L::MmToTwips(L::kFirstLineIndentMm);

enum class Align { kLeft, kCenter, kRight, kBoth };

// How one paragraph looks. Sizes in points; indents and spacing in twips.
struct Style {
  Align align = Align::kBoth;
  double size_pt = L::kBodyPt;
  bool bold = false;
  bool italic = false;
  int first_line = 0;
  int left = 0;
  int right = 0;
  int before = 0;
  int after = 0;
  bool keep_next = false;
  bool page_break_before = false;
  bool rule_above = false;  // a paragraph border: the short rules of the header and summary
};

Style Body() {
  Style s;
  s.first_line = kFirstLineTwips;
  s.after = L::PtToTwips(L::kParagraphAfterPt);
  return s;
}

Style Centered(double size_pt, bool bold = false, bool italic = false) {
  Style s;
  s.align = Align::kCenter;
  s.size_pt = size_pt;
  s.bold = bold;
  s.italic = italic;
  return s;
}

const char* AlignName(Align a) {
  switch (a) {
    case Align::kLeft:
      return "left";
    case Align::kCenter:
      return "center";
    case Align::kRight:
      return "right";
    case Align::kBoth:
      return "both";
  }
  return "both";
}

void Val(pugi::xml_node node, const char* name, const std::string& value) {
  node.append_child(name).append_attribute("w:val") = value.c_str();
}

void RunProperties(pugi::xml_node rpr, const Style& style) {
  if (style.bold) {
    rpr.append_child("w:b");
    rpr.append_child("w:bCs");
  }
  if (style.italic) {
    rpr.append_child("w:i");
    rpr.append_child("w:iCs");
  }
  const std::string size = std::to_string(L::PtToHalfPoints(style.size_pt));
  Val(rpr, "w:sz", size);
  Val(rpr, "w:szCs", size);
}

// A thin black paragraph border on `side` ("w:top"…).
void RuleBorder(pugi::xml_node ppr, const char* side) {
  pugi::xml_node border = ppr.append_child("w:pBdr").append_child(side);
  border.append_attribute("w:val") = "single";
  border.append_attribute("w:sz") = "6";
  border.append_attribute("w:space") = "1";
  border.append_attribute("w:color") = "000000";
}

void ParagraphProperties(pugi::xml_node ppr, const Style& style) {
  if (style.keep_next) ppr.append_child("w:keepNext");
  if (style.page_break_before) ppr.append_child("w:pageBreakBefore");
  if (style.rule_above) RuleBorder(ppr, "w:top");
  pugi::xml_node spacing = ppr.append_child("w:spacing");
  spacing.append_attribute("w:before") = style.before;
  spacing.append_attribute("w:after") = style.after;
  spacing.append_attribute("w:line") = 240;
  spacing.append_attribute("w:lineRule") = "auto";
  if (style.first_line != 0 || style.left != 0 || style.right != 0) {
    pugi::xml_node ind = ppr.append_child("w:ind");
    ind.append_attribute("w:left") = style.left;
    ind.append_attribute("w:right") = style.right;
    if (style.first_line != 0) ind.append_attribute("w:firstLine") = style.first_line;
  }
  Val(ppr, "w:jc", AlignName(style.align));
  RunProperties(ppr.append_child("w:rPr"), style);
}

// Appends one paragraph; '\n' in `text` becomes a line break within it.
void Paragraph(pugi::xml_node parent, const std::string& text, const Style& style) {
  pugi::xml_node p = parent.append_child("w:p");
  ParagraphProperties(p.append_child("w:pPr"), style);
  if (text.empty()) return;
  pugi::xml_node r = p.append_child("w:r");
  RunProperties(r.append_child("w:rPr"), style);
  const std::string clean = PrintableText(text);
  size_t start = 0;
  while (true) {
    const size_t nl = clean.find('\n', start);
    const std::string line = clean.substr(start, nl == std::string::npos ? nl : nl - start);
    pugi::xml_node t = r.append_child("w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text().set(line.c_str());
    if (nl == std::string::npos) break;
    r.append_child("w:br");
    start = nl + 1;
  }
}

// A short rule of `width` twips centred in a column of `column` twips: an empty, one-point
// paragraph whose top border is narrowed by indents.
void ShortRule(pugi::xml_node parent, int column, int width) {
  Style s = Centered(1);
  s.rule_above = true;
  s.left = std::max(0, (column - width) / 2);
  s.right = s.left;
  Paragraph(parent, "", s);
}

// Rough width of upper-case bold text in twips, for the length of a rule under it (a rule
// need not match the text exactly; Appendix I asks for one-third to one-half of the line).
int EstimatedWidth(std::string_view text, double size_pt) {
  size_t longest = 0, current = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      current = 0;
      continue;
    }
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      longest = std::max(longest, ++current);
  }
  return static_cast<int>(longest * size_pt * 0.68 * 20);
}

pugi::xml_node TableNode(pugi::xml_node parent, const std::vector<int>& widths, bool borders,
                         int cell_margin) {
  pugi::xml_node tbl = parent.append_child("w:tbl");
  pugi::xml_node pr = tbl.append_child("w:tblPr");
  pugi::xml_node w = pr.append_child("w:tblW");
  w.append_attribute("w:w") = std::accumulate(widths.begin(), widths.end(), 0);
  w.append_attribute("w:type") = "dxa";
  Val(pr, "w:jc", "center");
  pugi::xml_node b = pr.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    pugi::xml_node e = b.append_child(side);
    e.append_attribute("w:val") = borders ? "single" : "nil";
    if (borders) {
      e.append_attribute("w:sz") = "4";
      e.append_attribute("w:space") = "0";
      e.append_attribute("w:color") = "000000";
    }
  }
  pr.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
  pugi::xml_node margins = pr.append_child("w:tblCellMar");
  for (const char* side : {"w:left", "w:right"}) {
    pugi::xml_node m = margins.append_child(side);
    m.append_attribute("w:w") = cell_margin;
    m.append_attribute("w:type") = "dxa";
  }
  pugi::xml_node grid = tbl.append_child("w:tblGrid");
  for (int width : widths) grid.append_child("w:gridCol").append_attribute("w:w") = width;
  return tbl;
}

pugi::xml_node Cell(pugi::xml_node row, int width) {
  pugi::xml_node tc = row.append_child("w:tc");
  pugi::xml_node w = tc.append_child("w:tcPr").append_child("w:tcW");
  w.append_attribute("w:w") = width;
  w.append_attribute("w:type") = "dxa";
  return tc;
}

// The two-column header of Appendix I as a borderless two-row table: names and titles, then
// the number (and a công văn's "V/v") level with the place and date.
void Header(pugi::xml_node body, const OfficialDocument& doc) {
  pugi::xml_node tbl =
      TableNode(body, {kHeaderLeftTwips, kHeaderRightTwips}, /*borders=*/false, kCellMarginTwips);
  const int left_inner = kHeaderLeftTwips - 2 * kCellMarginTwips;
  const int right_inner = kHeaderRightTwips - 2 * kCellMarginTwips;

  pugi::xml_node row1 = tbl.append_child("w:tr");
  pugi::xml_node left = Cell(row1, kHeaderLeftTwips);
  if (!doc.parent_issuer.empty()) {
    Paragraph(left, ToUpperVietnamese(doc.parent_issuer), Centered(L::kIssuerPt));
  }
  const std::string issuer = ToUpperVietnamese(doc.issuer);
  Paragraph(left, issuer, Centered(L::kIssuerPt, /*bold=*/true));
  if (doc.header.mark.empty()) {
    ShortRule(left, left_inner, std::min(left_inner, EstimatedWidth(issuer, L::kIssuerPt) * 2 / 5));
  } else {
    Paragraph(left, doc.header.mark, Centered(L::kIssuerPt));  // HD 36: "*" under the issuer
  }
  pugi::xml_node right = Cell(row1, kHeaderRightTwips);
  Paragraph(right, doc.header.title, Centered(L::kNationalTitlePt, true));
  if (!doc.header.motto.empty()) {
    Paragraph(right, doc.header.motto, Centered(L::kMottoPt, true));
    ShortRule(right, right_inner, L::PtToTwips(172));  // the motto's width at 13 pt bold
  } else {
    // The Party's and the Youth Union's heading is underlined over its own width.
    ShortRule(right, right_inner,
              std::min(right_inner, EstimatedWidth(doc.header.title, L::kNationalTitlePt)));
  }

  pugi::xml_node row2 = tbl.append_child("w:tr");
  left = Cell(row2, kHeaderLeftTwips);
  Style number = Centered(L::kNumberPt);
  number.before = L::PtToTwips(4);
  Paragraph(left, NumberLine(doc), number);
  if (doc.letter) Paragraph(left, "V/v " + doc.summary, Centered(L::kSubjectPt));
  right = Cell(row2, kHeaderRightTwips);
  Style place_date = Centered(L::kPlaceDatePt, false, /*italic=*/true);
  place_date.before = L::PtToTwips(4);
  Paragraph(right, PlaceDateLine(doc), place_date);
}

void Title(pugi::xml_node body, const OfficialDocument& doc) {
  if (doc.letter) return;
  Style type = Centered(L::kTitlePt, true);
  type.before = L::PtToTwips(18);
  type.keep_next = true;
  Paragraph(body, ToUpperVietnamese(doc.type_name), type);
  Style summary = Centered(L::kTitlePt, true);
  summary.keep_next = true;
  Paragraph(body, doc.summary, summary);
  ShortRule(body, kTextWidthTwips, L::MmToTwips(40));
}

void Addressed(pugi::xml_node body, const OfficialDocument& doc) {
  if (doc.addressed.empty()) return;
  Style s;
  s.align = Align::kLeft;
  s.before = L::PtToTwips(12);
  s.left = L::MmToTwips(25);
  const std::vector<std::string> lines = AddressedLines(doc);
  if (doc.addressed.size() == 1) {
    s.after = L::PtToTwips(12);
    Paragraph(body, lines[0], s);
    return;
  }
  Paragraph(body, "Kính gửi:", s);
  s.before = 0;
  s.left = L::MmToTwips(45);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i + 1 == lines.size()) s.after = L::PtToTwips(12);
    Paragraph(body, lines[i], s);
  }
}

std::vector<int> ColumnWidths(const Table& table) {
  std::vector<double> weights = table.column_weights;
  if (weights.empty()) weights.assign(table.columns.size(), 1.0);
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<int> widths;
  for (double w : weights) widths.push_back(static_cast<int>(kTextWidthTwips * w / total));
  return widths;
}

void TableBlock(pugi::xml_node body, const Table& table) {
  const std::vector<int> widths = ColumnWidths(table);
  pugi::xml_node tbl = TableNode(body, widths, /*borders=*/true, 80);
  auto add_row = [&](const std::vector<std::string>& cells, bool header) {
    pugi::xml_node tr = tbl.append_child("w:tr");
    pugi::xml_node trpr = tr.append_child("w:trPr");
    if (header) trpr.append_child("w:tblHeader");
    for (size_t c = 0; c < cells.size(); ++c) {
      pugi::xml_node tc = Cell(tr, widths[c]);
      Style s;
      s.size_pt = L::kTablePt;
      s.bold = header;
      s.before = 40;
      s.after = 40;
      s.align = header || table.columns[c] == "STT" ? Align::kCenter : Align::kLeft;
      Paragraph(tc, cells[c], s);
    }
  };
  add_row(table.columns, true);
  for (const auto& row : table.rows) add_row(row, false);
  Style gap = Body();
  gap.first_line = 0;
  gap.size_pt = 6;
  Paragraph(body, "", gap);  // Word needs a paragraph between a table and what follows
}

// `keep_last`: the last block stays on the page of what follows (the body's last paragraph with
// the signature block, so that no page holds a signature block alone).
void Blocks(pugi::xml_node body, const std::vector<Block>& blocks, bool keep_last = false) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    Style s = Body();
    s.keep_next = keep_last && i + 1 == blocks.size();
    switch (b.kind) {
      case Block::Kind::kHeading1:
      case Block::Kind::kHeading2:
        s.bold = true;
        s.keep_next = true;
        break;
      case Block::Kind::kHeading3:
        s.italic = true;
        s.keep_next = true;
        break;
      case Block::Kind::kParagraph:
        break;
      case Block::Kind::kBullet:
        Paragraph(body, "- " + b.text, s);
        continue;
      case Block::Kind::kTable:
        TableBlock(body, b.table);
        continue;
    }
    Paragraph(body, b.text, s);
  }
}

void Bases(pugi::xml_node body, const OfficialDocument& doc) {
  Style s = Body();
  s.italic = true;
  for (size_t i = 0; i < doc.bases.size(); ++i) {
    if (i == 0) s.before = L::PtToTwips(6);
    Paragraph(body, doc.bases[i] + ";", s);
    s.before = 0;
  }
}

// A signature block in a cell: authority lines, position, the space to sign, the name.
void SignerParagraphs(pugi::xml_node cell, const Signer& s) {
  Style signer = Centered(L::kSignerPt, true);
  signer.before = L::PtToTwips(12);
  for (const std::string& a : s.authority) {
    Paragraph(cell, ToUpperVietnamese(a), signer);
    signer.before = 0;
  }
  signer.after = L::PtToTwips(L::kSignatureSpacePt);
  Paragraph(cell, ToUpperVietnamese(s.position), signer);
  signer.after = 0;
  Paragraph(cell, s.name, signer);
}

void Copies(pugi::xml_node parent, const OfficialDocument& doc) {
  Style head;
  head.align = Align::kLeft;
  head.size_pt = L::kCopiesHeadPt;
  head.bold = true;
  head.italic = true;
  head.before = L::PtToTwips(12);
  Paragraph(parent, "Nơi nhận:", head);
  Style line;
  line.align = Align::kLeft;
  line.size_pt = L::kCopiesPt;
  for (const std::string& l : CopyLines(doc)) Paragraph(parent, l, line);
}

// "Nơi nhận:" on the left, level with the authority and position on the right (Appendix I).
// With a left signer (minutes): both signature blocks in one borderless row, halves of the
// text width, then "Nơi nhận:" under them.
void SignatureAndCopies(pugi::xml_node body, const OfficialDocument& doc) {
  if (doc.left_signer) {
    const int half = kTextWidthTwips / 2;
    pugi::xml_node tbl = TableNode(body, {half, kTextWidthTwips - half}, false, 0);
    pugi::xml_node tr = tbl.append_child("w:tr");
    tr.append_child("w:trPr").append_child("w:cantSplit");
    SignerParagraphs(Cell(tr, half), *doc.left_signer);
    SignerParagraphs(Cell(tr, kTextWidthTwips - half), doc.signer);
    Copies(body, doc);
    return;
  }
  const int left_width = kTextWidthTwips * 9 / 20;
  const int right_width = kTextWidthTwips - left_width;
  pugi::xml_node tbl = TableNode(body, {left_width, right_width}, false, 0);
  pugi::xml_node tr = tbl.append_child("w:tr");
  tr.append_child("w:trPr").append_child("w:cantSplit");
  Copies(Cell(tr, left_width), doc);
  SignerParagraphs(Cell(tr, right_width), doc.signer);
}

void Appendices(pugi::xml_node body, const OfficialDocument& doc) {
  for (size_t i = 0; i < doc.appendices.size(); ++i) {
    const Appendix& a = doc.appendices[i];
    Style label = Centered(L::kTitlePt, true);
    label.page_break_before = true;
    label.keep_next = true;
    Paragraph(body, AppendixLabel(i), label);
    Style title = Centered(L::kTitlePt, true);
    title.keep_next = true;
    Paragraph(body, ToUpperVietnamese(a.title), title);
    Style attached = Centered(L::kBodyPt, false, true);
    attached.after = L::PtToTwips(12);
    Paragraph(body, AppendixAttachedLine(doc), attached);
    Blocks(body, a.blocks);
  }
}

void SectionProperties(pugi::xml_node body) {
  pugi::xml_node sect = body.append_child("w:sectPr");
  pugi::xml_node hdr = sect.append_child("w:headerReference");
  hdr.append_attribute("w:type") = "default";
  hdr.append_attribute("r:id") = "rIdHeaderDefault";
  hdr = sect.append_child("w:headerReference");
  hdr.append_attribute("w:type") = "first";
  hdr.append_attribute("r:id") = "rIdHeaderFirst";
  pugi::xml_node size = sect.append_child("w:pgSz");
  size.append_attribute("w:w") = L::MmToTwips(L::kPageWidthMm);
  size.append_attribute("w:h") = L::MmToTwips(L::kPageHeightMm);
  pugi::xml_node mar = sect.append_child("w:pgMar");
  mar.append_attribute("w:top") = L::MmToTwips(L::kMarginTopMm);
  mar.append_attribute("w:right") = L::MmToTwips(L::kMarginRightMm);
  mar.append_attribute("w:bottom") = L::MmToTwips(L::kMarginBottomMm);
  mar.append_attribute("w:left") = L::MmToTwips(L::kMarginLeftMm);
  mar.append_attribute("w:header") = L::MmToTwips(L::kPageNumberFromTopMm);
  mar.append_attribute("w:footer") = L::MmToTwips(L::kPageNumberFromTopMm);
  mar.append_attribute("w:gutter") = 0;
  sect.append_child("w:titlePg");  // page 1 uses the empty "first" header: no number on it
}

std::string ToXml(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw | pugi::format_no_declaration);
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
         "\n" +
         out.str();
}

pugi::xml_node Root(pugi::xml_document& doc, const char* name) {
  pugi::xml_node root = doc.append_child(name);
  root.append_attribute("xmlns:w") = kWordNs;
  root.append_attribute("xmlns:r") = kRelNs;
  return root;
}

std::string DocumentXml(const OfficialDocument& doc) {
  pugi::xml_document xml;
  pugi::xml_node body = Root(xml, "w:document").append_child("w:body");
  Header(body, doc);
  Title(body, doc);
  Addressed(body, doc);
  Bases(body, doc);
  Blocks(body, doc.body, /*keep_last=*/true);
  SignatureAndCopies(body, doc);
  Appendices(body, doc);
  SectionProperties(body);
  return ToXml(xml);
}

// The page-number header: a centred PAGE field in the top margin.
std::string PageNumberHeaderXml() {
  pugi::xml_document xml;
  pugi::xml_node p = Root(xml, "w:hdr").append_child("w:p");
  ParagraphProperties(p.append_child("w:pPr"), Centered(L::kPageNumberPt));
  pugi::xml_node field = p.append_child("w:fldSimple");
  field.append_attribute("w:instr") = " PAGE ";
  pugi::xml_node r = field.append_child("w:r");
  RunProperties(r.append_child("w:rPr"), Centered(L::kPageNumberPt));
  r.append_child("w:t").text().set("2");
  return ToXml(xml);
}

std::string EmptyHeaderXml() {
  pugi::xml_document xml;
  pugi::xml_node p = Root(xml, "w:hdr").append_child("w:p");
  ParagraphProperties(p.append_child("w:pPr"), Centered(L::kPageNumberPt));
  return ToXml(xml);
}

// Times New Roman for every script, Vietnamese language, single spacing, nothing between
// paragraphs unless a paragraph asks.
std::string StylesXml() {
  const std::string size = std::to_string(L::PtToHalfPoints(L::kBodyPt));
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w=")" +
         std::string(kWordNs) +
         R"("><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val=")" +
         size + R"("/><w:szCs w:val=")" + size +
         R"("/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>)";
}

constexpr char kSettingsXml[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>)";

constexpr char kContentTypesXml[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>)";

constexpr char kPackageRelsXml[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>)";

constexpr char kDocumentRelsXml[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdHeaderDefault" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>)";

// Title (the type name and summary) and language; no author or dates, so the same document
// renders to the same bytes.
std::string CoreXml(const OfficialDocument& doc) {
  pugi::xml_document xml;
  pugi::xml_node root = xml.append_child("cp:coreProperties");
  root.append_attribute("xmlns:cp") =
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  const std::string title =
      (doc.letter ? "Công văn " : doc.type_name + " ") + NumberSymbol(doc) + " " + doc.summary;
  root.append_child("dc:title").text().set(PrintableText(title).c_str());
  root.append_child("dc:language").text().set("vi-VN");
  return ToXml(xml);
}

}  // namespace

Result<std::string> RenderDocx(const OfficialDocument& doc) {
  DT_RETURN_IF_ERROR(ValidateDocument(doc));
  std::vector<ZipEntry> entries = {
      {"[Content_Types].xml", kContentTypesXml},
      {"_rels/.rels", kPackageRelsXml},
      {"docProps/core.xml", CoreXml(doc)},
      {"word/document.xml", DocumentXml(doc)},
      {"word/_rels/document.xml.rels", kDocumentRelsXml},
      {"word/styles.xml", StylesXml()},
      {"word/settings.xml", kSettingsXml},
      {"word/header1.xml", PageNumberHeaderXml()},
      {"word/header2.xml", EmptyHeaderXml()},
  };
  return ZipEntries(entries);
}

}  // namespace doithoai::documents
