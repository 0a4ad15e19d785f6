"""Build ``Article.text`` block by block, keeping every block and link span exact.

Both extractors (HTML and plain text) describe a body as blocks of inline runs, each run
with an optional link target; the builder cleans and joins them and records where each
block and link landed in the final text. Blocks are separated by one blank line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from ..model import Block, Link
from .clean import compose, squash_spaces, strip_controls

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Run:
    """A stretch of inline text; ``href`` when it is the text of a link."""

    text: str
    href: str | None = None


@dataclass(frozen=True)
class PendingBlock:
    """A block as an extractor found it, before it is placed in the text. ``alt``: a
    figure read from an image's alt text, not from a caption the page shows. ``repeat``: a
    block that says again what one before it said, kept where it stands."""

    kind: str
    runs: tuple[Run, ...]
    level: int | None = None
    alt: bool = False
    repeat: bool = False

    @cached_property  # asked for by every furniture rule; a frozen block never changes
    def plain(self) -> str:
        return squash_spaces("".join(r.text for r in self.runs)).strip()


def _inline(runs: Iterable[Run]) -> tuple[str, list[tuple[int, int, str]]]:
    """Join runs with whitespace collapsed; return the text and link spans in it."""
    out: list[str] = []
    length = 0
    last_space = True  # at the start, leading space is dropped
    links: list[tuple[int, int, str]] = []
    for run in runs:
        piece = compose(squash_spaces(strip_controls(run.text)))
        if last_space and piece.startswith(" "):
            piece = piece[1:]
        if not piece:
            continue
        start = length + (1 if run.href and piece.startswith(" ") else 0)
        out.append(piece)
        length += len(piece)
        last_space = piece.endswith(" ")
        if run.href:
            end = length - (1 if piece.endswith(" ") else 0)
            if end > start:
                links.append((start, end, run.href))
    text = "".join(out)
    stripped = text.rstrip(" ")
    links = [(s, min(e, len(stripped)), h) for s, e, h in links if s < len(stripped)]
    return stripped, links


def _code(runs: Iterable[Run]) -> str:
    """Preformatted text: keep line breaks and indentation, trim blank edges."""
    text = compose(strip_controls("".join(r.text for r in runs))).replace("\t", "    ")
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


class TextBuilder:
    """Accumulates blocks; ``build()`` returns the text, blocks and links."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self.links: list[Link] = []

    def add(self, pending: PendingBlock) -> bool:
        """Place one block; empty blocks are skipped. Returns whether it was placed."""
        if pending.kind == "code":
            text, links = _code(pending.runs), []
        else:
            text, links = _inline(pending.runs)
        if not text:
            return False
        if self._parts:
            self._parts.append(SEPARATOR)
            self._length += len(SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self.blocks.append(Block(pending.kind, start, self._length, pending.level))
        for s, e, href in links:
            self.links.append(Link(text[s:e], href, start + s, start + e))
        return True

    def build(self) -> tuple[str, tuple[Block, ...], tuple[Link, ...]]:
        return "".join(self._parts), tuple(self.blocks), tuple(self.links)
