"""Boxes used as paragraphs, rewritten as readability rewrites them, in linear time.

Before scoring, readability turns a ``<div>`` that holds no block into a ``<p>``, and in
the others gathers loose text and runs of inline tags into paragraphs of their own. It
finds the blocks by serialising each div's children and matching the markup with a
pattern: every div serialises everything under it again, which is quadratic in the
nesting (seconds for one page of a few hundred unclosed boxes). Here the elements that
hold a block are marked in one pass up the tree, and the rewriting reads the marks.

The tree that comes out is readability's but for one thing: readability makes loose text
a paragraph of its own and the inline tags after it another, so a line ending in a link
("share it in <a>our forum</a>.") was shown as two. Here they are one paragraph.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

# readability's pattern is "<" and one of these names with nothing after it, so a name
# that starts with one counts too ("<picture", "<param", "<path", "<ulist").
_BLOCK_NAMES = ("blockquote", "dl", "div", "img", "ol", "p", "table", "ul")

# What readability gathers into a paragraph when it stands loose in a div.
_INLINE = frozenset(
    {"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"}
)


# Broken markup can leave "<" in an attribute's name ('<a href="/" <img src=...>'), which
# the serialised markup shows unescaped, so readability's pattern finds a block there too.
_ODD_NAMES = etree.XPath("descendant-or-self::*[@*[contains(name(), '<')]]")
_BLOCK_IN_NAME = re.compile("<(?:" + "|".join(_BLOCK_NAMES) + ")", re.I)


def _names_block(el: lxml_html.HtmlElement) -> bool:
    tag = el.tag
    return isinstance(tag, str) and tag.lower().startswith(_BLOCK_NAMES)


Marks = set[lxml_html.HtmlElement]


def _marks(root: lxml_html.HtmlElement) -> tuple[Marks, Marks]:
    """The elements that hold a block somewhere inside them, and those that count as a
    block for a broken attribute. Each ancestor is marked once: the climb from a block
    stops at the first one already marked, whose own are too."""
    holding: Marks = set()
    odd = {el for el in _ODD_NAMES(root) if any(_BLOCK_IN_NAME.search(k) for k in el.attrib)}
    for el in root.iter():
        if not _names_block(el) and el not in odd:
            continue
        for up in el.iterancestors():
            if up in holding:
                break
            holding.add(up)
    return holding, odd


def rewrite_divs(root: lxml_html.HtmlElement) -> None:
    """Every div under ``root`` that holds no block becomes a paragraph; in the others,
    loose text and runs of inline tags are wrapped in paragraphs and line breaks go."""
    holding, odd = _marks(root)  # renaming a div to p keeps it a block: the marks hold
    for div in list(root.iter("div")):
        if div not in holding:
            div.tag = "p"
    blocks = holding | odd if odd else holding
    for div in list(root.iter("div")):
        _wrap_loose(div, blocks)


def _wrap_loose(div: lxml_html.HtmlElement, blocks: Marks) -> None:
    """``blocks``: the elements that are or hold a block. A paragraph runs from loose text
    or an inline tag to the next line break or block, so the text before a link and the
    link stay one line ("share it in <a>our forum</a>.")."""
    children = list(div)
    run = None  # the paragraph that loose text and inline children join
    if div.text and div.text.strip():
        run = lxml_html.Element("p")
        run.text, div.text = div.text, None
        div.insert(0, run)
    for child in children:
        if child.tag in _INLINE and child not in blocks:
            if run is None:
                run = lxml_html.Element("p")
                child.addprevious(run)
            run.append(child)  # with its tail, the text after it on the line
            continue
        run = None  # a line break, a block, or an inline tag holding one
        if child.tail and child.tail.strip():
            run = lxml_html.Element("p")
            run.text, child.tail = child.tail, None
            child.addnext(run)
        if child.tag == "br":
            child.drop_tree()
