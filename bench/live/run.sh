#!/usr/bin/env bash
# The dialogue day's screen to VIEWERS (2,000) Server-Sent Events viewers on one server
# (issue 15): entry → every screen, p50/p99/max over CHANGES (30) screen changes. A demo
# database; the server on a free port on 127.0.0.1, ended by its PID.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
[[ -x "$DOITHOAI" ]] || die "no server binary at $DOITHOAI"
db="$BENCH_TMP/live.db"
demo="$("$DOITHOAI" --db "$db" demo-data --reset)"
dialogue="$(sed -n 's/.*open for questions: dialogue id \([0-9]*\).*/\1/p' <<<"$demo")"
port="$(free_port)"
start_server "$db" "$port" --max-event-streams-per-client 0
echo "| viewers | changes | entry → last screen p50 | p99 | max | the PUT alone | server CPU | connect |"
echo "|---|---|---|---|---|---|---|---|"
for n in ${VIEWER_COUNTS:-1 2000}; do
  VIEWERS=$n node "$(dirname "$0")/sse_fanout.mjs" "http://127.0.0.1:$port" "${dialogue:-3}" "$SERVER_PID"
done
