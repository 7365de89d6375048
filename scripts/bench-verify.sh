#!/usr/bin/env bash
# Verifier throughput: claims checked per second against their source article, release build,
# batch mode (`newsdesk verify --jsonl`, one process, one thread), over the shared claims benchmark
# repeated to a few thousand claims. Prints wall-clock and CPU figures: on a shared machine the CPU
# figure is the steadier one.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
repeat="${REPEAT:-5}"
swift build -c release --product newsdesk >/dev/null
input=$(mktemp)
trap 'rm -f "$input"' EXIT
python3 - "$shared/bench/claims/dev.jsonl" "$repeat" > "$input" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
for _ in range(int(sys.argv[2])):
    for row in rows:
        print(json.dumps({"source": row["source"], "claim": row["claim"]}))
PY
python3 - .build/release/newsdesk "$input" <<'PY'
import resource, subprocess, sys, time
binary, path = sys.argv[1], sys.argv[2]
claims = sum(1 for _ in open(path))
sources = len({line.split('"claim"')[0] for line in open(path)})
best = None
for _ in range(3):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(path, "rb") as stdin:
        subprocess.run([binary, "verify", "--jsonl"], stdin=stdin, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if best is None or wall < best[0]:
        best = (wall, cpu)
wall, cpu = best
print(f"verify: {claims} claims against {sources} distinct source articles (each source read again on every repeat)")
print(f"verify: best of 3 runs: {wall:.2f} s wall = {claims / wall:.0f} claims/s; {cpu:.2f} s CPU = {claims / cpu:.0f} claims/s (release build, one process)")
PY
