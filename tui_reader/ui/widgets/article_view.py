"""The reading view: a virtualised Line API widget over one Article.

Only the visible lines are rendered; the wrapped layout is computed once per width and
cached. Spans of ``Article.text`` (the selected quote, an entity's mentions, search hits)
are highlighted by splitting atoms at span boundaries, so page text is only ever shown as
plain text, never parsed as markup.
"""

from __future__ import annotations

from collections import OrderedDict

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...model import Article
from ..highlights import Highlights, Span, pieces, touches
from ..layout import Layout, Line, layout, measure_for


class ArticleView(ScrollView, can_focus=True):
    """Shows an Article, wrapped to a readable measure and centred."""

    COMPONENT_CLASSES = {
        "article--heading",
        "article--quote",
        "article--figure",
        "article--code",
        "article--link",
        "article--marker",
        "article--selected",
        "article--mention",
        "article--hit",
        "article--bullet",
    }
    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
        Binding("g,home", "scroll_home", "Top", show=False),
        Binding("G,end", "scroll_end", "Bottom", show=False),
    ]

    highlights: reactive[Highlights] = reactive(Highlights, always_update=True)

    class LinkClicked(Message):
        """A link in the text was clicked: ``index`` into ``Article.links``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Scrolled(Message):
        """The reading position changed (a character offset into the text)."""

        def __init__(self, offset: int, progress: float) -> None:
            super().__init__()
            self.offset = offset
            self.progress = progress

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.Scrolled)  # only the newest place counts

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self._layouts: OrderedDict[int, Layout] = OrderedDict()
        self._layout: Layout | None = None
        self._styles: dict[str, Style] = {}  # "" is the widget's own style
        self._frame: tuple[int, Style, float] | None = None  # set while a frame renders
        self._link_spans: list[Span] = []
        # The reading place: the character offset at the top of the screen, kept across
        # every re-wrap. While a scroll restores it, scrolling does not move it.
        self._place = 0
        self._restoring: int | None = None
        self._laid_out_at = Size(0, 0)
        self._restore_request = 0

    # --- content -------------------------------------------------------------------

    def show(self, article: Article, offset: int = 0) -> None:
        """Show ``article`` with character ``offset`` at the top."""
        self.article = article
        self._link_spans = sorted((lk.start, lk.end) for lk in article.links)
        self._layouts.clear()
        self._layout = None
        self.highlights = Highlights()
        if self.scrollable_content_region.width:
            self._relayout()
        else:  # not laid out yet (at launch): the first frame wraps it, once, to its width
            self.virtual_size = Size(0, 0)
        self.scroll_to(y=0, animate=False, immediate=True)
        self._place = offset
        self._ask_restore(offset)
        self.refresh()

    @property
    def current_layout(self) -> Layout | None:
        return self._layout

    def _relayout(self) -> None:
        if self.article is None:
            self.virtual_size = Size(0, 0)
            return
        width = self.scrollable_content_region.width or self.size.width or 80
        measure = measure_for(width)
        cached = self._layouts.get(measure)
        if cached is None:
            cached = layout(self.article, measure)
            self._layouts[measure] = cached
            while len(self._layouts) > 3:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(measure)
        self._layout = cached
        self._laid_out_at = self.size
        self.virtual_size = Size(measure, len(cached.lines))

    def on_resize(self) -> None:
        if self.article is not None:
            self._rewrap()

    def _rewrap(self) -> None:
        """Wrap the text to the current width and bring the reading place back to the top."""
        place = self.place  # where the reader was, not where a clamped scroll left it
        had_layout = self._layout is not None
        self._relayout()
        if had_layout:  # (the first layout is placed by ``show``)
            self._ask_restore(place)

    def _ask_restore(self, place: int) -> None:
        """Bring ``place`` back to the top once the text is laid out; a newer request
        (another resize, another article) supersedes this one."""
        self._restoring = place
        self._restore_request += 1
        self.call_after_refresh(self._restore, self._restore_request, place)

    def _restore(self, request: int, place: int, tries: int = 20) -> None:
        """Scroll so that the line holding ``place`` is on top. The new scroll range
        applies after a refresh; until it reaches the line, a scroll would be clamped
        short, so this waits for it (a bounded number of times)."""
        if request != self._restore_request:
            return
        waiting = self._layout is None or self.max_scroll_y < min(
            self.line_of(place), len(self._layout.lines) - 1
        )
        if waiting and tries:
            self.call_after_refresh(self._restore, request, place, tries - 1)
            return
        self._restoring = None
        if self._layout is None:
            return
        self.scroll_to_offset(place, center=False, animate=False)
        self._place = place
        # the height and the line count changed: so did the progress, scrolled or not
        self.post_message(self.Scrolled(place, self.progress))

    # Paging is instant, as in a pager: no smooth-scroll delay between key and text.
    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_end(animate=False)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

    # --- positions -----------------------------------------------------------------

    @property
    def top_offset(self) -> int:
        """The character offset of the first line on screen: the reading position."""
        if self._layout is None:
            return 0
        return self._layout.offset_of(round(self.scroll_y))

    @property
    def place(self) -> int:
        """The reading place: what was at the top before the last re-wrap or resize."""
        return self._restoring if self._restoring is not None else self._place

    @property
    def bottom_offset(self) -> int:
        """The character offset just past the last line on screen."""
        if self._layout is None or self.article is None:
            return 0
        below = round(self.scroll_y) + self.scrollable_content_region.height
        if below >= len(self._layout.lines):
            return len(self.article.text)
        return self._layout.offset_of(below)

    @property
    def progress(self) -> float:
        """The share of the text that is on screen or above it."""
        if self.article is None or not self.article.text:
            return 0.0
        return min(1.0, self.bottom_offset / len(self.article.text))

    def line_of(self, offset: int) -> int:
        return self._layout.line_of(offset) if self._layout else 0

    def scroll_to_offset(self, offset: int, *, center: bool = True, animate: bool = False) -> None:
        """Bring the line showing ``offset`` on screen (centred, or at the top)."""
        if self._layout is None:
            return
        line = self._layout.line_of(offset)
        height = self.scrollable_content_region.height or self.size.height
        y = max(0, line - height // 3) if center else line
        self.scroll_to(y=y, animate=animate, immediate=not animate)

    def span_on_screen(self, span: Span) -> bool:
        if self._layout is None:
            return False
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        first, last = self._layout.line_of(span[0]), self._layout.line_of(max(span[0], span[1] - 1))
        return top <= first and last < top + height

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        # the reader moved, unless a scroll is restoring the place or the size changed
        # and Textual clamped the scroll before the text was wrapped again
        if self._restoring is None and self.size == self._laid_out_at:
            self._place = self.top_offset
        self.post_message(self.Scrolled(self.top_offset, self.progress))

    def offset_at(self, x: int, y: int) -> int | None:
        """The character offset shown at widget cell (x, y), or None off the text."""
        if self._layout is None or self.article is None:
            return None
        index = round(self.scroll_y) + y
        if not 0 <= index < len(self._layout.lines):
            return None
        line = self._layout.lines[index]
        width = self.scrollable_content_region.width
        col = x - max(0, (width - self._layout.width) // 2) - len(line.prefix)
        for i, atom in enumerate(line.atoms):
            if i:
                col -= 1  # the space between atoms
            span = atom.end - atom.start
            if 0 <= col < span:
                return atom.start + col
            col -= span + len(atom.marker)
        return None

    def on_click(self, event) -> None:
        offset = self.offset_at(event.x, event.y)
        if offset is None or self.article is None:
            return
        for index, link in enumerate(self.article.links):
            if link.start <= offset < link.end:
                self.post_message(self.LinkClicked(index))
                return

    def watch_highlights(self) -> None:
        self.refresh()

    # --- rendering -----------------------------------------------------------------

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self.get_component_rich_style(name, partial=True)
            self._styles[name] = style
        return style

    def _kind_style(self, line: Line) -> Style:
        if line.kind == "heading":
            return self._style("article--heading")
        if line.kind == "quote":
            return self._style("article--quote")
        if line.kind == "figure":
            return self._style("article--figure")
        if line.kind == "code":
            return self._style("article--code")
        return Style()

    def render_lines(self, crop: Region) -> list[Strip]:
        # what every line of this frame shares is looked up once, not once per line:
        # the widget's style and width cost more than a line's own segments
        width = self.scrollable_content_region.width
        if (
            self.article is not None
            and width
            and (self._layout is None or self._layout.width != measure_for(width))
        ):  # laid out before the widget knew its width (the first frame must not reflow),
            # or the width changed before the resize event came: wrap again, keep the place
            self._rewrap()
        self._frame = (width, self._base_style(), self.scroll_y)
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def _base_style(self) -> Style:
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def render_line(self, y: int) -> Strip:
        frame = self._frame  # None when called outside a frame (a test, a screenshot)
        if frame is None:
            frame = (self.scrollable_content_region.width, self._base_style(), self.scroll_y)
        width, base, scroll_y = frame
        layout_ = self._layout
        index = round(scroll_y) + y
        if layout_ is None or self.article is None or index >= len(layout_.lines):
            return Strip.blank(width, base)
        line = layout_.lines[index]
        margin = max(0, (width - layout_.width) // 2)
        segments = [Segment(" " * margin, base)] if margin else []
        segments += self._line_segments(line, base)
        used = sum(cell_len(segment.text) for segment in segments)
        if used <= width:  # the usual case: pad to the width, no crop
            if used < width:
                segments.append(Segment(" " * (width - used), base))
            return Strip(segments, width)
        return Strip(segments, used).crop_extend(0, width, base)

    def _flag_style(self, style: Style, flags: int, hl: Highlights) -> Style:
        if flags & 1:
            style = style + self._style("article--link")
        if flags & 2:
            style = style + self._style("article--hit" if hl.kind == "hit" else "article--mention")
        if flags & 4:
            style = style + self._style("article--selected")
        return style

    def _line_segments(self, line: Line, base: Style) -> list[Segment]:
        """The line as few segments as its styles allow: one per run of equal style, so
        the compositor and the terminal handle a handful of pieces, not every word."""
        text = self.article.text if self.article else ""
        kind_style = base + self._kind_style(line)
        out: list[Segment] = []
        if line.prefix:
            bullet = line.kind in ("list_item", "quote")
            style = base + self._style("article--bullet") if bullet else kind_style
            out.append(Segment(line.prefix, style))
        atoms = line.atoms
        if not atoms:
            return out
        hl = self.highlights
        link_spans = self._link_spans
        first, last = atoms[0].start, atoms[-1].end
        if not (
            touches(link_spans, first, last)
            or touches(hl.marks, first, last)
            or (hl.selected and hl.selected[0] < last and hl.selected[1] > first)
        ):  # the common line: plain words in the block's style
            words = " ".join(text[a.start : a.end] for a in atoms)
            out.append(Segment(words, kind_style))
            return out
        runs: list[tuple[str, Style]] = []

        def add(piece: str, style: Style) -> None:
            if runs and runs[-1][1] == style:
                runs[-1] = (runs[-1][0] + piece, style)
            else:
                runs.append((piece, style))

        previous = None
        for atom in atoms:
            if previous is not None:
                # the space between two words is highlighted when both sides are
                gap = pieces(previous.end, max(previous.end + 1, atom.start), hl, link_spans)
                add(" ", self._flag_style(kind_style, gap[0][2] & 6, hl))
            previous = atom
            for s, e, flags in pieces(atom.start, atom.end, hl, link_spans):
                add(text[s:e], self._flag_style(kind_style, flags, hl))
            if atom.marker:
                add(atom.marker, base + self._style("article--marker"))
        out.extend(Segment(piece, style) for piece, style in runs)
        return out
