"""The library's one SQLite connection: opening, pragmas, migrations, damaged files and
transactions. What is kept, and how it is queried, lives in the modules beside this one.

One file, WAL mode with a busy timeout, foreign keys on, every write in one transaction
(BEGIN IMMEDIATE), and ordered migrations recorded in ``PRAGMA user_version``. A database
from a newer tui-reader is refused untouched; a damaged one (or one emptied to 0 bytes) is
moved aside, what SQLite can still read of it is copied into a new one, and a message says
where the old one went and how many articles came back. A library another process holds
locked is waited for, then refused ("busy"), never moved; a read-only one is opened for
reading. Every SQLite failure reaches callers as a LibraryError that says what to do.
"""

from __future__ import annotations

import os
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

    def __init__(self, path: Path, *, busy_timeout: float = 30.0) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self.notice: str | None = None  # said once to the user (e.g. a damaged file moved)
        self.read_only = False
        self._lock = threading.RLock()
        self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                f"cannot create the library folder {folder} ({exc.strerror or exc}); "
                "use --data-dir or TUI_READER_HOME to name a folder you can write"
            ) from None
        if not folder.is_dir():
            raise LibraryError(f"{folder} is not a folder; use --data-dir or TUI_READER_HOME")
        if not _writable(self.path):
            return self._open_read_only()
        reason = None
        if self.path.exists() and self.path.stat().st_size == 0:
            reason = "it was empty (0 bytes)"
        else:
            try:
                return self._open_checked()
            except Damaged as exc:
                reason = f"it was damaged: {exc}"
        moved = self._move_aside()
        db = self._open_checked()
        from .salvage import salvage  # only for a damaged file

        saved = salvage(moved, db)
        came_back = (
            f"{saved} article{'s' if saved != 1 else ''} recovered from it"
            if saved
            else ("nothing could be recovered from it")
        )
        self.notice = (
            f"the library file could not be used ({reason}); it was moved to {moved}, a new "
            f"library was started, and {came_back}"
        )
        return db

    def _open_read_only(self) -> sqlite3.Connection:
        """A library the user cannot write: read and search it, keep nothing new."""
        if not self.path.exists():
            raise LibraryError(
                f"cannot create a library in {self.path.parent}: the folder is read-only; "
                "use --data-dir or TUI_READER_HOME to name a folder you can write"
            )
        for mode in ("ro", "ro&immutable=1"):  # WAL needs its -shm file: else immutable
            try:
                db = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode={mode}",
                    uri=True,
                    timeout=self.busy_timeout,
                    isolation_level=None,
                    check_same_thread=False,
                )
                version = db.execute("PRAGMA user_version").fetchone()[0]
                db.execute("SELECT COUNT(*) FROM articles").fetchone()
            except sqlite3.Error:
                continue
            if version > len(MIGRATIONS) or version < len(MIGRATIONS):
                db.close()
                raise LibraryError(
                    f"{self.path} is read-only and of another library schema ({version}); "
                    "make it writable to use it"
                )
            self.read_only = True
            self.notice = (
                f"the library {self.path} is read-only: reading and search work, but nothing "
                "new is kept"
            )
            return db
        raise LibraryError(f"cannot read the library {self.path}: it is read-only and unreadable")

    def _open_checked(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(
                self.path,
                timeout=self.busy_timeout,
                isolation_level=None,
                check_same_thread=False,
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
            db.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=NORMAL")
            self._migrate(db, version)
        except sqlite3.DatabaseError as exc:
            db.close()
            if _busy(exc):  # another process holds it: healthy, and never moved aside
                raise LibraryError(BUSY) from None
            if isinstance(exc, sqlite3.OperationalError):  # disk full, I/O error, ...
                raise LibraryError(explain(exc)) from None
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
        """One transaction; on any failure nothing of it is kept, and SQLite's reason
        becomes a LibraryError that says what happened."""
        if self.read_only:
            raise LibraryError(f"the library {self.path} is read-only: nothing new is kept")
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    with suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                with suppress(sqlite3.Error):
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                raise LibraryError(explain(exc)) from None

    def _read(self, sql: str, params: Sequence = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                cur = self._db.execute(sql, params)
                return cur.fetchall()
            except sqlite3.Error as exc:
                raise LibraryError(explain(exc)) from None


BUSY = "the library is busy (another tui-reader?); nothing was changed: try again later"


def _busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def explain(exc: sqlite3.Error) -> str:
    """SQLite's failure as a sentence for the user: what happened, what to do."""
    text = str(exc).lower()
    if _busy(exc):
        return BUSY
    if "full" in text:
        return "the disk is full: this was not kept (nothing kept before was lost); free space"
    if "readonly" in text or "read-only" in text:
        return "the library is read-only: nothing new is kept"
    if "disk i/o" in text:
        return f"the disk failed while using the library ({exc}); nothing kept before was lost"
    return f"the library failed: {exc}"


def _writable(path: Path) -> bool:
    """Whether the library file (or, for a new one, its folder) can be written."""
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return os.access(path.parent, os.W_OK)


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
