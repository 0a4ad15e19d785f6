"""Fixtures for the app tests: a private library per test."""

from __future__ import annotations

import pytest

from tui_reader.analyze.process import AnalysisProcess
from tui_reader.library import open_library
from tui_reader.ui.app import ReaderApp


@pytest.fixture(scope="session")
def analyzer():
    """One analysis process for the whole session: spaCy loads once, not per test."""
    service = AnalysisProcess()
    yield service
    service.close()


@pytest.fixture
def store(tmp_path):
    lib = open_library(tmp_path / "home")
    yield lib
    lib.close()


@pytest.fixture
def make_app(store, analyzer):
    def make(source: str | None = None, **kw) -> ReaderApp:
        return ReaderApp(source, store=store, analyzer=analyzer, **kw)

    return make
