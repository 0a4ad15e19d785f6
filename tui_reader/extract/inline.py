"""An element named as furniture inside a sentence: what of it the sentence shows.

A company linked to its stock quote (``<a class="companyRollover">Nokia</a> Corp.``) or a
name that opens a card on hover (``<span class="rollover-people"><a>Kristi Noem</a><span>
...the card...</span></span> (R) said``) is part of the sentence around it. Dropping the
element by its class leaves "STOCKHOLM— Corp. unveiled"; only the box shown on hover is
furniture. The text the sentence shows is the element's own leading text, or its first
child when that is all it starts with, and it is a name's few words.
"""

from __future__ import annotations

import re
from typing import Any

# Tags that sit inside a line of text.
_INLINE = frozenset(
    """
    a abbr acronym b bdi bdo cite data dfn em font i ins mark q s small span strong sub
    sup time u
    """.split()
)
# Words of a class for text a screen reader says and a reader never sees: never rescued.
_UNSEEN = re.compile(r"hidden|visually|sr-?only|screen-?reader|offscreen|assistive", re.I)
# What a sentence shows of the element: a name or a phrase, this many words at most.
LABEL_WORDS = 6


def _blank(text: str | None) -> bool:
    return not (text and text.strip())


def _empty(el: Any) -> bool:
    """An element that shows nothing (a ticker widget filled in by a script)."""
    return isinstance(el.tag, str) and _blank(el.text_content())


# Empty widgets skipped on either side of an element, at most (a ticker after a name).
SKIPPED_WIDGETS = 2


def _text_before(el: Any) -> str | None:
    previous = el.getprevious()
    for _ in range(SKIPPED_WIDGETS):
        if previous is None or not (_empty(previous) and _blank(previous.tail)):
            break
        previous = previous.getprevious()
    if previous is not None:
        return previous.tail
    parent = el.getparent()
    return None if parent is None else parent.text


def _text_after(el: Any) -> str | None:
    if not _blank(el.tail):
        return el.tail
    following = el.getnext()
    for _ in range(SKIPPED_WIDGETS):
        if following is None or not _empty(following):
            return None
        if not _blank(following.tail):
            return following.tail
        following = following.getnext()
    return None


def in_sentence(el: Any) -> bool:
    """Whether an inline element has text on both sides of it in its parent (empty
    widgets between skipped), and is not text for screen readers only."""
    if el.tag not in _INLINE or _UNSEEN.search(el.get("class") or ""):
        return False
    return not _blank(_text_before(el)) and not _blank(_text_after(el))


# Tags that only style the words they hold: inside a name, part of it ("<b>Noem</b>").
_FORMATTING = frozenset("abbr b bdi bdo cite dfn em font i mark q s small strong sub sup u".split())


def _is_box(child: Any) -> bool:
    """A child that is a box of its own (the card shown on hover), not the name's words."""
    if not isinstance(child.tag, str) or child.tag not in _FORMATTING:
        return True
    return bool(child.get("class"))


def cut_to_label(el: Any) -> bool:
    """Cut an element inside a sentence to what the sentence shows of it, when that is a
    few words: its own text and the words styled after it, or else its first child, up to
    the first box inside it. Say whether it was cut (a False leaves the element as it was)."""
    if not in_sentence(el):
        return False
    children = list(el)
    start = 0 if not _blank(el.text) else 1  # the label starts with the text or a child
    if start > len(children):
        return False
    cut = next((i for i in range(start, len(children)) if _is_box(children[i])), len(children))
    label = (el.text or "") + " ".join(c.text_content() + (c.tail or "") for c in children[:cut])
    if _blank(label) or len(label.split()) > LABEL_WORDS:
        return False
    for child in children[cut:]:
        el.remove(child)  # with its tail: the box's own text
    return True
