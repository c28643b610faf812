// Reading an uploaded document (issue 11): a staff member uploads a PDF (text or scanned), a
// photo, a DOCX or a text file as the raw body; it is read as a background job (OCR takes
// seconds a page), polled for progress, and its result is the same preview as
// POST /api/documents/parse plus where each field came from and how sure the reader is.
// Nothing is stored: the person confirms the preview with POST /api/documents.
#include <algorithm>
#include <cctype>

#include "documents/parse/document_json.h"
#include "documents/parse/parse_document.h"
#include "documents/parse/provenance.h"
#include "documents/read/read_document.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/json_input.h"

namespace doithoai::http {

using json = nlohmann::json;
namespace {

constexpr int kPageDpi = 110;         // page images beside the form: A4 about 910 × 1290
constexpr size_t kMaxFileName = 255;  // bytes

// The types the route reads, each with the bytes its files start with ("" for text; none for
// application/octet-stream, which the reader sniffs).
struct MediaType {
  std::string_view type;
  std::string_view magic;
  std::string_view name;  // for messages
};
constexpr MediaType kTypes[] = {
    {"application/pdf", "%PDF-", "PDF"},
    {"image/png", "\x89PNG", "ảnh PNG"},
    {"image/jpeg", "\xFF\xD8\xFF", "ảnh JPEG"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\x03\x04",
     "DOCX"},
    {"text/plain", "", "văn bản"},
    {"text/markdown", "", "văn bản"},
    {"application/octet-stream", "", "tệp"},
};

std::string MediaTypeOf(std::string_view content_type) {
  std::string t(content_type.substr(0, content_type.find(';')));
  std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
  while (!t.empty() && t.back() == ' ') t.pop_back();
  return t;
}

bool LooksLikeHtml(std::string_view bytes) {
  size_t i = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return i != std::string_view::npos && bytes[i] == '<';
}

// Refuses at once what the reader would refuse later: an empty file, a type we do not read, a
// file whose bytes are not of the type it claims (an HTML page saved as .pdf).
Status CheckUpload(const HttpRequest& req, size_t limit) {
  if (req.body.empty()) return Error::Invalid("file", "tệp rỗng");
  if (req.body.size() > limit) {
    return Error::TooLarge("file", "tệp vượt quá giới hạn " + std::to_string(limit >> 20) + " MiB");
  }
  std::string type = MediaTypeOf(req.content_type);
  if (type.empty()) type = "application/octet-stream";
  const MediaType* known = nullptr;
  for (const auto& t : kTypes) {
    if (t.type == type) known = &t;
  }
  if (!known) {
    std::string reason = "không đọc được loại tệp " + type +
                         "; hãy tải tệp PDF, ảnh PNG/JPEG, DOCX hoặc văn bản .txt";
    return Error(ErrorCode::kUnsupportedType, "Loại tệp không được hỗ trợ", {{"file", reason}});
  }
  std::string_view head = std::string_view(req.body).substr(0, 1024);
  if (!known->magic.empty() && !std::string_view(req.body).starts_with(known->magic) &&
      !(type == "application/pdf" && head.find("%PDF-") != std::string_view::npos)) {
    return Error::Invalid(
        "file", LooksLikeHtml(head)
                    ? "tệp là một trang web (HTML), không phải " + std::string(known->name)
                    : "nội dung tệp không phải " + std::string(known->name));
  }
  return Ok();
}

json ErrorJson(const Error& e) { return json::parse(ErrorResponse(e).body)["error"]; }

json SourceJson(const documents::ReadDocument& doc, const std::string& file_name) {
  json pages = json::array();
  double sum = 0;
  for (const auto& p : doc.pages) {
    pages.push_back({{"ocr", p.ocr}, {"confidence", p.confidence}});
    sum += p.confidence;
  }
  return {{"kind", documents::SourceKindName(doc.kind)},
          {"file_name", file_name},
          {"page_count", doc.page_count},
          {"pages", pages},
          {"partial", doc.partial},
          {"warnings", doc.warnings},
          {"confidence", doc.pages.empty() ? 0.0 : sum / static_cast<double>(doc.pages.size())}};
}

json FieldsJson(const std::vector<documents::FieldSource>& sources) {
  json out = json::object();
  for (const auto& s : sources) {
    out[s.field] = {{"page", s.page},
                    {"line", s.line},
                    {"confidence", s.confidence},
                    {"match", s.match},
                    {"text", s.text}};
  }
  return out;
}

// The job: read the file, parse its text, find where each field came from.
Result<json> ReadAndParse(const std::string& bytes, const std::string& file_name, size_t limit,
                          const JobProgress& progress) {
  documents::ReadLimits limits;
  limits.max_file_bytes = limit;
  DT_ASSIGN_OR_RETURN(documents::ReadDocument doc,
                      documents::ReadDocumentBytes(bytes, file_name, limits, progress));
  std::string text = doc.Text();
  DT_ASSIGN_OR_RETURN(documents::ParsedDocument parsed, documents::ParseDocument(text));
  json out = json::object();
  out["source"] = SourceJson(doc, file_name);
  out["text"] = text;
  out["document"] = json::parse(documents::ToJson(parsed).dump());  // keeps the preview's order
  out["fields"] = FieldsJson(documents::FindFieldSources(doc.pages, parsed));
  return out;
}

HttpResponse SubmitHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  std::string file_name = req.Query("file_name").value_or("");
  if (file_name.size() > kMaxFileName) {
    return ErrorResponse(
        BadRequest("file_name", "dài quá " + std::to_string(kMaxFileName) + " byte"));
  }
  size_t limit = api.options().document_upload_limit_bytes;
  if (auto st = CheckUpload(req, limit); !st.ok()) return ErrorResponse(st.error());
  auto id =
      api.jobs().Submit(actor.user.value, req.body,
                        [file_name, limit](const std::string& bytes, const JobProgress& progress) {
                          return ReadAndParse(bytes, file_name, limit, progress);
                        });
  if (!id.ok()) return ErrorResponse(id.error(), /*retry_after_s=*/10);
  HttpResponse r = JsonResponse(202, {{"id", *id}, {"state", "queued"}, {"done", 0}, {"total", 0}});
  r.headers.emplace_back("Location", "/api/documents/reads/" + *id);
  return r;
}

json SnapshotJson(const JobSnapshot& s) {
  json j = {{"state", JobStateName(s.state)}, {"done", s.done}, {"total", s.total}};
  if (s.error) j["error"] = ErrorJson(*s.error);
  if (s.result) j["result"] = *s.result;
  return j;
}

HttpResponse PageHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  const std::string& id = req.path_params.at("id");
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t n, PathId(req, "n"));
  if (n < 1 || n > 100000) return ErrorResponse(BadRequest("n", "số trang từ 1"));
  DT_ASSIGN_OR_RETURN_RESPONSE(
      auto png, api.jobs().Artefact(actor.user.value, id, "page-" + std::to_string(n),
                                    [n](const std::string& bytes) {
                                      return documents::RenderPagePng(
                                          bytes, static_cast<int>(n - 1), kPageDpi);
                                    }));
  HttpResponse r;
  r.content_type = "image/png";
  r.body = *png;
  return r;
}

}  // namespace

void RegisterDocumentReadRoutes(Router& r, Api& api) {
  r.Add(Method::kPost, "/api/documents/reads", Access::kStaff, kRecordDocumentRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          return SubmitHandler(api, req, *actor);
        })
      .body_limit = api.options().document_upload_limit_bytes;
  r.Add(Method::kGet, "/api/documents/reads/{id}", Access::kStaff, kRecordDocumentRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          return Respond(api.jobs().Get(actor->user.value, req.path_params.at("id")), 200,
                         SnapshotJson);
        });
  r.Add(
      Method::kGet, "/api/documents/reads/{id}/pages/{n}", Access::kStaff, kRecordDocumentRoles,
      [&api](const HttpRequest& req, const Actor* actor) { return PageHandler(api, req, *actor); });
}

}  // namespace doithoai::http
