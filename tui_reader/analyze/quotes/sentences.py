"""The sentences of a parsed chunk, and whether a place is inside a quote."""

from __future__ import annotations

import bisect


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` is inside (or on the marks of) one of the sorted, disjoint spans."""
    i = bisect.bisect_right(spans, (pos + 1, _FAR)) - 1
    return i >= 0 and pos < spans[i][1] + 1


_FAR = 1 << 62


class Sentences:
    """The sentences of a parsed chunk, indexed once (``Token.sent`` scans each time)."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.text = doc.text  # built once: spaCy joins every token each time it is asked
        self.sents = list(doc.sents)
        self.starts = [s.start_char for s in self.sents]
        self.first_token = [0] * len(doc)
        for s in self.sents:
            for i in range(s.start, s.end):
                self.first_token[i] = s.start

    def at(self, char: int):
        i = bisect.bisect_right(self.starts, char) - 1
        return self.sents[max(0, i)] if self.sents else None
