#!/usr/bin/env bash
# Runs one fuzz target for a while from its corpus in the repository and prints one line:
#   fuzz <target>: <executions> executions in at most <s> s, no crash   (or CRASH … with the input)
# Usage: fuzz/run.sh BINARY TARGET SECONDS WORKDIR [extra libFuzzer flags…]
# New inputs go to WORKDIR/corpus/<target> (never into the repository; `make fuzz-merge`
# minimises them into fuzz/corpus), a crashing input to WORKDIR/artifacts/, the full log to
# WORKDIR/<target>.log. Exits non-zero on a crash, a sanitizer report, a leak or a timeout.
# FUZZ_FRESH_CORPUS=1 (the ctest runs) empties WORKDIR/corpus/<target> first, so a run starts
# from the repository's corpus alone, as in a fresh clone.
set -uo pipefail
bin="$1"; target="$2"; seconds="$3"; work="$4"; shift 4
here="$(cd "$(dirname "$0")" && pwd)"
[[ "${FUZZ_FRESH_CORPUS:-0}" == 1 ]] && rm -rf "${work:?}/corpus/$target"
mkdir -p "$work/corpus/$target" "$work/artifacts"
log="$work/$target.log"
flags=(-max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -print_final_stats=1
       -artifact_prefix="$work/artifacts/$target-")
[[ -f "$here/dict/$target.dict" ]] && flags+=(-dict="$here/dict/$target.dict")
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/../scripts/lsan.supp}"
if [[ -z "${ASAN_SYMBOLIZER_PATH:-}" ]] && command -v llvm-symbolizer-14 >/dev/null; then
  export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer-14)"
fi
"$bin" "${flags[@]}" "$@" "$work/corpus/$target" "$here/corpus/$target" >"$log" 2>&1
status=$?
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
if ((status == 0)); then
  echo "fuzz $target: ${execs:-?} executions in at most $seconds s, no crash"
else
  input=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
  echo "fuzz $target: CRASH after ${execs:-?} executions (exit $status), input ${input:-none}; log $log"
  grep -m 1 -A 40 -E "fuzz check failed|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|deadly signal" \
    "$log" || tail -n 60 "$log"
fi
exit $status
