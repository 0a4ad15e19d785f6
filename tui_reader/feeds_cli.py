"""`tui-reader feeds ...`: read feeds without subscribing (``show``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .sources import Limits

PROG = "tui-reader feeds"


def feeds_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="News feeds: RSS, Atom, JSON Feed.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    show = sub.add_parser("show", help="print the items of feed files or URLs")
    show.add_argument("sources", nargs="+", metavar="SOURCE")
    show.add_argument("--format", "-f", choices=("json", "text"), default="json")
    show.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS")
    return p


def _say(source: str, reason: str) -> None:
    print(f"tui-reader: {source}: {reason}", file=sys.stderr)


def feed_json(source: str, feed) -> dict:
    return {
        "source": source,
        "title": feed.title,
        "link": feed.link,
        "items": [
            {
                "id": i.id,
                "title": i.title,
                "url": i.url,
                "published": i.published,
                "author": i.author,
                "summary": i.summary,
            }
            for i in feed.items
        ],
    }


def _text(source: str, feed) -> str:
    lines = [feed.title, source, ""]
    for item in feed.items:
        when = (item.published or "")[:10]
        lines.append(f"{when:10}  {item.title}")
        if item.url:
            lines.append(f"            {item.url}")
    return "\n".join(lines) + "\n"


def feeds_main(argv: Sequence[str]) -> int:
    from .feeds import FeedError
    from .feeds.load import load_feed
    from .terminal import json_safe

    args = feeds_parser().parse_args(argv)
    limits = Limits(timeout=args.timeout)
    failed = 0
    for n, source in enumerate(args.sources):
        try:
            _, feed = load_feed(source, limits)
        except FeedError as exc:
            _say(source, str(exc))
            failed += 1
            continue
        if feed.warning:
            _say(source, feed.warning)
        if args.format == "json":
            sys.stdout.write(json_safe(json.dumps(feed_json(source, feed), ensure_ascii=False)))
            sys.stdout.write("\n")
        else:
            sys.stdout.write(("\n" if n else "") + _text(source, feed))
        sys.stdout.flush()
    return 1 if failed else 0
