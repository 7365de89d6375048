#!/usr/bin/env python3
"""Score newsdesk on the shared benchmarks and compare the figures with quality-floors.json.

    python3 scripts/check-quality.py --bin .build/debug/newsdesk [--shared ../shared] [--record]

Runs every shared scorer against the newsdesk contract commands (batch modes where the
scorer has one), reads the scorer's --json output, and prints one line per figure:

    name: value (floor F)

Exits 1 when a figure is below its floor (or above its ceiling, for rates where lower is
better), when a scorer or a batch command crashes, or when a figure cannot be read.
With --record, writes the measured figures to quality-floors.json as the new floors
(counts exact, ratios rounded down to 3 decimals, ceilings rounded up) and does not fail
on the comparison.

The scorers' own output is never echoed (some end with an "N passed, M failed" line that
CI tooling would read as test results); it is written to files in a temporary directory,
which is kept and named only when something could not be measured (or with --keep).
Python 3 standard library only.
"""
import argparse
import json
import math
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FLOORS = os.path.join(REPO, "quality-floors.json")
DEFAULT_SHARED = os.path.join(REPO, os.pardir, "shared")
EPS = 1e-9


class Failure(Exception):
    """A suite could not be measured; the message is a one-line reason."""


class Ctx:
    def __init__(self, binary, shared, tmp, jobs):
        self.bin = binary
        self.qbin = shlex.quote(binary)
        self.shared = shared
        self.tmp = tmp
        self.jobs = jobs
        self.figures = []   # (name, value, kind, total) kind: "count" | "ratio" | "ceiling"
        self.infos = []     # informational lines (never compared)
        self.errors = []    # one-line failure reasons
        self.raw_needed = False

    def path(self, name):
        return os.path.join(self.tmp, name)

    def figure(self, name, value, kind, total=None):
        self.figures.append((name, value, kind, total))

    def info(self, line):
        self.infos.append(line)


# ---------------------------------------------------------------------------
# process helpers


def run(argv, out_path, err_path, timeout, stdin_path=None):
    """Run argv with stdout/stderr to files; kill the whole process group on timeout."""
    with open(out_path, "wb") as out, open(err_path, "wb") as err, \
            open(stdin_path or os.devnull, "rb") as inp:
        proc = subprocess.Popen(argv, stdin=inp, stdout=out, stderr=err, start_new_session=True)
        try:
            return proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
            proc.wait()
            raise Failure(f"{os.path.basename(argv[0]) if argv[0] != sys.executable else argv[1]}"
                          f" timed out after {timeout:g}s")


def last_line(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = [l.strip() for l in f.read().strip().splitlines() if l.strip()]
    except OSError:
        return ""
    return lines[-1][:160] if lines else ""


def run_scorer(ctx, tag, script, args, timeout, ok_codes=(0,)):
    """Run a scorer with --json; return its parsed JSON object (raw files under tmp)."""
    out, err = ctx.path(f"{tag}.scorer.out"), ctx.path(f"{tag}.scorer.err")
    argv = [sys.executable, os.path.join(ctx.shared, script)] + args + ["--json"]
    with open(ctx.path(f"{tag}.scorer.cmd"), "w", encoding="utf-8") as f:
        f.write(shlex.join(argv) + "\n")
    rc = run(argv, out, err, timeout)
    try:
        with open(out, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        data = None
    if rc not in ok_codes or not isinstance(data, dict):
        ctx.raw_needed = True
        why = f"exit status {rc}" if rc not in ok_codes else "output is not a JSON object"
        tail = last_line(err)
        raise Failure(f"scorer {script} crashed ({why}{': ' + tail if tail else ''}); raw output in {out}")
    return data


def wrap_batch(ctx, tag, subcommand):
    """Shell command for a batch newsdesk run that keeps its stderr and exit status."""
    err, rc = shlex.quote(ctx.path(f"{tag}.newsdesk.err")), shlex.quote(ctx.path(f"{tag}.newsdesk.rc"))
    return f"{ctx.qbin} {subcommand} 2>{err}; rc=$?; echo $rc >{rc}; exit $rc"


def check_batch_exit(ctx, tag, subcommand):
    try:
        with open(ctx.path(f"{tag}.newsdesk.rc"), encoding="utf-8") as f:
            rc = int(f.read().strip())
    except (OSError, ValueError):
        raise Failure(f"newsdesk {subcommand} did not finish (killed or timed out)")
    if rc != 0:
        tail = last_line(ctx.path(f"{tag}.newsdesk.err"))
        raise Failure(f"newsdesk {subcommand} exited with status {rc}{': ' + tail if tail else ''}")


def number(ctx, data, key, what, raw):
    v = data.get(key)
    if isinstance(v, bool) or not isinstance(v, (int, float)) or (isinstance(v, float) and math.isnan(v)):
        ctx.raw_needed = True
        raise Failure(f"{what}: no numeric '{key}' in scorer output; raw output in {raw}")
    return v


def run_newsdesk_json(ctx, tag, args, timeout):
    """Run newsdesk with output to a file; return (path, parsed JSON object)."""
    out, err = ctx.path(f"{tag}.newsdesk.json"), ctx.path(f"{tag}.newsdesk.err")
    rc = run([ctx.bin] + args, out, err, timeout)
    what = "newsdesk " + " ".join(a for a in args if not a.startswith("/"))
    if rc != 0:
        tail = last_line(err)
        raise Failure(f"{what} exited with status {rc}{': ' + tail if tail else ''}")
    try:
        with open(out, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        ctx.raw_needed = True
        raise Failure(f"{what} printed malformed JSON ({str(e)[:80]}); raw output in {out}")
    if not isinstance(data, dict):
        ctx.raw_needed = True
        raise Failure(f"{what} printed JSON that is not an object; raw output in {out}")
    return out, data


# ---------------------------------------------------------------------------
# suites

FEED_ERRORS = ("exit status", "timed out", "invalid JSON", "stdout JSON is not")


def feed_suite(ctx, suite, name):
    tag = f"feeds-{suite}"
    data = run_scorer(ctx, tag, "conformance/feeds/score.py",
                      ["--cmd", f"{ctx.qbin} feed parse {{file}}", "--loose-html", "--suite", suite,
                       "-j", str(ctx.jobs), "--timeout", "20"],
                      timeout=240, ok_codes=(0, 1))
    raw = ctx.path(f"{tag}.scorer.out")
    passed = number(ctx, data, "passed", tag, raw)
    failed = number(ctx, data, "failed", tag, raw)
    ctx.figure(name, passed, "count", passed + failed)
    broken = [r for r in data.get("results", [])
              if not r.get("passed") and str(r.get("reason", "")).startswith(FEED_ERRORS)]
    if broken:
        ctx.info(f"note: newsdesk feed parse crashed, timed out or printed bad JSON on {len(broken)} "
                 f"{suite} files (first: {broken[0].get('file')}: {str(broken[0].get('reason'))[:80]})")


def feeds(ctx):
    feed_suite(ctx, "cases", "feeds.cases_passed")


def feeds_sanitize(ctx):
    feed_suite(ctx, "sanitize", "feeds.sanitize_passed")


def feed_dates(ctx):
    tag = "feeds-dates"
    data = run_scorer(ctx, tag, "conformance/feeds/score.py",
                      ["--dates-cmd", wrap_batch(ctx, tag, "feed dates"), "--timeout", "6"],
                      timeout=120, ok_codes=(0, 1))
    check_batch_exit(ctx, tag, "feed dates")
    raw = ctx.path(f"{tag}.scorer.out")
    passed = number(ctx, data, "passed", tag, raw)
    failed = number(ctx, data, "failed", tag, raw)
    ctx.figure("feeds.dates_passed", passed, "count", passed + failed)
    missing = [r for r in data.get("results", []) if str(r.get("reason", "")).startswith("no output line")]
    if missing:
        ctx.info(f"note: newsdesk feed dates printed too few lines ({len(missing)} inputs without an answer)")


def sentences_run(ctx, tag, extra):
    data = run_scorer(ctx, tag, "conformance/sentences/score.py",
                      ["--cmd", wrap_batch(ctx, tag, "text sentences --jsonl"), "--batch",
                       "--timeout", "120"] + extra, timeout=180)
    check_batch_exit(ctx, tag, "text sentences --jsonl")
    raw = ctx.path(f"{tag}.scorer.out")
    passed = number(ctx, data, "passed", tag, raw)
    total = number(ctx, data, "total", tag, raw)
    errs = [f for f in data.get("failures", []) if f.get("error")]
    if errs:
        ctx.info(f"note: sentences ({tag}): {len(errs)} cases without a usable answer "
                 f"(first: {errs[0].get('id')}: {str(errs[0].get('error'))[:80]})")
    return passed, total


def sentences(ctx):
    passed, total = sentences_run(ctx, "sentences-en-golden", ["--lang", "en", "--group", "golden"])
    ctx.figure("sentences.en_golden_passed", passed, "count", total)
    passed, total = sentences_run(ctx, "sentences-default", ["--mode", "default"])
    ctx.figure("sentences.default_passed", passed, "count", total)


def extraction(ctx):
    bench = os.path.join(ctx.shared, "bench", "article-extraction")
    pred, data = run_newsdesk_json(ctx, "extract", ["extract", "--batch", os.path.join(bench, "html")], 240)
    res = run_scorer(ctx, "extract", "bench/article-extraction/score.py", [pred], timeout=120)
    raw = ctx.path("extract.scorer.out")
    for key in ("f1", "precision", "recall"):
        ctx.figure(f"extract.{key}", number(ctx, res, key, "extract", raw), "ratio")
    pages = res.get("pages")
    ctx.info(f"extract: {len(data)} predictions for {pages} pages, "
             f"{res.get('missing_ids')} missing, {res.get('empty_predictions')} empty, "
             f"{res.get('ignored_ids')} unknown ids, exact-match accuracy {fmt_opt(res.get('accuracy'))}")


def fmt_opt(v):
    return f"{v:.3f}" if isinstance(v, (int, float)) else str(v)


def claims(ctx):
    tag = "claims"
    # --timeout is per case and multiplied by the number of cases in batch mode (913 -> ~180 s)
    data = run_scorer(ctx, tag, "bench/claims/score.py",
                      ["--cmd", wrap_batch(ctx, tag, "verify --jsonl"), "--batch", "--timeout", "0.2"],
                      timeout=240)
    check_batch_exit(ctx, tag, "verify --jsonl")
    raw = ctx.path(f"{tag}.scorer.out")
    ctx.figure("claims.detection_rate", number(ctx, data, "detection_rate", tag, raw), "ratio")
    ctx.figure("claims.false_alarm_rate", number(ctx, data, "false_alarm_rate", tag, raw), "ceiling")
    ctx.figure("claims.balanced_accuracy", number(ctx, data, "balanced_accuracy", tag, raw), "ratio")
    ctx.info(f"claims: {data.get('passed')} of {data.get('cases')} correct")
    if data.get("errors"):
        ctx.info(f"note: newsdesk verify gave no usable verdict on {data['errors']} claims")


def clustering(ctx):
    bench = os.path.join(ctx.shared, "bench", "story-clustering")
    pred, data = run_newsdesk_json(
        ctx, "cluster", ["cluster", "--input", os.path.join(bench, "wikiref.jsonl"), "--level", "thread"], 240)
    res = run_scorer(ctx, "cluster", "bench/story-clustering/score.py", [pred], timeout=120)
    raw = ctx.path("cluster.scorer.out")
    for key in ("bcubed_f1", "bcubed_precision", "bcubed_recall", "ari", "nmi"):
        ctx.figure(f"cluster.{key}", number(ctx, res, key, "cluster", raw), "ratio")
    ctx.info(f"cluster: {res.get('n_pred_clusters')} clusters predicted, {res.get('n_gold_clusters')} gold, "
             f"{res.get('n_missing_as_singletons')} articles missing, "
             f"{res.get('n_unknown_ids_ignored')} unknown ids")


SUITES = [
    ("feeds (cases.json)", feeds, ["feeds.cases_passed"]),
    ("feeds (sanitize.json)", feeds_sanitize, ["feeds.sanitize_passed"]),
    ("feeds (dates.json)", feed_dates, ["feeds.dates_passed"]),
    ("sentences", sentences, ["sentences.en_golden_passed", "sentences.default_passed"]),
    ("article extraction", extraction, ["extract.f1", "extract.precision", "extract.recall"]),
    ("claims", claims, ["claims.detection_rate", "claims.false_alarm_rate", "claims.balanced_accuracy"]),
    ("story clustering", clustering, ["cluster.bcubed_f1", "cluster.bcubed_precision",
                                      "cluster.bcubed_recall", "cluster.ari", "cluster.nmi"]),
]


# ---------------------------------------------------------------------------
# floors


def recorded(value, kind):
    if kind == "count":
        return int(value)
    if kind == "ceiling":
        return math.ceil(value * 1000 - EPS) / 1000
    return math.floor(value * 1000 + EPS) / 1000


def fmt(value, kind):
    return str(int(value)) if kind == "count" else f"{value:.4f}"


def fmt_limit(value, kind):
    return str(int(value)) if kind == "count" else f"{value:.3f}"


def load_floors(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    floors, ceilings = data.get("floors", {}), data.get("ceilings", {})
    if not isinstance(floors, dict) or not isinstance(ceilings, dict):
        raise ValueError("'floors' and 'ceilings' must be objects")
    return floors, ceilings


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", required=True, help="newsdesk binary (e.g. .build/debug/newsdesk)")
    ap.add_argument("--shared", default=DEFAULT_SHARED, help="shared data folder (default: <repo>/../shared)")
    ap.add_argument("--floors", default=DEFAULT_FLOORS, help="floors file (default: <repo>/quality-floors.json)")
    ap.add_argument("--record", action="store_true", help="write the measured figures as the new floors")
    ap.add_argument("--keep", action="store_true", help="keep the raw scorer outputs and name their folder")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2, help="parallel feed-parse processes")
    args = ap.parse_args()
    t0 = time.monotonic()

    binary = os.path.abspath(args.bin)
    for _ in range(30):   # a rebuild may replace the binary for a moment
        if os.path.isfile(binary) and os.access(binary, os.X_OK):
            break
        time.sleep(2)
    else:
        print(f"quality: newsdesk binary not found or not executable: {args.bin}")
        return 2
    shared = os.path.abspath(args.shared)
    if not os.path.isdir(os.path.join(shared, "conformance")) or not os.path.isdir(os.path.join(shared, "bench")):
        print(f"quality: shared benchmark folder not found: {shared} (give --shared)")
        return 2

    floors, ceilings = {}, {}
    if not args.record:
        try:
            floors, ceilings = load_floors(args.floors)
        except FileNotFoundError:
            print(f"quality: no floors file at {args.floors}; create it with --record")
            return 2
        except (OSError, ValueError) as e:
            print(f"quality: cannot read {args.floors}: {e}")
            return 2

    def stamp():
        try:
            st = os.stat(binary)
            return st.st_mtime_ns, st.st_size
        except OSError:
            return None

    tmp = tempfile.mkdtemp(prefix="newsdesk-quality-")
    ctx = Ctx(binary, shared, tmp, max(1, args.jobs))
    before = stamp()
    for label, fn, _names in SUITES:
        try:
            fn(ctx)
        except Failure as e:
            ctx.errors.append(f"{label}: {e}")
        except Exception as e:  # noqa: BLE001 - report, keep scoring the other suites
            ctx.raw_needed = True
            ctx.errors.append(f"{label}: unexpected {type(e).__name__}: {str(e)[:160]}")
    if stamp() != before:
        ctx.errors.append(f"the newsdesk binary {args.bin} changed during the run (rebuilt?); "
                          "the figures are unreliable, run again")

    measured = {name: (value, kind) for name, value, kind, _ in ctx.figures}
    below = []
    for name, value, kind, total in ctx.figures:
        of = f"/{int(total)}" if total is not None else ""
        if args.record:
            print(f"{name}: {fmt(value, kind)}{of} (recorded {fmt_limit(recorded(value, kind), kind)})")
            continue
        limit = (ceilings if kind == "ceiling" else floors).get(name)
        word = "ceiling" if kind == "ceiling" else "floor"
        if limit is None:
            print(f"{name}: {fmt(value, kind)}{of} (no {word} recorded)")
            continue
        bad = value > limit + EPS if kind == "ceiling" else value < limit - EPS
        mark = ("  ABOVE CEILING" if kind == "ceiling" else "  BELOW FLOOR") if bad else ""
        print(f"{name}: {fmt(value, kind)}{of} ({word} {fmt_limit(limit, kind)}){mark}")
        if bad:
            below.append(name)
    for line in ctx.infos:
        print(line)
    if not args.record:
        for name in list(floors) + list(ceilings):
            if name not in measured and not any(name in names for label, _, names in SUITES
                                                if any(e.startswith(label + ":") for e in ctx.errors)):
                ctx.errors.append(f"{name}: has a limit in {os.path.basename(args.floors)} but was not measured")
    for err in ctx.errors:
        print(f"error: {err}")

    elapsed = time.monotonic() - t0
    status = 0
    if args.record:
        if ctx.errors:
            print(f"quality: not recording, {len(ctx.errors)} suite(s) could not be measured ({elapsed:.0f}s)")
            status = 1
        else:
            try:
                old_floors, old_ceilings = load_floors(args.floors)
            except (OSError, ValueError):
                old_floors, old_ceilings = {}, {}
            new_floors, new_ceilings = {}, {}
            for name, value, kind, _ in ctx.figures:
                (new_ceilings if kind == "ceiling" else new_floors)[name] = recorded(value, kind)
            for name, v in new_floors.items():
                if name in old_floors and v < old_floors[name]:
                    print(f"note: lowering floor {name} from {old_floors[name]} to {v}")
            for name, v in new_ceilings.items():
                if name in old_ceilings and v > old_ceilings[name]:
                    print(f"note: raising ceiling {name} from {old_ceilings[name]} to {v}")
            doc = {
                "_comment": "Written by scripts/check-quality.py --record. 'floors': a figure below its "
                            "floor fails; 'ceilings': a figure above its ceiling fails. Counts are exact; "
                            "ratios are rounded down (ceilings up) to 3 decimals. Floors only go up.",
                "floors": new_floors,
                "ceilings": new_ceilings,
            }
            with open(args.floors, "w", encoding="utf-8") as f:
                json.dump(doc, f, indent=2)
                f.write("\n")
            print(f"quality: recorded {len(ctx.figures)} figures in {os.path.relpath(args.floors)} ({elapsed:.0f}s)")
    else:
        if below or ctx.errors:
            parts = []
            if below:
                parts.append(f"{len(below)} of {len(ctx.figures)} figures past their limit ({', '.join(below)})")
            if ctx.errors:
                parts.append(f"{len(ctx.errors)} error(s)")
            print(f"quality: FAIL: {'; '.join(parts)} ({elapsed:.0f}s)")
            status = 1
        else:
            print(f"quality: ok, all {len(ctx.figures)} figures within their limits ({elapsed:.0f}s)")

    if args.keep or ctx.raw_needed:
        print(f"quality: raw scorer outputs kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
