"""Refreshing subscriptions, as newsboat does it: many at once, each asked with its
validators (a 304 costs no parsing), each failure kept with its feed, never stopping the
others. Fetching runs in a bounded pool of threads, parsing in the caller's thread as the
bodies arrive; the library only stores."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..sources import Limits, SourceError
from .parse import FeedError, parse_feed

if TYPE_CHECKING:
    from ..library import Library
    from ..library.feeds import Subscription
    from ..model import Feed

WORKERS = 4  # fetches at once: enough to hide latency, few enough not to fight for the CPU


@dataclass
class Outcome:
    """One feed's refresh: new items, or unchanged (304), or why it failed."""

    subscription: Subscription
    feed: Feed | None = None
    url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    error: str | None = None
    gone: bool = False
    new: int = 0
    moved_to: str | None = None  # the feed's new address after a permanent redirect


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(o.new for o in self.outcomes)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.error]

    def summary(self) -> str:
        with_new = sum(1 for o in self.outcomes if o.new)
        text = f"{self.new} new in {with_new} feed{'s' if with_new != 1 else ''}"
        if self.failed:
            text += f", {len(self.failed)} failed"
        return text


_RETRY_AFTER = re.compile(r"\(retry after (\d+) s\)")


def waiting(sub: Subscription, now: float | None = None) -> bool:
    """Whether a feed asked (429/503 with Retry-After) not to be asked again yet."""
    found = _RETRY_AFTER.search(sub.error or "")
    if not found or sub.last_refresh is None:
        return False
    return (now or time.time()) < sub.last_refresh + int(found.group(1))


def _fetch(sub: Subscription, limits: Limits) -> tuple[Outcome, bytes | None]:
    """One feed's bytes (None when unchanged or failed): network only, in a pool thread."""
    from ..sources import fetch_url

    out = Outcome(sub)
    try:
        fetched = fetch_url(
            sub.url, limits, feed=True, etag=sub.etag, last_modified=sub.last_modified
        )
    except SourceError as exc:
        out.error = str(exc)
        out.gone = out.error.startswith("HTTP 410")
        return out, None
    out.etag, out.last_modified = fetched.etag, fetched.last_modified
    out.moved_to = fetched.moved_to
    if fetched.not_modified:
        out.not_modified = True
        return out, None
    out.url = fetched.url
    return out, fetched.data


def _parse(out: Outcome, data: bytes) -> None:
    try:
        out.feed = parse_feed(data, url=out.url or out.subscription.url)
    except FeedError as exc:
        out.error = str(exc)


def refresh_feeds(
    store: Library,
    subscriptions: Iterable[Subscription],
    limits: Limits,
    *,
    workers: int = WORKERS,
    progress: Callable[[Outcome], None] | None = None,
) -> Report:
    """Refresh each subscription and keep what came. A feed that is gone (410) or asked
    to be left alone for a while (429/503 with Retry-After) is not asked."""
    report = Report()
    todo = [s for s in subscriptions if not s.gone and not waiting(s)]
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(todo) or 1))) as pool:
        futures = [pool.submit(_fetch, sub, limits) for sub in todo]
        # Fetching runs in the pool; parsing here, as each body arrives: the network is
        # overlapped with parsing, and parsers do not fight over the interpreter.
        for future in as_completed(futures):
            out, data = future.result()
            if data is not None:
                _parse(out, data)
            sub = out.subscription
            if out.error:
                store.refreshed(sub.id, error=out.error, gone=out.gone)
            elif out.not_modified:
                store.refreshed(sub.id)
            else:
                feed = out.feed
                if out.moved_to and out.moved_to != sub.url and store.feed_id(out.moved_to) is None:
                    store.move_feed(sub.id, out.moved_to)
                out.new = store.refreshed(
                    sub.id,
                    title=feed.title if feed else None,
                    link=feed.link if feed else None,
                    etag=out.etag,
                    last_modified=out.last_modified,
                    items=feed.items if feed else (),
                )
            report.outcomes.append(out)
            if progress is not None:
                progress(out)
    return report
