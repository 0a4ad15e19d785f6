"""Write the README's screenshots from the real app: python tests/ui/take_screenshots.py

Each picture is the app driven by keys, as a user would, saved as SVG in screenshots/.
A temporary library is used, never the user's.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from ui_helpers import settle  # the tests' own helper, from this folder

from tui_reader.library import open_library
from tui_reader.model import FeedItem
from tui_reader.pipeline import analyze_article, load_article
from tui_reader.ui.app import ReaderApp
from tui_reader.ui.screens.feeds import FeedsScreen
from tui_reader.ui.screens.library import LibraryScreen
from tui_reader.ui.screens.people import PeopleScreen, PersonScreen

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "screenshots"
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT.parent / "shared" / "corpus" / "seed-article.txt"
SIZE = (140, 42)


async def shoot(name: str, app: ReaderApp, steps: Callable[[object], Awaitable[None]]) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await steps(pilot)
        await pilot.pause(0.3)
        app.save_screenshot(filename=f"{name}.svg", path=str(OUT))
        print(OUT / f"{name}.svg")


async def main() -> None:
    OUT.mkdir(exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="tui-reader-shots-"))
    article = str(SEED if SEED.exists() else FIXTURES / "scraped.txt")

    async def analysed(pilot):
        app = pilot.app
        await settle(pilot, lambda: app.reader is not None and app.reader.analysis.quotes)

    async def quote(pilot):
        await analysed(pilot)
        await pilot.press("2", "down", "down", "down", "enter")

    async def entity(pilot):
        await analysed(pilot)
        await pilot.press("1", "down", "down", "down", "enter")

    async def help_(pilot):
        await analysed(pilot)
        await pilot.press("question_mark")

    await shoot("quotes", ReaderApp(article, store=open_library(home / "a")), quote)
    await shoot("entities", ReaderApp(article, store=open_library(home / "b")), entity)
    await shoot("help", ReaderApp(article, store=open_library(home / "c")), help_)

    store = open_library(home / "d")
    for source in (article, str(FIXTURES / "story.html"), str(FIXTURES / "scraped.txt")):
        fetched, art = load_article(source)
        store.save(fetched, art, analyze_article(art))

    async def library(pilot):
        await settle(pilot, lambda: isinstance(pilot.app.screen, LibraryScreen))

    await shoot("library", ReaderApp(store=store, start_in_library=True), library)

    feeds = open_library(home / "e")
    titles = {
        "Harbour Courier": ["Lifeboat station saved by council vote", "Slipway repairs begin"],
        "Valley News": ["Bridge closed for the summer", "Mayor answers questions on roads"],
        "Science Weekly": ["Storm surges measured along the coast", "A new map of the seabed"],
    }
    for n, (name, stories) in enumerate(titles.items()):
        feed_id, _ = feeds.add_feed(
            f"https://feeds{n}.example/rss", name, None, ["Local"] if n < 2 else ["Science"]
        )
        items = [
            FeedItem(f"{n}-{k}", story, None, f"2026-11-{24 - k:02d}T08:00:00Z", None, "")
            for k, story in enumerate(stories)
        ]
        feeds.refreshed(feed_id, title=name, items=items)

    async def feeds_screen(pilot):
        await settle(pilot, lambda: isinstance(pilot.app.screen, FeedsScreen))
        await pilot.pause(0.3)

    await shoot("feeds", ReaderApp(store=feeds, start_in_feeds=True), feeds_screen)

    async def person(pilot):
        await settle(pilot, lambda: isinstance(pilot.app.screen, LibraryScreen))
        await pilot.pause(0.3)
        await pilot.press("P")
        await settle(pilot, lambda: isinstance(pilot.app.screen, PeopleScreen))
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(pilot.app.screen, PersonScreen))

    await shoot("people", ReaderApp(store=store, start_in_library=True), person)


if __name__ == "__main__":
    asyncio.run(main())
