"""Hostile input at length: generated pages through everything, in process and via `dump`.

    python tests/benchmarks/bench_hostile.py [--pages N] [--dump N] [--seed S] [--growth N]

Prints how many pages ran, how many gave a story or our own one-line refusal, and every
failure (an exception of another kind, invalid JSON, a span outside the text, a control
byte in an output, over 10 s), with its seed so it can be run again. Then growth: a page
made of one construct repeated (short paragraphs, headings, links, run-on quotes...) at N
and at 4N repeats, and the ratio of the two times: about 4 is linear, 16 is quadratic.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from hostile_pages import hostile_page  # noqa: E402
from test_fuzz_pages import check_page  # noqa: E402

ACTIVE = re.compile(
    rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]"
)


def in_process(seeds: range) -> None:
    counts = {"ok": 0, "refused": 0}
    failures, slowest = [], (0.0, -1)
    for seed in seeds:
        data, charset = hostile_page(seed)
        start = time.perf_counter()
        try:
            counts[check_page(data, charset)] += 1
        except Exception as exc:  # what the benchmark is here to find
            failures.append((seed, f"{type(exc).__name__}: {str(exc)[:100]}"))
        took = time.perf_counter() - start
        slowest = max(slowest, (took, seed))
        if took > 10:
            failures.append((seed, f"took {took:.1f} s"))
    print(
        f"in process: {len(seeds)} pages, {counts['ok']} read, {counts['refused']} refused "
        f"with our error, {len(failures)} failures; slowest {slowest[0]:.2f} s (seed {slowest[1]})"
    )
    for seed, what in failures[:20]:
        print(f"  seed {seed}: {what}")


def through_dump(seeds: range, batch: int = 25) -> None:
    answered = errors = tracebacks = bad_json = active = slow = 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for seed in seeds:
            p = Path(tmp) / f"{seed}.html"
            p.write_bytes(hostile_page(seed)[0])
            paths.append(p)
        for i in range(0, len(paths), batch):
            group = paths[i : i + batch]
            for fmt in ("json", "markdown"):
                start = time.perf_counter()
                proc = subprocess.run(
                    [sys.executable, "-m", "tui_reader", "dump", "-f", fmt, *map(str, group)],
                    capture_output=True,
                    timeout=600,
                )
                if time.perf_counter() - start > 10 * len(group):
                    slow += 1
                err = proc.stderr.decode("utf-8", "replace")
                tracebacks += err.count("Traceback")
                errors += err.count("internal error")
                active += bool(ACTIVE.search(proc.stdout)) + bool(ACTIVE.search(proc.stderr))
                failed_lines = [ln for ln in err.splitlines() if ln.startswith("tui-reader:")]
                if fmt == "json":
                    lines = proc.stdout.decode("utf-8").splitlines()
                    for line in lines:
                        try:
                            json.loads(line, parse_constant=lambda c: 1 / 0)
                        except Exception:
                            bad_json += 1
                    answered += len(lines) + len(failed_lines)
    print(
        f"through dump: {len(seeds)} pages, {answered} answered (a result or one line), "
        f"{errors} internal errors, {tracebacks} tracebacks, {bad_json} invalid JSON, "
        f"{active} outputs with control bytes, {slow} slow batches"
    )


PARA = "<p>The harbour trust met on Tuesday to discuss the new quay and its cost.</p>"
# One construct repeated n times: HTML around a short story, or plain text to analyse.
PAGES = {
    "short paragraphs": lambda n: "<p>Two words.</p>" * n + PARA,
    "headings": lambda n: "<h2>Heading</h2>" * n + PARA,
    "links": lambda n: "<a href='/x'>link</a> " * n + PARA,
    "line breaks": lambda n: "<p>" + "a<br>" * n + "</p>" + PARA,
    "empty ad boxes": lambda n: "<p>A line " + "<span class='ad'></span>" * n + " ends.</p>" + PARA,
}
TEXTS = {
    "run-on quotes": lambda n: "“We will build the quay,” said the mayor, " * (n // 10),
    "figures": lambda n: "$1,000,000 and 50% of 20 people. " * (n // 10),
    "one-word lines": lambda n: "word\n" * (n // 5),
}


def growth(n: int) -> None:
    from tui_reader.analyze import analyze
    from tui_reader.extract.errors import ExtractionError
    from tui_reader.extract.html import extract_html
    from tui_reader.extract.text import extract_text

    analyze(extract_text("The model loads once, before anything is timed.", "warm"))
    print(f"growth, {n:,} and {4 * n:,} repeats (ratio ~4 linear, ~16 quadratic):")
    for name, make in PAGES.items():
        times = []
        for size in (n, 4 * n):
            page = f"<html><body>{make(size)}</body></html>".encode()
            start = time.perf_counter()
            with contextlib.suppress(ExtractionError):  # a refusal is timed all the same
                extract_html(page, "growth")
            times.append(time.perf_counter() - start)
        _growth_line(f"page of {name}", times)
    for name, make in TEXTS.items():
        times = []
        for size in (n // 4, n):  # analysis is slower per character: a quarter of the size
            article = extract_text(make(size), "growth")
            start = time.perf_counter()
            analyze(article)
            times.append(time.perf_counter() - start)
        _growth_line(f"analysis of {name}", times)


def _growth_line(what: str, times: list[float]) -> None:
    small, big = times
    print(f"  {what:30} {small:6.2f} s -> {big:6.2f} s, x{big / small:.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--dump", type=int, default=300)
    ap.add_argument("--seed", type=int, default=100_000)
    ap.add_argument("--growth", type=int, default=5_000, help="repeats (0: skip)")
    args = ap.parse_args()
    if args.growth:
        growth(args.growth)
    in_process(range(args.seed, args.seed + args.pages))
    through_dump(range(args.seed + args.pages, args.seed + args.pages + args.dump))
    return 0


if __name__ == "__main__":
    sys.exit(main())
