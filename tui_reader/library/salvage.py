"""What can still be read of a damaged library, copied into a new one, row by row.

SQLite reads what it can of a damaged b-tree; a row that fails is skipped, the others are
kept. Only the tables whose rows are the reader's own (articles, their entities and quotes)
are copied; the full-text index is rebuilt by the new library's triggers.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing, suppress
from pathlib import Path

TABLES = ("articles", "entities", "quotes")


def salvage(damaged: Path, into: sqlite3.Connection) -> int:
    """Copy the readable rows of ``damaged`` into ``into``; returns the articles copied."""
    try:
        source = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    copied = 0
    with closing(source):
        for table in TABLES:
            n = _copy(source, into, table)
            if table == "articles":
                copied = n
    return copied


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    try:
        return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
    except sqlite3.Error:
        return []


def _rowids(db: sqlite3.Connection, table: str) -> list[int]:
    ids: list[int] = []
    with suppress(sqlite3.Error):  # a damaged page ends the scan: keep what came before
        for (rowid,) in db.execute(f"SELECT rowid FROM {table}"):
            ids.append(rowid)
    return ids


def _copy(source: sqlite3.Connection, into: sqlite3.Connection, table: str) -> int:
    theirs = set(_columns(source, table))
    columns = [c for c in _columns(into, table) if c in theirs]
    if not columns:
        return 0
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    copied = 0
    into.execute("BEGIN IMMEDIATE")
    try:
        for rowid in _rowids(source, table):
            try:
                row = source.execute(
                    f"SELECT {names} FROM {table} WHERE rowid = ?", (rowid,)
                ).fetchone()
            except sqlite3.Error:
                continue
            if row is None:
                continue
            with suppress(sqlite3.Error):  # a row that breaks a constraint stays out
                into.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", row)
                copied += 1
        into.execute("COMMIT")
    except BaseException:
        into.execute("ROLLBACK")
        raise
    return copied
