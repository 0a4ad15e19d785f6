"""Reopening, refreshing, positions, the library screen, links and history, in the app."""

from __future__ import annotations

from textual.widgets import Input
from ui_helpers import FIXTURES, settle

from tui_reader.ui.screens.library import LibraryScreen
from tui_reader.ui.widgets.article_table import ArticleTable

SIZE = (120, 40)
STORY = (FIXTURES / "story.html").read_text(encoding="utf-8")


def _article_page(title: str, body: str, links: str = "") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        + f"<p>{body}</p>" * 4
        + f"<p>{links}</p></article></body></html>"
    )


def _two_linked_pages(server) -> tuple[str, str]:
    """A first story that links to a second, served locally: (first URL, second URL)."""
    second = server.page(
        "/second", _article_page("Second story", "The second story is here today.")
    )
    first = server.page(
        "/first",
        _article_page(
            "First story",
            "The first story is long enough to read properly.",
            f'See <a href="{second}">the second story</a> too.',
        ),
    )
    return first, second


async def _shown(pilot, title: str):
    """The reader showing ``title``, kept in the library (a new article is saved by a
    worker just after it is shown)."""
    app = pilot.app
    await settle(
        pilot,
        lambda: (
            app.reader is not None
            and app.reader.article is not None
            and app.reader.article.title == title
            and app.reader.library_id is not None
        ),
    )
    return app.reader


async def test_a_new_article_is_shown_before_it_is_kept_and_kept_after(make_app, store):
    app = make_app(str(FIXTURES / "story.html"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _shown(pilot, "Harbour town votes to rebuild its flooded pier")
        assert [e.id for e in store.entries()] == [screen.library_id]


async def test_a_failed_save_is_a_warning_and_the_article_still_reads(make_app, store):
    from tui_reader.library import LibraryError

    def broken(*args, **kwargs):
        raise LibraryError("disk full")

    store.save = broken
    app = make_app(str(FIXTURES / "story.html"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: any("Not kept" in str(n.message) for n in app._notifications))
        screen = app.reader
        assert screen.article.title == "Harbour town votes to rebuild its flooded pier"
        assert screen.library_id is None
        assert any("disk full" in str(n.message) for n in app._notifications)
        await settle(pilot, lambda: screen.analysis.entities != ())  # analysed all the same


async def test_reopening_a_url_uses_the_stored_copy_without_network(http_server, make_app):
    url = http_server.page(
        "/quay",
        _article_page("Quay reopens", "The quay reopened on Monday after repairs."),
        headers={"ETag": '"v1"'},
    )
    app = make_app(url)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _shown(pilot, "Quay reopens")
        assert screen.library_id is not None
    hits = len(http_server.hits)
    http_server.routes.clear()  # the page is gone from the web
    app2 = make_app(url)
    async with app2.run_test(size=SIZE) as pilot:
        await _shown(pilot, "Quay reopens")
    assert len(http_server.hits) == hits  # no request at all


async def test_refresh_sends_a_conditional_get_and_keeps_the_copy_on_304(http_server, make_app):
    url = http_server.page(
        "/q", _article_page("Quay news", "The quay reopened on Monday."), headers={"ETag": '"v1"'}
    )
    app = make_app(url)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _shown(pilot, "Quay news")
        http_server.routes["/q"] = lambda h: (
            (304, {"ETag": '"v1"'}, b"")
            if h.headers.get("If-None-Match") == '"v1"'
            else (200, {"Content-Type": "text/html"}, b"<p>changed</p>")
        )
        screen.view.focus()
        await pilot.press("r")
        await settle(pilot, lambda: any("304" in str(n.message) for n in app._notifications))
        assert http_server.hits[-1][1].get("If-None-Match") == '"v1"'
        assert screen.article.title == "Quay news"


async def test_reading_position_is_restored(make_app, store):
    path = str(FIXTURES / "story.html")
    app = make_app(path)
    async with app.run_test(size=(80, 12)) as pilot:
        screen = await _shown(pilot, "Harbour town votes to rebuild its flooded pier")
        screen.view.focus()
        await pilot.press("space", "space")
        assert screen.view.top_offset > 0
    saved = store.entries()[0].position  # what leaving the article stored
    assert saved > 0
    app2 = make_app(path)
    async with app2.run_test(size=(80, 12)) as pilot:
        screen = await _shown(pilot, "Harbour town votes to rebuild its flooded pier")
        await settle(pilot, lambda: screen.view.top_offset == saved, timeout=5)


async def test_library_screen_search_open_star_delete(make_app, store):
    from tui_reader.pipeline import load_article

    for name in ("story.html", "scraped.txt"):
        store.save(*load_article(str(FIXTURES / name)))
    app = make_app(start_in_library=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, LibraryScreen))
        lib_screen = app.screen
        table = lib_screen.query_one(ArticleTable)
        await settle(pilot, lambda: table.row_count == 2)
        await pilot.press("slash", *"lifeboat")
        await settle(pilot, lambda: table.row_count == 1)
        await pilot.press("enter")  # leave the search box for the table
        await pilot.press("enter")  # open the row
        screen = await _shown(pilot, "Lifeboat crew rescues two swimmers off Gull Rock")
        screen.view.focus()
        await pilot.press("L")
        await settle(pilot, lambda: isinstance(app.screen, LibraryScreen))
        lib_screen = app.screen
        table = lib_screen.query_one(ArticleTable)
        await settle(pilot, lambda: table.row_count == 2)
        await pilot.press("asterisk")
        await settle(pilot, lambda: any(e.starred for e in store.entries()))
        await pilot.press("d")
        await pilot.press("n")  # keep it
        assert store.count() == 2
        await pilot.press("d", "y")
        await settle(pilot, lambda: store.count() == 1)


async def test_follow_a_link_then_back_and_forward(http_server, make_app):
    first, second = _two_linked_pages(http_server)
    app = make_app(first)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _shown(pilot, "First story")
        assert [lk.url for lk in screen.article.links] == [second]
        screen.view.focus()
        await pilot.press("f")
        await pilot.press("1", "enter")
        await _shown(pilot, "Second story")
        await pilot.press("backspace")
        await _shown(pilot, "First story")
        await pilot.press("alt+right")
        await _shown(pilot, "Second story")
        await pilot.press("alt+left")
        await _shown(pilot, "First story")
        await pilot.press("4", "enter")  # the Links tab, enter on link 1
        await _shown(pilot, "Second story")


async def test_open_prompt_and_a_bad_url_keeps_the_screen(make_app):
    app = make_app(str(FIXTURES / "scraped.txt"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _shown(pilot, "Lifeboat crew rescues two swimmers off Gull Rock")
        screen.view.focus()
        await pilot.press("ctrl+o")
        prompt = app.screen
        prompt.query_one(Input).value = "http://127.0.0.1:9/nothing"
        await pilot.press("enter")
        await settle(pilot, lambda: any("connect" in str(n.message) for n in app._notifications))
        assert screen.article.title == "Lifeboat crew rescues two swimmers off Gull Rock"
        assert screen.view.display


async def test_clicking_a_link_in_the_text_follows_it(http_server, make_app):
    first, _ = _two_linked_pages(http_server)
    app = make_app(first)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _shown(pilot, "First story")
        view = screen.view
        link = screen.article.links[0]
        line = view.line_of(link.start)
        cell = None
        for x in range(view.size.width):  # find the cell that shows the link's first letter
            if view.offset_at(x, line - round(view.scroll_y)) == link.start:
                cell = (x, line - round(view.scroll_y))
                break
        assert cell is not None
        await pilot.click(view, offset=cell)
        await _shown(pilot, "Second story")
