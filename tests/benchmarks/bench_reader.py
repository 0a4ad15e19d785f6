"""Reader speed as a user sees it: launch, a 100,000-word article, page-down.

    python tests/benchmarks/bench_reader.py [--words N] [--presses N] [--runs N]

Every figure is taken in a pseudo-terminal (120x40, xterm-256color) from the bytes the
program writes, beside a baseline run in the same way in the same run:
- launch to painted article for the seed (or a fixture when the corpus is absent): from
  process start to the first frame holding the story's first words; the baseline is a
  bare Textual app showing those words in a Static, i.e. the framework's own start;
- a generated article of N words, process start to painted, beside Textual's Markdown
  widget showing the same text;
- page-down: from the key to the end of the frame it causes (wall time), and the CPU time
  the program spent on it, median and 95th percentile over a number of presses, beside
  Textual's Markdown and Textual's Log (pre-wrapped lines: the framework's floor).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from pty_terminal import PAGE_DOWN, Terminal

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "corpus" / "seed-article.txt"
SIZE = (120, 40)
WORDS = (
    "harbour council lifeboat station quay storm repairs fishing boats volunteers "
    "coxswain slipway funding vote councillors town families catch winter spring "
    "engineers survey timber piles deck wall tide pier crew launch sea rescue"
).split()

BARE_APP = """
import sys
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static(sys.argv[1])

Bare().run()
"""

MARKDOWN_APP = """
import sys
from pathlib import Path
from textual.app import App
from textual.containers import VerticalScroll
from textual.widgets import Markdown

class Md(App):
    def compose(self):
        with VerticalScroll(id="scroll"):
            yield Markdown(Path(sys.argv[1]).read_text(encoding="utf-8"))

    def on_mount(self):
        self.query_one("#scroll").focus()

Md().run()
"""

LOG_APP = """
import sys, textwrap
from pathlib import Path
from textual.app import App
from textual.widgets import Log

class Lines(App):
    def compose(self):
        yield Log()

    def on_mount(self):
        text = Path(sys.argv[1]).read_text(encoding="utf-8")
        lines = [ln for p in text.split("\\n\\n") for ln in [*textwrap.wrap(p, 72), ""]]
        log = self.query_one(Log)
        log.write_lines(lines, scroll_end=False)
        log.focus()

Lines().run()
"""


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


def first_words(path: Path, count: int = 4) -> bytes:
    """The first words of the article's first paragraph, as the reader will show them."""
    from tui_reader.pipeline import load_article

    _, article = load_article(str(path))
    block = next(b for b in article.blocks if b.kind == "paragraph")
    return " ".join(article.text[block.start : block.end].split()[:count]).encode()


def ms(x: float) -> str:
    return f"{x * 1000:.0f} ms"


def p95(xs: list[float]) -> float:
    return sorted(xs)[max(0, int(len(xs) * 0.95) - 1)]


def painted(argv: list[str], needle: bytes, env: dict[str, str] | None = None) -> float:
    with Terminal(argv, size=SIZE, env=env) as term:
        return term.wait_for(needle)


def presses(argv: list[str], needle: bytes, count: int, env=None) -> list[tuple[float, float]]:
    with Terminal(argv, size=SIZE, env=env) as term:
        term.wait_for(needle, timeout=120)
        term.settle()
        return [term.press(PAGE_DOWN) for _ in range(count)]


def summary(label: str, xs: list[tuple[float, float]]) -> str:
    wall = [w for w, _ in xs]
    cpu = [c for _, c in xs]
    return (
        f"{label}: CPU median {statistics.median(cpu) * 1000:.1f} ms "
        f"(p95 {p95(cpu) * 1000:.1f}), wall median {statistics.median(wall) * 1000:.1f} ms "
        f"(p95 {p95(wall) * 1000:.1f})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--presses", type=int, default=40)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tui-reader-bench-"))
    try:
        run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, work: Path) -> None:
    python = sys.executable
    reader = [python, "-m", "tui_reader"]
    for name, code in (("bare.py", BARE_APP), ("md.py", MARKDOWN_APP), ("log.py", LOG_APP)):
        (work / name).write_text(code, encoding="utf-8")

    seed = SEED if SEED.exists() else ROOT / "tests" / "fixtures" / "scraped.txt"
    needle = first_words(seed)
    painted([*reader, "--no-library", str(seed)], needle)  # warm: bytecode, disk cache
    ours, bare = [], []
    for n in range(args.runs):  # each launch with an empty library: load, extract, keep
        ours.append(painted([*reader, str(seed)], needle, {"TUI_READER_HOME": str(work / f"h{n}")}))
        bare.append(painted([python, str(work / "bare.py"), needle.decode()], needle))
    print(
        f"launch to painted article ({seed.name}, {args.runs} runs): tui-reader median "
        f"{ms(statistics.median(ours))} (best {ms(min(ours))}; target <= 600 ms) | bare "
        f"Textual app median {ms(statistics.median(bare))} | ratio "
        f"{statistics.median(ours) / statistics.median(bare):.2f}"
    )

    big = work / "long.txt"
    big.write_text(generate(args.words), encoding="utf-8")
    words = len(big.read_text(encoding="utf-8").split())
    needle = first_words(big)
    ours = [painted([*reader, "--no-library", str(big)], needle) for _ in range(args.runs)]
    md = painted([python, str(work / "md.py"), str(big)], needle)
    print(
        f"{words:,}-word article, process start to painted: tui-reader median "
        f"{ms(statistics.median(ours))} (best {ms(min(ours))}; target <= 800 ms) | Textual "
        f"Markdown {ms(md)} ({md / statistics.median(ours):.1f}x slower)"
    )

    ours_argv = [*reader, "--no-library", str(big)]
    print(f"page-down over {args.presses} presses in the {words:,}-word article:")
    for label, argv in (
        ("tui-reader", ours_argv),
        ("Textual Markdown", [python, str(work / "md.py"), str(big)]),
        ("Textual Log", [python, str(work / "log.py"), str(big)]),
    ):
        print("  " + summary(label, presses(argv, needle, args.presses)))
    print("  (target: tui-reader median <= 20 ms)")


if __name__ == "__main__":
    main()
