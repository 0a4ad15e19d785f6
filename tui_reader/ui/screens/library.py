"""The library screen: everything read, sortable, searchable as you type."""

from __future__ import annotations

import time

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, Label, Static

from ...library import SNIPPET_CLOSE, SNIPPET_OPEN, Entry

PAGE = 40  # rows fetched at a time: a screenful and a little more; more on demand
SORTS = ("last_opened", "title", "site", "published", "progress", "added")


def ago(ts: float | None) -> str:
    if not ts:
        return "never"
    d = time.time() - ts
    if d < 90:
        return "just now"
    if d < 3600:
        return f"{int(d // 60)} min ago"
    if d < 86400:
        return f"{int(d // 3600)} h ago"
    if d < 86400 * 30:
        return f"{int(d // 86400)} d ago"
    return time.strftime("%Y-%m-%d", time.localtime(ts))


def marked(snippet: str) -> Text:
    """A search snippet with the matched words in bold; the page text stays plain."""
    out = Text()
    bold = False
    for part in snippet.replace(SNIPPET_CLOSE, SNIPPET_OPEN).split(SNIPPET_OPEN):
        out.append(" ".join(part.split()), style="bold reverse" if bold else "")
        bold = not bold
    return out


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [Binding("y", "answer(True)", "Yes"), Binding("n,escape", "answer(False)", "No")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Label(Text(self.question, style="bold"))
            yield Static(Text("y deletes, n or escape keeps it", style="dim"))

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class LibraryScreen(Screen):
    BINDINGS = [
        Binding("q", "app.quit", "Quit"),
        Binding("slash", "search", "Search"),
        Binding("enter", "open", "Open", show=False),
        Binding("d", "delete", "Delete"),
        Binding("asterisk", "star", "Star"),
        Binding("o", "sort", "Sort"),
        Binding("escape", "close", "Back"),
        Binding("ctrl+o,colon", "open_source", "Open URL"),
        Binding("question_mark", "help", "Help", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sort = "last_opened"
        self.rows: list[int] = []
        self.total = 0
        self.query_text = ""
        self.loading_more = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="library-bar"):
            yield Label(Text("Library", style="bold"), id="library-title")
            yield Input(placeholder="/ search titles and text", id="library-search")
        yield DataTable(id="library-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="library-empty")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("", "Title", "Site", "Date", "Last read", "Read")
        self.reload()
        table.focus()
        store = self.app.store
        if store is not None and store.notice:
            self.notify(store.notice, title="Library", severity="warning", markup=False, timeout=12)
            store.notice = None

    def reload(self, query: str = "") -> None:
        self.query_text = query
        self._query(query, self.sort, 0)

    @work(thread=True, exclusive=True, group="library")
    def _query(self, query: str, sort: str, offset: int) -> None:
        store = self.app.store
        if query.strip():
            hits = store.search(query)
            rows = [(h.id, "", Text(h.title), Text(h.site or ""), marked(h.snippet)) for h in hits]
            self.app.call_from_thread(self._show_hits, rows, query)
        else:
            entries = store.entries(sort, limit=PAGE, offset=offset)
            total = store.count() if offset == 0 else self.total
            self.app.call_from_thread(self._show_entries, entries, offset, total)

    def _show_entries(self, entries: list[Entry], offset: int = 0, total: int = 0) -> None:
        """The first page replaces the table; later pages (as the cursor nears the end)
        are appended, so a library of any size paints at once."""
        table = self.query_one(DataTable)
        if offset == 0:
            table.clear(columns=True)
            table.add_columns("", "Title", "Site", "Date", "Last read", "Read")
            self.rows = []
            self.total = total
        room = max(20, (self.size.width or 120) - 62)  # the title takes what the rest leave
        rows = []
        for e in entries:
            star = Text("★", style="bold yellow") if e.starred else Text(" ")
            title = e.title if len(e.title) <= room else e.title[: room - 1] + "…"
            rows.append(
                (
                    star,
                    Text(title),
                    Text((e.site or "")[:24]),
                    Text(e.published or ""),
                    Text(ago(e.last_opened)),
                    Text(f"{round(e.progress * 100)}%"),
                )
            )
            self.rows.append(e.id)
        table.add_rows(rows)  # one batch: the table measures and refreshes once
        self.loading_more = False
        title = self.query_one("#library-title", Label)
        title.update(Text(f"Library ({self.total:,})", style="bold"))
        self._empty(
            not self.rows,
            "Your library is empty. Press ctrl+o to open a URL or a "
            "file; everything you read is kept here.",
        )

    @on(DataTable.RowHighlighted)
    def _near_the_end(self, event: DataTable.RowHighlighted) -> None:
        more = not self.query_text.strip() and len(self.rows) < self.total
        if more and not self.loading_more and event.cursor_row >= len(self.rows) - 20:
            self.loading_more = True
            self._query("", self.sort, len(self.rows))

    def _show_hits(self, rows, query: str) -> None:
        table = self.query_one(DataTable)
        table.clear(columns=True)
        table.add_columns("", "Title", "Site", "Match")
        self.rows = []
        for article_id, star, title, site, snippet in rows:
            table.add_row(Text(star), title, site, snippet, key=str(article_id))
            self.rows.append(article_id)
        self._empty(not rows, f"Nothing in the library matches {query!r}.")

    def _empty(self, empty: bool, message: str) -> None:
        note = self.query_one("#library-empty", Static)
        note.update(Text(message, style="dim"))
        note.display = empty

    @on(Input.Changed, "#library-search")
    def _search(self, event: Input.Changed) -> None:
        self.reload(event.value)

    @on(Input.Submitted, "#library-search")
    def _search_done(self) -> None:
        self.query_one(DataTable).focus()

    def action_search(self) -> None:
        self.query_one("#library-search", Input).focus()

    def _selected(self) -> int | None:
        table = self.query_one(DataTable)
        if not self.rows or table.cursor_row < 0 or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        article_id = self._selected()
        if article_id is not None:
            self.app.open_in_reader(self.app.store.source_of(article_id) or str(article_id))

    def action_delete(self) -> None:
        article_id = self._selected()
        if article_id is None:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.store.remove(article_id)
                self.notify("Deleted from the library", timeout=2)
                self.reload(self.query_one("#library-search", Input).value)

        self.app.push_screen(ConfirmScreen("Delete this article from the library?"), answer)

    def action_star(self) -> None:
        article_id = self._selected()
        if article_id is None:
            return
        self.app.store.star(article_id, not self.app.store.is_starred(article_id))
        self.reload(self.query_one("#library-search", Input).value)

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.notify(f"Sorted by {self.sort.replace('_', ' ')}", timeout=2)
        self.reload()

    def action_close(self) -> None:
        search = self.query_one("#library-search", Input)
        if search.value:
            search.value = ""
            return
        if self.app.reader is not None:  # back to the article being read
            self.app.pop_screen()

    def action_open_source(self) -> None:
        from .dialogs import PromptScreen

        def chosen(value: str | None) -> None:
            if value:
                self.app.open_in_reader(value)

        self.app.push_screen(
            PromptScreen("Open a URL or a file", "https://… or ~/article.html"), chosen
        )

    def action_help(self) -> None:
        from .dialogs import HelpScreen

        self.app.push_screen(HelpScreen())
