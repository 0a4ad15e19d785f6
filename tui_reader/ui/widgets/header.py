"""The article header line: title, site, byline, date, reading time, progress.

A fixed-height widget that renders itself, so that progress updates on every scroll only
repaint two lines and never ask the screen for a new layout.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from ...model import Article

WORDS_PER_MINUTE = 230


def reading_minutes(words: int) -> int:
    return max(1, round(words / WORDS_PER_MINUTE))


class ArticleHeader(Widget):
    """Two lines above the text; page text is shown as plain Text, never markup."""

    DEFAULT_CSS = """
    ArticleHeader { height: 2; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._article: Article | None = None
        self._progress = 0.0
        self._note = ""
        self._minutes = 1

    def show(self, article: Article | None, note: str = "") -> None:
        self._article = article
        self._note = note
        self._progress = 0.0
        self._minutes = reading_minutes(article.word_count) if article else 1
        self.refresh()

    def set_progress(self, progress: float) -> None:
        if abs(progress - self._progress) >= 0.005:
            self._progress = progress
            self.refresh()

    def set_note(self, note: str) -> None:
        self._note = note
        self.refresh()

    def render(self) -> Text:
        a = self._article
        if a is None:
            return Text(self._note or "tui-reader", style="bold", no_wrap=True)
        line = Text(a.title or a.source, style="bold", overflow="ellipsis", no_wrap=True)
        meta = [x for x in (a.site, a.byline and f"by {a.byline}", a.published) if x]
        meta.append(f"{self._minutes} min read")
        meta.append(f"{round(self._progress * 100)}%")
        sub = Text(" · ".join(meta), style="dim", overflow="ellipsis", no_wrap=True)
        if a.note:
            sub.append(f"   {a.note}", style="italic")
        if self._note:
            sub.append(f"   {self._note}", style="italic")
        both = Text("\n").join([line, sub])
        both.no_wrap, both.overflow = True, "ellipsis"  # two lines at any width, cut with …
        return both
