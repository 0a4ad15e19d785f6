"""Body extraction, quality and speed, beside readability-lxml and trafilatura in one process.

    python tests/benchmarks/bench_extraction.py [--rounds N] [--extbench DIR] [--limit N]

aeb-dev (../shared/corpus) always; with ``--extbench DIR`` (or $TUI_READER_EXTBENCH) also
every set ../shared/corpus/extbench/prepare.sh laid out there (Dragnet, CleanEval,
trafilatura's evaluation snippets). Each page is run by the three extractors in turn, so
machine noise falls on all alike. Printed per set and extractor: precision, recall, F1 (the
field's shingle metric, or the snippet metric of trafilatura's own evaluation), pages with
no text, and the median time per page with its ratio to readability-lxml's.

Dragnet's ground truth marks reader comments with "!@#$%^&*()  COMMENTS"; prepare.sh means
to cut them but its marker has one space where the files have two, so the set as laid out
scores comments as body. Both are printed: ``dragnet`` as laid out, ``dragnet-no-comments``
cut at the marker as the script intends. tui-reader does not show comments.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
from readability import Document

from tui_reader.extract.errors import ExtractionError
from tui_reader.extract.html import extract_html

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
COMMENTS = re.compile(r"!@#\$%\^&\*\(\)\s+COMMENTS")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def readability_alone(data: bytes, url: str | None) -> str:
    # Given text, not bytes: its own encoding guess would make the baseline slower.
    try:
        summary = Document(data.decode("utf-8", "replace"), url=url).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content()
    except Exception:  # a page it cannot read is an empty page
        return ""


def trafilatura_alone(data: bytes, url: str | None) -> str:
    import trafilatura

    try:
        return trafilatura.extract(data, url=url) or ""
    except Exception:
        return ""


def ours(data: bytes, url: str | None) -> str:
    try:
        return extract_html(data, "bench", url=url).text
    except ExtractionError:
        return ""


RUNNERS: dict[str, Callable[[bytes, str | None], str]] = {
    "readability-lxml": readability_alone,
    "trafilatura": trafilatura_alone,
    "tui-reader": ours,
}


def sets(extbench: Path | None, limit: int | None) -> list[tuple[str, dict, dict[str, bytes]]]:
    """(name, truth, pages) for aeb-dev and each laid-out set."""
    truth = json.loads((CORPUS / "aeb-dev" / "ground-truth.json").read_text("utf-8"))
    pages = {
        k: gzip.decompress((CORPUS / "aeb-dev" / "html" / f"{k}.html.gz").read_bytes())
        for k in truth
    }
    out = [("aeb-dev", truth, pages)]
    if extbench is None:
        return out
    for folder in sorted(p for p in extbench.iterdir() if (p / "gt.json").is_file()):
        truth = json.loads((folder / "gt.json").read_text("utf-8"))
        keys = list(truth)[:limit] if limit else list(truth)
        truth = {k: truth[k] for k in keys}
        pages = {k: (folder / "html" / f"{k}.html").read_bytes() for k in keys}
        out.append((folder.name, truth, pages))
        if folder.name == "dragnet":
            cut = {
                k: {**v, "articleBody": COMMENTS.split(v["articleBody"])[0]}
                for k, v in truth.items()
            }
            out.append(("dragnet-no-comments", cut, pages))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--extbench", default=os.environ.get("TUI_READER_EXTBENCH"))
    ap.add_argument("--limit", type=int, help="pages per laid-out set")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    scorer = _load("scorer", CORPUS / "score_extraction.py")
    snippets = _load("snippets", CORPUS / "extbench" / "score.py")
    extbench = Path(args.extbench) if args.extbench else None
    done: dict[int, tuple[dict, dict]] = {}  # one run per page set, scored as each truth
    header = f"{'set':20} {'extractor':17} {'P':>6} {'R':>6} {'F1':>6} {'empty':>5} {'ms/page':>8}"
    print(header + "  ratio")
    for name, truth, pages in sets(extbench, args.limit):
        if id(pages) not in done:
            times = {n: {k: [] for k in pages} for n in RUNNERS}
            preds = {n: {} for n in RUNNERS}
            for _ in range(args.rounds):
                for k, data in pages.items():
                    url = truth[k].get("url")
                    for n, fn in RUNNERS.items():
                        t0 = time.perf_counter()
                        text = fn(data, url)
                        times[n][k].append(time.perf_counter() - t0)
                        preds[n][k] = {"articleBody": text}
            done[id(pages)] = (times, preds)
        times, preds = done[id(pages)]
        medians = {n: statistics.median(min(v) for v in times[n].values()) for n in RUNNERS}
        for n in RUNNERS:
            if "with" in next(iter(truth.values())):
                p, r, f1 = snippets.score_snippets(truth, preds[n])
            else:
                p, r, f1, _ = scorer.score(truth, preds[n])
            empty = sum(1 for v in preds[n].values() if not v["articleBody"].strip())
            ratio = medians[n] / medians["readability-lxml"]
            print(
                f"{name:20} {n:17} {p:6.3f} {r:6.3f} {f1:6.3f} {empty:5d} "
                f"{medians[n] * 1000:8.1f}  {ratio:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
