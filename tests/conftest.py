"""Shared fixtures: a local HTTP server, the CLI as a subprocess, paths to the corpus."""

from __future__ import annotations

import contextlib
import gzip
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"

# A handler returns (status, headers, body) or None for 404; body may be a callable that
# writes to the socket itself (for slow or broken responses).
Route = Callable[[BaseHTTPRequestHandler], tuple[int, dict[str, str], bytes | Callable] | None]


@dataclass
class Server:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def page(
        self,
        path: str,
        body: bytes | str,
        ctype: str = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        hdrs = {"Content-Type": ctype, **(headers or {})}
        self.routes[path] = lambda _h: (status, hdrs, data)
        return self.url(path)


@pytest.fixture
def http_server() -> Iterator[Server]:
    holder: dict[str, Server] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            server = holder["s"]
            server.hits.append((self.path, dict(self.headers)))
            route = server.routes.get(self.path)
            result = route(self) if route else None
            if result is None:
                result = (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>")
            status, headers, body = result
            if callable(body):
                body(self)
                return
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    holder["s"] = Server(base=f"http://127.0.0.1:{httpd.server_address[1]}")
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield holder["s"]
    finally:
        httpd.shutdown()
        httpd.server_close()


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(tmp_path: Path) -> Callable[..., Result]:
    """Run `tui-reader ARGS` in a subprocess with a private data directory."""

    def run(*args: str, stdin: bytes | None = None, timeout: float = 120) -> Result:
        env = {**os.environ, "TUI_READER_HOME": str(tmp_path / "home"), "NO_COLOR": "1"}
        proc = subprocess.run(
            [sys.executable, "-m", "tui_reader", *args],
            input=stdin,
            capture_output=True,
            timeout=timeout,
            env=env,
            cwd=tmp_path,
        )
        return Result(
            proc.returncode,
            proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"),
        )

    return run


def gz(data: bytes) -> bytes:
    return gzip.compress(data)


def slow_body(delay: float) -> Callable[[BaseHTTPRequestHandler], None]:
    def write(h: BaseHTTPRequestHandler) -> None:
        time.sleep(delay)
        try:
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", "20")
            h.end_headers()
            h.wfile.write(b"<p>late</p>         ")
        except (BrokenPipeError, ConnectionResetError):
            pass

    return write


def needs_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent (a user's clone has no corpus)")
