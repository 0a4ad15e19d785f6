"""Subscriptions: kept in the library, refreshed against a local server, traded as OPML."""

from __future__ import annotations

import json

import pytest
from test_feeds import ATOM, RSS2

from tui_reader.feeds.opml import read_opml, write_opml
from tui_reader.feeds.refresh import refresh_feeds
from tui_reader.library import open_library
from tui_reader.model import FeedItem
from tui_reader.sources import Limits


@pytest.fixture
def lib(tmp_path):
    library = open_library(tmp_path)
    yield library
    library.close()


def _item(n: int) -> FeedItem:
    return FeedItem(f"id-{n}", f"Item {n}", f"https://x.example/{n}", None, None, "")


def test_a_republished_item_is_not_new_again(lib):
    feed_id, new = lib.add_feed("https://x.example/rss", "X")
    assert new
    assert lib.refreshed(feed_id, items=[_item(1), _item(2)]) == 2
    assert lib.refreshed(feed_id, items=[_item(2), _item(3)]) == 1
    assert [s.unread for s in lib.subscriptions()] == [3]
    assert lib.add_feed("https://x.example/rss", tags=["News"]) == (feed_id, False)
    assert lib.subscriptions()[0].tags == ("News",)


def test_the_cap_keeps_the_newest_and_every_starred_item(lib):
    lib.item_cap = 3
    feed_id, _ = lib.add_feed("https://x.example/rss", "X")
    lib.refreshed(feed_id, items=[_item(1)])
    oldest = lib.items(feed_id)[0]
    lib.star_item(oldest.id)
    for n in range(2, 8):
        lib.refreshed(feed_id, items=[_item(n)])
    titles = {i.title for i in lib.items(feed_id)}
    assert "Item 1" in titles  # starred: never dropped
    assert {"Item 5", "Item 6", "Item 7"} <= titles and len(titles) == 4


def test_read_state_and_marking_a_feed_read(lib):
    feed_id, _ = lib.add_feed("https://x.example/rss", "X")
    lib.refreshed(feed_id, items=[_item(1), _item(2)])
    first = lib.items(feed_id)[0]
    lib.mark_read([first.id])
    assert len(lib.items(feed_id, unread=True)) == 1
    lib.mark_feed_read(feed_id)
    assert lib.items(feed_id, unread=True) == []


def test_refresh_sends_validators_and_a_304_costs_no_parsing(lib, http_server):
    def route(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, RSS2

    http_server.routes["/rss"] = route
    lib.add_feed(http_server.url("/rss"))
    first = refresh_feeds(lib, lib.subscriptions(), Limits(timeout=5))
    assert first.new == 2 and first.summary() == "2 new in 1 feed"
    second = refresh_feeds(lib, lib.subscriptions(), Limits(timeout=5))
    assert second.new == 0 and second.outcomes[0].not_modified
    assert http_server.hits[-1][1].get("If-None-Match") == '"v1"'
    assert lib.subscriptions()[0].title == "Harbour & Town"


def test_one_feed_failing_never_stops_the_others(lib, http_server):
    http_server.page("/good", ATOM, ctype="application/atom+xml")
    http_server.page("/gone", b"", status=410)
    http_server.page("/page", "<html><body>Not a feed</body></html>")
    for path in ("/good", "/gone", "/page", "/missing"):
        lib.add_feed(http_server.url(path))
    report = refresh_feeds(lib, lib.subscriptions(), Limits(timeout=5))
    assert report.summary() == "1 new in 1 feed, 3 failed"
    subs = {s.url.rsplit("/", 1)[1]: s for s in lib.subscriptions()}
    assert subs["good"].error is None and subs["good"].items == 1
    assert subs["gone"].gone and "410" in subs["gone"].error
    assert "not a feed" in subs["page"].error
    assert "404" in subs["missing"].error
    again = refresh_feeds(lib, lib.subscriptions(), Limits(timeout=5))
    assert len(again.outcomes) == 3  # a gone feed is not asked again


def test_opml_round_trip_keeps_folders_as_tags():
    text = write_opml(
        [("https://a.example/rss", "A & B", ("News",)), ("https://c.example/feed", "C", ())],
        "mine",
    )
    outlines = read_opml(text.encode())
    assert [(o.url, o.title, o.tags) for o in outlines] == [
        ("https://c.example/feed", "C", ()),
        ("https://a.example/rss", "A & B", ("News",)),
    ]


def test_an_opml_file_with_a_raw_ampersand_keeps_its_list():
    data = (
        b'<?xml version="1.0"?><opml version="1.0"><body><outline text="Sport">'
        b'<outline text="Fish & Chips" xmlUrl="https://f.example/rss?a=1&b=2"/>'
        b'<outline text="Two" xmlUrl="https://two.example/rss"/></outline></body></opml>'
    )
    outlines = read_opml(data)
    assert [o.url for o in outlines][-1] == "https://two.example/rss"
    assert all(o.tags == ("Sport",) for o in outlines)


def test_cli_add_list_refresh_remove(run_cli, http_server):
    http_server.page("/rss", RSS2, ctype="application/rss+xml")
    site = http_server.page(
        "/",
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss">'
        "</head><body>Home</body></html>",
    )
    r = run_cli("feeds", "add", site, "--tag", "Local")
    assert r.code == 0 and "Subscribed to Harbour & Town" in r.out and "2 new" in r.out
    r = run_cli("feeds", "list", "--format", "json")
    row = json.loads(r.out)
    assert set(row) == {"url", "title", "tags", "items", "unread", "last_refresh", "error"}
    assert (row["url"], row["tags"], row["items"], row["unread"]) == (
        http_server.url("/rss"),
        ["Local"],
        2,
        2,
    )
    r = run_cli("feeds", "refresh")
    assert r.code == 0 and r.out.strip() == "0 new in 0 feeds"
    r = run_cli("feeds", "remove", http_server.url("/rss"), "nope")
    assert r.code == 1 and "Unsubscribed" in r.out and "nope: no such subscription" in r.err
    assert run_cli("feeds", "list").out.startswith("No subscriptions")


def test_a_feed_that_moved_for_good_keeps_its_items_at_its_new_address(lib, http_server):
    new_url = http_server.page("/new-rss", RSS2, ctype="application/rss+xml")
    old_url = http_server.page("/old-rss", b"", status=301, headers={"Location": new_url})
    temporary = http_server.page("/tmp-rss", b"", status=302, headers={"Location": new_url})
    lib.add_feed(old_url)
    lib.add_feed(temporary)
    refresh_feeds(lib, lib.subscriptions(), Limits(timeout=5))
    urls = sorted(s.url for s in lib.subscriptions())
    assert urls == sorted([new_url, temporary])  # a 302 is no move


def test_a_feed_that_asks_to_wait_is_left_alone_until_then(lib, http_server):
    busy = http_server.page("/busy", b"", status=429, headers={"Retry-After": "120"})
    lib.add_feed(busy)
    first = refresh_feeds(lib, lib.subscriptions(), Limits(timeout=5))
    assert "retry after 120 s" in first.failed[0].error
    hits = len(http_server.hits)
    second = refresh_feeds(lib, lib.subscriptions(), Limits(timeout=5))
    assert second.outcomes == [] and len(http_server.hits) == hits


def test_refresh_fetch_keeps_new_stories_for_offline_reading(run_cli, http_server):
    story = (
        "<html><head><title>Bridge closed for the summer</title></head><body><article>"
        + "<p>The council voted on Tuesday to close the old bridge for repairs.</p>" * 5
        + "</article></body></html>"
    )
    http_server.page("/story", story)
    item = "<item><title>Bridge closed</title><link>{url}</link><guid>{guid}</guid></item>"
    feed = '<rss version="2.0"><channel><title>Local</title>{items}</channel></rss>'
    http_server.page("/rss", feed.format(items=""), ctype="application/rss+xml")
    assert run_cli("feeds", "add", http_server.url("/rss")).code == 0
    http_server.page(
        "/rss",
        feed.format(items=item.format(url=http_server.url("/story"), guid="s1")),
        ctype="application/rss+xml",
    )
    r = run_cli("feeds", "refresh", "--fetch")
    assert r.code == 0, r.err
    assert "1 new in 1 feed" in r.out and "1 new stories kept for offline reading" in r.out
    listed = run_cli("library", "list")
    assert "Bridge closed for the summer" in listed.out
