"""Article metadata from a parsed page: title, byline, site, date, canonical URL, language.

Sources, best first: JSON-LD (NewsArticle/Article), OpenGraph and ``article:`` tags, other
``<meta>`` names, then the page's own ``<title>``, ``<link rel=canonical>`` and ``<html lang>``.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from lxml import html as lxml_html

from .bylines import byline_in_page, is_a_person, is_placeholder, is_url
from .clean import clean_inline, clean_url, strip_controls
from .dates import iso_day, publication_date
from .titles import clean_title, is_generic_title, strip_site, top_heading
from .walker import spaced_text

ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "liveblogposting",
    "scholarlyarticle",
    "techarticle",
    "report",
    "webpage",
    "posting",
    "socialmediaposting",
}


@dataclass(frozen=True)
class Metadata:
    title: str = ""
    byline: str | None = None
    site: str | None = None
    published: str | None = None
    canonical: str | None = None
    language: str = "en"
    base_url: str | None = None
    body_hint: str | None = None  # JSON-LD articleBody, when the page carries one


def _first(*values: Any) -> str | None:
    for v in values:
        if isinstance(v, str):
            v = clean_inline(_unescape(v))
            if v:
                return v
    return None


_ESCAPED = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)


def _unescape(value: str) -> str:
    """A value escaped twice ("Gew&#x00E4;chshaus" in a meta tag, "&amp;" in JSON-LD) as
    the page meant it to read."""
    return html.unescape(value) if _ESCAPED.search(value) else value


_LD_DEPTH = 32  # deeper JSON-LD is no article description


def _iter_ld(root: Any):
    """Every object of a JSON-LD tree, breadth first, at most ``_LD_DEPTH`` levels down."""
    level = [root]
    for _ in range(_LD_DEPTH):
        below: list[Any] = []
        for node in level:
            if isinstance(node, list):
                below.extend(node)
            elif isinstance(node, dict):
                yield node
                for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                    if isinstance(node.get(key), list | dict):
                        below.append(node[key])
        if not below:
            return
        level = below


def _types(node: dict[str, Any]) -> set[str]:
    t = node.get("@type")
    values = [t] if isinstance(t, str) else t if isinstance(t, list) else []
    return {x.lower() for x in values if isinstance(x, str)}


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [_MARKUP.sub("", value)]  # '<a href="/experts/ana-ruiz">Ana Ruiz</a>'
    if isinstance(value, dict):
        name = value.get("name")
        return _names(name) if isinstance(name, str | list) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


_MARKUP = re.compile(r"<[^>]*>")


def _organisations_only(value: Any) -> bool:
    """Whether a JSON-LD author is only organisations ({"@type": "Organization"})."""
    nodes = value if isinstance(value, list) else [value]
    return bool(nodes) and all(
        isinstance(n, dict) and _types(n) & {"organization", "newsmediaorganization"} for n in nodes
    )


def json_ld_article(doc: lxml_html.HtmlElement) -> dict[str, Any]:
    """The page's JSON-LD article object, or {}; damaged JSON is ignored."""
    best: dict[str, Any] = {}
    by_id: dict[str, dict[str, Any]] = {}
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            # strict=False: a raw line break inside a string (an "articleBody" pasted as it
            # was written) is a common slip, and the rest of the object is sound
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):  # damaged, or nested past Python's stack
            continue
        for node in _iter_ld(data):
            if isinstance(node.get("@id"), str) and len(node) > 1:
                by_id.setdefault(node["@id"], node)
            types = _types(node)
            named = node.get("headline") or node.get("articleBody")
            # a WordPress page's graph names its author on the WebPage, titled by "name"
            named = named or ("webpage" in types and node.get("author") and node.get("name"))
            is_article = types & ARTICLE_TYPES and named
            better = not best or ("webpage" in _types(best) and "webpage" not in types)
            if is_article and better:
                best = node
    if best and by_id:
        best = {k: _dereferenced(v, by_id) if k in _LINKED else v for k, v in best.items()}
    return best


# Keys whose objects a graph often gives only by reference: {"author": {"@id": "#me"}}
# and, elsewhere in the "@graph", {"@id": "#me", "@type": "Person", "name": ...}.
_LINKED = ("author", "publisher", "creator")


def _dereferenced(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list):
        return [_dereferenced(v, by_id) for v in value]
    if isinstance(value, dict) and set(value) == {"@id"} and isinstance(value["@id"], str):
        return by_id.get(value["@id"], value)
    return value


def _meta(doc: lxml_html.HtmlElement) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in doc.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if key and content and key not in out:
            out[key] = content
    return out


_LANGUAGE = re.compile(r"[a-z]{2,3}")


def _join(base: str | None, href: str | None) -> str | None:
    """``href`` made absolute against ``base``; None when either is no usable URL."""
    if not href:
        return None
    try:
        return clean_url(urljoin(base or "", strip_controls(href).strip()))
    except ValueError:  # "//[": urljoin parses the host and finds no valid one
        return None


# The label of a Twitter card's data line that names the writer (as WordPress SEO plugins
# print it: twitter:label1 "Written by", twitter:data1 "Ann Lee").
_AUTHOR_LABEL = re.compile(r"written by|author|autor|auteur|verfasst von", re.I)


def _labelled(meta: dict[str, str], prefix: str, label: re.Pattern[str]) -> str | None:
    """The data line a card labels so: ``twitter:data1`` under ``twitter:label1``."""
    for n in range(1, 5):
        if label.fullmatch(meta.get(f"{prefix}:label{n}", "").strip()):
            return meta.get(f"{prefix}:data{n}")
    return None


_WORD = re.compile(r"\w+")


def _elsewhere(headline: str, *others: str | None) -> bool:
    """Whether a JSON-LD headline shares no word with the page's <title> nor its top
    heading, where both are given: it names something else than they do."""
    said = [set(_WORD.findall(o.lower())) for o in others if o and o.strip()]
    words = set(_WORD.findall(headline.lower()))
    return len(said) == len(others) and not any(words & s for s in said)


def read_metadata(doc: lxml_html.HtmlElement, page_url: str | None) -> Metadata:
    ld = json_ld_article(doc)
    meta = _meta(doc)
    base = page_url
    base_el = doc.find(".//base[@href]")
    if base_el is not None:
        base = _join(page_url, base_el.get("href")) or page_url

    publisher = ld.get("publisher")
    site = _first(
        meta.get("og:site_name"),
        *(_names(publisher) if publisher else []),
        meta.get("application-name"),
        meta.get("twitter:site", "").lstrip("@") or None,
    )
    page_title = None
    title_el = doc.find(".//title")
    if title_el is not None:
        page_title = title_el.text_content()
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    h1 = top_heading(doc)
    heading = _first(spaced_text(h1)) if h1 is not None else None
    if headline and _elsewhere(headline, page_title, heading):
        headline = None  # a description in the headline's field (a wiki's "t-SNE" page)
    title = _first(headline, meta.get("og:title"), meta.get("twitter:title"), meta.get("dc.title"))
    first = doc.find(".//h1")
    # the site's name as its logo prints it: the first <h1>, when that is not the headline
    banner = _first(spaced_text(first)) if first is not None and first is not h1 else None
    title = (
        strip_site(title, site, banner) if title else clean_title(_first(page_title), site, heading)
    )
    if is_generic_title(title):
        # no title anywhere in the head, or one that names no page ("Home"): the page's
        # top heading, else the site's name its logo gives
        for said in (heading, banner):
            if not is_generic_title(said):
                title = said
                break

    authors = [a for a in _names(ld.get("author")) if not is_url(a)]
    ld_byline = _first(", ".join(dict.fromkeys(n for n in map(clean_inline, authors) if n)))
    named = ld_byline or _first(
        meta.get("author"),
        None if is_url(meta.get("article:author")) else meta.get("article:author"),
        meta.get("byl"),
        meta.get("dc.creator"),
        meta.get("dcterms.creator"),
        None if is_url(meta.get("og:article:author")) else meta.get("og:article:author"),
        _labelled(meta, "twitter", _AUTHOR_LABEL),
        meta.get("parsely-author"),
        meta.get("authors"),
        meta.get("sailthru.author"),
    )
    # An organisation as the JSON-LD author (often the publisher itself) or a template's
    # placeholder ("admin", "Unknown") names no writer: a person the page prints as its
    # byline comes first.
    weak = is_placeholder(named) or bool(ld_byline and _organisations_only(ld.get("author")))
    printed = byline_in_page(doc) if weak or not named else None
    byline = printed if weak and is_a_person(printed) else named or printed
    if byline and byline.lower().startswith("by "):
        byline = byline[3:].strip()

    stamps = (
        ld.get("datePublished"),
        meta.get("article:published_time"),
        meta.get("og:published_time"),
        meta.get("datepublished"),
        meta.get("date"),
        meta.get("pubdate"),
        meta.get("publish-date"),
        meta.get("dc.date"),
        meta.get("dc.date.issued"),
        meta.get("sailthru.date"),
        meta.get("parsely-pub-date"),
        ld.get("dateCreated"),
    )
    # the first that names a real day: an empty template's "1970-01-01" gives way
    stamp = next((s for s in stamps if isinstance(s, str) and iso_day(s)), None)
    if stamp is None:
        t = doc.find(".//time[@datetime]")
        stamp = t.get("datetime") if t is not None and iso_day(t.get("datetime")) else None

    canonical = None
    for link in doc.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and link.get("href"):
            canonical = _join(base, link.get("href"))
            break
    canonical = canonical or clean_url(_first(meta.get("og:url")))
    published = publication_date(doc, stamp, page_url or canonical)

    lang = (doc.get("lang") or doc.get("xml:lang") or meta.get("og:locale") or "en").strip()
    language = re.split(r"[-_]", lang.lower())[0]
    if not _LANGUAGE.fullmatch(language):  # a language code, or nothing worth showing
        language = "en"

    body = ld.get("articleBody") if isinstance(ld.get("articleBody"), str) else None
    return Metadata(
        title=title or "",
        byline=byline,
        site=site,
        published=published,
        canonical=canonical,
        language=language,
        base_url=base,
        body_hint=body,
    )
