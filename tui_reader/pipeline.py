"""The flow of one article, without a screen: source -> bytes -> Article -> Analysis.

The CLI and the app both call these; the app from a worker thread. spaCy is imported only
when analysis is asked for, so extraction alone starts fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .extract import ExtractionError, extract
from .model import Analysis, Article
from .sources import DEFAULT_LIMITS, Fetched, Limits, SourceError, fetch, fetch_url
from .sources.base import is_url

if TYPE_CHECKING:
    from .library import Library, Stored


class LoadError(Exception):
    """A source could not be turned into an article; the message is one line for the user."""


def load_article(source: str, limits: Limits = DEFAULT_LIMITS) -> tuple[Fetched, Article]:
    """Fetch and extract ``source``; LoadError with a readable reason when it fails."""
    try:
        fetched = fetch(source, limits)
        return fetched, extract(fetched)
    except (SourceError, ExtractionError) as exc:
        raise LoadError(str(exc)) from None


def analyze_article(article: Article) -> Analysis:
    """The analysis of an English article; an empty one for any other language (the
    English model would fill the panel with junk)."""
    from .analyze.language import foreign_language

    if foreign_language(article) is not None:
        from .analyze.version import ANALYZER_VERSION

        return Analysis(version=ANALYZER_VERSION)
    from .analyze import analyze  # loads spaCy on first use

    return analyze(article)


def refresh_article(
    store: Library, source: str, limits: Limits = DEFAULT_LIMITS
) -> tuple[Stored, bool]:
    """Fetch ``source`` again and keep it: (the kept copy, whether it changed). A kept URL
    is asked for with its validators (a conditional GET), and a 304 costs no extraction.
    LoadError when it cannot be read."""
    article_id = store.find(source)
    etag, modified = store.validators(article_id) if article_id is not None else (None, None)
    try:
        if is_url(source) and article_id is not None:
            fetched = fetch_url(source, limits, etag=etag, last_modified=modified)
        else:
            fetched = fetch(source, limits)
        if fetched.not_modified and article_id is not None:
            stored = store.get(article_id, touch=True)
            if stored is not None:
                return stored, False
            fetched = fetch(source, limits)
        article = extract(fetched)
    except (SourceError, ExtractionError) as exc:
        raise LoadError(str(exc)) from None
    stored = store.get(store.save(fetched, article))
    assert stored is not None
    return stored, True


@dataclass(frozen=True)
class Opened:
    """An article ready to read: from the library when kept there, else loaded now."""

    article: Article
    position: int = 0  # the saved reading position (a char offset), 0 when new
    library_id: int | None = None
    analysis: Analysis | None = None  # a kept analysis by the current analyser, else None
    note: str = ""  # said to the user, e.g. after a refresh
    unsaved: Fetched | None = None  # loaded with defer_save: the caller keeps it
    seen: int = 0  # the furthest character the reader has had on screen


def open_for_reading(
    source: str,
    store: Library | None = None,
    limits: Limits = DEFAULT_LIMITS,
    *,
    refresh: bool = False,
    keep: bool = True,
    network: bool = True,
    defer_save: bool = False,
) -> Opened | None:
    """What the reader shows for ``source``: the library's copy when it has one (or a
    refreshed copy), else the source loaded and kept. With ``network=False`` a URL that
    is not kept is not fetched: None says the caller must do it off the screen's thread.
    With ``defer_save`` a new article is not written to the library: ``unsaved`` holds
    what the caller passes to ``store.save`` once the article is on screen.
    LoadError when the source cannot be read."""
    from .analyze.version import ANALYZER_VERSION

    if store is not None and keep:
        stored, note = None, ""
        if refresh:
            stored, changed = refresh_article(store, source, limits)  # LoadError if it fails
            note = "refreshed" if changed else "unchanged since last time (304)"
        else:
            stored = store.open(source)
        if stored is not None:
            current = stored.analysis is not None and stored.analyzer == ANALYZER_VERSION
            return Opened(
                stored.article,
                stored.position,
                stored.id,
                stored.analysis if current else None,
                note,
                seen=stored.seen,
            )
    if not network and is_url(source):
        return None
    fetched, article = load_article(source, limits)
    if store is None or not keep:
        return Opened(article)
    if defer_save:
        return Opened(article, unsaved=fetched)
    return Opened(article, 0, store.save(fetched, article))


def keep_for_offline(
    store: Library, urls: list[str], limits: Limits = DEFAULT_LIMITS, *, workers: int = 4
) -> tuple[int, list[tuple[str, str]]]:
    """Fetch, extract and keep each article not kept yet (feeds' new items, to read
    offline later): (how many were kept, [(url, reason)] for those that failed)."""
    from concurrent.futures import ThreadPoolExecutor

    todo = [u for u in dict.fromkeys(urls) if store.find(u) is None]

    def keep(url: str) -> str | None:
        try:
            open_for_reading(url, store, limits)
        except LoadError as exc:
            return str(exc)
        return None

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        results = list(pool.map(keep, todo))
    failed = [(u, why) for u, why in zip(todo, results, strict=True) if why is not None]
    return len(todo) - len(failed), failed
