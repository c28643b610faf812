#!/usr/bin/env bash
# Runs the browser walk (tests/browser/e2e.mjs) against a fresh server with pristine demo data.
#   DOITHOAI_BIN  the server binary (default build/doithoai)
#   PORT          where it listens (default 18080)
#   CHROMIUM      the browser (default /usr/bin/chromium)
#   WALK          only these walk files (space-separated), e.g. tests/browser/conclusions.walk.mjs
# Exits with the test's status. Needs `npm ci` (playwright-core, axe-core) beforehand.
set -uo pipefail

cd "$(dirname "$0")/../.."
BIN="${DOITHOAI_BIN:-build/doithoai}"
PORT="${PORT:-18080}"
TMP="$(mktemp -d)"
SERVER_PID=""

cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT

if [[ ! -x "$BIN" ]]; then
  echo "run.sh: server binary $BIN not found (build it, or set DOITHOAI_BIN)" >&2
  exit 2
fi
if [[ ! -d node_modules/playwright-core || ! -d node_modules/axe-core ]]; then
  echo "run.sh: node_modules missing: run 'npm ci' first" >&2
  exit 2
fi

# --db is an option of the program, so it goes before the subcommand.
"$BIN" --db "$TMP/test.db" demo-data --reset || { echo "run.sh: demo-data failed" >&2; exit 2; }
"$BIN" --db "$TMP/test.db" serve --port "$PORT" --web web >"$TMP/server.log" 2>&1 &
SERVER_PID=$!

URL="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do
  if curl -fsS "$URL/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "run.sh: server exited early:" >&2
    cat "$TMP/server.log" >&2
    exit 2
  fi
  sleep 0.2
done
if ! curl -fsS "$URL/api/health" >/dev/null 2>&1; then
  echo "run.sh: server not healthy after 20 s:" >&2
  cat "$TMP/server.log" >&2
  exit 2
fi

# Node 20's --test does not pick up e2e.mjs from a directory by name, so name the files: the
# foundation walk first, then each capability's tests/browser/<name>.walk.mjs, one at a time
# (they share the server and its data).
WALKS=(tests/browser/e2e.mjs)
for f in tests/browser/*.walk.mjs; do [[ -e "$f" ]] && WALKS+=("$f"); done
if [[ -n "${WALK:-}" ]]; then read -r -a WALKS <<<"$WALK"; fi
DOITHOAI_URL="$URL" node --test --test-concurrency=1 --test-reporter=spec "${WALKS[@]}"
STATUS=$?
if [[ $STATUS -ne 0 ]]; then
  echo "--- server log (last 50 lines) ---" >&2
  tail -n 50 "$TMP/server.log" >&2
fi
exit $STATUS
