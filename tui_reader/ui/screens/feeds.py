"""The feeds screen: subscriptions on the left (tags as groups, "All unread" first), the
selected feed's items on the right, read from the library a page at a time."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from ...model import Article, Block
from ..widgets.article_table import ArticleTable, Column

PAGE = 100
ALL_UNREAD = "all"
UNREAD_MARK = Text("●", style="bold")
STAR = Text("★", style="bold yellow")
ITEM_COLUMNS = (Column("", 1), Column("Title"), Column("Feed", 18), Column("Date", 10))


class FeedsScreen(Screen):
    BINDINGS = [
        Binding("enter", "open", "Read", show=False),
        Binding("n", "step_unread(1)", "Next unread"),
        Binding("p", "step_unread(-1)", "Prev unread", show=False),
        Binding("m", "toggle_read", "Read/unread"),
        Binding("asterisk", "star", "Star", show=False),
        Binding("A", "feed_read", "All read"),
        Binding("R", "refresh", "Refresh"),
        Binding("slash", "filter", "Filter"),
        Binding("escape", "close", "Back"),
        Binding("L", "app.library", "Library"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.feed: int | str = ALL_UNREAD
        self.query_text = ""
        self.generation = 0
        self._read_state: dict[int, bool] = {}  # item id -> read, for the rows loaded

    def compose(self) -> ComposeResult:
        with Horizontal(id="feeds-body"):
            yield OptionList(id="feeds-list")
            with Vertical(id="feeds-items"):
                yield Input(placeholder="filter titles", id="feeds-filter")
                yield ArticleTable(page_size=PAGE, id="items-table")
                yield Static("", id="feeds-empty")
        yield ProgressBar(id="feeds-progress", show_eta=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#feeds-filter").display = False
        self.query_one("#feeds-progress").display = False
        place = getattr(self.app, "feeds_place", None)
        if place:
            self.feed = place[0]
        self.reload_feeds()
        self.query_one(ArticleTable).focus()

    # --- the feeds list ----------------------------------------------------------------

    def reload_feeds(self) -> None:
        store = self.app.store
        subs = store.subscriptions()
        lst = self.query_one("#feeds-list", OptionList)
        lst.clear_options()
        unread = sum(s.unread for s in subs)
        lst.add_option(Option(Text(f"All unread ({unread})", style="bold"), id=ALL_UNREAD))
        groups: dict[str, list] = {}
        for s in subs:
            groups.setdefault(s.tags[0] if s.tags else "Feeds", []).append(s)
        for tag in sorted(groups, key=lambda t: (t == "Feeds", t.lower())):
            lst.add_option(Option(Text(tag, style="bold dim"), disabled=True))
            for s in groups[tag]:
                label = Text(f"  {s.title}")
                if s.unread:
                    label.append(f" ({s.unread})", style="bold")
                if s.error:
                    label.append(" !", style="bold red")
                lst.add_option(Option(label, id=f"feed:{s.id}"))
        wanted = ALL_UNREAD if self.feed == ALL_UNREAD else f"feed:{self.feed}"
        try:
            lst.highlighted = lst.get_option_index(wanted)
        except Exception:  # that feed is gone
            self.feed = ALL_UNREAD
            lst.highlighted = 0
        self.reload_items(keep_cursor=True)
        if not subs:
            self._empty("No subscriptions yet: tui-reader feeds add URL, or feeds import FILE")

    @on(OptionList.OptionHighlighted, "#feeds-list")
    def _feed_chosen(self, event: OptionList.OptionHighlighted) -> None:
        key = event.option.id or ALL_UNREAD
        feed = ALL_UNREAD if key == ALL_UNREAD else int(key.split(":")[1])
        if feed != self.feed:
            self.feed = feed
            self.reload_items()

    # --- the items -------------------------------------------------------------------

    def _filter_args(self) -> dict:
        if self.feed == ALL_UNREAD:
            return {"feed_id": None, "unread": True, "query": self.query_text}
        return {"feed_id": self.feed, "unread": False, "query": self.query_text}

    def reload_items(self, keep_cursor: bool = False) -> None:
        self.generation += 1
        table = self.query_one(ArticleTable)
        place = getattr(self.app, "feeds_place", None)
        cursor = table.cursor_row if keep_cursor else 0
        if place and place[0] == self.feed:
            cursor, self.app.feeds_place = place[1], None
        self._load(self.generation, self._filter_args(), cursor)

    @work(thread=True, exclusive=True, group="feed-items")
    def _load(self, generation: int, args: dict, cursor: int) -> None:
        store = self.app.store
        total = store.item_count(**args)
        start = max(0, cursor - cursor % PAGE)
        page = store.items(**args, limit=PAGE, offset=start)
        self.app.call_from_thread(self._show, generation, total, cursor, start, page)

    @work(thread=True, group="feed-pages")
    def _page(self, generation: int, args: dict, start: int) -> None:
        page = self.app.store.items(**args, limit=PAGE, offset=start)
        self.app.call_from_thread(self._put, generation, start, page)

    def _show(self, generation: int, total: int, cursor: int, start: int, page) -> None:
        if generation != self.generation:
            return
        self.query_one(ArticleTable).show(ITEM_COLUMNS, total, min(cursor, max(0, total - 1)))
        self._put(generation, start, page)
        self._empty("Nothing unread." if self.feed == ALL_UNREAD else "No items.", not total)

    def _put(self, generation: int, start: int, page) -> None:
        if generation != self.generation:
            return
        rows = []
        for item in page:
            self._read_state[item.id] = item.read
            mark = STAR if item.starred else ("" if item.read else UNREAD_MARK)
            rows.append(
                (
                    item.id,
                    (
                        mark,
                        item.title,
                        item.feed_title,
                        (item.published or "")[:10],
                    ),
                )
            )
        self.query_one(ArticleTable).put(start, rows)

    @on(ArticleTable.Wanted)
    def _wanted(self, event: ArticleTable.Wanted) -> None:
        self._page(self.generation, self._filter_args(), event.start)

    def _empty(self, message: str, empty: bool = True) -> None:
        note = self.query_one("#feeds-empty", Static)
        note.update(Text(message, style="dim"))
        note.display = empty

    def _current(self) -> int | None:
        table = self.query_one(ArticleTable)
        key = table.key(table.cursor_row)
        return int(key) if key is not None else None

    # --- actions ---------------------------------------------------------------------

    @on(ArticleTable.Selected)
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        item_id = self._current()
        if item_id is None:
            return
        store = self.app.store
        item = store.item(item_id)
        if item is None:
            return
        store.mark_read([item_id])
        self.app.feeds_place = (self.feed, self.query_one(ArticleTable).cursor_row)
        if not item.url:
            self.notify(f"{item.title}: this item has no link. {item.summary}", markup=False)
            return
        summary = Article(
            source=item.url,
            text=item.summary or item.title,
            title=item.title,
            url=item.url,
            site=item.feed_title,
            byline=item.author,
            published=(item.published or "")[:10] or None,
            blocks=(Block("paragraph", 0, len(item.summary or item.title)),),
        )
        self.app.open_in_reader(item.url, fallback=summary)

    def action_step_unread(self, direction: int) -> None:
        table = self.query_one(ArticleTable)
        row = table.cursor_row + direction
        while 0 <= row < table.row_count:
            key = table.key(row)
            if key is not None and not self._read_state.get(int(key), True):
                table.cursor_row = row
                return
            row += direction
        if self.feed != ALL_UNREAD and self._next_feed_with_unread(direction):
            return
        self.notify("No more unread items this way", timeout=2)

    def _next_feed_with_unread(self, direction: int) -> bool:
        """Across feeds: on to the next (or previous) feed that has unread items."""
        subs = self.app.store.subscriptions()
        order = [s.id for s in subs]
        if self.feed not in order:
            return False
        i = order.index(self.feed) + direction
        while 0 <= i < len(order):
            if subs[i].unread:
                lst = self.query_one("#feeds-list", OptionList)
                lst.highlighted = lst.get_option_index(f"feed:{subs[i].id}")
                self.notify(f"On to {subs[i].title}", timeout=2)
                return True
            i += direction
        return False

    def action_toggle_read(self) -> None:
        item_id = self._current()
        if item_id is not None:
            read = not self._read_state.get(item_id, False)
            self.app.store.mark_read([item_id], read)
            self.reload_feeds()

    def action_star(self) -> None:
        """A starred item is kept whatever the feed's cap."""
        item_id = self._current()
        if item_id is None:
            return
        item = self.app.store.item(item_id)
        if item is not None:
            self.app.store.star_item(item_id, not item.starred)
            self.notify("Starred: kept for good" if not item.starred else "Unstarred", timeout=2)
            self.reload_items(keep_cursor=True)

    def action_feed_read(self) -> None:
        if self.feed == ALL_UNREAD:
            for sub in self.app.store.subscriptions():
                self.app.store.mark_feed_read(sub.id)
        else:
            self.app.store.mark_feed_read(self.feed)
        self.reload_feeds()

    def action_filter(self) -> None:
        box = self.query_one("#feeds-filter", Input)
        box.display = True
        box.focus()
        self.refresh_bindings()

    @on(Input.Changed, "#feeds-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self.reload_items()

    @on(Input.Submitted, "#feeds-filter")
    def _filter_done(self) -> None:
        self.query_one(ArticleTable).focus()

    def action_close(self) -> None:
        box = self.query_one("#feeds-filter", Input)
        if box.display:
            box.value = ""
            box.display = False
            self.query_one(ArticleTable).focus()
            self.refresh_bindings()
            return
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close":  # "Back" only with a filter to clear or a screen to go back to
            box = self.query("#feeds-filter")
            return len(self.app.screen_stack) > 2 or bool(box and box.first(Input).display)
        return True

    def action_help(self) -> None:
        from .dialogs import FEEDS_KEYS, HelpScreen

        self.app.push_screen(HelpScreen(FEEDS_KEYS))

    # --- refresh ---------------------------------------------------------------------

    def action_refresh(self) -> None:
        subs = [s for s in self.app.store.subscriptions() if not s.gone]
        if not subs:
            self.notify("No feeds to refresh", timeout=2)
            return
        bar = self.query_one("#feeds-progress", ProgressBar)
        bar.update(total=len(subs), progress=0)
        bar.display = True
        self._refresh(subs)

    @work(thread=True, exclusive=True, group="feeds-refresh")
    def _refresh(self, subs) -> None:
        from ...feeds.refresh import refresh_feeds

        bar = self.query_one("#feeds-progress", ProgressBar)
        report = refresh_feeds(
            self.app.store,
            subs,
            self.app.limits,
            progress=lambda _out: self.app.call_from_thread(bar.advance, 1),
        )
        self.app.call_from_thread(self._refreshed, report)

    def _refreshed(self, report) -> None:
        self.query_one("#feeds-progress", ProgressBar).display = False
        severity = "warning" if report.failed else "information"
        self.notify(report.summary(), severity=severity, timeout=5)
        self.reload_feeds()
