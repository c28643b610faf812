#!/usr/bin/env bash
# Prints ctest's JUnit report as one closing line: "N passed, N failed, N skipped".
set -euo pipefail
report="$1"
head=$(tr '\n\t' '  ' <"$report" | grep -o '<testsuite [^>]*>' | head -n 1)
attr() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$head"; }
total=$(attr tests); failed=$(attr failures); skipped=$(attr skipped)
total=${total:-0}; failed=${failed:-0}; skipped=${skipped:-0}
echo "$((total - failed - skipped)) passed, ${failed} failed, ${skipped} skipped"
