#!/usr/bin/env python3
"""Generate news-like articles for the text-analysis benchmark, as JSON Lines {"text", "published"}.

    python3 scripts/bench-text-generate.py COUNT [--words 600] [--repeat 1] [--seed 5]

Each article is about --words words of sentences built from templates with names, places,
figures (digits and words, money, percentages, ranges), dates (absolute and relative) and
hedges, so that every finder has work to do. --repeat N writes each article's text N times over
(for the 1x / 10x / 100x length runs). Seeded: the same arguments give the same bytes.
Python 3 standard library only.
"""
import argparse
import json
import random

PEOPLE = ["Lee Jae-myung", "Xi Jinping", "Takaichi Sanae", "Maria Okafor", "Jan de Vries", "Priya Raman",
          "Tomas Lindqvist", "Helen Ashby", "Park Min-seo", "Ahmed Hassan", "Sofia Rossi", "Kenji Watanabe"]
ROLES = ["President", "Prime Minister", "Finance Minister", "Mayor", "chief executive", "spokeswoman", "analyst"]
PLACES = ["Beijing", "Seoul", "Tokyo", "Brussels", "Geneva", "Nairobi", "Sao Paulo", "Port Calder", "Lagos", "Jakarta"]
ORGS = ["Samsung", "the central bank", "the finance ministry", "Alibaba", "the union", "the regulator", "Transrail",
        "the World Bank", "Hyundai", "the city council"]
NOUNS = ["agreements", "jobs", "homes", "workers", "flights", "patients", "stores", "vehicles", "contracts", "schools"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ABBR = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen", "two dozen"]
QUALS = ["more than", "nearly", "about", "at least", "up to", "almost", "over", "some", "roughly"]
CURRENCY = ["$", "€", "£", "₩", "US$", "¥"]
SCALES = ["million", "billion", "bn", "m", "trillion"]
RELATIVE = ["yesterday", "last week", "earlier this month", "next year", "this week", "two days ago", "last month",
            "on Friday", "late last year", "next month"]
HEDGES = ["may", "could", "is expected to", "plans to", "would", "reportedly will"]


def figure(r):
    kind = r.random()
    if kind < 0.3:
        return f"{r.randint(2, 950):,}"
    if kind < 0.5:
        return r.choice(WORDS)
    if kind < 0.7:
        return f"{r.randint(1, 99)}.{r.randint(1, 9)} {r.choice(['million', 'billion'])}"
    return f"{r.randint(1000, 90000):,}"


def money(r):
    c = r.choice(CURRENCY)
    s = r.choice(SCALES)
    amount = f"{r.randint(1, 900)}" if r.random() < 0.6 else f"{r.randint(1, 99)}.{r.randint(1, 9)}"
    return f"{c}{amount}{s}" if s in ("bn", "m") else f"{c}{amount} {s}"


def date(r):
    k = r.random()
    if k < 0.25:
        return f"on {r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2015, 2027)}"
    if k < 0.4:
        return f"on {r.randint(1, 28)} {r.choice(MONTHS)}"
    if k < 0.5:
        return f"on {r.choice(ABBR)} {r.randint(1, 28)}"
    if k < 0.6:
        return f"in {r.choice(MONTHS)}"
    if k < 0.7:
        return f"on {r.choice(DAYS)}"
    if k < 0.8:
        return f"in {r.randint(1990, 2026)}"
    return r.choice(RELATIVE)


def sentence(r):
    p, place, org, noun = r.choice(PEOPLE), r.choice(PLACES), r.choice(ORGS), r.choice(NOUNS)
    role = r.choice(ROLES)
    templates = [
        lambda: f"{role} {p} met officials in {place} {date(r)} and signed {figure(r)} {noun}.",
        lambda: f"{org.capitalize()} said {date(r)} that it {r.choice(HEDGES)} cut {r.choice(QUALS)} {figure(r)} {noun} over the next {r.choice(WORDS)} years.",
        lambda: f"The deal, worth {money(r)}, was announced {date(r)} after {r.choice(['a four-day', 'a two-week', 'a 90-day', 'nearly a decade of'])} talks in {place}.",
        lambda: f"Inflation rose to {r.randint(1, 9)}.{r.randint(0, 9)}% {date(r)}, up {r.randint(1, 3)}.{r.randint(0, 9)} percentage points from a year earlier, the statistics office said.",
        lambda: f"{p} did not say whether {org} would spend between {r.randint(2, 9)} and {r.randint(10, 30)} percent of its budget on {noun} since {r.randint(2001, 2024)}.",
        lambda: f"According to {org}, {r.choice(QUALS)} {r.randint(2, 99)}% of the {noun} in {place} were affected {date(r)}, the {r.choice(['third', 'fourth', 'second', '21st'])} time since the {r.choice(['1980s', '1990s', '2000s'])}.",
        lambda: f"\"We are not going to accept {r.randint(10, 15)}-{r.randint(16, 25)}% increases,\" {p} told reporters in {place} {date(r)}.",
        lambda: f"Analysts expect growth of {r.randint(1, 4)} to {r.randint(5, 7)} percent in {r.randint(2026, 2028)}, while {org} reportedly plans to hire {figure(r)} {noun}.",
        lambda: f"Officials in {place} denied reports that {money(r)} in aid had been withheld for {r.choice(WORDS)} weeks.",
        lambda: f"The {noun} were built in the {r.choice(['1960s', '1970s', '1990s'])} and have been closed since {r.choice(MONTHS)} {r.randint(2018, 2025)}.",
    ]
    text = r.choice(templates)()
    return text[0].upper() + text[1:]


def article(r, words):
    sentences, count = [], 0
    while count < words:
        s = sentence(r)
        sentences.append(s)
        count += len(s.split())
    paragraphs, i = [], 0
    while i < len(sentences):
        n = r.randint(2, 4)
        paragraphs.append(" ".join(sentences[i:i + n]))
        i += n
    return "\n".join(paragraphs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    r = random.Random(args.seed)
    for n in range(args.count):
        text = article(r, args.words)
        if args.repeat > 1:
            text = "\n".join([text] * args.repeat)
        published = f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        print(json.dumps({"text": text, "published": published}, ensure_ascii=False))


if __name__ == "__main__":
    main()
