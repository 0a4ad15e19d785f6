"""The Textual application: screens, the library handle, the command palette."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from ..analyze.process import AnalysisProcess
from ..settings import load_settings, save_setting
from ..sources import DEFAULT_LIMITS, Limits
from .screens.reader import ReaderScreen


class ReaderApp(App[None]):
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("F", "feeds", "Feeds"),
        Binding("P", "people", "People", show=False),  # the footer is full at 80 columns
    ]
    TITLE = "tui-reader"
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        source: str | None = None,
        *,
        store: Any = None,
        limits: Limits = DEFAULT_LIMITS,
        start_in_library: bool = False,
        analyzer: AnalysisProcess | None = None,
        settings: Path | None = None,
        start_in_feeds: bool = False,
    ) -> None:
        super().__init__()
        self.settings = settings  # where the chosen theme is kept; None keeps nothing
        self.start_in_feeds = start_in_feeds
        self.feeds_place: tuple[int | str, int] | None = None  # feed and row, to come back to
        self.source = source
        self.store = store
        self.limits = limits
        self.start_in_library = start_in_library
        self._own_analyzer = analyzer is None
        self.analyzer = analyzer or AnalysisProcess()

    def on_unmount(self) -> None:
        if self._own_analyzer:
            self.analyzer.close()

    def on_mount(self) -> None:
        theme = load_settings(self.settings).get("theme") if self.settings else None
        if not (isinstance(theme, str) and theme in self.available_themes):
            theme = "textual-dark"
        self.theme = self._kept_theme = theme
        self.theme_changed_signal.subscribe(self, self._theme_chosen)

    def _theme_chosen(self, theme: Any) -> None:
        """Remember a theme chosen in the palette for the next launch."""
        if self.settings is None or theme.name == self._kept_theme:
            return
        if save_setting(self.settings, "theme", theme.name):
            self._kept_theme = theme.name
        else:
            self.notify("Could not remember the theme", severity="warning", timeout=3)

    def on_ready(self) -> None:
        # The first screen is pushed once Textual has started: a frame rendered while it
        # is starting is dropped (it is inside a batch update), and the article would then
        # reach the terminal only after the panel's tabs were built, ~200 ms later.
        if self.start_in_feeds and self.store is not None:
            from .screens.feeds import FeedsScreen

            self.push_screen(FeedsScreen())
        elif self.start_in_library and self.store is not None:
            from .screens.library import LibraryScreen

            self.push_screen(LibraryScreen())  # the reader is built when an article opens
        else:
            self.push_screen(ReaderScreen(self.source))

    @property
    def reader(self) -> ReaderScreen | None:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    def action_library(self) -> None:
        if self.store is None:
            self.notify("The library is not available", severity="warning")
            return
        from .screens.library import LibraryScreen

        if not isinstance(self.screen, LibraryScreen):
            self.push_screen(LibraryScreen())

    def action_feeds(self) -> None:
        if self.store is None:
            self.notify("Feeds need the library, which is not available", severity="warning")
            return
        from .screens.feeds import FeedsScreen

        if not isinstance(self.screen, FeedsScreen):
            self.push_screen(FeedsScreen())

    def action_people(self) -> None:
        if self.store is None:
            self.notify("People need the library, which is not available", severity="warning")
            return
        from .screens.people import PeopleScreen

        if not isinstance(self.screen, PeopleScreen):
            self.push_screen(PeopleScreen())

    def show_person(self, identity_id: int) -> None:
        from .screens.people import PersonScreen

        self.push_screen(PersonScreen(identity_id))

    def open_in_reader(
        self,
        source: str,
        offset: int = 0,
        *,
        now: bool = False,
        find: str | None = None,
        fallback: Any = None,
        highlight: tuple[int, int] | None = None,
    ) -> None:
        """Show ``source`` in the reader (from the library or the palette); ``now`` for a
        kept article, read without a worker so the next frame shows it; ``find``: the
        library search it was found by, marked in the text; ``fallback``: an Article to
        show, with a note, if the source cannot be read (a feed item's summary, offline)."""
        from .screens.feeds import FeedsScreen
        from .screens.library import LibraryScreen
        from .screens.people import PeopleScreen, PersonScreen

        while isinstance(self.screen, LibraryScreen | FeedsScreen | PeopleScreen | PersonScreen):
            self.pop_screen()
        reader = self.reader
        fresh = reader is None
        if reader is None:
            reader = ReaderScreen(source, offset=offset, now=now, find=find)
        if fallback is not None:
            reader.fallbacks[source] = fallback
        if highlight is not None:  # a quote from a person's page: marked where it stands
            reader.pending_highlight = (source, highlight)
        if fresh:
            self.push_screen(reader)
        else:
            reader.open_source(source, offset=offset, now=now, find=find)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        from .screens.feeds import FeedsScreen

        if isinstance(screen, FeedsScreen):
            for title, help_text, action in (
                ("Read the item", "enter", screen.action_open),
                ("Next unread item", "n", lambda: screen.action_step_unread(1)),
                ("Previous unread item", "p", lambda: screen.action_step_unread(-1)),
                ("Mark read or unread", "m", screen.action_toggle_read),
                ("Star or unstar", "*", screen.action_star),
                ("Mark the feed read", "A", screen.action_feed_read),
                ("Refresh every feed", "R", screen.action_refresh),
                ("Filter items by title", "/", screen.action_filter),
                ("Library", "L", self.action_library),
                ("Keys", "?", screen.action_help),
            ):
                yield SystemCommand(title, help_text, action)
        if isinstance(screen, ReaderScreen):
            for title, help_text, action in (
                ("Open a URL or file", "ctrl+o or :", screen.action_open),
                ("Find in the article", "/", screen.action_find),
                ("Next quote", "]", screen.action_next_quote),
                ("Previous quote", "[", screen.action_previous_quote),
                ("Go to the speaker of the current quote", "s", screen.action_source),
                ("Next highlighted mention or hit", "n", screen.action_next_mark),
                ("Previous highlighted mention or hit", "N", screen.action_previous_mark),
                ("Follow a link by number", "f", screen.action_follow),
                ("Back", "backspace or alt+left", screen.action_back),
                ("Forward", "alt+right", screen.action_forward),
                ("Open the article in the web browser", "o", screen.action_open_browser),
                ("Copy the current quote", "y", screen.action_copy_quote),
                ("Show or hide the panel", "\\", screen.action_toggle_panel),
                ("Show entities", "1", lambda: screen.action_tab("entities")),
                ("Show quotes", "2", lambda: screen.action_tab("quotes")),
                ("Show figures", "3", lambda: screen.action_tab("figures")),
                ("Show links", "4", lambda: screen.action_tab("links")),
                ("Refresh from the web", "r", screen.action_refresh),
                ("Library", "L", self.action_library),
                ("Feeds", "F", self.action_feeds),
                ("People across the library", "P", self.action_people),
                ("This quote's speaker across the library", "S", screen.action_person),
                ("Keys", "?", screen.action_help),
            ):
                yield SystemCommand(title, help_text, action)
