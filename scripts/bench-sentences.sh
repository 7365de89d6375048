#!/usr/bin/env bash
# Sentence splitting speed, newsdesk against pySBD 0.3.4, side by side in one run.
#
# Both segment the same input: every English default-mode case of the Golden Rules suite
# (../shared/conformance/sentences/golden.json, or $SHARED/...), repeated ROUNDS times
# (default 100). newsdesk runs as one release-build process over JSON Lines (start-up
# included); pySBD runs in-process with one Segmenter. Prints sentences/second for each
# and the ratio (issue 5 asks for at least 20x).
#
# Usage: scripts/bench-sentences.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-100}"
SHARED="${SHARED:-$(cd .. && pwd)/shared}"
GOLDEN="$SHARED/conformance/sentences/golden.json"
[ -f "$GOLDEN" ] || { echo "No $GOLDEN: set SHARED to the shared folder." >&2; exit 2; }

if [ ! -x .venv-bench/bin/python ] || ! .venv-bench/bin/python -c 'import pysbd' 2>/dev/null; then
    python3 -m venv .venv-bench
    .venv-bench/bin/pip install --quiet 'pysbd==0.3.4'
fi
swift build -c release --scratch-path .build-bench --product newsdesk >/dev/null
NEWSDESK=.build-bench/release/newsdesk

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 - "$GOLDEN" "$ROUNDS" > "$WORK/input.jsonl" <<'PY'
import json, sys
cases = [c for c in json.load(open(sys.argv[1])) if c["lang"] == "en" and c["mode"] == "default"]
for _ in range(int(sys.argv[2])):
    for c in cases:
        print(json.dumps({"lang": "en", "text": c["input"]}))
PY

start=$(date +%s.%N)
"$NEWSDESK" text sentences --jsonl < "$WORK/input.jsonl" > "$WORK/newsdesk.jsonl"
end=$(date +%s.%N)

.venv-bench/bin/python - "$WORK/input.jsonl" "$WORK/newsdesk.jsonl" "$start" "$end" <<'PY'
import json, sys, time
import pysbd
lines = [json.loads(l)["text"] for l in open(sys.argv[1])]
ours = sum(len(json.loads(l)) for l in open(sys.argv[2]))
ours_seconds = float(sys.argv[4]) - float(sys.argv[3])
segmenter = pysbd.Segmenter(language="en", clean=False)
t = time.perf_counter()
theirs = sum(len(segmenter.segment(text)) for text in lines)
theirs_seconds = time.perf_counter() - t
ours_rate, theirs_rate = ours / ours_seconds, theirs / theirs_seconds
print(f"inputs: {len(lines)} texts")
print(f"newsdesk: {ours} sentences in {ours_seconds:.3f} s = {ours_rate:,.0f} sentences/s")
print(f"pySBD:    {theirs} sentences in {theirs_seconds:.3f} s = {theirs_rate:,.0f} sentences/s")
print(f"ratio:    {ours_rate / theirs_rate:.1f}x")
PY
