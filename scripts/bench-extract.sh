#!/usr/bin/env bash
# Article extraction, newsdesk against trafilatura in the same run: F1 (the shared scorer), pages/s
# single-threaded and their ratio; libxml2's bare parse against the whole extraction; peak memory
# on generated 10 MB and 50 MB pages.
#
#   scripts/bench-extract.sh            # SHARED=../shared, trafilatura from PyPI into .venv-bench
#
# Timing: both tools read and gunzip every page into memory first (trafilatura also decodes it to
# str, as the benchmark README measured it); only the extraction loop is timed, inside each tool.
# The machine may be shared, so the two run in turns, PAIRS times (3): each turn is newsdesk's
# median of 3 rounds (bare parse and extraction alternating) then one trafilatura round; each
# tool's figure is its median over the turns, and the ratio the median of the turns' ratios.
# SWIFT_BUILD_ARGS passes extra arguments to `swift build` (e.g. --scratch-path).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
bench="$shared/bench/article-extraction"
venv="${VENV:-.venv-bench}"
# The versions the benchmark README measured (73 pages/s there); justext needs lxml's HTML cleaner.
trafilatura_version="${TRAFILATURA_VERSION:-2.0.0}"
lxml_version="${LXML_VERSION:-5.4.0}"
build_args=(-c release ${SWIFT_BUILD_ARGS:-})

swift build "${build_args[@]}" --product newsdesk >/dev/null 2>&1
bin="$(swift build "${build_args[@]}" --show-bin-path 2>/dev/null)/newsdesk"

if ! "$venv/bin/python" -c "import trafilatura" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "trafilatura==$trafilatura_version" "lxml==$lxml_version" lxml_html_clean
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for turn in $(seq "${PAIRS:-3}"); do
    "$bin" extract --batch "$bench/html" --timing >"$work/newsdesk.json" 2>>"$work/newsdesk.timing"
    "$venv/bin/python" scripts/bench-extract-trafilatura.py "$bench/html" "$work/trafilatura.json" 1 >>"$work/trafilatura.timing"
done
python3 "$bench/score.py" "$work/newsdesk.json" --json >"$work/newsdesk.score"
python3 "$bench/score.py" "$work/trafilatura.json" --json >"$work/trafilatura.score"

python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
from statistics import median
def load(name):
    with open(os.path.join(work, name)) as f:
        return json.load(f)
def turns(name):
    with open(os.path.join(work, name)) as f:
        return [json.loads(line) for line in f if line.startswith("{")]
nd_turns, tf_turns = turns("newsdesk.timing"), turns("trafilatura.timing")
nd = dict(nd_turns[0], extract_seconds=median(t["extract_seconds"] for t in nd_turns),
          parse_seconds=median(t["parse_seconds"] for t in nd_turns))
tf = dict(tf_turns[0], extract_seconds=median(t["extract_seconds"] for t in tf_turns))
nds, tfs = load("newsdesk.score"), load("trafilatura.score")
nd_rate, tf_rate = nd["pages"] / nd["extract_seconds"], tf["pages"] / tf["extract_seconds"]
ratios = sorted(t["extract_seconds"] / n["extract_seconds"] for n, t in zip(nd_turns, tf_turns))
for name, score, rate, t in (("newsdesk", nds, nd_rate, nd), (f"trafilatura {tf['version']}", tfs, tf_rate, tf)):
    print(f"{name}: F1 {score['f1']:.3f} (P {score['precision']:.3f}, R {score['recall']:.3f}, "
          f"{score['empty_predictions']} empty), {rate:.1f} pages/s, {t['bytes'] / 1e6 / t['extract_seconds']:.1f} MB/s "
          f"({t['pages']} pages in {t['extract_seconds']:.3f} s)")
print(f"speed: newsdesk {median(ratios):.1f}x trafilatura's pages/s, median of {len(ratios)} turns "
      f"({', '.join(f'{r:.1f}' for r in ratios)}) (target >= 5x)")
extra = nd["extract_seconds"] / nd["parse_seconds"] - 1
print(f"parse: libxml2 bare parse {nd['parse_seconds']:.3f} s, whole extraction {nd['extract_seconds']:.3f} s; "
      f"extraction adds {extra * 100:.0f}% to the parse (target <= 50%; its own parse reads the page after "
      f"the prefilter drops scripts, styles, comments and unread attributes)")
PY
python3 scripts/bench-extract-memory.py "$bin" 10 50
