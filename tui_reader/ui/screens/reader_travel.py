"""Where the reader goes: links, back and forward, another source, the browser, a refresh."""

from __future__ import annotations

from pathlib import Path

from ...sources import STDIN_PREFIX
from ..history import Visit
from .dialogs import PromptScreen
from .reader_loading import ArticleLoading

WELCOME = Path(__file__).resolve().parent.parent.parent / "data" / "welcome.txt"


class ReaderTravel(ArticleLoading):
    """The reader's moves from one source to another; the screen supplies ``article``,
    ``source`` and ``view``."""

    def action_follow(self) -> None:
        if not self.article or not self.article.links:
            self.notify("This article has no links", timeout=2)
            return

        def chosen(value: str | None) -> None:
            if value is None:
                return
            if not value.isdigit() or not 1 <= int(value) <= len(self.article.links):
                self.notify(f"No link [{value}]", severity="warning", markup=False)
                return
            self.follow_link(int(value) - 1)

        self.app.push_screen(
            PromptScreen(f"Follow link (1-{len(self.article.links)})", "link number"), chosen
        )

    def follow_link(self, index: int) -> None:
        if self.article is None:
            return
        self.open_source(self.article.links[index].url)

    def _here(self) -> Visit | None:
        return Visit(self.source, self.view.place) if self.source is not None else None

    def _go(self, visit: Visit | None, nothing: str) -> None:
        if visit is None:
            self.notify(nothing, timeout=2)
        else:
            self.open_source(visit.source, offset=visit.offset, record=False, now=True)

    def action_back(self) -> None:
        self._go(self.history.go_back(self._here()), "Nothing to go back to")

    def action_forward(self) -> None:
        self._go(self.history.go_forward(self._here()), "Nothing to go forward to")

    def action_open(self) -> None:
        def chosen(value: str | None) -> None:
            if value:
                self.open_source(value)

        self.app.push_screen(
            PromptScreen("Open a URL or a file", "https://… or ~/article.html"), chosen
        )

    def action_open_browser(self) -> None:
        url = self.article.url if self.article else None
        if not url:
            self.notify("This article has no web address", timeout=2)
            return
        from ..browser import open_in_browser

        if open_in_browser(url):
            self.notify(f"Opening {url}", markup=False, timeout=2)
        else:
            self.app.copy_to_clipboard(url)
            self.notify(
                f"No web browser could be started here. The address is copied: {url}",
                severity="warning",
                markup=False,
                timeout=6,
            )

    def action_refresh(self) -> None:
        source = self.source
        if source is None or source == str(WELCOME):
            self.notify("This is the built-in welcome page: nothing to refresh", timeout=3)
            return
        if Path(source).name.startswith(STDIN_PREFIX):
            self.notify("Read from standard input: nothing to refresh", timeout=3)
            return
        web = source.startswith(("http://", "https://"))
        self.notify(
            "Asking the site for a newer copy…" if web else f"Reading {source} again…",
            markup=False,
            timeout=2,
        )
        self.open_source(source, offset=self.view.place, record=False, refresh=True)
