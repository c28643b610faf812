#!/usr/bin/env bash
# The command line on real files: migrate, demo-data, import-questions (good and bad files),
# a backup taken while the server is writing, restore (and its refusal of junk).
set -uo pipefail
BIN="${DOITHOAI_BIN:-build/doithoai}"
PORT="${PORT:-18190}"
TMP="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT
passed=0; failed=0
check() {  # check "name" command...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "ok - $name"; else failed=$((failed + 1)); echo "not ok - $name"; fi
}
count() { sqlite3 "$1" "SELECT count(*) FROM questions"; }

DB="$TMP/a.db"
check "migrate creates the schema" bash -c "'$BIN' --db '$DB' migrate >/dev/null && sqlite3 '$DB' 'SELECT name FROM schema_migrations' | grep -q 0001_initial"
check "demo-data loads the demo" bash -c "'$BIN' --db '$DB' demo-data | grep -q 'dialogue id 1'"
check "demo-data refuses a non-empty database" bash -c "! '$BIN' --db '$DB' demo-data 2>/dev/null"
check "demo-data --if-empty leaves data alone" bash -c "'$BIN' --db '$DB' demo-data --if-empty | grep -q 'left as it is'"
check "the demo has 34 provinces and 3,321 communes" bash -c "[[ \$(sqlite3 '$DB' 'SELECT count(*) FROM units WHERE level=1') == 34 && \$(sqlite3 '$DB' 'SELECT count(*) FROM units WHERE level=2') == 3321 ]]"

before=$(count "$DB")
printf 'Nội dung câu hỏi,Đơn vị,Người tổng hợp,Số thanh niên,Tuổi\nĐề nghị mở thêm điểm wifi miễn phí cho thanh niên,Đoàn xã An Lão,Vũ Thu Trang,30,\nCâu hỏi của người 31 tuổi về việc làm,Đoàn xã An Lão,Vũ Thu Trang,1,31\n' > "$TMP/bad.csv"
check "import-questions refuses a file with a bad row, naming it" bash -c "'$BIN' --db '$DB' import-questions '$TMP/bad.csv' 2>&1 | grep -q 'rows\[3\].age'"
check "and imports nothing from it" test "$(count "$DB")" = "$before"
head -n 2 "$TMP/bad.csv" > "$TMP/good.csv"
check "import-questions imports a good file" bash -c "'$BIN' --db '$DB' import-questions '$TMP/good.csv' | grep -q 'imported 1 questions'"
check "the imported question is stored" test "$(count "$DB")" = "$((before + 1))"
check "import-questions refuses a missing file" bash -c "! '$BIN' --db '$DB' import-questions '$TMP/none.csv' 2>/dev/null"
check "import-questions refuses an unknown user" bash -c "! '$BIN' --db '$DB' import-questions '$TMP/good.csv' --as nobody 2>/dev/null"

# Backup while the server takes submissions; the copy is a valid database.
"$BIN" --db "$DB" serve --port "$PORT" --submissions-per-minute 0 >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1 && break; sleep 0.1; done
# The demo dialogue that takes questions today (issue 13), as the public list says.
OPEN=$(curl -fsS "http://127.0.0.1:$PORT/api/dialogues" |
  python3 -c 'import json, sys; print(next(d["id"] for d in json.load(sys.stdin)["items"] if d["intake"]["open"]))')
check "the demo has a dialogue open for questions" test -n "$OPEN"
( for i in $(seq 1 100); do
    curl -fsS -o /dev/null -X POST "http://127.0.0.1:$PORT/api/dialogues/$OPEN/questions" \
      -H 'content-type: application/json' \
      -d "{\"text\":\"Câu hỏi thử sao lưu số $i của thanh niên\",\"age\":22,\"consent\":true}"
  done ) &
LOAD=$!
sleep 0.3
check "backup copies the live database" bash -c "'$BIN' --db '$DB' backup '$TMP/backup.db' | grep -q 'backed up'"
wait "$LOAD"
check "the backup passes integrity_check" test "$(sqlite3 "$TMP/backup.db" 'PRAGMA integrity_check')" = "ok"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null; SERVER_PID=""
backup_count=$(count "$TMP/backup.db")
check "the backup holds the questions present when it was taken" test "$backup_count" -ge "$((before + 1))"

R="$TMP/restored.db"
check "restore installs a backup" bash -c "'$BIN' --db '$R' restore '$TMP/backup.db' | grep -q restored"
check "the restored database has the backup's questions" test "$(count "$R")" = "$backup_count"
echo "not a database" > "$TMP/junk.db"
check "restore refuses junk and leaves the database as it was" bash -c "! '$BIN' --db '$R' restore '$TMP/junk.db' 2>/dev/null && [[ \$(sqlite3 '$R' 'SELECT count(*) FROM questions') == $backup_count ]]"
# Text tools (C11): every line in exactly one group; one topics line per question.
printf 'Thành phố có hỗ trợ vốn vay cho thanh niên khởi nghiệp không?\nthanh pho co ho tro von vay khoi nghiep ko\nĐề nghị mở lớp kỹ năng số cho công nhân\n' > "$TMP/q.txt"
check "text group puts lines 1 and 2 together and every line once" bash -c "'$BIN' text group '$TMP/q.txt' 2>/dev/null | grep -q '\[\[1, 2\], \[3\]\]'"
check "text topics prints one JSON line per question, top 3" bash -c "[[ \$('$BIN' text topics '$TMP/q.txt' 2>/dev/null | grep -c '\"topics\": \[{\"code\"') == 3 ]]"
check "text topics suggests khoi-nghiep first for a start-up loan question" bash -c "'$BIN' text topics '$TMP/q.txt' 2>/dev/null | head -n 1 | grep -q '^{\"topics\": \[{\"code\": \"khoi-nghiep\"'"
printf 'abc \xff\xfe\n' > "$TMP/bad.txt"
check "text group names a line that is not UTF-8 (and still places it)" bash -c "'$BIN' text group '$TMP/bad.txt' 2>&1 >/dev/null | grep -q 'dòng 1'"
check "text topics refuses a missing file" bash -c "! '$BIN' text topics '$TMP/none.txt' >/dev/null 2>&1"
# Document import (C8): a seed parses to the number/symbol and tasks; junk is refused.
SEED="$(dirname "$0")/../data/documents/002_3ba44e14c40eaf22.txt"
if [[ -f "$SEED" ]]; then
  check "document parse reads a plan's type and tasks" bash -c "'$BIN' document parse '$SEED' | grep -q '\"type_code\": \"KH\"'"
fi
head -c 4096 /dev/urandom > "$TMP/noise.bin"
check "document parse refuses binary noise, naming the file field" bash -c "! '$BIN' document parse '$TMP/noise.bin' >/dev/null 2>'$TMP/noise.err' && grep -q 'file' '$TMP/noise.err'"
if [[ -f "$SEED" ]]; then
  check "document parse says how it read the file (source.kind text)" bash -c "'$BIN' document parse '$SEED' | grep -q '\"kind\": \"text\"'"
fi
printf '<!DOCTYPE html>\n<html><body>Văn bản</body></html>\n' > "$TMP/page.pdf"
check "document parse refuses a web page saved as .pdf, saying so" bash -c "! '$BIN' document parse '$TMP/page.pdf' >/dev/null 2>'$TMP/page.err' && grep -q 'HTML' '$TMP/page.err'"
# The conclusions demo (C7, C8): the cascade 158/TB-VPCP → city letter → ward letter, linked.
check "demo: the ward's letter relays the city's, which relays 158/TB-VPCP" test "$(sqlite3 "$DB" "SELECT p.number_symbol FROM documents w JOIN documents c ON c.id = w.relays_id JOIN documents p ON p.id = c.relays_id JOIN units u ON u.id = w.unit_id WHERE u.name = 'Phường Hồng Bàng'")" = "158/TB-VPCP"
check "demo: a 2026 dialogue without a conclusion" test "$(sqlite3 "$DB" "SELECT count(*) FROM dialogues WHERE year = 2026 AND conclusion_issued_on IS NULL AND title LIKE '%năm 2026'")" -ge 1
check "demo: a PDF report is evidence of a task done" test "$(sqlite3 "$DB" "SELECT count(*) FROM evidence_files WHERE content_type = 'application/pdf'")" -ge 2
# Reminders (C7): the demo has overdue tasks; reminders are idempotent per key.
check "remind creates the demo's reminders and escalations" bash -c "'$BIN' --db '$DB' remind | grep -Eq '^remind: [1-9][0-9]* notifications, [1-9][0-9]* outbox mails created$'"
notifications=$(sqlite3 "$DB" 'SELECT count(*) FROM notifications'); mails=$(sqlite3 "$DB" 'SELECT count(*) FROM outbox')
check "a second remind creates nothing new" bash -c "'$BIN' --db '$DB' remind | grep -q '^remind: 0 notifications, 0 outbox mails created$'"
check "and the stored notifications and mails are unchanged" test "$(sqlite3 "$DB" 'SELECT count(*) FROM notifications') $(sqlite3 "$DB" 'SELECT count(*) FROM outbox')" = "$notifications $mails"
check "remind refuses a database it cannot open" bash -c "! '$BIN' --db '$TMP/junk.db' remind >/dev/null 2>&1"
check "serve refuses a negative reminder period" bash -c "! '$BIN' --db '$DB' serve --reminders-every-minutes -5 >/dev/null 2>&1"
# Mail (issue 14): nothing is sent without a server; bad settings are refused, naming the flag.
check "mail status counts the queued reminders" bash -c "'$BIN' --db '$DB' mail status | grep -q \"^mail: $mails queued, 0 sent, 0 failed$\""
check "mail send-due needs an SMTP host" bash -c "'$BIN' --db '$DB' mail send-due 2>&1 | grep -q smtp-host"
check "mail send-due refuses a bad sender address" bash -c "'$BIN' --db '$DB' mail send-due --smtp-host 127.0.0.1 --mail-from 'a@b.vn>' 2>&1 | grep -q mail-from"
check "no password over plain SMTP to another host" bash -c "DOITHOAI_SMTP_PASSWORD=x '$BIN' --db '$DB' serve --smtp-host mail.example.vn --smtp-tls none --smtp-user u --mail-from a@b.vn 2>&1 | grep -q smtp-tls"
check "an unknown command fails" bash -c "! '$BIN' frobnicate 2>/dev/null"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
