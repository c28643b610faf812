#include "documents/read/ocr.h"

#include <dlfcn.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "documents/read/ocr_correction.h"
#include "documents/read/ocr_layout.h"
#include "documents/read/page_image.h"
#include "text/normalize.h"

namespace doithoai::documents::read {
namespace {

struct TextDeleter {
  void operator()(char* s) const { delete[] s; }
};
using TessText = std::unique_ptr<char, TextDeleter>;

void QuietLibraries() {
  // OpenMP's limit on active levels is a per-thread setting: each worker thread that reads
  // sets it for itself (with it set once, the second worker's pages ran with every OpenMP
  // thread spinning, several times slower).
  thread_local bool done = false;
  if (done) return;
  done = true;
  // One OCR job uses one core: the machine's other cores serve other uploads and jobs.
  // Debian's Tesseract is built with OpenMP, whose runtime read OMP_THREAD_LIMIT when it
  // was loaded, before any of our code ran; with no active parallel level allowed, every
  // `omp parallel` region runs on the calling thread alone. Looked up at run time so a
  // Tesseract built without OpenMP needs nothing.
  using SetLevels = void (*)(int);
  if (auto set = reinterpret_cast<SetLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"))) {
    set(0);
  }
  setMsgSeverity(L_SEVERITY_NONE);
}

// This thread's engine, made on first use; nullptr when the model cannot be loaded.
tesseract::TessBaseAPI* Engine() {
  thread_local std::unique_ptr<tesseract::TessBaseAPI> api;
  thread_local bool failed = false;
  if (api || failed) return api.get();
  QuietLibraries();
  auto made = std::make_unique<tesseract::TessBaseAPI>();
  // Tesseract's own diagnostics ("Estimating resolution…") go nowhere.
  made->SetVariable("debug_file", "/dev/null");
  if (made->Init(nullptr, "vie", tesseract::OEM_LSTM_ONLY) != 0) {
    failed = true;
    return nullptr;
  }
  made->SetPageSegMode(tesseract::PSM_AUTO);
  api = std::move(made);
  return api.get();
}

// A photo larger than an A4 page scanned at 300 dpi is scaled down to that: the text is no
// better read, and the time grows with the pixels (a 12 MP phone photo would take seconds
// more).
constexpr int kMaxLongSide = 3508;

// Grey, no larger than kMaxLongSide, then straightened when the skew search is confident.
// `dpi` follows any scaling.
PixPtr Prepare(Pix* pix, int& dpi) {
  PixPtr grey(pixConvertTo8(pix, 0));
  if (!grey) return PixPtr(pixClone(pix));
  const int long_side = std::max(pixGetWidth(grey.get()), pixGetHeight(grey.get()));
  if (long_side > kMaxLongSide) {
    const float scale = static_cast<float>(kMaxLongSide) / static_cast<float>(long_side);
    if (PixPtr smaller{pixScaleGrayLI(grey.get(), scale, scale)}) {
      grey = std::move(smaller);
      if (dpi > 0) dpi = std::max(1, static_cast<int>(static_cast<float>(dpi) * scale));
    }
  }
  l_float32 angle = 0, conf = 0;
  PixPtr straight(pixFindSkewAndDeskew(grey.get(), 2, &angle, &conf));
  return straight ? std::move(straight) : std::move(grey);
}

std::string TrimLine(const char* s) {
  std::string line(s ? s : "");
  while (!line.empty() && (line.back() == '\n' || line.back() == ' ' || line.back() == '\r')) {
    line.pop_back();
  }
  size_t start = line.find_first_not_of(' ');
  return start == std::string::npos ? "" : line.substr(start);
}

// The latest year a document can bear: next year (a document dated ahead is rare but real).
int LatestYear() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return static_cast<int>(std::chrono::year_month_day(today).year()) + 1;
}

// Below this mean confidence a page is tried turned (a page read upright scores 0.8–0.95).
constexpr double kTurnBelowConfidence = 0.6;

// This thread's orientation detector (Tesseract's "osd" model), made on first use; nullptr
// when the model is missing (then pages are read as they come).
tesseract::TessBaseAPI* OrientationEngine() {
  thread_local std::unique_ptr<tesseract::TessBaseAPI> api;
  thread_local bool failed = false;
  if (api || failed) return api.get();
  auto made = std::make_unique<tesseract::TessBaseAPI>();
  made->SetVariable("debug_file", "/dev/null");
  if (made->Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
    failed = true;
    return nullptr;
  }
  made->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  api = std::move(made);
  return api.get();
}

// How many quarter turns clockwise (pixRotateOrth) make `pix` upright: 0 when it is, or when
// the detector is unsure.
int ClockwiseQuadsToUpright(Pix* pix) {
  tesseract::TessBaseAPI* osd = OrientationEngine();
  if (osd == nullptr) return 0;
  osd->SetImage(pix);
  int degrees = 0;
  float confidence = 0, script_confidence = 0;
  const char* script = nullptr;
  const bool found =
      osd->DetectOrientationScript(&degrees, &confidence, &script, &script_confidence);
  osd->Clear();
  // `degrees` is the image's clockwise rotation; undo it. 15 is "reasonably confident".
  if (!found || confidence < 5.0f) return 0;
  return ((360 - degrees) / 90) % 4;
}

struct Centre {
  int x = 0, y = 0;
};

// Tesseract reads a page lying on its side (it turns it internally) but gives word boxes in
// the page as it came, where the header's columns cannot be told apart. From the way most
// lines run — first word to last — the quarter turns clockwise that make the page upright:
// left to right 0, top to bottom 3, bottom to top 1, right to left 2.
int QuadsToUpright(const std::vector<std::pair<Centre, Centre>>& runs) {
  int votes[4] = {0, 0, 0, 0};
  for (const auto& [first, last] : runs) {
    const int dx = last.x - first.x, dy = last.y - first.y;
    if (dx == 0 && dy == 0) continue;  // one word
    if (std::abs(dx) >= std::abs(dy)) {
      ++votes[dx > 0 ? 0 : 2];
    } else {
      ++votes[dy > 0 ? 3 : 1];
    }
  }
  const int* most = std::max_element(votes, votes + 4);
  return *most > votes[0] ? static_cast<int>(most - votes) : 0;
}

// Reads the prepared image with `api`. `quads_to_upright` gets the quarter turns clockwise
// that would make most of the words upright: Tesseract reads text lying on its side, but its
// word boxes are then in the turned page, where columns cannot be told apart.
ReadPage Recognise(tesseract::TessBaseAPI* api, Pix* prepared, int dpi, int& quads_to_upright) {
  quads_to_upright = 0;
  api->SetImage(prepared);
  if (dpi > 0) api->SetSourceResolution(dpi);
  ReadPage page;
  page.ocr = true;
  page.confidence = 0;
  if (api->Recognize(nullptr) != 0) {
    api->Clear();
    return page;  // nothing recognisable
  }
  std::vector<OcrLine> lines;
  // Per line, the centres of its first and last words: which way the line runs.
  std::vector<std::pair<Centre, Centre>> runs;
  std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
  if (it) {
    do {
      if (it->Empty(tesseract::RIL_WORD)) continue;
      if (lines.empty() || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
        int l = 0, t = 0, r = 0, b = 0;
        it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &t, &r, &b);
        lines.push_back(OcrLine{{}, b - t});
      }
      TessText raw(it->GetUTF8Text(tesseract::RIL_WORD));
      std::string word = TrimLine(raw.get());
      if (word.empty() || !text::IsValidUtf8(word)) continue;
      int l = 0, t = 0, r = 0, b = 0;
      it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b);
      lines.back().words.push_back(
          OcrWord{text::ToNfc(word), l, r, it->Confidence(tesseract::RIL_WORD) / 100.0f});
      const Centre centre{(l + r) / 2, (t + b) / 2};
      if (runs.size() < lines.size()) runs.resize(lines.size(), {centre, centre});
      runs[lines.size() - 1].second = centre;
    } while (it->Next(tesseract::RIL_WORD));
  }
  ArrangedLines arranged = ArrangeLines(lines, static_cast<int>(pixGetWidth(prepared)));
  std::string text;
  for (const std::string& line : arranged.lines) {
    text += line;
    text += '\n';
  }
  if (!text.empty()) text.pop_back();
  // What is known of Vietnamese and of official documents repairs OCR's slips; the lines stay
  // as they are, so each keeps its confidence.
  OcrCorrectionOptions correction;
  correction.latest_year = LatestYear();
  text = CorrectOcrText(text, correction);
  page.line_confidence = std::move(arranged.confidence);
  page.text = std::move(text);
  page.confidence = page.line_confidence.empty() ? 0 : api->MeanTextConf() / 100.0;
  api->Clear();
  // Up for the text is page right (1), down (2) or left (3): turn 3, 2 or 1 quarters.
  quads_to_upright = QuadsToUpright(runs);
  return page;
}

}  // namespace

Result<ReadPage> OcrPage(Pix* pix, int dpi) {
  tesseract::TessBaseAPI* api = Engine();
  if (api == nullptr) {
    return Error::Internal(
        "Không nạp được mô hình nhận dạng chữ tiếng Việt (tesseract-ocr-vie chưa cài)");
  }
  int prepared_dpi = dpi, quads = 0;
  PixPtr prepared = Prepare(pix, prepared_dpi);
  ReadPage page = Recognise(api, prepared.get(), prepared_dpi, quads);
  // A photo taken sideways or upside down: when Tesseract found the words lying on their side,
  // or read the page poorly and its orientation detector says it is turned, turn it upright
  // and read it again, keeping the better reading.
  if (quads == 0 && page.confidence < kTurnBelowConfidence) {
    quads = ClockwiseQuadsToUpright(prepared.get());
  }
  if (quads != 0) {
    if (PixPtr turned{pixRotateOrth(pix, quads)}) {
      int turned_dpi = dpi, ignored = 0;
      PixPtr again = Prepare(turned.get(), turned_dpi);
      ReadPage second = Recognise(api, again.get(), turned_dpi, ignored);
      if (second.confidence >= page.confidence - 0.02) page = std::move(second);
    }
  }
  return page;
}

}  // namespace doithoai::documents::read
