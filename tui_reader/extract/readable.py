"""readability-lxml, adapted: fed our parsed and cleaned tree, scoring with less work (the
same scores), never choosing a scholarly page's reference list, and able to join a story
split over twin containers.

readability picks one node and adds its siblings that score well. A story split over
several containers a level or more apart (a section per subheading, a box per gallery
item) loses every part but one. readability joins such parts itself only when their class
names a story ("entry", "content", inside an ``<article>``); here, parts that are twins of
its choice (same tag, same classes, under a near ancestor, long and low in links) are
joined whatever the classes say. A lead printed in a box of its own just before the body
("standfirst", "intro", "deck") is joined too. A list of links that the story introduces
("Other deals:") is kept through readability's cleaning, which reads it as a menu, and so
is the box around a quoted post (a tweet), which it drops for its links.
"""

from __future__ import annotations

import copy
import logging
import re

import lxml.etree
from lxml import html as lxml_html
from readability import Document

from .chrome import is_chrome_line
from .divs import rewrite_divs
from .measures import is_roll, squashed_length, tidied_length
from .standfirst import LEAD_WORDS
from .words import count_words

# Twins are looked for under the ancestor this many levels above readability's choice (a
# live page nests each entry's text six or seven levels deep in its own item).
TWIN_LEVELS = 8
# A twin scores at least this share of the choice's readability score (and 10)...
TWIN_SCORE_SHARE = 0.2
# ...has at most this share of its text in links...
TWIN_LINK_DENSITY = 0.2
# ...and, like the choice, at least this many characters: a teaser's twins are teasers.
TWIN_MIN_CHARS = 400

# A lead apart from the body is looked for under the ancestor this many levels above it,
# and holds this many words.
LEAD_LEVELS = 3
LEAD_MIN_WORDS = 8
LEAD_MAX_WORDS = 150

# A wrapper with at most this many characters of its own besides the choice is the unit
# that twins repeat.
TWIN_WRAPPER_CHARS = 80

# A box around a quoted post has at most this many characters besides it; a quoted
# post has at most this share of its text in links.
WRAPPER_CHARS = 40
QUOTE_LINK_DENSITY = 0.5

# A roll of names (``measures.is_roll``) gives way to prose scoring at least this share of
# its score.
ROLL_SCORE_SHARE = 1 / 3

# readability logs (with a traceback) every page it gives up on; the reader says so itself.
_readability_log = logging.getLogger("readability")
_readability_log.addHandler(logging.NullHandler())
_readability_log.propagate = False


class Readable(Document):
    """readability's Document fed an already parsed tree; each retry starts from a copy.

    The tree is already clean (``preclean``: no scripts, styles, comments or hidden nodes)
    and the walker resolves links itself, so readability's own cleaning pass and link
    rewriting, a fifth of its time, are skipped. ``own_chars`` and ``joined_chars``: the
    text of readability's own choice and of the twins joined to it."""

    own_chars = 0
    joined_chars = 0

    def _parse(self, input):
        self.encoding = "utf-8"
        return copy.deepcopy(input)

    def get_link_density(
        self, elem: lxml_html.HtmlElement, linked: dict[lxml_html.HtmlElement, int] | None = None
    ) -> float:
        """The share of an element's text inside links, whitespace runs counted as one
        character: readability's measure without its three regex passes per element (half
        its time, as it measures every candidate, every link in it and every box again).
        ``linked``: the links' lengths measured so far, for a pass over nested boxes that
        meets each link once per box."""
        if linked is None:
            links = sum(squashed_length(a) for a in elem.iterdescendants("a"))
        else:
            links = 0
            for a in elem.iterdescendants("a"):
                chars = linked.get(a)
                if chars is None:
                    chars = linked[a] = squashed_length(a)
                links += chars
        return links / max(squashed_length(elem), 1)

    def transform_misused_divs_into_paragraphs(self) -> None:
        """readability's rewriting of boxes used as paragraphs, in linear time (``divs``)."""
        rewrite_divs(self.html)

    def get_preserved_elements(self, node) -> dict:
        """What readability's cleaning keeps whatever its links (its tables of contents and
        quoted leads), and a list the story introduces: one right after a paragraph that
        ends with a colon ("Other deals:", "The winners were:"), whose links are the
        items the story lists, not a menu beside it."""
        allowed = super().get_preserved_elements(node)
        for el in self.tags(node, "ul"):
            if _introduced(el):
                allowed[el] = True
        for quote in self.tags(node, "blockquote"):
            if self.get_link_density(quote) > QUOTE_LINK_DENSITY:
                continue  # "Follow us on Twitter" buttons set as a quote
            for box in _wrappers(quote, node):
                allowed[box] = True
        return allowed

    def score_paragraphs(self) -> dict:
        """readability's paragraph scores with less work: a paragraph counts from 25
        tidied characters and its length adds at most 3 points (at 300 characters), so a
        long one is tidied only as far as that decides; its commas, which tidying never
        touches, are counted as they stand. Scores are the same as readability's own."""
        candidates: dict = {}
        order = []
        for elem in self.tags(self._html(), "p", "pre", "td", "blockquote"):
            parent = elem.getparent()
            if parent is None:
                continue
            grand = parent.getparent()
            raw = elem.text_content() or ""
            if len(raw) < self.min_text_length:
                continue  # tidying never lengthens a text
            length = tidied_length(raw)
            if length < self.min_text_length:
                continue
            for node in (parent, grand):
                if node is not None and node not in candidates:
                    candidates[node] = self.score_node(node)
                    order.append(node)
            score = 2 + raw.count(",") + min(length / 100, 3)
            candidates[parent]["content_score"] += score
            if grand is not None:
                candidates[grand]["content_score"] += score / 2
        linked: dict[lxml_html.HtmlElement, int] = {}  # a link is inside several candidates
        for node in order:
            candidates[node]["content_score"] *= 1 - self.get_link_density(node, linked)
        return candidates

    def select_best_candidate(self, candidates):
        """readability's choice, but never a scholarly page's apparatus: a long list of
        references outscores the article it supports, and is not it."""
        story = {el: c for el, c in candidates.items() if not _is_apparatus(el)}
        best = super().select_best_candidate(story or candidates)
        if best is None or not is_roll(best["elem"]):
            return best
        # a roll of names (signatories, a cast, a team sheet) scores a point a comma; the
        # prose it is printed with is the story when it scores near it
        floor = ROLL_SCORE_SHARE * best["content_score"]
        ranked = sorted((story or candidates).values(), key=lambda c: -c["content_score"])
        for other in ranked:
            if other["content_score"] < floor:
                break
            if other is not best and not is_roll(other["elem"]):
                return other
        return best

    def get_article(self, candidates, best_candidate, html_partial=False):
        """readability's article, with the paragraphs beside its choice that it judged by
        their text before the first inline tag: a paragraph opening with a drop cap, a link
        or bold words ("<p><span>D</span>ie Angst ...") is measured whole, as it reads."""
        best = best_candidate["elem"]
        parent = best.getparent()
        siblings = list(parent) if parent is not None else []
        before = siblings[: next((i for i, s in enumerate(siblings) if s is best), 0)]
        output = super().get_article(candidates, best_candidate, html_partial)
        missed = [s for s in before if s.getparent() is parent and self._opens_inline(s)]
        if not missed:
            return output
        root = best.getparent()  # where readability put what it took
        for s in siblings:
            if s.getparent() is root or any(s is m for m in missed):
                root.append(s)  # document order kept: each one moved to the end in turn
        return output

    def _opens_inline(self, el: lxml_html.HtmlElement) -> bool:
        """A paragraph whose own leading text is short but which reads as prose: over 80
        characters, few of them in links (readability's test for a paragraph beside it)."""
        if el.tag != "p" or len(el.text or "") > 80 or len(el) == 0:
            return False
        return squashed_length(el) > 80 and self.get_link_density(el) < 0.25

    def merge_article_segments(self, candidates, best_candidate, score_threshold) -> None:
        best = best_candidate["elem"]
        self.joined_chars = 0  # readability may try twice: the last try counts
        children = len(best)
        super().merge_article_segments(candidates, best_candidate, score_threshold)
        if len(best) != children:
            return  # readability joined the parts itself
        self.own_chars = squashed_length(best)
        lead = _lead_before(best)
        twins = self._twins(candidates, best_candidate)
        if lead is not None:
            best.insert(0, lead)
        if not twins:
            return
        self.joined_chars = sum(squashed_length(t) for t in twins)
        after = False
        head: list[lxml_html.HtmlElement] = []
        tail: list[lxml_html.HtmlElement] = []
        for el in twins[0].getroottree().iter():
            if el is best:
                after = True
            elif any(el is t for t in twins):
                (tail if after else head).append(el)
        for el in reversed(head):
            best.insert(0, el)
        for el in tail:
            best.append(el)

    def _twins(self, candidates, best_candidate) -> list[lxml_html.HtmlElement]:
        chosen = best_candidate["elem"]
        unit = _unit(chosen)
        classes = unit.get("class")
        if not classes or self.own_chars < TWIN_MIN_CHARS:
            return []
        frame = _frame(unit, TWIN_LEVELS)
        if frame is unit:
            return []
        floor = max(10.0, best_candidate["content_score"] * TWIN_SCORE_SHARE)
        kin = set(unit.iterancestors()) | set(unit.iterdescendants()) | {chosen}
        return [
            el
            for el in frame.iter(unit.tag)
            if el is not unit
            and el.get("class") == classes
            and el in candidates
            and el not in kin
            and candidates[el]["content_score"] >= floor
            and squashed_length(el) >= TWIN_MIN_CHARS
            and self.get_link_density(el) <= TWIN_LINK_DENSITY
            # a wrapper's class is the page's generic box: one holding a single paragraph
            # beside the story is a box about the sender, not a section of it
            and (unit is chosen or len(el.findall(".//p")) != 1)
        ]


def _introduced(el: lxml_html.HtmlElement) -> bool:
    """Whether the element just before a list is a paragraph of the story ending with a
    colon (not a furniture label such as "Related stories:")."""
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is None or before.tag != "p":
        return False
    text = before.text_content().strip()
    return text.endswith(":") and not is_chrome_line(text)


def _wrappers(
    quote: lxml_html.HtmlElement, top: lxml_html.HtmlElement
) -> list[lxml_html.HtmlElement]:
    """The boxes around a quoted post (a tweet's "social-media-embed" div) up to ``top``
    that hold little else: readability's cleaning drops them for their links."""
    size = len(quote.text_content().strip())
    boxes = []
    for box in quote.iterancestors():
        if box is top or len(box.text_content().strip()) > size + WRAPPER_CHARS:
            break
        boxes.append(box)
    return boxes


def _frame(el: lxml_html.HtmlElement, levels: int) -> lxml_html.HtmlElement:
    """The ancestor ``levels`` above an element, or the highest below the page's body."""
    frame = el
    for _ in range(levels):
        up = frame.getparent()
        if up is None or up.tag in ("body", "html"):
            break
        frame = up
    return frame


def _lead_before(best: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The story's lead printed just before its body in a box of its own: the last element
    before the body, under a near ancestor, whose class or id says it is the lead and
    whose text is a few sentences of prose."""
    frame = _frame(best, LEAD_LEVELS)
    if frame is best:
        return None
    above = set(best.iterancestors())  # they come before it too, and hold it
    found = None
    for el in frame.iter():
        if el is best:
            break
        if el in above or not isinstance(el.tag, str):
            continue
        if not LEAD_WORDS.search(f"{el.get('class', '')} {el.get('id', '')}"):
            continue
        if el.find(".//h1") is not None or el.find(".//h2") is not None:
            continue  # the story's header, title and all
        words = count_words(el.text_content())
        linked = sum(count_words(a.text_content()) for a in el.iter("a"))
        if LEAD_MIN_WORDS <= words <= LEAD_MAX_WORDS and linked <= 0.2 * words:
            found = el
    return found


def _unit(best: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """What a choice's twins look like: the choice, or for a choice with no class of its
    own the classed wrapper that holds it and nothing else ("div.section > div")."""
    if best.get("class"):
        return best
    parent = best.getparent()
    if parent is None or not parent.get("class") or parent.tag in ("body", "html"):
        return best
    return parent if squashed_length(parent) <= squashed_length(best) + TWIN_WRAPPER_CHARS else best


# Class or id words of what a scholarly page lists after its text.
_APPARATUS = re.compile(r"references|bibliography|footnotes|endnotes|citations", re.I)


def _is_apparatus(el: lxml_html.HtmlElement) -> bool:
    return bool(_APPARATUS.search(f"{el.get('class', '')} {el.get('id', '')}"))


def readable_content(
    doc: lxml_html.HtmlElement, url: str | None
) -> tuple[lxml_html.HtmlElement | None, float]:
    """readability's body of a cleaned page, or None, with the share of it that was
    readability's own choice (below 1 when twins were joined to it)."""
    reader = Readable(doc, url=url)
    try:
        summary = reader.summary(html_partial=True)
    except RecursionError:
        raise
    except Exception:  # readability raises bare Exceptions on degenerate pages
        return None, 1.0
    if not summary or not summary.strip():
        return None, 1.0
    share = 1.0
    if reader.joined_chars:
        share = reader.own_chars / (reader.own_chars + reader.joined_chars)
    try:
        return lxml_html.fragment_fromstring(summary, create_parent="div"), share
    except (lxml.etree.ParserError, ValueError, AssertionError):  # lxml asserts one body
        return None, share
