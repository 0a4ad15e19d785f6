"""Generated hostile pages through extraction, analysis and the three output formats: only
our own load errors, strict JSON, spans inside the text, nothing a terminal acts on, and
time in proportion to size. A short run here; bench_hostile.py runs thousands."""

from __future__ import annotations

import time

from hostile_pages import assert_clean_outputs, hostile_page

from tui_reader.analyze import analyze
from tui_reader.extract.errors import ExtractionError
from tui_reader.extract.html import extract_html
from tui_reader.model import Document


def check_page(data: bytes, charset: str | None) -> str:
    """Run one page through everything; returns 'ok' or 'refused', raises on a fault."""
    try:
        article = extract_html(data, "fuzz", charset=charset)
    except ExtractionError:
        return "refused"
    analysis = analyze(article)
    n = len(article.text)
    for b in article.blocks:
        assert 0 <= b.start <= b.end <= n
    spans = [(e.start, e.end) for e in (*analysis.quotes, *analysis.figures)]
    spans += [m for e in analysis.entities for m in e.mentions]
    assert all(0 <= s <= t <= n for s, t in spans)
    assert_clean_outputs(Document(article, analysis))
    return "ok"


def test_generated_hostile_pages_are_answered_cleanly():
    analyze(extract_html(b"<p>The model loads once, before any page is timed.</p>", "warm"))
    outcomes = {"ok": 0, "refused": 0}
    for seed in range(120):
        data, charset = hostile_page(seed)
        start = time.perf_counter()
        outcomes[check_page(data, charset)] += 1
        took = time.perf_counter() - start
        assert took < 10.0, (seed, took, len(data))  # the bar for one page
    assert outcomes["ok"] > 60, outcomes  # most hostile pages still have a story to read
