"""Extraction quality and speed on aeb-dev, beside readability-lxml alone in one process.

    python tests/benchmarks/bench_extraction.py [--rounds N]

Prints the shingle F1 of both (the field's metric, ../shared/corpus/score_extraction.py) and
the median time per page of each, with the ratio ours / readability. Each page is run by
both in turn, several rounds, so that machine noise falls on both alike.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path

import lxml.html
from readability import Document

from tui_reader.extract.html import extract_html

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def readability_alone(data: bytes, url: str) -> str:
    # Given text, not bytes: its own encoding guess would make the baseline slower.
    summary = Document(data.decode("utf-8", "replace"), url=url).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content()


def ours(data: bytes, url: str) -> str:
    return extract_html(data, "bench", url=url).text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    spec = importlib.util.spec_from_file_location("scorer", CORPUS / "score_extraction.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    truth = json.loads((CORPUS / "aeb-dev" / "ground-truth.json").read_text("utf-8"))
    pages = {
        k: gzip.decompress((CORPUS / "aeb-dev" / "html" / f"{k}.html.gz").read_bytes())
        for k in truth
    }
    runners = {"readability-lxml": readability_alone, "tui-reader": ours}
    times: dict[str, dict[str, list[float]]] = {n: {k: [] for k in pages} for n in runners}
    preds: dict[str, dict[str, dict[str, str]]] = {n: {} for n in runners}
    for _ in range(args.rounds):
        for k, data in pages.items():
            for name, fn in runners.items():
                t0 = time.perf_counter()
                text = fn(data, truth[k]["url"])
                times[name][k].append(time.perf_counter() - t0)
                preds[name][k] = {"articleBody": text}
    medians = {}
    for name in runners:
        p, r, f1, _ = scorer.score(truth, preds[name])
        per_page = [min(v) for v in times[name].values()]  # best of rounds, per page
        medians[name] = statistics.median(per_page)
        print(
            f"{name:18} pages={len(pages)} precision={p:.3f} recall={r:.3f} f1={f1:.3f} "
            f"median={medians[name] * 1000:.1f} ms/page total={sum(per_page):.2f} s"
        )
    ratio = medians["tui-reader"] / medians["readability-lxml"]
    print(f"speed ratio (median, tui-reader / readability-lxml): {ratio:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
