"""People across the library: the 16 gold stories linked, and speed with 10,000 articles.

    python tests/benchmarks/bench_people.py [--articles 10000]

Adds the gold stories (../shared/corpus/gold, analysed here) to a fresh library and prints
every identity that appears in more than one, with its forms and article count; then the
time linking adds to keeping an article, and, with a library of synthetic articles, the time
to list the people and one person's quotes.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_library import synthetic

from tui_reader.extract import extract_text
from tui_reader.library import open_library
from tui_reader.pipeline import analyze_article
from tui_reader.sources import Fetched

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def gold_library(home: Path) -> list[float]:
    texts = Path(tempfile.mkdtemp(prefix="gold-texts-"))
    subprocess.run(
        [sys.executable, str(CORPUS / "gold_texts.py"), str(texts)], check=True, capture_output=True
    )
    lib = open_library(home)
    link_times = []
    for path in sorted(texts.iterdir()):
        data = path.read_bytes()
        article = extract_text(data, path.name)
        analysis = analyze_article(article)
        article_id = lib.save(Fetched(path.name, data, "text"), article)
        t0 = time.perf_counter()
        lib.save_analysis(article_id, analysis)
        link_times.append(time.perf_counter() - t0)
    shared = [p for p in lib.people() if p.articles > 1]
    print(f"{len(list(texts.iterdir()))} gold stories; identities in more than one:")
    for p in sorted(shared, key=lambda p: (-p.articles, p.name)):
        aka = f"  (also {', '.join(p.aliases)})" if p.aliases else ""
        print(f"  {p.name} [{p.type}]: {p.articles} articles, {p.quotes} quotes{aka}")
    lib.close()
    return link_times


def main() -> int:
    from screen_timing import first_rows

    from tui_reader.ui.app import ReaderApp
    from tui_reader.ui.screens.people import PeopleScreen

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="tui-reader-people-"))
    if CORPUS.is_dir():
        times = gold_library(home / "gold")
        print(
            f"keeping an analysis, identities linked: median {statistics.median(times) * 1000:.1f}"
            f" ms, max {max(times) * 1000:.1f} ms per article (linking target <= 10 ms)"
        )
    rng = random.Random(7)
    lib = open_library(home / "big")
    for n in range(args.articles):
        fetched, article, analysis = synthetic(n, 300, rng)
        lib.save(fetched, article, analysis)
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        people = lib.people()
        runs.append(time.perf_counter() - t0)
    print(
        f"{args.articles:,} articles, {len(people)} people: people listed in "
        f"{min(runs) * 1000:.1f} ms (the screen's query)"
    )
    runs = []
    for n in range(5):
        t0 = time.perf_counter()
        said = lib.quotes_of(lib.identities_named(f"Person {n * 7}"))
        runs.append(time.perf_counter() - t0)
    print(
        f"one person's quotes ({len(said)}) listed in {statistics.median(runs) * 1000:.1f} ms "
        "(target <= 50 ms)"
    )
    painted = asyncio.run(first_rows(ReaderApp(store=lib), PeopleScreen))
    print(
        f"people screen with {args.articles:,} articles: rows on screen in "
        f"{painted * 1000:.0f} ms (target <= 200 ms)"
    )
    lib.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
