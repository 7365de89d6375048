#!/usr/bin/env python3
"""Time newsdesk and feedparser on the same feed files and measure newsdesk's peak memory.

Called by scripts/bench-feeds.sh, which builds newsdesk, installs feedparser and writes the file
list. Both parsers run as one child process over every file, each printing one normalized JSON
object per file (the conformance model), so both sides do the same work: read, detect the
encoding, parse, sanitize, parse dates, serialize. Wall time covers the whole child process,
start-up included. Peak memory is the child's max RSS from wait4. Python 3 standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

# The feedparser side: one process over the file list, the same fields newsdesk prints.
FEEDPARSER_CHILD = r"""
import json, sys, time, feedparser

def iso(t):
    return None if t is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", t)

def normalized(d):
    f = d.get("feed", {})
    entries = []
    for e in d.get("entries", []):
        content = e.get("content")
        entries.append({
            "title": e.get("title"), "link": e.get("link"), "id": e.get("id"),
            "summary": e.get("summary"), "content": content[0].get("value") if content else None,
            "published": iso(e.get("published_parsed")), "updated": iso(e.get("updated_parsed")),
            "author": e.get("author"), "categories": [t.get("term") for t in e.get("tags", [])],
            "enclosures": [{"href": x.get("href"), "type": x.get("type"), "length": x.get("length")}
                           for x in e.get("enclosures", [])],
        })
    return {"bozo": bool(d.get("bozo")), "feed": {
        "title": f.get("title"), "link": f.get("link"), "subtitle": f.get("subtitle"),
        "language": f.get("language"), "updated": iso(f.get("updated_parsed")),
        "published": iso(f.get("published_parsed")), "author": f.get("author"), "id": f.get("id"),
        "categories": [t.get("term") for t in f.get("tags", [])]}, "entries": entries}

out = sys.stdout
for path in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if not path:
        continue
    with open(path, "rb") as handle:
        data = handle.read()
    document = normalized(feedparser.parse(data))
    document["file"] = path
    out.write(json.dumps(document, sort_keys=True, default=str) + "\n")
"""


def run_child(argv, out_path):
    """Run argv with stdout to out_path; return (exit status, wall seconds, max RSS in MB, CPU seconds)."""
    with open(out_path, "wb") as out, open(os.devnull, "rb") as inp:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=inp, stdout=out)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, seconds, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime


def count_lines(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def entries_in(path, target):
    """Number of entries the output gave the file `target` (or the only document, for one file)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            doc = json.loads(line)
            if doc.get("file", target) == target:
                return len(doc.get("entries", []))
    return -1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True, help="release newsdesk binary")
    ap.add_argument("--files", required=True, help="file with one feed path per line")
    ap.add_argument("--large", required=True, help="the generated large feed (also in --files)")
    ap.add_argument("--feedparser-python", required=True, help="a Python that can import feedparser")
    args = ap.parse_args()

    paths = [p for p in open(args.files, encoding="utf-8").read().split("\n") if p]
    tmp = tempfile.mkdtemp(prefix="bench-feeds-")
    nd_out, fp_out, large_out = (os.path.join(tmp, n) for n in ("newsdesk.jsonl", "feedparser.jsonl", "large.json"))

    # 1. newsdesk, one process over every file.
    rc, nd_seconds, nd_rss, nd_cpu = run_child([args.bin, "feed", "parse"] + paths, nd_out)
    if rc != 0 or count_lines(nd_out) != len(paths):
        sys.exit(f"newsdesk failed (exit {rc}, {count_lines(nd_out)} of {len(paths)} lines); output in {nd_out}")
    # 2. feedparser, one process over the same files.
    rc, fp_seconds, fp_rss, fp_cpu = run_child([args.feedparser_python, "-c", FEEDPARSER_CHILD, args.files], fp_out)
    if rc != 0 or count_lines(fp_out) != len(paths):
        sys.exit(f"feedparser failed (exit {rc}, {count_lines(fp_out)} of {len(paths)} lines); output in {fp_out}")
    # 3. newsdesk on the large feed alone, for its peak memory.
    rc, large_seconds, large_rss, _ = run_child([args.bin, "feed", "parse", args.large], large_out)
    if rc != 0:
        sys.exit(f"newsdesk failed on the large feed (exit {rc}); output in {large_out}")

    large_entries = entries_in(large_out, args.large)
    fp_large_entries = entries_in(fp_out, args.large)
    n = len(paths)
    ratio = fp_seconds / nd_seconds
    print(f"files: {n} ({n - 1} conformance files + 1 generated feed of {large_entries} entries;"
          f" feedparser read {fp_large_entries})")
    print(f"newsdesk:   {n} files in {nd_seconds:.2f} s = {n / nd_seconds:.1f} files/s (release, one process; "
          f"CPU {nd_cpu:.2f} s; max RSS {nd_rss:.0f} MB)")
    print(f"feedparser: {n} files in {fp_seconds:.2f} s = {n / fp_seconds:.1f} files/s "
          f"(feedparser {feedparser_version(args.feedparser_python)}, one process; CPU {fp_cpu:.2f} s; max RSS {fp_rss:.0f} MB)")
    print(f"ratio: newsdesk is {ratio:.1f}x faster than feedparser (wall time; target >= 20x: {'met' if ratio >= 20 else 'MISSED'})"
          f" [CPU time: {fp_cpu / nd_cpu:.1f}x]")
    print(f"memory: newsdesk peak {large_rss:.1f} MB on the {large_entries}-entry feed in {large_seconds:.2f} s "
          f"(target < 100 MB: {'met' if large_rss < 100 else 'MISSED'})")
    for path in (nd_out, fp_out, large_out):
        os.remove(path)
    os.rmdir(tmp)


def feedparser_version(python):
    try:
        return subprocess.run([python, "-c", "import feedparser; print(feedparser.__version__)"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


if __name__ == "__main__":
    main()
