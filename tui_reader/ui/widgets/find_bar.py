"""Find in the article: an input line under the text that says what to look for as it is
typed, and when the reader is done with it."""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class FindBar(Input):
    """Posts ``FindBar.Search`` as the words change and ``FindBar.Done`` on enter or escape."""

    BINDINGS = [Binding("escape", "close", "Close", show=False)]

    class Search(Message):
        """Look for ``query`` (empty: nothing)."""

        def __init__(self, bar: FindBar, query: str) -> None:
            super().__init__()
            self.bar = bar
            self.query = query

        @property
        def control(self) -> FindBar:
            return self.bar

    class Done(Message):
        """The bar closed: ``jump`` when enter asked to go to the next match."""

        def __init__(self, bar: FindBar, jump: bool) -> None:
            super().__init__()
            self.bar = bar
            self.jump = jump

        @property
        def control(self) -> FindBar:
            return self.bar

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Find in the article (enter jumps, escape closes)", id=id)

    def open(self) -> None:
        self.display = True
        self.focus()

    def action_close(self) -> None:
        self._close(jump=False)

    def _close(self, jump: bool) -> None:
        self.display = False
        self.post_message(self.Done(self, jump))

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Search(self, event.value))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._close(jump=True)
