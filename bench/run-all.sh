#!/usr/bin/env bash
# Runs every benchmark and writes the figures, as Markdown, to
# $BENCH_OUT/results-<time>.md (default build/bench-results) and to standard output.
# docs/benchmarks.md explains each table and the targets.
#
#   ./bench/run-all.sh            # or `make bench`, which builds and installs wrk/nginx first
#
# Needs build/doithoai and build/bench/bench_seed (ninja -C build doithoai bench_seed).
# On a shared machine, BENCH_WAIT_QUIET=600 waits up to 10 minutes before each benchmark for
# the CPUs to be idle (at most BENCH_MAX_BUSY=10 percent busy); the busy figure is recorded.
# Exits non-zero if a benchmark fails to run or the crash test loses an acknowledged write;
# a missed performance target is reported in the figures, not as a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
need_binaries

out_dir="${BENCH_OUT:-build/bench-results}"
mkdir -p "$out_dir"
out="$out_dir/results-$(date +%Y%m%d-%H%M%S).md"

# One seed for the HTTP benchmark; the others start from the demo alone.
seed="$BENCH_TMP/seed.db"
echo "bench: seeding 10,000 questions..." >&2
seed_db "$seed"

section() {  # section TITLE COMMAND...
  local title="$1" rc=0
  shift
  echo "bench: $title" >&2
  local busy
  busy="$(wait_quiet)"
  {
    echo "## $title"
    echo
    echo '`'"$*"'`'" (CPU ${busy}% busy with other work just before)"
    echo
  } >>"$out"
  "$@" | tee -a "$out" || rc=$?
  echo >>"$out"
  return "$rc"
}

{
  echo "# doithoai benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)"
  echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews every figure)"
  echo "- server binary: $(stat -c '%y' "$DOITHOAI" | cut -d. -f1)"
  echo "- $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $(nginx -v 2>&1 | cut -d' ' -f3), sqlite $(sqlite3 --version | cut -d' ' -f1), node $(node --version)"
  echo "- commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet -- src 2>/dev/null || echo ' (src modified)')"
  echo "- loopback only; wrk shares the cores with the server: compare ratios, not absolutes"
  echo
} >"$out"
cat "$out"

status=0
SEED_DB="$seed" HTTP_ROUNDS="${HTTP_ROUNDS:-3}" section "HTTP reads: doithoai vs nginx, same bytes" bench/http/run.sh || status=1
section "Durable question submissions" bench/submit/run.sh || status=1
section "Crash test: kill -9 under submission load" bench/submit/crash.sh || status=1
section "Idle memory" bench/memory/run.sh || status=1
section "Indicators: roll-up, completeness, XLSX import (issue 4)" "${BENCH_INDICATORS:-build/bench/bench_indicators}" || status=1
section "Tasks: status roll-up over 100,000 tasks, the national board (issue 3)" "${BENCH_TASKS:-build/bench/bench_tasks}" || status=1
DOITHOAI_BIN="$DOITHOAI" section "Mail: messages/s to a local SMTP server (issue 14)" bench/mail/mail_send.py || status=1
section "Mail: question intake while the server sends mail (issue 14)" bench/mail/intake_while_sending.sh || status=1
section "The dialogue day: the screen to 2,000 viewers (issue 15)" bench/live/run.sh || status=1

echo "bench: figures written to $out" >&2
exit "$status"
