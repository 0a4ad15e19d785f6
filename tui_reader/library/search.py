"""Finding in the library: full text (FTS5, best first), articles by entity, quotes by
speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .db import Database

SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"  # never in page text: controls are stripped


@dataclass(frozen=True)
class Hit:
    id: int
    title: str
    site: str | None
    snippet: str  # with SNIPPET_OPEN/CLOSE around the matched words
    score: float


@dataclass(frozen=True)
class QuoteHit:
    article_id: int
    title: str
    speaker: str | None
    text: str
    kind: str
    start: int


class SearchStore(Database):
    """Queries over the kept articles, their entities and quotes."""

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Full text over titles and bodies, best first (bm25), with a marked snippet."""
        match = fts_query(query)
        if not match:
            return []
        rows = self._read(
            "SELECT a.id, a.title, a.site, snippet(articles_fts, 1, ?, ?, '…', 12), "
            "bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts "
            "JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? "
            "ORDER BY score LIMIT ?",
            (SNIPPET_OPEN, SNIPPET_CLOSE, match, limit),
        )
        return [Hit(r[0], r[1] or "", r[2], r[3] or "", r[4]) for r in rows]

    def by_entity(self, name: str, limit: int = 100) -> list[tuple[int, str, str, str, int]]:
        """Articles naming ``name`` (as name or alias): (id, title, entity, type, mentions)."""
        like = f"%{name.strip()}%"
        return [
            tuple(r)
            for r in self._read(
                "SELECT a.id, a.title, e.name, e.type, e.mentions FROM entities e "
                "JOIN articles a ON a.id = e.article_id WHERE e.name LIKE ? OR e.aliases LIKE ? "
                "ORDER BY e.mentions DESC, a.id DESC LIMIT ?",
                (like, like, limit),
            )
        ]

    def by_speaker(self, name: str, limit: int = 200) -> list[QuoteHit]:
        """Quotes across the library whose speaker matches ``name``."""
        like = f"%{name.strip()}%"
        rows = self._read(
            "SELECT q.article_id, a.title, q.speaker, q.text, q.kind, q.start FROM quotes q "
            "JOIN articles a ON a.id = q.article_id WHERE q.speaker LIKE ? "
            "ORDER BY a.id DESC, q.start LIMIT ?",
            (like, limit),
        )
        return [QuoteHit(*r) for r in rows]


_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """User words as an FTS5 query: every word must appear; the last may be a prefix."""
    words = _FTS_TOKEN.findall(text)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    if not text.rstrip().endswith((" ", '"')):
        quoted[-1] += "*"
    return " ".join(quoted)
