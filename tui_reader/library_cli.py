"""`tui-reader library ...`: keep articles to read later, list, search, show, export."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from .sources import Limits

PROG = "tui-reader library"


def library_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="The local library of articles read.")
    p.add_argument("--data-dir", metavar="DIR", help="where the library lives")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add = sub.add_parser("add", help="fetch, extract, analyse and keep, to read later offline")
    add.add_argument("sources", nargs="+", metavar="SOURCE")
    add.add_argument("--extract-only", action="store_true", help="keep without analysing")
    add.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS")
    ls = sub.add_parser("list", help="everything kept, most recently read first")
    ls.add_argument(
        "--sort",
        choices=("last_opened", "added", "title", "site", "published", "progress"),
        default="last_opened",
    )
    search = sub.add_parser("search", help="full-text search (or --entity, --speaker)")
    search.add_argument("query", nargs="+")
    how = search.add_mutually_exclusive_group()
    how.add_argument("--entity", action="store_true", help="articles that name QUERY")
    how.add_argument("--speaker", action="store_true", help="quotes by QUERY, everywhere")
    show = sub.add_parser("show", help="print one article as text")
    show.add_argument("id", type=int)
    show.add_argument("--format", "-f", choices=("text", "markdown", "json"), default="text")
    rm = sub.add_parser("remove", help="delete articles")
    rm.add_argument("ids", nargs="+", type=int, metavar="ID")
    export = sub.add_parser("export", help="print articles (all, or the IDs given)")
    export.add_argument("ids", nargs="*", type=int, metavar="ID")
    export.add_argument("--format", "-f", choices=("json", "markdown"), default="json")
    people = sub.add_parser("people", help="people, organisations and places across articles")
    people.add_argument("--type", choices=("person", "org", "place"))
    people.add_argument("--sort", choices=("recent", "quoted", "name"), default="recent")
    people.add_argument("--format", "-f", choices=("text", "json"), default="text")
    quotes = sub.add_parser("quotes", help="every quote of one person, in every article")
    quotes.add_argument("--speaker", required=True, metavar="NAME")
    quotes.add_argument("--format", "-f", choices=("text", "json"), default="text")
    sub.add_parser("path", help="print where the library file is")
    sub.add_parser("vacuum", help="compact the library file")
    return p


def _snippet(text: str) -> str:
    from .library import SNIPPET_CLOSE, SNIPPET_OPEN

    return " ".join(text.replace(SNIPPET_OPEN, "«").replace(SNIPPET_CLOSE, "»").split())


def library_main(argv: Sequence[str]) -> int:
    args = library_parser().parse_args(argv)
    from .library import LibraryError, open_library

    try:
        lib = open_library(args.data_dir)
    except LibraryError as exc:
        print(f"tui-reader: library: {exc}", file=sys.stderr)
        return 1
    if lib.notice:
        print(f"tui-reader: library: {lib.notice}", file=sys.stderr)
    try:
        return _run(lib, args)
    except LibraryError as exc:  # busy, disk full, read-only: said, nothing lost
        print(f"tui-reader: library: {exc}", file=sys.stderr)
        return 1
    finally:
        lib.close()


def _run(lib, args) -> int:
    out = sys.stdout
    if args.command == "path":
        print(lib.path)
        return 0
    if args.command == "vacuum":
        lib.vacuum()
        print(f"compacted {lib.path}")
        return 0
    if args.command == "add":
        return _add(lib, args)
    if args.command == "people":
        return _people(lib, args)
    if args.command == "quotes":
        return _quotes(lib, args)
    if args.command == "list":
        entries = lib.entries(args.sort)
        for e in entries:
            star = "*" if e.starred else " "
            when = time.strftime("%Y-%m-%d", time.localtime(e.last_opened or e.added))
            out.write(
                f"{e.id:>5} {star} {when}  {round(e.progress * 100):>3}%  "
                f"{e.title[:70]}  ({e.site or e.source[:40]})\n"
            )
        if not entries:
            print(
                "the library is empty: `tui-reader library add URL` keeps an article",
                file=sys.stderr,
            )
        return 0
    if args.command == "search":
        query = " ".join(args.query)
        if args.entity:
            for article_id, title, name, etype, mentions in lib.by_entity(query):
                out.write(f"{article_id:>5}  {name} [{etype}] ×{mentions}  {title}\n")
        elif args.speaker:
            for q in lib.by_speaker(query):
                words = q.text if q.kind == "indirect" else f"“{q.text}”"
                out.write(f"{q.article_id:>5}  {q.speaker}: {words}  ({q.title})\n")
        else:
            for h in lib.search(query):
                out.write(f"{h.id:>5}  {h.title}\n       {_snippet(h.snippet)}\n")
        return 0
    if args.command in ("show", "export"):
        from .formats import FORMATS
        from .model import Analysis, Document

        ids = (
            [args.id]
            if args.command == "show"
            else (args.ids or [e.id for e in lib.entries("added")])
        )
        failed = 0
        for article_id in ids:
            stored = lib.get(article_id)
            if stored is None:
                print(f"tui-reader: library: no article {article_id}", file=sys.stderr)
                failed += 1
                continue
            doc = Document(stored.article, stored.analysis or Analysis())
            text = FORMATS[args.format](doc)
            out.write(text if text.endswith("\n") else text + "\n")
        return 1 if failed else 0
    if args.command == "remove":
        failed = 0
        for article_id in args.ids:
            if lib.remove(article_id):
                print(f"removed {article_id}")
            else:
                print(f"tui-reader: library: no article {article_id}", file=sys.stderr)
                failed += 1
        return 1 if failed else 0
    return 2


def _add(lib, args) -> int:
    from .library import LibraryError
    from .pipeline import LoadError, analyze_article, load_article

    failed = 0
    for source in args.sources:
        try:
            fetched, article = load_article(source, Limits(timeout=args.timeout))
            analysis = None if args.extract_only else analyze_article(article)
            article_id = lib.save(fetched, article, analysis)
        except LoadError as exc:
            print(f"tui-reader: {source}: {exc}", file=sys.stderr)
            failed += 1
            continue
        except LibraryError as exc:  # e.g. the disk is full: this one is not kept
            print(f"tui-reader: {source}: not kept: {exc}", file=sys.stderr)
            failed += 1
            continue
        except Exception as exc:  # a bug on one source: say so, and add the others
            print(
                f"tui-reader: {source}: internal error: {type(exc).__name__}: {exc}",
                file=sys.stderr,
            )
            failed += 1
            continue
        print(f"{article_id:>5}  {article.title or source}")
    return 1 if failed else 0


_TYPES = {"person": "PERSON", "org": "ORG", "place": "PLACE"}


def _people(lib, args) -> int:
    import json

    from .terminal import json_safe

    rows = lib.people(_TYPES.get(args.type or ""), args.sort)
    for r in rows:
        if args.format == "json":
            row = {
                "id": r.id,
                "name": r.name,
                "type": r.type,
                "aliases": list(r.aliases),
                "articles": r.articles,
                "quotes": r.quotes,
            }
            print(json_safe(json.dumps(row, ensure_ascii=False)))
        else:
            aka = f"  (also {', '.join(r.aliases)})" if r.aliases else ""
            print(f"{r.id:>5}  {r.name} [{r.type}]  {r.articles} articles, {r.quotes} quotes{aka}")
    if not rows and args.format == "text":
        print("nobody yet: articles kept with their analysis fill this list", file=sys.stderr)
    return 0


def _quotes(lib, args) -> int:
    import json

    from .terminal import json_safe

    ids = lib.identities_named(args.speaker)
    if not ids:
        print(f"tui-reader: library: nobody called {args.speaker!r}", file=sys.stderr)
        return 1
    for q in lib.quotes_of(ids):
        if args.format == "json":
            row = {
                "article_id": q.article_id,
                "title": q.title,
                "site": q.site,
                "published": q.published,
                "speaker": q.speaker,
                "text": q.text,
                "kind": q.kind,
                "start": q.start,
            }
            print(json_safe(json.dumps(row, ensure_ascii=False)))
        else:
            words = q.text if q.kind == "indirect" else f"“{q.text}”"
            when = f", {q.published}" if q.published else ""
            print(f"{q.article_id:>5}  {q.speaker}: {words}  ({q.title}{when})")
    return 0
