#!/usr/bin/env bash
# Clustering at news-stream scale: synthetic streams of 10,000, 30,000 and 100,000 articles (a
# thousand a day, events of 3-40 articles, 5% planted near-copies with 0-15% of their words
# edited; see bench-cluster-generate.py for how events share places, people and companies) through dedupe and story clustering (`newsdesk cluster --dedupe`), release build, one
# process. Prints time, time per article, peak memory, story B-cubed against the generated events
# and near-copy precision and recall. Targets: 100,000 in under 60 s and 2 GB, time per article
# flat, near-copy precision and recall at least 0.98.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${SIZES:-10000 30000 100000}"
scratch="${SCRATCH_PATH:-.build}"  # another build folder: SCRATCH_PATH=...
swift build --scratch-path "$scratch" -c release --product newsdesk >/dev/null 2>&1 || swift build --scratch-path "$scratch" -c release --product newsdesk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in $sizes; do
    python3 scripts/bench-cluster-generate.py "$n" "$work/stream.jsonl" "$work/gold.json"
    python3 - "$scratch/release/newsdesk" "$work" "$n" <<'PY'
import resource, subprocess, sys, time
binary, work, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = time.perf_counter()
with open(f"{work}/predicted.json", "w") as out:
    subprocess.run([binary, "cluster", "--input", f"{work}/stream.jsonl", "--dedupe", "--duplicates", f"{work}/duplicates.json"],
                   stdout=out, check=True)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{n} articles: {wall:.1f} s wall, {usage.ru_utime + usage.ru_stime:.1f} s CPU, "
      f"{wall / n * 1e6:.0f} µs per article, peak RSS {usage.ru_maxrss / 1024:.0f} MB")
PY
    python3 scripts/bench-cluster-score.py "$work/gold.json" "$work/predicted.json" "$work/duplicates.json" | sed 's/^/  /'
done
