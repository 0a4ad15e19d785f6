"""A site's feed, from its page: ``<link rel="alternate">`` first, then the usual paths."""

from __future__ import annotations

from urllib.parse import urljoin

from ..extract.clean import clean_url

FEED_LINK_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
)
# Where feeds usually live when a page names none (WordPress, Ghost, Hugo, Jekyll, ...).
USUAL_PATHS = ("/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml", "/feed.json")


def feed_links(html_bytes: bytes, page_url: str | None) -> list[str]:
    """The feeds a page names, in its order, absolute, each once."""
    from lxml import html as lxml_html

    try:
        doc = lxml_html.document_fromstring(html_bytes)
    except Exception:  # no page to read: no links
        return []
    found: list[str] = []
    for link in doc.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        if "alternate" in rel and kind in FEED_LINK_TYPES and link.get("href"):
            try:
                url = clean_url(urljoin(page_url or "", link.get("href").strip()))
            except ValueError:
                url = None
            if url and url not in found:
                found.append(url)
    return found


def usual_feed_urls(page_url: str) -> list[str]:
    return [urljoin(page_url, path) for path in USUAL_PATHS]
