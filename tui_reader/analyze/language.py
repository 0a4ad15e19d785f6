"""Whether a text is English, the one language the analysis reads.

Pages declare their language badly (many German and Spanish sites say ``lang="en"``, some
English ones say ``de``), so the text decides: English prose is about a third function words
("the", "of", "and", ...); German, Spanish, French and Polish text, a few percent. Below 10%,
a text is taken for another language when it holds more of that language's function words, or
is mostly in another script. Measured on trafilatura's evaluation pages (half of them German),
Dragnet, CleanEval and the gold stories: no English page is taken for another language, and
756 of 778 clearly non-English pages are told apart. A text too short to tell keeps its
declared language; a text with few function words in any language (a menu, a product list)
is no evidence of another one.
"""

from __future__ import annotations

import re

from ..model import Article

ENGLISH_SHARE = 0.10  # below this share of function words, the text is not English
MIN_WORDS = 20  # fewer words than this cannot be told apart
SAMPLE_WORDS = 2000

_FUNCTION_WORDS = frozenset(
    """
    the of and to a in is that for it was on with as he she by at from his her be are
    were have has had not but this which they we you said will would an or its their
    there been
    """.split()
)
# The commonest function words of the other languages most often met on news pages written
# in Latin script; another script (Cyrillic, Greek, Arabic, CJK) is told by its letters.
_OTHER_FUNCTION_WORDS = tuple(
    frozenset(words.split())
    for words in (
        "der die das und ist nicht mit den dem ein eine zu von auf sich des im für",  # de
        "le la les et est des une un du que pas pour dans sur au qui avec",  # fr
        "el la los las y es que del una un por con para se su al lo",  # es
        "o os as e é que do da dos das um uma não para com em no na",  # pt
        "il di che è per una della del non sono con gli le si da",  # it
        "de het een en van is dat niet met op te zijn voor die",  # nl
    )
)
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-zà-ɏ]+")


def english_share(text: str) -> tuple[float, int]:
    """The share of English function words among the first words of ``text``, and how
    many words were read."""
    words = _WORD.findall(text[: SAMPLE_WORDS * 12].lower())[:SAMPLE_WORDS]
    if not words:
        return 0.0, 0
    return sum(w in _FUNCTION_WORDS for w in words) / len(words), len(words)


def _share(words: list[str], vocabulary: frozenset[str]) -> float:
    return sum(w in vocabulary for w in words) / len(words) if words else 0.0


def foreign_language(article: Article) -> str | None:
    """None when the article reads as English; else its language code when the page
    declares one other than English, or "" when it is simply not English. A text with
    few function words in any language (a menu, a list of products) counts as English:
    it is not prose in another language, and the panel may still name things in it."""
    words = _WORD.findall(article.text[: SAMPLE_WORDS * 12].lower())[:SAMPLE_WORDS]
    declared = None if article.language == "en" else article.language
    if len(words) < MIN_WORDS:
        return declared
    english = _share(words, _FUNCTION_WORDS)
    if english >= ENGLISH_SHARE:
        return None
    latin = sum(1 for w in words if w.isascii() or _LATIN.fullmatch(w))
    other = max(_share(words, vocabulary) for vocabulary in _OTHER_FUNCTION_WORDS)
    if latin < len(words) / 2 or other > max(english, ENGLISH_SHARE / 2):
        return declared or ""
    return None


def not_analysed_note(code: str) -> str:
    what = f"in another language ({code})" if code else "not in English"
    return f"This page is {what}: the analysis reads English only, so it is skipped."
