"""The local library of everything read (SQLite)."""

from .store import (
    DEFAULT_RAW_CAP,
    SNIPPET_CLOSE,
    SNIPPET_OPEN,
    Entry,
    Hit,
    Library,
    LibraryError,
    QuoteHit,
    Stored,
    default_home,
    open_library,
    source_key,
)

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
    "open_library",
    "source_key",
]
