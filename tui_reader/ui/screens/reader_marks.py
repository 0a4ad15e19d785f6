"""Stepping through what the reader marked: an entity's mentions, search hits, n / N, and
the find bar that makes hits."""

from __future__ import annotations

from textual import on

from ..marks import find_all, step
from ..widgets.article_view import Highlights
from ..widgets.find_bar import FindBar
from ..widgets.header import ArticleHeader
from .reader_travel import ReaderTravel


class ReaderMarks(ReaderTravel):
    """n / N through the marks, escape to clear them, / to find. The screen supplies
    ``view``, ``panel``, ``article``, ``_cursor`` and ``_select_span``."""

    def _step(self, forward: bool) -> None:
        marks = self.view.highlights.marks
        if not marks:
            self.notify(
                "Nothing highlighted: enter on an entity, s on a quote, or / to find", timeout=3
            )
            return
        index = step(marks, self._cursor(), forward)
        self._select_span(marks[index], keep_marks=True)
        self.query_one("#header", ArticleHeader).set_note(f"{index + 1} of {len(marks)}")

    def action_next_mark(self) -> None:
        self._step(True)

    def action_previous_mark(self) -> None:
        self._step(False)

    def action_clear(self) -> None:
        self.view.highlights = Highlights()
        self.panel.filter_speaker(None)
        self.query_one("#header", ArticleHeader).set_note("")

    def action_find(self) -> None:
        self.query_one("#find", FindBar).open()

    @on(FindBar.Search)
    def _search(self, event: FindBar.Search) -> None:
        hits = find_all(self.article.text if self.article else "", event.query)
        self.view.highlights = Highlights(None, tuple(hits), "hit")
        note = f"{len(hits)} matches" if event.query else ""
        self.query_one("#header", ArticleHeader).set_note(note)

    @on(FindBar.Done)
    def _find_done(self, event: FindBar.Done) -> None:
        self.view.focus()
        if not event.jump:
            return
        if self.view.highlights.marks:
            self._step(True)
        else:
            self.notify("No matches", timeout=2)
