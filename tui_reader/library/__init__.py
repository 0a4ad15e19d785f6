"""The local library of everything read (SQLite): one module per kind of thing kept, over
one connection module (``db``). It stores and queries; it never fetches or parses."""

from .articles import DEFAULT_RAW_CAP, Entry, Stored
from .db import LibraryError
from .keys import source_key
from .search import SNIPPET_CLOSE, SNIPPET_OPEN, Hit, QuoteHit, fts_query
from .store import Library, default_home, open_library

__all__ = [
    "DEFAULT_RAW_CAP",
    "SNIPPET_CLOSE",
    "SNIPPET_OPEN",
    "Entry",
    "Hit",
    "Library",
    "LibraryError",
    "QuoteHit",
    "Stored",
    "default_home",
    "fts_query",
    "open_library",
    "source_key",
]
