"""Quotation marks to quote spans, with no parse: pairs, runs over paragraphs, partials."""

from __future__ import annotations

from ...model import Article
from .facts import RawQuote

OPEN = {"“": "”", "„": "“", "«": "»", '"': '"'}


CLOSE_CHARS = {"”", "»", '"'}


def _is_opening_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/:;,":
        if not after.isspace():
            return True
        # a typo'd opening mark with a space after it: '" You guys ..."', closed later
        rest = text[i + 1 :].lstrip()
        return rest[:1].isupper() and '"' in rest
    return False


def find_quotes(article: Article) -> list[RawQuote]:
    """Quoted stretches of every block; a paragraph left open continues in the next."""
    text = article.text
    out: list[RawQuote] = []
    run = 0
    open_run = False
    for bi, block in enumerate(article.blocks):
        if block.kind == "code":
            open_run = False
            continue
        s, e = block.start, block.end
        seg = text[s:e]
        i = 0
        opened_at: int | None = None
        closer = ""
        if open_run and seg[:1] in OPEN:  # "paragraph two of a running quote
            pass
        elif open_run:
            open_run = False
        while i < len(seg):
            ch = seg[i]
            if opened_at is None:
                if ch in ("“", "„", "«") or (ch == '"' and _is_opening_straight(seg, i)):
                    opened_at = i + 1
                    closer = OPEN[ch]
                    if not open_run:
                        run += 1
            elif (
                ch == closer
                or (ch in CLOSE_CHARS and closer == "“" and ch == "”")
                or (ch == '"' and closer == "”")
                or (ch == "”" and closer == '"')  # a straight mark closed by a curly one
            ):
                if i > opened_at:
                    out.append(RawQuote(s + opened_at, s + i, bi, run))
                opened_at = None
                open_run = False
            i += 1
        if opened_at is not None and len(seg) - opened_at > 1:
            # The mark is not closed in this paragraph: the quote runs to its end.
            out.append(RawQuote(s + opened_at, e, bi, run))
            open_run = True
        elif opened_at is None:
            open_run = False
    return [_trimmed(q, text) for q in out if text[q.start : q.end].strip()]


def _trimmed(q: RawQuote, text: str) -> RawQuote:
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return RawQuote(s, e, q.para, q.run)


def para_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n\n", 0, pos)
    e = text.find("\n\n", pos)
    return (0 if s < 0 else s + 2), (len(text) if e < 0 else e)


def is_partial(text: str, s: int, e: int) -> bool:
    """A fragment inside running prose, not a quoted sentence of its own."""
    inner = text[s:e].strip()
    prev = text[max(0, s - 3) : max(0, s - 1)].rstrip()
    starts_lower = inner[:1].islower() or inner[:1] in "…."
    prev_char = prev[-1:] if prev else ""
    embedded = prev_char.isalnum() or prev_char in ("(",)
    return starts_lower or (embedded and len(inner.split()) <= 12)


def standalone_blocks(article: Article) -> list[tuple[int, int]]:
    """Headings, and paragraphs that are one quotation and nothing else: section titles
    that repeat a speaker's words ("“My fears have been realized”")."""
    out = []
    for b in article.blocks:
        body = article.text[b.start : b.end].strip()
        quoted = (
            body[:1] in '"“'
            and body[-1:] in '"”'
            and body.count('"') + body.count("“") + body.count("”") == 2
        )
        titled = not body.rstrip('"”').rstrip().endswith((".", "!", "?", ","))
        if b.kind == "heading" or (b.kind == "paragraph" and quoted and titled and len(body) < 160):
            out.append((b.start, b.end))
    return out
