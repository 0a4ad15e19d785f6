"""When readability's choice looks wrong: a second opinion, then the page's own text.

readability-lxml picks one node. On most pages that node is the story; on some it is a
teaser, a caption, or nothing (a story split over many containers, a page it rejects as
too short, a story our furniture rules took for furniture). Those pages are cheap to spot:
the first body is short, or holds less than half of the prose the page carries outside
links. Only then is trafilatura asked, and its body is taken when ours found next to
nothing or a small fraction of what it found, or when it read a story's length from
another part of the page altogether and says so again on the cleaned page; never when
it read the column beside the story or the banner above it (a blog's "about" blurb or
description of itself outweighs a short post). A plausible
body that is one part of a story split over containers (long paragraphs elsewhere on the
page hold more) is checked too, on the page our furniture rules cleaned, and replaced
only by a body that holds it and several times more. The thresholds were measured on
Dragnet and CleanEval (half the pages to set them, the other half to check; the
extraction benchmark prints both), not on any one site.

When no extractor finds an article, the page's main text is shown rather than nothing:
its prose paragraphs, or failing those every block it has, with a note saying so.
"""

from __future__ import annotations

import logging
from itertools import islice
from typing import TYPE_CHECKING, Any

from lxml import etree
from lxml import html as lxml_html

from .furniture import beside_story
from .locate import holding
from .words import count_words

if TYPE_CHECKING:
    from .builder import PendingBlock

# An extraction under this many words found no article.
NEAR_EMPTY_WORDS = 10
# A second body this many times longer than the first is the story the first missed.
SWITCH_RATIO = 5
# Below this many words, or this share of the page's prose, the first body looks wrong
# (with more than a fifth of the prose, no second body could be five times longer).
SHORT_WORDS = 50
PROSE_SHARE = 1 / SWITCH_RATIO
# A split story: a first body of at least this many words, under this share of the
# page's prose, beside long paragraphs (this many words each) holding this many times its
# words; a second body this many times longer, holding this share of its words, completes it.
SPLIT_MIN_WORDS = 70
SPLIT_SHARE = 1 / 3
LONG_PARAGRAPH_WORDS = 25
SPLIT_LONG_SHARE = 1.5
SPLIT_RATIO = 3
SPLIT_HELD = 0.8
# A second body sharing under this share of the first's words is read from elsewhere.
ELSEWHERE_SHARED = 0.3
# ...and taken only with this many words: a sidebar's blurb is shorter.
ELSEWHERE_MIN_WORDS = 120
# A page-text paragraph at least this long is prose, not a menu or a label.
PROSE_BLOCK_WORDS = 10

PAGE_TEXT_NOTE = "no article found: showing the page's text"

_NOT_PROSE_TAGS = ("a", "script", "style", "noscript", "template")


def body_words(doc: lxml_html.HtmlElement) -> int:
    """Words of text in the page's body, links and all: prose_words's upper bound, for a
    fifth of its cost."""
    return count_words(doc.xpath("string(//body)"))


# An id or class naming comments, not commentary (an opinion section's own story).
_IS_COMMENTS = (
    "(contains(@id, 'comment') or contains(@class, 'comment'))"
    " and not(contains(@id, 'commentary') or contains(@class, 'commentary'))"
)
_COMMENTS = etree.XPath(f"//body//*[{_IS_COMMENTS}]")
# A page whose body itself is named so (a live commentary's template) has none to strip.
_NAMED_COMMENTS = etree.XPath(f"boolean(//body[{_IS_COMMENTS}] or /html[{_IS_COMMENTS}])")


def _outermost(nodes: list[lxml_html.HtmlElement]) -> list[lxml_html.HtmlElement]:
    """Nodes without those inside another. (An XPath asking each node for such an
    ancestor takes seconds when hundreds of unclosed boxes nest.)"""
    kept: list[lxml_html.HtmlElement] = []
    inside: set[lxml_html.HtmlElement] = set()
    for el in nodes:
        if el not in inside:
            kept.append(el)
            inside.update(el.iterdescendants())
    return kept


def prose_words(doc: lxml_html.HtmlElement) -> int:
    """Words of text in the page's body outside links, code and readers' comments (an
    estimate: words that touch across a tag boundary count once). Strips those parts
    from ``doc``: give it a tree of its own."""
    etree.strip_elements(doc, *_NOT_PROSE_TAGS, with_tail=False)
    if not _NAMED_COMMENTS(doc):
        for el in _outermost(_COMMENTS(doc)):  # readers' comments are prose, but no story's
            el.drop_tree()
    return count_words(doc.xpath("string(//body)"))


def looks_wrong(words: int, prose: int, share: float = PROSE_SHARE) -> bool:
    """Whether a first body of ``words`` words on a page of ``prose`` words needs a check."""
    return words < SHORT_WORDS or words < share * prose


def looks_split(words: int, prose: int, page: lxml_html.HtmlElement) -> bool:
    """Whether a plausible first body of ``words`` words looks like one part of a story
    split over containers: under a third of the page's prose, which sits in long
    paragraphs (a story's, not a menu's or a teaser's) holding half as much again as the
    body. ``page``: the page with links and comments stripped (``prose_words``)."""
    if words < SPLIT_MIN_WORDS or words >= SPLIT_SHARE * prose:
        return False
    return long_paragraph_words(page) > SPLIT_LONG_SHARE * words


def long_paragraph_words(page: lxml_html.HtmlElement) -> int:
    """Words in the page's long paragraphs."""
    total = 0
    for p in page.iter("p"):
        n = count_words(p.text_content())
        if n >= LONG_PARAGRAPH_WORDS:
            total += n
    return total


def _words_in(blocks: list[PendingBlock]) -> int:
    return sum(count_words(b.plain) for b in blocks)


def _held(first: list[PendingBlock], second: list[PendingBlock]) -> float | None:
    """The share of the first body's distinct words that the second holds (None for an
    empty first body)."""
    had = {w for b in first for w in b.plain.lower().split()}
    has = {w for b in second for w in b.plain.lower().split()}
    return len(had & has) / len(had) if had else None


def completes(first: list[PendingBlock], second: list[PendingBlock]) -> bool:
    """Whether a second body completes a split first one: several times longer, and
    holding nearly every word the first one had (the same story, more of it)."""
    if _words_in(second) <= SPLIT_RATIO * _words_in(first):
        return False
    held = _held(first, second)
    return held is not None and held >= SPLIT_HELD


def elsewhere(first: list[PendingBlock], second: list[PendingBlock]) -> bool:
    """Whether a longer second body, of a story's length, is another part of the page
    altogether: it holds next to none of the first's words (two readers that disagree on
    where the story is; the first already looks wrong)."""
    if _words_in(second) <= max(ELSEWHERE_MIN_WORDS, _words_in(first)):
        return False
    held = _held(first, second)
    return held is not None and held < ELSEWHERE_SHARED


# A list of teasers: at least this many paragraphs, this share of them cut off mid-sentence.
TEASER_LIST_BLOCKS = 3
TEASER_LIST_SHARE = 2 / 3


def teaser_list(blocks: list[PendingBlock]) -> bool:
    """Whether a body is a list of other stories' summaries, each cut off with an
    ellipsis ("... fijó la próxima audiencia para..."): not a story however it scores."""
    prose = [b.plain.rstrip() for b in blocks if count_words(b.plain) >= PROSE_BLOCK_WORDS]
    if len(prose) < TEASER_LIST_BLOCKS:
        return False
    cut = sum(1 for text in prose if text.endswith(("...", "…", "[…]", "[...]")))
    return cut >= TEASER_LIST_SHARE * len(prose)


def from_beside_story(page: lxml_html.HtmlElement, blocks: list[PendingBlock]) -> bool:
    """Whether a body's longest block is text of the column beside the story (its "about"
    blurb, a widget) or of the banner above it (a blog's description of itself): a second
    opinion that read either for the story."""
    if not blocks:
        return False
    where = holding(page, max(blocks, key=lambda b: len(b.plain)).plain)
    return where is not None and beside_story(where)


def prefer_second(first: int, second: int) -> bool:
    """Whether a second body of ``second`` words should replace a first of ``first``."""
    if second <= first:
        return False
    return first < NEAR_EMPTY_WORDS or second > SWITCH_RATIO * first


_trafilatura_log = logging.getLogger("trafilatura")
_trafilatura_log.addHandler(logging.NullHandler())
_trafilatura_log.propagate = False


# A page of more blocks than this gets trafilatura without its own fallbacks: jusText's
# revision of short paragraphs is quadratic in a run of them (50,000 one-line paragraphs
# took nine minutes); 8 of 3,198 benchmark pages have this many.
FALLBACK_MAX_BLOCKS = 3_000
# The tags that start a paragraph of its own for jusText.
_BLOCK_TAGS = (
    *("p", "div", "br", "pre", "blockquote", "center", "form", "fieldset", "legend"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dd", "dt"),
    *("table", "caption", "thead", "tfoot", "tr", "td", "th", "col", "colgroup"),
    *("option", "optgroup", "textarea"),
)


def _too_many_blocks(doc: lxml_html.HtmlElement) -> bool:
    blocks = doc.iter(*_BLOCK_TAGS)
    return next(islice(blocks, FALLBACK_MAX_BLOCKS, None), None) is not None


def second_opinion(doc: lxml_html.HtmlElement) -> Any:
    """trafilatura's body of a parsed page (hidden parts already gone) as an HTML element,
    or None when it finds none."""
    try:
        import trafilatura
    except ImportError:  # an install without it reads as before
        return None
    try:
        markup = trafilatura.extract(
            doc,
            output_format="html",
            include_comments=False,
            include_links=True,
            include_tables=True,
            fast=_too_many_blocks(doc),
        )
    except Exception:  # any failure of a second opinion leaves the first one standing
        return None
    if not markup or not markup.strip():
        return None
    try:
        return lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return None
