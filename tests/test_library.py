"""The library: storage, reopening, search, limits, and what happens when things go wrong."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui_reader.library import LibraryError, open_library, source_key
from tui_reader.library.schema import MIGRATIONS
from tui_reader.model import Analysis, Article, Block, Entity, Quote
from tui_reader.sources import Fetched

WORKER = Path(__file__).with_name("library_worker.py")
FIX = Path(__file__).parent / "fixtures"


def _doc(n: int, words: str = "harbour quay") -> tuple[Fetched, Article]:
    text = f"Article {n} is about the {words}. " * 5
    src = f"https://news.example/{n}"
    return (
        Fetched(src, text.encode(), "html", url=src, etag=f'"e{n}"'),
        Article(src, text, title=f"Title {n}", url=src, blocks=(Block("paragraph", 0, len(text)),)),
    )


@pytest.fixture
def lib(tmp_path):
    library = open_library(tmp_path)
    yield library
    library.close()


def test_pragmas_and_schema_version(lib):
    db = sqlite3.connect(lib.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    db.close()


def test_save_and_reopen_exactly(lib):
    fetched, article = _doc(1)
    analysis = Analysis(
        entities=(Entity("e1", "Ana Ruiz", "PERSON", ("Ruiz",), ((0, 4),)),),
        quotes=(Quote("q1", "yes", 5, 8, "direct", "Ana Ruiz", "e1", "said"),),
        version="test",
    )
    article_id = lib.save(fetched, article, analysis)
    stored = lib.open("https://news.example/1?utm_source=feed#top")  # same thing, normalised
    assert stored is not None and stored.id == article_id
    assert stored.article == article
    assert stored.analysis.entities == analysis.entities
    assert stored.analyzer == "test"
    assert lib.raw(article_id) == fetched.data


def test_saving_again_updates_instead_of_duplicating(lib):
    f, a = _doc(1)
    first = lib.save(f, a)
    second = lib.save(f, a)
    assert first == second and lib.count() == 1


def test_position_is_kept(lib):
    article_id = lib.save(*_doc(1))
    lib.set_position(article_id, 57)
    assert lib.open("https://news.example/1").position == 57


def test_full_text_search_ranks_and_marks(lib):
    lib.save(*_doc(1, "lifeboat station"))
    lib.save(*_doc(2, "harbour quay"))
    hits = lib.search("lifeboat")
    assert [h.title for h in hits] == ["Title 1"]
    assert "\x02lifeboat\x03" in hits[0].snippet
    assert lib.search("lifeb")  # prefix while typing
    assert lib.search('"; DROP TABLE articles; --') == []  # query text is data
    assert lib.count() == 2


def test_search_by_entity_and_speaker(lib):
    f, a = _doc(1)
    lib.save(
        f,
        a,
        Analysis(
            entities=(Entity("e1", "Kataib Hezbollah", "ORG", ("KH",), ((0, 3),)),),
            quotes=(Quote("q1", "we will respond", 0, 5, "direct", "Basim Alawadi", None),),
            version="t",
        ),
    )
    assert lib.by_entity("kataib")[0][2] == "Kataib Hezbollah"
    assert lib.by_entity("KH")  # aliases count
    assert lib.by_speaker("Alawadi")[0].text == "we will respond"


def test_delete_and_star(lib):
    a1 = lib.save(*_doc(1))
    a2 = lib.save(*_doc(2))
    lib.star(a2)
    assert lib.entries()[0].id == a2 and lib.entries()[0].starred
    assert lib.remove(a1) and not lib.remove(a1)
    assert lib.count() == 1 and lib.search("Article 1") == []


def test_raw_cap_drops_least_recently_read_raw_pages(tmp_path):
    def page(n):
        f, a = _doc(n)
        return Fetched(f.source, os.urandom(400), "html", url=f.url), a  # incompressible

    probe = open_library(tmp_path / "probe")
    size = probe.raw_bytes() or (probe.save(*page(0)) and probe.raw_bytes())
    probe.close()
    library = open_library(tmp_path, raw_cap=2 * size + size // 2)  # room for two pages
    first = library.save(*page(1))
    time.sleep(0.01)
    second = library.save(*page(2))
    time.sleep(0.01)
    library.open("https://news.example/1")  # read the first again: now the most recent
    time.sleep(0.01)
    third = library.save(*page(3))
    kept = {e.id: e.has_raw for e in library.entries()}
    assert library.raw_bytes() <= library.raw_cap
    assert kept == {first: True, second: False, third: True}
    assert library.get(second).article.text  # the text and analysis stay
    library.close()


def test_source_keys():
    assert (
        source_key("HTTPS://News.Example:443/a?utm_medium=x&id=3#frag")
        == "https://news.example/a?id=3"
    )
    assert source_key("relative.html") == str(Path("relative.html").resolve())


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "library.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future (x)")
    db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 5}")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer tui-reader"):
        open_library(tmp_path)
    assert path.read_bytes() == before


def test_damaged_file_is_moved_aside_and_a_new_library_started(tmp_path):
    path = tmp_path / "library.db"
    path.write_bytes(b"this is not a database at all" * 100)
    library = open_library(tmp_path)
    assert library.notice and "moved to" in library.notice
    assert library.count() == 0
    aside = list(tmp_path.glob("library.db.damaged-*"))
    assert aside and aside[0].read_bytes().startswith(b"this is not a database")
    library.close()


def test_cli_reports_a_newer_library_clearly(tmp_path, run_cli):
    db = sqlite3.connect(tmp_path / "library.db")
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()
    r = run_cli("library", "--data-dir", str(tmp_path), "list")
    assert r.code == 1 and "newer tui-reader" in r.err and "Traceback" not in r.err


def _worker(data_dir: Path, tag: str, count: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir), tag, str(count)],
        stdout=subprocess.PIPE,
        text=True,
    )


def test_two_processes_saving_at_once_lose_nothing(tmp_path):
    open_library(tmp_path).close()  # create it first, as the app would
    procs = [_worker(tmp_path, tag, 1000) for tag in ("alpha", "beta")]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    ids = [int(x) for out in outs for x in out.split()]
    assert len(ids) == 2000 and len(set(ids)) == 2000
    library = open_library(tmp_path)
    assert library.count() == 2000
    assert len(library.search("alpha story")) == 50  # search limit, all present
    library.close()


def test_kill_9_during_saves_keeps_every_committed_article(tmp_path):
    open_library(tmp_path).close()
    proc = _worker(tmp_path, "gamma", 100000)
    committed = []
    while len(committed) < 150:
        line = proc.stdout.readline()
        assert line, "the worker stopped early"
        committed.append(int(line))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    library = open_library(tmp_path)
    assert library.notice is None  # not damaged
    db = sqlite3.connect(library.path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    stored = {e.id for e in library.entries()}
    assert set(committed) <= stored
    library.close()


def test_raw_cap_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TUI_READER_RAW_CAP_MB", "1.5")
    library = open_library(tmp_path)
    assert library.raw_cap == int(1.5 * 1024 * 1024)
    library.close()
    monkeypatch.setenv("TUI_READER_RAW_CAP_MB", "lots")
    with pytest.raises(LibraryError, match="not a number"):
        open_library(tmp_path)


def test_a_library_from_before_progress_upgrades_in_place(tmp_path):
    """Schema 1 kept only the reading place: its articles keep it, and take it as seen."""
    library = open_library(tmp_path)
    fetched, article = _doc(7)
    article_id = library.save(fetched, article)
    library.set_position(article_id, 40)
    path = library.path
    library.close()
    db = sqlite3.connect(path)
    db.executescript(  # as schema 1 wrote it
        "DROP TABLE items; DROP TABLE feeds; ALTER TABLE articles DROP COLUMN seen;"
        "DROP INDEX entities_identity; DROP INDEX quotes_identity;"
        "ALTER TABLE entities DROP COLUMN identity_id; ALTER TABLE quotes DROP COLUMN identity_id;"
        "DROP TABLE identity_pins; DROP TABLE identity_forms; DROP TABLE identities;"
    )
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    again = open_library(tmp_path)
    try:
        entry = again.entries()[0]
        assert (entry.position, entry.seen) == (40, 40)
        again.set_position(article_id, 10, 90)
        again.set_position(article_id, 0, 20)  # seen never goes back
        entry = again.entries()[0]
        assert (entry.position, entry.seen) == (0, 90)
        assert entry.progress == 90 / entry.length
        assert again.subscriptions() == []  # and the feeds' tables are there, empty
    finally:
        again.close()
