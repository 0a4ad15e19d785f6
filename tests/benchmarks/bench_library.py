"""Library speed and size with many articles.

    python tests/benchmarks/bench_library.py [--articles N] [--words N]

Builds a library of N synthetic articles (about --words words each) in a temporary
folder, then prints: full-text search median and p95 over varied queries, opening an
article from the store, the library screen painted (headless), and bytes per article.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from tui_reader.library import open_library
from tui_reader.model import Analysis, Article, Block, Entity, Quote
from tui_reader.sources import Fetched

VOCAB = [f"w{n}" for n in range(5000)] + (
    "harbour council lifeboat station quay storm repairs fishing boats volunteers coxswain "
    "slipway funding vote councillors town families catch winter spring engineers survey"
).split()


def synthetic(n: int, words: int, rng: random.Random) -> tuple[Fetched, Article, Analysis]:
    paras = []
    count = 0
    while count < words:
        k = rng.randint(40, 90)
        paras.append(" ".join(rng.choice(VOCAB) for _ in range(k)).capitalize() + ".")
        count += k
    text = "\n\n".join(paras)
    blocks, pos = [], 0
    for p in paras:
        blocks.append(Block("paragraph", pos, pos + len(p)))
        pos += len(p) + 2
    url = f"https://news{n % 40}.example/{n}"
    article = Article(
        url,
        text,
        title=f"Story {n}: {rng.choice(VOCAB)} {rng.choice(VOCAB)}",
        url=url,
        site=f"News {n % 40}",
        published="2025-01-01",
        blocks=tuple(blocks),
    )
    raw = f"<html><body><article><p>{text}</p></article></body></html>".encode()
    analysis = Analysis(
        entities=(Entity("e1", f"Person {n % 300}", "PERSON", (), ((0, 5),)),),
        quotes=(Quote("q1", paras[0][:80], 0, 80, "direct", f"Person {n % 300}", "e1"),),
        version="bench",
    )
    return Fetched(url, raw, "html", url=url), article, analysis


def ms(x: float) -> str:
    return f"{x * 1000:.1f} ms"


async def paint_library(data_dir: Path) -> float:
    from tui_reader.ui.app import ReaderApp
    from tui_reader.ui.screens.library import LibraryScreen

    store = open_library(data_dir)
    t0 = time.perf_counter()
    app = ReaderApp(store=store, start_in_library=True)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        from tui_reader.ui.widgets.article_table import ArticleTable

        def ready() -> bool:
            screen = app.screen
            if not isinstance(screen, LibraryScreen):
                return False
            return screen.query_one(ArticleTable).loaded_count > 0

        while not ready():
            await pilot.pause(0.005)
        await pilot.pause(0)
        painted = time.perf_counter() - t0
        app.exit()
    store.close()
    return painted


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--words", type=int, default=800)
    args = ap.parse_args()
    rng = random.Random(3)
    data_dir = Path(tempfile.mkdtemp(prefix="tui-reader-bench-"))
    lib = open_library(data_dir)
    t0 = time.perf_counter()
    for n in range(args.articles):
        fetched, article, analysis = synthetic(n, args.words, rng)
        lib.save(fetched, article, analysis)
    build = time.perf_counter() - t0
    print(
        f"built {args.articles:,} articles of ~{args.words} words in {build:.1f} s "
        f"({build / args.articles * 1000:.1f} ms per save, one transaction each)"
    )

    queries = (
        [rng.choice(VOCAB) for _ in range(30)]
        + [f"{rng.choice(VOCAB)} {rng.choice(VOCAB)}" for _ in range(30)]
        + ["harbour", "lifeb"]
    )
    times = []
    for q in queries:
        t = time.perf_counter()
        lib.search(q)
        times.append(time.perf_counter() - t)
    times.sort()
    print(
        f"full-text search over {len(queries)} queries: median {ms(statistics.median(times))}, "
        f"p95 {ms(times[int(len(times) * 0.95) - 1])} (target median <= 50 ms)"
    )

    ids = [rng.randint(1, args.articles) for _ in range(200)]
    times = []
    for i in ids:
        t = time.perf_counter()
        lib.get(i, touch=True)
        times.append(time.perf_counter() - t)
    print(
        f"open an article from the store: median {ms(statistics.median(times))}, "
        f"max {ms(max(times))} (target <= 30 ms)"
    )
    lib.close()

    paints = [await paint_library(data_dir) for _ in range(2)]
    small_dir = Path(tempfile.mkdtemp(prefix="tui-reader-bench-small-"))
    small = open_library(small_dir)
    for n in range(5):
        small.save(*synthetic(n, args.words, rng)[:2])
    small.close()
    baseline = [await paint_library(small_dir) for _ in range(2)]
    print(
        f"library screen painted with {args.articles:,} articles: {ms(min(paints))} "
        f"(target <= 200 ms); with 5 articles, same run: {ms(min(baseline))} "
        f"(ratio {min(paints) / min(baseline):.2f})"
    )
    size = sum(p.stat().st_size for p in data_dir.iterdir())
    print(
        f"database: {size / 1e6:.1f} MB, {size / args.articles / 1024:.1f} KiB per article "
        f"(raw page compressed, article, analysis and full-text index)"
    )


if __name__ == "__main__":
    asyncio.run(main())
