#!/usr/bin/env bash
# Server speed: `newsdesk serve` (release build) over the demo corpus's database and site, measured
# with wrk on loopback for 15 s, 2 threads and 64 connections, against one story page and against
# /api/v1/stories. Target: over 2,000 requests per second for a story page.
#
#   scripts/bench-serve.sh            # SCRATCH, BINARY, PORT, DURATION, THREADS, CONNECTIONS may be set
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
scratch="${SCRATCH:-/tmp/nd-rel-serve}"
port="${PORT:-18471}"
duration="${DURATION:-15s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-64}"
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 1; }

if [ -n "${BINARY:-}" ]; then
    binary="$BINARY"    # an already built newsdesk (the figures are only meaningful for a release build)
else
    swift build -c release --scratch-path "$scratch" --product newsdesk >/dev/null 2>&1 \
        || swift build -c release --scratch-path "$scratch" --product newsdesk
    binary="$scratch/release/newsdesk"
fi

work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. The demo: the whole pipeline over the sample corpus, into a database and a site in $work.
(cd "$work" && "$binary" demo --samples "$repo/Samples" --site site --database demo.sqlite --port "$port" --no-serve) \
    | sed 's/^/demo: /'
cat > "$work/newsdesk.json" <<JSON
{"database": "demo.sqlite", "siteDirectory": "site", "port": $port}
JSON

# 2. The server, on loopback, until it answers its health check.
(cd "$work" && exec "$binary" serve --config newsdesk.json --port "$port" >"$work/serve.log" 2>&1) &
server=$!
for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

story=$(cd "$work/site" && ls stories/*.html | head -n 1)
echo "story page: /$story ($(wc -c < "$work/site/$story") bytes)"

# 3. Load: each target in turn, the requests/second line of wrk printed with the target.
run() {
    local label="$1" url="$2"
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    [ "$status" = 200 ] || { echo "$url answers $status, not 200" >&2; exit 1; }
    local out
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url")
    echo "$out" | sed "s/^/$label: /" | grep -E "Requests/sec|Latency  |  50%|  99%|Non-2xx|Socket errors" || true
    local rps
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    echo "RESULT $label requests/s: $rps"
}
run "story page" "http://127.0.0.1:$port/$story"
run "api stories" "http://127.0.0.1:$port/api/v1/stories"
echo "target: story page over 2000 requests/s"
