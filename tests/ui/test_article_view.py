"""The reading view on its own: its first frame is laid out at its real width."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.strip import Strip
from ui_helpers import settle

from tui_reader.extract.text import extract_text
from tui_reader.ui.layout import measure_for
from tui_reader.ui.widgets.article_view import ArticleView

BODY = "Harbour news\n\n" + " ".join(["The quay reopened on Monday after repairs."] * 40)


class RecordingView(ArticleView):
    """Notes the measure each frame was drawn with, beside the one its width asks for."""

    def __init__(self) -> None:
        super().__init__()
        self.frames: list[tuple[int, int]] = []

    def render_lines(self, crop: Region) -> list[Strip]:
        strips = super().render_lines(crop)
        layout = self.current_layout
        if layout is not None:
            width = self.scrollable_content_region.width
            self.frames.append((layout.width, measure_for(width)))
        return strips


class ViewApp(App[None]):
    def compose(self) -> ComposeResult:
        yield RecordingView()

    def on_mount(self) -> None:
        # shown before the first layout, as the reader does at launch: no width known yet
        self.query_one(RecordingView).show(extract_text(BODY, "quay.txt"))


async def test_the_first_frame_is_wrapped_to_the_real_width():
    app = ViewApp()
    async with app.run_test(size=(61, 20)) as pilot:
        view = app.query_one(RecordingView)
        await settle(pilot, lambda: bool(view.frames))
        drawn, wanted = view.frames[0]
        assert wanted != measure_for(80)  # the guess made before the width was known
        assert drawn == wanted
