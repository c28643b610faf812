// Protocol-neutral HTTP messages. API handlers take an HttpRequest and return an
// HttpResponse; only server/ knows about sockets and Boost.Beast, so handlers are tested as
// plain functions.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "http/event_channel.h"

namespace doithoai::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOther };

struct HttpRequest {
  Method method = Method::kGet;
  std::string target;                             // raw, with query string
  std::string path;                               // percent-decoded, without query
  std::multimap<std::string, std::string> query;  // percent-decoded
  std::string body;
  std::string content_type;
  std::string cookie;      // the raw Cookie header
  std::string csrf_token;  // X-CSRF-Token header
  std::string if_none_match;
  std::string host;                                // the Host header, as sent
  std::string client;                              // remote address, for rate limits
  std::map<std::string, std::string> path_params;  // filled by the router
  bool takes_wire = false;  // the server can send HttpResponse::wire as is (1.1 keep-alive GET)

  std::optional<std::string> Query(const std::string& key) const {
    auto it = query.find(key);
    return it == query.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  std::optional<std::string> Cookie(const std::string& name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // Optional: the whole response already serialised (SerializeHttp11), shared by every
  // request for a cached page so the server writes it without copying.
  std::shared_ptr<const std::string> wire;
  // Optional: the connection stays open as a Server-Sent Events stream of this channel
  // (text/event-stream, `headers` added): its latest event first, then each newer one, a
  // comment line every 15 s so proxies keep it open, until the client goes. `stream_slot` is
  // dropped when the stream ends (it releases the hub's slot).
  std::shared_ptr<EventChannel> events;
  std::shared_ptr<void> stream_slot;
};

// An HTTP/1.1 response (keep-alive) as bytes: status line, Server, Content-Type,
// Content-Length, `headers`, body.
std::string SerializeHttp11(const HttpResponse& res);

// Splits "/a/b?x=1&y=%C4%91" into a decoded path and query. False for a malformed escape or
// a decoded path/query that is not valid UTF-8.
bool ParseTarget(const std::string& target, std::string& path,
                 std::multimap<std::string, std::string>& query);

}  // namespace doithoai::http
