#!/usr/bin/env bash
# Text-analysis speed: sentences, quantities, dates, markers, names and quotations for 10,000
# news-length articles.
#
# Generates COUNT articles of about 600 words (scripts/bench-text-generate.py, seeded) and times
# `newsdesk text annotate --jsonl` over them in one release-build process (start-up and JSON output
# included). Then shows that cost grows linearly with text length: the same 100 articles at 1x,
# 10x and 100x their length (each text repeated), reporting seconds and microseconds per word.
# Issue 5 asks for under 10 s for 10,000 articles.
#
# Usage: scripts/bench-text.sh [COUNT]   (SCRATCH sets the release build folder)
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-10000}"
SCRATCH="${SCRATCH:-/tmp/nd-rel-text}"

swift build -c release --scratch-path "$SCRATCH" --product newsdesk >/dev/null
NEWSDESK="$SCRATCH/release/newsdesk"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 scripts/bench-text-generate.py "$COUNT" > "$WORK/articles.jsonl"
python3 scripts/bench-text-generate.py 100 --seed 7 > "$WORK/x1.jsonl"
python3 scripts/bench-text-generate.py 100 --seed 7 --repeat 10 > "$WORK/x10.jsonl"
python3 scripts/bench-text-generate.py 100 --seed 7 --repeat 100 > "$WORK/x100.jsonl"

seconds() {  # seconds for one annotate run over $1, output to $2
    local start end
    start=$(date +%s.%N)
    "$NEWSDESK" text annotate --jsonl < "$1" > "$2"
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.3f}')"
}

t=$(seconds "$WORK/articles.jsonl" "$WORK/articles.out")
python3 - "$WORK/articles.jsonl" "$WORK/articles.out" "$t" <<'PY'
import json, sys
words = sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1]))
out = [json.loads(l) for l in open(sys.argv[2])]
sentences = sum(len(o["sentences"]) for o in out)
q = sum(len(s["quantities"]) for o in out for s in o["sentences"])
d = sum(len(s["dates"]) for o in out for s in o["sentences"])
m = sum(len(s["markers"]) for o in out for s in o["sentences"])
e = sum(len(s["entities"]) for o in out for s in o["sentences"])
qt = sum(len(s["quotations"]) for o in out for s in o["sentences"])
t = float(sys.argv[3])
print(f"articles: {len(out)}, words: {words:,} ({words / len(out):.0f} per article)")
print(f"found: {sentences:,} sentences, {q:,} quantities, {d:,} dates, {m:,} markers, {e:,} names, {qt:,} quotations")
print(f"time: {t:.3f} s for {len(out)} articles = {len(out) / t:,.0f} articles/s (target: 10,000 in under 10 s)")
PY

for scale in 1 10 100; do
    t=$(seconds "$WORK/x$scale.jsonl" "$WORK/x$scale.out")
    python3 - "$WORK/x$scale.jsonl" "$t" "$scale" <<'PY'
import json, sys
words = sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1]))
t = float(sys.argv[2])
print(f"length {sys.argv[3]:>3}x: 100 articles, {words:>10,} words in {t:7.3f} s = {t / words * 1e6:.3f} us/word")
PY
done
