#!/usr/bin/env bash
# Site build time for N stories (default 10,000), release build:
#   1. a cold build into an empty site folder (every file written);
#   2. the same briefs again (every file unchanged, hard-linked from the live build);
#   3. one brief edited (only the pages that show it written).
# Usage: scripts/bench-site.sh [N]      Target: under 30 s for 10,000 stories.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
SCRATCH=${SCRATCH:-/tmp/nd-rel-site}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
swift build -c release --scratch-path "$SCRATCH" --product newsdesk >/dev/null
BIN="$SCRATCH/release/newsdesk"
python3 scripts/bench-site-generate.py "$N" "$WORK/briefs.jsonl"
python3 scripts/bench-site-generate.py "$N" "$WORK/edited.jsonl" --change s$((N / 2))
# Wall time and CPU time: on a shared machine the wall time includes waiting for a core.
TIMEFORMAT="  %R s wall, %U s user + %S s system CPU"
run() {
  echo "  $2:"
  time "$BIN" site build --briefs "$1" --site "$WORK/site" --name "Bench Desk" --base-url "https://bench.example/" | sed 's/^/    /'
}
echo "site build, $N stories ($(nproc) cores, load average $(cut -d" " -f1 /proc/loadavg)):"
run "$WORK/briefs.jsonl" "cold build"
run "$WORK/briefs.jsonl" "same briefs again"
run "$WORK/edited.jsonl" "one brief edited"
echo "  site size: $(find -L "$WORK/site" -type f | wc -l) files, $(du -shL "$WORK/site" | cut -f1)"
