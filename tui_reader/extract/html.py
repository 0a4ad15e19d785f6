"""HTML page -> Article.

readability-lxml chooses the node that holds the story. Around it, general rules: page
furniture inside that node (share bars, related links, newsletter boxes, bylines and
datelines, photo credits) is removed before and after, and the chosen HTML is walked into
blocks whose links keep absolute URLs.
"""

from __future__ import annotations

import copy
import logging
import re
from urllib.parse import urljoin

import lxml.etree
from lxml import html as lxml_html
from readability import Document

from ..model import Article
from .builder import PendingBlock, Run, TextBuilder
from .charset import decode
from .clean import clean_inline, clean_url, strip_for_xml
from .errors import ExtractionError
from .furniture import is_furniture_block, is_furniture_node, normalise_line
from .metadata import Metadata, read_metadata

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
)
_DROP_XPATH = "|".join(f"//{t}" for t in DROP_TAGS)
_NON_WORD = re.compile(r"\W+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


# Containers a flattened page loses (their text stays): a page nested deeper than libxml2
# or Python's stack can follow is read as its paragraphs, headings and breaks.
_CONTAINERS = re.compile(
    r"</?(?:div|span|section|article|font|b|i|u|em|strong|small|big|table|tr|td|th|tbody"
    r"|center|main|blockquote|ul|ol|li|dl|dt|dd|a|header|footer|aside|nav|form|fieldset"
    r"|label|sup|sub|q|cite|abbr|code|mark|s|del|ins)\b[^>]*>",
    re.I,
)


class TooDeep(Exception):
    """The page nests deeper than the parser follows: read it flattened."""


def parse(text: str) -> lxml_html.HtmlElement:
    text = strip_for_xml(text)
    # huge_tree: libxml2 follows 2,048 levels, not 256 (past which it drops the text)
    parser = lxml_html.HTMLParser(huge_tree=True)
    try:
        doc = lxml_html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError, AssertionError) as exc:
        # AssertionError: lxml on a page that is only "<head" ("too many bodies")
        raise ExtractionError(f"the page could not be parsed ({exc})") from None
    if any("Excessive depth" in str(e.message) for e in parser.error_log):
        raise TooDeep
    return doc


_ALL_BUT_BLOCKS = re.compile(r"<(?!/?(?:p|h[1-6]|br|html|head|body|title|meta|link)\b)[^>]*>", re.I)


def flatten(text: str, *, everything: bool = False) -> str:
    """The page without its containers (``everything``: without any tag but paragraphs,
    headings, breaks and the head): what is left nests a level or two."""
    return (_ALL_BUT_BLOCKS if everything else _CONTAINERS).sub(" ", text)


def _drop(el: lxml_html.HtmlElement) -> None:
    parent = el.getparent()
    if parent is not None:
        el.drop_tree()


def preclean(doc: lxml_html.HtmlElement) -> None:
    """Remove what is never article text: code, controls, hidden nodes, furniture blocks."""
    for el in doc.xpath(_DROP_XPATH):
        _drop(el)
    for el in doc.xpath("//*[@hidden or @aria-hidden='true' or @style]"):
        if el.get("hidden") is not None or el.get("aria-hidden") == "true":
            if el.tag not in ("body", "html"):
                _drop(el)
        elif _HIDDEN_STYLE.search(el.get("style", "")):
            _drop(el)
    for el in doc.xpath("//*[@class or @id or @role or @itemprop or @data-component]"):
        if el.tag in ("body", "html") or el.getparent() is None:
            continue
        if is_furniture_node(el):
            _drop(el)
    # Quoted posts (tweets and the like) are part of the story; readability's own
    # "unlikely candidate" words would drop them for their class, so neutralise it.
    for el in doc.xpath("//blockquote[@class]"):
        el.set("class", "embedded-post")
    for el in doc.xpath("//comment()|//processing-instruction()"):
        _drop(el)


# readability logs (with a traceback) every page it gives up on; the reader says so itself.
_readability_log = logging.getLogger("readability")
_readability_log.addHandler(logging.NullHandler())
_readability_log.propagate = False


class _Readable(Document):
    """readability's Document fed an already parsed tree; each retry starts from a copy."""

    def _parse(self, input):
        return super()._parse(copy.deepcopy(input))


def _absolute(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    try:
        return clean_url(urljoin(base or "", href))
    except ValueError:
        return None


class _Walker:
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
            self.block(el, "quote" if self.kind == "quote" else "list_item")
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
        """A lone image with alt text stands for its caption."""
        alt = clean_inline(el.get("alt") or "")
        if len(alt.split()) < 4:
            return
        parent = el.getparent()
        if parent is not None and clean_inline(parent.text_content()):
            return  # an inline image beside text adds nothing readable
        self.flush()
        self.blocks.append(PendingBlock("figure", (Run(alt),)))

    def row(self, el) -> None:
        cells = [clean_inline(c.text_content()) for c in el if c.tag in ("td", "th")]
        cells = [c for c in cells if c]
        if cells:
            self.flush()
            self.blocks.append(PendingBlock("paragraph", (Run(" | ".join(cells)),)))


def _content(doc: lxml_html.HtmlElement, url: str | None) -> lxml_html.HtmlElement | None:
    try:
        summary = _Readable(doc, url=url).summary(html_partial=True)
    except RecursionError:
        raise
    except Exception:  # readability raises bare Exceptions on degenerate pages
        return None
    if not summary or not summary.strip():
        return None
    try:
        return lxml_html.fragment_fromstring(summary, create_parent="div")
    except (lxml.etree.ParserError, ValueError, AssertionError):  # lxml asserts one body
        return None


def _same_text(a: str, b: str) -> bool:
    return _NON_WORD.sub("", a.lower()) == _NON_WORD.sub("", b.lower())


def select_blocks(blocks: list[PendingBlock], meta: Metadata) -> list[PendingBlock]:
    """Drop furniture blocks and a heading that repeats the title."""
    kept: list[PendingBlock] = []
    seen: set[str] = set()
    for i, b in enumerate(blocks):
        plain = b.plain
        if not plain:
            continue
        key = normalise_line(plain)
        if len(key.split()) >= 12 or b.kind == "figure":
            if key in seen:  # a block the page repeats (sticky promos, mobile copies)
                continue
            seen.add(key)
        if b.kind == "heading" and meta.title and _same_text(plain, meta.title):
            continue
        if is_furniture_block(b, i, len(blocks), meta):
            continue
        kept.append(b)
    return kept


def extract_html(
    data: bytes | str,
    source: str,
    *,
    url: str | None = None,
    charset: str | None = None,
) -> Article:
    """Extract the article from an HTML page."""
    text = data if isinstance(data, str) else decode(data, charset)
    for attempt in (text, flatten(text), flatten(text, everything=True)):
        try:
            return _extract(attempt, source, url)
        except (TooDeep, RecursionError):  # nested past what the parser or walk follows
            continue
    raise ExtractionError("the page is nested too deep to read")


def _extract(text: str, source: str, url: str | None) -> Article:
    doc = parse(text)
    meta = read_metadata(doc, url)
    preclean(doc)
    content = _content(doc, url)
    walker = _Walker(meta.base_url)
    if content is not None:
        walker.inner(content)
        walker.flush()
    blocks = select_blocks(walker.blocks, meta)
    builder = TextBuilder()
    for b in blocks:
        builder.add(b)
    body, block_spans, links = builder.build()
    if not body.strip():
        raise ExtractionError("no article text found on the page")
    return Article(
        source=source,
        text=body,
        title=meta.title,
        url=meta.canonical or url,
        byline=meta.byline,
        site=meta.site,
        published=meta.published,
        language=meta.language,
        blocks=block_spans,
        links=links,
    )
