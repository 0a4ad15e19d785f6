"""HTML page -> Article.

readability-lxml chooses the node that holds the story. Around it, general rules: page
furniture inside that node (share bars, related links, newsletter boxes, bylines and
datelines, photo credits) is removed before and after, and the chosen HTML is walked into
blocks whose links keep absolute URLs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import lxml.etree
from lxml import html as lxml_html

from ..model import Article, Block
from .builder import PendingBlock, TextBuilder
from .charset import decode
from .choose import (
    NEAR_EMPTY_WORDS,
    PAGE_TEXT_NOTE,
    PROSE_BLOCK_WORDS,
    SPLIT_LONG_SHARE,
    SPLIT_MIN_WORDS,
    SPLIT_SHARE,
    body_words,
    completes,
    elsewhere,
    from_beside_story,
    long_paragraph_words,
    looks_split,
    looks_wrong,
    prefer_second,
    prose_words,
    second_opinion,
    teaser_list,
)
from .clean import strip_for_xml
from .errors import ExtractionError
from .furniture import is_caption_box, is_furniture_node
from .inline import cut_to_label
from .metadata import Metadata, read_metadata
from .photos import adds_captions, caption_said, may_be_photo_post
from .readable import readable_content
from .selection import select_blocks
from .standfirst import lead_outside
from .threads import cut_thread
from .unseen import drop_hidden, drop_unseen
from .walker import Walker
from .words import HAN_KANA_PER_WORD, count_words

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


# An XML declaration naming an encoding ("<?xml version='1.0' encoding='utf-8'?>", XHTML
# pages): the text is already decoded, and lxml refuses a str that still says how to.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def parse(text: str) -> lxml_html.HtmlElement:
    text = _XML_DECLARATION.sub("", strip_for_xml(text), count=1)
    # huge_tree: libxml2 follows 2,048 levels, not 256 (past which it drops the text)
    parser = lxml_html.HTMLParser(huge_tree=True)
    try:
        doc = lxml_html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError, AssertionError) as exc:
        # AssertionError: lxml on a page that is only "<head" ("too many bodies")
        raise ExtractionError(f"the page could not be parsed ({exc})") from None
    if any("Excessive depth" in str(e.message) for e in parser.error_log):
        raise TooDeep
    if "<rt" in text or "<RT" in text:
        # ruby annotations (furigana) over the words are not words of the text, for any
        # reader of the tree: ours, or the second opinion's
        lxml.etree.strip_elements(doc, "rt", "rp", with_tail=False)
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


def preclean(doc: lxml_html.HtmlElement, *, keep_captions: bool = False) -> set[str]:
    """Remove what is never article text: what is unseen, and furniture blocks (caption
    boxes too, unless ``keep_captions``). The different captions found that say more than
    a credit."""
    drop_unseen(doc)
    captions: set[str] = set()
    # the last node dropped or cut to its label: the nodes inside it follow it, settled
    dropped = None
    for el in doc.xpath("//*[@class or @id or @role or @data-component]"):
        if dropped is not None:
            if any(a is dropped for a in el.iterancestors()):
                continue
            dropped = None
        if el.tag in ("body", "html") or not is_furniture_node(el):
            continue
        if cut_to_label(el):  # a name inside a sentence: only its hover box goes
            dropped = el
            continue
        if is_caption_box(el):
            said = caption_said(el)
            if said:
                captions.add(said)
            if keep_captions:
                continue
        _drop(el)
        dropped = el
    # Quoted posts (tweets and the like) are part of the story; readability's own
    # "unlikely candidate" words would drop them for their class, so neutralise it.
    for el in doc.xpath("//blockquote[@class]"):
        el.set("class", "embedded-post")
    return captions


def extract_html(
    data: bytes | str,
    source: str,
    *,
    url: str | None = None,
    charset: str | None = None,
    local_base: str | None = None,
) -> Article:
    """Extract the article from an HTML page. ``local_base``: the file URI of a saved page,
    against which its relative links are resolved to paths beside it."""
    text = data if isinstance(data, str) else decode(data, charset)
    # the flattened copies are made only for a page that needs them
    attempts = (lambda: text, lambda: flatten(text), lambda: flatten(text, everything=True))
    for attempt in attempts:
        try:
            return _extract(attempt(), source, url, local_base)
        except (TooDeep, RecursionError):  # nested past what the parser or walk follows
            continue
    raise ExtractionError("the page is nested too deep to read")


def _walk(node: lxml_html.HtmlElement | None, meta: Metadata) -> list[PendingBlock]:
    if node is None:
        return []
    walker = Walker(meta.base_url)
    walker.inner(node)
    walker.flush()
    return select_blocks(cut_thread(walker.blocks), meta)


def _words(blocks: list[PendingBlock]) -> int:
    """A body's words, a repeated block's not counted again (bodies are compared by what
    they say)."""
    return sum(count_words(b.plain) for b in blocks if not b.repeat)


def _reparse(text: str, clean: Callable[[lxml_html.HtmlElement], None]) -> lxml_html.HtmlElement:
    """The page parsed again (the first tree is cut to readability's choice), cleaned."""
    doc = parse(text)
    clean(doc)
    return doc


def _page_text(doc: lxml_html.HtmlElement, meta: Metadata) -> list[PendingBlock]:
    """The page's own text: its prose paragraphs, or every block when it has none."""
    blocks = _walk(doc.find("body"), meta)
    prose = [b for b in blocks if count_words(b.plain) >= PROSE_BLOCK_WORDS]
    return prose or blocks


TITLE_WORDS = 12


def fallback_title(body: str, blocks: tuple[Block, ...]) -> str:
    """A title for a page that names none: its first heading, else its first line, cut."""
    first = next((b for b in blocks if b.kind == "heading"), blocks[0] if blocks else None)
    line = body[first.start : first.end] if first else body
    words = line.split()
    if count_words(line) > len(words):  # a script written without spaces: cut by letters
        line = " ".join(words)
        cut = TITLE_WORDS * HAN_KANA_PER_WORD
        return line[:cut] + ("…" if len(line) > cut else "")
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")


def _second_look(
    text: str,
    doc: lxml_html.HtmlElement,
    blocks: list[PendingBlock],
    own_share: float,
    upper: int,
    meta: Metadata,
) -> tuple[list[PendingBlock], str | None]:
    """readability's body, or a better one when it looks wrong or like one part of a split
    story (``choose`` says when). ``doc``: the cleaned page; ``own_share``: the share of the
    body that was readability's own choice, as it alone is judged (twins joined to it are
    a guess, which a longer second body overrules)."""
    words = _words(blocks)
    own = round(words * own_share)
    # The page as it came (links and comments stripped) gives the exact prose: parsed
    # again only for a body that looks wrong, or short beside the long paragraphs that
    # the cleaned page still has (a split story's other parts).
    if not looks_wrong(own, upper) and not (
        looks_wrong(own, upper, SPLIT_SHARE) and long_paragraph_words(doc) > SPLIT_LONG_SHARE * own
    ):
        return blocks, None
    prose_doc = parse(text)
    prose = prose_words(prose_doc)
    if looks_wrong(own, prose):
        teasers = teaser_list(blocks)  # other stories' summaries: any longer body is better
        second = _walk(second_opinion(_reparse(text, drop_hidden)), meta)
        longer = _words(second) > words and not teaser_list(second)
        if words >= NEAR_EMPTY_WORDS and from_beside_story(prose_doc, second):
            pass  # the column beside the story or the banner: a short story is still the story
        elif prefer_second(words, _words(second)) or (longer and (own_share < 1 or teasers)):
            blocks, words = second, _words(second)
        elif elsewhere(blocks, second):
            # the two disagree on where the story is: asked again on the cleaned page (no
            # slideshow or sidebar left to mistake for it), trafilatura settles it
            cleaned = _walk(second_opinion(doc), meta)
            if elsewhere(blocks, cleaned):
                blocks, words = cleaned, _words(cleaned)
        elif own >= SPLIT_MIN_WORDS and completes(blocks, second):
            # a plausible part of a split story: completed from the cleaned page, as below
            cleaned = _walk(second_opinion(doc), meta)
            if completes(blocks, cleaned):
                blocks, words = cleaned, _words(cleaned)
        if words < NEAR_EMPTY_WORDS:
            page = _page_text(_reparse(text, drop_unseen), meta)
            if _words(page) > words:
                return page, PAGE_TEXT_NOTE
        return blocks, None
    if looks_split(own, prose, prose_doc):
        # A plausible body, so our furniture rules are trusted: trafilatura reads the
        # cleaned page (no slideshow or related box to mistake for the missing parts).
        second = _walk(second_opinion(doc), meta)
        if completes(blocks, second):
            return second, None
    return blocks, None


def _with_lead(
    doc: lxml_html.HtmlElement, blocks: list[PendingBlock], meta: Metadata
) -> list[PendingBlock]:
    """The body with the story's lead before it, when the page prints one in its header
    that the body lacks (``standfirst``)."""
    first = next((b for b in blocks if b.kind == "paragraph"), None)
    if first is None:
        return blocks
    lead = lead_outside(doc, first.plain, (b.plain for b in blocks))
    if lead is None:
        return blocks
    return _walk(lead, meta) + blocks


def _extract(
    text: str, source: str, url: str | None, local_base: str | None, keep_captions: bool = False
) -> Article:
    doc = parse(text)
    meta = read_metadata(doc, url)
    if meta.base_url is None and local_base:  # a saved page: links lead beside it
        meta = replace(meta, base_url=local_base)
    # The body's words bound its prose from above: only a first body that looks wrong even
    # beside all of them needs the exact count, from the page as it came.
    upper = body_words(doc)
    captions = preclean(doc, keep_captions=keep_captions)
    node, own_share = readable_content(doc, url)
    blocks, note = _second_look(text, doc, _walk(node, meta), own_share, upper, meta)
    blocks = _with_lead(doc, blocks, meta)
    if not keep_captions and note is None and may_be_photo_post(_words(blocks), captions):
        # a photo post's captions are its story: read again with them, kept when that body
        # holds all this one does and captions of its own
        shown = _extract(text, source, url, local_base, keep_captions=True)
        if adds_captions(shown.text, blocks, captions):
            return shown
    builder = TextBuilder()
    for b in blocks:
        builder.add(b)
    body, block_spans, links = builder.build()
    if not body.strip():
        raise ExtractionError("no article text found on the page")
    return Article(
        source=source,
        text=body,
        title=meta.title or fallback_title(body, block_spans),
        url=meta.canonical or url,
        byline=meta.byline,
        site=meta.site,
        published=meta.published,
        language=meta.language,
        blocks=block_spans,
        links=links,
        note=note,
    )
