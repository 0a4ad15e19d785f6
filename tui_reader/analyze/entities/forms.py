"""Names as strings, no parse: comparison keys, acronyms, initials, surnames, context."""

from __future__ import annotations

import re

from .lexicon import (
    BUILDING_WORDS,
    DETERMINERS,
    FACILITY,
    NAME_PARTICLES,
    ORG_WORDS,
    PLACE_AFTER,
    SITE_AFTER,
    STOP_INITIALS,
)

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


_DOTS = re.compile(r"[.\s]+")


ALPHA = re.compile(r"[A-Za-z\u00c0-\u024f]")


def key(text: str) -> str:
    """Comparison key: case, dots, leading article and possessive folded."""
    t = text.strip()
    t = _POSSESSIVE.sub("", t)
    words = t.split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return _DOTS.sub(" ", " ".join(words).lower()).replace("’", "'").strip()


# Words that say a name is an organisation's or a place's, never a person's.
_NOT_IN_NAMES = ORG_WORDS | BUILDING_WORDS | FACILITY | PLACE_AFTER | SITE_AFTER


def full_name_shape(text: str) -> bool:
    """Two or three capitalised words, as a given and a family name are written, none of
    them a word of organisations or places."""
    words = text.split()
    kinds = {w.lower().strip(".,") for w in words} & _NOT_IN_NAMES
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and not kinds
    )


def is_acronym(form: str) -> bool:
    """'PMF', 'U.S.', and mixed-case ones like 'MaT': short, mostly capitals."""
    bare = form.replace(".", "")
    capitals = sum(c.isupper() for c in bare)
    return (
        " " not in form
        and 2 <= len(bare) <= 6
        and bare.isalpha()
        and (bare.isupper() or (capitals >= 2 and bare[0].isupper()))
    )


def initials(text: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", text) if w and w.lower() not in STOP_INITIALS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _generational() -> frozenset[str]:
    """Suffixes after a family name ("Jr.", "III"), from nameparser's own list."""
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.suffix_not_acronyms) - {"2", "v", "ret", "vet"}


GENERATIONAL = _generational()


def family_word(text: str) -> str:
    """The last word of a name that is not "Jr." or "III", as written."""
    words = text.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in GENERATIONAL:
        words.pop()
    return words[-1]


def surname(text: str) -> str:
    """The family name, lowercased, without "al-": "Patrick W. Carlineo Jr." -> carlineo."""
    return NAME_PARTICLES.sub("", family_word(text)).lower()


SENTENCE_END = re.compile(r"(?:^|[.!?:;\n]|[.!?,]?[\"“”‘’'(])\s*$")


_TOKEN = re.compile(r"\w[\w.'’-]*\w|\w|[^\w\s]")


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """The four tokens before and two after a span, lowercased, as the parse gives them."""
    before = _TOKEN.findall(text[max(0, start - 60) : start])[-4:]
    after = _TOKEN.findall(text[end : end + 40])[:2]
    return " ".join(before).lower(), " ".join(after).lower()


def strip_article(form: str) -> str:
    words = form.split()
    if len(words) > 1 and words[0].lower() in DETERMINERS:
        return " ".join(words[1:])
    return form
