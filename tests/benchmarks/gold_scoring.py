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


def score_gold(texts: list[Path], pred_dir: Path) -> dict[str, float]:
    """Analyse each text, write its schema-1 JSON, and run the corpus scorer on them."""
    from tui_reader.analyze import analyze
    from tui_reader.extract.text import extract_text
    from tui_reader.model import to_json

    for path in texts:
        article = extract_text(path.read_bytes(), str(path))
        (pred_dir / f"{path.stem}.json").write_text(
            json.dumps(to_json(article, analyze(article))), encoding="utf-8"
        )
    out = subprocess.run(
        [sys.executable, str(CORPUS / "score_analysis.py"), str(CORPUS / "gold"), str(pred_dir)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])
