#!/usr/bin/env bash
# HTTP read throughput: doithoai against nginx serving the very same bytes.
#
# Seeds a 10,000-question database (bench_seed), starts doithoai (rate limits off), saves the
# exact bodies of the two public GETs below, has nginx (2 workers, access_log off, keep-alive,
# sendfile) serve those files at the same paths, then runs the same wrk command against each:
#   GET /api/dialogues/1/answers?limit=20  cached in memory, answered on the network threads
#   GET /api/dialogues/1                   not cached: blocking pool + SQLite read each time
# and, last, the first path again while WRITES_PER_S questions/s are submitted (the cache goes
# stale on every write). Prints one Markdown row per (path, server) and the ratio doithoai/nginx.
#
# Also the servers' CPU time per request (from /proc), which other work on the machine
# disturbs less than req/s.
#
# Targets (docs/benchmarks.md): cached answers >= 70% of nginx's req/s, p99 < 10 ms.
# Environment: WRK_THREADS (2), WRK_CONNS (64), WRK_SECONDS (10), SEED_DB (reuse a seed),
# HTTP_ROUNDS (1: rounds of nginx then doithoai; the targets use the median),
# WRITES_PER_S (10; 0 skips the run under writes), HTTP_PATHS.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
need wrk nginx curl sqlite3 ss
need_binaries

WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNS="${WRK_CONNS:-64}"
WRK_SECONDS="${WRK_SECONDS:-10}"
HTTP_ROUNDS="${HTTP_ROUNDS:-1}"
WRITES_PER_S="${WRITES_PER_S:-10}"
# HTTP_PATHS (space-separated) replaces the two paths, e.g. for a diagnosis; the targets are
# checked on the first.
read -r -a PATHS <<<"${HTTP_PATHS:-/api/dialogues/1/answers?limit=20 /api/dialogues/1}"

db="$BENCH_TMP/http.db"
seed_db "$db"
dt_port="$(free_port)"
start_server "$db" "$dt_port"
dt_pid="$SERVER_PID"

# nginx serves each saved body at its own path and query (a map from $request_uri to the file).
www="$BENCH_TMP/www"
mkdir -p "$www" "$BENCH_TMP/nginx-tmp"
chmod 755 "$BENCH_TMP" "$www"
bodies=""
for i in "${!PATHS[@]}"; do
  path="${PATHS[$i]}"
  curl -fs "http://127.0.0.1:$dt_port$path" -o "$www/body-$i.json"
  chmod 644 "$www/body-$i.json"
  bodies+="    \"$path\" body-$i.json;"$'\n'
done
ng_port="$dt_port"
while [[ "$ng_port" == "$dt_port" ]]; do ng_port="$(free_port)"; done
cat >"$BENCH_TMP/nginx.conf" <<EOF
worker_processes 2;
daemon off;
pid $BENCH_TMP/nginx.pid;
error_log $BENCH_TMP/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  types { }
  default_type application/json;
  sendfile ${NGINX_SENDFILE:-on};
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 100000000;
  client_body_temp_path $BENCH_TMP/nginx-tmp/body;
  proxy_temp_path $BENCH_TMP/nginx-tmp/proxy;
  fastcgi_temp_path $BENCH_TMP/nginx-tmp/fastcgi;
  uwsgi_temp_path $BENCH_TMP/nginx-tmp/uwsgi;
  scgi_temp_path $BENCH_TMP/nginx-tmp/scgi;
  open_file_cache max=64 inactive=60s;
  open_file_cache_valid 60s;
  map \$request_uri \$body_file {
    default "";
$bodies  }
  server {
    listen 127.0.0.1:$ng_port reuseport;
    root $www;
    location / { try_files /\$body_file =404; }
  }
}
EOF
nginx -p "$BENCH_TMP" -e "$BENCH_TMP/nginx-error.log" -c "$BENCH_TMP/nginx.conf" &
ng_pid=$!
BENCH_STARTED_PIDS+=("$ng_pid")
wait_http "http://127.0.0.1:$ng_port${PATHS[0]}"
for i in "${!PATHS[@]}"; do
  cmp -s <(curl -fs "http://127.0.0.1:$ng_port${PATHS[$i]}") "$www/body-$i.json" ||
    die "nginx does not serve the saved body of ${PATHS[$i]}"
done

# CPU time (clock ticks) used so far by processes PIDS... (all their threads).
cpu_ticks() {
  local pid t=0
  for pid in "$@"; do
    t=$((t + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$t"
}

# run_wrk NAME PORT PATH PIDS...: a 2 s warm-up, then the measured run saved to
# $BENCH_TMP/NAME.txt, and the servers' CPU µs per request to $BENCH_TMP/NAME.cpu.
run_wrk() {
  local name="$1" url="http://127.0.0.1:$2$3" before after requests
  shift 3
  wrk -t"$WRK_THREADS" -c"$WRK_CONNS" -d2s "$url" >/dev/null
  before="$(cpu_ticks "$@")"
  wrk -t"$WRK_THREADS" -c"$WRK_CONNS" -d"${WRK_SECONDS}s" --latency "$url" >"$BENCH_TMP/$name.txt"
  after="$(cpu_ticks "$@")"
  requests="$(awk '/ requests in / { print $1 }' "$BENCH_TMP/$name.txt")"
  awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.1f", n ? t * 1e6 / hz / n : 0 }' >"$BENCH_TMP/$name.cpu"
}

row() {  # row LABEL SERVER NAME BYTES
  local f="$BENCH_TMP/$3.txt"
  printf '| `%s` | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$(wrk_rps "$f")" \
    "$(wrk_p "$f" 50)" "$(wrk_p "$f" 99)" "$(cat "$BENCH_TMP/$3.cpu")" "$(wrk_errors "$f")" "$4"
}

ratio() { awk -v a="$(wrk_rps "$BENCH_TMP/$1.txt")" -v b="$(wrk_rps "$BENCH_TMP/$2.txt")" \
  'BEGIN { printf "%.0f", 100 * a / b }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

nginx_pids=("$ng_pid" $(pgrep -P "$ng_pid"))
echo "| path | server | req/s | p50 ms | p99 ms | server CPU µs/req | errors | body bytes |"
echo "|---|---|---|---|---|---|---|---|"
declare -A ratios p99s
for r in $(seq "$HTTP_ROUNDS"); do
  for i in "${!PATHS[@]}"; do
    path="${PATHS[$i]}"
    run_wrk "nginx-$i-$r" "$ng_port" "$path" "${nginx_pids[@]}"
    run_wrk "doithoai-$i-$r" "$dt_port" "$path" "$dt_pid"
    bytes="$(stat -c %s "$www/body-$i.json")"
    label="GET $path"
    ((HTTP_ROUNDS == 1)) || label+=" (round $r)"
    row "$label" nginx "nginx-$i-$r" "$bytes"
    row "$label" doithoai "doithoai-$i-$r" "$bytes"
    ratios[$i]+=" $(ratio "doithoai-$i-$r" "nginx-$i-$r")"
    p99s[$i]+=" $(wrk_p "$BENCH_TMP/doithoai-$i-$r.txt" 99)"
  done
done

# The cached page again while questions arrive (WRITES_PER_S, default 10, by curl): each
# write makes the cached page stale once it is public_cache_ms old.
writer() {
  local i pause
  pause="$(awk -v r="$WRITES_PER_S" 'BEGIN { print 1 / r }')"
  for i in $(seq $(((WRK_SECONDS + 5) * WRITES_PER_S))); do
    curl -s --max-time 5 -o /dev/null -X POST -H 'Content-Type: application/json' \
      -d "{\"text\":\"Câu hỏi gửi trong lúc đo số $i: thành phố hỗ trợ thanh niên thế nào?\",\"age\":20,\"consent\":true}" \
      "http://127.0.0.1:$dt_port/api/dialogues/1/questions"
    sleep "$pause"
  done
}
if ((WRITES_PER_S > 0)); then
  writer &
  writer_pid=$!
  BENCH_STARTED_PIDS+=("$writer_pid")
  sleep 1
  run_wrk doithoai-writes "$dt_port" "${PATHS[0]}" "$dt_pid"
  stop_pid "$writer_pid"
  row "GET ${PATHS[0]}, $WRITES_PER_S questions/s arriving" doithoai doithoai-writes \
    "$(stat -c %s "$www/body-0.json")"
fi

echo
for i in "${!PATHS[@]}"; do
  echo "ratio doithoai/nginx req/s, GET ${PATHS[$i]}: $(median ${ratios[$i]})%$(
    ((HTTP_ROUNDS == 1)) || echo " (median of rounds:${ratios[$i]})")"
done
if ((WRITES_PER_S > 0)); then
  echo "ratio doithoai/nginx req/s, GET ${PATHS[0]} with $WRITES_PER_S writes/s: $(ratio doithoai-writes "nginx-0-$HTTP_ROUNDS")%"
fi
echo "doithoai RSS after the load: $(($(rss_kb "$dt_pid") / 1024)) MB"
echo "target >= 70% of nginx req/s (${PATHS[0]}): $(
  (($(median ${ratios[0]}) >= 70)) && echo met || echo MISSED)"
echo "target p99 < 10 ms (${PATHS[0]}): $(
  awk -v p="$(median ${p99s[0]})" 'BEGIN { print (p < 10) ? "met" : "MISSED" }')"
echo "wrk -t$WRK_THREADS -c$WRK_CONNS -d${WRK_SECONDS}s --latency; $(nproc) cores, loopback, wrk on the same cores"
