"""`tui-reader [SOURCE]`: start the reader app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .sources import STDIN_PREFIX, Limits


def app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tui-reader",
        description="Read news in the terminal: clean text, who is quoted, who is named, "
        "which numbers are claimed. Other commands: `tui-reader dump`, `tui-reader library`.",
    )
    p.add_argument(
        "source",
        nargs="?",
        metavar="SOURCE",
        help="a URL, an HTML or text file, or - for standard input; "
        "none opens your library (or the welcome article)",
    )
    p.add_argument("--data-dir", metavar="DIR", help="where the library lives")
    p.add_argument(
        "--no-library", action="store_true", help="keep nothing: do not read or write the library"
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="give up on a URL after this long (default 20)",
    )
    return p


def app_main(argv: Sequence[str]) -> int:
    args = app_parser().parse_args(argv)
    source = args.source
    if source == "-":
        source = _stdin_to_temp()
    store = None
    if not args.no_library:
        from .library import LibraryError, open_library

        try:
            store = open_library(args.data_dir)
        except LibraryError as exc:
            print(f"tui-reader: library: {exc}", file=sys.stderr)
            return 1
    from .ui.app import ReaderApp

    start_in_feeds = source is None and store is not None and bool(store.subscriptions())
    start_in_library = source is None and store is not None and store.count() > 0
    from .settings import settings_path

    app = ReaderApp(
        source,
        store=store,
        limits=Limits(timeout=args.timeout),
        start_in_library=start_in_library,
        start_in_feeds=start_in_feeds,
        settings=None if args.no_library else settings_path(args.data_dir),
    )
    try:
        app.run()
    finally:
        if store is not None:
            store.close()
        if args.source == "-":  # the copy of standard input was only for this session
            Path(source).unlink(missing_ok=True)
    return 0


def _stdin_to_temp() -> str:
    """The app needs the terminal for keys, so standard input is read into a file first."""
    import os
    import tempfile

    data = sys.stdin.buffer.read()
    fd, path = tempfile.mkstemp(
        prefix=STDIN_PREFIX, suffix=".html" if data.lstrip()[:1] == b"<" else ".txt"
    )
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    try:  # keys come from the terminal, now that the article is read
        tty = os.open("/dev/tty", os.O_RDONLY)
        os.dup2(tty, 0)
        os.close(tty)
    except OSError:
        pass
    return path
