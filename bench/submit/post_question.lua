-- wrk script: POST a question to dialogue 1 and count the 201s (durable, acknowledged
-- submissions) across all threads. Each request carries its own text, as real ones would.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  created, refused, n = 0, 0, 0
end

function request()
  n = n + 1
  local body = string.format(
    '{"text":"Câu hỏi thử tải %d-%d: thành phố có hỗ trợ thanh niên khởi nghiệp xanh không ạ?",' ..
    '"age":%d,"consent":true}', id, n, 16 + n % 15)
  return wrk.format("POST", wrk.path,  -- the URL given to wrk: the dialogue open for questions
                    { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
  local c, r = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    r = r + t:get("refused")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("created %d\nrefused %d\nseconds %.3f\ncreated_per_s %.0f\n",
                         c, r, seconds, c / seconds))
end
