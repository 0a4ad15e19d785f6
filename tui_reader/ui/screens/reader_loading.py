"""Opening an article, and the reader's slow work in thread workers: load it, keep it in
the library, analyse it. Each posts what happened (``ui/messages.py``) and the screen shows it; a
cancelled worker (a newer article took its place) posts nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen
from textual.worker import get_current_worker

from ...analyze.process import AnalysisCancelled
from ...model import Article
from ..history import History, Visit
from ..messages import AnalysisFailed, AnalysisReady, ArticleKept, ArticleOpened, LoadFailed
from ..widgets.header import ArticleHeader

if TYPE_CHECKING:  # the pipeline is imported when first used, after the first frame
    from ...library import Library
    from ...model import Fetched


class ArticleLoading(Screen):
    """Where an article comes from: read now, or by a worker. The screen says where the
    reader is (``_here``), keeps the position (``_save_position``), and shows what the
    workers post."""

    history: History
    source: str | None

    def open_source(
        self,
        source: str,
        *,
        offset: int = 0,
        record: bool = True,
        refresh: bool = False,
        now: bool = False,
        find: str | None = None,
    ) -> None:
        """Show ``source``. With ``now``, a kept or local article is read on this thread so
        that the next frame shows it (at launch, and from the library: milliseconds); a
        URL to fetch, a refresh, and anything opened mid-read go to a worker. With
        ``find`` (a library search), it opens at the first match, every match marked."""
        self.pending_find = (source, find) if find else None
        if record and self.source is not None:
            self.history.leave(self._here())
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
                self._opened(ArticleOpened(source, opened, offset))
                return
        self.query_one("#loading").display = True
        self.query_one("#header", ArticleHeader).set_note(f"loading {source}…")
        self._load(source, offset, refresh)

    @property
    def _store(self) -> Library | None:
        return getattr(self.app, "store", None)

    def _keeps(self, source: str) -> bool:
        """Whether ``source`` goes in the library (a screen may keep its own out)."""
        return True

    def _here(self) -> Visit | None:
        raise NotImplementedError

    def _save_position(self) -> None:
        raise NotImplementedError

    def _opened(self, event: ArticleOpened) -> None:
        raise NotImplementedError

    def _failed(self, source: str, message: str) -> None:
        raise NotImplementedError

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
                self.post_message(LoadFailed(source, str(exc)))
            return
        except Exception as exc:  # a bug must not take the screen down
            if not worker.is_cancelled:
                self.post_message(LoadFailed(source, f"{type(exc).__name__}: {exc}"))
            return
        if opened is not None and not worker.is_cancelled:
            self.post_message(ArticleOpened(source, opened, offset))

    @work(thread=True, group="keep")
    def _keep(self, fetched: Fetched, article: Article) -> None:
        store = self._store
        try:
            library_id = store.save(fetched, article) if store is not None else None
        except Exception as exc:  # the article is read all the same, just not kept
            self.notify(f"Not kept in the library: {exc}", severity="warning", markup=False)
            library_id = None
        self.post_message(ArticleKept(article, library_id))

    @work(thread=True, exclusive=True, group="analyse")
    def _run_analysis(self, article: Article, library_id: int | None) -> None:
        worker = get_current_worker()
        try:
            analysis = self.app.analyzer.analyze(article)
        except AnalysisCancelled:
            return  # a newer article took its place
        except Exception as exc:
            if not worker.is_cancelled:
                self.post_message(AnalysisFailed(article, str(exc)))
            return
        store = self._store
        if store is not None and library_id is not None:
            try:
                store.save_analysis(library_id, analysis)
            except Exception as exc:  # shown all the same; kept next time it is opened
                self.notify(f"Analysis not kept: {exc}", severity="warning", markup=False)
        if not worker.is_cancelled:
            self.post_message(AnalysisReady(article, analysis))
