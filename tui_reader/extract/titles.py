"""A page's title without the site's name glued to it: which parts of "Story - Section -
Site" are the headline."""

from __future__ import annotations

import re
from typing import Any

from .furniture import beside_story

_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\u2013\u2014\-:\u00b7\u2022»«›‹~]|//|::)\s+")


def clean_title(title: str | None, site: str | None, heading: str | None = None) -> str | None:
    """Drop a site name glued to the page title ("Story - Site", "Site | Story"): the part
    the page's own top heading repeats, else the parts that are not the site's name, else
    the run of parts most like the heading, else the parts left when host names and the
    short ones at either end go (a site or a section is a word or three; a dash inside a
    headline joins two clauses of it and stays), unless that guess is too short to be
    sure of."""
    if not title:
        return title
    spans = _title_parts(title)
    if len(spans) < 2:
        return title
    parts = [title[a:b] for a, b in spans]
    if heading:
        said = _squash(heading)
        for part in parts:
            # a heading that repeats the site's name is its banner ("TED Blog | 5 videos
            # of ...", <h1>TED Blog</h1>), not the headline
            if _squash(part) == said and not (site and said == _squash(site)):
                return part
    if site:
        low = site.lower()
        kept = [p for p in parts if p.lower() not in low and low not in p.lower()]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
    if heading:
        said = _closest_parts(title, spans, heading)
        if said is not None:
            return said
    guess = _guessed(title, spans, parts)
    # a guess of a word or four is as likely a section's name as a headline ("Books -
    # Scotsman.com Living", "Philip Glass - The Music Beat"): the title says more whole
    return title if len(_WORDS.findall(guess)) <= SHORT_GUESS_WORDS else guess


SHORT_GUESS_WORDS = 4


def _guessed(title: str, spans: list[tuple[int, int]], parts: list[str]) -> str:
    """The headline by the shape of the title alone: the parts left when host names and
    the short ones at either end go."""
    # "Brudirect.com - Local News": a part at either end that is a host name is the site's
    while len(parts) > 1 and _HOSTNAME.fullmatch(parts[0].strip()):
        spans, parts = spans[1:], parts[1:]
    while len(parts) > 1 and _HOSTNAME.fullmatch(parts[-1].strip()):
        spans, parts = spans[:-1], parts[:-1]
    if len(parts) == 1:
        return parts[0]
    if all(_short(p) for p in parts):
        return title  # "BBC - Science - Marshes": no part is the headline alone
    first, last = 0, len(spans) - 1
    while _short(parts[last]):
        last -= 1
    while _short(parts[first]):
        first += 1
    return title[spans[first][0] : spans[last][1]]


def strip_site(title: str, site: str | None, logo: str | None = None) -> str:
    """A title the page's metadata gives, without a part at either end that is the site's
    name exactly or a host name ("Story | The Japan Times", "Story - www.example.de"). The
    metadata's title is written for sharing, and the rest of it is the headline. A part
    that is the name the site's logo prints goes too, when what is left is long enough to
    be a headline ("Story title | IdeaFeed | Big Think", but not "EDDIE ROSS - Color Life")."""
    title = _strip_ends(title, _squash(site) if site else None)
    if logo:
        short = _strip_ends(title, _squash(logo))
        if len(_WORDS.findall(short)) > SHORT_GUESS_WORDS:
            return short
    return title


def _strip_ends(title: str, said: str | None) -> str:
    spans = _title_parts(title)
    while len(spans) > 1:
        if _is_site(title[slice(*spans[-1])], said):
            spans = spans[:-1]
        elif _is_site(title[slice(*spans[0])], said):
            spans = spans[1:]
        else:
            break
    return title[spans[0][0] : spans[-1][1]]


def _is_site(part: str, said: str | None) -> bool:
    return bool(said and _squash(part) == said) or bool(_HOSTNAME.fullmatch(part.strip()))


# How much of the top heading's words a run of the title's parts must share to be it.
HEADING_AGREEMENT = 0.6


def _closest_parts(title: str, spans: list[tuple[int, int]], heading: str) -> str | None:
    """The run of the title's parts whose words the top heading shares most (Dice), if
    it shares enough: the heading says which part is the headline."""
    want = set(_WORDS.findall(heading.lower()))
    best, score = None, 0.0
    for i in range(len(spans)):
        for j in range(i, len(spans)):
            run = title[spans[i][0] : spans[j][1]]
            got = set(_WORDS.findall(run.lower()))
            if got and want:
                dice = 2 * len(got & want) / (len(got) + len(want))
                # on a tie the longer run: the part it adds shares the heading's words
                if dice > score or (dice == score and best and len(run) > len(best)):
                    best, score = run, dice
    return best if score >= HEADING_AGREEMENT else None


_WORDS = re.compile(r"\w+")
_HOSTNAME = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?", re.I)


SITE_NAME_WORDS = 3


def _short(part: str) -> bool:
    """A title part that can be a site's or a section's name: a few words, or none."""
    return len(_WORDS.findall(part)) <= SITE_NAME_WORDS


def _title_parts(title: str) -> list[tuple[int, int]]:
    """Where the title's parts are, between separators but not inside brackets: "Song
    (Title - Singer)" is one part."""
    spans, last = [], 0
    for m in _TITLE_SEPARATORS.finditer(title):
        before = title[: m.start()]
        if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
            continue
        if _RANGE.search(before) and title[m.end() : m.end() + 1].isdigit():
            continue  # "14. - 20. Januar": a range of numbers
        spans.append((last, m.start()))
        last = m.end()
    spans.append((last, len(title)))
    return spans


_RANGE = re.compile(r"\d\.?$")


def _squash(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# What a page's <title> says when it names no page: a template's default, a site's front.
_GENERIC = frozenset(
    {
        *("home", "homepage", "home page", "index", "default", "untitled", "untitled document"),
        *("new page", "welcome", "blog", "news", "article", "page", "startseite", "willkommen"),
        *("accueil", "bienvenue", "inicio", "portada", "bienvenido"),
    }
)


def is_generic_title(title: str | None) -> bool:
    """Whether a title names no page ("Home", "Untitled Document", "Startseite")."""
    return not title or _squash(title) in _GENERIC


def top_heading(doc: Any) -> Any | None:
    """The page's first ``<h1>`` that heads the page, not the site: an ``<h1>`` that is
    only a link, in the navigation or in the banner above the story (a ``<header>`` not
    inside an article, a box named "header" or "banner"), is the site's name as a logo
    ("<h1><a href="/">Big Think</a></h1>"), as is one that is only a link to the site's
    front page or a section's ("/", "/asia/"). None when every ``<h1>`` is the site's."""
    for h1 in doc.xpath("//h1"):
        if not _banner(h1):
            return h1
    return None


def _banner(h1: Any) -> bool:
    names = {*(h1.get("class") or "").lower().split(), (h1.get("id") or "").lower()}
    if names & _SITE_NAMES:
        return True  # "<h1 id="site-title">", as site templates name their logo
    parent = h1.getparent()
    if parent is not None and parent.tag == "a" and _to_front(parent):
        return True  # "<a href="/"><h1>modabot</h1></a>"
    links = h1.xpath("a")
    if len(links) != 1 or _squash(links[0].text_content()) != _squash(h1.text_content()):
        return False
    if "bookmark" in (links[0].get("rel") or "").split():  # the link to the story's page
        return False
    if _to_front(links[0]):
        return True
    for node in h1.iterancestors():
        if node.tag == "nav" or (node.tag == "header" and not _in_article(node)):
            return True
    return beside_story(h1)


# An address of a site's front page or a section's: "/", "/asia/", "https://x.org/blog/".
_FRONT = re.compile(r"(?:(?:https?:)?//[^/?#]+)?/?(?:[^/?#.]+/?)?")
# An archive's copy of an address: "https://web.archive.org/web/2015.../http://x.org/".
_ARCHIVED = re.compile(r".+?/(https?://.*)$")
# Class names and ids a site's template gives the heading that is its name.
_SITE_NAMES = frozenset(
    {"site-title", "site-name", "sitename", "sitetitle", "site-logo", "logo", "blog-title"}
)


def _to_front(link: Any) -> bool:
    """Whether a link leads to the site's front page or a section's ("/asia/", not
    "/melaka-worth-a-visit/"), in an archive's copy of the site too."""
    href, rel = (link.get("href") or "").strip(), (link.get("rel") or "").split()
    archived = _ARCHIVED.match(href)
    href = archived.group(1) if archived else href
    return "home" in rel or bool(href and _FRONT.fullmatch(href) and href.count("-") < 2)


def _in_article(node: Any) -> bool:
    return any(a.tag in ("article", "main") for a in node.iterancestors())
