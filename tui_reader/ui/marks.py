"""Stepping between spans of the text, with no screen: the next quote, the next mention,
the next search hit are the same walk over sorted [start, end) spans."""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int]


def find_words(text: str, query: str, limit: int = 10_000) -> list[Span]:
    """Where the words of a library search are in ``text``: each word whole, the last
    also as the start of a longer one (as the search matched it), any case, in order."""
    words = re.findall(r"\w+", query)
    if not words:
        return []
    whole = [re.escape(w) for w in words]
    # the library's search (fts_query) takes the last word as a prefix unless it is quoted
    last = whole.pop() if not query.rstrip().endswith(('"', " ")) else None
    parts = [rf"\b(?:{'|'.join(whole)})\b"] if whole else []
    if last is not None:
        parts.append(rf"\b{last}\w*")
    pattern = re.compile("|".join(parts), re.IGNORECASE)
    out: list[Span] = []
    for m in pattern.finditer(text):
        out.append(m.span())
        if len(out) >= limit:
            break
    return out


def find_all(text: str, needle: str, limit: int = 10_000) -> list[Span]:
    """Case-insensitive occurrences of ``needle`` (at most ``limit``)."""
    needle = needle.strip()
    if not needle:
        return []
    hay, pin = text.casefold(), needle.casefold()
    if len(hay) != len(text):  # casefold changed lengths (ß -> ss): fall back to lower()
        hay, pin = text.lower(), needle.lower()
    out = []
    i = hay.find(pin)
    while i >= 0 and len(out) < limit:
        out.append((i, i + len(pin)))
        i = hay.find(pin, i + len(pin))
    return out


def next_after(spans: Sequence[Span], here: int) -> int | None:
    """Index of the first span starting after ``here``, in start order; None at the end."""
    return min(
        (i for i, s in enumerate(spans) if s[0] > here), key=lambda i: spans[i][0], default=None
    )


def previous_before(spans: Sequence[Span], here: int) -> int | None:
    """Index of the last span starting before ``here``, in start order; None at the top."""
    return max(
        (i for i, s in enumerate(spans) if s[0] < here), key=lambda i: spans[i][0], default=None
    )


def step(marks: Sequence[Span], here: int, forward: bool) -> int:
    """Index of the mark to move to from ``here``, wrapping round at either end. ``marks``
    is sorted and not empty."""
    found = next_after(marks, here) if forward else previous_before(marks, here)
    if found is None:
        return 0 if forward else len(marks) - 1
    return found
