"""The flow of one article, without a screen: source -> bytes -> Article -> Analysis.

The CLI and the app both call these; the app from a worker thread. spaCy is imported only
when analysis is asked for, so extraction alone starts fast.
"""

from __future__ import annotations

from .extract import ExtractionError, extract
from .model import Analysis, Article
from .sources import DEFAULT_LIMITS, Fetched, Limits, SourceError, fetch


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
    from .analyze import analyze  # loads spaCy on first use

    return analyze(article)
