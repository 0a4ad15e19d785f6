"""Bytes to Article: HTML pages through readability-lxml, plain text through line rules."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from pathlib import Path

from ..model import Article
from ..sources import Fetched
from .errors import ExtractionError
from .text import extract_text


def extract(fetched: Fetched) -> Article:
    """The Article in what a source fetched."""
    if fetched.kind == "html":
        from .html import extract_html  # lxml and readability load on first HTML page

        local = None
        if fetched.url is None and fetched.source not in ("", "-"):
            with suppress(OSError, ValueError):
                local = Path(fetched.source).expanduser().resolve().as_uri()
        article = extract_html(
            fetched.data,
            fetched.source,
            url=fetched.url,
            charset=fetched.charset,
            local_base=local,
        )
    else:
        article = extract_text(fetched.data, fetched.source)
        if fetched.url:
            article = replace(article, url=fetched.url)
    if not article.text.strip():
        raise ExtractionError("no article text found")
    return article


__all__ = ["ExtractionError", "extract", "extract_text"]
