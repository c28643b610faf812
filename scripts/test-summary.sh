#!/usr/bin/env bash
# Prints ctest's JUnit reports as one closing line: "N passed, N failed, N skipped", summed
# over every report given (`make test` gives the normal build's and the sanitizer build's),
# after one line per report when there are several. A missing report counts as one failure.
set -euo pipefail
sum_total=0; sum_failed=0; sum_skipped=0
for report in "$@"; do
  if [[ ! -f "$report" ]]; then
    echo "$report: missing (its build or ctest did not run)"
    sum_failed=$((sum_failed + 1)); continue
  fi
  head=$(tr '\n\t' '  ' <"$report" | grep -o '<testsuite [^>]*>' | head -n 1)
  attr() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$head"; }
  total=$(attr tests); failed=$(attr failures); skipped=$(attr skipped)
  total=${total:-0}; failed=${failed:-0}; skipped=${skipped:-0}
  if (($# > 1)); then
    echo "$(dirname "$report"): $((total - failed - skipped)) passed, ${failed} failed, ${skipped} skipped"
  fi
  sum_total=$((sum_total + total)); sum_failed=$((sum_failed + failed)); sum_skipped=$((sum_skipped + skipped))
done
echo "$((sum_total - sum_failed - sum_skipped)) passed, ${sum_failed} failed, ${sum_skipped} skipped"
