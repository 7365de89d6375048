#!/usr/bin/env bash
# Brief writing speed: one story of 20 real articles (the first 20 of one event in the shared
# story-clustering set, each treated as a different outlet), written and then verified and gated
# by `newsdesk write --repeat`, release build, one process. Target: under 200 ms per brief written.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
label="${LABEL:-ParisAttacks2015}"
count="${COUNT:-20}"
repeat="${REPEAT:-20}"
swift build -c release --product newsdesk >/dev/null 2>&1 || swift build -c release --product newsdesk
input=$(mktemp)
trap 'rm -f "$input"' EXIT
python3 - "$shared/bench/story-clustering/wikiref.jsonl" "$label" "$count" > "$input" <<'PY'
import json, sys
path, label, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [json.loads(line) for line in open(path)]
chosen = [row for row in rows if row["label"] == label][:count]
if len(chosen) < count:
    sys.exit(f"only {len(chosen)} articles labelled {label}")
for number, row in enumerate(chosen, 1):
    print(json.dumps({"id": row["id"], "outlet": f"Outlet {number}", "title": row["title"], "text": row["text"],
                      "published": row.get("published")}))
PY
words=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$input")
echo "story: $count articles labelled $label, $words words of source text"
.build/release/newsdesk write --input "$input" --repeat "$repeat" 2>&1 >/dev/null | sed 's/^/brief /'
.build/release/newsdesk write --input "$input" | python3 -c "
import json, sys
out = json.load(sys.stdin)
b = out['brief']
print(f\"brief: {len(b['lead']) + sum(len(s['sentences']) for s in b['sections'])} sentences, {len(b['timeline'])} timeline entries, {len(b['keyFacts'])} key facts; {out['summary']}; publishable: {out['publishable']}\")"
