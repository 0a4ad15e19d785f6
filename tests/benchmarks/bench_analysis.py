"""Analysis quality, speed and memory.

    python tests/benchmarks/bench_analysis.py [--rounds N] [--words N] [--polnear DIR]

1. Scores against the dev gold (../shared/corpus/gold) with the corpus scorer, on the texts
   gold_texts.py writes, exactly as `tui-reader dump --format json` would produce them:
   pooled, then story by story. With --polnear DIR (laid out by
   ../shared/corpus/polnear/prepare.sh from PolNeAR's train part), its quotes and speakers
   on both halves of it.
2. Speed: our whole analysis against the bare `nlp(text)` of the same text (the model as
   it loads, every component on), both in this process, interleaved, best of N rounds.
3. Memory: peak RSS of a separate process that analyses a generated N-word article, beside
   one that only loads the model.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_scoring import (  # noqa: E402 - after the path
    dump_json,
    gold_texts,
    score_each,
    score_gold,
    score_polnear,
)


def speed(texts: list[Path], rounds: int) -> tuple[float, float]:
    from tui_reader.analyze import analyze
    from tui_reader.analyze.nlp import MODELS
    from tui_reader.extract.text import extract_text

    bare = None
    for name in MODELS:
        try:
            bare = importlib.import_module(name).load()
            break
        except ImportError:
            continue
    articles = [extract_text(p.read_bytes(), str(p)) for p in texts]
    analyze(articles[0])  # load our pipeline once before timing
    bare(articles[0].text)
    ours_best = [float("inf")] * len(articles)
    bare_best = [float("inf")] * len(articles)
    for _ in range(rounds):
        for i, a in enumerate(articles):
            t = time.perf_counter()
            bare(a.text)
            bare_best[i] = min(bare_best[i], time.perf_counter() - t)
            t = time.perf_counter()
            analyze(a)
            ours_best[i] = min(ours_best[i], time.perf_counter() - t)
    return sum(ours_best), sum(bare_best)


MEMORY = """
import resource, sys, time
sys.path.insert(0, {bench!r})
from bench_reader import generate
from tui_reader.extract.text import extract_text
from tui_reader.analyze import nlp, analyze
nlp.load()
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if {analyse}:
    article = extract_text(generate({words}), "generated")
    t = time.perf_counter()
    result = analyze(article)
    took = time.perf_counter() - t
    print(len(article.text.split()), len(result.entities), len(result.quotes),
          len(result.figures), round(took, 1))
print(loaded, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def memory(words: int) -> tuple[str, int, int]:
    bench = str(Path(__file__).resolve().parent)
    runs = []
    for analyse in (False, True):
        code = MEMORY.format(bench=bench, words=words, analyse=analyse)
        out = (
            subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
            .stdout.strip()
            .splitlines()
        )
        runs.append(out)
    info = runs[1][0]
    model_only = int(runs[0][-1].split()[1])
    peak = int(runs[1][-1].split()[1])
    return info, model_only, peak


SHORT = {  # column heads for the story-by-story table
    "entity_recall": "ent R",
    "entity_typed_recall": "type",
    "entity_precision": "ent P",
    "alias_merge_rate": "alias",
    "quote_recall": "quo R",
    "quote_precision": "quo P",
    "speaker_accuracy": "spkr",
    "figure_recall": "fig R",
    "figure_precision": "fig P",
    "figure_counts_accuracy": "count",
}


def print_each(each: dict[str, dict[str, float]], bars: dict[str, float]) -> None:
    print("story by story:")
    print(f"  {'story':12}" + "".join(f"{SHORT[m]:>7}" for m in bars))
    for story, scores in each.items():
        print(f"  {story[:12]:12}" + "".join(f"{scores.get(m, 0.0):7.3f}" for m in bars))


def print_polnear(layout: Path, preds: Path) -> None:
    preds.mkdir()
    dump_json(sorted((layout / "texts").glob("*.txt")), preds)
    for split in ("dev", "heldout"):
        s = score_polnear(layout, preds, split)
        print(
            f"PolNeAR train, {split} half ({s['docs']} articles, {s['gold']} quotes): "
            f"recall {s['recall']:.3f} (bar 0.95), precision with scare quotes neutral "
            f"{s['precision_lenient']:.3f} (bar 0.98), speaker where named "
            f"{s['speaker_acc_named']:.3f} (bar 0.93), quotes found with the right speaker "
            f"{s['attributed_recall_named']:.3f} (bar 0.88)"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--polnear", type=Path, help="a PolNeAR layout made by its prepare.sh")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        texts = gold_texts(Path(tmp) / "texts")
        preds = Path(tmp) / "pred"
        preds.mkdir()
        scores = score_gold(texts, preds)
        bars = {
            "entity_recall": 0.95,
            "entity_typed_recall": 0.92,
            "entity_precision": 0.95,
            "alias_merge_rate": 0.90,
            "quote_recall": 0.95,
            "quote_precision": 0.95,
            "speaker_accuracy": 0.90,
            "figure_recall": 0.98,
            "figure_precision": 0.95,
            "figure_counts_accuracy": 0.85,
        }
        print(f"dev gold ({scores.pop('articles')} articles):")
        for key, value in scores.items():
            bar = bars.get(key)
            mark = "" if bar is None else (" ok" if value >= bar else f" below {bar:.2f}")
            print(f"  {key:26} {value:.3f}{mark}")
        print_each(score_each(preds, Path(tmp) / "each"), bars)
        if args.polnear:
            print_polnear(args.polnear, Path(tmp) / "polnear")
        ours, bare = speed(texts, args.rounds)
        print(
            f"speed over the dev texts: analysis {ours:.2f} s, bare nlp(text) {bare:.2f} s, "
            f"ratio {ours / bare:.2f} (target <= 1.25)"
        )
    info, model_only, peak = memory(args.words)
    words, ents, quotes, figures, took = info.split()
    print(
        f"{int(words):,}-word article: {ents} entities, {quotes} quotes, {figures} figures "
        f"in {took} s; peak RSS {peak / 1024:.0f} MB (model loaded alone: "
        f"{model_only / 1024:.0f} MB; target <= 600 MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
