#!/usr/bin/env bash
# Durable question submissions per second through the public API.
#
# A demo database, doithoai with rate limits off, then wrk with post_question.lua: 64
# keep-alive connections POST /api/dialogues/{open demo dialogue}/questions for 10 s. A 201 is sent only once
# the question is committed with synchronous=FULL (group commit), so created/s is durable
# submissions per second. Afterwards the database must hold at least every created question.
#
# Target (docs/benchmarks.md): >= 2,000 durable submissions/s.
# Environment: WRK_THREADS (2), WRK_CONNS (64), WRK_SECONDS (10).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
need wrk curl sqlite3 ss dd
[[ -x "$DOITHOAI" ]] || die "no server binary at $DOITHOAI"

WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNS="${WRK_CONNS:-64}"
WRK_SECONDS="${WRK_SECONDS:-10}"

# The disk's cost of one durable write, for the record: 200 synchronous 4 KiB writes.
fsync_us="$(dd if=/dev/zero of="$BENCH_TMP/dsync" bs=4k count=200 oflag=dsync 2>&1 |
  awk '/copied/ { printf "%.0f", $(NF-3) / 200 * 1e6 }')"
rm -f "$BENCH_TMP/dsync"

db="$BENCH_TMP/submit.db"
demo="$("$DOITHOAI" --db "$db" demo-data --reset)"
# The demo dialogue that takes questions today (a concluded one refuses them: issue 13).
dialogue="$(sed -n 's/.*open for questions: dialogue id \([0-9]*\).*/\1/p' <<<"$demo")"
[[ -n "$dialogue" ]] || { echo "bench/submit: the demo has no dialogue open for questions" >&2; exit 2; }
count() { sqlite3 "$db" "SELECT count(*) FROM questions"; }
before="$(count)"
port="$(free_port)"
start_server "$db" "$port"
wrk -t"$WRK_THREADS" -c"$WRK_CONNS" -d"${WRK_SECONDS}s" --latency \
  -s "$(dirname "$0")/post_question.lua" "http://127.0.0.1:$port/api/dialogues/$dialogue/questions" \
  >"$BENCH_TMP/submit.txt"
stop_pid "$SERVER_PID"
stored=$(($(count) - before))

out="$BENCH_TMP/submit.txt"
field() { awk -v k="$1" '$1 == k { print $2 }' "$out"; }
created="$(field created)"
echo "| endpoint | created/s | p50 ms | p99 ms | created (201) | other statuses | new rows in DB | fsync µs |"
echo "|---|---|---|---|---|---|---|---|"
printf '| `POST /api/dialogues/{id}/questions` | %s | %s | %s | %s | %s | %s | %s |\n' \
  "$(field created_per_s)" "$(wrk_p "$out" 50)" "$(wrk_p "$out" 99)" "$created" \
  "$(field refused)" "$stored" "$fsync_us"
echo
echo "wrk -t$WRK_THREADS -c$WRK_CONNS -d${WRK_SECONDS}s --latency -s bench/submit/post_question.lua"
echo "target >= 2000 durable submissions/s: $(awk -v r="$(field created_per_s)" \
  'BEGIN { print (r >= 2000) ? "met" : "MISSED" }')"
if ((stored < created)); then
  echo "FAIL: $created acknowledged but only $stored stored" >&2
  exit 1
fi
