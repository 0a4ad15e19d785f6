"""The library's table widget on its own: lazy pages, the cursor, clicks, plain text."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.screen import Screen
from ui_helpers import settle

from tui_reader.ui.screens.library import marked
from tui_reader.ui.widgets.article_table import ArticleTable, Column

COLUMNS = (Column("", 1), Column("Title"), Column("Read", 4, right=True))
TOTAL = 250


class TableScreen(Screen):
    """A table of rows served from memory, a page at a time, counting the pages."""

    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self.titles = titles
        self.pages: list[int] = []
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        yield ArticleTable(page_size=50)

    def on_mount(self) -> None:
        table = self.query_one(ArticleTable)
        table.show(COLUMNS, len(self.titles))
        table.focus()

    def on_article_table_wanted(self, event: ArticleTable.Wanted) -> None:
        self.pages.append(event.start)
        rows = [
            (n, ("", self.titles[n], f"{n % 100}%"))
            for n in range(event.start, min(event.start + event.count, len(self.titles)))
        ]
        event.table.put(event.start, rows)

    def on_article_table_selected(self, event: ArticleTable.Selected) -> None:
        self.selected.append(event.table.key(event.row))


class TableApp(App[None]):
    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self.table_screen = TableScreen(titles)

    def on_mount(self) -> None:
        self.push_screen(self.table_screen)

    @property
    def pages(self) -> list[int]:
        return self.table_screen.pages

    @property
    def selected(self) -> list[int]:
        return self.table_screen.selected


def _screen_text(app: App) -> str:
    table = app.screen.query_one(ArticleTable)
    return "\n".join(table.render_line(y).text for y in range(table.size.height))


async def test_only_the_pages_in_view_are_asked_for_and_end_reaches_the_last_row():
    app = TableApp([f"Story number {n}" for n in range(TOTAL)])
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.screen.query_one(ArticleTable)
        await settle(pilot, lambda: table.loaded_count > 0)
        assert app.pages == [0]
        assert table.row_count == TOTAL and table.loaded_count == 50
        text = _screen_text(app)
        assert "Title" in text.splitlines()[0]  # the header line
        assert "Story number 0" in text and "Story number 30" not in text
        await pilot.press("end")
        await settle(pilot, lambda: "Story number 249" in _screen_text(app))
        assert table.cursor_row == TOTAL - 1
        assert app.pages == [0, 200]  # the pages in between were never read
        assert "Story number 249" in _screen_text(app).splitlines()[-1]
        await pilot.press("enter")
        await pilot.press("home", "down", "down", "enter")
        assert app.selected == [249, 2]


async def test_a_click_moves_the_cursor_and_a_second_click_opens():
    app = TableApp([f"Story number {n}" for n in range(TOTAL)])
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.screen.query_one(ArticleTable)
        await settle(pilot, lambda: table.loaded_count > 0)
        await pilot.click(ArticleTable, offset=(10, 4))  # line 4: row 3 under the header
        assert table.cursor_row == 3 and app.selected == []
        await pilot.click(ArticleTable, offset=(10, 4))
        assert app.selected == [3]
        await pilot.click(ArticleTable, offset=(10, 0))  # the header selects nothing
        assert table.cursor_row == 3 and app.selected == [3]


async def test_cells_are_plain_text_cut_to_their_column():
    nasty = "[bold]Not bold[/bold] [link=https://x.example]x[/link] \x1b[31mred\x1b[0m\x07"
    long = "A very long title " * 10
    app = TableApp([nasty, long] + [f"Story number {n}" for n in range(10)])
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.screen.query_one(ArticleTable)
        await settle(pilot, lambda: table.loaded_count > 0)
        lines = _screen_text(app).splitlines()
        assert "[bold]Not bold[/bold] [link=https://x.e" in lines[1]
        assert not any(c in "\x1b\x07" for line in lines for c in line)
        assert lines[2].rstrip().endswith("long …   1%")  # cut with an ellipsis; the number kept
        assert all(len(line) == len(lines[0]) for line in lines)


def test_a_search_snippet_keeps_the_spaces_around_the_marked_words():
    text = marked("the \x02lifeboat\x03 crew, the\n\n\x02lifeboat\x03")
    assert text.plain == "the lifeboat crew, the lifeboat"
    bold = [text.plain[s.start : s.end] for s in text.spans if "bold" in str(s.style)]
    assert bold == ["lifeboat", "lifeboat"]
