#!/usr/bin/env bash
# The long fuzz runs (`make fuzz`, `make fuzz-merge`; docs/security.md "Fuzzing and sanitizers").
#   scripts/fuzz.sh run BUILD SECONDS JOBS   every target in BUILD/fuzz for SECONDS each, JOBS
#                                            at a time; one line per target, then a total
#   scripts/fuzz.sh merge BUILD              adds the inputs those runs found that reach new
#                                            code to fuzz/corpus/<target> (libFuzzer -merge=1)
# Targets are the BUILD/fuzz/*_fuzz binaries; FUZZ_TARGETS="json csv" picks some.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="$1"; build="$2"
work="$build/fuzz/long"
targets=()
for bin in "$build"/fuzz/*_fuzz; do
  name=$(basename "$bin" _fuzz)
  if [[ -z "${FUZZ_TARGETS:-}" || " $FUZZ_TARGETS " == *" $name "* ]]; then targets+=("$name"); fi
done
((${#targets[@]})) || { echo "fuzz: no targets in $build/fuzz (build fuzz_targets first)" >&2; exit 2; }

case "$mode" in
  run)
    seconds="$3"; jobs="$4"
    mkdir -p "$work"
    status=0
    printf '%s\n' "${targets[@]}" |
      xargs -P "$jobs" -I{} fuzz/run.sh "$build/fuzz/{}_fuzz" {} "$seconds" "$work" |
      tee "$work/summary.txt" || status=$?
    total=$(sed -n 's/^fuzz [a-z_]*: \([0-9]*\) executions.*/\1/p' "$work/summary.txt" |
            awk '{s += $1} END {print s + 0}')
    crashes=$(grep -c CRASH "$work/summary.txt" || true)
    echo "fuzz: ${#targets[@]} targets, $total executions, $crashes crashed (logs in $work)"
    exit $status
    ;;
  merge)
    for t in "${targets[@]}"; do
      [[ -d "$work/corpus/$t" ]] || continue
      before=$(ls fuzz/corpus/"$t" | wc -l)
      "$build/fuzz/${t}_fuzz" -merge=1 fuzz/corpus/"$t" "$work/corpus/$t" >"$work/$t.merge.log" 2>&1
      echo "fuzz merge $t: $before → $(ls fuzz/corpus/"$t" | wc -l) inputs"
    done
    ;;
  *)
    echo "usage: scripts/fuzz.sh run BUILD SECONDS JOBS | merge BUILD" >&2; exit 2 ;;
esac
