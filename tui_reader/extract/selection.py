"""Which walked blocks are the story's: furniture lines go, a heading that repeats the title
goes, and what the page says again goes unless it is said amid other text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .builder import PendingBlock
from .chrome import is_furniture_block, normalise_line
from .metadata import Metadata
from .titles import clean_title
from .words import count_words

_NON_WORD = re.compile(r"\W+")


def _same_text(a: str, b: str) -> bool:
    return _NON_WORD.sub("", a.lower()) == _NON_WORD.sub("", b.lower())


def _repeats_title(heading: str, meta: Metadata) -> bool:
    """Whether a heading says the title, or the part of it that is the headline (a shared
    title keeps the site's name: "Pier to reopen | Harbour Times")."""
    return _same_text(heading, meta.title) or _same_text(
        heading, clean_title(meta.title, meta.site, heading) or ""
    )


# A block of this many words said twice is the page repeating itself; a shorter one
# ("Share", "Read more") is for the furniture rules.
REPEAT_WORDS = 12


def _repeats(blocks: list[PendingBlock]) -> list[bool]:
    """For each block, whether a block before it said the same (a figure, or a block of
    ``REPEAT_WORDS`` or more); one more False at the end, so that ``[i + 1]`` and
    ``[i - 1]`` of the first block read False."""
    seen: set[str] = set()
    out: list[bool] = []
    for b in blocks:
        plain = b.plain
        if plain and (b.kind == "figure" or count_words(plain) >= REPEAT_WORDS):
            key = normalise_line(plain)
            out.append(key in seen)
            seen.add(key)
        else:
            out.append(False)
    out.append(False)
    return out


def select_blocks(blocks: list[PendingBlock], meta: Metadata) -> list[PendingBlock]:
    """Drop furniture blocks, a heading that repeats the title, and what the page says
    again: a figure, or a block in a run of repeats."""
    kept: list[PendingBlock] = []
    repeats = _repeats(blocks)
    for i, b in enumerate(blocks):
        plain = b.plain
        if not plain:
            continue
        if repeats[i]:
            # A caption again is the same picture; a run of repeats is a passage copied
            # (a mobile copy of the story, a promo's lines). One block said again amid
            # other text is the story's: a question put to each of several people.
            if b.kind == "figure" or repeats[i - 1] or repeats[i + 1]:
                continue
            b = replace(b, repeat=True)
        if b.kind == "heading" and meta.title and _repeats_title(plain, meta):
            continue
        if is_furniture_block(b, i, len(blocks), meta):
            continue
        kept.append(b)
    return kept
