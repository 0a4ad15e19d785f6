"""Getting the bytes of an article: files, standard input and the web."""

from __future__ import annotations

from .base import Fetched, SourceError
from .files import read_file, read_stdin
from .web import DEFAULT_LIMITS, Limits, fetch_url, is_url, looks_like_url


def fetch(source: str, limits: Limits = DEFAULT_LIMITS) -> Fetched:
    """Read ``source``: a URL, ``-`` for standard input, or a file path."""
    if source == "-":
        return read_stdin()
    if is_url(source):
        return fetch_url(source, limits)
    if looks_like_url(source):
        return fetch_url(source, limits)  # refuses the scheme with a clear message
    return read_file(source)


__all__ = ["DEFAULT_LIMITS", "Fetched", "Limits", "SourceError", "fetch", "fetch_url"]
