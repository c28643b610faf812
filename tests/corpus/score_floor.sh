#!/usr/bin/env bash
# Scores the parser on one form of the real documents corpus (issue 11), both splits in one
# run, and fails when the accuracy of a split falls below its floor. The forms (DOCX, text PDF,
# scanned PDF) are made by tests/data/documents/real/make-forms.sh into FORMS_DIR (the
# corpus_forms fixture in tests/CMakeLists.txt).
#
# Usage: score_floor.sh FORM TUNE_FLOOR HOLDOUT_FLOOR      (env: DOITHOAI_BIN, FORMS_DIR)
# The figures behind the floors are in docs/benchmarks.md, "Forms: DOCX, PDF and scans";
# raise the floors with the scores, never lower them silently.
set -euo pipefail
form=$1 tune_floor=$2 holdout_floor=$3
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$root/tests/data/documents/real"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$DOITHOAI_BIN" document score "$corpus" --form "$form" --forms-dir "$FORMS_DIR" --split all \
  --json >"$out/score.json"
node -e '
  const [file, form, tuneFloor, holdoutFloor] = process.argv.slice(1);
  const splits = JSON.parse(require("fs").readFileSync(file, "utf8")).splits;
  let ok = true;
  for (const [name, floor] of [["tune", +tuneFloor], ["holdout", +holdoutFloor]]) {
    const s = splits[name];
    const pass = s.accuracy >= floor;
    ok = ok && pass;
    console.log(`${form} ${name}: ${s.fields_right}/${s.fields_total} = ${s.accuracy} ` +
                `(floor ${floor}, ${s.documents} documents, ${s.refused} refused)` +
                (pass ? "" : "  BELOW THE FLOOR"));
  }
  process.exit(ok ? 0 : 1);' "$out/score.json" "$form" "$tune_floor" "$holdout_floor" || {
  echo "score_floor: see the misses with: $DOITHOAI_BIN document score $corpus --form $form" \
       "--forms-dir $FORMS_DIR --verbose" >&2
  exit 1
}
