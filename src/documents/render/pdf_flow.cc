#include "documents/render/pdf_flow.h"

#include <cairo-pdf.h>
#include <strings.h>

#include <algorithm>
#include <cmath>
#include <mutex>

#include "documents/render/official_document.h"

namespace doithoai::documents::pdf {
namespace {

constexpr double kEpsilon = 0.01;
constexpr double kCellPadX = 3;
constexpr double kCellPadY = 2;

double FromPango(int units) { return static_cast<double>(units) / PANGO_SCALE; }
int ToPango(double pt) { return static_cast<int>(std::lround(pt * PANGO_SCALE)); }

cairo_status_t AppendBytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

bool HasFamily(PangoFontMap* map, const char* name) {
  PangoFontFamily** families = nullptr;
  int n = 0;
  pango_font_map_list_families(map, &families, &n);
  bool found = false;
  for (int i = 0; i < n && !found; ++i) {
    found = strcasecmp(pango_font_family_get_name(families[i]), name) == 0;
  }
  g_free(families);
  return found;
}

// True if `family` itself draws the Vietnamese letters with two marks (Liberation 1.x does
// not, and Pango would then quietly take them from another font).
bool CoversVietnamese(PangoFontMap* map, const char* family) {
  PangoContext* context = pango_font_map_create_context(map);
  PangoFontDescription* desc = pango_font_description_from_string(family);
  pango_font_description_set_size(desc, 14 * PANGO_SCALE);
  PangoFont* font = pango_font_map_load_font(map, context, desc);
  bool covered = false;
  if (font != nullptr) {
    PangoCoverage* coverage = pango_font_get_coverage(font, pango_language_from_string("vi"));
    covered = true;
    for (gunichar c : {0x1EF1u /* ự */, 0x1EADu /* ậ */, 0x1EDFu /* ở */, 0x0111u /* đ */}) {
      covered =
          covered && pango_coverage_get(coverage, static_cast<int>(c)) == PANGO_COVERAGE_EXACT;
    }
    g_object_unref(coverage);
    g_object_unref(font);
  }
  pango_font_description_free(desc);
  g_object_unref(context);
  return covered;
}

}  // namespace

Result<std::string> SerifFamily() {
  static const std::string family = [] {
    PangoFontMap* map = pango_cairo_font_map_get_default();
    for (const char* name : {"Times New Roman", "Liberation Serif"}) {
      if (HasFamily(map, name) && CoversVietnamese(map, name)) return std::string(name);
    }
    return std::string();
  }();
  if (family.empty()) {
    return Error::Internal(
        "PDF: thiếu phông Times New Roman hoặc Liberation Serif có chữ tiếng Việt "
        "(cài gói fonts-liberation2)");
  }
  return family;
}

Flow::Flow(std::string* out, const Geometry& g, std::string family)
    : g_(g), family_(std::move(family)) {
  surface_ = cairo_pdf_surface_create_for_stream(AppendBytes, out, g.page_width, g.page_height);
  cr_ = cairo_create(surface_);
  context_ = pango_cairo_create_context(cr_);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context_, options);
  cairo_font_options_destroy(options);
  pango_context_set_round_glyph_positions(context_, FALSE);
  pango_context_set_language(context_, pango_language_from_string("vi"));
  y_ = top();
}

Result<std::unique_ptr<Flow>> Flow::Create(std::string* out, const Geometry& geometry,
                                           std::string family, std::string title) {
  std::unique_ptr<Flow> flow(new Flow(out, geometry, std::move(family)));
  if (cairo_surface_status(flow->surface_) != CAIRO_STATUS_SUCCESS) {
    return Error::Internal(std::string("PDF: ") +
                           cairo_status_to_string(cairo_surface_status(flow->surface_)));
  }
  cairo_pdf_surface_set_metadata(flow->surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(flow->surface_, CAIRO_PDF_METADATA_CREATOR, "doithoai");
  return flow;
}

Flow::~Flow() {
  for (CachedFont& f : fonts_) pango_font_description_free(f.desc);
  if (context_ != nullptr) g_object_unref(context_);
  if (cr_ != nullptr) cairo_destroy(cr_);
  if (surface_ != nullptr) {
    if (!finished_) cairo_surface_finish(surface_);
    cairo_surface_destroy(surface_);
  }
}

PangoFontDescription* Flow::Font(double size_pt, bool bold, bool italic) {
  for (const CachedFont& f : fonts_) {
    if (f.size_pt == size_pt && f.bold == bold && f.italic == italic) return f.desc;
  }
  PangoFontDescription* desc = pango_font_description_new();
  pango_font_description_set_family(desc, family_.c_str());
  pango_font_description_set_absolute_size(desc, size_pt * PANGO_SCALE);
  pango_font_description_set_weight(desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(desc, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  fonts_.push_back({size_pt, bold, italic, desc});
  return desc;
}

LayoutPtr Flow::Layout(const std::string& text, const TextStyle& style, double width) {
  LayoutPtr layout(pango_layout_new(context_));
  pango_layout_set_font_description(layout.get(), Font(style.size_pt, style.bold, style.italic));
  pango_layout_set_width(layout.get(), ToPango(std::max(width, 1.0)));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout.get(), style.align);
  pango_layout_set_justify(layout.get(), style.justify);
  pango_layout_set_indent(layout.get(), ToPango(style.first_line_indent));
  const std::string clean = PrintableText(text);
  pango_layout_set_text(layout.get(), clean.data(), static_cast<int>(clean.size()));
  return layout;
}

double Flow::Height(PangoLayout* layout) {
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  return FromPango(logical.height);
}

double Flow::TextWidth(PangoLayout* layout) {
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  return FromPango(logical.width);
}

void Flow::DrawAt(PangoLayout* layout, double x, double y) {
  cairo_move_to(cr_, g_.margin_left + x, y);
  pango_cairo_show_layout(cr_, layout);
}

void Flow::Rule(double x1, double x2, double y, double thickness) {
  cairo_set_line_width(cr_, thickness);
  cairo_move_to(cr_, g_.margin_left + x1, y);
  cairo_line_to(cr_, g_.margin_left + x2, y);
  cairo_stroke(cr_);
}

void Flow::FlowLayout(PangoLayout* layout, double x) {
  PangoLayoutIter* it = pango_layout_get_iter(layout);
  double origin = y_;  // the page y of the layout's y = 0 on the current page
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    const double line_top = FromPango(logical.y);
    const double line_height = FromPango(logical.height);
    if (origin + line_top + line_height > bottom() + kEpsilon &&
        origin + line_top > top() + kEpsilon) {
      NewPage();
      origin = y_ - line_top;
    }
    const double baseline = FromPango(pango_layout_iter_get_baseline(it));
    cairo_move_to(cr_, g_.margin_left + x + FromPango(logical.x), origin + baseline);
    pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
    y_ = origin + line_top + line_height;
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
}

void Flow::Text(const std::string& text, const TextStyle& style, double x, double width) {
  if (width < 0) width = this->width() - x;
  x += style.left_indent;
  width -= style.left_indent;
  LayoutPtr layout = Layout(text, style, width);
  if (y_ > top() + kEpsilon) y_ += style.space_before;
  if (style.keep_with_next) EnsureRoom(Height(layout.get()) + 2.5 * style.size_pt * 1.2);
  FlowLayout(layout.get(), x);
  y_ += style.space_after;
}

// One table row laid out: a layout per cell and each cell's lines, with how many are drawn.
struct Flow::TableRow {
  struct Line {
    double top, height, baseline, x;
    PangoLayoutLine* line;  // owned by the cell's layout
  };
  std::vector<LayoutPtr> layouts;
  std::vector<std::vector<Line>> lines;
  std::vector<size_t> next;  // per cell, the first line not drawn yet
  double height = 0;         // the whole row, padding included
};

Flow::TableRow Flow::PrepareRow(const std::vector<std::string>& cells,
                                const std::vector<double>& widths, const TextStyle& style,
                                const std::vector<bool>& centered, bool is_header) {
  TableRow row;
  row.lines.resize(cells.size());
  row.next.assign(cells.size(), 0);
  double tallest = 0;
  for (size_t c = 0; c < cells.size(); ++c) {
    TextStyle s = style;
    s.bold = is_header;
    s.align = is_header || centered[c] ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
    row.layouts.push_back(Layout(cells[c], s, widths[c] - 2 * kCellPadX));
    PangoLayoutIter* it = pango_layout_get_iter(row.layouts.back().get());
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(it, nullptr, &logical);
      row.lines[c].push_back({FromPango(logical.y), FromPango(logical.height),
                              FromPango(pango_layout_iter_get_baseline(it)), FromPango(logical.x),
                              pango_layout_iter_get_line_readonly(it)});
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    tallest = std::max(tallest, Height(row.layouts.back().get()));
  }
  row.height = tallest + 2 * kCellPadY;
  return row;
}

bool Flow::DrawRowSegment(TableRow& row, const std::vector<double>& widths) {
  const double seg_top = y_;
  const double avail = bottom() - seg_top - 2 * kCellPadY;
  const bool fresh_page = seg_top <= top() + kEpsilon;
  // Nothing fits under the cursor: the caller starts a page (a fresh page always takes a line).
  bool any_fits = fresh_page;
  for (size_t c = 0; c < row.lines.size() && !any_fits; ++c) {
    if (row.next[c] < row.lines[c].size()) {
      any_fits = row.lines[c][row.next[c]].height <= avail;
    }
  }
  if (!any_fits) return false;
  double used = 0;
  double x = 0;
  bool done = true;
  for (size_t c = 0; c < row.lines.size(); ++c) {
    auto& lines = row.lines[c];
    size_t& next = row.next[c];
    const double offset = next < lines.size() ? lines[next].top : 0;
    while (next < lines.size()) {
      const TableRow::Line& l = lines[next];
      if (l.top + l.height - offset > avail + kEpsilon && !(fresh_page && l.top == offset)) break;
      cairo_move_to(cr_, g_.margin_left + x + kCellPadX + l.x,
                    seg_top + kCellPadY + l.baseline - offset);
      pango_cairo_show_layout_line(cr_, l.line);
      used = std::max(used, l.top + l.height - offset);
      ++next;
    }
    done = done && next == lines.size();
    x += widths[c];
  }
  const double seg_height = used + 2 * kCellPadY;
  cairo_set_line_width(cr_, 0.5);
  x = 0;
  for (double w : widths) {
    cairo_rectangle(cr_, g_.margin_left + x, seg_top, w, seg_height);
    x += w;
  }
  cairo_stroke(cr_);
  y_ = seg_top + seg_height;
  return done;
}

void Flow::Table(const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows,
                 const std::vector<double>& widths, const TextStyle& cell,
                 const std::vector<bool>& centered) {
  bool repeat_header = true;
  auto draw_header = [&] {
    TableRow head = PrepareRow(header, widths, cell, centered, /*is_header=*/true);
    // A header taller than a third of a page is drawn once, not on every page.
    repeat_header = head.height < (bottom() - top()) / 3;
    EnsureRoom(head.height + 3 * cell.size_pt * 1.2);
    while (!DrawRowSegment(head, widths)) NewPage();
  };
  auto next_page = [&] {
    NewPage();
    if (repeat_header) draw_header();
  };
  draw_header();
  for (const auto& cells : rows) {
    TableRow row = PrepareRow(cells, widths, cell, centered, /*is_header=*/false);
    // A row that fits on a page is moved to the next page whole rather than split.
    if (row.height <= bottom() - top() - 60 && y_ + row.height > bottom() + kEpsilon) next_page();
    while (!DrawRowSegment(row, widths)) next_page();
  }
}

void Flow::EnsureRoom(double height) {
  if (y_ + height > bottom() && y_ > top() + kEpsilon) NewPage();
}

void Flow::NewPage() {
  cairo_show_page(cr_);
  ++page_;
  y_ = top();
  PageNumber();
}

// Appendix I: page numbers centred in the top margin, from page 2.
void Flow::PageNumber() {
  if (page_ < 2) return;
  TextStyle style;
  style.size_pt = g_.page_number_pt;
  style.align = PANGO_ALIGN_CENTER;
  LayoutPtr layout = Layout(std::to_string(page_), style, width());
  DrawAt(layout.get(), 0, g_.page_number_y);
}

Status Flow::Finish() {
  cairo_surface_finish(surface_);
  finished_ = true;
  const cairo_status_t status = cairo_surface_status(surface_);
  if (status != CAIRO_STATUS_SUCCESS) {
    return Error::Internal(std::string("PDF: ") + cairo_status_to_string(status));
  }
  return Ok();
}

}  // namespace doithoai::documents::pdf
