#!/usr/bin/env python3
"""Peak memory and time of `newsdesk extract FILE` on generated pages of a given size.

    python3 bench-extract-memory.py NEWSDESK_BIN SIZE_MB [SIZE_MB ...]

Each page is a news article of some thousand words buried in page furniture (navigation, link
lists, a comment thread, scripts, tables) repeated up to the size asked for. Prints one line per
page: size, outcome (article with its word count, or newsdesk's rejection message), wall time and
the child's peak resident set size. Python 3 standard library only.
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time

TIMEOUT = 120

WORDS = ("harbour council terminal ferry budget mayor residents road traffic season officials said "
         "passengers capacity building work delays campaign summer line coast transport plan").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    words[0] = words[0].capitalize()
    cut = rng.randint(3, len(words) - 2)
    return " ".join(words[:cut]) + ", " + " ".join(words[cut:]) + "."


def furniture(rng, index):
    kind = index % 4
    if kind == 0:
        links = "".join(f'<li><a href="/s/{index}/{k}">{sentence(rng)}</a></li>' for k in range(20))
        return f'<nav class="menu"><ul>{links}</ul></nav>'
    if kind == 1:
        comments = "".join(f'<div class="comment"><p>{sentence(rng)} {sentence(rng)}</p></div>' for _ in range(10))
        return f'<section id="comments-{index}">{comments}</section>'
    if kind == 2:
        return f'<script>var data{index} = {list(range(200))};</script><div class="ad">Advertisement</div>'
    rows = "".join(f"<tr><td>{rng.choice(WORDS)}</td><td>{rng.randint(1, 999)}</td></tr>" for _ in range(20))
    return f'<aside class="sidebar"><table>{rows}</table></aside>'


def page(size, seed=7):
    rng = random.Random(seed)
    article = "".join(f"<p>{' '.join(sentence(rng) for _ in range(5))}</p>" for _ in range(60))
    head = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ferry terminal opens - Coast Herald</title>"
            "<meta property=\"article:published_time\" content=\"2026-01-05T09:00:00Z\"></head><body>")
    parts, length, index = [head], len(head), 0
    middle = size // 2
    placed = False
    while length < size:
        if not placed and length >= middle:
            chunk = f'<article class="story"><h1>Ferry terminal opens</h1>{article}</article>'
            placed = True
        else:
            chunk = furniture(rng, index)
            index += 1
        parts.append(chunk)
        length += len(chunk)
    parts.append("</body></html>")
    return "".join(parts).encode("utf-8")


def main():
    binary = sys.argv[1]
    for size_mb in sys.argv[2:]:
        size = int(float(size_mb) * 1_000_000)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "page.html")
            with open(path, "wb") as f:
                f.write(page(size))
            start = time.monotonic()
            proc = subprocess.Popen([binary, "extract", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            timer = threading.Timer(TIMEOUT, proc.kill)
            timer.start()
            out_chunks, err_chunks = [], []
            readers = [threading.Thread(target=lambda s=s, c=c: c.append(s.read())) for s, c in
                       ((proc.stdout, out_chunks), (proc.stderr, err_chunks))]
            for r in readers:
                r.start()
            _, status, usage = os.wait4(proc.pid, 0)
            for r in readers:
                r.join()
            timer.cancel()
            elapsed = time.monotonic() - start
            code = os.waitstatus_to_exitcode(status)
            if code == 0:
                words = len(json.loads(out_chunks[0]).get("text", "").split())
                outcome = f"article of {words} words"
            elif code < 0:
                outcome = f"killed by signal {-code}" + (" (timeout)" if elapsed >= TIMEOUT else "")
            else:
                message = err_chunks[0].decode("utf-8", "replace").strip().splitlines()
                outcome = f"rejected: {message[-1] if message else f'exit status {code}'}"
            print(f"memory: {size / 1e6:.0f} MB page: {outcome}, {elapsed:.2f} s, peak RSS {usage.ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
