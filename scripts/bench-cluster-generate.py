#!/usr/bin/env python3
"""Writes a deterministic stream of synthetic news articles for the clustering scale benchmark.

    bench-cluster-generate.py N OUT.jsonl GOLD.json

The stream imitates a wire-and-outlets news stream, a thousand articles a day:

- a vocabulary of invented words used with Zipf frequencies (a few very common, most rare);
- about twenty kinds of event (summit, court case, protest, earnings, layoffs, storm, match, ...),
  each with its own shared words, so two summits or two storms read alike;
- places, people and organisations drawn with Zipf popularity: a few capitals, leaders and
  companies turn up in many unrelated events, as in real news (two summits in one capital weeks
  apart, a court case and a protest in the same city, results and layoffs at one company);
- about 15% of events are sequels of one 1-6 weeks earlier: same kind, place and organisation,
  one of the same people and some of the same words, but a different event;
- events of 1-60 articles over one to five days, their articles spread over that time, each outlet
  telling the story in its own words (titles and texts drawn afresh), names capitalised;
- about 1% of articles carry a generic title ("Live updates", "What we know so far", ...) above
  a text about their event;
- about 5% of articles are near-copies of an earlier article (the same title, 0-15% of the words
  edited), as when one wire story runs on several sites.

GOLD.json holds {"events": {id: event}, "copies": {id: original id}}.
"""
import bisect
import json
import random
import sys
from datetime import datetime, timedelta, timezone

count, out_path, gold_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(20261129)

onsets = "b c d f g h j k l m n p r s t v w z br cr dr fr gr pr tr st sh ch th pl cl".split()
vowels = "a e i o u ai ea ou ie".split()
codas = ["", "", "", "n", "r", "l", "s", "t", "m", "nd", "st", "rk"]
used = set()


def invent(syllables):
    while True:
        text = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(syllables))
        if text not in used and len(text) > 3:
            used.add(text)
            return text


class Zipf:
    """Draws items with probability proportional to 1 / rank^s."""

    def __init__(self, items, s=1.0):
        self.items = items
        total, self.cumulative = 0.0, []
        for rank in range(1, len(items) + 1):
            total += 1.0 / rank ** s
            self.cumulative.append(total)
        self.total = total

    def draw(self):
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.total)]


function_words = ("the of and to a in that is for on was with he it as at by from his said has have "
                  "be are not but an they this who had been were after their will would also more "
                  "which its one than about over into two could new up when last first year people "
                  "week officials told government on monday tuesday wednesday thursday friday").split()
common = Zipf(function_words + [invent(rng.choice([1, 2, 2, 3])) for _ in range(3000)], 1.05)
rare_words = [invent(rng.choice([2, 3])) for _ in range(40000)]

kinds = ["summit", "court", "protest", "earnings", "layoffs", "storm", "match", "election", "fire",
         "strike", "launch", "merger", "trial", "flood", "vote", "festival", "outbreak", "crash",
         "deal", "scandal"]
kind_words = {kind: [kind] + [invent(rng.choice([2, 3])) for _ in range(30)] for kind in kinds}
kind_of = Zipf(kinds, 0.6)

places = Zipf([invent(2).capitalize() for _ in range(300)], 1.0)
first_names = [invent(2).capitalize() for _ in range(300)]
surnames = [invent(rng.choice([2, 3])).capitalize() for _ in range(2000)]
people = Zipf([f"{rng.choice(first_names)} {rng.choice(surnames)}" for _ in range(5000)], 0.9)
orgs = Zipf([f"{invent(2).capitalize()} {rng.choice(['Group', 'Council', 'Bank', 'Motors', 'Union', 'Party', 'Systems', 'United'])}"
             for _ in range(1500)], 0.9)
generic_titles = ["Live updates", "What we know so far", "Morning briefing", "The latest", "Breaking news"]

start = datetime(2026, 1, 1, tzinfo=timezone.utc)
next_event = 0


past_events = []


def new_event(day):
    global next_event
    kind = kind_of.draw()
    event = {
        "id": next_event, "kind": kind, "place": places.draw(),
        "people": list(dict.fromkeys(people.draw() for _ in range(rng.randint(1, 3)))), "org": orgs.draw(),
        "words": rng.sample(kind_words[kind], 8) + rng.sample(rare_words, 8),
        "left": min(60, max(1, int(rng.paretovariate(1.1) * 4))),
        "start": day, "span": rng.uniform(1, 5),
    }
    # A sequel: a new event of the same kind in the same place with one of the same people, one to
    # six weeks after an earlier one (the appeal after the verdict, the second summit, the next storm).
    earlier = [e for e in past_events if 7 <= day - e["start"] <= 42]
    if earlier and rng.random() < 0.15:
        before = rng.choice(earlier)
        event.update(kind=before["kind"], place=before["place"], org=before["org"])
        event["people"] = list(dict.fromkeys([before["people"][0], people.draw()]))
        event["words"] = rng.sample(kind_words[event["kind"]], 8) + rng.sample(before["words"][8:], 4) + rng.sample(rare_words, 4)
    next_event += 1
    past_events.append(event)
    del past_events[:-3000]
    return event


def name(event):
    roll = rng.random()
    if roll < 0.4:
        return event["place"]
    if roll < 0.8:
        person = rng.choice(event["people"])
        return person if rng.random() < 0.5 else person.split()[1]
    return event["org"]


def sentence(event):
    parts = []
    for _ in range(rng.randint(8, 22)):
        roll = rng.random()
        if roll < 0.62:
            parts.append(common.draw())
        elif roll < 0.78:
            parts.append(rng.choice(event["words"]))
        elif roll < 0.90:
            parts.append(name(event))
        elif roll < 0.93:
            parts.append(str(rng.randint(2, 5000)))
        else:
            parts.append(rng.choice(kind_words[event["kind"]]))
    text = " ".join(parts)
    return text[0].upper() + text[1:] + "."


def article_text(event):
    return "\n".join(" ".join(sentence(event) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(3, 8)))


def title(event):
    if rng.random() < 0.01:
        return rng.choice(generic_titles)
    parts = [name(event)] + rng.sample(event["words"][:12], 3) + [rng.choice([name(event), common.draw()])]
    rng.shuffle(parts)
    text = " ".join(parts)
    return text[0].upper() + text[1:]


def edit(text, share):
    words = text.split(" ")
    for _ in range(int(len(words) * share)):
        i = rng.randrange(len(words))
        roll = rng.random()
        if roll < 0.4:
            words[i] = common.draw()
        elif roll < 0.7 and len(words) > 20:
            del words[i]
        else:
            words.insert(i, common.draw())
    return " ".join(words)


gold_events, copies, written, open_events = {}, {}, [], []
with open(out_path, "w") as out:
    for n in range(count):
        now_days = n / 1000  # a thousand articles a day, whatever the size of the stream
        ident = f"a{n}"
        if written and rng.random() < 0.05:
            original = rng.choice(written[-2000:])
            row = {"id": ident, "title": original["title"], "text": edit(original["text"], rng.uniform(0.0, 0.15))}
            copies[ident] = original["id"]
            gold_events[ident] = gold_events[original["id"]]
        else:
            open_events = [e for e in open_events if e["left"] > 0 and now_days - e["start"] < e["span"]]
            # About 60 new events a day; an event's articles are spread over its span.
            while len(open_events) < 20 or rng.random() < 0.06:
                open_events.append(new_event(now_days))
            event = rng.choice(open_events)
            event["left"] -= 1
            row = {"id": ident, "title": title(event), "text": article_text(event)}
            gold_events[ident] = event["id"]
            written.append(row)
        published = start + timedelta(days=now_days, seconds=rng.randint(0, 600))
        row["published"] = published.isoformat()
        out.write(json.dumps(row) + "\n")
json.dump({"events": gold_events, "copies": copies}, open(gold_path, "w"))
