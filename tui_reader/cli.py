"""Command line: open the reader, `dump` an analysis, or manage the `library`.

Exit codes: 0 when everything worked, 1 when a source failed (one line on stderr per
failure, the others still printed), 2 on a usage error. Never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from . import __version__
from .sources import Limits

PROG = "tui-reader"


def _say(source: str, reason: str) -> None:
    print(f"{PROG}: {source}: {reason}", file=sys.stderr)


def _utf8_stdout() -> None:
    """UTF-8 out, and nothing a terminal would act on (see terminal.py)."""
    from .terminal import SafeWriter

    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")
    if not isinstance(sys.stdout, SafeWriter):
        sys.stdout = SafeWriter(sys.stdout)  # type: ignore[assignment]
        sys.stderr = SafeWriter(sys.stderr)  # type: ignore[assignment]


def _positive(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError("must be above zero")
    return number


def _limits_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--timeout",
        type=_positive,
        default=20.0,
        metavar="SECONDS",
        help="give up on a URL after this long (default 20)",
    )


def dump_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} dump",
        description="Print the article and its analysis without opening the reader.",
    )
    p.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="a URL, an HTML or text file, or - for standard input",
    )
    p.add_argument(
        "--format",
        "-f",
        choices=("json", "markdown", "text"),
        default="json",
        help="json (schema 1, one object per line), markdown or text",
    )
    p.add_argument(
        "--extract-only",
        action="store_true",
        help="skip the analysis (no entities, quotes or figures; spaCy not loaded)",
    )
    _limits_args(p)
    return p


def dump_main(argv: Sequence[str]) -> int:
    args = dump_parser().parse_args(argv)
    _utf8_stdout()
    from .analyze.language import foreign_language, not_analysed_note
    from .formats import FORMATS
    from .model import Analysis, Document
    from .pipeline import LoadError, analyze_article, load_article

    render = FORMATS[args.format]
    limits = Limits(timeout=args.timeout)
    failed = 0
    first = True
    for source in args.sources:
        try:
            _, article = load_article(source, limits)
            analysis = Analysis() if args.extract_only else analyze_article(article)
            if not args.extract_only and (code := foreign_language(article)) is not None:
                _say(source, not_analysed_note(code))
        except LoadError as exc:
            _say(source, str(exc))
            failed += 1
            continue
        except Exception as exc:  # a bug on one source: say so, and answer the others
            _say(source, f"internal error: {type(exc).__name__}: {exc}")
            failed += 1
            continue
        out = render(Document(article, analysis))
        if args.format != "json" and not first:
            sys.stdout.write("\n" + ("-" * 72 if args.format == "text" else "---") + "\n\n")
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
        sys.stdout.flush()
        first = False
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["dump"]:
            return dump_main(argv[1:])
        if argv[:1] == ["feeds"]:
            from .feeds_cli import feeds_main

            _utf8_stdout()
            return feeds_main(argv[1:])
        if argv[:1] == ["library"]:
            from .library_cli import library_main

            _utf8_stdout()
            return library_main(argv[1:])
        if argv[:1] in (["--version"], ["-V"]):
            print(f"{PROG} {__version__}")
            return 0
        from .app_cli import app_main

        return app_main(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last guard: one line, never a traceback
        print(f"{PROG}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
