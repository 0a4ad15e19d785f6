"""Article -> Analysis: entities, quotes and figures from one spaCy parse.

The text is parsed chunk by chunk (paragraph-aligned); each chunk is read once by the
three analysers and then dropped, so memory stays flat on long articles. Entities are
merged over the whole article, then quotes are resolved to them. The analysers are
imported on first use, so that importing this package (for the version, or for the
analysis process) costs nothing at start-up.
"""

from __future__ import annotations

from ..model import Analysis, Article
from .version import ANALYZER_VERSION


def _within(items, start: int, end: int):
    return [x for x in items if start <= x.start < end]


def analyze(article: Article) -> Analysis:
    from . import nlp
    from .entities import (
        Mention,
        dateline_mentions,
        mentions_in,
        merge,
        speaker_mentions,
        speakers_are_people,
    )
    from .figures import RawFigure, figures_in_chunk, scan, to_figures
    from .quotes import QuoteFacts, attribute_chunk, find_quotes, resolve

    text = article.text
    if not text.strip():
        return Analysis(version=ANALYZER_VERSION)
    raw_quotes = find_quotes(article)
    quote_spans = [(q.start, q.end) for q in raw_quotes]
    raw_figures = scan(text)
    mentions: list[Mention] = []
    figures: list[RawFigure] = []
    facts = QuoteFacts(items=frozenset(b.start for b in article.blocks if b.kind == "list_item"))
    for chunk in nlp.parse(text):
        start, end = chunk.start, chunk.start + len(chunk.doc.text)
        mentions += mentions_in(chunk.doc, start)
        attribute_chunk(chunk.doc, start, _within(raw_quotes, start, end), quote_spans, facts)
        figures += figures_in_chunk(chunk.doc, start, _within(raw_figures, start, end))
    mentions += speaker_mentions(facts.speakers, mentions)
    mentions += dateline_mentions(text, mentions)
    mentions = speakers_are_people(mentions, facts.speakers, text)
    entities = merge(mentions, text)
    quotes = resolve(article, facts, entities)
    return Analysis(tuple(entities), tuple(quotes), tuple(to_figures(figures)), ANALYZER_VERSION)


__all__ = ["ANALYZER_VERSION", "analyze"]
