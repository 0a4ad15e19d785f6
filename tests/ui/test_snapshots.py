"""Snapshot tests of the main screens at 120x40, 80x24 and 60x20 (pytest-textual-snapshot).

Update after an intended change with: pytest tests/ui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import FIXTURES, settle

from tui_reader.library import open_library
from tui_reader.pipeline import load_article
from tui_reader.ui.app import ReaderApp
from tui_reader.ui.screens.library import LibraryScreen

SIZES = [(120, 40), (80, 24), (60, 20)]


def _app(tmp_path: Path, source: str | None = None, **kw) -> ReaderApp:
    return ReaderApp(source, store=open_library(tmp_path / "home"), **kw)


async def _analysed(pilot) -> None:
    app = pilot.app
    await settle(pilot, lambda: app.reader is not None and app.reader.analysis.quotes)
    await pilot.pause(0.2)


async def _without_toasts(pilot) -> None:
    """A toast times out after a few seconds: whether it is still on screen depends on how
    fast the machine ran the test, so the pictures are taken without any."""
    pilot.app.clear_notifications()
    await settle(pilot, lambda: not any(sc.query("Toast") for sc in pilot.app.screen_stack))
    await pilot.pause(0.1)


@pytest.mark.parametrize("size", SIZES)
def test_reader_with_a_quote_selected(snap_compare, tmp_path, size):
    async def before(pilot):
        await _analysed(pilot)
        await pilot.press("2", "down", "enter")
        await pilot.pause(0.2)
        await _without_toasts(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
def test_entity_mentions_highlighted(snap_compare, tmp_path, size):
    async def before(pilot):
        await _analysed(pilot)
        await pilot.press("1", "enter")
        await pilot.pause(0.2)
        await _without_toasts(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, tmp_path, size):
    async def before(pilot):
        await _analysed(pilot)
        await _without_toasts(pilot)  # the reader's own, drawn under the help screen
        await pilot.press("question_mark")
        await pilot.pause(0.2)
        await _without_toasts(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
def test_library(snap_compare, tmp_path, size):
    store = open_library(tmp_path / "home")
    for name in ("story.html", "scraped.txt"):
        store.save(*load_article(str(FIXTURES / name)))
    store.close()
    app = _app(tmp_path, start_in_library=True)

    async def before(pilot):
        await settle(pilot, lambda: isinstance(pilot.app.screen, LibraryScreen))
        await pilot.pause(0.3)

    # "last read" times are relative to now: freeze them for a stable picture
    import tui_reader.ui.screens.library as library_screen

    original = library_screen.ago
    library_screen.ago = lambda ts: "today"
    try:
        assert snap_compare(app, terminal_size=size, run_before=before)
    finally:
        library_screen.ago = original
