"""The side panel: tabs of entities, quotes, figures and links, each item a jump target."""

from __future__ import annotations

from contextlib import suppress

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import OptionList, TabbedContent, TabPane, Tabs
from textual.widgets.option_list import Option, OptionDoesNotExist

from ...model import Analysis, Article, Entity, Figure, Link, Quote

TYPE_NAMES = {
    "PERSON": "People",
    "ORG": "Organisations",
    "PLACE": "Places",
    "NORP": "Groups",
    "EVENT": "Events",
    "WORK": "Works",
    "OTHER": "Other",
}
TABS = ("entities", "quotes", "figures", "links")
# What an empty list says once the article has been read.
EMPTY = {
    "entities": "No people, organisations or places named",
    "quotes": "No quotes found",
    "figures": "No figures found",
    "links": "No links in the text",
}


SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"


class StatusLine(Widget):
    """What the panel is doing, with a spinner while the analysis runs: the spinner
    repaints this one widget 5 times a second and never asks for a new layout (an
    animated LoadingIndicator repainted the whole panel at 60 frames a second)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.busy = False
        self.message = ""
        self._frame = 0
        self._timer: Timer | None = None

    def show(self, busy: bool, message: str) -> None:
        self.busy, self.message = busy, message
        if self.is_mounted:
            self._apply()

    def on_mount(self) -> None:
        self._apply()

    def _apply(self) -> None:
        busy, message = self.busy, self.message
        if busy and self._timer is None:
            self._timer = self.set_interval(0.2, self._spin)
        elif not busy and self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.display = busy or bool(message)
        self.refresh(layout=True)

    def _spin(self) -> None:
        self._frame = (self._frame + 1) % len(SPINNER)
        self.refresh()

    def render(self) -> Text:
        text = Text(f"{SPINNER[self._frame]} ", style="bold") if self.busy else Text()
        text.append(self.message)  # our own words, never page text; still not markup
        return text


# Below this width, the tab labels are cut to their first three letters ("Ent 6").
FULL_LABELS_WIDTH = 46


def indented(text: Text, by: int) -> Padding:
    """``text`` with every line, wrapped ones too, ``by`` columns in."""
    return Padding(text, (0, 0, 0, by))


class Hanging:
    """A text whose wrapped lines sit some columns in under its first (a hanging indent)."""

    def __init__(self, text: Text, by: int) -> None:
        self.text, self.by = text, by

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width - self.by)
        for n, line in enumerate(self.text.wrap(console, width)):
            if n:
                line = Text(" " * self.by) + line
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text)


def hanging(text: Text, by: int) -> Hanging:
    """``text`` whose wrapped lines sit ``by`` columns in under its first."""
    return Hanging(text, by)


def clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: max(1, limit - 1)].rstrip() + "…"


class Panel(Vertical):
    """Entities / Quotes / Figures / Links. Posts what was chosen (``Panel.QuoteChosen`` and
    its kin), each message carrying the item."""

    class _Chosen(Message):
        """Base of the panel's messages: the item's index in the analysis, and a control."""

        def __init__(self, panel: Panel, index: int) -> None:
            super().__init__()
            self.panel = panel
            self.index = index

        @property
        def control(self) -> Panel:
            return self.panel

    class _QuoteMessage(_Chosen):
        def __init__(self, panel: Panel, index: int, quote: Quote) -> None:
            super().__init__(panel, index)
            self.quote = quote

    class QuoteChosen(_QuoteMessage):
        """A quote was chosen (enter or click)."""

    class QuoteHighlighted(_QuoteMessage):
        """The cursor moved onto a quote: it is the current quote."""

    class EntityChosen(_Chosen):
        """An entity was chosen: its mentions are what to show."""

        def __init__(self, panel: Panel, index: int, entity: Entity) -> None:
            super().__init__(panel, index)
            self.entity = entity

    class FigureChosen(_Chosen):
        """A figure was chosen."""

        def __init__(self, panel: Panel, index: int, figure: Figure) -> None:
            super().__init__(panel, index)
            self.figure = figure

    class LinkChosen(_Chosen):
        """A link was chosen: follow it."""

        def __init__(self, panel: Panel, index: int, link: Link) -> None:
            super().__init__(panel, index)
            self.link = link

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._counts: dict[str, int] = {}
        self.article: Article | None = None
        self.analysis: Analysis = Analysis()
        self.analysed = False  # whether ``analysis`` is the article's, not a placeholder
        self.speaker_filter: str | None = None
        self.built = False
        # Held, not queried: the analysis may report before the panel's children are
        # mounted, or while the screen is being torn down.
        self._status = StatusLine(id="panel-status")
        self._pending_tab: tuple[str, bool] | None = None

    def compose(self) -> ComposeResult:
        yield self._status

    def on_mount(self) -> None:
        # The tabs are built after the first frame, so the article paints first; the
        # panel keeps its width meanwhile, so the text does not reflow.
        self.call_after_refresh(self._build)

    async def _build(self) -> None:
        if not self.is_attached:
            return  # the screen closed before its first frame
        tabs = TabbedContent(id="tabs")
        for name in TABS:
            # What `with TabbedContent():` does in compose: the panes go in before the
            # tabs mount, so they mount together in one step.
            tabs.compose_add_child(
                TabPane(name.title(), OptionList(id=f"list-{name}"), id=f"tab-{name}")
            )
        await self.mount(tabs, before=0)
        if not (self.is_attached and self.app.is_running):
            return  # the app began to close while the tabs were being mounted
        # tab goes from the text to the list: the strip is changed with 1-4, and a
        # focused strip would take j/k and arrows for nothing

        for strip in tabs.query(Tabs):
            strip.can_focus = False
        self.built = True
        self._fill()
        if self._pending_tab:
            tab, focus = self._pending_tab
            self.switch_to(tab, focus=focus)

    # --- filling ---------------------------------------------------------------------

    def set_loading(self, busy: bool, message: str = "") -> None:
        self._status.show(busy, message)

    def show_article(self, article: Article) -> None:
        self.article = article
        self.analysis = Analysis()
        self.analysed = False
        self.speaker_filter = None
        self._fill()

    def show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.analysed = True
        self._fill()

    def _say_empty(self, ol: OptionList, ready: bool, what: str) -> None:
        """A dim line in an empty list once it is known to be empty, so a blank tab never
        looks like one still loading."""
        if ready and ol.option_count == 0:
            ol.add_option(Option(Text(what, style="dim italic"), disabled=True))

    def _label(self, tab: str, count: int) -> None:
        self._counts[tab] = count
        name = tab.title() if self.size.width >= FULL_LABELS_WIDTH else tab[:3].title()
        tabs = self.query_one("#tabs", TabbedContent)
        tabs.get_tab(f"tab-{tab}").label = f"{name} {count}"

    def on_resize(self) -> None:
        if self.built:  # labels as long as the panel's width allows
            for tab, count in self._counts.items():
                self._label(tab, count)

    def _fill(self) -> None:
        if not self.built:
            return  # filled when the tabs are built
        if not self.app.is_running:
            return  # the app is closing: its widgets are going away
        a = self.analysis
        self._fill_entities(a.entities)
        self._fill_quotes()
        figures = self.query_one("#list-figures", OptionList)
        figures.clear_options()
        for i, f in enumerate(a.figures):
            t = Text(f.text, style="bold")
            if f.counts:
                t.append(f"  {f.counts}", style="")
            t.append(f"  {f.kind}", style="dim")
            figures.add_option(Option(hanging(t, 2), id=f"figures:{i}"))
        self._say_empty(figures, self.analysed, EMPTY["figures"])
        self._label("figures", len(a.figures))
        links = self.query_one("#list-links", OptionList)
        links.clear_options()
        article_links = self.article.links if self.article else ()
        for i, lk in enumerate(article_links):
            t = Text(f"[{i + 1}] ", style="bold")
            t.append(clip(lk.text, 60))
            url = indented(
                Text(clip(lk.url, 70), style="dim", overflow="ellipsis", no_wrap=True), 4
            )
            links.add_option(Option(Group(hanging(t, 4), url), id=f"links:{i}"))
        self._say_empty(links, self.article is not None, EMPTY["links"])
        self._label("links", len(article_links))

    def _fill_entities(self, entities: tuple[Entity, ...]) -> None:
        ol = self.query_one("#list-entities", OptionList)
        ol.clear_options()
        by_type: dict[str, list[tuple[int, Entity]]] = {}
        for i, e in enumerate(entities):
            by_type.setdefault(e.type, []).append((i, e))
        for etype in TYPE_NAMES:
            group = by_type.get(etype)
            if not group:
                continue
            ol.add_option(
                Option(Text(f"{TYPE_NAMES[etype]} ({len(group)})", style="bold"), disabled=True)
            )
            for i, e in group:
                t = Text(e.name)
                t.append(f"  ×{len(e.mentions)}", style="dim")
                lines = [indented(t, 2)]
                if e.aliases:
                    also = Text(f"also {clip(', '.join(e.aliases), 56)}", style="dim italic")
                    lines.append(indented(also, 4))
                ol.add_option(Option(Group(*lines), id=f"entities:{i}"))
        self._say_empty(ol, self.analysed, EMPTY["entities"])
        self._label("entities", len(entities))

    def _fill_quotes(self) -> None:
        ol = self.query_one("#list-quotes", OptionList)
        ol.clear_options()
        shown = 0
        if self.speaker_filter:
            name = next((e.name for e in self.analysis.entities if e.id == self.speaker_filter), "")
            ol.add_option(
                Option(Text(f"Quotes by {name} (esc shows all)", style="bold"), disabled=True)
            )
        for i, q in enumerate(self.analysis.quotes):
            if self.speaker_filter and q.speaker_id != self.speaker_filter:
                continue
            if shown:
                ol.add_option(None)  # a rule between quotes
            who = Text(q.speaker or "unattributed", style="bold")
            words = q.text if q.kind == "indirect" else f"“{q.text}”"
            style = "italic dim" if q.kind == "indirect" else ""
            said = indented(Text(clip(words, 110), style=style), 2)
            ol.add_option(Option(Group(who, said), id=f"quotes:{i}"))
            shown += 1
        self._say_empty(ol, self.analysed, EMPTY["quotes"])
        self._label("quotes", len(self.analysis.quotes))

    def filter_speaker(self, entity_id: str | None) -> None:
        self.speaker_filter = entity_id
        if self.built:
            self._fill_quotes()

    # --- selection -------------------------------------------------------------------

    @property
    def active_tab(self) -> str:
        if not self.built:
            return self._pending_tab[0] if self._pending_tab else "entities"
        active = self.query_one("#tabs", TabbedContent).active or "tab-entities"
        return active.removeprefix("tab-")

    def switch_to(self, tab: str, *, focus: bool = True) -> None:
        if not self.built:
            self._pending_tab = (tab, focus)
            return
        self.query_one("#tabs", TabbedContent).active = f"tab-{tab}"
        ol = self.query_one(f"#list-{tab}", OptionList)
        if ol.highlighted is None and ol.option_count:
            ol.action_first()  # the cursor starts on the first item, not nowhere
        if focus:
            ol.focus()

    def select_item(self, kind: str, index: int) -> None:
        """Move the cursor of ``kind``'s list onto item ``index``."""
        if not self.built:
            return
        ol = self.query_one(f"#list-{kind}", OptionList)
        with suppress(OptionDoesNotExist):  # the item may be filtered out of the list
            ol.highlighted = ol.get_option_index(f"{kind}:{index}")

    def _chosen(self, option_id: str | None, highlighted: bool) -> Panel._Chosen | None:
        if not option_id:
            return None
        kind, _, number = option_id.partition(":")
        i = int(number)
        a = self.analysis
        if kind == "quotes" and i < len(a.quotes):
            cls = self.QuoteHighlighted if highlighted else self.QuoteChosen
            return cls(self, i, a.quotes[i])
        if highlighted:
            return None
        if kind == "entities" and i < len(a.entities):
            return self.EntityChosen(self, i, a.entities[i])
        if kind == "figures" and i < len(a.figures):
            return self.FigureChosen(self, i, a.figures[i])
        if kind == "links" and self.article is not None and i < len(self.article.links):
            return self.LinkChosen(self, i, self.article.links[i])
        return None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if message := self._chosen(event.option.id, highlighted=False):
            self.post_message(message)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if message := self._chosen(event.option.id, highlighted=True):
            self.post_message(message)
