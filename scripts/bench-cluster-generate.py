#!/usr/bin/env python3
"""Writes a deterministic stream of synthetic news articles for the clustering scale benchmark.

    bench-cluster-generate.py N OUT.jsonl GOLD.json

Events run for a few days and are told by 3-40 articles from different outlets; events share
places, people and the general vocabulary of news, so they are not trivially apart. About 5% of
the articles are planted near-copies of an earlier article (0-15% of the words edited). GOLD.json
holds {"events": {id: event}, "copies": {id: original id}}.
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone

count, out_path, gold_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(20261129)

syllables = ["ka", "lo", "mi", "ren", "tar", "vo", "sel", "dun", "bra", "qui", "zen", "mar", "tol", "fen", "ost", "lin"]
def word(parts):
    return "".join(rng.choice(syllables) for _ in range(parts))

places = [word(2).capitalize() for _ in range(400)]
people = [f"{word(2).capitalize()} {word(2).capitalize()}" for _ in range(1500)]
orgs = [f"{word(2).capitalize()} {rng.choice(['Group', 'Council', 'Authority', 'Union', 'Bank', 'Institute'])}" for _ in range(600)]
topics = [[word(rng.choice([2, 3])) for _ in range(40)] for _ in range(300)]
general = ("said the on in of and to a for with that was were is it by at from as has have will after "
           "officials reported statement week month year people city government new first last more "
           "than about during before while also would could team plan report local national").split()

start = datetime(2026, 1, 1, tzinfo=timezone.utc)
events = []
def new_event(day):
    topic = rng.choice(topics)
    events.append(None)
    return {
        "id": len(events) - 1, "day": day, "left": rng.randint(3, 40),
        "place": rng.choice(places), "people": rng.sample(people, 2), "org": rng.choice(orgs),
        "words": rng.sample(topic, 14) + [word(3) for _ in range(6)],
    }

def sentence(event):
    parts = []
    for _ in range(rng.randint(8, 16)):
        roll = rng.random()
        if roll < 0.35:
            parts.append(rng.choice(event["words"]))
        elif roll < 0.42:
            parts.append(event["place"])
        elif roll < 0.48:
            parts.append(rng.choice(event["people"]))
        elif roll < 0.51:
            parts.append(event["org"])
        elif roll < 0.55:
            parts.append(str(rng.randint(2, 5000)))
        else:
            parts.append(rng.choice(general))
    text = " ".join(parts)
    return text[0].upper() + text[1:] + "."

def article_text(event):
    return "\n".join(" ".join(sentence(event) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(4, 9)))

def edit(text, share):
    words = text.split(" ")
    for _ in range(int(len(words) * share)):
        i = rng.randrange(len(words))
        roll = rng.random()
        if roll < 0.4:
            words[i] = rng.choice(general)
        elif roll < 0.7 and len(words) > 20:
            del words[i]
        else:
            words.insert(i, rng.choice(general))
    return " ".join(words)

gold_events, copies, written = {}, {}, []
open_events = []
with open(out_path, "w") as out:
    for n in range(count):
        day = n // 1000  # a thousand articles a day, whatever the size of the stream
        now = start + timedelta(days=day, seconds=rng.randint(0, 86399))
        ident = f"a{n}"
        if written and rng.random() < 0.05:
            original = rng.choice(written[-2000:])
            text = edit(original["text"], rng.uniform(0.0, 0.15))
            row = {"id": ident, "title": original["title"], "text": text, "published": now.isoformat()}
            copies[ident] = original["id"]
            gold_events[ident] = gold_events[original["id"]]
        else:
            open_events = [e for e in open_events if e["left"] > 0 and day - e["day"] <= 3]
            if not open_events or rng.random() < 0.15:
                open_events.append(new_event(day))
            event = rng.choice(open_events)
            event["left"] -= 1
            title = " ".join([event["place"], *rng.sample(event["words"][:8], 3), rng.choice(event["people"]).split()[1]])
            row = {"id": ident, "title": title.capitalize(), "text": article_text(event), "published": now.isoformat()}
            gold_events[ident] = event["id"]
            written.append(row)
        out.write(json.dumps(row) + "\n")
json.dump({"events": gold_events, "copies": copies}, open(gold_path, "w"))
