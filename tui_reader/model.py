"""The model: what an article is and what the analysis found in it.

Plain frozen dataclasses and their JSON form (schema 1, see ARCHITECTURE.md). Every
position is a [start, end) span of ``Article.text``, the one coordinate system of the
program. No I/O and no third-party imports here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

SCHEMA = 1

BLOCK_KINDS = ("heading", "paragraph", "quote", "list_item", "figure", "code")
ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "NORP", "EVENT", "WORK", "OTHER")
QUOTE_KINDS = ("direct", "partial", "indirect")
FIGURE_KINDS = ("count", "money", "percent", "quantity", "date", "year", "age", "score", "other")

Span = tuple[int, int]


@dataclass(frozen=True)
class Fetched:
    """Raw bytes of one source, before extraction."""

    source: str  # what was asked for, as given
    data: bytes
    kind: str  # "html" or "text"
    url: str | None = None  # final URL after redirects (web), None for files and stdin
    charset: str | None = None  # from the Content-Type header, when there was one
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # a conditional request answered 304
    moved_to: str | None = None  # where every redirect was permanent (301/308): the new home


@dataclass(frozen=True)
class Block:
    """One block of the body: a heading, paragraph, quote, list item, caption or code."""

    kind: str
    start: int
    end: int
    level: int | None = None  # 1-6 for headings, a numbered list item's number, else None


@dataclass(frozen=True)
class Link:
    """An inline link: its words are ``text[start:end]``."""

    text: str
    url: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A clean article: metadata and a body whose blocks and links are spans of ``text``."""

    source: str
    text: str
    title: str = ""
    url: str | None = None
    byline: str | None = None
    site: str | None = None
    published: str | None = None  # YYYY-MM-DD
    language: str = "en"
    blocks: tuple[Block, ...] = ()
    links: tuple[Link, ...] = ()
    note: str | None = None  # how the text was found, when it is not the usual way

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def is_numbered(self, block: Block) -> bool:
        """Whether a block is an item of a numbered list (its number is its ``level``)."""
        return block.kind == "list_item" and block.level is not None

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Entity:
    """One real-world thing the article names, with every place it is named."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Quote:
    """Words someone said: ``text`` is what stands inside the marks (or the reported clause)."""

    id: str
    text: str
    start: int
    end: int
    kind: str = "direct"
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class Figure:
    """A number the article states, with what it counts."""

    id: str
    text: str
    start: int
    end: int
    value: float | int | None = None
    unit: str | None = None
    kind: str = "other"
    counts: str | None = None


@dataclass(frozen=True)
class Analysis:
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    version: str = ""  # the analyser that made it; a newer analyser re-analyses

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)


EMPTY_ANALYSIS = Analysis()


@dataclass(frozen=True)
class Document:
    """An article together with its analysis: what `dump` prints and the library keeps."""

    article: Article
    analysis: Analysis = field(default=EMPTY_ANALYSIS)


# --- JSON form -------------------------------------------------------------------------


def _block_json(b: Block) -> dict[str, Any]:
    return {"kind": b.kind, "start": b.start, "end": b.end, "level": b.level}


def _link_json(lk: Link) -> dict[str, Any]:
    return {"text": lk.text, "url": lk.url, "start": lk.start, "end": lk.end}


def _entity_json(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": list(e.aliases),
        "mentions": [[s, t] for s, t in e.mentions],
    }


def _quote_json(q: Quote) -> dict[str, Any]:
    return {
        "id": q.id,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "kind": q.kind,
        "speaker": q.speaker,
        "speaker_id": q.speaker_id,
        "cue": q.cue,
    }


def _figure_json(f: Figure) -> dict[str, Any]:
    return {
        "id": f.id,
        "text": f.text,
        "start": f.start,
        "end": f.end,
        "value": f.value if f.value is None or math.isfinite(f.value) else None,
        "unit": f.unit,
        "kind": f.kind,
        "counts": f.counts,
    }


def to_json(article: Article, analysis: Analysis = EMPTY_ANALYSIS) -> dict[str, Any]:
    """The schema-1 object for one source."""
    out = {
        "schema": SCHEMA,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "byline": article.byline,
        "site": article.site,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "blocks": [_block_json(b) for b in article.blocks],
        "links": [_link_json(lk) for lk in article.links],
        "entities": [_entity_json(e) for e in analysis.entities],
        "quotes": [_quote_json(q) for q in analysis.quotes],
        "figures": [_figure_json(f) for f in analysis.figures],
    }
    if article.note:  # only on a page whose text is not an article: schema 1 is unchanged
        out["note"] = article.note
    return out


def article_from_json(d: dict[str, Any]) -> Article:
    return Article(
        source=d.get("source", ""),
        text=d.get("text", ""),
        title=d.get("title", ""),
        url=d.get("url"),
        byline=d.get("byline"),
        site=d.get("site"),
        published=d.get("published"),
        language=d.get("language") or "en",
        note=d.get("note") if isinstance(d.get("note"), str) else None,
        blocks=tuple(
            Block(b["kind"], b["start"], b["end"], b.get("level")) for b in d.get("blocks", ())
        ),
        links=tuple(
            Link(lk["text"], lk["url"], lk["start"], lk["end"]) for lk in d.get("links", ())
        ),
    )


def analysis_from_json(d: dict[str, Any], version: str = "") -> Analysis:
    return Analysis(
        entities=tuple(
            Entity(
                id=e["id"],
                name=e["name"],
                type=e["type"],
                aliases=tuple(e.get("aliases", ())),
                mentions=tuple((int(s), int(t)) for s, t in e.get("mentions", ())),
            )
            for e in d.get("entities", ())
        ),
        quotes=tuple(
            Quote(
                id=q["id"],
                text=q["text"],
                start=q["start"],
                end=q["end"],
                kind=q.get("kind", "direct"),
                speaker=q.get("speaker"),
                speaker_id=q.get("speaker_id"),
                cue=q.get("cue"),
            )
            for q in d.get("quotes", ())
        ),
        figures=tuple(
            Figure(
                id=f["id"],
                text=f["text"],
                start=f["start"],
                end=f["end"],
                value=f.get("value"),
                unit=f.get("unit"),
                kind=f.get("kind", "other"),
                counts=f.get("counts"),
            )
            for f in d.get("figures", ())
        ),
        version=d.get("analyzer", version) or version,
    )


def from_json(d: dict[str, Any]) -> Document:
    return Document(article_from_json(d), analysis_from_json(d))


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed, as plain text."""

    id: str
    title: str
    url: str | None
    published: str | None  # ISO 8601 (UTC) when the feed gave a date it could read
    author: str | None
    summary: str


@dataclass(frozen=True)
class Feed:
    """A parsed feed."""

    title: str
    link: str | None  # the site's home page
    items: tuple[FeedItem, ...]
    warning: str | None = None  # malformed, read as far as it went
