"""Score the analysis on the dev gold, as `dump --format json` would: shared by the gold
test and bench_analysis."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def gold_texts(out: Path) -> list[Path]:
    """The texts the gold annotates, written by the corpus's own gold_texts.py."""
    subprocess.run(
        [sys.executable, str(CORPUS / "gold_texts.py"), str(out)], check=True, capture_output=True
    )
    return sorted(out.glob("*.txt"))


def dump_json(texts: list[Path], pred_dir: Path) -> None:
    """Analyse each text and write its schema-1 JSON, as `dump --format json` would."""
    from tui_reader.analyze import analyze
    from tui_reader.extract.text import extract_text
    from tui_reader.model import to_json

    for path in texts:
        article = extract_text(path.read_bytes(), str(path))
        (pred_dir / f"{path.stem}.json").write_text(
            json.dumps(to_json(article, analyze(article))), encoding="utf-8"
        )


def _last_json(args: list[str]) -> dict:
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def score_gold(texts: list[Path], pred_dir: Path) -> dict[str, float]:
    """Analyse each text, write its schema-1 JSON, and run the corpus scorer on them."""
    dump_json(texts, pred_dir)
    return score_dir(CORPUS / "gold", pred_dir)


def score_dir(gold_dir: Path, pred_dir: Path) -> dict[str, float]:
    """The corpus scorer over the predictions in ``pred_dir`` for the gold in ``gold_dir``."""
    return _last_json(
        [sys.executable, str(CORPUS / "score_analysis.py"), str(gold_dir), str(pred_dir)]
    )


def score_each(pred_dir: Path, scratch: Path) -> dict[str, dict[str, float]]:
    """The corpus scorer story by story: each gold file and its prediction on their own."""
    scores = {}
    for gold in sorted((CORPUS / "gold").glob("*.json")):
        g, p = scratch / gold.stem / "gold", scratch / gold.stem / "pred"
        g.mkdir(parents=True)
        p.mkdir()
        (g / gold.name).write_bytes(gold.read_bytes())
        (p / gold.name).write_bytes((pred_dir / gold.name).read_bytes())
        scores[gold.stem] = score_dir(g, p)
    return scores


def score_polnear(layout: Path, pred_dir: Path, split: str) -> dict[str, float]:
    """PolNeAR's scorer over ``layout`` (as polnear/prepare.sh lays it out), one half."""
    scorer = CORPUS / "polnear" / "score.py"
    return _last_json(
        [sys.executable, str(scorer), str(layout / "gold"), str(pred_dir), "--split", split]
    )
