"""Analysis in a separate process, so that spaCy never competes with the screen.

Parsing is CPU work that holds the GIL; in a thread it would starve the event loop of a
terminal app (page-down would wait for the parse). The app instead hands articles to one
long-lived child process (``python -m tui_reader.analyze.serve``) that loads the model
once and answers over its pipes. A newer request cancels an older one by restarting it.
"""

from __future__ import annotations

import subprocess
import sys
import threading

from ..model import Analysis, Article
from .serve import read_message, write_message


class AnalysisCancelled(Exception):
    """The request was replaced by a newer one, or the service was closed."""


class AnalysisFailed(Exception):
    """The analysis raised; the message is one line."""


class AnalysisProcess:
    """Thread-safe: ``analyze`` blocks the calling (worker) thread, never the event loop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # one request at a time on the pipes
        self._state = threading.Lock()  # guards _proc and _generation
        self._proc: subprocess.Popen | None = None
        self._generation = 0

    def _start(self) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tui_reader.analyze.serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # never onto the app's screen
        )
        self._proc = proc
        return proc

    def analyze(self, article: Article) -> Analysis:
        with self._state:
            self._generation += 1
            generation = self._generation
        if self._lock.locked():
            self._restart()  # a newer article: drop the older one's parse
        with self._lock:
            with self._state:
                if generation != self._generation:
                    raise AnalysisCancelled()
                proc = self._proc if self._proc is not None and self._proc.poll() is None else None
                if proc is None:
                    proc = self._start()
            try:
                write_message(proc.stdin, article)
                status, value = read_message(proc.stdout)
            except (EOFError, OSError, ValueError):
                raise AnalysisCancelled() from None
        if status == "error":
            raise AnalysisFailed(value)
        return value

    def _restart(self) -> None:
        """Stop the child; a thread waiting on its pipe sees EOF."""
        with self._state:
            proc = self._proc
            self._proc = None
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()

    def close(self) -> None:
        with self._state:
            self._generation += 1
        self._restart()
