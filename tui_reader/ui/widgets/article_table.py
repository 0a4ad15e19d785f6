"""The library's list of articles: a virtualised Line API table.

Textual's DataTable renders every cell through Rich's full pipeline, which made the library
screen's first paint cost ~60 ms for one screenful. This table knows its columns are single
lines of plain text: each visible row is one ``Text`` cut to the column widths and rendered
once per width, so painting a screenful costs a few milliseconds whatever the library's size.
Rows are loaded lazily: the table knows how many there are, asks for a page with ``Wanted``
when an unloaded row comes into view, and is given it with ``put``; so the scrollbar and
``end`` span the whole library while only the pages looked at are read.
Cells are ``Text`` or ``str`` (cleaned of controls): page text is never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...extract.clean import clean_inline

Cell = Text | str
GAP = 1  # blank cells between columns
PAD = 1  # blank cells at the left and right of a row


@dataclass(frozen=True)
class Column:
    label: str
    width: int = 0  # 0: the column takes the width the others leave
    right: bool = False  # right-aligned (numbers)


class ArticleTable(ScrollView, can_focus=True):
    """Rows of cells under a sticky header line, with a row cursor."""

    COMPONENT_CLASSES = {
        "article-table--header",
        "article-table--cursor",
        "article-table--odd",
    }
    DEFAULT_CSS = """
    ArticleTable { scrollbar-gutter: stable; overflow-x: hidden; }
    ArticleTable > .article-table--header { text-style: bold; color: $text-accent; }
    ArticleTable > .article-table--cursor { background: $block-cursor-blurred-background; }
    ArticleTable:focus > .article-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    ArticleTable > .article-table--odd { background: $boost; }
    """
    BINDINGS = [
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home,g", "cursor_to(0)", "First", show=False),
        Binding("end,G", "cursor_to(-1)", "Last", show=False),
        Binding("enter", "select", "Open"),
    ]

    cursor_row: reactive[int] = reactive(0)

    class _RowMessage(Message):
        def __init__(self, table: ArticleTable, row: int) -> None:
            super().__init__()
            self.table = table
            self.row = row

        @property
        def control(self) -> ArticleTable:
            return self.table

    class Highlighted(_RowMessage):
        """The cursor moved to ``row``."""

    class Selected(_RowMessage):
        """``row`` was chosen (enter, or a click on the highlighted row)."""

    class Wanted(Message):
        """Rows from ``start`` are about to be shown but are not loaded: ``put`` them."""

        def __init__(self, table: ArticleTable, start: int, count: int) -> None:
            super().__init__()
            self.table = table
            self.start = start
            self.count = count

        @property
        def control(self) -> ArticleTable:
            return self.table

    def __init__(
        self, *, page_size: int = 100, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.page_size = page_size
        self.columns: tuple[Column, ...] = ()
        self._rows: list[tuple[Cell, ...] | None] = []
        self._keys: list[Hashable] = []
        self._asked: set[int] = set()
        self._strips: dict[tuple[int, int, str], Strip] = {}

    # --- content -------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def loaded_count(self) -> int:
        return sum(row is not None for row in self._rows)

    def show(self, columns: Sequence[Column], total: int, cursor: int = 0) -> None:
        """New columns and ``total`` rows, none loaded yet: rows are asked for with
        ``Wanted`` as they come into view, and given with ``put``."""
        self.columns = tuple(columns)
        self._rows = [None] * total
        self._keys = [None] * total
        self._asked.clear()
        self._strips.clear()
        self._resize_virtual()
        self.set_reactive(ArticleTable.cursor_row, self.validate_cursor_row(cursor))
        if not cursor:
            self.scroll_to(y=0, animate=False, immediate=True)
        self.call_after_refresh(self._keep_cursor_visible)
        self.refresh()

    def put(self, start: int, rows: Sequence[tuple[Hashable, Sequence[Cell]]]) -> None:
        """Rows ``start``, ``start + 1``, ... as (key, cells); rows past the total are
        ignored."""
        for n, (key, cells) in enumerate(rows, start):
            if n >= len(self._rows):
                break
            self._rows[n] = tuple(cells)
            self._keys[n] = key
        self._strips.clear()
        self.refresh()
        if start <= self.cursor_row < start + len(rows):
            self.post_message(self.Highlighted(self, self.cursor_row))

    def key(self, row: int) -> Hashable | None:
        """The key given with ``row``, or None when it is not loaded."""
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def _resize_virtual(self) -> None:
        # line 0 is the header; rows are lines 1..n
        self.virtual_size = Size(0, len(self._rows) + 1)

    # --- cursor --------------------------------------------------------------------

    @property
    def _page(self) -> int:
        return max(1, self.size.height - 1)

    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, len(self._rows) - 1))

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh()  # the strip cache is keyed by row kind: nothing to drop
        self._keep_cursor_visible()
        if self._rows and self._rows[new] is not None:
            self.post_message(self.Highlighted(self, new))

    def _keep_cursor_visible(self) -> None:
        top = round(self.scroll_y)
        row = self.cursor_row
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + self._page:
            self.scroll_to(y=row - self._page + 1, animate=False, immediate=True)

    def action_cursor(self, step: int) -> None:
        self.cursor_row += step

    def action_page(self, direction: int) -> None:
        self.cursor_row += direction * self._page

    def action_cursor_to(self, row: int) -> None:
        self.cursor_row = row if row >= 0 else len(self._rows) - 1

    def action_select(self) -> None:
        if self._rows and self._rows[self.cursor_row] is not None:
            self.post_message(self.Selected(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        y = event.get_content_offset(self)
        if y is None or y.y < 1:
            return  # the header line
        row = round(self.scroll_y) + y.y - 1
        if row >= len(self._rows) or self._rows[row] is None:
            return
        if row == self.cursor_row or event.chain >= 2:
            self.cursor_row = row
            self.post_message(self.Selected(self, row))
        else:
            self.cursor_row = row

    # --- rendering -----------------------------------------------------------------

    def on_resize(self) -> None:
        self._strips.clear()
        self._resize_virtual()
        self._keep_cursor_visible()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def widths(self, width: int) -> list[int]:
        """Each column's width in cells for a row ``width`` cells wide."""
        fixed = sum(c.width for c in self.columns)
        gaps = GAP * max(0, len(self.columns) - 1) + 2 * PAD
        flexible = [c for c in self.columns if not c.width]
        rest = max(8, width - fixed - gaps)
        share = rest // max(1, len(flexible))
        return [c.width or share for c in self.columns]

    def _line_text(self, cells: Sequence[Cell], widths: list[int]) -> Text:
        line = Text(" " * PAD, no_wrap=True, end="")
        for n, (column, cell, width) in enumerate(zip(self.columns, cells, widths, strict=False)):
            if n:
                line.append(" " * GAP)
            text = Text(clean_inline(cell)) if isinstance(cell, str) else cell.copy()
            text.truncate(width, overflow="ellipsis")
            room = width - text.cell_len
            if column.right:
                line.append(" " * room)
                line.append_text(text)
            else:
                line.append_text(text)
                line.append(" " * room)
        return line

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        if y == 0:
            key = (-1, width, "header")
        else:
            row = round(self.scroll_y) + y - 1
            if row >= len(self._rows):
                return Strip.blank(width, self.rich_style)
            if self._rows[row] is None:
                self._want(row)
                return Strip.blank(width, self.rich_style)
            kind = "cursor" if row == self.cursor_row else ("odd" if row % 2 else "even")
            key = (row, width, f"{kind}{self.has_focus}")
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row(key[0], width, kind if y else "header")
            if len(self._strips) > 400:
                self._strips.clear()
            self._strips[key] = strip
        return strip

    def _want(self, row: int) -> None:
        start = row - row % self.page_size
        if start not in self._asked:
            self._asked.add(start)
            self.post_message(self.Wanted(self, start, self.page_size))

    def _render_row(self, row: int, width: int, kind: str) -> Strip:
        widths = self.widths(width)
        if row < 0:
            cells: Sequence[Cell] = [c.label for c in self.columns]
        else:
            cells = self._rows[row] or ()
        text = self._line_text(cells, widths)
        base = self.rich_style
        if kind != "even":
            base = base + self.get_component_rich_style(f"article-table--{kind}")
        segments = list(text.render(self.app.console))
        strip = Strip(segments).adjust_cell_length(width)
        return strip.apply_style(base or Style())

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
