"""Messages about articles that the reader's workers post, and that more than one screen
may hear: loaded, failed, kept, analysed. Each carries the objects it is about, so a
handler looks nothing up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from ..model import Analysis, Article

if TYPE_CHECKING:
    from ..pipeline import Opened


class ArticleOpened(Message):
    """``source`` was loaded (or read from the library): show it at ``offset``."""

    def __init__(self, source: str, opened: Opened, offset: int) -> None:
        super().__init__()
        self.source = source
        self.opened = opened
        self.offset = offset


class LoadFailed(Message):
    """``source`` could not be opened: ``reason`` is one line for the reader."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__()
        self.source = source
        self.reason = reason


class ArticleKept(Message):
    """``article`` was written to the library as ``library_id`` (None: it was not)."""

    def __init__(self, article: Article, library_id: int | None) -> None:
        super().__init__()
        self.article = article
        self.library_id = library_id


class AnalysisReady(Message):
    """The analysis of ``article`` is done."""

    def __init__(self, article: Article, analysis: Analysis) -> None:
        super().__init__()
        self.article = article
        self.analysis = analysis


class AnalysisFailed(Message):
    """The analysis of ``article`` failed; the text is still shown."""

    def __init__(self, article: Article, reason: str) -> None:
        super().__init__()
        self.article = article
        self.reason = reason
