"""How readability measures text, with less work for the same figures: a paragraph's
tidied length as far as it scores, an element's length with its spaces squashed, and
whether a box is a roll of names rather than prose."""

from __future__ import annotations

import re

import lxml.etree
from lxml import html as lxml_html
from readability.readability import clean as tidy

# A roll of names: at least this many words, with under one sentence end per this many...
ROLL_MIN_WORDS = 150
ROLL_WORDS = 100
ROLL_READ = 4000


# Past this many tidied characters a paragraph's length no longer changes its score.
_SCORED_CHARS = 300
# Tidying this much of a long paragraph first usually settles that it is past them.
_TIDY_FIRST = 2000


# A run of whitespace that readability's tidying shortens.
_LONG_SPACE = re.compile(r"\s{255}")


def tidied_length(raw: str) -> int:
    """The length of readability's tidied text, exact up to ``_SCORED_CHARS``; past it,
    any length beyond."""
    plain = "\n" not in raw and "\t" not in raw and "  " not in raw
    if plain and (len(raw) < 255 or not _LONG_SPACE.search(raw)):
        # nothing for its three substitutions to do: tidying only strips the ends
        return len(raw.strip())
    # tidying leaves every word and at least one character of every gap between two
    squeezed = len(" ".join(raw.split()))
    if squeezed > _SCORED_CHARS:
        return squeezed
    if len(raw) <= _TIDY_FIRST:
        return len(tidy(raw))
    head = len(tidy(raw[:_TIDY_FIRST]))
    return head if head > _SCORED_CHARS else len(tidy(raw))


# A sentence's end: a stop after a word of three characters or more, a two-letter word in
# lower case, or a bracket or a quotation mark ("Dr.", "St." and "J." end none).
_SENTENCE_END = re.compile(  # the stop first, then what stands before it: ten times faster
    r"[.!?](?:(?<=\w\w\w[.!?])|(?<=[)\]\"'”’][.!?])|(?<=\b[^\WA-Z]\w[.!?]))[\"'”’)]?(?:\s|$)"
)


def is_roll(el: lxml_html.HtmlElement) -> bool:
    """Whether an element's text is a long list with next to no sentences in it (read from
    its first ``ROLL_READ`` characters: a roll is one from its start)."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():  # paragraphs apart: "...the third.Zach" is two
        parts.append(piece)
        size += len(piece) + 1
        if size > ROLL_READ:
            break
    text = " ".join(parts)[:ROLL_READ]
    words = len(text.split())
    return words >= ROLL_MIN_WORDS and len(_SENTENCE_END.findall(text)) * ROLL_WORDS < words


# libxml2 measures it without building the text: normalize-space squashes each run of
# spaces, tabs and line ends to one (a no-break space stays a character of its own).
_SQUASHED_LENGTH = lxml.etree.XPath("string-length(normalize-space(.))")


def squashed_length(el: lxml_html.HtmlElement) -> int:
    """An element's text length, each run of whitespace counted as one character."""
    return int(_SQUASHED_LENGTH(el))
