"""Plain text -> Article.

Text pasted or scraped from a web page carries the page's furniture as lines of its own:
a site banner, the controls of an audio player, a photo caption printed twice around its
credits, a copyright line. The rules here recognise such lines by their form, wherever
they come from, and keep the story: paragraphs, a headline as the title, the caption once
as a figure. Light Markdown (``#`` headings, ``-`` lists, ``>`` quotes, fenced code) is
understood too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article
from .builder import PendingBlock, Run, TextBuilder
from .charset import decode
from .chrome import is_chrome_line, is_credit_line
from .clean import clean_inline, strip_controls

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_BULLET = re.compile(r"^(?:[-*+•·▪–]|\d{1,3}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^>\s?(.*)$")
_FENCE = re.compile(r"^(```|~~~)")
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")")
_BANNER_SEPARATOR = re.compile(r"\s+[|•·]\s+")


@dataclass
class _Line:
    text: str
    chunk: int  # which blank-line-separated chunk it came from
    kind: str = "paragraph"
    level: int | None = None


def _chunks(text: str) -> list[list[str]]:
    text = strip_controls(text).replace("\t", " ")
    raw = text.split("\n")
    has_blank = any(not line.strip() for line in raw[1:-1])
    chunks: list[list[str]] = []
    current: list[str] = []
    for line in raw:
        if not line.strip():
            if current:
                chunks.append(current)
            current = []
            continue
        if has_blank:
            current.append(line.rstrip())
        else:
            chunks.append([line.rstrip()])
    if current:
        chunks.append(current)
    return chunks


def _is_wrapped(lines: list[str]) -> bool:
    """Whether a chunk is one paragraph hard-wrapped over several lines."""
    if len(lines) < 2:
        return False
    if any(_BULLET.match(s.strip()) or _HEADING.match(s.strip()) for s in lines[1:]):
        return False
    widths = [len(s) for s in lines[:-1]]
    # Wrapped prose: every line but the last is of similar, moderate width, and lines
    # break mid-sentence rather than at sentence ends.
    mid_sentence = sum(not s.rstrip().endswith(_SENTENCE_END) for s in lines[:-1])
    return max(widths) <= 100 and min(widths) >= 30 and mid_sentence >= len(widths) / 2


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    in_code = False
    code: list[str] = []
    for n, chunk in enumerate(_chunks(text)):
        if _is_wrapped(chunk) and not in_code:
            out.append(_Line(" ".join(s.strip() for s in chunk), n))
            continue
        for raw in chunk:
            if _FENCE.match(raw.strip()):
                if in_code:
                    out.append(_Line("\n".join(code), n, "code"))
                    code = []
                in_code = not in_code
                continue
            if in_code:
                code.append(raw)
                continue
            line = raw.strip()
            if m := _HEADING.match(line):
                out.append(_Line(m.group(2), n, "heading", len(m.group(1))))
            elif m := _BULLET.match(line):
                out.append(_Line(m.group(1), n, "list_item"))
            elif m := _QUOTE.match(line):
                out.append(_Line(m.group(1), n, "quote"))
            else:
                out.append(_Line(line, n))
    if code:
        out.append(_Line("\n".join(code), len(out), "code"))
    return out


def reads_as_headline(text: str) -> bool:
    """Short, capitalised, and not a sentence: no full stop at the end, inside closing
    quotation marks or not ("... of the town.”" is a sentence)."""
    words = text.split()
    if not 2 <= len(words) <= 25 or len(text) > 200:
        return False
    bare = text.rstrip("\"”’'")
    if bare.endswith((".", ",", ";", ":")) and not bare.endswith("..."):
        return False
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“'‘"


def _is_label(text: str) -> bool:
    """A section name above a headline ("World", "Local news")."""
    return len(text.split()) <= 3 and not text.rstrip().endswith((".", "?", "!", '"', "”"))


def _fold_captions(lines: list[_Line]) -> list[_Line]:
    """A line printed twice around short credit lines is a photo caption: keep it once,
    as a figure, with its credits; a lone credit line elsewhere is dropped."""
    seen: dict[str, int] = {}
    out: list[_Line] = []
    for line in lines:
        key = line.text
        if line.kind == "paragraph" and len(key.split()) >= 6 and key in seen:
            first = seen[key]
            between = out[first + 1 :]
            if all(len(b.text.split()) <= 8 and not b.text.endswith(".") for b in between):
                credits = " / ".join(b.text for b in between)
                caption = out[first].text + (f" ({credits})" if credits else "")
                out[first] = _Line(caption, out[first].chunk, "figure")
                del out[first + 1 :]
            continue  # the repeat itself (or a verbatim repeat further away) is dropped
        seen.setdefault(key, len(out))
        out.append(line)
    return [ln for ln in out if ln.kind != "paragraph" or not is_credit_line(ln.text)]


def _split_head(lines: list[_Line]) -> tuple[str, str | None, list[_Line]]:
    """The headline (title) and a site banner among the lines before the story.

    Above the headline a scraped page has banners ("Site | Tagline") and section names;
    the first line that reads as a headline and is not a banner is the title.
    """
    site = None
    i = 0
    while i < len(lines) and lines[i].kind in ("paragraph", "heading"):
        text = lines[i].text
        parts = _BANNER_SEPARATOR.split(text)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if len(parts) > 1 and nxt is not None and reads_as_headline(nxt.text):
            site = site or parts[0].strip()  # a banner above another headline
        elif reads_as_headline(text):
            return text, site, lines[i + 1 :]
        elif not _is_label(text):
            break
        i += 1
    return "", site, lines


def extract_text(data: bytes | str, source: str) -> Article:
    """Extract an article from plain (or lightly marked-down) text."""
    text = data if isinstance(data, str) else decode(data, html=False)
    lines = [
        ln
        for ln in _lines(text)
        if ln.kind == "code" or (clean_inline(ln.text) and not is_chrome_line(ln.text))
    ]
    lines = _fold_captions(lines)
    title, site, body = _split_head(lines)
    builder = TextBuilder()
    for line in body:
        builder.add(PendingBlock(line.kind, (Run(line.text),), line.level))
    body_text, blocks, links = builder.build()
    return Article(
        source=source,
        text=body_text,
        title=clean_inline(title),
        site=site,
        blocks=blocks,
        links=links,
    )
