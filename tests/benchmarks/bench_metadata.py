"""Title, byline and published date beside a reference reader's (trafilatura's metadata).

    python tests/benchmarks/bench_metadata.py [--extbench DIR] [--limit N]

The pages of bench_extraction (aeb-dev always; with ``--extbench DIR`` every set
../shared/corpus/extbench/prepare.sh laid out there). For each page where the reference
names a title, an author or a date, how often ours agrees: titles when most of the words
are shared, bylines when a name word is, dates when the day is the same. Also printed: pages
with no title at all, and pages where we name an author the reference does not.
"""

from __future__ import annotations

import argparse
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extbench", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=None, help="pages per external set")
    args = ap.parse_args()
    logging.disable(logging.CRITICAL)  # the reference logs every page it doubts
    warnings.filterwarnings("ignore")
    from trafilatura import extract_metadata

    from tui_reader.extract.errors import ExtractionError
    from tui_reader.extract.html import extract_html

    print(f"{'set':18} {'pages':>5} {'title':>13} {'byline':>13} {'date':>13} untitled extra-by")
    for name, _truth, pages in sets(args.extbench, args.limit):
        if name == "dragnet-no-comments":
            continue  # the same pages again
        n = untitled = extra = 0
        agree = {"title": [0, 0], "byline": [0, 0], "date": [0, 0]}
        for page_id, data in pages.items():
            ref = extract_metadata(data.decode("utf-8", "replace"))
            n += 1
            try:
                ours = extract_html(data, page_id)
            except ExtractionError:  # a page with no text: it has no title either
                untitled += 1
                continue
            untitled += not ours.title
            if ref is None:
                continue
            if ref.title:
                agree["title"][0] += 1
                agree["title"][1] += same_title(ours.title, ref.title)
            if ref.author:
                agree["byline"][0] += 1
                agree["byline"][1] += same_person(ours.byline, ref.author)
            elif ours.byline:
                extra += 1
            if ref.date:
                agree["date"][0] += 1
                agree["date"][1] += (ours.published or "")[:10] == ref.date[:10]
        cells = " ".join(f"{ok / max(1, total):.3f} ({total:>3})" for total, ok in agree.values())
        print(f"{name:18} {n:>5} {cells} {untitled:>8} {extra:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
