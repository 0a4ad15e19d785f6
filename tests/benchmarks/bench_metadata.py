"""Title, byline and published date beside reference readers': trafilatura's metadata,
and Readability.js's (Firefox's reader view) when its output is given.

    python tests/benchmarks/bench_metadata.py [--extbench DIR] [--limit N]
        [--readability-js RJS_DIR]

The pages of bench_extraction (aeb-dev always; with ``--extbench DIR`` every set
../shared/corpus/extbench/prepare.sh laid out there). For each page where the reference
names a title, an author or a date, how often ours agrees: titles when most of the words
are shared, bylines when a name word is, dates when the day is the same. Also printed: pages
with no title at all, and pages where we name an author the reference does not.

Readability.js runs under Node, so its output is made beforehand, once per set, by
``readability_js_metadata.js`` beside this file (see its header): ``RJS_DIR/SET.json``,
with ``aeb.json`` for aeb-dev.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extraction import sets

_WORD = re.compile(r"\w+")


def _words(text: str | None) -> set[str]:
    return set(_WORD.findall((text or "").lower()))


def same_title(ours: str | None, ref: str | None) -> bool:
    a, b = _words(ours), _words(ref)
    shared = len(a & b)
    return (
        bool(a and b)
        and shared >= 0.8 * min(len(a), len(b))
        and shared >= 0.6 * max(len(a), len(b))
    )


def same_person(ours: str | None, ref: str | None) -> bool:
    return bool(_words(ours) & _words(ref))


def same_day(ours: str | None, ref: str | None) -> bool:
    """The same calendar day: ISO dates by their first ten characters, others parsed."""
    return bool(ours) and _day(ours) == _day(ref)


def _day(value: str | None) -> str | None:
    if not value:
        return None
    if re.match(r"\d{4}-\d\d-\d\d", value.strip()):
        return value.strip()[:10]
    from dateutil import parser  # a dependency of htmldate

    try:
        return parser.parse(value, fuzzy=True).date().isoformat()
    except (ValueError, OverflowError):
        return None


def _trafilatura(html: str) -> dict[str, str | None] | None:
    from trafilatura import extract_metadata

    ref = extract_metadata(html)
    return None if ref is None else {"title": ref.title, "byline": ref.author, "date": ref.date}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extbench", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=None, help="pages per external set")
    ap.add_argument(
        "--readability-js",
        type=Path,
        default=None,
        help="a folder of SET.json files written by readability_js_metadata.js",
    )
    args = ap.parse_args()
    logging.disable(logging.CRITICAL)  # the reference logs every page it doubts
    warnings.filterwarnings("ignore")

    from tui_reader.extract.errors import ExtractionError
    from tui_reader.extract.html import extract_html

    head = f"{'set':18} {'reference':14} {'pages':>5} {'title':>13} {'byline':>13} {'date':>13}"
    print(head + " untitled extra-by")
    for name, _truth, pages in sets(args.extbench, args.limit):
        if name == "dragnet-no-comments":
            continue  # the same pages again
        ours: dict[str, dict[str, str | None] | None] = {}
        for page_id, data in pages.items():
            try:
                a = extract_html(data, page_id)
                ours[page_id] = {"title": a.title, "byline": a.byline, "date": a.published}
            except ExtractionError:  # a page with no text: it has no title either
                ours[page_id] = None
        untitled = sum(1 for o in ours.values() if not (o and o["title"]))
        refs = {
            "trafilatura": {k: _trafilatura(v.decode("utf-8", "replace")) for k, v in pages.items()}
        }
        short = "aeb" if name == "aeb-dev" else name
        rjs = args.readability_js / f"{short}.json" if args.readability_js else None
        if rjs is not None and rjs.is_file():
            refs["readability.js"] = json.loads(rjs.read_text("utf-8"))
        for ref_name, ref in refs.items():
            agree, extra = _agreement(ours, ref)
            cells = " ".join(f"{ok / max(1, n):.3f} ({n:>4})" for n, ok in agree.values())
            print(f"{name:18} {ref_name:14} {len(pages):>5} {cells} {untitled:>8} {extra:>8}")
    return 0


def _agreement(ours: dict, ref: dict) -> tuple[dict[str, list[int]], int]:
    """Per field, [pages the reference fills, pages we agree on]; and the pages where we
    name an author the reference does not."""
    same = {"title": same_title, "byline": same_person, "date": same_day}
    agree = {field: [0, 0] for field in same}
    extra = 0
    for page_id, mine in ours.items():
        theirs = ref.get(page_id) or {}
        if "error" in theirs:
            continue
        mine = mine or {}
        for field, test in same.items():
            value = theirs.get(field)
            if field == "date" and (_day(value) or "0001").startswith("0001"):
                value = None  # a template's empty date ("0001-01-01T00:00:00Z")
            if value:
                agree[field][0] += 1
                agree[field][1] += test(mine.get(field), value)
        extra += bool(mine.get("byline")) and not theirs.get("byline")
    return agree, extra


if __name__ == "__main__":
    raise SystemExit(main())
