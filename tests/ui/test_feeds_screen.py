"""The feeds screen, driven as a user drives it."""

from __future__ import annotations

from ui_helpers import settle

from tui_reader.model import FeedItem
from tui_reader.ui.screens.feeds import FeedsScreen
from tui_reader.ui.widgets.article_table import ArticleTable

SIZE = (120, 36)
STORY = (
    "<html><head><title>Bridge closed for the summer</title></head><body><article>"
    + "<p>The council voted on Tuesday to close the old bridge for repairs, officials said.</p>" * 5
    + "</article></body></html>"
)


def _subscribe(store, url_for=lambda n: None, feeds=("Harbour Courier", "Valley News")):
    for f, title in enumerate(feeds):
        feed_id, _ = store.add_feed(f"https://f{f}.example/rss", title, None, ["Local"])
        items = [
            FeedItem(
                f"{f}-{n}", f"{title} story {n}", url_for(n), f"2026-11-{10 + n:02d}", None, ""
            )
            for n in range(12)
        ]
        store.refreshed(feed_id, title=title, items=items)


async def _feeds(pilot):
    app = pilot.app
    await settle(
        pilot, lambda: isinstance(app.screen, FeedsScreen) and app.screen.query(ArticleTable)
    )
    table = app.screen.query_one(ArticleTable)
    await settle(pilot, lambda: table.loaded_count > 0)
    return app.screen, table


async def test_feeds_open_first_when_there_are_subscriptions(make_app, store):
    _subscribe(store)
    app = make_app(start_in_feeds=True)
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await _feeds(pilot)
        assert table.row_count == 24  # "All unread" across both feeds
        assert screen.check_action("close", ()) is False  # nothing to go back to


async def test_mark_read_step_unread_and_mark_a_feed_read(make_app, store):
    _subscribe(store)
    app = make_app(start_in_feeds=True)
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await _feeds(pilot)
        await pilot.press("m")  # the first item is read now: it leaves "All unread"
        await settle(pilot, lambda: table.row_count == 23)
        assert store.item_count(unread=True) == 23
        await pilot.press("n")
        assert table.cursor_row == 1
        lst = screen.query_one("#feeds-list")
        lst.highlighted = lst.get_option_index(f"feed:{store.subscriptions()[0].id}")
        await settle(pilot, lambda: screen.feed != "all" and table.row_count == 12)
        await pilot.press("A")
        await settle(pilot, lambda: store.item_count(store.subscriptions()[0].id, unread=True) == 0)


async def test_filter_items_by_title(make_app, store):
    _subscribe(store)
    app = make_app(start_in_feeds=True)
    async with app.run_test(size=SIZE) as pilot:
        _, table = await _feeds(pilot)
        await pilot.press("slash", *("space" if c == " " else c for c in "valley news story 1"))
        await settle(pilot, lambda: table.row_count == 3)  # 1, 10, 11
        await pilot.press("escape")
        await settle(pilot, lambda: table.row_count == 24)


async def test_reading_an_item_marks_it_read_and_comes_back_to_the_same_place(
    make_app, store, http_server
):
    http_server.page("/story", STORY)
    _subscribe(store, url_for=lambda n: http_server.url("/story"), feeds=("Harbour Courier",))
    app = make_app(start_in_feeds=True)
    async with app.run_test(size=SIZE) as pilot:
        _, table = await _feeds(pilot)
        await pilot.press("j", "j", "j")
        item_id = table.key(3)
        await pilot.press("enter")
        await settle(
            pilot,
            lambda: (
                app.reader is not None
                and app.reader.article is not None
                and app.reader.article.title == "Bridge closed for the summer"
            ),
        )
        assert store.item(item_id).read
        await pilot.press("F")
        _, table = await _feeds(pilot)
        assert table.cursor_row == 3


async def test_refresh_shows_progress_and_a_summary(make_app, store, http_server):
    from test_feeds import RSS2

    http_server.page("/rss", RSS2, ctype="application/rss+xml")
    store.add_feed(http_server.url("/rss"))
    store.add_feed(http_server.url("/missing"))
    app = make_app(start_in_feeds=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, FeedsScreen))
        await pilot.press("R")
        await settle(
            pilot,
            lambda: any("2 new in 1 feed, 1 failed" in str(n.message) for n in app._notifications),
        )
        table = app.screen.query_one(ArticleTable)
        await settle(pilot, lambda: table.row_count == 2)


async def test_offline_an_item_shows_the_feeds_summary_with_a_note(make_app, store, http_server):
    feed_id, _ = store.add_feed("https://f.example/rss", "Harbour Courier")
    store.refreshed(
        feed_id,
        items=[
            FeedItem(
                "x1",
                "Bridge closed",
                http_server.url("/unreachable"),
                None,
                None,
                "The council closed the bridge for the summer.",
            )
        ],
    )
    app = make_app(start_in_feeds=True)
    async with app.run_test(size=SIZE) as pilot:
        await _feeds(pilot)
        await pilot.press("enter")
        await settle(pilot, lambda: app.reader is not None and app.reader.article is not None)
        article = app.reader.article
        assert article.text == "The council closed the bridge for the summer."
        assert article.note and "summary" in article.note and "404" in article.note


async def test_n_goes_on_to_the_next_feed_with_unread_items(make_app, store):
    _subscribe(store)
    app = make_app(start_in_feeds=True)
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await _feeds(pilot)
        first = store.subscriptions()[0]
        lst = screen.query_one("#feeds-list")
        lst.highlighted = lst.get_option_index(f"feed:{first.id}")
        await settle(pilot, lambda: screen.feed == first.id and table.row_count == 12)
        await pilot.press("A")  # all read here: n goes on to the next feed
        await pilot.pause()
        await pilot.press("n")
        second = store.subscriptions()[1]
        await settle(pilot, lambda: screen.feed == second.id)


async def test_a_starred_item_is_marked_and_kept(make_app, store):
    _subscribe(store, feeds=("Harbour Courier",))
    app = make_app(start_in_feeds=True)
    async with app.run_test(size=SIZE) as pilot:
        _, table = await _feeds(pilot)
        item_id = table.key(0)
        await pilot.press("asterisk")
        await settle(pilot, lambda: store.item(item_id).starred)
        await pilot.press("asterisk")
        await settle(pilot, lambda: not store.item(item_id).starred)
