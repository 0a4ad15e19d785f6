"""Getting the bytes of an article: files, standard input and the web.

The web client (httpx) is imported only when a URL is fetched.
"""

from __future__ import annotations

from .base import DEFAULT_LIMITS, Fetched, Limits, SourceError, is_url, looks_like_url
from .files import STDIN_PREFIX, read_file, read_stdin


def fetch_url(
    url: str, limits: Limits = DEFAULT_LIMITS, *, feed: bool = False, **conditional: str | None
) -> Fetched:
    from .web import fetch_url as _fetch_url

    return _fetch_url(url, limits, feed=feed, **conditional)


def fetch(source: str, limits: Limits = DEFAULT_LIMITS) -> Fetched:
    """Read ``source``: a URL, ``-`` for standard input, or a file path."""
    if source == "-":
        return read_stdin()
    if is_url(source) or looks_like_url(source):
        return fetch_url(source, limits)  # an unsupported scheme is refused there
    return read_file(source)


__all__ = [
    "DEFAULT_LIMITS",
    "STDIN_PREFIX",
    "Fetched",
    "Limits",
    "SourceError",
    "fetch",
    "fetch_url",
    "is_url",
]
