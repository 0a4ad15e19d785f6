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
        self.token_starts = [t.idx for t in doc]
        self.first_token = [0] * len(doc)
        for s in self.sents:
            for i in range(s.start, s.end):
                self.first_token[i] = s.start

    def tokens_between(self, sent, start: int, end: int):
        """The tokens of ``sent`` that start from character ``start`` to ``end``."""
        lo = max(sent.start, bisect.bisect_left(self.token_starts, start))
        hi = min(sent.end, bisect.bisect_right(self.token_starts, end))
        return self.doc[lo:hi] if lo < hi else ()

    def at(self, char: int):
        i = bisect.bisect_right(self.starts, char) - 1
        return self.sents[max(0, i)] if self.sents else None
