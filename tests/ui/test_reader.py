"""The reader, driven as a user drives it: keys in, screen state out."""

from __future__ import annotations

from ui_helpers import FIXTURES, settle

from tui_reader.formats import quote_citation
from tui_reader.ui.marks import find_all
from tui_reader.ui.screens.reader import ReaderScreen
from tui_reader.ui.widgets.article_view import ArticleView
from tui_reader.ui.widgets.panel import Panel

SIZE = (120, 40)


def reader(app) -> ReaderScreen:
    return app.reader


async def analysed(pilot):
    await settle(pilot, lambda: pilot.app.reader is not None and pilot.app.reader.analysis.quotes)
    return pilot.app.reader


async def test_welcome_article_with_no_source(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert screen.article.title.startswith("Harbour council backs plan")
        assert screen.analysis.entities and screen.analysis.figures
        names = {e.name for e in screen.analysis.entities}
        assert "Elowen Penrose" in names


async def test_enter_on_a_quote_highlights_exactly_its_words(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("2")
        await pilot.press("down", "down", "enter")
        view = screen.query_one(ArticleView)
        sel = view.highlights.selected
        assert sel is not None
        quote = screen.analysis.quotes[screen.current_quote]
        assert (quote.start, quote.end) == sel
        assert screen.article.text[sel[0] : sel[1]] == quote.text
        assert view.span_on_screen(sel)


async def test_next_and_previous_quote_follow_the_text(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        screen.view.focus()
        starts = sorted(q.start for q in screen.analysis.quotes)
        await pilot.press("right_square_bracket")
        assert screen.view.highlights.selected[0] == starts[0]
        await pilot.press("right_square_bracket")
        assert screen.view.highlights.selected[0] == starts[1]
        await pilot.press("left_square_bracket")
        assert screen.view.highlights.selected[0] == starts[0]


async def test_source_then_n_walks_the_speakers_mentions_in_order(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        screen.view.focus()
        await pilot.press("right_square_bracket")  # first quote: the coxswain's
        quote = screen.analysis.quotes[screen.current_quote]
        assert quote.speaker == "Elowen Penrose"
        await pilot.press("s")
        speaker = screen.analysis.entity(quote.speaker_id)
        assert screen.view.highlights.marks == tuple(sorted(speaker.mentions))
        assert screen.panel.speaker_filter == speaker.id
        seen = []
        for _ in range(len(speaker.mentions)):
            await pilot.press("n")
            seen.append(screen.view.highlights.selected)
        assert sorted(seen) == sorted(speaker.mentions)
        texts = {screen.article.text[s:e] for s, e in seen}
        assert texts <= {speaker.name, *speaker.aliases}


async def test_enter_on_an_entity_highlights_its_mentions(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("1")
        assert screen.panel.active_tab == "entities"
        await pilot.press("enter")  # the first selectable entity
        marks = screen.view.highlights.marks
        assert marks
        entity = next(e for e in screen.analysis.entities if tuple(sorted(e.mentions)) == marks)
        for s, e in marks:
            assert screen.article.text[s:e] in {entity.name, *entity.aliases}


async def test_find_highlights_hits_and_counts_them(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("slash")
        await pilot.press(*"slipway")
        hits = find_all(screen.article.text, "slipway")
        assert len(hits) >= 3
        assert screen.view.highlights.marks == tuple(hits)
        assert screen.view.highlights.kind == "hit"
        await pilot.press("enter")
        assert screen.view.highlights.selected in hits
        await pilot.press("n")
        assert screen.view.highlights.selected in hits


async def test_tabs_panel_toggle_and_help(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        screen.view.focus()
        for key, name in (("3", "figures"), ("4", "links"), ("2", "quotes"), ("1", "entities")):
            await pilot.press(key)
            assert screen.panel.active_tab == name
        panel = screen.query_one(Panel)
        screen.view.focus()
        await pilot.press("backslash")
        assert not panel.display
        await pilot.press("backslash")
        assert panel.display
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        assert app.screen is screen


async def test_page_text_is_never_markup(make_app, tmp_path):
    page = tmp_path / "markup.txt"
    page.write_text(
        "A headline with [bold]brackets[/bold]\n\n"
        "Body with [red]not red[/red] and [link=https://evil.example]click[/link] and "
        "\x1b[31mescape\x1b[0m text, plus [@click=app.quit]quit[/] too.\n",
        encoding="utf-8",
    )
    app = make_app(str(page))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader is not None and app.reader.article is not None)
        screen = app.reader
        assert screen.article.title == "A headline with [bold]brackets[/bold]"
        view = screen.view
        rendered = "".join(view.render_line(y).text for y in range(5))
        assert "[red]not red[/red]" in rendered
        assert "[link=https://evil.example]click[/link]" in rendered
        assert "[@click=app.quit]quit[/]" in rendered
        assert "\x1b" not in rendered
        await pilot.pause()
        assert app.is_running


async def test_missing_file_is_a_notification_and_an_error_view(make_app, tmp_path):
    app = make_app(str(tmp_path / "nope.html"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(
            pilot,
            lambda: (
                app.reader is not None
                and app.reader.is_mounted
                and app.reader.query_one("#error").display
            ),
        )
        assert "no such file" in str(app.reader.query_one("#error").render())
        assert any("no such file" in str(n.message) for n in app._notifications)
        # still usable: open the welcome article over the error
        app.reader.open_source(str(FIXTURES / "scraped.txt"))
        await settle(pilot, lambda: app.reader.article is not None)
        assert app.reader.view.display and not app.reader.query_one("#error").display


async def test_a_failure_keeps_the_current_article(make_app, tmp_path):
    app = make_app(str(FIXTURES / "scraped.txt"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader is not None and app.reader.article is not None)
        shown = app.reader.article
        app.reader.open_source(str(tmp_path / "missing.txt"))
        await settle(pilot, lambda: len(app._notifications) > 0)
        await pilot.pause(0.2)
        assert app.reader.article is shown and app.reader.view.display


def test_quote_citation_names_speaker_title_and_url():
    from tui_reader.model import Article, Quote

    a = Article("x", "He said yes.", title="T", url="https://e.example/a")
    q = Quote("q1", "yes", 8, 11, "partial", "Ana Ruiz")
    assert quote_citation(q, a) == "“yes” — Ana Ruiz, in “T” <https://e.example/a>"


async def test_an_empty_list_says_so_once_the_analysis_is_in(make_app, tmp_path):
    page = tmp_path / "plain.txt"
    page.write_text("A quiet day\n\nit rained and then it stopped raining again.\n")
    app = make_app(str(page))
    async with app.run_test(size=SIZE) as pilot:

        def ready() -> bool:
            panels = app.reader.query(Panel) if app.reader is not None else ()
            return any(p.built and p.analysed for p in panels)

        await settle(pilot, ready)
        panel = app.reader.query_one(Panel)
        for tab in ("entities", "quotes", "figures", "links"):
            ol = panel.query_one(f"#list-{tab}")
            assert ol.option_count == 1
            assert ol.get_option_at_index(0).disabled
            assert str(ol.get_option_at_index(0).prompt).startswith("No ")
