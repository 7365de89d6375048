#!/usr/bin/env python3
"""Writes N made-up briefs as JSON lines for `newsdesk site build` (scripts/bench-site.sh).

  bench-site-generate.py N OUT.jsonl [--change STORY_ID]

Deterministic (seeded): each brief has a lead, three sections of three sentences, key facts, a
difference between sources, a timeline, four sources, four related stories and, for one in 50, a correction; names come from a
pool of 300 so topic pages have many stories. --change rewrites one brief's lead, as an edit would.
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone

FIRST = ["Ana", "Lee", "Omar", "Ines", "Marta", "Tomas", "Yuki", "Priya", "Kofi", "Lena", "Ravi", "Sofia", "Jonas", "Amara", "Chen"]
LAST = ["Kovalenko", "Park", "Haddad", "Moreau", "Silva", "Novak", "Tanaka", "Mensah", "Berg", "Rossi", "Okafor", "Lindqvist", "Duarte", "Weber", "Sato"]
PLACES = ["Millbrook", "Port Calder", "Tallis Peak", "Ashford", "Eastgate", "Northfield", "Harbor City", "Beijing", "Seoul", "Lisbon"]
WORDS = "council budget plant storm harbour rail strike vote trade fair comet survey bridge school court hospital port energy water transport".split()
OUTLETS = ["Eastgate Post", "Meridian Daily", "The Harbor Times", "Northfield Courier", "The Lantern Review", "Valley Ledger"]


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def brief(index, rng, start, total, changed=False):
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2)]
    # One place in a quarter of the stories, so its topic runs to several pages.
    place = PLACES[0] if index % 4 == 0 else rng.choice(PLACES)
    topic = f"{rng.choice(WORDS)} {rng.choice(WORDS)}"
    day = start + timedelta(minutes=int(index * 525600 / total))
    keyphrase = f"{place} {topic.title()}"
    def sentence(n):
        words = " ".join(rng.choice(WORDS) for _ in range(12))
        return {"text": f"{people[n % 2]} said in {place} that the {words} would change by {rng.randint(2, 90)} percent.", "citations": [1 + n % 4]}
    lead = sentence(0)
    if changed:
        lead = {"text": f"{people[0]} corrected the figure in {place} on Friday.", "citations": [1]}
    sources = [{
        "number": n + 1, "articleID": index * 10 + n, "outlet": OUTLETS[(index + n) % len(OUTLETS)],
        "title": f"{keyphrase}: report {n + 1}", "url": f"https://outlet{n}.example/{index}/{n}.html",
        "published": iso(day - timedelta(hours=n)),
    } for n in range(4)]
    return {
        "brief": {
            "storyID": f"s{index}", "keyphrase": keyphrase, "headline": f"{keyphrase}: {people[0]} and {people[1]} meet",
            "metaDescription": lead["text"][:150], "slug": keyphrase.lower().replace(" ", "-"),
            "lead": [lead],
            "sections": [{"heading": f"{keyphrase}: part {s + 1}", "sentences": [sentence(s * 3 + k + 1) for k in range(3)]} for s in range(3)],
            "differences": [{"subject": "agreements", "reports": [
                {"value": "15", "outlets": [sources[0]["outlet"]], "sourceNumbers": [1]},
                {"value": "14", "outlets": [sources[1]["outlet"]], "sourceNumbers": [2]}]}],
            "timeline": [
                {"day": (day - timedelta(days=2)).strftime("%Y-%m-%d"), "label": (day - timedelta(days=2)).strftime("%B %-d, %Y"), "sentence": sentence(10)},
                {"day": day.strftime("%Y-%m-%d"), "label": day.strftime("%B %-d, %Y"), "sentence": sentence(11)},
            ],
            "keyFacts": [{"kind": "figure", "text": f"{rng.randint(2, 90)} percent", "citations": [1, 2]}],
            "sources": sources, "engine": "extractive", "written": iso(day + timedelta(hours=1)), "newsDate": iso(day),
        },
        "report": {"verdicts": [], "sourceCount": 4},
        "related": [f"s{(index + k * 37) % total}" for k in range(1, 5)],
        "corrections": [{"date": iso(day + timedelta(days=1)), "text": "An earlier version misstated the share."}] if index % 50 == 7 else [],
    }


def main():
    total, out = int(sys.argv[1]), sys.argv[2]
    change = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--change" else None
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with open(out, "w") as handle:
        for index in range(total):
            rng = random.Random(index)
            handle.write(json.dumps(brief(index, rng, start, total, changed=(f"s{index}" == change))) + "\n")


if __name__ == "__main__":
    main()
