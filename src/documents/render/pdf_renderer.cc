#include "documents/render/pdf_renderer.h"

#include <algorithm>
#include <numeric>

#include "documents/render/page_layout.h"
#include "documents/render/pdf_flow.h"

namespace doithoai::documents {
namespace {

namespace L = layout;
using pdf::Flow;
using pdf::TextStyle;

constexpr double kRuleGap = 4;  // between a line of text and the rule under it

TextStyle Centered(double size_pt, bool bold = false, bool italic = false) {
  TextStyle s;
  s.size_pt = size_pt;
  s.bold = bold;
  s.italic = italic;
  s.align = PANGO_ALIGN_CENTER;
  return s;
}

TextStyle Body() {
  TextStyle s;
  s.size_pt = L::kBodyPt;
  s.justify = true;
  s.first_line_indent = L::MmToPt(L::kFirstLineIndentMm);
  s.space_after = L::kParagraphAfterPt;
  return s;
}

// Draws `text` centred in a column [x, x + width) at y; returns its layout's height.
double CenteredAt(Flow& flow, const std::string& text, const TextStyle& style, double x,
                  double width, double y, double* text_width = nullptr) {
  pdf::LayoutPtr layout = flow.Layout(text, style, width);
  flow.DrawAt(layout.get(), x, y);
  if (text_width != nullptr) *text_width = Flow::TextWidth(layout.get());
  return Flow::Height(layout.get());
}

// The two-column header of Appendix I: the issuing body (short rule below) on the left, the
// national title and motto (rule below) on the right; then the number (and a công văn's
// "V/v …") level with the place and date.
void Header(Flow& flow, const OfficialDocument& doc) {
  const double left_w = L::MmToPt(L::kHeaderLeftColumnMm);
  const double right_x = left_w;
  const double right_w = flow.width() - left_w;
  const double y0 = flow.y();

  double y = y0;
  if (!doc.parent_issuer.empty()) {
    y += CenteredAt(flow, ToUpperVietnamese(doc.parent_issuer), Centered(L::kIssuerPt), 0, left_w,
                    y);
  }
  double issuer_w = 0;
  y += CenteredAt(flow, ToUpperVietnamese(doc.issuer), Centered(L::kIssuerPt, true), 0, left_w, y,
                  &issuer_w);
  if (doc.header.mark.empty()) {
    const double rule_w = std::max(40.0, issuer_w * 0.4);
    y += kRuleGap;
    flow.Rule(left_w / 2 - rule_w / 2, left_w / 2 + rule_w / 2, y);
  } else {
    y += CenteredAt(flow, doc.header.mark, Centered(L::kIssuerPt), 0, left_w, y);
  }
  const double left_bottom = y;

  y = y0;
  double motto_w = 0;  // the rule goes under the motto, or under the title without one
  y += CenteredAt(flow, doc.header.title, Centered(L::kNationalTitlePt, true), right_x, right_w, y,
                  &motto_w);
  if (!doc.header.motto.empty()) {
    y += CenteredAt(flow, doc.header.motto, Centered(L::kMottoPt, true), right_x, right_w, y,
                    &motto_w);
  }
  y += kRuleGap;
  flow.Rule(right_x + right_w / 2 - motto_w / 2, right_x + right_w / 2 + motto_w / 2, y);
  const double right_bottom = y;

  const double row2 = std::max(left_bottom, right_bottom) + 6;
  double yl = row2 + CenteredAt(flow, NumberLine(doc), Centered(L::kNumberPt), 0, left_w, row2);
  if (doc.letter) {
    yl += CenteredAt(flow, "V/v " + doc.summary, Centered(L::kSubjectPt), 0, left_w, yl);
  }
  const double yr =
      row2 + CenteredAt(flow, PlaceDateLine(doc), Centered(L::kPlaceDatePt, false, true), right_x,
                        right_w, row2);
  flow.set_y(std::max(yl, yr));
}

void Title(Flow& flow, const OfficialDocument& doc) {
  if (doc.letter) return;
  TextStyle type = Centered(L::kTitlePt, true);
  type.space_before = 18;
  flow.Text(ToUpperVietnamese(doc.type_name), type);
  pdf::LayoutPtr summary = flow.Layout(doc.summary, Centered(L::kTitlePt, true), flow.width());
  flow.FlowLayout(summary.get(), 0);
  const double rule_w = std::max(60.0, Flow::TextWidth(summary.get()) * 0.35);
  const double y = flow.y() + kRuleGap;
  flow.Rule(flow.width() / 2 - rule_w / 2, flow.width() / 2 + rule_w / 2, y);
  flow.set_y(y + 8);
}

// "Kính gửi:" with the addressees listed beside it, or on one line when there is one.
void Addressed(Flow& flow, const OfficialDocument& doc) {
  if (doc.addressed.empty()) return;
  const double label_x = L::MmToPt(25);
  flow.set_y(flow.y() + 12);
  TextStyle s;
  s.size_pt = L::kBodyPt;
  const std::vector<std::string> lines = AddressedLines(doc);
  if (lines.size() == 1 && doc.addressed.size() == 1) {
    flow.Text(lines[0], s, label_x);
  } else {
    pdf::LayoutPtr label = flow.Layout("Kính gửi:", s, flow.width());
    flow.DrawAt(label.get(), label_x, flow.y());
    const double items_x = std::max(L::MmToPt(45), label_x + Flow::TextWidth(label.get()) + 6);
    std::string joined;
    for (const std::string& l : lines) joined += l + "\n";
    joined.pop_back();
    flow.Text(joined, s, items_x);
  }
  flow.set_y(flow.y() + 6);
}

void Bases(Flow& flow, const OfficialDocument& doc) {
  TextStyle s = Body();
  s.italic = true;
  for (size_t i = 0; i < doc.bases.size(); ++i) {
    s.space_before = i == 0 ? 6 : 0;
    flow.Text(doc.bases[i] + ";", s);
  }
}

void TableBlock(Flow& flow, const Table& table) {
  std::vector<double> weights = table.column_weights;
  if (weights.empty()) weights.assign(table.columns.size(), 1.0);
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<double> widths;
  std::vector<bool> centered;
  for (size_t c = 0; c < weights.size(); ++c) {
    widths.push_back(flow.width() * weights[c] / total);
    centered.push_back(table.columns[c] == "STT");
  }
  auto clean = [](const std::vector<std::string>& cells) {
    std::vector<std::string> out;
    for (const std::string& c : cells) out.push_back(c);
    return out;
  };
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : table.rows) rows.push_back(clean(r));
  TextStyle cell;
  cell.size_pt = L::kTablePt;
  flow.set_y(flow.y() + 2);
  flow.Table(clean(table.columns), rows, widths, cell, centered);
  flow.set_y(flow.y() + L::kParagraphAfterPt);
}

// The height the last text block needs with the `keep_last_with` points that follow it: the
// whole block moves to the next page with them when both do not fit here (a block taller than
// a page cannot, and breaks as usual).
void KeepWithNext(Flow& flow, const Block& b, const TextStyle& s, double keep_last_with) {
  if (keep_last_with <= 0 || b.kind == Block::Kind::kTable) return;
  const std::string text = b.kind == Block::Kind::kBullet ? "- " + b.text : b.text;
  pdf::LayoutPtr layout = flow.Layout(text, s, flow.width() - s.left_indent);
  const double need = s.space_before + Flow::Height(layout.get()) + s.space_after + keep_last_with;
  if (need < flow.bottom() - flow.top()) flow.EnsureRoom(need);
}

void Blocks(Flow& flow, const std::vector<Block>& blocks, double keep_last_with = 0) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    TextStyle s = Body();
    if (i + 1 == blocks.size()) KeepWithNext(flow, b, s, keep_last_with);
    switch (b.kind) {
      case Block::Kind::kHeading1:
      case Block::Kind::kHeading2:
        s.bold = true;
        s.keep_with_next = true;
        break;
      case Block::Kind::kHeading3:
        s.italic = true;
        s.keep_with_next = true;
        break;
      case Block::Kind::kParagraph:
        break;
      case Block::Kind::kBullet:
        flow.Text("- " + b.text, s);
        continue;
      case Block::Kind::kTable:
        TableBlock(flow, b.table);
        continue;
    }
    flow.Text(b.text, s);
  }
}

// The signature block's lines, each with the gap after it (the space to sign after the
// position).
struct SignatureLines {
  std::vector<pdf::LayoutPtr> lines;
  std::vector<double> gaps;
  double height = 0;
};

SignatureLines LayoutSignature(Flow& flow, const Signer& s, double width) {
  SignatureLines out;
  const TextStyle signer = Centered(L::kSignerPt, true);
  for (const std::string& a : s.authority) {
    out.lines.push_back(flow.Layout(ToUpperVietnamese(a), signer, width));
    out.gaps.push_back(0);
  }
  out.lines.push_back(flow.Layout(ToUpperVietnamese(s.position), signer, width));
  out.gaps.push_back(L::kSignatureSpacePt);
  out.lines.push_back(flow.Layout(s.name, signer, width));
  out.gaps.push_back(0);
  for (size_t i = 0; i < out.lines.size(); ++i) {
    out.height += Flow::Height(out.lines[i].get()) + out.gaps[i];
  }
  return out;
}

// Draws `sig` from (x, y); returns the y under it.
double DrawSignature(Flow& flow, const SignatureLines& sig, double x, double y) {
  for (size_t i = 0; i < sig.lines.size(); ++i) {
    flow.DrawAt(sig.lines[i].get(), x, y);
    y += Flow::Height(sig.lines[i].get()) + sig.gaps[i];
  }
  return y;
}

constexpr double kSignatureLeftShare = 0.45;
constexpr double kSignatureGapPt = 12;

// What must share the page with the body's last block: the gap and the signature block(s).
double SignatureHeight(Flow& flow, const OfficialDocument& doc) {
  if (doc.left_signer) {
    const double half = flow.width() / 2;
    return kSignatureGapPt + 2 +
           std::max(LayoutSignature(flow, *doc.left_signer, half).height,
                    LayoutSignature(flow, doc.signer, half).height);
  }
  const double right_w = flow.width() * (1 - kSignatureLeftShare);
  return kSignatureGapPt + 2 + LayoutSignature(flow, doc.signer, right_w).height;
}

// "Nơi nhận:" on the left, level with the signature block on the right; with a left signer
// (minutes), the two signature blocks side by side, halves of the width, and "Nơi nhận:" under
// them. A signature block never breaks; a long list of recipients may continue on the next
// page.
void SignatureAndCopies(Flow& flow, const OfficialDocument& doc) {
  const double left_w = flow.width() * kSignatureLeftShare;
  const double right_x = left_w;
  const double right_w = flow.width() - left_w;

  TextStyle head_style;
  head_style.size_pt = L::kCopiesHeadPt;
  head_style.bold = true;
  head_style.italic = true;
  pdf::LayoutPtr head = flow.Layout("Nơi nhận:", head_style, left_w);
  std::string copies;
  for (const std::string& l : CopyLines(doc)) copies += l + "\n";
  copies.pop_back();
  TextStyle copy_style;
  copy_style.size_pt = L::kCopiesPt;
  pdf::LayoutPtr copy_lines = flow.Layout(copies, copy_style, left_w - 6);
  const double left_h = Flow::Height(head.get()) + Flow::Height(copy_lines.get());
  const double page_h = flow.bottom() - flow.top();

  flow.set_y(flow.y() + kSignatureGapPt);
  if (doc.left_signer) {
    const double half = flow.width() / 2;
    const SignatureLines left_sig = LayoutSignature(flow, *doc.left_signer, half);
    const SignatureLines right_sig = LayoutSignature(flow, doc.signer, flow.width() - half);
    flow.EnsureRoom(std::max(left_sig.height, right_sig.height) + 2);
    const double y0 = flow.y() + 2;
    flow.set_y(
        std::max(DrawSignature(flow, left_sig, 0, y0), DrawSignature(flow, right_sig, half, y0)) +
        kSignatureGapPt);
    const double head_h = Flow::Height(head.get());
    // The heading never ends a page alone: it goes with the first recipient line or more.
    flow.EnsureRoom(std::min(left_h, head_h + 2 * L::kCopiesPt));
    flow.DrawAt(head.get(), 0, flow.y());
    flow.set_y(flow.y() + head_h);
    flow.FlowLayout(copy_lines.get(), 0);
    return;
  }

  const SignatureLines sig = LayoutSignature(flow, doc.signer, right_w);
  flow.EnsureRoom(left_h < page_h ? std::max(left_h, sig.height) : sig.height);
  const double y0 = flow.y();
  const int page0 = flow.page();
  const double y = DrawSignature(flow, sig, right_x, y0 + 2);
  flow.DrawAt(head.get(), 0, y0);
  flow.set_y(y0 + Flow::Height(head.get()));
  flow.FlowLayout(copy_lines.get(), 0);
  if (flow.page() == page0) flow.set_y(std::max(flow.y(), y));
}

void Appendices(Flow& flow, const OfficialDocument& doc) {
  for (size_t i = 0; i < doc.appendices.size(); ++i) {
    flow.NewPage();
    flow.Text(AppendixLabel(i), Centered(L::kTitlePt, true));
    flow.Text(ToUpperVietnamese(doc.appendices[i].title), Centered(L::kTitlePt, true));
    TextStyle attached = Centered(L::kBodyPt, false, true);
    attached.space_after = 12;
    flow.Text(AppendixAttachedLine(doc), attached);
    Blocks(flow, doc.appendices[i].blocks);
  }
}

Flow::Geometry A4() {
  Flow::Geometry g;
  g.page_width = L::MmToPt(L::kPageWidthMm);
  g.page_height = L::MmToPt(L::kPageHeightMm);
  g.margin_top = L::MmToPt(L::kMarginTopMm);
  g.margin_bottom = L::MmToPt(L::kMarginBottomMm);
  g.margin_left = L::MmToPt(L::kMarginLeftMm);
  g.margin_right = L::MmToPt(L::kMarginRightMm);
  g.page_number_y = L::MmToPt(L::kPageNumberFromTopMm);
  g.page_number_pt = L::kPageNumberPt;
  return g;
}

}  // namespace

Result<std::string> RenderPdf(const OfficialDocument& doc) {
  DT_RETURN_IF_ERROR(ValidateDocument(doc));
  DT_ASSIGN_OR_RETURN(std::string family, pdf::SerifFamily());
  std::string out;
  const std::string title = PrintableText((doc.letter ? "Công văn " : doc.type_name + " ") +
                                          NumberSymbol(doc) + " " + doc.summary);
  DT_ASSIGN_OR_RETURN(std::unique_ptr<Flow> flow, Flow::Create(&out, A4(), family, title));
  Header(*flow, doc);
  Title(*flow, doc);
  Addressed(*flow, doc);
  Bases(*flow, doc);
  Blocks(*flow, doc.body, SignatureHeight(*flow, doc));
  SignatureAndCopies(*flow, doc);
  Appendices(*flow, doc);
  DT_RETURN_IF_ERROR(flow->Finish());
  flow.reset();
  return out;
}

}  // namespace doithoai::documents
