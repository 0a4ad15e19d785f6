"""The people screen and a person's page, driven as a user drives them."""

from __future__ import annotations

from ui_helpers import settle

from tui_reader.analyze.version import ANALYZER_VERSION
from tui_reader.model import Analysis, Article, Block, Entity, Fetched, Quote
from tui_reader.ui.screens.people import PeopleScreen, PersonScreen
from tui_reader.ui.widgets.article_table import ArticleTable

SIZE = (120, 36)


def _keep(store, n: int, speaker: str, words: str) -> int:
    text = f"Story {n} begins here. {speaker} said: “{words}” " + "More of the story. " * 30
    start = text.index(words)
    source = f"https://news{n}.example/story"
    article = Article(
        source,
        text,
        title=f"Story {n}",
        url=source,
        site=f"News {n}",
        published=f"2026-11-{10 + n:02d}",
        blocks=(Block("paragraph", 0, len(text)),),
    )
    analysis = Analysis(
        (Entity("e1", speaker, "PERSON", (), ((text.index(speaker), text.index(speaker) + 3),)),),
        (Quote("q1", words, start, start + len(words), "direct", speaker, "e1"),),
        version=ANALYZER_VERSION,  # current: the reader shows it, not a new analysis
    )
    return store.save(Fetched(source, text.encode(), "text", url=source), article, analysis)


async def _library(pilot, articles: int) -> None:
    """The library shown first, with its ``articles`` listed."""
    from tui_reader.ui.screens.library import LibraryScreen

    app = pilot.app
    await settle(
        pilot,
        lambda: (
            isinstance(app.screen, LibraryScreen)
            and app.screen.query_one(ArticleTable).loaded_count == articles
        ),
    )


async def _people(pilot, articles: int) -> None:
    """The library shown first with its ``articles``, then P: the people screen, filled."""
    app = pilot.app
    await _library(pilot, articles)
    await pilot.press("P")
    await settle(
        pilot,
        lambda: (
            isinstance(app.screen, PeopleScreen)
            and app.screen.query_one(ArticleTable).loaded_count > 0
        ),
    )


async def test_people_list_filter_and_a_persons_quotes_across_the_library(make_app, store):
    _keep(store, 1, "Tim Morrison", "My fears have been realized")
    _keep(store, 2, "Timothy Morrison", "Not some irregular channel")
    _keep(store, 3, "Ana Ruiz", "We will rebuild")
    app = make_app(start_in_library=True)
    async with app.run_test(size=SIZE) as pilot:
        await _people(pilot, 3)
        await pilot.press("slash", *"morr", "enter")
        table = app.screen.query_one(ArticleTable)
        await settle(pilot, lambda: table.row_count == 1)
        await pilot.press("enter")
        await settle(
            pilot,
            lambda: (
                isinstance(app.screen, PersonScreen)
                and app.screen.query_one(ArticleTable).loaded_count == 2
            ),
        )
        page = app.screen
        assert sorted(q.text for q in page.quotes) == [
            "My fears have been realized",
            "Not some irregular channel",
        ]
        assert sum(page.query_one("#person-weeks").data) == 2
        # enter on a quote: its article, at the quote, highlighted
        await pilot.press("enter")
        await settle(
            pilot,
            lambda: (
                app.reader is not None
                and app.reader.article is not None
                and app.reader.view.highlights.selected is not None
            ),
        )
        reader = app.reader
        start, end = reader.view.highlights.selected
        assert reader.article.text[start:end] == page.quotes[0].text
        # S on that quote: back to the person's page
        reader.current_quote = 0
        await pilot.press("S")
        await settle(pilot, lambda: isinstance(app.screen, PersonScreen))


async def test_the_library_searches_by_person_with_an_at_sign(make_app, store):
    from textual.widgets import Input

    _keep(store, 1, "Tim Morrison", "My fears have been realized")
    _keep(store, 2, "Timothy Morrison", "Not some irregular channel")
    _keep(store, 3, "Ana Ruiz", "We will rebuild")
    app = make_app(start_in_library=True)
    async with app.run_test(size=SIZE) as pilot:
        await _library(pilot, 3)
        app.screen.query_one("#library-search", Input).value = "@Tim Morrison"
        table = app.screen.query_one(ArticleTable)
        await settle(pilot, lambda: table.row_count == 2 and table.loaded_count == 2)


async def test_merge_two_people_from_the_screen(make_app, store):
    _keep(store, 1, "Kevin Mayer", "We will build")
    _keep(store, 2, "Kev Mayers", "It is done")
    app = make_app(start_in_library=True)
    async with app.run_test(size=SIZE) as pilot:
        await _people(pilot, 2)
        await pilot.press("m", "j", "M")
        await settle(pilot, lambda: len(store.people("PERSON")) == 1)
