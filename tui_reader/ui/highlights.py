"""What the reading view marks, and where a line's text must be cut to draw it.

Pure functions over spans of ``Article.text``: no Textual here, so they are tested alone.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import pairwise

Span = tuple[int, int]


@dataclass(frozen=True)
class Highlights:
    """What the view marks: one selected span, and a set of spans stepped through by n/N."""

    selected: Span | None = None
    marks: tuple[Span, ...] = ()  # sorted; mentions of an entity, or search hits
    kind: str = "mention"  # "mention" or "hit": how the marks are drawn


def touches(spans, start: int, end: int) -> bool:
    """Whether any of the sorted ``spans`` overlaps [start, end)."""
    if not spans:
        return False
    i = max(0, bisect.bisect_left(spans, (start,)) - 1)
    while i < len(spans) and spans[i][0] < end:
        if spans[i][1] > start:
            return True
        i += 1
    return False


def _cuts(spans, start: int, end: int, out: set[int]) -> list[Span]:
    """The spans overlapping [start, end), adding their inner boundaries to ``out``."""
    hits = []
    if not spans:
        return hits
    i = bisect.bisect_left(spans, (start,)) - 1
    i = max(0, i)
    while i < len(spans) and spans[i][0] < end:
        s, e = spans[i]
        if e > start:
            hits.append((s, e))
            if start < s < end:
                out.add(s)
            if start < e < end:
                out.add(e)
        i += 1
    return hits


def pieces(start: int, end: int, hl: Highlights, links: list[Span]) -> list[tuple[int, int, int]]:
    """Split [start, end) where links and highlights begin or end; flag each piece
    with 1 = link, 2 = marked (mention or hit), 4 = selected."""
    cuts: set[int] = set()
    link_hits = _cuts(links, start, end, cuts)
    mark_hits = _cuts(hl.marks, start, end, cuts)
    sel = [hl.selected] if hl.selected and hl.selected[0] < end and hl.selected[1] > start else []
    for s, e in sel:
        if start < s < end:
            cuts.add(s)
        if start < e < end:
            cuts.add(e)
    if not cuts and not link_hits and not mark_hits and not sel:
        return [(start, end, 0)]
    bounds = [start, *sorted(cuts), end]
    pieces = []
    for s, e in pairwise(bounds):
        if s >= e:
            continue
        flags = 0
        if any(a <= s and e <= b for a, b in link_hits):
            flags |= 1
        if any(a <= s and e <= b for a, b in mark_hits):
            flags |= 2
        if any(a <= s and e <= b for a, b in sel):
            flags |= 4
        pieces.append((s, e, flags))
    return pieces
