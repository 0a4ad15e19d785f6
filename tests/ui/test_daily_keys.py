"""Keys a daily user meets in the first week (issue 15): each fails without its fix."""

from __future__ import annotations

from textual.widgets import Input
from ui_helpers import FIXTURES, settle

from tui_reader.sources import STDIN_PREFIX
from tui_reader.ui.screens.dialogs import HelpScreen
from tui_reader.ui.screens.library import ConfirmScreen, LibraryScreen

SIZE = (120, 40)


async def _analysed(pilot):
    await settle(pilot, lambda: pilot.app.reader is not None and pilot.app.reader.analysis.quotes)
    return pilot.app.reader


def _messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_hiding_the_panel_while_it_has_focus_gives_the_text_the_keys(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _analysed(pilot)
        screen.panel.switch_to("quotes")  # the focus is in the panel's list
        await pilot.pause()
        assert screen.panel.has_focus_within
        await pilot.press("backslash")
        assert not screen.panel.display
        assert screen.view.has_focus
        top = screen.view.scroll_y
        await pilot.press("j")
        assert screen.view.scroll_y > top or screen.view.max_scroll_y == 0


async def test_next_quote_names_its_speaker_when_the_quotes_list_is_not_open(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _analysed(pilot)
        screen.panel.switch_to("entities", focus=False)
        screen.view.focus()
        await pilot.press("right_square_bracket")
        quote = screen.analysis.quotes[screen.current_quote]
        assert any(
            (quote.speaker or "unattributed") in m and "quote 1 of" in m for m in _messages(app)
        )


async def test_refresh_on_standard_input_says_there_is_nothing_to_refresh(make_app, tmp_path):
    copy = tmp_path / f"{STDIN_PREFIX}abc.txt"
    copy.write_text((FIXTURES / "scraped.txt").read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app(str(copy))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader is not None and app.reader.article is not None)
        await pilot.press("r")
        await pilot.pause()
        assert any("standard input: nothing to refresh" in m for m in _messages(app))
        assert app.reader.article is not None


async def test_help_scrolls_with_the_reading_keys_and_the_library_has_its_own(make_app, store):
    app = make_app()
    async with app.run_test(size=(80, 12)) as pilot:
        await _analysed(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.pause()
        scroll = app.screen.query_one("#help")
        await pilot.press("j", "j", "space")
        assert scroll.scroll_y > 0
        await pilot.press("escape")
        await pilot.press("L")
        await settle(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.keys[0][0] == "The library"


async def test_escape_is_no_promise_in_a_library_shown_first(make_app, store, tmp_path):
    page = tmp_path / "kept.html"
    page.write_text((FIXTURES / "story.html").read_text(encoding="utf-8"), encoding="utf-8")
    from tui_reader.pipeline import open_for_reading
    from tui_reader.sources import DEFAULT_LIMITS

    open_for_reading(str(page), store, DEFAULT_LIMITS, keep=True, network=False)
    app = make_app(start_in_library=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(
            pilot,
            lambda: isinstance(app.screen, LibraryScreen) and app.screen.query("#library-search"),
        )
        screen = app.screen
        assert screen.check_action("close", ()) is False  # hidden from the footer
        screen.query_one("#library-search", Input).value = "harbour"
        await pilot.pause()
        assert screen.check_action("close", ()) is True  # escape clears the search


async def test_the_delete_prompt_names_the_article(make_app, store, tmp_path):
    page = tmp_path / "kept.html"
    page.write_text((FIXTURES / "story.html").read_text(encoding="utf-8"), encoding="utf-8")
    from tui_reader.pipeline import open_for_reading
    from tui_reader.sources import DEFAULT_LIMITS

    opened = open_for_reading(str(page), store, DEFAULT_LIMITS, keep=True, network=False)
    app = make_app(start_in_library=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await settle(pilot, lambda: app.screen._selected() is not None)
        await pilot.press("d")
        await settle(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert opened.article.title in app.screen.question


async def test_resizing_keeps_the_reading_place(make_app, tmp_path):
    page = tmp_path / "long.txt"
    para = (
        "Paragraph {n} of a long story: the council met again on Tuesday and talked for hours "
        "about the bridge, the harbour wall and the price of everything in the lower town."
    )
    page.write_text(
        "A long story\n\n" + "\n\n".join(para.format(n=n) for n in range(200)), encoding="utf-8"
    )
    app = make_app(str(page))
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot, lambda: app.reader is not None and app.reader.article is not None)
        view = app.reader.view
        article = app.reader.article
        await settle(pilot, lambda: view._restoring is None and view.max_scroll_y > 0)
        target = article.text.index("Paragraph 120 ")
        view.scroll_to_offset(target, center=False)
        await pilot.pause()
        place = view.place
        assert article.text[place:].startswith("Paragraph 120 ")
        for size in ((80, 45), (60, 20), (140, 45), (100, 30)):
            await pilot.resize_terminal(*size)
            await settle(pilot, lambda: view._restoring is None)
            await pilot.pause()
            assert view.place == place, size
            top_line = round(view.scroll_y)
            assert view.current_layout.line_of(place) == top_line, size


async def test_progress_is_how_far_the_reader_has_seen_everywhere(make_app, store, tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("A short note\n\nThe bridge is closed today.", encoding="utf-8")
    app = make_app(str(short))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader is not None and app.reader.library_id is not None)
        await pilot.pause()
        header = app.reader.query_one("#header")
        assert header._progress == 1.0  # it fits on one screen: all of it is seen
        app.reader._save_position()
        entry = next(e for e in store.entries() if e.source == str(short))
        assert entry.progress == 1.0  # the library's Read column says the same


async def test_progress_never_goes_back_when_the_reader_scrolls_up(make_app, store, tmp_path):
    page = tmp_path / "long.txt"
    page.write_text(
        "Long\n\n" + "\n\n".join(f"Paragraph {n} of the story, told slowly." for n in range(300)),
        encoding="utf-8",
    )
    app = make_app(str(page))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader is not None and app.reader.library_id is not None)
        view = app.reader.view
        await settle(pilot, lambda: view.max_scroll_y > 0 and view._restoring is None)
        view.scroll_to(y=view.max_scroll_y // 2, animate=False)
        await pilot.pause()
        middle = app.reader.seen
        assert 0.4 < middle / len(app.reader.article.text) < 0.7
        view.scroll_to(y=0, animate=False)
        await pilot.pause()
        assert app.reader.seen == middle
        app.reader._save_position()
        entry = next(e for e in store.entries() if e.source == str(page))
        assert abs(entry.progress - middle / len(app.reader.article.text)) < 1e-9
        assert entry.position == 0


async def test_tab_from_the_text_lands_in_the_list(make_app):
    from textual.widgets import OptionList

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _analysed(pilot)
        screen.view.focus()
        await pilot.press("tab")
        assert isinstance(app.focused, OptionList)
        await pilot.press("shift+tab")
        assert app.focused is screen.view


async def test_the_theme_chosen_is_remembered(make_app, tmp_path):
    settings = tmp_path / "settings.json"
    app = make_app(settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert not settings.exists()  # nothing chosen, nothing written
        app.theme = "nord"
        await settle(pilot, settings.exists)
    again = make_app(settings=settings)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


def test_a_damaged_settings_file_is_no_settings(tmp_path):
    from tui_reader.settings import load_settings, save_setting

    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff{not json")
    assert load_settings(path) == {}
    assert save_setting(path, "theme", "nord")
    assert load_settings(path) == {"theme": "nord"}


async def test_f_follows_a_relative_link_of_a_saved_page(make_app, tmp_path):
    (tmp_path / "b.html").write_text(
        "<html><head><title>Second page</title></head><body><p>"
        + "The second page of the saved story is here. " * 5
        + "</p></body></html>",
        encoding="utf-8",
    )
    first = tmp_path / "a.html"
    first.write_text(
        "<html><head><title>First page</title></head><body><p>"
        + "The first page of the saved story. " * 5
        + "<a href='b.html'>Next page</a></p></body></html>",
        encoding="utf-8",
    )
    app = make_app(str(first))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader is not None and app.reader.article is not None)
        app.reader.view.focus()
        await pilot.press("f")
        await pilot.press("1", "enter")
        await settle(pilot, lambda: app.reader.article.title == "Second page")


async def test_a_page_in_another_language_says_so_and_is_not_analysed(make_app, tmp_path):
    page = tmp_path / "de.html"
    body = (
        "<p>Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu "
        "schließen, die nach Angaben der Ingenieure den größten Teil des Sommers dauern werden, "
        "sagte Bürgermeisterin Anna Schmidt.</p>"
    )
    page.write_text(
        f"<html lang='de'><head><title>Brücke</title></head><body>{body * 3}</body></html>",
        encoding="utf-8",
    )
    app = make_app(str(page))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader is not None and app.reader.article is not None)
        await pilot.pause(0.3)
        status = app.reader.panel.query_one("StatusLine")
        assert "(de)" in status.message and "skipped" in status.message
        assert app.reader.analysis.entities == ()


async def test_a_library_search_hit_opens_at_the_first_match(make_app, store, tmp_path):
    from tui_reader.pipeline import open_for_reading
    from tui_reader.sources import DEFAULT_LIMITS
    from tui_reader.ui.marks import find_words

    page = tmp_path / "long.txt"
    paras = [f"Paragraph {n} of the story, about the harbour and the town." for n in range(150)]
    paras[90] = "Paragraph 90 is where the lighthouse keeper finally speaks to the council."
    paras[120] = "Paragraph 120 mentions the lighthouse again, briefly."
    page.write_text("Long\n\n" + "\n\n".join(paras), encoding="utf-8")
    opened = open_for_reading(str(page), store, DEFAULT_LIMITS, keep=True, network=False)
    store.set_position(opened.library_id, 10)
    app = make_app(start_in_library=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(
            pilot,
            lambda: isinstance(app.screen, LibraryScreen) and app.screen.query("#library-search"),
        )
        await pilot.press("slash", *"lighthouse", "enter")
        await settle(pilot, lambda: app.screen._selected() is not None)
        await pilot.press("enter")
        await settle(pilot, lambda: app.reader is not None and app.reader.article is not None)
        view = app.reader.view
        await settle(pilot, lambda: view._restoring is None)
        text = app.reader.article.text
        hits = find_words(text, "lighthouse")
        assert len(hits) == 2
        assert view.highlights.marks == tuple(hits)
        assert view.span_on_screen(hits[0])
        await pilot.press("n")
        assert view.highlights.selected == hits[1]


def test_find_words_matches_each_word_and_the_last_as_a_prefix():
    from tui_reader.ui.marks import find_words

    text = "The Harbour wall and the harbourmaster; a wall."
    assert [text[s:e] for s, e in find_words(text, "wall harb")] == [
        "Harbour",
        "wall",
        "harbourmaster",
        "wall",
    ]
    assert [text[s:e] for s, e in find_words(text, '"harbour"')] == ["Harbour"]


async def test_at_80x24_everything_essential_shows(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _analysed(pilot)
        await pilot.pause(0.2)
        labels = [str(tab.label) for tab in screen.panel.query("Tab")]
        assert [label.split()[0] for label in labels] == ["Ent", "Quo", "Fig", "Lin"]
        strip = screen.panel.query_one("Tabs")
        assert sum(tab.region.width for tab in screen.panel.query("Tab")) <= strip.region.width
        footer = screen.query_one("Footer")
        keys = [k.key_display for k in footer.query("FooterKey")]
        assert footer.virtual_size.width <= footer.region.width, keys


async def test_at_60_columns_the_panel_steps_aside_and_comes_back(make_app):
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await _analysed(pilot)
        await pilot.pause()
        assert not screen.panel.display
        await pilot.press("backslash")
        assert screen.panel.display
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert screen.panel.display


async def test_a_long_title_is_cut_and_keeps_its_meta_line(make_app, tmp_path):
    page = tmp_path / "t.html"
    title = "A very long title about the harbour council and its lifeboat " * 2
    page.write_text(
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Courier'>"
        "</head><body>"
        + "<p>The council met on Tuesday about the bridge.</p>" * 5
        + "</body></html>",
        encoding="utf-8",
    )
    app = make_app(str(page))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot, lambda: app.reader is not None and app.reader.article is not None)
        await pilot.pause()
        header = app.reader.query_one("#header")
        lines = [header.render_line(y).text.strip() for y in range(2)]
        assert lines[0].endswith("…")
        assert lines[1].startswith("Courier")
