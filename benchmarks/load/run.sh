#!/usr/bin/env bash
# Load test of `reader serve` on loopback only, bounded in time and self-stopping.
#
# Starts the Release build of `reader serve` on 127.0.0.1, waits for /healthz, then runs wrk
# (same threads, connections and duration for every target) against:
#   static  /            the site's home page: the baseline, served in the same run
#   search  /api/search?q=agents
#   mixed   /api/search with 17 queries in five languages (mixed-queries.lua)
# and prints requests/s, p50, p99 and errors per target, plus each target's p99 ÷ the static p99.
# The server is stopped with SIGTERM at the end (or on any failure).
#
# Usage: benchmarks/load/run.sh            (env: DURATION=10s CONNECTIONS=32 THREADS=2 PORT=5099 SITE=_site)
# Needs wrk (Debian: apt-get install -y wrk) and curl.
set -euo pipefail

readonly HOST=127.0.0.1   # the only address this script ever targets
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/benchmarks/load"
PORT=${PORT:-5099}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SITE=${SITE:-$ROOT/_site}
BASE="http://$HOST:$PORT"

command -v wrk >/dev/null || { echo "error: wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "error: curl is not installed" >&2; exit 2; }

dotnet build "$ROOT/src/Reader.Cli" -c Release -v q -nologo >/dev/null
READER="$ROOT/src/Reader.Cli/bin/Release/net10.0/reader"

LOG=$(mktemp)
"$READER" --content "$ROOT/content" serve --urls "$BASE" --site "$SITE" >"$LOG" 2>&1 &
SERVER=$!
stop_server() {
  if kill -0 "$SERVER" 2>/dev/null; then
    kill -TERM "$SERVER"
    wait "$SERVER" || true
  fi
  rm -f "$LOG"
}
trap stop_server EXIT

for _ in $(seq 1 240); do
  if curl -fsS "$BASE/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER" 2>/dev/null; then echo "error: reader serve exited:" >&2; cat "$LOG" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "$BASE/healthz" >/dev/null || { echo "error: /healthz not ready after 120 s" >&2; cat "$LOG" >&2; exit 1; }
curl -fsS -o /dev/null "$BASE/" || { echo "error: the site's home page is not served" >&2; exit 1; }

# One wrk run; prints "name requests/s p50_ms p99_ms errors".
measure() {
  local name=$1; shift
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  awk -v name="$name" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { errors += $5 }
    /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%s %.0f %.3f %.3f %d\n", name, rps, p50, p99, errors }
  ' <<<"$out"
}

# Warm-up (JIT, caches), not reported.
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$BASE/" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$HERE/mixed-queries.lua" "$BASE" >/dev/null

RESULTS=$(
  measure static "$BASE/"
  measure search "$BASE/api/search?q=agents"
  measure mixed -s "$HERE/mixed-queries.lua" "$BASE"
)

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency against $BASE ($(nproc) cores)"
awk '
  NR == 1 { base = $4 }
  BEGIN { printf "%-8s %12s %10s %10s %8s %14s\n", "target", "requests/s", "p50 ms", "p99 ms", "errors", "p99/static" }
  { printf "%-8s %12s %10.2f %10.2f %8d %14.1f\n", $1, $2, $3, $4, $5, (base > 0 ? $4 / base : 0) }
' <<<"$RESULTS"

if awk '$5 > 0 { bad = 1 } END { exit !bad }' <<<"$RESULTS"; then
  echo "error: some requests failed" >&2
  exit 1
fi
