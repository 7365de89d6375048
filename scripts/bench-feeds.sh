#!/usr/bin/env bash
# Feed parsing speed against feedparser, side by side in one run (issue 3's speed and memory targets).
#
#   scripts/bench-feeds.sh            # SHARED=../shared ENTRIES=10000 SCRATCH=<swift scratch path>
#
# 1. builds newsdesk in release;
# 2. installs feedparser from PyPI into .venv-bench (once);
# 3. writes a deterministic RSS 2.0 feed of $ENTRIES entries into a temporary folder;
# 4. parses every conformance feed file plus that feed with newsdesk (one process, batch mode) and
#    with feedparser (one Python process), both printing the normalized JSON of each file;
# 5. prints files, seconds and files/s for each, the ratio, and newsdesk's peak memory (max RSS)
#    on the large feed alone.
# Targets: newsdesk at least 20x faster; under 100 MB for the 10,000-entry feed.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
entries="${ENTRIES:-10000}"
scratch=()
if [ -n "${SCRATCH:-}" ]; then scratch=(--scratch-path "$SCRATCH"); fi

build_log=$(mktemp)
if ! swift build -c release "${scratch[@]}" --product newsdesk >"$build_log" 2>&1; then
    cat "$build_log"
    rm -f "$build_log"
    exit 1
fi
rm -f "$build_log"
bin="$(swift build -c release "${scratch[@]}" --show-bin-path 2>/dev/null)/newsdesk"

venv=.venv-bench
if ! "$venv/bin/python" -c 'import feedparser' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check feedparser
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/bench-feeds-generate.py "$entries" > "$work/large.xml"
find "$shared/conformance/feeds/cases" -type f -name '*.xml' | sort > "$work/files.txt"
echo "$work/large.xml" >> "$work/files.txt"

"$venv/bin/python" scripts/bench-feeds-compare.py --bin "$bin" --files "$work/files.txt" --large "$work/large.xml" \
    --feedparser-python "$venv/bin/python"
