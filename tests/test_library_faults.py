"""A library in trouble: locked by another process, read-only, emptied, damaged, on a full
disk, or where no folder can be made. Each is a sentence and nothing lost, never a
traceback, and a healthy file is never moved aside."""

from __future__ import annotations

import sqlite3

import pytest

from tui_reader.library import LibraryError, open_library
from tui_reader.library import db as db_module
from tui_reader.library.salvage import salvage
from tui_reader.model import Article, Block, Fetched


def doc(n: int, size: int = 5) -> tuple[Fetched, Article]:
    text = f"Article {n} is about the harbour quay. " * size
    src = f"https://news.example/{n}"
    return Fetched(src, text.encode(), "html", url=src), Article(
        src, text, title=f"Title {n}", url=src, blocks=(Block("paragraph", 0, len(text)),)
    )


def filled(tmp_path, n: int = 3):
    lib = open_library(tmp_path)
    for i in range(n):
        lib.save(*doc(i))
    return lib


def test_a_locked_library_is_busy_and_never_moved_aside(tmp_path):
    filled(tmp_path).close()
    holder = sqlite3.connect(tmp_path / "library.db", isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")  # readers are shut out too
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LibraryError, match="busy"):
            open_library(tmp_path, busy_timeout=0.3)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(tmp_path.glob("*.damaged-*"))
    lib = open_library(tmp_path)
    assert lib.count() == 3 and lib.notice is None


def test_a_write_while_another_holds_the_lock_says_busy_and_keeps_everything(tmp_path):
    lib = filled(tmp_path)
    lib.close()
    lib = open_library(tmp_path, busy_timeout=0.3)
    holder = sqlite3.connect(tmp_path / "library.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(LibraryError, match="busy"):
            lib.save(*doc(9))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert lib.count() == 3
    lib.save(*doc(9))  # and it works once the lock is gone
    assert lib.count() == 4


def test_a_read_only_library_reads_and_searches_and_keeps_nothing(tmp_path, monkeypatch):
    filled(tmp_path).close()
    monkeypatch.setattr(db_module, "_writable", lambda path: False)  # root ignores chmod
    lib = open_library(tmp_path)
    assert lib.read_only and "read-only" in (lib.notice or "")
    assert lib.count() == 3
    assert lib.search("harbour")
    with pytest.raises(LibraryError, match="read-only"):
        lib.save(*doc(7))
    assert not list(tmp_path.glob("*.damaged-*"))


def test_a_library_home_that_is_a_file_is_explained(tmp_path):
    home = tmp_path / "home"
    home.write_text("not a folder")
    with pytest.raises(LibraryError, match="folder"):
        open_library(home)


def test_a_full_disk_during_a_save_loses_nothing_and_says_so(tmp_path):
    lib = filled(tmp_path)
    pages = lib._db.execute("PRAGMA page_count").fetchone()[0]
    lib._db.execute(f"PRAGMA max_page_count={pages + 1}")
    with pytest.raises(LibraryError, match="disk is full"):
        lib.save(*doc(50, size=20_000))
    assert lib.count() == 3
    assert lib.get(1) is not None


def test_a_library_emptied_to_zero_bytes_is_said_and_kept_aside(tmp_path):
    (tmp_path / "library.db").write_bytes(b"")
    lib = open_library(tmp_path)
    assert "empty" in (lib.notice or "")
    assert list(tmp_path.glob("library.db.damaged-*"))


def test_salvage_copies_every_readable_article(tmp_path):
    filled(tmp_path / "old", n=5).close()
    fresh = open_library(tmp_path / "new")
    assert salvage(tmp_path / "old" / "library.db", fresh._db) == 5
    assert fresh.count() == 5
    assert [h.id for h in fresh.search("harbour")]  # the full-text index is rebuilt


def test_a_damaged_library_comes_back_with_what_can_be_read(tmp_path):
    lib = filled(tmp_path, n=40)
    lib.close()
    path = tmp_path / "library.db"
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"library.db{suffix}").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    page = 4096
    last = len(data) // page - 1
    data[last * page : last * page + 200] = b"\xff" * 200  # one damaged page at the end
    path.write_bytes(bytes(data))
    lib = open_library(tmp_path)
    notice = lib.notice or ""
    assert "moved to" in notice
    if "recovered" in notice:
        recovered = int(notice.split(", and ")[-1].split()[0])
        assert recovered == lib.count() > 0
    else:
        assert "nothing could be recovered" in notice
