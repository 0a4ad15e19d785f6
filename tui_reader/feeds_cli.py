"""`tui-reader feeds ...`: subscribe, refresh, list, import and export feeds, or read one
without subscribing (``show``)."""

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
    add = sub.add_parser("add", help="subscribe to a feed, or to a site through its page")
    add.add_argument("url", metavar="URL")
    add.add_argument("--tag", action="append", default=[], help="a tag (a folder); repeatable")
    add.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS")
    ls = sub.add_parser("list", help="one line per feed: items, unread, last refresh, error")
    ls.add_argument("--format", "-f", choices=("json", "text"), default="text")
    rm = sub.add_parser("remove", help="unsubscribe (its items go too)")
    rm.add_argument("feeds", nargs="+", metavar="FEED", help="a feed's URL or id")
    refresh = sub.add_parser("refresh", help="fetch new items (all feeds, or those named)")
    refresh.add_argument("feeds", nargs="*", metavar="FEED")
    refresh.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS")
    refresh.add_argument(
        "--fetch", action="store_true", help="also keep the full text of new items, for offline"
    )
    imp = sub.add_parser("import", help="subscribe to the feeds of an OPML file")
    imp.add_argument("file", metavar="FILE.opml")
    sub.add_parser("export", help="print the subscriptions as OPML")
    for command in (add, ls, rm, refresh, imp, sub.choices["export"]):
        command.add_argument("--data-dir", metavar="DIR", help="where the library lives")
    return p


def _library(args):
    from .library import LibraryError, open_library

    try:
        return open_library(getattr(args, "data_dir", None))
    except LibraryError as exc:
        print(f"tui-reader: library: {exc}", file=sys.stderr)
        return None


def _subscribe(lib, args) -> int:
    from .feeds import FeedError
    from .feeds.load import load_feed

    try:
        url, feed = load_feed(args.url, Limits(timeout=args.timeout))
    except FeedError as exc:
        _say(args.url, str(exc))
        return 1
    if not url.startswith(("http://", "https://")):
        _say(args.url, "a subscription needs a URL (use feeds show for a file)")
        return 1
    feed_id, new = lib.add_feed(url, feed.title, feed.link, args.tag)
    count = lib.refreshed(feed_id, title=feed.title, link=feed.link, items=feed.items)
    verb = "Subscribed to" if new else "Already subscribed to"
    print(f"{verb} {feed.title} ({url}): {count} new items")
    return 0


def _list(lib, args) -> int:
    subs = lib.subscriptions()
    if args.format == "json":
        from .terminal import json_safe

        for s in subs:
            row = {
                "url": s.url,
                "title": s.title,
                "tags": list(s.tags),
                "items": s.items,
                "unread": s.unread,
                "last_refresh": s.last_refresh,
                "error": s.error,
            }
            print(json_safe(json.dumps(row, ensure_ascii=False)))
        return 0
    if not subs:
        print("No subscriptions. Add one with: tui-reader feeds add URL")
    for s in subs:
        tags = f" [{', '.join(s.tags)}]" if s.tags else ""
        state = "gone" if s.gone else (f"error: {s.error}" if s.error else "")
        print(f"{s.id:>4} {s.unread:>4}/{s.items:<4} {s.title}{tags}  {s.url}  {state}".rstrip())
    return 0


def _chosen(lib, names: Sequence[str]):
    subs = lib.subscriptions()
    if not names:
        return subs, 0
    chosen, failed = [], 0
    for name in names:
        feed_id = lib.feed_id(name)
        match = next((s for s in subs if s.id == feed_id), None)
        if match is None:
            _say(name, "no such subscription")
            failed += 1
        else:
            chosen.append(match)
    return chosen, failed


def _refresh(lib, args) -> int:
    import time

    from .feeds.refresh import refresh_feeds

    subs, failed = _chosen(lib, args.feeds)
    started = time.time()
    limits = Limits(timeout=args.timeout)
    report = refresh_feeds(lib, subs, limits)
    for out in report.failed:
        _say(out.subscription.url, out.error or "failed")
    print(report.summary())
    if args.fetch:
        from .pipeline import keep_for_offline

        ids = {s.id for s in subs}
        urls = [
            i.url
            for i in lib.items(unread=True)
            if i.url and i.first_seen >= started and i.feed_id in ids
        ]
        kept, missed = keep_for_offline(lib, urls, limits)
        for url, why in missed:
            _say(url, why)
        print(
            f"{kept} new stories kept for offline reading"
            + (f", {len(missed)} could not be read" if missed else "")
        )
    return 1 if failed or report.failed else 0


def _remove(lib, args) -> int:
    subs, failed = _chosen(lib, args.feeds)
    for s in subs:
        lib.remove_feed(s.id)
        print(f"Unsubscribed from {s.title}")
    return 1 if failed else 0


def _import(lib, args) -> int:
    from pathlib import Path

    from .feeds.opml import OpmlError, read_opml

    try:
        outlines = read_opml(Path(args.file).expanduser().read_bytes())
    except OSError as exc:
        _say(args.file, exc.strerror or str(exc))
        return 1
    except OpmlError as exc:
        _say(args.file, str(exc))
        return 1
    added = sum(lib.add_feed(o.url, o.title, None, o.tags)[1] for o in outlines)
    print(
        f"{added} new subscriptions of {len(outlines)} in {args.file}; "
        "tui-reader feeds refresh fetches their items"
    )
    return 0


def _export(lib, args) -> int:
    from .feeds.opml import write_opml

    subs = lib.subscriptions()
    sys.stdout.write(write_opml(((s.url, s.title, s.tags) for s in subs), "tui-reader feeds"))
    return 0


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
    if args.command != "show":
        lib = _library(args)
        if lib is None:
            return 1
        commands = {
            "add": _subscribe,
            "list": _list,
            "remove": _remove,
            "refresh": _refresh,
            "import": _import,
            "export": _export,
        }
        try:
            return commands[args.command](lib, args)
        finally:
            lib.close()
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
