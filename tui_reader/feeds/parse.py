"""Feed bytes -> Feed: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed with json.

feedparser is given the bytes and the response headers, never a URL or a path (it would
fetch or open them itself, outside the reader's limits). What a feed says in HTML (titles,
summaries) comes out as plain text; links are made absolute against ``xml:base`` and the
feed's own address. Each item has a stable identity: its guid, else its link, else its
title with its date, so a re-published item is not new again.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import time
from typing import Any
from urllib.parse import urljoin

from ..extract.clean import clean_inline, clean_url
from ..model import Feed, FeedItem

JSON_FEED_VERSION = re.compile(r"^https://jsonfeed\.org/version/1(\.1)?/?$")
SUMMARY_CHARS = 600


class FeedError(Exception):
    """The bytes are no feed: a one-line reason."""


_CODE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|blockquote)\b[^>]*>", re.I)


def plain(html_text: str | None, limit: int | None = None) -> str:
    """HTML (or text) as one line of plain text: code out, tags out, entities decoded."""
    if not html_text:
        return ""
    text = html_text
    if "<" in text:
        text = _CODE.sub(" ", text)
        text = _BLOCK_TAG.sub(" ", text)  # "</p><p>" is a space between words
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    text = clean_inline(text)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


def _link(value: Any, base: str | None) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return clean_url(urljoin(base or "", value.strip()))
    except ValueError:
        return None


def _identity(guid: Any, url: str | None, title: str, published: str | None) -> str:
    if isinstance(guid, str) and guid.strip():
        return guid.strip()
    if url:
        return url
    digest = hashlib.sha1(f"{title}\n{published or ''}".encode()).hexdigest()[:16]
    return f"title:{digest}"


def _iso(parsed: Any) -> str | None:
    if not parsed:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
    except (TypeError, ValueError):
        return None


def _benign(exc: Any) -> bool:
    """feedparser's notes on a served type or charset (a feed sent as text/html, or one
    whose header and declaration disagree) are no damage to the feed."""
    import feedparser

    return isinstance(exc, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType)


def looks_like_json_feed(data: bytes) -> bool:
    head = data.lstrip()[:1]
    return head == b"{"


def parse_feed(data: bytes, *, url: str | None = None, content_type: str | None = None) -> Feed:
    """The feed in ``data`` (fetched from ``url``, if it was). FeedError when it is none."""
    if looks_like_json_feed(data):
        return _json_feed(data, url)
    import feedparser

    headers = {"content-location": url} if url else {}
    if content_type:
        headers["content-type"] = content_type
    # The HTML in a feed becomes plain text here: feedparser need not clean it or resolve
    # the links inside it (most of its time on a big feed); item links are still resolved.
    parsed = feedparser.parse(
        data, response_headers=headers, resolve_relative_uris=False, sanitize_html=False
    )
    meta = parsed.get("feed", {})
    entries = parsed.get("entries", [])
    version = parsed.get("version", "")
    if not version and not entries:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception", "")).split("\n")[0][:120]
            raise FeedError(f"is not a feed ({reason})" if reason else "is not a feed")
        raise FeedError("is not a feed")
    items = []
    for entry in entries:
        title = plain(entry.get("title")) or "(untitled)"
        link = _link(entry.get("link"), url)
        published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        summary_html = entry.get("summary") or ""
        if not summary_html and entry.get("content"):
            summary_html = entry["content"][0].get("value", "")
        items.append(
            FeedItem(
                id=_identity(entry.get("id"), link, title, published),
                title=title,
                url=link,
                published=published,
                author=plain(entry.get("author")) or None,
                summary=plain(summary_html, SUMMARY_CHARS),
            )
        )
    warning = None
    if parsed.get("bozo") and not _benign(parsed.get("bozo_exception")):
        warning = f"malformed feed, read as far as it went ({len(items)} items)"
    return Feed(
        title=plain(meta.get("title")) or (url or "(untitled feed)"),
        link=_link(meta.get("link"), url),
        items=tuple(items),
        warning=warning,
    )


def _json_feed(data: bytes, url: str | None) -> Feed:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise FeedError(f"is not a feed (damaged JSON: {str(exc)[:80]})") from None
    if not isinstance(doc, dict) or not JSON_FEED_VERSION.match(str(doc.get("version", ""))):
        raise FeedError("is JSON, but not a JSON Feed (no jsonfeed.org version)")
    base = _link(doc.get("feed_url"), url) or url
    items = []
    raw_items = doc.get("items")
    for entry in raw_items if isinstance(raw_items, list) else []:
        if not isinstance(entry, dict):
            continue
        title = plain(entry.get("title") if isinstance(entry.get("title"), str) else "")
        link = _link(entry.get("url"), base) or _link(entry.get("external_url"), base)
        published = entry.get("date_published") or entry.get("date_modified")
        published = published if isinstance(published, str) and published else None
        summary = entry.get("summary") or entry.get("content_text") or ""
        if not summary and isinstance(entry.get("content_html"), str):
            summary = entry["content_html"]
        authors = entry.get("authors") or ([entry["author"]] if entry.get("author") else [])
        names = [a.get("name") for a in authors if isinstance(a, dict) and a.get("name")]
        items.append(
            FeedItem(
                id=_identity(str(entry.get("id") or ""), link, title, published),
                title=title or "(untitled)",
                url=link,
                published=published,
                author=plain(", ".join(map(str, names))) or None,
                summary=plain(summary if isinstance(summary, str) else "", SUMMARY_CHARS),
            )
        )
    return Feed(
        title=plain(str(doc.get("title") or "")) or (url or "(untitled feed)"),
        link=_link(doc.get("home_page_url"), base),
        items=tuple(items),
    )
