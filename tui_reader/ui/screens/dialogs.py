"""Small modal screens: open a source, and the help page."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

HELP_KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Reading",
        [
            ("j / k, ↓ / ↑", "scroll a line"),
            ("space / b, PgDn / PgUp", "scroll a page"),
            ("g / G, Home / End", "top / bottom"),
            ("\\", "hide or show the panel"),
            ("tab / shift+tab", "move between the text and the panel"),
        ],
    ),
    (
        "The panel",
        [
            ("1 2 3 4", "Entities, Quotes, Figures, Links"),
            ("enter", "jump to the item in the text (entities: highlight every mention)"),
            ("] / [", "next / previous quote from where you are"),
            ("s", "go to the source of the current quote: its speaker and their quotes"),
            ("n / N", "next / previous highlighted mention or search hit"),
            ("escape", "clear the highlights and the speaker filter"),
        ],
    ),
    (
        "Finding and following",
        [
            ("/", "find words in the article"),
            ("f", "follow a link by its number [3]"),
            ("backspace, alt+←", "back"),
            ("alt+→", "forward"),
            ("o", "open the article in your web browser"),
            ("y", "copy the current quote with its speaker, title and URL"),
            ("ctrl+o or :", "open a URL or a file"),
        ],
    ),
    (
        "Library",
        [
            ("L", "the library: everything you have read"),
            ("F", "your feeds: every new story, read in full"),
            ("P", "people across the library: everything someone said, everywhere"),
            ("S", "the current quote's speaker (or entity) across the library"),
            ("r", "refresh: a web page asks the site for a newer copy, a file is read again"),
        ],
    ),
    (
        "Everything else",
        [
            ("ctrl+p", "command palette (themes too)"),
            ("?", "this help"),
            ("q", "quit"),
        ],
    ),
]


LIBRARY_KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The library",
        [
            ("j / k, ↓ / ↑", "move a row"),
            ("PgDn / PgUp, g / G", "move a page, to the top or the bottom"),
            ("enter", "read the article, where you left it"),
            ("/", "search titles and text as you type (@name: articles naming someone)"),
            ("o", "sort: last read, title, site, date, progress, added"),
            ("*", "star or unstar"),
            ("d", "delete (asks first)"),
            ("ctrl+o or :", "open a URL or a file"),
            ("escape", "clear the search, or go back to the article"),
            ("?", "this help"),
            ("q", "quit"),
        ],
    ),
]


FEEDS_KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Feeds",
        [
            ("F", "this screen, from anywhere"),
            ("j / k, ↓ / ↑", "move among the items"),
            ("tab / shift+tab", "between the feeds and the items"),
            ("enter", "read the item in full, with its panel (it is marked read)"),
            ("n / p", "next / previous unread item"),
            ("m", "mark read or unread"),
            ("*", "star or unstar (a starred item is never dropped)"),
            ("A", "mark the whole feed read"),
            ("R", "refresh every feed"),
            ("/", "filter items by title"),
            ("escape", "clear the filter, or go back"),
            ("L", "the library"),
            ("?", "this help"),
            ("q", "quit"),
        ],
    ),
]


class HelpScreen(ModalScreen[None]):
    """The keys, a section at a time; it scrolls with the reader's own keys."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "ends(False)", "Top", show=False),
        Binding("G,end", "ends(True)", "Bottom", show=False),
    ]

    def __init__(self, keys: list[tuple[str, list[tuple[str, str]]]] | None = None) -> None:
        super().__init__()
        self.keys = keys if keys is not None else HELP_KEYS

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page(self, direction: int) -> None:
        scroll = self.query_one("#help", VerticalScroll)
        scroll.scroll_relative(y=direction * max(1, scroll.size.height - 1), animate=False)

    def action_ends(self, bottom: bool) -> None:
        scroll = self.query_one("#help", VerticalScroll)
        (scroll.scroll_end if bottom else scroll.scroll_home)(animate=False)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Label(Text("tui-reader keys", style="bold"))
            for section, keys in self.keys:
                table = Table.grid(padding=(0, 2))
                table.add_column(style="bold", min_width=24)
                table.add_column()
                for key, what in keys:
                    table.add_row(Text(key), Text(what))
                yield Static(Text(section, style="bold underline"), classes="help-section")
                yield Static(table)
            yield Static(Text("escape closes this page", style="dim"))

    def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)


class PromptScreen(ModalScreen[str | None]):
    """One line of input; dismisses with the text, or None on escape."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, placeholder: str = "", value: str = "") -> None:
        super().__init__()
        self._title = title
        self._placeholder = placeholder
        self._value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Label(Text(self._title, style="bold"))
            yield Input(value=self._value, placeholder=self._placeholder, id="prompt-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
