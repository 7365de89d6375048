#!/usr/bin/env python3
"""Write a deterministic RSS 2.0 feed of N entries to stdout (for scripts/bench-feeds.sh).

    python3 scripts/bench-feeds-generate.py 10000 > large.xml

Each entry has what real news feeds carry: title, link, guid, an HTML description with markup
the sanitizer must handle (a link, emphasis, an image, an inline script and an event handler),
content:encoded, dc:creator, two categories, a pubDate and an enclosure. The same N gives the same
bytes on every run. Python 3 standard library only.
"""
import random
import sys
from datetime import datetime, timedelta, timezone

WORDS = ("harbour council budget ferry terminal minister report election court ruling energy prices "
         "storm coast rail strike hospital school bridge museum market festival river port airport").split()
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def rfc822(moment):
    return (f"{DAYS[moment.weekday()]}, {moment.day:02d} {MONTHS[moment.month - 1]} {moment.year} "
            f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d} +0000")


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rng = random.Random(20260105)
    start = datetime(2026, 1, 5, 9, 0, 0, tzinfo=timezone.utc)
    out = sys.stdout
    out.write('<?xml version="1.0" encoding="utf-8"?>\n'
              '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
              '<title>Benchmark Desk</title>\n<link>https://bench.example/</link>\n'
              '<description>A generated feed for parser benchmarks</description>\n<language>en</language>\n'
              f'<lastBuildDate>{rfc822(start)}</lastBuildDate>\n')
    for i in range(count):
        moment = start - timedelta(minutes=7 * i)
        title = words(rng, 8).capitalize()
        summary = (f"&lt;p&gt;{words(rng, 25)} &lt;a href=\"/story/{i}\"&gt;{words(rng, 3)}&lt;/a&gt; "
                   f"&lt;em&gt;{words(rng, 4)}&lt;/em&gt;&lt;/p&gt;"
                   f"&lt;img src=\"https://bench.example/img/{i}.jpg\" onerror=\"alert(1)\"&gt;"
                   f"&lt;script&gt;track({i})&lt;/script&gt;")
        content = "".join(f"<p>{words(rng, 30)}</p>" for _ in range(3))
        out.write(f"<item>\n<title>{title}</title>\n<link>https://bench.example/story/{i}</link>\n"
                  f'<guid isPermaLink="false">bench-{i}</guid>\n<description>{summary}</description>\n'
                  f"<content:encoded><![CDATA[{content}]]></content:encoded>\n"
                  f"<dc:creator>{rng.choice(WORDS).capitalize()} {rng.choice(WORDS).capitalize()}</dc:creator>\n"
                  f"<category>{rng.choice(WORDS)}</category><category>{rng.choice(WORDS)}</category>\n"
                  f"<pubDate>{rfc822(moment)}</pubDate>\n"
                  f'<enclosure url="https://bench.example/audio/{i}.mp3" type="audio/mpeg" length="{1000 + i}"/>\n'
                  "</item>\n")
    out.write("</channel>\n</rss>\n")


if __name__ == "__main__":
    main()
