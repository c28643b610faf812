#!/usr/bin/env bash
# Idle resident memory of the server with the demo data.
#
# Starts doithoai on a fresh demo database, waits 2 s, fetches a few pages (the public page,
# its scripts and styles, the public JSON), waits 2 s more, then reads VmRSS (and the peak,
# VmHWM) from /proc/PID/status.
#
# Target (docs/benchmarks.md): idle RSS < 40 MB.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
need curl ss
[[ -x "$DOITHOAI" ]] || die "no server binary at $DOITHOAI"

db="$BENCH_TMP/memory.db"
"$DOITHOAI" --db "$db" demo-data --reset >/dev/null
port="$(free_port)"
start_server "$db" "$port"
sleep 2
started_kb="$(rss_kb "$SERVER_PID")"
base="http://127.0.0.1:$port"
pages=(/ /api/dialogues /api/dialogues/1 "/api/dialogues/1/answers?limit=20" /api/openapi.json)
# The page's own assets, as a browser would fetch them.
pages+=($(curl -fs "$base/" | grep -oE '(src|href)="/[^"]+\.(js|css)"' | sed -E 's/^[a-z]+="//; s/"$//'))
for p in "${pages[@]}"; do curl -fs -o /dev/null "$base$p" || die "GET $p failed"; done
sleep 2
idle_kb="$(rss_kb "$SERVER_PID")"
hwm_kb="$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status")"
threads="$(awk '/^Threads:/ { print $2 }' "/proc/$SERVER_PID/status")"
echo "| state | VmRSS MB | peak VmHWM MB | threads |"
echo "|---|---|---|---|"
printf '| started, 2 s idle | %.1f | | |\n' "$(echo "$started_kb / 1024" | bc -l)"
printf '| after %d GETs, 2 s idle | %.1f | %.1f | %s |\n' "${#pages[@]}" \
  "$(echo "$idle_kb / 1024" | bc -l)" "$(echo "$hwm_kb / 1024" | bc -l)" "$threads"
echo
echo "pages: ${pages[*]}"
echo "target idle RSS < 40 MB: $( ((idle_kb < 40 * 1024)) && echo met || echo MISSED)"
