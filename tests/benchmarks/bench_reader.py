"""Reader speed: launch to painted article, a 100,000-word article, page-down latency.

    python tests/benchmarks/bench_reader.py [--words N] [--presses N]

Runs headless (Textual's test driver) in one process and prints, side by side with
Textual's own Markdown widget on the same text:
- launch to painted article for the seed (or a fixture when the corpus is absent);
- open-to-painted time for a generated article of N words;
- the median and 95th percentile of page-down latency over a number of presses.
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

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Log, Markdown

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "corpus" / "seed-article.txt"
SIZE = (120, 40)
WORDS = (
    "harbour council lifeboat station quay storm repairs fishing boats volunteers "
    "coxswain slipway funding vote councillors town families catch winter spring "
    "engineers survey timber piles deck wall tide pier crew launch sea rescue"
).split()


def generate(words: int, seed: int = 7) -> str:
    """A long story of paragraphs, with quotes, headings and numbers, in plain text."""
    rng = random.Random(seed)
    out = ["A very long report on the harbour", ""]
    count = 0
    n = 0
    while count < words:
        n += 1
        if n % 40 == 0:
            out += [f"## Part {n // 40}", ""]
        sentence_count = rng.randint(3, 6)
        para = []
        for _ in range(sentence_count):
            length = rng.randint(8, 22)
            ws = [rng.choice(WORDS) for _ in range(length)]
            ws[0] = ws[0].capitalize()
            if rng.random() < 0.15:
                para.append(f'"{" ".join(ws)}," said Elowen Penrose.')
            else:
                para.append(" ".join(ws) + f" in {rng.randint(1990, 2024)}.")
            count += length + 2
        out += [" ".join(para), ""]
    return "\n".join(out)


async def _until(pilot, predicate, timeout: float = 120) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError
        await pilot.pause(0.002)


async def reader_times(path: str, presses: int) -> tuple[float, list[tuple[float, float]]]:
    from tui_reader.ui.app import ReaderApp

    t0 = time.perf_counter()
    app = ReaderApp(path, store=None)
    app.animation_level = "none"  # measure the work, not a smooth-scroll animation
    async with app.run_test(size=SIZE) as pilot:
        await _until(
            pilot,
            lambda: (
                app.reader is not None
                and app.reader.article is not None
                and app.reader.view.current_layout is not None
            ),
        )
        await pilot.pause(0)  # one refresh: the article is on screen
        painted = time.perf_counter() - t0
        view = app.reader.view
        view.focus()
        lat = await _presses(pilot, presses)
        app.exit()
    return painted, lat


async def _presses(pilot, presses: int) -> list[tuple[float, float]]:
    """(wall, cpu) seconds per page-down. Wall time includes the test driver waiting for
    Textual's frame timer; CPU time is the work done in this process for the key and the
    repaint (the analysis runs in another process and is not counted)."""
    out = []
    for _ in range(presses):
        w, c = time.perf_counter(), time.process_time()
        await pilot.press("pagedown")
        await pilot.pause(0)
        out.append((time.perf_counter() - w, time.process_time() - c))
    return out


class MarkdownApp(App[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="scroll"):
            yield Markdown(self.text, id="md")


async def markdown_times(text: str, presses: int) -> tuple[float, list[tuple[float, float]]]:
    t0 = time.perf_counter()
    app = MarkdownApp(text)
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        md = app.query_one(Markdown)
        await _until(pilot, lambda: len(md.children) > 0)
        await pilot.pause(0)
        painted = time.perf_counter() - t0
        scroll = app.query_one("#scroll")
        scroll.focus()
        lat = await _presses(pilot, presses)
        app.exit()
    return painted, lat


class LogApp(App[None]):
    """Textual's own virtualised Line API widget, as a floor for a page-down."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        yield Log(id="log")

    def on_mount(self) -> None:
        self.query_one(Log).write_lines(self.lines, scroll_end=False)


async def log_times(text: str, presses: int) -> tuple[float, list[tuple[float, float]]]:
    import textwrap

    lines = [ln for para in text.split("\n\n") for ln in [*textwrap.wrap(para, 72), ""]]
    t0 = time.perf_counter()
    app = LogApp(lines)
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        log = app.query_one(Log)
        await _until(pilot, lambda: log.line_count > 0)
        await pilot.pause(0)
        painted = time.perf_counter() - t0
        log.focus()
        lat = await _presses(pilot, presses)
        app.exit()
    return painted, lat


def import_time() -> float:
    code = (
        "import time; t = time.perf_counter(); import tui_reader.ui.app, tui_reader.cli; "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def ms(x: float) -> str:
    return f"{x * 1000:.0f} ms"


def p95(xs: list[float]) -> float:
    return sorted(xs)[max(0, int(len(xs) * 0.95) - 1)]


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--presses", type=int, default=40)
    args = ap.parse_args()

    seed = SEED if SEED.exists() else ROOT / "tests" / "fixtures" / "scraped.txt"
    imports = min(import_time() for _ in range(3))
    launch, _ = await reader_times(str(seed), 0)
    launch2, _ = await reader_times(str(seed), 0)
    print(
        f"launch to painted article ({seed.name}): {ms(min(launch, launch2))} in process "
        f"+ {ms(imports)} imports = {ms(min(launch, launch2) + imports)} (target <= 600 ms)"
    )

    text = generate(args.words)
    words = len(text.split())
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(text)
    painted, lat = await reader_times(fh.name, args.presses)
    md_painted, md_lat = await markdown_times(text, args.presses)
    _, log_lat = await log_times(text, args.presses)
    print(
        f"{words:,}-word article, open to painted: tui-reader {ms(painted)} "
        f"(target <= 800 ms) | Textual Markdown {ms(md_painted)}"
    )
    for label, index in (("CPU", 1), ("wall", 0)):
        ours = [x[index] for x in lat]
        theirs = [x[index] for x in md_lat]
        floor = [x[index] for x in log_lat]
        print(
            f"page-down {label} time over {args.presses} presses: tui-reader median "
            f"{statistics.median(ours) * 1000:.1f} ms, p95 {p95(ours) * 1000:.1f} ms | "
            f"Textual Markdown median {statistics.median(theirs) * 1000:.1f} ms, "
            f"p95 {p95(theirs) * 1000:.1f} ms | Textual Log (pre-wrapped lines) median "
            f"{statistics.median(floor) * 1000:.1f} ms"
        )
    print(
        "(target: page-down median <= 20 ms of work; wall time adds the test driver's "
        "wait for Textual's next frame)"
    )
    print(f"paint ratio Markdown / tui-reader: {md_painted / painted:.1f}x")
    Path(fh.name).unlink()


if __name__ == "__main__":
    asyncio.run(main())
