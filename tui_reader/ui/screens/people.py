"""The people screen: everyone the library names, and one person's page (their quotes across
the library, when they were in the news, the outlets that quoted them)."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Sparkline, Static

from ..widgets.article_table import ArticleTable, Column

PEOPLE_COLUMNS = (
    Column("Name"),
    Column("Type", 7),
    Column("Articles", 8, right=True),
    Column("Quotes", 7, right=True),
)
QUOTE_COLUMNS = (Column("Date", 10), Column("Article", 34), Column("Quote"))
TYPE_LABELS = {"PERSON": "person", "ORG": "org", "PLACE": "place"}


class PeopleScreen(Screen):
    BINDINGS = [
        Binding("slash", "filter", "Filter"),
        Binding("o", "sort", "Sort"),
        Binding("m", "mark", "Mark"),
        Binding("M", "merge", "Merge into"),
        Binding("escape", "close", "Back"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sort = "recent"
        self.rows: list = []
        self.marked: int | None = None  # an identity to merge into another

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ filter names as you type", id="people-filter")
        yield ArticleTable(page_size=10_000, id="people-table")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(ArticleTable).focus()
        self._load(self.sort)

    @work(thread=True, exclusive=True, group="people")
    def _load(self, sort: str) -> None:
        rows = self.app.store.people(order=sort)
        self.app.call_from_thread(self._loaded, rows)

    def _loaded(self, rows) -> None:
        self.rows = rows
        self._show(self.query_one("#people-filter", Input).value)

    def _show(self, query: str) -> None:
        needle = query.strip().lower()
        shown = [
            p
            for p in self.rows
            if not needle or needle in p.name.lower() or any(needle in a.lower() for a in p.aliases)
        ]
        table = self.query_one(ArticleTable)
        table.show(PEOPLE_COLUMNS, len(shown))
        table.put(
            0,
            [
                (p.id, (p.name, TYPE_LABELS.get(p.type, p.type), str(p.articles), str(p.quotes)))
                for p in shown
            ],
        )

    @on(Input.Changed, "#people-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(Input.Submitted, "#people-filter")
    def _filter_done(self) -> None:
        self.query_one(ArticleTable).focus()

    def action_filter(self) -> None:
        self.query_one("#people-filter", Input).focus()

    def action_sort(self) -> None:
        self.sort = {"recent": "quoted", "quoted": "name", "name": "recent"}[self.sort]
        self.notify(f"Sorted by {'most recent' if self.sort == 'recent' else self.sort}", timeout=2)
        self._load(self.sort)

    @on(ArticleTable.Selected, "#people-table")
    def _chosen(self) -> None:
        table = self.query_one(ArticleTable)
        key = table.key(table.cursor_row)
        if key is not None:
            self.app.push_screen(PersonScreen(int(key)))

    def _current(self) -> int | None:
        table = self.query_one(ArticleTable)
        key = table.key(table.cursor_row)
        return int(key) if key is not None else None

    def action_mark(self) -> None:
        self.marked = self._current()
        if self.marked is not None:
            name = next((p.name for p in self.rows if p.id == self.marked), "")
            self.notify(f"{name} marked: M on another merges it in", markup=False, timeout=4)

    def action_merge(self) -> None:
        """The reader's word: the marked identity is the one under the cursor."""
        keep = self._current()
        if self.marked is None or keep is None or keep == self.marked:
            self.notify("Mark one with m, then press M on the one it is", timeout=3)
            return
        self.app.store.merge_identities(keep, self.marked)
        self.marked = None
        self.notify("Merged; kept so when articles are analysed again", timeout=3)
        self._load(self.sort)

    def action_close(self) -> None:
        box = self.query_one("#people-filter", Input)
        if box.value:
            box.value = ""
            return
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()


class PersonScreen(Screen):
    """One identity: when they were in the news, who quoted them, and what they said."""

    BINDINGS = [
        Binding("x", "split", "Split a name off"),
        Binding("escape", "app.pop_screen", "Back"),
        Binding("q", "app.quit", "Quit"),
    ]

    def action_split(self) -> None:
        """The reader's word: one form of the name is someone else."""
        from .dialogs import PromptScreen

        def chosen(form: str | None) -> None:
            if not form:
                return
            new = self.app.store.split_identity(self.identity_id, form)
            if new is None:
                self.notify(f"No form {form!r} here", severity="warning", markup=False)
                return
            self.notify(f"{form} is someone else now, also after re-analysis", markup=False)
            self._load()

        self.app.push_screen(
            PromptScreen("Split which form of the name off?", "e.g. Mayer"), chosen
        )

    def __init__(self, identity_id: int) -> None:
        super().__init__()
        self.identity_id = identity_id
        self.quotes: list = []

    def compose(self) -> ComposeResult:
        yield Label(id="person-name")
        yield Sparkline([], id="person-weeks")
        yield Static(id="person-outlets")
        yield ArticleTable(page_size=10_000, id="person-quotes")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(ArticleTable).focus()
        self._load()

    @work(thread=True, exclusive=True, group="person")
    def _load(self) -> None:
        store = self.app.store
        who = store.identity(self.identity_id)
        quotes = store.quotes_of([self.identity_id])
        weeks = store.weeks_in_the_news(self.identity_id)
        outlets = store.outlets(self.identity_id)
        self.app.call_from_thread(self._show, who, quotes, weeks, outlets)

    def _show(self, who, quotes, weeks, outlets) -> None:
        if who is None:
            self.query_one("#person-name", Label).update("Nobody by that identity any more")
            return
        head = Text(who.name, style="bold")
        head.append(
            f"  {TYPE_LABELS.get(who.type, who.type)} · {who.articles} articles · "
            f"{who.quotes} quotes",
            style="dim",
        )
        if who.aliases:
            head.append(f"\nalso {', '.join(who.aliases)}", style="dim italic")
        self.query_one("#person-name", Label).update(head)
        self.query_one("#person-weeks", Sparkline).data = weeks or [0]
        quoted_by = ", ".join(f"{site} ({n})" for site, n in outlets) or "nobody yet"
        self.query_one("#person-outlets", Static).update(
            Text(f"articles per week across the library · quoted by {quoted_by}", style="dim")
        )
        self.quotes = quotes
        table = self.query_one(ArticleTable)
        table.show(QUOTE_COLUMNS, len(quotes))
        table.put(
            0,
            [
                (
                    n,
                    (
                        (q.published or "")[:10],
                        q.title,
                        q.text if q.kind == "indirect" else f"“{q.text}”",
                    ),
                )
                for n, q in enumerate(quotes)
            ],
        )

    @on(ArticleTable.Selected, "#person-quotes")
    def _open(self) -> None:
        table = self.query_one(ArticleTable)
        key = table.key(table.cursor_row)
        if key is None:
            return
        q = self.quotes[int(key)]
        source = self.app.store.source_of(q.article_id) or str(q.article_id)
        span = (q.start, q.start + len(q.text))
        self.app.open_in_reader(source, offset=q.start, now=True, highlight=span)
