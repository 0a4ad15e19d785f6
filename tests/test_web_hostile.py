"""A hostile web server on 127.0.0.1: slow headers, layered compression bombs, raw deflate,
an unsolicited 304, and redirects from the public web into this machine."""

from __future__ import annotations

import gzip
import time
import zlib
from urllib.parse import urlsplit

import pytest

from tui_reader.sources import Limits, SourceError, web
from tui_reader.sources.web import fetch_url, redirect_allowed

STORY = b"<html><body><p>" + b"The harbour trust met about the quay. " * 20 + b"</p></body></html>"


def test_headers_sent_a_byte_at_a_time_cannot_outlast_the_deadline(http_server):
    def trickle(h):
        try:
            for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 10_000:
                h.wfile.write(bytes([byte]))
                h.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass

    http_server.routes["/slow"] = lambda _h: (200, {}, trickle)
    start = time.monotonic()
    with pytest.raises(SourceError, match="timed out"):
        fetch_url(http_server.url("/slow"), Limits(timeout=1.0))
    assert time.monotonic() - start < 3.0


def test_the_size_cap_holds_after_every_compression_layer(http_server):
    bomb = gzip.compress(gzip.compress(b"\0" * (50 * 1024 * 1024)))
    assert len(bomb) < 200_000
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"}
    http_server.page("/bomb", bomb, headers=headers)
    with pytest.raises(SourceError, match="too large"):
        fetch_url(http_server.url("/bomb"), Limits(max_bytes=1024 * 1024))


def test_two_gzip_layers_within_the_cap_are_read(http_server):
    headers = {"Content-Encoding": "gzip, gzip"}
    http_server.page("/two", gzip.compress(gzip.compress(STORY)), headers=headers)
    assert fetch_url(http_server.url("/two")).data == STORY


@pytest.mark.parametrize("wbits", [15, -15])
def test_deflate_with_and_without_its_zlib_header(http_server, wbits):
    packer = zlib.compressobj(wbits=wbits)
    body = packer.compress(STORY) + packer.flush()
    http_server.page("/d", body, headers={"Content-Encoding": "deflate"})
    assert fetch_url(http_server.url("/d")).data == STORY


def test_an_unsolicited_304_is_a_clear_error(http_server):
    http_server.page("/n", b"", status=304)
    with pytest.raises(SourceError, match="304"):
        fetch_url(http_server.url("/n"))


@pytest.mark.parametrize(
    ("start", "target", "allowed"),
    [
        ("https://news.example/a", "http://127.0.0.1:8080/admin", False),
        ("https://news.example/a", "http://10.0.0.7/", False),
        ("https://news.example/a", "http://192.168.1.1/", False),
        ("https://news.example/a", "http://[::1]/", False),
        ("https://news.example/a", "http://localhost:9000/", False),
        ("https://news.example/a", "https://other.example/b", True),
        ("http://127.0.0.1:8000/a", "http://127.0.0.1:9000/b", True),
        ("http://192.168.1.5/a", "https://news.example/b", True),
    ],
)
def test_redirect_policy(start, target, allowed):
    assert redirect_allowed(start, target) is allowed


def test_a_public_page_redirecting_into_this_machine_is_refused(http_server, monkeypatch):
    http_server.page("/inside", STORY)
    http_server.page("/go", b"", status=302, headers={"Location": http_server.url("/inside")})
    # The local server plays a public site: every source counts as public, every
    # target is judged as it is (127.0.0.1 is this machine).
    monkeypatch.setattr(
        web, "redirect_allowed", lambda _source, target: not web._private(urlsplit(target).hostname)
    )
    with pytest.raises(SourceError, match="private"):
        fetch_url(http_server.url("/go"))
    assert all(path != "/inside" for path, _headers in http_server.hits)
