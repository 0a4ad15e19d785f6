"""The library's one SQLite connection: opening, pragmas, migrations, damaged files and
transactions. What is kept, and how it is queried, lives in the modules beside this one.

One file, WAL mode with a busy timeout, foreign keys on, every write in one transaction
(BEGIN IMMEDIATE), and ordered migrations recorded in ``PRAGMA user_version``. A database
from a newer tui-reader is refused untouched; a damaged one is moved aside and a new one
started, with a message saying where the old one went.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from .schema import MIGRATIONS

DB_NAME = "library.db"


class LibraryError(Exception):
    """The library cannot be used; the message says why and what to do."""


class Damaged(Exception):
    """The file is not a healthy SQLite database."""


class Database:
    """The connection and its transactions. Safe to share between threads: every call
    holds a lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notice: str | None = None  # said once to the user (e.g. a damaged file moved)
        self._lock = threading.RLock()
        self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = self._open_checked()
        except Damaged as exc:
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
                raise Damaged(check)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA busy_timeout=30000")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=NORMAL")
            self._migrate(db, version)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise Damaged(str(exc)) from None
        return db

    def _migrate(self, db: sqlite3.Connection, version: int) -> None:
        for target in range(version + 1, len(MIGRATIONS) + 1):
            db.execute("BEGIN IMMEDIATE")
            try:
                current = db.execute("PRAGMA user_version").fetchone()[0]
                if current < target:  # another process may have migrated meanwhile
                    for statement in statements(MIGRATIONS[target - 1]):
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


def statements(script: str) -> list[str]:
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
