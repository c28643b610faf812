// A small page-flow engine over Cairo (PDF surface) and Pango, internal to the PDF renderer:
// text laid out in blocks that break across pages line by line, tables whose rows break
// across pages with the header row repeated, rules, and a page number centred in the top
// margin from page 2. All lengths are PDF points; x is measured from the left margin and
// y from the top of the page.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace doithoai::documents::pdf {

struct TextStyle {
  double size_pt = 14;
  bool bold = false;
  bool italic = false;
  PangoAlignment align = PANGO_ALIGN_LEFT;
  bool justify = false;
  double first_line_indent = 0;  // positive: the first line starts this far right
  double left_indent = 0;
  double space_before = 0;
  double space_after = 0;
  bool keep_with_next = false;  // a heading: never the last thing on a page
};

struct GObjectUnref {
  void operator()(void* p) const { g_object_unref(p); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

// The font family the PDF uses: Times New Roman if fontconfig has it, else Liberation Serif;
// kInternal (naming the package to install) when neither is there, rather than a PDF whose
// Vietnamese letters silently come out in another font.
Result<std::string> SerifFamily();

class Flow {
 public:
  struct Geometry {
    double page_width = 595.28, page_height = 841.89;
    double margin_top = 56.69, margin_bottom = 56.69, margin_left = 85.04, margin_right = 42.52;
    double page_number_y = 28.35;  // the page number's top, from the top edge
    double page_number_pt = 13;
  };

  // Starts page 1. Output goes to `out` as it is produced.
  // REQUIRES: `out` outlives the Flow.
  static Result<std::unique_ptr<Flow>> Create(std::string* out, const Geometry& geometry,
                                              std::string family, std::string title);
  ~Flow();
  Flow(const Flow&) = delete;
  Flow& operator=(const Flow&) = delete;

  double width() const { return g_.page_width - g_.margin_left - g_.margin_right; }
  double y() const { return y_; }
  void set_y(double y) { y_ = y; }
  double bottom() const { return g_.page_height - g_.margin_bottom; }
  double top() const { return g_.margin_top; }
  int page() const { return page_; }

  // A layout of `text` `width` wide in `style`, not drawn; control characters are dropped.
  LayoutPtr Layout(const std::string& text, const TextStyle& style, double width);
  static double Height(PangoLayout* layout);
  // Width of the widest line's ink-free (logical) extent.
  static double TextWidth(PangoLayout* layout);

  // Draws `layout` whole with its top-left corner at (x, y); no page break.
  void DrawAt(PangoLayout* layout, double x, double y);
  // Draws a horizontal rule from x1 to x2 at y.
  void Rule(double x1, double x2, double y, double thickness = 0.6);

  // Lays out and draws `text` at the cursor, breaking across pages between lines, and moves
  // the cursor below it (space_after included). x and width default to the full text width.
  void Text(const std::string& text, const TextStyle& style, double x = 0, double width = -1);
  // Draws `layout`'s lines from the cursor, breaking pages between lines.
  void FlowLayout(PangoLayout* layout, double x);

  // A table: `widths` sum to at most width(); the header row repeats on each new page; a row
  // taller than what is left breaks between lines of its cells.
  void Table(const std::vector<std::string>& header,
             const std::vector<std::vector<std::string>>& rows, const std::vector<double>& widths,
             const TextStyle& cell, const std::vector<bool>& centered);

  // Starts a new page if fewer than `height` points are left on this one.
  void EnsureRoom(double height);
  void NewPage();

  // Finishes the PDF; kInternal if Cairo reported an error at any point.
  Status Finish();

 private:
  Flow(std::string* out, const Geometry& g, std::string family);
  struct TableRow;
  TableRow PrepareRow(const std::vector<std::string>& cells, const std::vector<double>& widths,
                      const TextStyle& style, const std::vector<bool>& centered, bool is_header);
  // Draws the lines of `row` not drawn yet that fit under the cursor, with the cells' borders,
  // and moves the cursor below them. True when the row is complete; false when nothing fitted
  // (then nothing is drawn).
  bool DrawRowSegment(TableRow& row, const std::vector<double>& widths);
  PangoFontDescription* Font(double size_pt, bool bold, bool italic);
  void PageNumber();

  Geometry g_;
  std::string family_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  PangoContext* context_ = nullptr;
  struct CachedFont {
    double size_pt;
    bool bold, italic;
    PangoFontDescription* desc;
  };
  std::vector<CachedFont> fonts_;
  double y_ = 0;
  int page_ = 1;
  bool finished_ = false;
};

}  // namespace doithoai::documents::pdf
