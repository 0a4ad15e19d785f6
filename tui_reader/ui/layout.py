"""Lay an Article out as screen lines at one width, keeping every line's place in the text.

A line is a prefix (indent, bullet, quote bar) and atoms: stretches ``text[start:end]``
separated by single spaces, some followed by a link marker ``[3]``. Because every atom
knows its offsets, "which line shows character N" and "which characters does line L show"
are lookups, and highlighting a span is arithmetic. Plain Python: no Textual here, so the
layout is tested and timed on its own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rich.cells import cell_len, get_character_cell_size

from ..model import Article

MAX_MEASURE = 88
MIN_MEASURE = 20
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Atom:
    start: int
    end: int
    marker: str = ""  # a link number shown after the word, e.g. "[3]"


@dataclass(frozen=True)
class Line:
    kind: str  # the block kind, "blank" between blocks
    prefix: str = ""
    atoms: tuple[Atom, ...] = ()
    level: int | None = None

    @property
    def start(self) -> int:
        return self.atoms[0].start if self.atoms else -1


@dataclass(frozen=True)
class Layout:
    width: int  # the measure the lines were wrapped to
    lines: tuple[Line, ...]
    starts: tuple[int, ...]  # first character offset of each line (-1 for blank lines)
    _index: tuple[tuple[int, int], ...]  # (start, line) for lines with text, sorted

    def line_of(self, offset: int) -> int:
        """The line that shows character ``offset`` (or the nearest before it)."""
        if not self._index:
            return 0
        i = bisect.bisect_right(self._index, (offset, len(self.lines))) - 1
        return self._index[max(0, i)][1]

    def offset_of(self, line: int) -> int:
        """The first character shown at or after ``line``."""
        for y in range(max(0, line), len(self.lines)):
            if self.starts[y] >= 0:
                return self.starts[y]
        return self._index[-1][0] if self._index else 0


def measure_for(width: int) -> int:
    return max(MIN_MEASURE, min(MAX_MEASURE, width - 4)) if width > 0 else MAX_MEASURE


def _prefixes(kind: str, level: int | None) -> tuple[str, str]:
    """First-line and continuation prefixes for a block kind."""
    if kind == "list_item":
        return "  • ", "    "
    if kind == "quote":
        return "  ▌ ", "  ▌ "
    if kind == "figure":  # a caption or an image's alt text, shown as a text browser does
        return "  [image] ", "          "
    if kind == "code":
        return "  ", "  "
    return "", ""


def _markers(article: Article) -> dict[int, str]:
    """Link number markers, keyed by the end offset of the link's last word."""
    marks: dict[int, str] = {}
    for n, link in enumerate(article.links, 1):
        marks[link.end] = marks.get(link.end, "") + f"[{n}]"
    return marks


def _wrap_plain(text: str, start: int, end: int, width: int) -> list[list[Atom]]:
    """Fast greedy wrap for single-spaced ASCII text with no link markers: one run per
    line, cut at the last space that fits (or hard, inside a word longer than a line)."""
    lines: list[list[Atom]] = []
    pos = start
    while pos < end:
        if end - pos <= width:
            lines.append([Atom(pos, end)])
            break
        cut = text.rfind(" ", pos, pos + width + 1)
        if cut <= pos:  # no space in reach: split the word
            cut = pos + max(1, width - 1)
            lines.append([Atom(pos, cut)])
            pos = cut
        else:
            lines.append([Atom(pos, cut)])
            pos = cut + 1
    return lines


def _has_marker(link_ends: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(link_ends, start + 1)
    return i < len(link_ends) and link_ends[i] <= end


def _cells(text: str, start: int, end: int) -> int:
    """Columns ``text[start:end]`` takes: a Chinese or Japanese letter takes two."""
    piece = text[start:end]
    return len(piece) if piece.isascii() else cell_len(piece)


def _fitting(text: str, start: int, end: int, columns: int) -> int:
    """Where the longest start of ``text[start:end]`` that fits in ``columns`` ends (one
    character at least): a paragraph written without spaces is cut by its letters'
    widths, not their number."""
    if text[start : start + columns].isascii():  # a column a letter: no need to count
        return min(end, start + columns)
    used = 0
    for i in range(start, end):
        used += get_character_cell_size(text[i])
        if used > columns and i > start:
            return i
    return end


def _wrap(
    text: str, start: int, end: int, width: int, markers: dict[int, str], link_ends: list[int]
) -> list[list[Atom]]:
    """Greedy word wrap of ``text[start:end]``; words longer than a line are split."""
    lines: list[list[Atom]] = []
    current: list[Atom] = []
    used = 0
    for m in _WORD.finditer(text, start, end):
        ws, we = m.start(), m.end()
        # a link that ends inside this word puts its marker after the word
        marker = ""
        i = bisect.bisect_left(link_ends, ws + 1)
        while i < len(link_ends) and link_ends[i] <= we:
            marker += markers[link_ends[i]]
            i += 1
        w = _cells(text, ws, we) + len(marker)
        while w > width and ws < we:  # hard-split a word longer than the measure
            if current:
                lines.append(current)
                current, used = [], 0
            cut = _fitting(text, ws, we, max(1, width - 1))
            lines.append([Atom(ws, cut)])
            w -= _cells(text, ws, cut)  # what is left, without measuring it all again
            ws = cut
        if ws >= we:
            continue
        need = w if not current else used + 1 + w
        if need > width and current:
            lines.append(current)
            current, used = [], 0
            need = w
        current.append(Atom(ws, we, marker))
        used = need
    if current:
        lines.append(current)
    return lines


def layout(article: Article, width: int) -> Layout:
    """All lines of the article wrapped to ``width`` columns (the measure)."""
    text = article.text
    markers = _markers(article)
    link_ends = sorted(markers)
    lines: list[Line] = []
    for bi, block in enumerate(article.blocks):
        if bi:
            lines.append(Line("blank"))
            if block.kind == "heading":
                lines.append(Line("blank"))
        first, rest = _prefixes(block.kind, block.level)
        if article.is_numbered(block):  # its number, not a bullet
            first = f"  {block.level}. "
            rest = " " * len(first)
        if block.kind == "code":
            pos = block.start
            for raw in text[block.start : block.end].split("\n"):
                s, e = pos, pos + len(raw)
                pos = e + 1
                # code keeps its own spacing: one atom per line, cut at the measure
                visible = min(e, s + max(1, width - len(first)))
                lines.append(Line("code", first, (Atom(s, visible),) if raw else ()))
            continue
        avail = max(8, width - len(first))
        segment = text[block.start : block.end]
        plain = segment.isascii() and "  " not in segment and "\n" not in segment
        if plain and not _has_marker(link_ends, block.start, block.end):
            wrapped = _wrap_plain(text, block.start, block.end, avail)
        else:
            wrapped = _wrap(text, block.start, block.end, avail, markers, link_ends)
        for li, atoms in enumerate(wrapped):
            lines.append(Line(block.kind, first if li == 0 else rest, tuple(atoms), block.level))
    starts = tuple(line.start for line in lines)
    index = tuple((s, i) for i, s in enumerate(starts) if s >= 0)
    return Layout(width, tuple(lines), starts, index)
