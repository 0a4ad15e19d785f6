"""The reader: header, reading view, panel, and every key that travels between them.

Loading, extraction and analysis run in thread workers; the text shows as soon as it is
extracted and the panel fills when the analysis ends. A failure is a notification (and an
error view when nothing is shown yet); the screen stays usable.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, LoadingIndicator

from ...analyze.language import foreign_language, not_analysed_note
from ...model import Analysis, Article
from ..history import History
from ..marks import Span, find_words, next_after, previous_before
from ..messages import AnalysisFailed, AnalysisReady, ArticleKept, ArticleOpened, LoadFailed
from ..widgets.article_view import ArticleView, Highlights
from ..widgets.error_view import ErrorView
from ..widgets.find_bar import FindBar
from ..widgets.header import ArticleHeader
from ..widgets.panel import TABS, Panel
from .dialogs import HelpScreen
from .reader_speakers import ReaderSpeakers
from .reader_travel import WELCOME

if TYPE_CHECKING:  # the pipeline is imported when first used, after the first frame
    pass


NARROW = 72  # columns below which the panel starts hidden


class ReaderScreen(ReaderSpeakers):
    """Composes the header, the text, the panel and the find bar; binds the keys; routes
    what the widgets and workers say."""

    BINDINGS = [
        Binding("q", "app.quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("slash", "find", "Find"),
        Binding("right_square_bracket", "next_quote", "Quote"),
        Binding("left_square_bracket", "previous_quote", "Prev quote", show=False),
        Binding("s", "source", "Source"),
        Binding("S", "person", "Person", show=False),
        Binding("n", "next_mark", "Next", show=False),
        Binding("N", "previous_mark", "Previous", show=False),
        Binding("f", "follow", "Link"),
        Binding("backspace,alt+left", "back", "Back", show=False),
        Binding("alt+right", "forward", "Forward", show=False),
        Binding("o", "open_browser", "Web"),
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

    def __init__(
        self,
        source: str | None = None,
        *,
        offset: int = 0,
        now: bool = True,
        find: str | None = None,
    ) -> None:
        super().__init__()
        self.initial_find = find
        self.initial = source
        self.initial_offset = offset
        self.initial_now = now
        self.source: str | None = None
        self.article: Article | None = None
        self.analysis: Analysis = Analysis()
        self.library_id: int | None = None
        self.current_quote: int | None = None
        self.pending_find: tuple[str, str] | None = None  # (source, library search words)
        self.fallbacks: dict[str, Article] = {}  # shown when a source cannot be read
        self.pending_highlight: tuple[str, tuple[int, int]] | None = None
        self.current_entity: int | None = None
        self._narrow = False
        self.seen = 0  # the furthest character of the article that has been on screen
        self.history = History()

    def compose(self) -> ComposeResult:
        yield ArticleHeader(id="header")
        with Horizontal(id="body"):
            with Vertical(id="main"):
                yield ArticleView(id="view")
                yield ErrorView(id="error")
                yield LoadingIndicator(id="loading")
            yield Panel(id="panel")
        yield FindBar(id="find")
        yield Footer(compact=True)

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
            find=self.initial_find,
        )

    def _keeps(self, source: str) -> bool:
        return source != str(WELCOME)  # the welcome article is ours, not the reader's

    @on(LoadFailed)
    def _load_failed(self, event: LoadFailed) -> None:
        self._failed(event.source, event.reason)

    @on(ArticleOpened)
    def _opened(self, event: ArticleOpened) -> None:
        source, opened, offset = event.source, event.opened, event.offset
        if opened.note:
            self.notify(opened.note, timeout=3)
        find = self.pending_find[1] if self.pending_find and self.pending_find[0] == source else ""
        self.pending_find = None
        hits = find_words(opened.article.text, find) if find else []
        start = hits[0][0] if hits else offset or opened.position
        self._shown(source, opened.article, start, opened.library_id)
        self.seen = opened.seen
        mark = self.pending_highlight
        self.pending_highlight = None
        if mark is not None and mark[0] == source and not hits:  # a quote from a person's page
            self.view.highlights = Highlights(mark[1])
        if hits:  # from a library search: at the first match, n / N between them all
            self.view.highlights = Highlights(hits[0], tuple(hits), "hit")
            self.query_one("#header", ArticleHeader).set_note(
                f"1 of {len(hits)} matches of {find!r} (n / N)"
            )
        if opened.analysis is not None:
            self._analysed(opened.article, opened.analysis)
        elif opened.unsaved is not None:  # kept first, then analysed with its library id
            self._keep(opened.unsaved, opened.article)
        else:  # never analysed, or by an older analyser
            self._analyse(opened.article, opened.library_id)

    @on(ArticleKept)
    def _kept(self, event: ArticleKept) -> None:
        article, library_id = event.article, event.library_id
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
        self.seen = 0
        self.query_one("#loading").display = False
        self.query_one("#error").display = False
        view = self.view
        view.display = True
        view.show(article, offset)
        self.query_one("#header", ArticleHeader).show(article)
        self.panel.show_article(article)
        view.focus()

    def _analyse(self, article: Article, library_id: int | None) -> None:
        code = foreign_language(article)
        if code is not None:  # the English model would fill the panel with junk people
            self.panel.set_loading(False, not_analysed_note(code))
            self.query_one("#header", ArticleHeader).set_note(
                f"not analysed: {code or 'not English'}"
            )
            return
        self.panel.set_loading(True, "Finding people, quotes and figures…")
        self._run_analysis(article, library_id)

    @on(AnalysisReady)
    def _analysis_ready(self, event: AnalysisReady) -> None:
        self._analysed(event.article, event.analysis)

    def _analysed(self, article: Article, analysis: Analysis) -> None:
        if article is not self.article:
            return  # a newer article replaced it meanwhile
        self.analysis = analysis
        self.panel.set_loading(False)
        self.panel.show_analysis(analysis)

    @on(AnalysisFailed)
    def _analysis_failed(self, event: AnalysisFailed) -> None:
        if event.article is not self.article:
            return
        self.panel.set_loading(False, "The analysis failed; the text is still here.")
        self.notify(event.reason, title="Analysis failed", severity="error", markup=False)

    def _failed(self, source: str, message: str) -> None:
        self.query_one("#loading").display = False
        fallback = self.fallbacks.pop(source, None)
        if fallback is not None:  # a feed's item, offline: its summary, said to be one
            note = f"the feed's summary: the story could not be fetched ({message})"
            article = replace(fallback, note=note)
            self._shown(source, article, 0, None)
            self._analyse(article, None)
            return
        self.notify(
            f"{source}: {message}",
            title="Could not open",
            severity="error",
            markup=False,
            timeout=8,
        )
        if self.article is None:
            self.query_one("#error", ErrorView).show(source, message)
            self.view.display = False
            self.query_one("#header", ArticleHeader).show(None, "nothing open")
        else:
            self.query_one("#header", ArticleHeader).set_note("")
            self.history.failed(self.source)

    # --- position --------------------------------------------------------------------

    @on(ArticleView.Scrolled)
    def _scrolled(self, event: ArticleView.Scrolled) -> None:
        """Progress is how far the reader has seen: the furthest character that has been
        on screen, the same figure the library keeps and shows."""
        article = self.article
        if article is None or self.view.article is not article or not article.text:
            return
        self.seen = max(self.seen, self.view.bottom_offset)
        self.query_one("#header", ArticleHeader).set_progress(self.seen / len(article.text))

    def _save_position(self) -> None:
        store = self._store
        if store is not None and self.library_id is not None and self.article is not None:
            try:
                store.set_position(self.library_id, self.view.place, self.seen)
            except Exception as exc:  # the position is a nicety; never fail on it
                self.log.warning(f"could not save the reading position: {exc}")

    def on_unmount(self) -> None:
        self._save_position()

    # --- the panel -----------------------------------------------------------------

    @on(Panel.QuoteChosen)
    def _quote_chosen(self, event: Panel.QuoteChosen) -> None:
        self.select_quote(event.index)

    @on(Panel.QuoteHighlighted)
    def _quote_highlighted(self, event: Panel.QuoteHighlighted) -> None:
        self.current_quote = event.index

    @on(Panel.EntityChosen)
    def _entity_chosen(self, event: Panel.EntityChosen) -> None:
        self.select_entity(event.index)

    @on(Panel.FigureChosen)
    def _figure_chosen(self, event: Panel.FigureChosen) -> None:
        self._select_span((event.figure.start, event.figure.end))

    @on(Panel.LinkChosen)
    def _link_chosen(self, event: Panel.LinkChosen) -> None:
        self.follow_link(event.index)

    @on(ArticleView.LinkClicked)
    def _link_clicked(self, event: ArticleView.LinkClicked) -> None:
        self.follow_link(event.index)

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
        if not self.panel.display or self.panel.active_tab != "quotes":
            who = q.speaker or "unattributed"
            self.notify(
                f"{who} (quote {index + 1} of {len(self.analysis.quotes)})", markup=False, timeout=3
            )

    def select_entity(self, index: int) -> None:
        e = self.analysis.entities[index]
        self.current_entity = index
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

    def _quote_spans(self) -> list[Span]:
        return [(q.start, q.end) for q in self.analysis.quotes]

    def action_next_quote(self) -> None:
        found = next_after(self._quote_spans(), self._cursor())
        if found is None:
            self.notify("No more quotes after this point", timeout=2)
        else:
            self.select_quote(found)

    def action_previous_quote(self) -> None:
        found = previous_before(self._quote_spans(), self._cursor())
        if found is None:
            self.notify("No quotes before this point", timeout=2)
        else:
            self.select_quote(found)

    def on_resize(self) -> None:
        """Below ``NARROW`` columns the text needs the room: the panel hides (\\ shows it)."""
        # the palette's hint gives its room to the keys on a terminal under 100 columns
        self.query_one(Footer).show_command_palette = self.size.width >= 100
        narrow = self.size.width < NARROW
        if narrow == self._narrow:
            return
        self._narrow = narrow
        if narrow and self.panel.display:
            self.action_toggle_panel()
            self.notify("The panel is hidden at this width: \\ shows it", timeout=3)
        elif not narrow and not self.panel.display:
            self.action_toggle_panel()

    def action_toggle_panel(self) -> None:
        hiding = bool(self.panel.display)
        if hiding and self.panel.has_focus_within:
            self.view.focus()  # keys go on working: the text takes the focus back
        self.panel.display = not hiding

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_library(self) -> None:
        self._save_position()
        self.app.action_library()
