"""Subscriptions and their items in the library: stored and queried, never fetched (the
pipeline's ``feeds.refresh`` fetches)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import FeedItem
from .db import Database

DEFAULT_ITEM_CAP = 500  # items kept per feed; starred ones are never dropped


@dataclass(frozen=True)
class Subscription:
    id: int
    url: str
    title: str
    link: str | None
    tags: tuple[str, ...]
    items: int
    unread: int
    last_refresh: float | None
    error: str | None
    gone: bool
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class StoredItem:
    id: int
    feed_id: int
    feed_title: str
    title: str
    url: str | None
    published: str | None
    author: str | None
    summary: str
    first_seen: float
    read: bool
    starred: bool


_ITEM_COLUMNS = (
    "SELECT i.id, i.feed_id, COALESCE(f.title, f.url), i.title, i.url, i.published, "
    "i.author, i.summary, i.first_seen, i.read, i.starred "
    "FROM items i JOIN feeds f ON f.id = i.feed_id"
)


def _stored_item(r) -> StoredItem:
    return StoredItem(*r[:9], bool(r[9]), bool(r[10]))


def _tags(value: str | None) -> tuple[str, ...]:
    return tuple(t for t in (value or "").split("\n") if t)


class FeedStore(Database):
    """Feeds and items, in the same database as the articles."""

    item_cap = DEFAULT_ITEM_CAP

    def add_feed(
        self, url: str, title: str = "", link: str | None = None, tags: Iterable[str] = ()
    ) -> tuple[int, bool]:
        """(the feed's id, whether it is new); a known URL keeps its items and gains tags."""
        tags = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
        with self._write() as db:
            row = db.execute("SELECT id, tags FROM feeds WHERE url=?", (url,)).fetchone()
            if row is not None:
                merged = tuple(dict.fromkeys((*_tags(row[1]), *tags)))
                db.execute("UPDATE feeds SET tags=? WHERE id=?", ("\n".join(merged), row[0]))
                return int(row[0]), False
            cur = db.execute(
                "INSERT INTO feeds (url, title, link, tags, added) VALUES (?, ?, ?, ?, ?)",
                (url, title, link, "\n".join(tags), time.time()),
            )
            return int(cur.lastrowid), True

    def move_feed(self, feed_id: int, url: str) -> None:
        """A feed that moved for good (301/308) keeps its items under its new address."""
        with self._write() as db:
            db.execute("UPDATE feeds SET url=? WHERE id=?", (url, feed_id))

    def remove_feed(self, feed_id: int) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM feeds WHERE id=?", (feed_id,)).rowcount > 0

    def feed_id(self, url_or_id: str) -> int | None:
        if url_or_id.isdigit():
            rows = self._read("SELECT id FROM feeds WHERE id=?", (int(url_or_id),))
        else:
            rows = self._read("SELECT id FROM feeds WHERE url=?", (url_or_id.strip(),))
        return int(rows[0][0]) if rows else None

    def subscriptions(self) -> list[Subscription]:
        rows = self._read(
            "SELECT f.id, f.url, COALESCE(f.title, ''), f.link, f.tags, "
            "COUNT(i.id), COALESCE(SUM(i.read = 0), 0), f.last_refresh, f.error, f.gone, "
            "f.etag, f.last_modified "
            "FROM feeds f LEFT JOIN items i ON i.feed_id = f.id "
            "GROUP BY f.id ORDER BY f.title COLLATE NOCASE, f.url"
        )
        return [
            Subscription(
                r[0],
                r[1],
                r[2] or r[1],
                r[3],
                _tags(r[4]),
                r[5],
                r[6],
                r[7],
                r[8],
                bool(r[9]),
                r[10],
                r[11],
            )
            for r in rows
        ]

    def refreshed(
        self,
        feed_id: int,
        *,
        title: str | None = None,
        link: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        url: str | None = None,
        gone: bool = False,
        error: str | None = None,
        items: Iterable[FeedItem] = (),
    ) -> int:
        """Record one refresh of a feed: its new items (how many were new is returned),
        validators, a moved URL, an error (kept until a refresh succeeds) or its end."""
        now = time.time()
        new = 0
        with self._write() as db:
            for item in items:
                cur = db.execute(
                    "INSERT OR IGNORE INTO items (feed_id, key, title, url, published, author, "
                    "summary, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        feed_id,
                        item.id,
                        item.title,
                        item.url,
                        item.published,
                        item.author,
                        item.summary,
                        now,
                    ),
                )
                new += cur.rowcount
            sets = ["last_refresh=?", "error=?", "gone=?"]
            values: list = [now, error, int(gone)]
            for column, value in (
                ("title", title),
                ("link", link),
                ("etag", etag),
                ("last_modified", last_modified),
                ("url", url),
            ):
                if value is not None:
                    sets.append(f"{column}=?")
                    values.append(value)
            db.execute(f"UPDATE feeds SET {', '.join(sets)} WHERE id=?", (*values, feed_id))
            if new:
                self._cap_items(db, feed_id)
        return new

    def _cap_items(self, db, feed_id: int) -> None:
        db.execute(
            "DELETE FROM items WHERE feed_id=? AND starred=0 AND id NOT IN ("
            "SELECT id FROM items WHERE feed_id=? ORDER BY first_seen DESC, "
            "COALESCE(published, '') DESC, id DESC LIMIT ?)",
            (feed_id, feed_id, self.item_cap),
        )

    @staticmethod
    def _item_filter(feed_id: int | None, unread: bool, query: str) -> tuple[str, list]:
        where: list[str] = []
        params: list = []
        if feed_id is not None:
            where.append("i.feed_id=?")
            params.append(feed_id)
        if unread:
            where.append("i.read=0")
        if query.strip():
            where.append("instr(lower(i.title), ?) > 0")
            params.append(query.strip().lower())
        return (f"WHERE {' AND '.join(where)} " if where else ""), params

    def item_count(
        self, feed_id: int | None = None, *, unread: bool = False, query: str = ""
    ) -> int:
        where, params = self._item_filter(feed_id, unread, query)
        return int(self._read(f"SELECT COUNT(*) FROM items i {where}", params)[0][0])

    def items(
        self,
        feed_id: int | None = None,
        *,
        unread: bool = False,
        query: str = "",
        limit: int = -1,
        offset: int = 0,
    ) -> list[StoredItem]:
        """Items newest first: of one feed or all, unread only, titles containing ``query``."""
        where, params = self._item_filter(feed_id, unread, query)
        rows = self._read(
            f"{_ITEM_COLUMNS} {where}"
            "ORDER BY COALESCE(i.published, '') DESC, i.first_seen DESC, i.id DESC "
            "LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [_stored_item(r) for r in rows]

    def item(self, item_id: int) -> StoredItem | None:
        rows = self._read(f"{_ITEM_COLUMNS} WHERE i.id=?", (item_id,))
        return _stored_item(rows[0]) if rows else None

    def mark_read(self, item_ids: Iterable[int], read: bool = True) -> None:
        with self._write() as db:
            db.executemany("UPDATE items SET read=? WHERE id=?", [(int(read), i) for i in item_ids])

    def mark_feed_read(self, feed_id: int) -> None:
        with self._write() as db:
            db.execute("UPDATE items SET read=1 WHERE feed_id=?", (feed_id,))

    def star_item(self, item_id: int, starred: bool = True) -> None:
        with self._write() as db:
            db.execute("UPDATE items SET starred=? WHERE id=?", (int(starred), item_id))
