"""When readability's choice looks wrong: a second opinion, then the page's own text.

readability-lxml picks one node. On most pages that node is the story; on some it is a
teaser, a caption, or nothing (a story split over many containers, a page it rejects as
too short, a story our furniture rules took for furniture). Those pages are cheap to spot:
the first body is short, or holds less than half of the prose the page carries outside
links. Only then is trafilatura asked, and its body is taken when ours found next to
nothing or a small fraction of what it found. The thresholds were measured on Dragnet and
CleanEval (half the pages to set them, the other half to check; the extraction benchmark
prints both), not on any one site.

When no extractor finds an article, the page's main text is shown rather than nothing:
its prose paragraphs, or failing those every block it has, with a note saying so.
"""

from __future__ import annotations

import logging
from typing import Any

from lxml import etree
from lxml import html as lxml_html

# An extraction under this many words found no article.
NEAR_EMPTY_WORDS = 10
# A second body this many times longer than the first is the story the first missed.
SWITCH_RATIO = 5
# Below this many words, or this share of the page's prose, the first body looks wrong
# (with more than a fifth of the prose, no second body could be five times longer).
SHORT_WORDS = 50
PROSE_SHARE = 1 / SWITCH_RATIO
# A page-text paragraph at least this long is prose, not a menu or a label.
PROSE_BLOCK_WORDS = 10

PAGE_TEXT_NOTE = "no article found: showing the page's text"

_NOT_PROSE_TAGS = ("a", "script", "style", "noscript", "template")


def body_words(doc: lxml_html.HtmlElement) -> int:
    """Words of text in the page's body, links and all: prose_words's upper bound, for a
    fifth of its cost."""
    return len(doc.xpath("string(//body)").split())


# An id or class naming comments, not commentary (an opinion section's own story).
_IS_COMMENTS = (
    "(contains(@id, 'comment') or contains(@class, 'comment'))"
    " and not(contains(@id, 'commentary') or contains(@class, 'commentary'))"
)
_COMMENTS = etree.XPath(f"//body//*[{_IS_COMMENTS}][not(ancestor::*[{_IS_COMMENTS}])]")


def prose_words(doc: lxml_html.HtmlElement) -> int:
    """Words of text in the page's body outside links, code and readers' comments (an
    estimate: words that touch across a tag boundary count once). Strips those parts
    from ``doc``: give it a tree of its own."""
    etree.strip_elements(doc, *_NOT_PROSE_TAGS, with_tail=False)
    for el in _COMMENTS(doc):  # readers' comments are prose, but no story's
        el.drop_tree()
    return len(doc.xpath("string(//body)").split())


def looks_wrong(words: int, prose: int) -> bool:
    """Whether a first body of ``words`` words on a page of ``prose`` words needs a check."""
    return words < SHORT_WORDS or words < PROSE_SHARE * prose


def prefer_second(first: int, second: int) -> bool:
    """Whether a second body of ``second`` words should replace a first of ``first``."""
    if second <= first:
        return False
    return first < NEAR_EMPTY_WORDS or second > SWITCH_RATIO * first


_trafilatura_log = logging.getLogger("trafilatura")
_trafilatura_log.addHandler(logging.NullHandler())
_trafilatura_log.propagate = False


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
        )
    except Exception:  # any failure of a second opinion leaves the first one standing
        return None
    if not markup or not markup.strip():
        return None
    try:
        return lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return None
