#include "http/server/server.h"

#include <spdlog/spdlog.h>

#include <array>
#include <boost/asio.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/beast.hpp>
#include <memory>
#include <thread>
#include <vector>

namespace doithoai::http {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = net::ip::tcp;
constexpr auto kUseTuple = net::as_tuple(net::use_awaitable);

Method MethodOf(bhttp::verb v) {
  switch (v) {
    case bhttp::verb::get:
      return Method::kGet;
    case bhttp::verb::head:
      return Method::kHead;
    case bhttp::verb::post:
      return Method::kPost;
    case bhttp::verb::put:
      return Method::kPut;
    case bhttp::verb::patch:
      return Method::kPatch;
    case bhttp::verb::delete_:
      return Method::kDelete;
    default:
      return Method::kOther;
  }
}

HttpRequest ToRequest(bhttp::request<bhttp::string_body>&& req, const std::string& client) {
  HttpRequest r;
  r.method = MethodOf(req.method());
  r.target = std::string(req.target());
  r.content_type = std::string(req[bhttp::field::content_type]);
  r.cookie = std::string(req[bhttp::field::cookie]);
  r.csrf_token = std::string(req["X-CSRF-Token"]);
  r.if_none_match = std::string(req[bhttp::field::if_none_match]);
  r.host = std::string(req[bhttp::field::host]);
  r.client = client;
  r.body = std::move(req.body());
  return r;
}

bhttp::response<bhttp::string_body> ToBeast(HttpResponse&& res, unsigned version, bool keep_alive,
                                            bool head) {
  bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(res.status), version};
  out.set(bhttp::field::server, "doithoai");
  out.set(bhttp::field::content_type, res.content_type);
  for (auto& [k, v] : res.headers) out.insert(k, v);
  out.keep_alive(keep_alive);
  size_t length = res.body.size();
  if (!head) out.body() = std::move(res.body);
  out.content_length(length);
  return out;
}

// Runs `api.Handle` on the blocking pool and resumes on the connection's executor.
net::awaitable<HttpResponse> HandleOffLoop(Api& api, net::thread_pool& pool, HttpRequest& req) {
  auto ex = co_await net::this_coro::executor;
  co_return co_await net::async_initiate<decltype(net::use_awaitable), void(HttpResponse)>(
      [&api, &pool, &req, ex](auto handler) {
        net::post(pool, [&api, &req, ex, handler = std::move(handler)]() mutable {
          HttpResponse res = api.Handle(req);
          net::post(ex, [handler = std::move(handler), res = std::move(res)]() mutable {
            std::move(handler)(std::move(res));
          });
        });
      },
      net::use_awaitable);
}

// Runs `job` every job.every on the blocking pool, waiting for each run before the next
// period starts. Ends when the io_context stops (the timer is abandoned with it).
net::awaitable<void> Repeat(const PeriodicJob& job, net::thread_pool& pool) {
  auto ex = co_await net::this_coro::executor;
  net::steady_timer timer(ex);
  for (;;) {
    timer.expires_after(job.every);
    auto [ec] = co_await timer.async_wait(kUseTuple);
    if (ec) co_return;
    co_await net::async_initiate<decltype(net::use_awaitable), void()>(
        [&job, &pool, ex](auto handler) {
          net::post(pool, [&job, ex, handler = std::move(handler)]() mutable {
            try {
              job.run();
            } catch (const std::exception& e) {
              spdlog::error("{}: {}", job.name, e.what());
            }
            net::post(ex, std::move(handler));
          });
        },
        net::use_awaitable);
  }
}

HttpResponse PlainError(int status, const char* code, const char* message,
                        const char* field = "body") {
  HttpResponse r;
  r.status = status;
  r.body = std::string(R"({"error":{"code":")") + code + R"(","message":")" + message +
           R"(","fields":[{"field":")" + field + R"(","reason":")" + message + R"("}]}})";
  return r;
}

// After refusing a request whose body is still arriving: stop sending, then read and drop what
// the client still sends (at most 2 s and 64 MiB), so that closing does not reset the
// connection (a close with unread data sends RST) before the client has read the refusal.
net::awaitable<void> DrainBeforeClose(beast::tcp_stream& stream) {
  beast::error_code ec;
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  stream.expires_after(std::chrono::seconds(2));
  std::array<char, 16384> chunk;
  size_t total = 0;
  while (total < (size_t{64} << 20)) {
    auto [read_ec, n] = co_await stream.async_read_some(net::buffer(chunk), kUseTuple);
    if (read_ec) break;
    total += n;
  }
}

// A Server-Sent Events stream (message.h): the header, then the channel's latest event and
// each newer one as it is published; a comment every kKeepAlive so that idle proxies and the
// browser keep the connection. A publish on any thread wakes this connection by cancelling
// its timer on its own executor. Ends when a write fails (the client went) or the server stops.
constexpr auto kKeepAlive = std::chrono::seconds(15);

net::awaitable<void> StreamEvents(beast::tcp_stream& stream, HttpResponse& res) {
  std::string head =
      "HTTP/1.1 200 OK\r\nServer: doithoai\r\nContent-Type: text/event-stream; "
      "charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
      "X-Accel-Buffering: no\r\n";
  for (const auto& [k, v] : res.headers) head += k + ": " + v + "\r\n";
  head += "\r\nretry: 2000\n\n";
  stream.expires_after(std::chrono::seconds(30));
  auto [head_ec, hn] = co_await net::async_write(stream, net::buffer(head), kUseTuple);
  if (head_ec) co_return;
  auto ex = co_await net::this_coro::executor;
  auto timer = std::make_shared<net::steady_timer>(ex);
  auto wake = [timer, ex] { net::post(ex, [timer] { timer->cancel(); }); };
  // The client sends nothing more; a read that ends means it went: stop waiting at once, so
  // its slot (--max-event-streams) is free now, not at the next keep-alive.
  auto gone = std::make_shared<bool>(false);
  net::co_spawn(
      ex,
      [&socket = stream.socket(), timer, gone]() -> net::awaitable<void> {
        std::array<char, 256> sink;
        for (;;) {
          auto [ec, n] = co_await socket.async_read_some(net::buffer(sink), kUseTuple);
          if (ec) break;  // no access to the socket after this: it may be gone
        }
        *gone = true;
        timer->cancel();
      },
      net::detached);
  EventChannel& channel = *res.events;
  // A wake registered with the channel holds this connection's timer: it must go before the
  // io_context does, also when the server stops with the coroutine suspended (its frame is then
  // destroyed with the io_context, and this guard with it).
  struct Watch {
    EventChannel& channel;
    uint64_t token = 0;
    void Clear() {
      if (token) channel.Unwatch(token);
      token = 0;
    }
    ~Watch() { Clear(); }
  } watch{channel};
  uint64_t sent = 0;
  while (!*gone) {
    EventChannel::Event latest = channel.Latest();
    if (latest.version != sent && latest.bytes) {
      stream.expires_after(std::chrono::seconds(30));
      auto [ec, n] = co_await net::async_write(stream, net::buffer(*latest.bytes), kUseTuple);
      if (ec) co_return;
      sent = latest.version;
      continue;
    }
    watch.token = channel.Watch(wake);
    // A publish between Latest() and Watch() would otherwise wait for the next keep-alive.
    if (channel.Latest().version != sent) {
      watch.Clear();
      continue;
    }
    stream.expires_never();
    timer->expires_after(kKeepAlive);
    auto [wait_ec] = co_await timer->async_wait(kUseTuple);
    watch.Clear();
    if (wait_ec) continue;  // woken by a publish
    static const std::string kComment = ": \n\n";
    stream.expires_after(std::chrono::seconds(30));
    auto [ec, n] = co_await net::async_write(stream, net::buffer(kComment), kUseTuple);
    if (ec) co_return;
  }
}

net::awaitable<void> Session(beast::tcp_stream stream, Api& api, net::thread_pool& pool,
                             const ServerOptions& options) {
  beast::flat_buffer buffer;
  beast::error_code ec;
  std::string client = stream.socket().remote_endpoint(ec).address().to_string();
  for (;;) {
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(16 * 1024);
    // The header first: a route may take a larger body than the default (document uploads).
    // Beast checks Content-Length against the limit while reading the header, so the limit is
    // lifted for the header and the declared length checked here once the route is known; a
    // chunked body is held to the limit as it arrives.
    parser.body_limit(boost::none);
    stream.expires_after(std::chrono::seconds(options.header_timeout_s));
    auto [header_ec, h] = co_await bhttp::async_read_header(stream, buffer, parser, kUseTuple);
    size_t route_limit = 0;
    beast::error_code limit_ec;
    if (!header_ec) {
      std::string_view target = parser.get().target();
      route_limit =
          api.BodyLimitFor(MethodOf(parser.get().method()), target.substr(0, target.find('?')));
      size_t limit = route_limit ? route_limit : options.body_limit_bytes;
      parser.body_limit(limit);
      if (parser.content_length() && *parser.content_length() > limit) {
        limit_ec = bhttp::error::body_limit;
      }
    }
    auto [read_ec, n] = header_ec  ? std::tuple(header_ec, size_t{0})
                        : limit_ec ? std::tuple(limit_ec, size_t{0})
                                   : co_await bhttp::async_read(stream, buffer, parser, kUseTuple);
    if (read_ec == bhttp::error::body_limit || read_ec == bhttp::error::header_limit) {
      // An upload route's body is the file: the error names it.
      auto res = ToBeast(route_limit ? PlainError(413, "too_large", "Tệp quá lớn", "file")
                                     : PlainError(413, "too_large", "Nội dung quá lớn"),
                         11, false, false);
      co_await bhttp::async_write(stream, res, kUseTuple);
      co_await DrainBeforeClose(stream);
      break;
    }
    if (read_ec) break;  // closed, timed out, or malformed
    auto beast_req = parser.release();
    unsigned version = beast_req.version();
    bool keep_alive = beast_req.keep_alive();
    bool head = beast_req.method() == bhttp::verb::head;
    HttpRequest req = ToRequest(std::move(beast_req), client);
    req.takes_wire = keep_alive && !head && version == 11;
    HttpResponse res;
    if (!ParseTarget(req.target, req.path, req.query)) {
      res = PlainError(400, "invalid", "Đường dẫn hoặc tham số không hợp lệ");
    } else if (auto fast = api.TryFast(req)) {
      res = std::move(*fast);
    } else {
      stream.expires_after(std::chrono::seconds(options.request_timeout_s));
      res = co_await HandleOffLoop(api, pool, req);
    }
    if (res.events && !head) {
      co_await StreamEvents(stream, res);
      break;
    }
    stream.expires_after(std::chrono::seconds(options.request_timeout_s));
    if (res.wire && keep_alive && !head && version == 11) {
      // A cached page: its bytes are shared by every request, written without a copy.
      std::shared_ptr<const std::string> wire = res.wire;
      auto [write_ec, w] = co_await net::async_write(stream, net::buffer(*wire), kUseTuple);
      if (write_ec) break;
      continue;
    }
    auto out = ToBeast(std::move(res), version, keep_alive, head);
    auto [write_ec, w] = co_await bhttp::async_write(stream, out, kUseTuple);
    if (write_ec || !keep_alive) break;
  }
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
}

net::awaitable<void> Listen(tcp::acceptor acceptor, Api& api, net::thread_pool& pool,
                            const ServerOptions& options) {
  for (;;) {
    auto [ec, socket] = co_await acceptor.async_accept(kUseTuple);
    if (ec) {
      if (ec == net::error::operation_aborted) co_return;
      continue;
    }
    socket.set_option(tcp::no_delay(true), ec);
    auto executor = socket.get_executor();
    net::co_spawn(executor, Session(beast::tcp_stream(std::move(socket)), api, pool, options),
                  net::detached);
  }
}

}  // namespace

int Serve(Api& api, const ServerOptions& options) {
  int threads = options.network_threads > 0 ? options.network_threads
                                            : std::max(1u, std::thread::hardware_concurrency());
  net::thread_pool pool(options.blocking_threads);
  std::vector<std::unique_ptr<net::io_context>> contexts;
  beast::error_code ec;
  auto address = net::ip::make_address(options.address, ec);
  if (ec) {
    spdlog::error("bad address {}: {}", options.address, ec.message());
    return 2;
  }
  tcp::endpoint endpoint(address, options.port);
  for (int i = 0; i < threads; ++i) {
    auto ioc = std::make_unique<net::io_context>(1);
    tcp::acceptor acceptor(*ioc);
    acceptor.open(endpoint.protocol(), ec);
    acceptor.set_option(net::socket_base::reuse_address(true), ec);
    using reuse_port = net::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>;
    acceptor.set_option(reuse_port(true), ec);
    acceptor.bind(endpoint, ec);
    if (ec) {
      spdlog::error("cannot listen on {}:{}: {}", options.address, options.port, ec.message());
      return 2;
    }
    acceptor.listen(net::socket_base::max_listen_connections, ec);
    net::co_spawn(*ioc, Listen(std::move(acceptor), api, pool, options), net::detached);
    contexts.push_back(std::move(ioc));
  }
  net::signal_set signals(*contexts.front(), SIGINT, SIGTERM);
  signals.async_wait([&](const beast::error_code&, int sig) {
    spdlog::info("signal {}: stopping", sig);
    for (auto& c : contexts) c->stop();
  });
  for (const auto& job : options.jobs) {
    if (job.every.count() <= 0 || !job.run) continue;
    net::co_spawn(*contexts.front(), Repeat(job, pool), net::detached);
    spdlog::info("{} every {} s", job.name, job.every.count());
  }
  spdlog::info("doithoai serving on http://{}:{} ({} network threads, {} blocking)",
               options.address, options.port, threads, options.blocking_threads);
  std::vector<std::thread> workers;
  for (size_t i = 1; i < contexts.size(); ++i) {
    workers.emplace_back([c = contexts[i].get()] { c->run(); });
  }
  contexts.front()->run();
  for (auto& w : workers) w.join();
  pool.join();
  return 0;
}

}  // namespace doithoai::http
