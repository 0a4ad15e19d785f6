"""What a reader never sees: code, controls, comments and the nodes a page hides.

One exception: a hidden box that holds most of the page's text. A page that hides its
story until a script shows it holds it in one, and so does a page whose hidden menu has
no end tag (a parser nests every later box in the one never closed). Such a box is opened:
the marks that hide it go, its contents stay.

The same for a menu or a column beside the story (``<nav>``, ``<aside>``) that holds most
of the page's text and the story itself (its ``<article>`` or ``<main>``): one
left open by the page, or by the parser, which keeps an HTML5 box open past its end tag
when a box inside it is unclosed. A long sidebar beside a short post is still dropped.
"""

from __future__ import annotations

import re

import lxml.etree
from lxml import html as lxml_html

from .walker import DROP_TAGS

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# A box holding more than this share of the page's text holds what follows it.
SWALLOWED_SHARE = 0.5


def drop_unseen(doc: lxml_html.HtmlElement) -> None:
    """Remove what a reader never sees: code, controls, hidden nodes, comments (a box
    holding most of the page's text is opened first)."""
    drop_hidden(doc)
    open_furniture_holding_story(doc)
    # strip_elements keeps each element's tail text, as drop_tree does, in one C pass
    lxml.etree.strip_elements(doc, *DROP_TAGS, with_tail=False)
    lxml.etree.strip_elements(
        doc, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False
    )


def _hidden(el: lxml_html.HtmlElement) -> bool:
    if el.tag in ("body", "html"):
        return False
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    return bool(_HIDDEN_STYLE.search(el.get("style") or ""))


_MARKED = lxml.etree.XPath("//*[@hidden or @aria-hidden='true' or @style]")


def drop_hidden(doc: lxml_html.HtmlElement) -> None:
    """Remove the nodes a page hides (``hidden``, ``aria-hidden``, ``display: none``),
    but for a box holding most of the page's text, which is opened."""
    hidden = [el for el in _MARKED(doc) if _hidden(el)]
    opened = open_swallowing_boxes(doc, hidden)
    for el in hidden:
        if el not in opened and el.getparent() is not None:
            el.drop_tree()


def _text_lengths(root: lxml_html.HtmlElement) -> dict[lxml_html.HtmlElement, int]:
    """The length of every element's text, in one pass from the leaves up."""
    lengths: dict[lxml_html.HtmlElement, int] = {}
    for el in reversed(list(root.iter())):
        n = len(el.text or "") if isinstance(el.tag, str) else 0
        for child in el:
            n += lengths.get(child, 0) + len(child.tail or "")
        lengths[el] = n
    return lengths


# Boxes are measured one by one while that reads at most this many times the page's text;
# past it (boxes nested thousands deep), every element is measured in one pass instead.
MEASURE_BUDGET = 4


def open_swallowing_boxes(
    doc: lxml_html.HtmlElement, hidden: list[lxml_html.HtmlElement]
) -> set[lxml_html.HtmlElement]:
    """Open every box of ``hidden`` that holds most of the page's text; return the boxes
    opened."""
    body = doc.find("body")
    if body is None or not hidden:
        return set()
    total = len(body.text_content())
    least = SWALLOWED_SHARE * total
    budget = MEASURE_BUDGET * total
    lengths: dict[lxml_html.HtmlElement, int] | None = None
    opened = set()
    for el in hidden:
        if lengths is None:
            length = len(el.text_content())
            budget -= length
            if budget < 0:
                lengths = _text_lengths(body)
        else:
            length = lengths.get(el, 0)
        if length > least:
            for name in ("hidden", "aria-hidden", "style"):
                el.attrib.pop(name, None)
            opened.add(el)
    return opened


_FURNITURE_TAGS = ("nav", "aside", "dialog", "menu")
# Not an <h1>: a site's menu often holds its name as one.
_HOLDS_STORY = lxml.etree.XPath("boolean(.//article or .//main or .//*[@role='main'])")


def open_furniture_holding_story(doc: lxml_html.HtmlElement) -> bool:
    """Make a box of the outermost menu or column that holds most of the page's text and
    the story's own markup; say whether one was opened."""
    body = doc.find("body")
    if body is None:
        return False
    outermost: list[lxml_html.HtmlElement] = []
    for el in body.iter(*_FURNITURE_TAGS):  # in document order: an outer one comes first
        if not outermost or not any(a is outermost[-1] for a in el.iterancestors()):
            outermost.append(el)
    if not outermost:
        return False
    least = SWALLOWED_SHARE * len(body.text_content())
    for el in outermost:  # none inside another: their text is read once
        if len(el.text_content()) > least and _HOLDS_STORY(el):
            el.tag = "div"
            return True  # the others hold less than the rest of the page
    return False
