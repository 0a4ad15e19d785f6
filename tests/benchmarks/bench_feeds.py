"""Feeds: refresh speed against a local server, and the feeds screen with a big library.

    python tests/benchmarks/bench_feeds.py [--feeds 200] [--items 30] [--rounds 3]

Prints, in one run: feedparser alone parsing the same bodies in this process (the baseline);
a first refresh of every feed (fetch, parse, store; the network overlapped with parsing) and
its ratio to the baseline (target <= 1.5); a second refresh where every feed answers 304, and
its ratio to the first (target <= 0.3); and the feeds screen's first paint with 100 feeds and
20,000 items (target <= 200 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import sys
import tempfile
import threading
import time
import zlib
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def rss(n: int, items: int) -> bytes:
    entries = "".join(
        f"<item><title>Story {k} of feed {n}: the council votes on the bridge</title>"
        f"<link>https://feed{n}.example/{k}</link><guid>f{n}-{k}</guid>"
        f"<pubDate>{formatdate(1_780_000_000 - k * 3600, usegmt=True)}</pubDate>"
        f"<description>&lt;p&gt;Paragraph {k} of a summary, with &lt;b&gt;markup&lt;/b&gt; "
        "that becomes plain text, as a reader sees it.&lt;/p&gt;</description></item>"
        for k in range(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {n}</title>'
        f"<link>https://feed{n}.example/</link>{entries}</channel></rss>"
    ).encode()


def _serve_forever(feeds: int, items: int, port: multiprocessing.Queue) -> None:
    httpd = serve({f"/f{n}": rss(n, items) for n in range(feeds)}, background=False)
    port.put(httpd.server_address[1])
    httpd.serve_forever()


def serve_elsewhere(feeds: int, items: int) -> tuple[multiprocessing.Process, int]:
    """The feeds served by another process, as a remote server would be: its work does not
    take this process's interpreter."""
    queue: multiprocessing.Queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_serve_forever, args=(feeds, items, queue), daemon=True)
    proc.start()
    return proc, queue.get(timeout=30)


def serve(bodies: dict[str, bytes], background: bool = True) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body = bodies.get(self.path)
            etag = f'"{zlib.crc32(body or b"")}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    if background:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def main() -> int:
    import feedparser
    from screen_timing import first_rows

    from tui_reader.feeds.refresh import refresh_feeds
    from tui_reader.library import open_library
    from tui_reader.model import FeedItem
    from tui_reader.sources import Limits
    from tui_reader.ui.app import ReaderApp
    from tui_reader.ui.screens.feeds import FeedsScreen

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=30)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    bodies = {f"/f{n}": rss(n, args.items) for n in range(args.feeds)}
    runs = []
    for _ in range(args.rounds):  # the best of a few rounds: machine noise falls on both
        t0 = time.perf_counter()
        for body in bodies.values():
            feedparser.parse(body)
        runs.append(time.perf_counter() - t0)
    baseline = min(runs)
    print(
        f"feedparser alone, {args.feeds} bodies in one process: {baseline:.2f} s "
        f"(best of {args.rounds})"
    )

    server, port = serve_elsewhere(args.feeds, args.items)
    base = f"http://127.0.0.1:{port}"
    home = Path(tempfile.mkdtemp(prefix="tui-reader-feeds-bench-"))
    limits = Limits(timeout=30)
    firsts, seconds = [], []
    for n in range(args.rounds):
        store = open_library(home / f"round{n}")
        for path in bodies:
            store.add_feed(base + path)
        t0 = time.perf_counter()
        first = refresh_feeds(store, store.subscriptions(), limits)
        firsts.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        second = refresh_feeds(store, store.subscriptions(), limits)
        seconds.append(time.perf_counter() - t0)
        store.close()
    first_s, second_s = min(firsts), min(seconds)
    server.terminate()
    print(
        f"first refresh: {first.summary()} in {first_s:.2f} s "
        f"= {first_s / baseline:.2f}x feedparser alone (target <= 1.5)"
    )
    print(
        f"second refresh (all 304): {second.summary()} in {second_s:.2f} s "
        f"= {second_s / first_s:.2f}x the first (target <= 0.3)"
    )
    store.close()

    big = open_library(home / "big")
    for n in range(100):
        feed_id, _ = big.add_feed(
            f"https://feed{n}.example/rss", f"Feed {n}", None, [f"Tag {n % 7}"]
        )
        big.refreshed(
            feed_id,
            items=[
                FeedItem(
                    f"{n}-{k}",
                    f"Story {k} of feed {n}",
                    f"https://feed{n}.example/{k}",
                    f"2026-{1 + k % 12:02d}-{1 + k % 28:02d}T08:00:00Z",
                    None,
                    "",
                )
                for k in range(200)
            ],
        )
    painted = asyncio.run(first_rows(ReaderApp(store=big), FeedsScreen, args.rounds))
    print(
        f"feeds screen, 100 feeds and 20,000 items: rows on screen in {painted * 1000:.0f} ms "
        "(target <= 200 ms)"
    )
    big.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
