#!/usr/bin/env python3
"""Run trafilatura over the same pages as `newsdesk extract --batch --timing`, timed the same way.

    python bench-extract-trafilatura.py HTML_DIR PREDICTIONS.json [ROUNDS]

Reads and gunzips every *.html / *.html.gz first and decodes it to str (as the benchmark README
measured it), then times only the extraction loop, single-threaded, median of ROUNDS rounds (3). Writes the
predictions for score.py and prints one JSON line: pages, bytes, extract_seconds, version.
"""
import gzip
import json
import os
import statistics
import sys
import time

import trafilatura


def main():
    folder, out_path = sys.argv[1], sys.argv[2]
    rounds_wanted = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    pages = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".html.gz"):
            with gzip.open(os.path.join(folder, name), "rb") as f:
                raw = f.read()
            stem = name[: -len(".html.gz")]
        elif name.endswith(".html"):
            with open(os.path.join(folder, name), "rb") as f:
                raw = f.read()
            stem = name[: -len(".html")]
        else:
            continue
        pages.append((stem, raw, raw.decode("utf-8", errors="replace")))
    predictions = {}
    rounds = []
    for _ in range(rounds_wanted):
        start = time.perf_counter()
        texts = [trafilatura.extract(html, include_comments=False) for _, _, html in pages]
        rounds.append(time.perf_counter() - start)
        predictions = {stem: {"articleBody": text or ""} for (stem, _, _), text in zip(pages, texts)}
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(predictions, f, ensure_ascii=False)
    print(json.dumps({
        "pages": len(pages), "bytes": sum(len(raw) for _, raw, _ in pages), "rounds": len(rounds),
        "extract_seconds": statistics.median(rounds), "version": trafilatura.__version__,
    }))


if __name__ == "__main__":
    main()
