// Open data downloads of a dialogue (issue 14, item 5): GET /api/dialogues/{id}/open-data (the
// data dictionary and licence) and /api/dialogues/{id}/open-data/{dataset}.csv|.json. Public,
// for the dialogues the public may see (app/dialogue/open_data.h), through the public cache:
// a file is rebuilt only when the accountability page or the published answers would change.
#include "app/dialogue/open_data.h"
#include "http/api/api.h"
#include "http/json_input.h"

namespace doithoai::http {

namespace {

constexpr const char* kCacheControl = "public, max-age=60";

HttpResponse Download(std::string body, const char* content_type, const std::string& filename) {
  HttpResponse res;
  res.content_type = content_type;
  res.body = std::move(body);
  res.headers.emplace_back("Cache-Control", kCacheControl);
  // ASCII only: the dataset name is one of the dictionary's, the id a number.
  res.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return res;
}

HttpResponse DictionaryHandler(Api& api, const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  auto source = GetOpenDataSource(api.ctx(), DialogueId(id));
  if (!source.ok()) return ErrorResponse(source.error());
  HttpResponse res;
  res.content_type = "application/json; charset=utf-8";
  res.body = WriteOpenDictionary(*source);
  res.headers.emplace_back("Cache-Control", kCacheControl);
  return res;
}

HttpResponse DatasetHandler(Api& api, const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  const std::string& file = req.path_params.at("file");
  const size_t dot = file.rfind('.');
  const std::string name = file.substr(0, dot);
  const std::string extension = dot == std::string::npos ? "" : file.substr(dot + 1);
  if ((extension != "csv" && extension != "json") || !FindOpenDataset(name)) {
    return ErrorResponse(Error::NotFound("bộ dữ liệu mở"));
  }
  const DialogueId dialogue(id);
  auto fingerprint = [&] { return OpenDataFingerprint(api.ctx(), dialogue); };
  auto build = [&] {
    auto data = GetOpenDataset(api.ctx(), dialogue, name);
    if (!data.ok()) return ErrorResponse(data.error());
    const std::string filename = "doi-thoai-" + std::to_string(id) + "-" + name + "." + extension;
    auto res = extension == "csv"
                   ? Download(WriteOpenCsv(data->table), "text/csv; charset=utf-8", filename)
                   : Download(WriteOpenJson(data->table, data->source),
                              "application/json; charset=utf-8", filename);
    api.AddSecurityHeaders(res);
    return res;
  };
  // Keyed by the canonical URL: a junk query string shares the entry.
  return api.public_cache().Serve(OpenDataPath(dialogue, name, extension),
                                  api.ctx().store.Version(), fingerprint, build);
}

}  // namespace

void RegisterOpenDataRoutes(Router& r, Api& api) {
  r.Add(Method::kGet, "/api/dialogues/{id}/open-data", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return DictionaryHandler(api, req); });
  r.Add(Method::kGet, "/api/dialogues/{id}/open-data/{file}", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return DatasetHandler(api, req); });
}

}  // namespace doithoai::http
