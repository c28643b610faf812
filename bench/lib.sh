# Shared by the bench/*/run.sh scripts (sourced, not run). Everything stays on 127.0.0.1;
# every process a script starts is recorded with its PID and ended by that PID on exit.
#
# Environment:
#   DOITHOAI   the server binary (default build/doithoai)
#   BENCH_SEED the seed program (default build/bench/bench_seed)
#   BENCH_TMP  work folder (default: a fresh mktemp -d, removed on exit unless KEEP=1)

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOITHOAI="${DOITHOAI:-$BENCH_ROOT/build/doithoai}"
BENCH_SEED="${BENCH_SEED:-$BENCH_ROOT/build/bench/bench_seed}"
BENCH_STARTED_PIDS=()

if [[ -z "${BENCH_TMP:-}" ]]; then
  BENCH_TMP="$(mktemp -d /tmp/doithoai-bench.XXXXXX)"
  BENCH_OWN_TMP=1
fi

bench_cleanup() {
  local pid
  for pid in "${BENCH_STARTED_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  if [[ -n "${BENCH_OWN_TMP:-}" && -z "${KEEP:-}" ]]; then rm -rf "$BENCH_TMP"; fi
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

die() { echo "bench: $*" >&2; exit 1; }

need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 ||
      die "$tool is missing: run scripts/install-deps.sh --bench"
  done
}

need_binaries() {
  [[ -x "$DOITHOAI" ]] || die "no server binary at $DOITHOAI (ninja -C build doithoai)"
  [[ -x "$BENCH_SEED" ]] || die "no seed program at $BENCH_SEED (ninja -C build bench_seed)"
}

# A TCP port on 127.0.0.1 nobody listens on, from a random start in 20000-29999.
free_port() {
  local port=$((20000 + RANDOM % 10000)) tries
  for tries in $(seq 200); do
    if ! ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; then echo "$port"; return; fi
    port=$((port + 1))
  done
  die "no free port"
}

# Waits until GET url answers 200, at most $2 seconds (default 15).
wait_http() {
  local url="$1" limit="${2:-15}" i
  for i in $(seq $((limit * 10))); do
    curl -fs -o /dev/null --max-time 1 "$url" && return 0
    sleep 0.1
  done
  die "no answer from $url after ${limit}s"
}

# start_server DB PORT [extra serve flags...]: starts doithoai, sets SERVER_PID.
start_server() {
  local db="$1" port="$2"
  shift 2
  "$DOITHOAI" --db "$db" serve --address 127.0.0.1 --port "$port" \
    --submissions-per-minute 0 --sign-ins-per-minute 0 "$@" \
    >>"$BENCH_TMP/server-$port.log" 2>&1 &
  SERVER_PID=$!
  BENCH_STARTED_PIDS+=("$SERVER_PID")
  wait_http "http://127.0.0.1:$port/api/health"
}

# Ends a process this script started, by its PID.
stop_pid() {
  local pid="$1"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# seed_db FILE: a 10,000-question database (or BENCH_QUESTIONS) unless SEED_DB names one to copy.
seed_db() {
  local out="$1"
  if [[ -n "${SEED_DB:-}" ]]; then
    cp "$SEED_DB" "$out"
    return
  fi
  "$BENCH_SEED" --db "$out" --questions "${BENCH_QUESTIONS:-10000}" >&2
  sqlite3 "$out" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
}

# wrk's latency figure ("812.00us", "3.21ms", "1.02s") in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else printf "?" }'
}

# Fields of a saved wrk --latency output: rps, p50 (ms), p99 (ms), errors (non-2xx + socket).
wrk_rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
wrk_p() { to_ms "$(awk -v p="$2%" '$1 == p { print $2 }' "$1")"; }
wrk_errors() {
  awk '/Non-2xx or 3xx responses:/ { n += $NF }
       /Socket errors:/ { for (i = 4; i <= NF; i += 2) { gsub(/,/, "", $i); n += $i } }
       END { print n + 0 }' "$1"
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

# Percent of CPU time busy (all cores) over one second, from /proc/stat.
cpu_busy_pct() {
  local a b
  a=($(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat))
  sleep 1
  b=($(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat))
  awk -v busy=$((b[0] - a[0])) -v idle=$((b[1] - a[1])) \
    'BEGIN { printf "%.0f", 100 * busy / (busy + idle + (busy + idle == 0)) }'
}

# On a shared machine: waits up to BENCH_WAIT_QUIET seconds (default 0) for the CPUs to be
# at most BENCH_MAX_BUSY percent busy (default 10); prints the busy percent measured last.
wait_quiet() {
  local deadline=$((SECONDS + ${BENCH_WAIT_QUIET:-0})) busy
  busy="$(cpu_busy_pct)"
  while ((busy > ${BENCH_MAX_BUSY:-10} && SECONDS < deadline)); do
    sleep 4
    busy="$(cpu_busy_pct)"
  done
  echo "$busy"
}
