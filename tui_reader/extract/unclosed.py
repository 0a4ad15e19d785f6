"""A box left open: a page whose menu or hidden box has no end tag holds the rest of the
page inside it (a parser nests every later box in the one never closed), so removing it
as furniture, or as unseen, leaves nothing. For the page's own text, such a box is opened:
its tag and the marks that hide it go, its contents stay.
"""

from __future__ import annotations

from lxml import html as lxml_html

# Tags of furniture removed whole, before any text is read.
_FURNITURE_TAGS = frozenset({"nav", "aside", "dialog", "menu", "header", "footer"})
# A box holding more than this share of the page's text holds what follows it.
SWALLOWED_SHARE = 0.5


def _text_lengths(root: lxml_html.HtmlElement) -> dict[lxml_html.HtmlElement, int]:
    """The length of every element's text, in one pass from the leaves up."""
    lengths: dict[lxml_html.HtmlElement, int] = {}
    for el in reversed(list(root.iter())):
        n = len(el.text or "")
        for child in el:
            n += lengths.get(child, 0) + len(child.tail or "")
        lengths[el] = n
    return lengths


def _hides(el: lxml_html.HtmlElement) -> bool:
    return (
        el.get("hidden") is not None
        or el.get("aria-hidden") == "true"
        or el.get("style") is not None  # only a box holding most of the page is opened
        or el.tag in _FURNITURE_TAGS
    )


def open_swallowing_boxes(doc: lxml_html.HtmlElement) -> int:
    """Open every hidden box or furniture tag that holds most of the page's text; return
    how many were opened."""
    body = doc.find("body")
    if body is None:
        return 0
    lengths = _text_lengths(body)
    total = lengths.get(body, 0)
    opened = 0
    for el in body.iter():
        if not isinstance(el.tag, str) or el is body or not _hides(el):
            continue
        if lengths.get(el, 0) > SWALLOWED_SHARE * total:
            for name in ("hidden", "aria-hidden", "style"):
                el.attrib.pop(name, None)
            if el.tag in _FURNITURE_TAGS:
                el.tag = "div"
            opened += 1
    return opened
