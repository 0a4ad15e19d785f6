"""The library screen: everything read, sortable, searchable as you type."""

from __future__ import annotations

import re
import time

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, Label, Static

from ...library import SNIPPET_CLOSE, SNIPPET_OPEN, Entry
from ..widgets.article_table import ArticleTable, Column

STAR = Text("★", style="bold yellow")
PAGE = 100  # rows read at a time, as they come into view
WHITESPACE = re.compile(r"\s+")
SORTS = ("last_opened", "title", "site", "published", "progress", "added")
ENTRY_COLUMNS = (
    Column("", 1),
    Column("Title"),
    Column("Site", 20),
    Column("Date", 10),
    Column("Last read", 10),
    Column("Read", 4, right=True),
)
HIT_COLUMNS = (Column("", 1), Column("Title"), Column("Site", 20), Column("Match"))


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
        out.append(WHITESPACE.sub(" ", part), style="bold reverse" if bold else "")
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
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sort = "last_opened"
        self.query_text = ""
        self.generation = 0  # bumped by each reload: late pages of an earlier one are dropped

    def compose(self) -> ComposeResult:
        with Horizontal(id="library-bar"):
            yield Label(Text("Library", style="bold"), id="library-title")
            yield Input(placeholder="/ search titles and text, or @name", id="library-search")
        yield ArticleTable(page_size=PAGE, id="library-table")
        yield Static("", id="library-empty")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.reload()
        self.query_one(ArticleTable).focus()
        store = self.app.store
        if store is not None and store.notice:
            self.notify(store.notice, title="Library", severity="warning", markup=False, timeout=12)
            store.notice = None

    def reload(self, query: str = "", keep_cursor: bool = False) -> None:
        """Show the library (or the hits for ``query``) from the top, or with the cursor
        where it was (after a star or a delete)."""
        self.query_text = query
        self.generation += 1
        cursor = self.query_one(ArticleTable).cursor_row if keep_cursor else 0
        self._query(self.generation, query, self.sort, cursor)

    @work(thread=True, exclusive=True, group="library")
    def _query(self, generation: int, query: str, sort: str, cursor: int) -> None:
        store = self.app.store
        if query.strip().startswith("@"):  # a person or organisation, by any of their names
            named = store.articles_naming(store.identities_named(query.strip()[1:]))
            rows = [
                (i, ("", title, site or "", f"names {names}")) for i, title, site, names in named
            ]
            self.app.call_from_thread(self._show_hits, generation, rows, query)
        elif query.strip():
            hits = store.search(query)
            rows = [(h.id, ("", h.title, h.site or "", marked(h.snippet))) for h in hits]
            self.app.call_from_thread(self._show_hits, generation, rows, query)
        else:
            total = store.count()
            start = max(0, cursor - cursor % PAGE)
            page = store.entries(sort, limit=PAGE, offset=start)
            self.app.call_from_thread(self._show_entries, generation, total, cursor, start, page)

    @work(thread=True, group="library-pages")
    def _page(self, generation: int, sort: str, start: int) -> None:
        page = self.app.store.entries(sort, limit=PAGE, offset=start)
        self.app.call_from_thread(self._put_entries, generation, start, page)

    def _show_entries(
        self, generation: int, total: int, cursor: int, start: int, page: list[Entry]
    ) -> None:
        """The table knows the library's size at once; its rows are read a page at a
        time as they come into view, so a library of any size paints at once."""
        if generation != self.generation:
            return
        self.query_one(ArticleTable).show(ENTRY_COLUMNS, total, cursor)
        self._put_entries(generation, start, page)
        title = self.query_one("#library-title", Label)
        title.update(Text(f"Library ({total:,})", style="bold"))
        self._empty(
            not total,
            "Your library is empty. Press ctrl+o to open a URL or a "
            "file; everything you read is kept here.",
        )

    def _put_entries(self, generation: int, start: int, page: list[Entry]) -> None:
        if generation != self.generation:
            return
        rows = [
            (
                e.id,
                (
                    STAR if e.starred else "",
                    e.title,
                    e.site or "",
                    (e.published or "")[:10],
                    ago(e.last_opened),
                    f"{round(e.progress * 100)}%",
                ),
            )
            for e in page
        ]
        self.query_one(ArticleTable).put(start, rows)

    @on(ArticleTable.Wanted)
    def _wanted(self, event: ArticleTable.Wanted) -> None:
        if not self.query_text.strip():
            self._page(self.generation, self.sort, event.start)

    def _show_hits(self, generation: int, rows, query: str) -> None:
        if generation != self.generation:
            return
        table = self.query_one(ArticleTable)
        table.show(HIT_COLUMNS, len(rows))
        table.put(0, rows)
        self._empty(not rows, f"Nothing in the library matches {query!r}.")

    def _empty(self, empty: bool, message: str) -> None:
        note = self.query_one("#library-empty", Static)
        note.update(Text(message, style="dim"))
        note.display = empty

    @on(Input.Changed, "#library-search")
    def _search(self, event: Input.Changed) -> None:
        self.reload(event.value)
        self.refresh_bindings()  # escape now clears the search

    @on(Input.Submitted, "#library-search")
    def _search_done(self) -> None:
        self.query_one(ArticleTable).focus()

    def action_search(self) -> None:
        self.query_one("#library-search", Input).focus()

    def _selected(self) -> int | None:
        table = self.query_one(ArticleTable)
        return table.key(table.cursor_row)

    @on(ArticleTable.Selected)
    def _row_selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        article_id = self._selected()
        if article_id is not None:
            source = self.app.store.source_of(article_id) or str(article_id)
            self.app.open_in_reader(source, now=True, find=self.query_text.strip() or None)

    def action_delete(self) -> None:
        article_id = self._selected()
        if article_id is None:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.store.remove(article_id)
                self.notify("Deleted from the library", timeout=2)
                self.reload(self.query_one("#library-search", Input).value, keep_cursor=True)

        stored = self.app.store.get(article_id)
        title = (stored.article.title or stored.article.source) if stored else "this article"
        self.app.push_screen(ConfirmScreen(f"Delete “{title}” from the library?"), answer)

    def action_star(self) -> None:
        article_id = self._selected()
        if article_id is None:
            return
        self.app.store.star(article_id, not self.app.store.is_starred(article_id))
        self.reload(self.query_one("#library-search", Input).value, keep_cursor=True)

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
        from .dialogs import LIBRARY_KEYS, HelpScreen

        self.app.push_screen(HelpScreen(LIBRARY_KEYS))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close":  # "Back" only when there is an article to go back to
            search = self.query("#library-search")
            return self.app.reader is not None or bool(search and search.first(Input).value)
        return True
