#!/usr/bin/env bash
# Durability under kill -9: every acknowledged submission must survive a crash.
#
# Each round: a fresh demo database, doithoai, and acked_load.js (64 keep-alive connections
# POSTing questions, recording every tracking code answered 201). About CRASH_AFTER seconds
# into the load the server gets SIGKILL. The database is then opened with the sqlite3 CLI
# (as a restart would, replaying the WAL) and every acknowledged code is looked up.
# Prints acknowledged, stored, missing per round; exits 0 only if missing = 0 in every round
# and the database passes PRAGMA integrity_check.
#
# Environment: ROUNDS (3), CRASH_AFTER (3 seconds), CONNS (64); KILL_AFTER_ACKS=N crashes the
# server once N submissions are acknowledged, plus CRASH_AFTER seconds, instead (the short run
# in `make test`, ctest label fault, uses it so a loaded machine still crashes it mid-load).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
need node curl sqlite3 ss
[[ -x "$DOITHOAI" ]] || die "no server binary at $DOITHOAI"

ROUNDS="${ROUNDS:-3}"
CRASH_AFTER="${CRASH_AFTER:-3}"
CONNS="${CONNS:-64}"
KILL_AFTER_ACKS="${KILL_AFTER_ACKS:-0}"
here="$(cd "$(dirname "$0")" && pwd)"

# check_round DB ACKED_FILE: prints "acknowledged stored missing integrity".
check_round() {
  local check="$BENCH_TMP/check.db"
  rm -f "$check"
  sqlite3 "$check" <<EOF
CREATE TABLE acked(code TEXT PRIMARY KEY);
.mode csv
.import $2 acked
ATTACH '$1' AS served;
.mode list
.separator ' '
SELECT (SELECT count(*) FROM acked),
       (SELECT count(*) FROM acked WHERE code IN (SELECT tracking_code FROM served.questions)),
       (SELECT count(*) FROM acked WHERE code NOT IN (SELECT tracking_code FROM served.questions)),
       (SELECT group_concat(integrity_check) FROM served.pragma_integrity_check);
EOF
}

echo "| round | acknowledged (201) | acknowledged and stored | missing | new rows after restart | integrity_check |"
echo "|---|---|---|---|---|---|"
failed=0
for round in $(seq "$ROUNDS"); do
  db="$BENCH_TMP/crash-$round.db"
  acked="$BENCH_TMP/acked-$round.txt"
  demo="$("$DOITHOAI" --db "$db" demo-data --reset)"
  dialogue="$(sed -n 's/.*open for questions: dialogue id \([0-9]*\).*/\1/p' <<<"$demo")"
  demo_rows="$(sqlite3 "$db" "SELECT count(*) FROM questions")"
  port="$(free_port)"
  start_server "$db" "$port"
  READY_AFTER="$KILL_AFTER_ACKS" node "$here/acked_load.js" "$port" "$acked" "$CONNS" 60 "$dialogue" \
    >"$BENCH_TMP/load-$round.log" &
  load_pid=$!
  BENCH_STARTED_PIDS+=("$load_pid")
  if ((KILL_AFTER_ACKS > 0)); then
    for _ in $(seq 600); do [[ -e "$acked.ready" ]] && break; sleep 0.1; done
    [[ -e "$acked.ready" ]] || die "$KILL_AFTER_ACKS submissions were not acknowledged in 60 s"
  fi
  sleep "$CRASH_AFTER"
  kill -9 "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  wait "$load_pid" || die "the load generator failed (see $BENCH_TMP/load-$round.log)"
  # Opening the database first, alone, replays its WAL as the restarted server would.
  rows=$(($(sqlite3 "$db" "SELECT count(*) FROM questions") - demo_rows))
  read -r n_acked n_stored n_missing integrity < <(check_round "$db" "$acked")
  echo "| $round | $n_acked | $n_stored | $n_missing | $rows | $integrity |"
  if [[ "$n_missing" != 0 || "$integrity" != ok || "$n_acked" == 0 ]]; then failed=1; fi
done
echo
if ((failed)); then
  echo "FAIL: an acknowledged submission was lost, nothing was acknowledged, or the database is damaged"
  exit 1
fi
echo "PASS: every acknowledged submission survived kill -9 ($ROUNDS rounds, kill after ${CRASH_AFTER}s, $CONNS connections)"
