"""A feed from a file or a URL, within the reader's limits; a site's page leads to its feed."""

from __future__ import annotations

from pathlib import Path

from ..sources import Limits, SourceError, is_url
from .discover import feed_links, usual_feed_urls
from .parse import Feed, FeedError, looks_like_json_feed, parse_feed


def _looks_like_page(data: bytes) -> bool:
    head = data.lstrip()[:512].lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def read_feed_file(path: str, limits: Limits) -> Feed:
    p = Path(path).expanduser()
    try:
        size = p.stat().st_size
        if size > limits.max_bytes:
            raise FeedError(f"is too large ({size:,} bytes; the limit is {limits.max_bytes:,})")
        data = p.read_bytes()
    except IsADirectoryError:
        raise FeedError("is a directory, not a feed") from None
    except FileNotFoundError:
        raise FeedError("no such file") from None
    except OSError as exc:
        raise FeedError(exc.strerror or str(exc)) from None
    if _looks_like_page(data) and not looks_like_json_feed(data):
        raise FeedError("is a web page, not a feed")
    return parse_feed(data)


def fetch_feed(url: str, limits: Limits) -> tuple[str, Feed]:
    """(the feed's own URL, the feed) for ``url``: a feed, or a page that names one (else
    one at the usual paths). FeedError with a one-line reason."""
    from ..sources import fetch_url

    try:
        fetched = fetch_url(url, limits, feed=True)
    except SourceError as exc:
        raise FeedError(str(exc)) from None
    final = fetched.url or url
    if not _looks_like_page(fetched.data) or looks_like_json_feed(fetched.data):
        return final, parse_feed(fetched.data, url=final)
    named = feed_links(fetched.data, final)
    candidates = named or usual_feed_urls(final)
    for candidate in candidates:
        try:
            found = fetch_url(candidate, limits, feed=True)
        except SourceError:
            continue
        if _looks_like_page(found.data) and not looks_like_json_feed(found.data):
            continue
        try:
            return found.url or candidate, parse_feed(found.data, url=found.url or candidate)
        except FeedError:
            continue
    if named:
        raise FeedError("is a web page whose feeds could not be read")
    raise FeedError("is a web page that names no feed, and none is at the usual places")


def load_feed(source: str, limits: Limits) -> tuple[str, Feed]:
    """(where the feed is, the feed) from a URL or a file path."""
    if is_url(source):
        return fetch_feed(source, limits)
    return source, read_feed_file(source, limits)
