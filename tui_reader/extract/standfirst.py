"""A story's lead printed in its header, which readability never sees.

Many news pages print the standfirst (the "dek", "chapô", "Einleitung") in the article's
header beside the headline, apart from the body. readability drops a box whose class says
"header" before it scores anything, and cleans away a small one it did keep, so the lead
is lost even when the body is found. Looked for on our own cleaned page: an element whose
class or id names a lead, a few sentences of prose with few links, printed before the
body's first paragraph under the same article, and not already in the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html

from .locate import holding

# Class or id words of a lead ("article__abstract" too), whole words of the attribute
# ("summary" is as often a promotion; "leaderboard" is an advert).
LEAD_WORDS = re.compile(
    r"(?:^|[\s_-])(?:lead|lede|intro|standfirst|perex|dek|deck|excerpt|subtitle|"
    r"subhead|subheadline|chapo|chapeau|einleitung|abstract)(?:$|[\s_-])",
    re.I,
)
# The class and id values of the page's elements, as plain strings; then, for a page that
# names a lead, the elements themselves.
_NAMES = etree.XPath("//body//*/@class | //body//*/@id", smart_strings=False)
_NAMED = etree.XPath("//body//*[@class or @id]")


@lru_cache(maxsize=4096)
def _names_lead(name: str) -> bool:
    """Whether a class or id names a lead (a page repeats the same few classes)."""
    return bool(LEAD_WORDS.search(name))


LEAD_MIN_WORDS = 8
LEAD_MAX_WORDS = 150
LEAD_LINK_SHARE = 0.2
# A lead is sentences: it ends as one does, or runs to this many words. A shorter line
# without a stop is a second headline ("Agency's Quest Is Marathon Effort").
LEAD_SENTENCE_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
# The lead and the body's first paragraph meet this many levels or fewer above the
# paragraph (both under the story's article, not merely the page's body).
LEAD_LEVELS = 6
_NOT_WORD = re.compile(r"\W+")


def _letters(text: str) -> str:
    """Text without spaces or punctuation: a drop cap set apart ("S o I'd be ...") is the
    same text."""
    return _NOT_WORD.sub("", text.lower())


def _words(el: lxml_html.HtmlElement) -> list[str]:
    return el.text_content().split()


def _is_lead(el: lxml_html.HtmlElement) -> bool:
    if el.find(".//h1") is not None or el.find(".//h2") is not None:
        return False  # the story's whole header, headline and all
    said = _words(el)
    linked = sum(len(_words(a)) for a in el.iter("a"))
    if not LEAD_MIN_WORDS <= len(said) <= LEAD_MAX_WORDS or linked > LEAD_LINK_SHARE * len(said):
        return False
    return len(said) >= LEAD_SENTENCE_WORDS or bool(_SENTENCE_END.search(said[-1]))


def _named(el: lxml_html.HtmlElement) -> bool:
    """Whether an element's class or id names a lead."""
    return _names_lead(el.get("class", "")) or _names_lead(el.get("id", ""))


def _named_lead(el: lxml_html.HtmlElement) -> bool:
    """Whether an element, or the box that holds it, is named as a lead (a wrapper further
    up may name the whole story "intro-layout")."""
    parent = el.getparent()
    return _named(el) or (parent is not None and _named(parent))


def lead_outside(
    doc: lxml_html.HtmlElement, first: str, body: Iterable[str]
) -> lxml_html.HtmlElement | None:
    """The story's lead on the cleaned page ``doc``, printed before the body whose first
    paragraph is ``first`` (found on the page by its words) and whose blocks' texts are
    ``body`` (joined only on a page that names a lead), if the body lacks it."""
    if not any(_names_lead(name) for name in _NAMES(doc)):
        return None  # most pages name no lead: said by plain strings, no element built
    named = (el for el in _NAMED(doc) if _named(el))
    letters = _letters(" ".join(body))  # a drop cap apart ("S o I'd be ...") is still the same text
    leads = [el for el in named if _is_lead(el) and _letters(el.text_content()) not in letters]
    if not leads:
        return None
    anchor = holding(doc, first)
    if anchor is None or _named_lead(anchor):
        return None  # the body opens with its lead already: a story has one
    near = []  # the anchor's ancestors up to LEAD_LEVELS, below the page's body
    for up in anchor.iterancestors():
        if up.tag in ("body", "html") or len(near) == LEAD_LEVELS:
            break
        near.append(up)
    held = set(near)
    order = {el: i for i, el in enumerate(doc.iter())}
    before = [
        el
        for el in leads
        if order[el] < order[anchor]
        and el not in held
        and any(a in held for a in el.iterancestors())
    ]
    return before[-1] if before else None
