"""Feeds: RSS, Atom and JSON Feed, parsed into plain items, and a site's feed found from
its page. No Textual here, and no storage: the library keeps subscriptions."""

from __future__ import annotations

from ..model import Feed, FeedItem
from .discover import feed_links, usual_feed_urls
from .parse import FeedError, parse_feed, plain

Item = FeedItem

__all__ = [
    "Feed",
    "FeedError",
    "FeedItem",
    "Item",
    "feed_links",
    "parse_feed",
    "plain",
    "usual_feed_urls",
]
