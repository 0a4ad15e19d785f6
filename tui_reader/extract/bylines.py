"""Who wrote the page, from the page itself: author and byline classes, ``rel=author``,
``itemprop=author``, a printed "By ..." line; and what in those places is not a name."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from itertools import islice
from urllib.parse import urlsplit

import lxml.etree
from lxml import html as lxml_html

from .clean import clean_inline


def is_url(value: str | None) -> bool:
    """Whether a metadata value is a web address (an author's profile page, not a name)."""
    return bool(value) and urlsplit(value.strip()).scheme in ("http", "https")


_BYLINE_WORDS = 8  # longer than this, an "author" element holds a bio, not a name


# A class or id that holds the author's name ("author-name", "post-author", "byline").
_AUTHOR_CLASS = lxml.etree.XPath(  # "uthor" and "yline" with any case of their first letter
    # ("ByLine"), no translate(); read from the attributes' axis, which libxml2 walks faster
    # than it tests every element's two attributes
    "//@*[(name() = 'class' or name() = 'id') and (contains(., 'uthor')"
    " or contains(., 'yline') or contains(., 'yLine') or contains(., 'YLINE'))]"
    "/parent::*[not(self::meta or self::img)]"
)
_ITEMPROP_AUTHOR = lxml.etree.XPath("//*[@itemprop='author']")
_WITH_REL = lxml.etree.XPath("//a[@rel]")
# What the class search looks for, whole: "byline" or "author", in any case.
_AUTHOR_WORD = re.compile(r"author|byline", re.I)
# Classes of things near an author that are not the author's name.
_NOT_AUTHOR = re.compile(r"avatar|image|photo|img|bio|comment|desc|about|social|follow", re.I)


def _author_candidates(doc: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """Where a page names its author, most explicit first: ``itemprop=author`` (its
    ``name`` part if it has one), ``rel=author``, then an author or byline class."""
    marked = _ITEMPROP_AUTHOR(doc)[:6]
    for el in marked:
        yield from el.xpath(".//*[@itemprop='name']")[:1]
    yield from marked
    yield from [a for a in _WITH_REL(doc) if "author" in a.get("rel", "").split()][:6]
    classed = (
        el
        for el in _AUTHOR_CLASS(doc)
        # "clipboard-copyline" holds "yline", but no byline
        if _AUTHOR_WORD.search(f"{el.get('class', '')} {el.get('id', '')}")
    )
    yield from list(islice(classed, 6))


def byline_in_page(doc: lxml_html.HtmlElement) -> str | None:
    """The author named in the page itself, from the first place that holds a name."""
    for el in _author_candidates(doc):
        if _NOT_AUTHOR.search(f"{el.get('class', '')} {el.get('id', '')}"):
            continue
        if el.xpath("descendant::*[self::h1 or self::h2]"):  # the headline's box
            continue
        name = _name_in(el.get("content") if el.tag == "meta" else box_text(el))
        if _looks_like_a_name(name):
            return name
    return _by_line_in_text(doc)


# Elements that break a line: their text does not run on into the next ("<a>Ian
# Lynam</a><br>October 8, 2012" is a name, then a date).
_BREAKS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "dd", "dt", "span", "h1", "h2", "h3", "h4", "h5"}
    | {"h6", "section", "header", "footer", "time", "td", "tr", "table"}
)


def box_text(el: lxml_html.HtmlElement) -> str:
    """An element's text with a space where a line or a block breaks it (a box too long
    for a byline as it is: a copy of it to mark is only made for a short one)."""
    text = el.text_content()
    if len(text.split()) > _BOX_WORDS:
        return text
    box = copy.deepcopy(el)
    for node in box.iter(*_BREAKS):
        node.text = " " + (node.text or "")
        node.tail = " " + (node.tail or "")
    return box.text_content()


def _name_in(text: str | None) -> str:
    """The name a byline box holds, without its label ("Written by"), the marks before it
    ("// posted by"), an e-mail address, and what follows the name: a date, a time, the
    rest of a line cut by "|". A name with a long title after a comma ("Ann Lee, Former
    Chief Engineer, Salem, Oregon") is the name alone."""
    name = _LEADING_MARKS.sub("", clean_inline(text or ""))
    if len(name.split()) > _BOX_WORDS:  # a whole header or page, not a byline box
        return ""
    name = _EMAIL.sub("", _BY.sub("", _DATE_FIRST.sub("", name)))
    name = _AFTER_NAME.sub("", re.split(r" \| | // ", name)[0]).strip(" ,:|/-\u2013\u2014")
    if len(name.split()) > _NAME_AND_TITLE_WORDS and _PERSON.fullmatch(name.split(",")[0].strip()):
        name = name.split(",")[0]
    return name.strip()


# Two to four capitalised words, as a person's name is written: "Roger M. Boisjoly".
_PERSON = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}")


def is_a_person(name: str | None) -> bool:
    """Whether a byline reads as one person's name: two to four capitalised words."""
    return bool(name) and bool(_PERSON.fullmatch(name.strip()))


_BOX_WORDS = 20
_NAME_AND_TITLE_WORDS = 6  # "Jo Lee, Staff Writer" stays whole; a longer title is cut
# A date printed before the name: "Monday, November 12, 2012, by Matthew Kang".
_DATE_FIRST = re.compile(r"^[^|]*\d[^|]*?[,\s]by\s+(?=[A-Z])")
# Marks a template prints before a byline: "// posted by", "# posted by", "— by".
_LEADING_MARKS = re.compile(r"^[^\w(]+")
# An e-mail address beside the name, with its comma or brackets. Tried from a word's start
# only: from every letter of a long word, each try ran to its end (quadratic).
_EMAIL = re.compile(r"[\s,;]*[(<]?(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?")


# "By Nick Assinder" alone in an element, with no class that says so: the printed byline.
_BY_NAME = re.compile(r"(?:By|BY|by)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})")
_NOT_NAME_WORDS = {"The", "A", "An", "Our", "This", "Your", "My", "Other", "Any", "All", "Some"}


# The first twenty text nodes that start with "By ", "by " or "BY " or are "by" alone,
# found in libxml2 and stopped there (one normalize-space per node: the test is a lookup of
# its first three characters).
_BY_TEXT = lxml.etree.XPath(
    "(//body//text()[contains('|By |by |BY |by|By|',"
    " concat('|', substring(normalize-space(.), 1, 3), '|'))])[position() <= 20]"
)


# Class or id words of readers' comments ("comment-list", "replies", "respond"; not
# "responsive").
_THREAD = re.compile(r"comment|(?<![a-z])(?:reply|replies|respond)(?![a-z])", re.I)


def _in_thread(el: lxml_html.HtmlElement) -> bool:
    """Whether an element sits in readers' comments (a commenter signs "by Ann on May 2")."""
    return any(
        _THREAD.search(f"{a.get('class', '')} {a.get('id', '')}") for a in (el, *el.iterancestors())
    )


def _by_line_in_text(doc: lxml_html.HtmlElement) -> str | None:
    """The first short element whose text is "By" and a name of two to four capitalised
    words (not "By The Numbers"), or "by" and such a name with the date after it ("By Ed
    Silverman // November 6th, 2012", "by <a>Noah Rothman</a> | 2:23 pm")."""
    for text in _BY_TEXT(doc):
        line = " ".join(str(text).split())
        m = _BY_NAME.fullmatch(line) if not line.startswith("by ") else None
        if m is not None:
            name = m.group(1)
        else:
            parent = text.getparent()
            if parent is None or not text.is_text:
                continue  # a tail: its element's text is something else
            words = parent.text_content().split()
            if len(words) > _BOX_WORDS or not any(c.isdigit() for w in words for c in w):
                continue  # a sentence that starts with "by", or no date after a name
            if _in_thread(parent):
                continue  # a commenter's signature
            box = " ".join(box_text(parent).split())
            name = _name_in(box)
            at = box.find(name) if name else -1
            dated = at >= 0 and any(c.isdigit() for c in box[at + len(name) :])
            if not (dated and is_a_person(name)):
                continue
        if not set(name.split()) & _NOT_NAME_WORDS:
            return name
    return None


_BY = re.compile(
    r"^(?:(?:written|posted|published)\s+by|(?:publié|écrit)\s+par|(?:publicado|escrito)\s+por"
    r"|(?:eingestellt|veröffentlicht|geschrieben)\s+von|pubblicato\s+da"
    r"|by|von|par|por|di|door|av|authors?|autor(?:in)?|"
    r"auteure?|autore)\b[\s:]*"
    r"|\s+says$",
    re.I,
)


# What follows a name in a byline: "(New York)", "on November 8, 2012", "| 10.29.12",
# "Posted to News", "Thursday", "View Profile".
_AFTER_NAME = re.compile(
    r"\s*\([^)]*\)\s*$|\s+(?:on|am|le|el|il|op)\s+(?=.{0,16}\d).*$"
    r"|(?:\s+[^\W\d]+:|\s+:)\s*(?=\S*\d).*$"  # "Stand: 05. Februar", "Joe : 11:58 AM"
    r"|\s*[|,\u2022\u00b7@/]\s*(?=\S*\d).*$|\s*\[[^\]]*\]\s*$"
    r"|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*$"
    r"|\s+-?\s*(?:published|posted|updated|filed|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*$"
    r"|\s+(?:view|visit|see)\s+(?:my\s+|the\s+|full\s+|complete\s+)*profile\b.*$",  # its links
    re.I,
)


_FORM_LABEL = re.compile(
    r"\b(?:name|e-?mail|website|required)\s*[:*]"
    # a credit for a source or a picture, not a writer: "Source: Statista", "Foto: dpa"
    r"|^(?:sources?|quellen?|źródło|fuente|fonte|bron|photos?|fotos?|images?|credits?)\s*:",
    re.I,
)


def _looks_like_a_name(text: str) -> bool:
    """A byline's words: a few, no digits (a date), no address, no form label ("Name:")."""
    return (
        any(c.isalpha() for c in text)  # not "//" or "#"
        and len(text.split()) <= _BYLINE_WORDS
        and not any(c.isdigit() for c in text)
        and not is_url(text)
        and not any(c in text for c in "@()<>[]{}")
        and not _FORM_LABEL.search(text)
        and not _LINK_LABEL.search(text)
        and not is_placeholder(text)
    )


# What a blog engine or a content system names as the author when nobody was: its own
# account or an empty field.
_PLACEHOLDERS = frozenset(
    {"admin", "administrator", "webmaster", "root", "user", "guest", "unknown", "anonymous"}
    | {"author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "publisher"}
    | {"gast", "гость", "invité"}
)


def is_placeholder(name: str | None) -> bool:
    """Whether a byline is a template's word, not anyone's name ("admin", "Unknown")."""
    return bool(name) and name.strip().lower() in _PLACEHOLDERS


# The label of a link beside an author's name, not the name: "Google profile", "View my
# complete profile", "Follow", "Subscribe"; or a word of the template's ("Posted").
_LINK_LABEL = re.compile(
    r"\b(?:profile|profil|follow|subscribe|share)\b"
    r"|^(?:posted|updated|published|about(?: us| me)?|google\s*\+"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$",
    re.I,
)
