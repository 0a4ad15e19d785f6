"""The article header line: title, site, byline, date, reading time, progress."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ...model import Article

WORDS_PER_MINUTE = 230


def reading_minutes(words: int) -> int:
    return max(1, round(words / WORDS_PER_MINUTE))


class ArticleHeader(Static):
    """One or two lines above the text; page text is shown as plain Text, never markup."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self._article: Article | None = None
        self._progress = 0.0
        self._note = ""

    def show(self, article: Article | None, note: str = "") -> None:
        self._article = article
        self._note = note
        self._progress = 0.0
        self._draw()

    def set_progress(self, progress: float) -> None:
        if abs(progress - self._progress) >= 0.005:
            self._progress = progress
            self._draw()

    def set_note(self, note: str) -> None:
        self._note = note
        self._draw()

    def _draw(self) -> None:
        a = self._article
        if a is None:
            self.update(Text(self._note or "tui-reader", style="bold"))
            return
        line = Text(a.title or a.source, style="bold", overflow="ellipsis", no_wrap=True)
        meta = [x for x in (a.site, a.byline and f"by {a.byline}", a.published) if x]
        meta.append(f"{reading_minutes(a.word_count)} min read")
        meta.append(f"{round(self._progress * 100)}%")
        sub = Text(" · ".join(meta), style="dim", overflow="ellipsis", no_wrap=True)
        if self._note:
            sub.append(f"   {self._note}", style="italic")
        self.update(Text("\n").join([line, sub]))
