#!/usr/bin/env bash
# Question intake while the server sends mail (issue 14: "the question intake's speed unchanged
# while mail is being sent").
#
# A demo database with MAIL_QUEUED (40,000) mails queued for an account that has an address;
# Debian's aiosmtpd (Sink handler) on 127.0.0.1:$MAIL_BENCH_PORT; doithoai on the next port
# with rate limits off. wrk posts questions for WRK_SECONDS twice: with no SMTP server
# configured, then with the server's mail job draining the outbox every second. Reports
# created/s and p99 of both, and how many mails went out during the second run.
# Environment: MAIL_BENCH_PORT (19112; the server uses +1), MAIL_QUEUED, WRK_THREADS (2),
# WRK_CONNS (64), WRK_SECONDS (10).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
need wrk sqlite3

SMTP_PORT="${MAIL_BENCH_PORT:-19112}"
HTTP_PORT=$((SMTP_PORT + 1))
QUEUED="${MAIL_QUEUED:-40000}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNS="${WRK_CONNS:-64}"
WRK_SECONDS="${WRK_SECONDS:-10}"

db="$BENCH_TMP/mail-intake.db"
demo="$("$DOITHOAI" --db "$db" demo-data --reset)"
# The demo dialogue that takes questions now ("open for questions: dialogue id N"), else 1.
dialogue="$(sed -n 's/.*open for questions: dialogue id \([0-9]*\).*/\1/p' <<<"$demo")"
dialogue="${dialogue:-1}"
sed "s#/api/dialogues/1/questions#/api/dialogues/$dialogue/questions#" \
  "$(dirname "$0")/../submit/post_question.lua" >"$BENCH_TMP/post_question.lua"
sqlite3 "$db" <<SQL
INSERT INTO user_mail SELECT id, 'sokhcn@sokhcn.example.vn', 'immediate' FROM users
  WHERE username = 'sokhcn';
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $QUEUED)
INSERT INTO outbox (recipient, subject, body, key, created_at)
  SELECT 'user:' || (SELECT id FROM users WHERE username = 'sokhcn'),
         '[doithoai] Nhiệm vụ sắp đến hạn: việc số ' || i,
         'Sở Khoa học và Công nghệ: trả lời kiến nghị của thanh niên — hạn 31/12/2026.',
         'bench:' || i, strftime('%s', 'now') FROM n;
SQL

/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Sink \
  >>"$BENCH_TMP/aiosmtpd.log" 2>&1 &
SMTP_PID=$!
BENCH_STARTED_PIDS+=("$SMTP_PID")
sleep 1

sent() { sqlite3 "$db" "SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL"; }
load() {  # load LABEL: wrk against the running server, one table row
  local out="$BENCH_TMP/mail-intake-$1.txt"
  wrk -t"$WRK_THREADS" -c"$WRK_CONNS" -d"${WRK_SECONDS}s" --latency \
    -s "$BENCH_TMP/post_question.lua" \
    "http://127.0.0.1:$HTTP_PORT/api/dialogues/$dialogue/questions" >"$out"
  echo "$(awk '$1 == "created_per_s" { print $2 }' "$out") $(wrk_p "$out" 99)"
}

start_server "$db" "$HTTP_PORT"
read -r quiet_rate quiet_p99 <<<"$(load quiet)"
stop_pid "$SERVER_PID"

before="$(sent)"
start_server "$db" "$HTTP_PORT" --smtp-host 127.0.0.1 --smtp-port "$SMTP_PORT" --smtp-tls none \
  --mail-from doithoai@tinhdoan.example.vn --mail-every-seconds 1
sleep 1.5  # the first tick has started
during_before="$(sent)"
read -r mail_rate mail_p99 <<<"$(load mail)"
during=$(($(sent) - during_before))
stop_pid "$SERVER_PID"
stop_pid "$SMTP_PID"

echo "| run | questions created/s | p99 ms | mails sent during the run |"
echo "|---|---:|---:|---:|"
echo "| no SMTP configured | $quiet_rate | $quiet_p99 | 0 |"
echo "| mail job draining $QUEUED queued mails | $mail_rate | $mail_p99 | $during ($((during / WRK_SECONDS))/s) |"
echo
echo "wrk -t$WRK_THREADS -c$WRK_CONNS -d${WRK_SECONDS}s -s bench/submit/post_question.lua (dialogue $dialogue); mails sent before the load: $((during_before - before))"
