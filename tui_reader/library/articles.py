"""The articles kept: the raw page, the Article, its Analysis, reading position and stars.

Saving, opening and listing; the raw pages are compressed and capped in all (the least
recently read lose theirs first, and keep their text).
"""

from __future__ import annotations

import json
import sqlite3
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..model import Analysis, Article, Fetched, analysis_from_json, article_from_json, to_json
from .db import Database
from .keys import source_key, stdin_key

DEFAULT_RAW_CAP = 500 * 1024 * 1024


@dataclass(frozen=True)
class Stored:
    id: int
    article: Article
    analysis: Analysis | None
    analyzer: str | None
    position: int
    seen: int = 0


@dataclass(frozen=True)
class Entry:
    """One row of the library list."""

    id: int
    source: str
    title: str
    site: str | None
    published: str | None
    added: float
    last_opened: float | None
    open_count: int
    position: int
    length: int
    starred: bool
    word_count: int
    has_raw: bool
    seen: int = 0  # the furthest character the reader has had on screen

    @property
    def progress(self) -> float:
        """How far the reader has seen: the one definition the header shows too."""
        return min(1.0, self.seen / self.length) if self.length else 0.0


class ArticleStore(Database):
    """Articles in the library's database."""

    def __init__(
        self, path: Path, *, raw_cap: int = DEFAULT_RAW_CAP, busy_timeout: float = 30.0
    ) -> None:
        self.raw_cap = raw_cap
        super().__init__(path, busy_timeout=busy_timeout)

    def save(self, fetched: Fetched, article: Article, analysis: Analysis | None = None) -> int:
        """Keep (or update) an article; returns its id."""
        key = source_key(fetched.source if fetched.source != "-" else stdin_key(fetched.data))
        canonical = source_key(article.url) if article.url else None
        article_json = to_json(article)
        body = article_json.pop("text")
        for k in ("entities", "quotes", "figures", "schema"):
            article_json.pop(k, None)
        raw = zlib.compress(fetched.data, 6) if fetched.data else None
        now = time.time()
        with self._write() as db:
            row = db.execute(
                "SELECT id FROM articles WHERE source_key = ? OR (canonical_url IS NOT NULL "
                "AND canonical_url = ?) ORDER BY id LIMIT 1",
                (key, canonical or key),
            ).fetchone()
            values = (
                fetched.source,
                key,
                fetched.url,
                canonical,
                article.title,
                article.site,
                article.byline,
                article.published,
                article.word_count,
                len(body),
                json.dumps(article_json, ensure_ascii=False),
                body,
                raw,
                len(raw) if raw else 0,
                fetched.etag,
                fetched.last_modified,
                fetched.kind,
                fetched.charset,
            )
            if row is None:
                cur = db.execute(
                    "INSERT INTO articles (source, source_key, url, canonical_url, title, site, "
                    "byline, published, word_count, length, article_json, body, raw, raw_size, "
                    "etag, last_modified, content_kind, charset, added, first_opened, "
                    "last_opened, open_count) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
                    (*values, now, now, now),
                )
                article_id = int(cur.lastrowid)
            else:
                article_id = int(row[0])
                db.execute(
                    "UPDATE articles SET source=?, source_key=?, url=?, canonical_url=?, "
                    "title=?, site=?, byline=?, published=?, word_count=?, length=?, "
                    "article_json=?, body=?, raw=?, raw_size=?, etag=?, last_modified=?, "
                    "content_kind=?, charset=?, last_opened=?, open_count=open_count+1, "
                    "analysis_json=NULL, analyzer=NULL WHERE id=?",
                    (*values, now, article_id),
                )
                db.execute("DELETE FROM entities WHERE article_id=?", (article_id,))
                db.execute("DELETE FROM quotes WHERE article_id=?", (article_id,))
            if analysis is not None:
                self._put_analysis(db, article_id, analysis)
            self._enforce_raw_cap(db)
        return article_id

    def save_analysis(self, article_id: int, analysis: Analysis) -> None:
        with self._write() as db:
            self._put_analysis(db, article_id, analysis)

    def _put_analysis(self, db: sqlite3.Connection, article_id: int, analysis: Analysis) -> None:
        data = {
            k: v
            for k, v in to_json(Article("", ""), analysis).items()
            if k in ("entities", "quotes", "figures")
        }
        db.execute(
            "UPDATE articles SET analysis_json=?, analyzer=? WHERE id=?",
            (json.dumps(data, ensure_ascii=False), analysis.version, article_id),
        )
        self._link_analysis(db, article_id, analysis)  # PeopleStore, composed in Library

    def _enforce_raw_cap(self, db: sqlite3.Connection) -> None:
        """Past the cap, drop the raw pages of the least recently read articles."""
        total = db.execute("SELECT value FROM stats WHERE key = 'raw_bytes'").fetchone()[0]
        if total <= self.raw_cap:
            return
        rows = db.execute(
            "SELECT id, raw_size FROM articles WHERE raw IS NOT NULL "
            "ORDER BY COALESCE(last_opened, added) ASC, id ASC"
        ).fetchall()
        for article_id, size in rows:
            if total <= self.raw_cap:
                break
            db.execute("UPDATE articles SET raw=NULL, raw_size=0 WHERE id=?", (article_id,))
            total -= size

    def set_position(self, article_id: int, offset: int, seen: int | None = None) -> None:
        """Keep the reading place and how far the reader has seen (it never goes back)."""
        with self._write() as db:
            db.execute(
                "UPDATE articles SET position=?, seen=MAX(seen, ?) WHERE id=?",
                (max(0, offset), max(0, seen if seen is not None else offset), article_id),
            )

    def star(self, article_id: int, starred: bool = True) -> None:
        with self._write() as db:
            db.execute("UPDATE articles SET starred=? WHERE id=?", (int(starred), article_id))

    def remove(self, article_id: int) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM articles WHERE id=?", (article_id,)).rowcount > 0

    def find(self, source: str) -> int | None:
        key = source_key(source)
        rows = self._read(
            "SELECT id FROM articles WHERE source_key=? OR canonical_url=? ORDER BY id LIMIT 1",
            (key, key),
        )
        return int(rows[0][0]) if rows else None

    def get(self, article_id: int, *, touch: bool = False) -> Stored | None:
        rows = self._read(
            "SELECT article_json, body, analysis_json, analyzer, position, seen "
            "FROM articles WHERE id=?",
            (article_id,),
        )
        if not rows:
            return None
        article_json, body, analysis_json, analyzer, position, seen = rows[0]
        data = json.loads(article_json)
        data["text"] = body
        article = article_from_json(data)
        analysis = (
            analysis_from_json(json.loads(analysis_json), analyzer or "") if analysis_json else None
        )
        if touch:
            with self._write() as db:
                db.execute(
                    "UPDATE articles SET last_opened=?, open_count=open_count+1 WHERE id=?",
                    (time.time(), article_id),
                )
        return Stored(article_id, article, analysis, analyzer, int(position or 0), int(seen or 0))

    def open(self, source: str) -> Stored | None:
        """The stored copy of ``source``, marked as opened now; None when not kept."""
        if source.isdigit():
            article_id: int | None = int(source)
        else:
            article_id = self.find(source)
        return self.get(article_id, touch=True) if article_id is not None else None

    def raw(self, article_id: int) -> bytes | None:
        rows = self._read("SELECT raw FROM articles WHERE id=?", (article_id,))
        return zlib.decompress(rows[0][0]) if rows and rows[0][0] else None

    def validators(self, article_id: int) -> tuple[str | None, str | None]:
        rows = self._read("SELECT etag, last_modified FROM articles WHERE id=?", (article_id,))
        return (rows[0][0], rows[0][1]) if rows else (None, None)

    def is_starred(self, article_id: int) -> bool:
        rows = self._read("SELECT starred FROM articles WHERE id=?", (article_id,))
        return bool(rows and rows[0][0])

    def source_of(self, article_id: int) -> str | None:
        rows = self._read("SELECT source FROM articles WHERE id=?", (article_id,))
        return rows[0][0] if rows else None

    def count(self) -> int:
        return int(self._read("SELECT COUNT(*) FROM articles")[0][0])

    def entries(self, order: str = "last_opened", limit: int = -1, offset: int = 0) -> list[Entry]:
        orders = {
            "last_opened": "COALESCE(last_opened, added) DESC",
            "added": "added DESC",
            "title": "title COLLATE NOCASE ASC",
            "site": "site COLLATE NOCASE ASC, title COLLATE NOCASE ASC",
            "published": "published DESC",
            "progress": "CAST(seen AS REAL) / MAX(length, 1) DESC",
        }
        rows = self._read(
            "SELECT id, source, title, site, published, added, last_opened, open_count, "
            "position, length, starred, word_count, raw IS NOT NULL, seen FROM articles "
            f"ORDER BY starred DESC, {orders.get(order, orders['last_opened'])}, id DESC "
            "LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [
            Entry(
                r[0],
                r[1],
                r[2] or r[1],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8] or 0,
                r[9] or 0,
                bool(r[10]),
                r[11] or 0,
                bool(r[12]),
                r[13] or 0,
            )
            for r in rows
        ]

    def raw_bytes(self) -> int:
        return int(self._read("SELECT value FROM stats WHERE key = 'raw_bytes'")[0][0])

    def vacuum(self) -> None:
        with self._lock:
            self._db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
            self._db.execute("VACUUM")
