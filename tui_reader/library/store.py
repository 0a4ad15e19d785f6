"""The library: every article read, kept in SQLite for offline reading, history and search.

``Library`` is the one object callers hold: the connection (``db``) with what is kept
(``articles``), how it is found (``search``), the subscriptions (``feeds``) and who is in
them across articles (``people``). It only
stores and queries: fetching and refreshing live in the pipeline.
"""

from __future__ import annotations

import os
from pathlib import Path

from .articles import DEFAULT_RAW_CAP, ArticleStore
from .db import DB_NAME, LibraryError
from .feeds import FeedStore
from .people import PeopleStore
from .search import SearchStore


class Library(ArticleStore, SearchStore, FeedStore, PeopleStore):
    """The store. Safe to share between threads: every call holds a lock."""

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.relink()  # articles kept before identities existed join them once


def default_home() -> Path:
    env = os.environ.get("TUI_READER_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("tui-reader", appauthor=False))


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
