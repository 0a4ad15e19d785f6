"""A document as JSON (schema 1), Markdown or plain text, for `dump` and `library export`."""

from __future__ import annotations

import json
import re

from .model import Analysis, Article, Block, Document, Quote, to_json
from .terminal import json_safe

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
# What Markdown reads as structure only at the start of a line: a heading or bullet marker
# followed by a space, a number with its dot followed by a space, a setext underline.
_MD_MARKER = re.compile(r"^(\s*)(#{1,6}|[-+])(?=\s|$)", re.MULTILINE)
_MD_NUMBER = re.compile(r"^(\s*\d{1,9})([.)])(?=\s|$)", re.MULTILINE)
_MD_UNDERLINE = re.compile(r"^(\s*)(=+\s*)$", re.MULTILINE)


def md_escape(text: str, *, line_start: bool = True) -> str:
    """Escape page text so that Markdown shows it as written: the characters Markdown
    reads anywhere, and (when ``text`` starts a line) the markers it reads at the start of
    one. "2.5%" and "-3" stay as they are."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    if not line_start:
        head, sep, rest = text.partition("\n")
        return head + sep + md_escape(rest) if sep else head
    text = _MD_MARKER.sub(r"\1\\\2", text)
    text = _MD_NUMBER.sub(r"\1\\\2", text)
    return _MD_UNDERLINE.sub(r"\1\\\2", text)


def as_json(doc: Document) -> str:
    data = to_json(doc.article, doc.analysis)
    return json_safe(json.dumps(data, ensure_ascii=False, allow_nan=False))


def _block_markdown(article: Article, block: Block) -> str:
    """One block with its links as [text](url)."""
    pieces: list[str] = []
    pos = block.start
    # a heading's text does not start a Markdown line: "## " does
    opens_line = block.kind != "heading"
    for link in article.links:
        if link.start < block.start or link.end > block.end:
            continue
        first = pos == block.start and opens_line
        pieces.append(md_escape(article.text[pos : link.start], line_start=first))
        label = md_escape(link.text, line_start=False)
        pieces.append(f"[{label}](<{link.url.replace('>', '%3E')}>)")
        pos = link.end
    first = pos == block.start and opens_line
    pieces.append(md_escape(article.text[pos : block.end], line_start=first))
    text = "".join(pieces)
    if block.kind == "heading":
        return "#" * min(6, max(2, (block.level or 2))) + " " + text
    if block.kind == "quote":
        return "\n".join("> " + line for line in text.split("\n"))
    if block.kind == "list_item":
        return f"{block.level}. {text}" if article.is_numbered(block) else "- " + text
    if block.kind == "figure":
        return f"*{text}*"
    if block.kind == "code":
        body = article.text[block.start : block.end]
        fence = "````" if "```" in body else "```"
        return f"{fence}\n{body}\n{fence}"
    return text


def as_markdown(doc: Document) -> str:
    a = doc.article
    out = [f"# {md_escape(a.title or a.source, line_start=False)}", ""]
    meta = []
    if a.byline:
        meta.append(f"By {md_escape(a.byline)}")
    if a.site:
        meta.append(md_escape(a.site))
    if a.published:
        meta.append(a.published)
    if meta:
        out += [" · ".join(meta), ""]
    if a.url:
        out += [f"Source: <{a.url}>", ""]
    if a.note:
        out += [f"*{md_escape(a.note)}*", ""]
    for block in a.blocks:
        out += [_block_markdown(a, block), ""]
    out += _panel(doc.analysis, markdown=True)
    return "\n".join(out).rstrip() + "\n"


def as_text(doc: Document) -> str:
    out = [doc.article.text.rstrip(), ""]
    out += _panel(doc.analysis, markdown=False)
    return "\n".join(out).rstrip() + "\n"


def _panel(analysis: Analysis, *, markdown: bool) -> list[str]:
    """The side panel as sections: Entities, Quotes with speakers, Figures."""
    esc = md_escape if markdown else (lambda s: s)
    out: list[str] = []

    def section(title: str) -> None:
        out.extend([f"## {title}" if markdown else f"{title}\n{'=' * len(title)}", ""])

    if analysis.entities:
        section("Entities")
        for e in analysis.entities:
            aka = f" (also {', '.join(esc(x) for x in e.aliases)})" if e.aliases else ""
            out.append(f"- {esc(e.name)} [{e.type}] ×{len(e.mentions)}{aka}")
        out.append("")
    if analysis.quotes:
        section("Quotes")
        for q in analysis.quotes:
            who = esc(q.speaker) if q.speaker else "unattributed"
            words = f"“{esc(q.text)}”" if q.kind != "indirect" else esc(q.text)
            out.append(f"- {who}: {words}")
        out.append("")
    if analysis.figures:
        section("Figures")
        for f in analysis.figures:
            counts = f" — {esc(f.counts)}" if f.counts else ""
            out.append(f"- {esc(f.text)}{counts} [{f.kind}]")
        out.append("")
    return out


FORMATS = {"json": as_json, "markdown": as_markdown, "text": as_text}


def quote_citation(q: Quote, article: Article) -> str:
    """A quote as one line to paste elsewhere: the words, who said them, where."""
    words = q.text if q.kind == "indirect" else f"“{q.text.strip()}”"
    who = q.speaker or "unattributed"
    source = article.title or article.source
    url = f" <{article.url}>" if article.url else ""
    return f"{words} — {who}, in “{source}”{url}"
