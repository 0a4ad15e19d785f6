"""The library: every article read, kept in SQLite for offline reading, history and search.

One file, WAL mode with a busy timeout, foreign keys on, every write in one transaction
(BEGIN IMMEDIATE), and ordered migrations recorded in ``PRAGMA user_version``. A database
from a newer tui-reader is refused untouched; a damaged one is moved aside and a new one
started, with a message saying where the old one went.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..extract import ExtractionError, extract
from ..model import (
    Analysis,
    Article,
    analysis_from_json,
    article_from_json,
    to_json,
)
from ..pipeline import LoadError
from ..sources import DEFAULT_LIMITS, Fetched, Limits, SourceError, fetch, fetch_url, is_url
from .schema import MIGRATIONS

DB_NAME = "library.db"
DEFAULT_RAW_CAP = 500 * 1024 * 1024
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"  # never in page text: controls are stripped


class LibraryError(Exception):
    """The library cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class Stored:
    id: int
    article: Article
    analysis: Analysis | None
    analyzer: str | None
    position: int


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

    @property
    def progress(self) -> float:
        return min(1.0, self.position / self.length) if self.length else 0.0


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


_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref_src)$", re.I)


def source_key(source: str) -> str:
    """One key per thing read: URLs normalised, paths made absolute."""
    s = source.strip()
    parts = urlsplit(s)
    if parts.scheme.lower() in ("http", "https"):
        host = (parts.hostname or "").lower()
        port = parts.port
        if port and not ((parts.scheme == "http" and port == 80) or port == 443):
            host = f"{host}:{port}"
        query = urlencode(
            [
                (k, v)
                for k, v in parse_qsl(parts.query, keep_blank_values=True)
                if not _TRACKING.match(k)
            ]
        )
        path = parts.path or "/"
        return urlunsplit((parts.scheme.lower(), host, path, query, ""))
    if s.startswith("stdin:"):
        return s
    return str(Path(s).expanduser().resolve())


def default_home() -> Path:
    env = os.environ.get("TUI_READER_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("tui-reader", appauthor=False))


class Library:
    """The store. Safe to share between threads: every call holds a lock."""

    def __init__(self, path: Path, *, raw_cap: int = DEFAULT_RAW_CAP) -> None:
        self.path = path
        self.raw_cap = raw_cap
        self.notice: str | None = None  # said once to the user (e.g. a damaged file moved)
        self._lock = threading.RLock()
        self._db = self._connect()

    # --- opening ---------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = self._open_checked()
        except _Damaged as exc:
            moved = self._move_aside()
            self.notice = (
                f"the library file was damaged ({exc}); it was moved to {moved} "
                "and a new library was started"
            )
            db = self._open_checked()
        return db

    def _open_checked(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(
                self.path, timeout=30, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise LibraryError(f"cannot open {self.path}: {exc}") from None
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                db.close()
                raise LibraryError(
                    f"{self.path} was written by a newer tui-reader (library schema {version}; "
                    f"this one knows up to {len(MIGRATIONS)}). It was left untouched: upgrade "
                    "tui-reader, or use --data-dir for a separate library."
                )
            check = db.execute("PRAGMA quick_check(1)").fetchone()[0]
            if check != "ok":
                db.close()
                raise _Damaged(check)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA busy_timeout=30000")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=NORMAL")
            self._migrate(db, version)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise _Damaged(str(exc)) from None
        return db

    def _migrate(self, db: sqlite3.Connection, version: int) -> None:
        for target in range(version + 1, len(MIGRATIONS) + 1):
            db.execute("BEGIN IMMEDIATE")
            try:
                current = db.execute("PRAGMA user_version").fetchone()[0]
                if current < target:  # another process may have migrated meanwhile
                    for statement in _statements(MIGRATIONS[target - 1]):
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version={target}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _move_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                p.rename(Path(str(target) + suffix))
        return target

    def close(self) -> None:
        with self._lock, suppress(sqlite3.Error):
            self._db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _read(self, sql: str, params: Sequence = ()) -> list[sqlite3.Row]:
        with self._lock:
            cur = self._db.execute(sql, params)
            return cur.fetchall()

    # --- saving ----------------------------------------------------------------------

    def save(self, fetched: Fetched, article: Article, analysis: Analysis | None = None) -> int:
        """Keep (or update) an article; returns its id."""
        key = source_key(fetched.source if fetched.source != "-" else _stdin_key(fetched))
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
        db.execute("DELETE FROM entities WHERE article_id=?", (article_id,))
        db.execute("DELETE FROM quotes WHERE article_id=?", (article_id,))
        db.executemany(
            "INSERT INTO entities (article_id, name, type, aliases, mentions) VALUES (?,?,?,?,?)",
            [
                (article_id, e.name, e.type, "\n".join(e.aliases), len(e.mentions))
                for e in analysis.entities
            ],
        )
        db.executemany(
            "INSERT INTO quotes (article_id, speaker, text, kind, start) VALUES (?,?,?,?,?)",
            [(article_id, q.speaker, q.text, q.kind, q.start) for q in analysis.quotes],
        )

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

    def set_position(self, article_id: int, offset: int) -> None:
        with self._write() as db:
            db.execute("UPDATE articles SET position=? WHERE id=?", (max(0, offset), article_id))

    def star(self, article_id: int, starred: bool = True) -> None:
        with self._write() as db:
            db.execute("UPDATE articles SET starred=? WHERE id=?", (int(starred), article_id))

    def remove(self, article_id: int) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM articles WHERE id=?", (article_id,)).rowcount > 0

    # --- reading ---------------------------------------------------------------------

    def find(self, source: str) -> int | None:
        key = source_key(source)
        rows = self._read(
            "SELECT id FROM articles WHERE source_key=? OR canonical_url=? ORDER BY id LIMIT 1",
            (key, key),
        )
        return int(rows[0][0]) if rows else None

    def get(self, article_id: int, *, touch: bool = False) -> Stored | None:
        rows = self._read(
            "SELECT article_json, body, analysis_json, analyzer, position FROM articles WHERE id=?",
            (article_id,),
        )
        if not rows:
            return None
        article_json, body, analysis_json, analyzer, position = rows[0]
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
        return Stored(article_id, article, analysis, analyzer, int(position or 0))

    def open(self, source: str) -> Stored | None:
        """The stored copy of ``source``, marked as opened now; None when not kept."""
        if source.isdigit():
            article_id: int | None = int(source)
        else:
            article_id = self.find(source)
        return self.get(article_id, touch=True) if article_id is not None else None

    def refresh(self, source: str, limits: Limits = DEFAULT_LIMITS) -> tuple[Stored, bool]:
        """Fetch ``source`` again (a conditional GET for URLs): (the kept copy, changed)."""
        article_id = self.find(source)
        etag, modified = self.validators(article_id) if article_id is not None else (None, None)
        try:
            if is_url(source) and article_id is not None:
                fetched = fetch_url(source, limits, etag=etag, last_modified=modified)
            else:
                fetched = fetch(source, limits)
            if fetched.not_modified and article_id is not None:
                stored = self.get(article_id, touch=True)
                if stored is not None:
                    return stored, False
                fetched = fetch(source, limits)
            article = extract(fetched)
        except (SourceError, ExtractionError) as exc:
            raise LoadError(str(exc)) from None
        new_id = self.save(fetched, article)
        stored = self.get(new_id)
        assert stored is not None
        return stored, True

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
            "progress": "CAST(position AS REAL) / MAX(length, 1) DESC",
        }
        rows = self._read(
            "SELECT id, source, title, site, published, added, last_opened, open_count, "
            "position, length, starred, word_count, raw IS NOT NULL FROM articles "
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
            )
            for r in rows
        ]

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

    def raw_bytes(self) -> int:
        return int(self._read("SELECT value FROM stats WHERE key = 'raw_bytes'")[0][0])

    def vacuum(self) -> None:
        with self._lock:
            self._db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
            self._db.execute("VACUUM")


class _Damaged(Exception):
    pass


def _statements(script: str) -> list[str]:
    """Split a migration into statements (triggers keep their inner semicolons)."""
    out, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    if "".join(buf).strip():
        out.append("\n".join(buf))
    return out


def _stdin_key(fetched: Fetched) -> str:
    import hashlib

    return "stdin:" + hashlib.sha1(fetched.data).hexdigest()[:16]


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


def raw_cap_from_env() -> int:
    """TUI_READER_RAW_CAP_MB sets the cap on stored raw pages (default 500 MB)."""
    value = os.environ.get("TUI_READER_RAW_CAP_MB", "").strip()
    try:
        return int(float(value) * 1024 * 1024) if value else DEFAULT_RAW_CAP
    except ValueError:
        raise LibraryError(f"TUI_READER_RAW_CAP_MB is not a number: {value!r}") from None


def open_library(data_dir: str | os.PathLike | None = None, **kw) -> Library:
    home = Path(data_dir).expanduser() if data_dir else default_home()
    kw.setdefault("raw_cap", raw_cap_from_env())
    return Library(home / DB_NAME, **kw)
