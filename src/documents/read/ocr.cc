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
  static std::once_flag once;
  std::call_once(once, [] {
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
  });
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

}  // namespace

Result<ReadPage> OcrPage(Pix* pix, int dpi) {
  tesseract::TessBaseAPI* api = Engine();
  if (api == nullptr) {
    return Error::Internal(
        "Không nạp được mô hình nhận dạng chữ tiếng Việt (tesseract-ocr-vie chưa cài)");
  }
  PixPtr prepared = Prepare(pix, dpi);
  api->SetImage(prepared.get());
  if (dpi > 0) api->SetSourceResolution(dpi);
  ReadPage page;
  page.ocr = true;
  page.confidence = 0;
  if (api->Recognize(nullptr) != 0) {
    api->Clear();
    return page;  // nothing recognisable
  }
  std::vector<OcrLine> lines;
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
    } while (it->Next(tesseract::RIL_WORD));
  }
  ArrangedLines arranged = ArrangeLines(lines, static_cast<int>(pixGetWidth(prepared.get())));
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
  return page;
}

}  // namespace doithoai::documents::read
