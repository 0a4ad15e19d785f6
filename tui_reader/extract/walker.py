"""The chosen HTML walked into blocks: headings, paragraphs, quotes, list items, captions.

Inline text becomes runs; a run inside a link keeps the link's absolute URL.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

from lxml import etree

from .builder import PendingBlock, Run
from .clean import clean_inline, clean_url, strip_for_xml

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "hr",
    "address",
    "center",
    "details",
    "summary",
    "body",
    "html",
    "aside",
    "nav",
    "form",
    "fieldset",
    *HEADINGS,
}
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "nav",
    "aside",
    "dialog",
    "menu",
    "label",
    "link",
    "meta",
    "rt",  # ruby annotations (furigana) over the text, not words of it
    "rp",
)


IMAGE_ALT_WORDS = 4


def list_number(li) -> int | None:
    """The number an ``<ol>`` shows beside this item (``start``, ``value``, ``reversed``),
    or None for an item of a bulleted list."""
    parent = li.getparent()
    if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() != "ol":
        return None
    if (parent.get("type") or "1") not in ("1",):
        return None  # letters and roman numerals are not numbers a reader counts
    number = None
    step = -1 if parent.get("reversed") is not None else 1
    for item in parent:
        if not isinstance(item.tag, str) or item.tag.lower() != "li":
            continue
        value = _int(item.get("value"))
        if value is not None:
            number = value
        elif number is None:
            start = _int(parent.get("start"))
            number = start if start is not None else 1
        else:
            number += step
        if item is li:
            return number
    return None


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _absolute(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    try:
        joined = urljoin(base or "", href)
    except ValueError:
        return None
    if base and base.startswith("file:") and joined.startswith("file:"):
        # a saved page's own links ("b.html") lead to the files beside it, as paths
        path = urlsplit(joined).path
        return url2pathname(path) if path and not path.endswith("/") else None
    return clean_url(joined)


class Walker:
    """Turns the chosen content node into PendingBlocks, inline runs with links."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.blocks: list[PendingBlock] = []
        self.runs: list[Run] = []
        self.kind = "paragraph"
        self.level: int | None = None
        self.link: str | None = None
        self.breaks = 0

    def flush(self) -> None:
        if any(r.text.strip() for r in self.runs):
            self.blocks.append(PendingBlock(self.kind, tuple(self.runs), self.level))
        self.runs = []
        self.breaks = 0

    def text(self, s: str | None) -> None:
        if s:
            if s.strip():
                self.breaks = 0
            self.runs.append(Run(s, self.link))

    def block(self, el, kind: str, level: int | None = None) -> None:
        saved = (self.kind, self.level)
        self.flush()
        self.kind, self.level = kind, level
        self.inner(el)
        self.flush()
        self.kind, self.level = saved

    def inner(self, el) -> None:
        self.text(el.text)
        for child in el:
            self.node(child)
            self.text(child.tail)

    def node(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if not tag or tag in DROP_TAGS:
            return
        if tag in HEADINGS:
            self.block(el, "heading", HEADINGS[tag])
        elif tag == "br":
            self.breaks += 1
            if self.breaks >= 2:
                self.flush()
            else:
                self.runs.append(Run(" "))
        elif tag == "li" or tag == "dd" or tag == "dt":
            kind = "quote" if self.kind == "quote" else "list_item"
            # a numbered list keeps its numbers as the item's level (not in the text: the
            # page's words are the text, its numbering is structure, like a bullet)
            number = list_number(el) if tag == "li" and kind == "list_item" else None
            self.block(el, kind, number)
        elif tag == "blockquote":
            self.block(el, "quote")
        elif tag == "pre":
            self.flush()
            self.blocks.append(PendingBlock("code", (Run(el.text_content()),)))
        elif tag in ("figcaption", "caption"):
            self.block(el, "figure")
        elif tag == "figure":
            self.figure(el)
        elif tag == "img":
            self.image(el)
        elif tag == "tr":
            self.row(el)
        elif tag == "a":
            saved = self.link
            self.link = self.link or _absolute(el.get("href"), self.base)
            self.inner(el)
            self.link = saved
        elif tag in BLOCK_TAGS:
            kind = self.kind if self.kind in ("quote", "list_item") else "paragraph"
            self.block(el, kind, self.level)
        else:
            self.inner(el)

    def figure(self, el) -> None:
        captions = el.xpath(".//figcaption")
        if captions:
            self.block(captions[0], "figure")
            return
        imgs = el.xpath(".//img[@alt]")
        if len(imgs) == 1:
            self.image(imgs[0])
            return
        self.block(el, "paragraph")

    def image(self, el) -> None:
        """A lone image with a described alt text is a figure block, as a caption is (the
        reader draws figures as "[image] ..." lines). A few words ("logo", "photo of
        him") describe nothing. An emoji drawn as an image is its character, in the line."""
        alt = clean_inline(el.get("alt") or "")
        if is_emoji_image(el, alt):
            self.text(alt)
            return
        if len(alt.split()) < IMAGE_ALT_WORDS:
            return
        parent = el.getparent()
        if parent is not None and clean_inline(parent.text_content()):
            return  # an inline image beside text adds nothing readable
        self.flush()
        self.blocks.append(PendingBlock("figure", (Run(alt),), alt=True))

    def row(self, el) -> None:
        cells = [clean_inline(spaced_text(c)) for c in el if c.tag in ("td", "th")]
        cells = [c for c in cells if c]
        if cells:
            self.flush()
            self.blocks.append(PendingBlock("paragraph", (Run(" | ".join(cells)),)))


# An image drawn in a line of text for an emoji or an emoticon (WordPress's "wp-smiley",
# "emoji" elsewhere): its alt text is the character, or the ":-)" it was typed as.
_EMOJI_CLASS = re.compile(r"smiley|emoji|emoticon", re.I)
EMOJI_ALT_CHARS = 8
# Symbols, and the joiners and selectors that build an emoji out of several characters.
_EMOJI_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})


def is_emoji_image(el: etree._Element, alt: str) -> bool:
    """Whether an image stands for an emoji: a short alt text without spaces, with a class
    that says so or made of symbols only."""
    if not alt or len(alt) > EMOJI_ALT_CHARS or " " in alt:
        return False
    return bool(_EMOJI_CLASS.search(el.get("class") or "")) or all(
        unicodedata.category(c) in _EMOJI_CATEGORIES for c in alt
    )


_HAS_BREAK = etree.XPath(
    "boolean(.//br or " + " or ".join(f".//{t}" for t in sorted(BLOCK_TAGS)) + ")"
)


def spaced_text(cell: etree._Element) -> str:
    """An element's text with a line break or a block inside it apart from the next words
    (a cell's "Jory Pascoe<br>Kate Vell" is not "PascoeKate", nor a heading's
    "Pier reopens<br>after repairs" "reopensafter")."""
    if not len(cell):
        return cell.text or ""
    if not _HAS_BREAK(cell):
        return cell.text_content()
    spaced = copy.deepcopy(cell)  # a break or a block's edges become spaces, in a copy
    for el in spaced.iter():
        if el is not spaced and (el.tag == "br" or el.tag in BLOCK_TAGS):
            el.text = " " + strip_for_xml(el.text or "")  # lxml refuses controls
            el.tail = " " + strip_for_xml(el.tail or "")
    return spaced.text_content()
