"""The reader: header, reading view, panel, and every key that travels between them.

Loading, extraction and analysis run in thread workers; the text shows as soon as it is
extracted and the panel fills when the analysis ends. A failure is a notification (and an
error view when nothing is shown yet); the screen stays usable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, LoadingIndicator, Static
from textual.worker import get_current_worker

from ...analyze.process import AnalysisCancelled
from ...model import Analysis, Article, Quote
from ..widgets.article_view import ArticleView, Highlights
from ..widgets.header import ArticleHeader
from ..widgets.panel import TABS, Panel
from .dialogs import HelpScreen, PromptScreen

if TYPE_CHECKING:  # the pipeline is imported when first used, after the first frame
    from ...library import Library
    from ...pipeline import Opened
    from ...sources import Fetched

WELCOME = Path(__file__).resolve().parent.parent.parent / "data" / "welcome.txt"


@dataclass
class Visit:
    source: str
    offset: int = 0


@dataclass
class History:
    back: list[Visit] = field(default_factory=list)
    forward: list[Visit] = field(default_factory=list)


class ReaderScreen(Screen):
    BINDINGS = [
        Binding("q", "app.quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("slash", "find", "Find"),
        Binding("right_square_bracket", "next_quote", "Next quote"),
        Binding("left_square_bracket", "previous_quote", "Prev quote", show=False),
        Binding("s", "source", "Source"),
        Binding("n", "next_mark", "Next", show=False),
        Binding("N", "previous_mark", "Previous", show=False),
        Binding("f", "follow", "Follow link"),
        Binding("backspace,alt+left", "back", "Back", show=False),
        Binding("alt+right", "forward", "Forward", show=False),
        Binding("o", "open_browser", "Browser", show=False),
        Binding("y", "copy_quote", "Copy quote", show=False),
        Binding("ctrl+o,colon", "open", "Open"),
        Binding("backslash", "toggle_panel", "Panel", show=False),
        Binding("L", "library", "Library"),
        Binding("r", "refresh", "Refresh", show=False),
        Binding("escape", "clear", "Clear", show=False),
        *(
            Binding(str(i + 1), f"tab('{name}')", name.title(), show=False)
            for i, name in enumerate(TABS)
        ),
    ]

    def __init__(self, source: str | None = None, *, offset: int = 0, now: bool = True) -> None:
        super().__init__()
        self.initial = source
        self.initial_offset = offset
        self.initial_now = now
        self.source: str | None = None
        self.article: Article | None = None
        self.analysis: Analysis = Analysis()
        self.library_id: int | None = None
        self.current_quote: int | None = None
        self.history = History()

    def compose(self) -> ComposeResult:
        yield ArticleHeader(id="header")
        with Horizontal(id="body"):
            with Vertical(id="main"):
                yield ArticleView(id="view")
                yield Static("", id="error")
                yield LoadingIndicator(id="loading")
            yield Panel(id="panel")
        yield Input(placeholder="Find in the article (enter jumps, escape closes)", id="find")
        yield Footer()

    @property
    def view(self) -> ArticleView:
        return self._view

    @property
    def panel(self) -> Panel:
        return self._panel

    def on_mount(self) -> None:
        self._view = self.query_one("#view", ArticleView)
        self._panel = self.query_one("#panel", Panel)
        self.query_one("#error").display = False
        self.query_one("#loading").display = False
        self.query_one("#find").display = False
        self.open_source(
            self.initial or str(WELCOME),
            offset=self.initial_offset,
            record=False,
            now=self.initial_now,
        )

    # --- loading -------------------------------------------------------------------

    def open_source(
        self,
        source: str,
        *,
        offset: int = 0,
        record: bool = True,
        refresh: bool = False,
        now: bool = False,
    ) -> None:
        """Show ``source``. With ``now``, a kept or local article is read on this thread so
        that the next frame shows it (at launch, and from the library: milliseconds); a
        URL to fetch, a refresh, and anything opened mid-read go to a worker."""
        if record and self.source is not None:
            self.history.back.append(Visit(self.source, self.view.top_offset))
            self.history.forward.clear()
        self._save_position()
        if now and not refresh:
            from ...pipeline import LoadError, open_for_reading

            try:
                opened = open_for_reading(
                    source,
                    self._store,
                    self.app.limits,
                    keep=self._keeps(source),
                    network=False,
                    defer_save=True,  # kept by a worker once the text is on screen
                )
            except LoadError as exc:
                self._failed(source, str(exc))
                return
            except Exception as exc:  # a bug must not take the screen down
                self._failed(source, f"{type(exc).__name__}: {exc}")
                return
            if opened is not None:
                self._opened(source, opened, offset)
                return
        self.query_one("#loading").display = True
        self.query_one("#header", ArticleHeader).set_note(f"loading {source}…")
        self._load(source, offset, refresh)

    @property
    def _store(self) -> Library | None:
        return getattr(self.app, "store", None)

    @staticmethod
    def _keeps(source: str) -> bool:
        return source != str(WELCOME)  # the welcome article is ours, not the reader's

    @work(thread=True, exclusive=True, group="load")
    def _load(self, source: str, offset: int, refresh: bool) -> None:
        from ...pipeline import LoadError, open_for_reading

        worker = get_current_worker()
        try:
            opened = open_for_reading(
                source, self._store, self.app.limits, refresh=refresh, keep=self._keeps(source)
            )
        except LoadError as exc:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._failed, source, str(exc))
            return
        except Exception as exc:  # a bug must not take the screen down
            if not worker.is_cancelled:
                self.app.call_from_thread(self._failed, source, f"{type(exc).__name__}: {exc}")
            return
        if opened is not None and not worker.is_cancelled:
            self.app.call_from_thread(self._opened, source, opened, offset)

    def _opened(self, source: str, opened: Opened, offset: int) -> None:
        if opened.note:
            self.notify(opened.note, timeout=3)
        self._shown(source, opened.article, offset or opened.position, opened.library_id)
        if opened.analysis is not None:
            self._analysed(opened.article, opened.analysis)
        elif opened.unsaved is not None:  # kept first, then analysed with its library id
            self._keep(opened.unsaved, opened.article)
        else:  # never analysed, or by an older analyser
            self._analyse(opened.article, opened.library_id)

    @work(thread=True, group="keep")
    def _keep(self, fetched: Fetched, article: Article) -> None:
        store = self._store
        try:
            library_id = store.save(fetched, article) if store is not None else None
        except Exception as exc:  # the article is read all the same, just not kept
            self.app.call_from_thread(
                self.notify, f"Not kept in the library: {exc}", severity="warning", markup=False
            )
            library_id = None
        self.app.call_from_thread(self._kept, article, library_id)

    def _kept(self, article: Article, library_id: int | None) -> None:
        if article is not self.article:
            return  # another article was opened meanwhile; this one is kept all the same
        self.library_id = library_id
        self._analyse(article, library_id)

    def _shown(self, source: str, article: Article, offset: int, library_id: int | None) -> None:
        self.source = source
        self.article = article
        self.analysis = Analysis()
        self.library_id = library_id
        self.current_quote = None
        self.query_one("#loading").display = False
        self.query_one("#error").display = False
        view = self.view
        view.display = True
        view.show(article, offset)
        self.query_one("#header", ArticleHeader).show(article)
        self.panel.show_article(article)
        view.focus()

    def _analyse(self, article: Article, library_id: int | None) -> None:
        self.panel.set_loading(True, "Finding people, quotes and figures…")
        self._run_analysis(article, library_id)

    @work(thread=True, exclusive=True, group="analyse")
    def _run_analysis(self, article: Article, library_id: int | None) -> None:
        worker = get_current_worker()
        try:
            analysis = self.app.analyzer.analyze(article)
        except AnalysisCancelled:
            return  # a newer article took its place
        except Exception as exc:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._analysis_failed, str(exc))
            return
        store = self._store
        if store is not None and library_id is not None:
            store.save_analysis(library_id, analysis)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._analysed, article, analysis)

    def _analysed(self, article: Article, analysis: Analysis) -> None:
        if article is not self.article:
            return  # a newer article replaced it meanwhile
        self.analysis = analysis
        self.panel.set_loading(False)
        self.panel.show_analysis(analysis)

    def _analysis_failed(self, message: str) -> None:
        self.panel.set_loading(False, "The analysis failed; the text is still here.")
        self.notify(message, title="Analysis failed", severity="error", markup=False)

    def _failed(self, source: str, message: str) -> None:
        self.query_one("#loading").display = False
        self.notify(
            f"{source}: {message}",
            title="Could not open",
            severity="error",
            markup=False,
            timeout=8,
        )
        if self.article is None:
            error = self.query_one("#error", Static)
            text = Text("Could not open this article\n\n", style="bold")
            text.append(f"{source}\n{message}\n\n")
            text.append(
                "Press ctrl+o to open another URL or file, L for your library, or q to quit.",
                style="dim",
            )
            error.update(text)
            error.display = True
            self.view.display = False
            self.query_one("#header", ArticleHeader).show(None, "nothing open")
        else:
            self.query_one("#header", ArticleHeader).set_note("")
            if self.history.back and self.history.back[-1].source == self.source:
                self.history.back.pop()

    # --- position --------------------------------------------------------------------

    @on(ArticleView.Scrolled)
    def _scrolled(self, event: ArticleView.Scrolled) -> None:
        self.query_one("#header", ArticleHeader).set_progress(event.progress)

    def _save_position(self) -> None:
        store = self._store
        if store is not None and self.library_id is not None and self.article is not None:
            try:
                store.set_position(self.library_id, self.view.top_offset)
            except Exception as exc:  # the position is a nicety; never fail on it
                self.log.warning(f"could not save the reading position: {exc}")

    def on_unmount(self) -> None:
        self._save_position()

    # --- the panel -----------------------------------------------------------------

    @on(Panel.Selected)
    def _panel_selected(self, event: Panel.Selected) -> None:
        if event.kind == "quotes":
            self.select_quote(event.index)
        elif event.kind == "entities":
            self.select_entity(event.index)
        elif event.kind == "figures":
            f = self.analysis.figures[event.index]
            self._select_span((f.start, f.end))
        elif event.kind == "links":
            self.follow_link(event.index)

    @on(ArticleView.LinkClicked)
    def _link_clicked(self, event: ArticleView.LinkClicked) -> None:
        self.follow_link(event.index)

    @on(Panel.Highlighted)
    def _panel_highlighted(self, event: Panel.Highlighted) -> None:
        if event.kind == "quotes":
            self.current_quote = event.index

    def _select_span(
        self,
        span: tuple[int, int],
        marks: tuple = (),
        kind: str = "mention",
        *,
        keep_marks: bool = False,
    ) -> None:
        view = self.view
        if keep_marks:
            marks, kind = view.highlights.marks, view.highlights.kind
        view.highlights = Highlights(span, tuple(sorted(marks)), kind)
        if not view.span_on_screen(span):
            view.scroll_to_offset(span[0])

    def select_quote(self, index: int) -> None:
        q = self.analysis.quotes[index]
        self.current_quote = index
        self._select_span((q.start, q.end))
        self.panel.select_item("quotes", index)

    def select_entity(self, index: int) -> None:
        e = self.analysis.entities[index]
        if not e.mentions:
            return
        here = self.view.top_offset
        first = next((m for m in e.mentions if m[0] >= here), e.mentions[0])
        self._select_span(first, e.mentions)
        self.notify(
            f"{e.name}: {len(e.mentions)} mentions (n / N to step)", markup=False, timeout=3
        )

    def action_tab(self, name: str) -> None:
        self.panel.switch_to(name)

    def _cursor(self) -> int:
        sel = self.view.highlights.selected
        if sel and self.view.span_on_screen(sel):
            return sel[0]
        return self.view.top_offset

    def _quotes_in_order(self) -> list[tuple[int, Quote]]:
        return sorted(enumerate(self.analysis.quotes), key=lambda iq: iq[1].start)

    def action_next_quote(self) -> None:
        here = self._cursor()
        for i, q in self._quotes_in_order():
            if q.start > here:
                self.select_quote(i)
                return
        self.notify("No more quotes after this point", timeout=2)

    def action_previous_quote(self) -> None:
        here = self._cursor()
        for i, q in reversed(self._quotes_in_order()):
            if q.start < here:
                self.select_quote(i)
                return
        self.notify("No quotes before this point", timeout=2)

    def action_source(self) -> None:
        """From the current quote to its speaker: their mentions, their quotes."""
        if self.current_quote is None or self.current_quote >= len(self.analysis.quotes):
            self.notify("Choose a quote first (] or the Quotes tab)", timeout=3)
            return
        q = self.analysis.quotes[self.current_quote]
        ent = self.analysis.entity(q.speaker_id)
        if ent is None:
            who = q.speaker or "an unattributed source"
            self.notify(f"This quote is from {who}, who is not a named entity", markup=False)
            return
        index = self.analysis.entities.index(ent)
        self.view.highlights = Highlights((q.start, q.end), tuple(sorted(ent.mentions)))
        self.panel.filter_speaker(ent.id)
        self.panel.switch_to("entities", focus=False)
        self.panel.select_item("entities", index)
        said = sum(1 for x in self.analysis.quotes if x.speaker_id == ent.id)
        self.notify(
            f"{ent.name}: {len(ent.mentions)} mentions, {said} quotes "
            "(n / N walk the mentions; 2 lists the quotes)",
            markup=False,
            timeout=4,
        )

    def _step(self, forward: bool) -> None:
        marks = self.view.highlights.marks
        if not marks:
            self.notify(
                "Nothing highlighted: enter on an entity, s on a quote, or / to find", timeout=3
            )
            return
        here = self._cursor()
        if forward:
            nxt = next((m for m in marks if m[0] > here), marks[0])
        else:
            nxt = next((m for m in reversed(marks) if m[0] < here), marks[-1])
        self._select_span(nxt, keep_marks=True)
        position = marks.index(nxt) + 1
        self.query_one("#header", ArticleHeader).set_note(f"{position} of {len(marks)}")

    def action_next_mark(self) -> None:
        self._step(True)

    def action_previous_mark(self) -> None:
        self._step(False)

    def action_clear(self) -> None:
        find = self.query_one("#find", Input)
        if find.display:
            find.display = False
            self.view.focus()
            return
        self.view.highlights = Highlights()
        self.panel.filter_speaker(None)
        self.query_one("#header", ArticleHeader).set_note("")

    # --- find ----------------------------------------------------------------------

    def action_find(self) -> None:
        find = self.query_one("#find", Input)
        find.display = True
        find.focus()

    @on(Input.Changed, "#find")
    def _find_changed(self, event: Input.Changed) -> None:
        hits = find_all(self.article.text if self.article else "", event.value)
        self.view.highlights = Highlights(None, tuple(hits), "hit")
        note = f"{len(hits)} matches" if event.value else ""
        self.query_one("#header", ArticleHeader).set_note(note)

    @on(Input.Submitted, "#find")
    def _find_submitted(self, event: Input.Submitted) -> None:
        event.input.display = False
        self.view.focus()
        if self.view.highlights.marks:
            self._step(True)
        else:
            self.notify("No matches", timeout=2)

    # --- links and history -----------------------------------------------------------

    def action_follow(self) -> None:
        if not self.article or not self.article.links:
            self.notify("This article has no links", timeout=2)
            return

        def chosen(value: str | None) -> None:
            if value is None:
                return
            if not value.isdigit() or not 1 <= int(value) <= len(self.article.links):
                self.notify(f"No link [{value}]", severity="warning", markup=False)
                return
            self.follow_link(int(value) - 1)

        self.app.push_screen(
            PromptScreen(f"Follow link (1-{len(self.article.links)})", "link number"), chosen
        )

    def follow_link(self, index: int) -> None:
        if self.article is None:
            return
        self.open_source(self.article.links[index].url)

    def _travel(self, take: list[Visit], keep: list[Visit], nothing: str) -> None:
        """Go to the last visit of ``take``, keeping the current one on ``keep``."""
        if not take:
            self.notify(nothing, timeout=2)
            return
        visit = take.pop()
        if self.source is not None:
            keep.append(Visit(self.source, self.view.top_offset))
        self.open_source(visit.source, offset=visit.offset, record=False, now=True)

    def action_back(self) -> None:
        self._travel(self.history.back, self.history.forward, "Nothing to go back to")

    def action_forward(self) -> None:
        self._travel(self.history.forward, self.history.back, "Nothing to go forward to")

    def action_open(self) -> None:
        def chosen(value: str | None) -> None:
            if value:
                self.open_source(value)

        self.app.push_screen(
            PromptScreen("Open a URL or a file", "https://… or ~/article.html"), chosen
        )

    def action_open_browser(self) -> None:
        url = self.article.url if self.article else None
        if not url:
            self.notify("This article has no web address", timeout=2)
            return
        self.app.open_url(url)
        self.notify(f"Opening {url}", markup=False, timeout=2)

    def action_copy_quote(self) -> None:
        if self.current_quote is None or self.article is None:
            self.notify("Choose a quote first (] or the Quotes tab)", timeout=2)
            return
        q = self.analysis.quotes[self.current_quote]
        text = quote_citation(q, self.article)
        self.app.copy_to_clipboard(text)
        self.notify("Quote copied", timeout=2)

    def action_toggle_panel(self) -> None:
        self.panel.display = not self.panel.display

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_library(self) -> None:
        self._save_position()
        self.app.action_library()

    def action_refresh(self) -> None:
        if self.source is None or self.source == str(WELCOME):
            return
        self.open_source(self.source, offset=self.view.top_offset, record=False, refresh=True)


def find_all(text: str, needle: str, limit: int = 10_000) -> list[tuple[int, int]]:
    """Case-insensitive occurrences of ``needle`` (at most ``limit``)."""
    needle = needle.strip()
    if not needle:
        return []
    hay, pin = text.casefold(), needle.casefold()
    if len(hay) != len(text):  # casefold changed lengths (ß -> ss): fall back to lower()
        hay, pin = text.lower(), needle.lower()
    out = []
    i = hay.find(pin)
    while i >= 0 and len(out) < limit:
        out.append((i, i + len(pin)))
        i = hay.find(pin, i + len(pin))
    return out


def quote_citation(q: Quote, article: Article) -> str:
    words = q.text if q.kind == "indirect" else f"“{q.text.strip()}”"
    who = q.speaker or "unattributed"
    source = article.title or article.source
    url = f" <{article.url}>" if article.url else ""
    return f"{words} — {who}, in “{source}”{url}"
