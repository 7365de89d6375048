#!/usr/bin/env bash
# Verifier throughput: claims checked per second against their source article, release build,
# batch mode (`newsdesk verify --jsonl`), over the shared claims benchmark repeated to a few thousand claims.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
repeat="${REPEAT:-5}"
swift build -c release --product newsdesk >/dev/null
bin=.build/release/newsdesk
input=$(mktemp)
trap 'rm -f "$input"' EXIT
python3 - "$shared/bench/claims/dev.jsonl" "$repeat" > "$input" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
for _ in range(int(sys.argv[2])):
    for row in rows:
        print(json.dumps({"source": row["source"], "claim": row["claim"]}))
PY
claims=$(wc -l < "$input")
start=$(date +%s.%N)
"$bin" verify --jsonl < "$input" > /dev/null
end=$(date +%s.%N)
python3 -c "import sys; c, s = int(sys.argv[1]), float(sys.argv[3]) - float(sys.argv[2]); print(f'verify: {c} claims in {s:.2f} s = {c / s:.0f} claims/s (release build, one process)')" "$claims" "$start" "$end"
