"""The day a page was published: its metadata's, its address's, else htmldate's reading."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from lxml import html as lxml_html

_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def iso_day(value: str | None) -> str | None:
    """The YYYY-MM-DD day a timestamp names, or None."""
    if not value:
        return None
    m = _DATE.search(value)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if not 1900 <= y <= 2200:
        return None
    try:
        day = date(y, mo, d).isoformat()  # no 31 February
    except ValueError:
        return None
    return None if day in _EPOCH else day


# Timestamp zero, as a page's template prints an empty date: the Unix epoch, in UTC and in
# the time zones west of Greenwich.
_EPOCH = frozenset({"1970-01-01", "1969-12-31"})


# A date in the address's path: "/2019/11/19/", "/2019-11-19-", "/20191119/".
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


# The hour of a timestamp given in UTC: "2019-11-19T07:03:25Z", "...T07:03+00:00".
_UTC_TIME = re.compile(r"T(\d\d):\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$", re.I)


def _utc_hour(stamp: str | None) -> int | None:
    m = _UTC_TIME.search(stamp.strip()) if stamp else None
    return int(m.group(1)) if m else None


def _url_date(url: str | None) -> str | None:
    m = _URL_DATE.search(urlsplit(url).path) if url else None
    return iso_day("-".join(m.groups())) if m else None


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def printed(day: str, text: str) -> bool:
    """Whether ``text`` writes the ISO ``day`` as people print dates: "July 20, 2012",
    "20 July", "Jul 20", "20.07.2012", "7/20/2012", "2012-07-20"."""
    d = date.fromisoformat(day)
    month = _MONTHS[d.month - 1]
    name = rf"(?:{month}|{month[:3]}\.?)"
    forms = (
        rf"{name} 0?{d.day}(?!\d)",
        rf"(?<!\d)0?{d.day}(?:st|nd|rd|th)?\.? {name}",
        rf"(?<!\d)0?{d.day}\.0?{d.month}\.{d.year}",
        rf"(?<!\d)0?{d.month}/0?{d.day}/{d.year}",
        rf"{d.year}-{d.month:02d}-{d.day:02d}",
    )
    return any(re.search(f, text, re.I) for f in forms)


def _seen_text(doc: lxml_html.HtmlElement) -> str:
    """The words a reader sees in the page's body (no script, which holds timestamps)."""
    parts = doc.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")
    return " ".join(" ".join(parts).split())


def publication_date(doc: lxml_html.HtmlElement, stamp: str | None, url: str | None) -> str | None:
    """The day the page was published, from its metadata's timestamp. A timestamp in
    UTC names the day at Greenwich: the address's own date, a day off it, is the day where
    the story was written when the hour says so (before noon UTC is the evening before in
    the Americas, after it the next morning in Asia). With no date in the metadata, the
    address's; with none there, htmldate reads the page's text for one."""
    found = iso_day(stamp)
    in_url = _url_date(url)
    if found and in_url and found != in_url:
        hour = _utc_hour(stamp)
        gap = (date.fromisoformat(in_url) - date.fromisoformat(found)).days
        if hour is not None and ((gap == -1 and hour < 12) or (gap == 1 and hour >= 12)):
            # the day the page prints settles it ("20 July 2012" under a slug of the 19th)
            text = _seen_text(doc)
            if printed(found, text) and not printed(in_url, text):
                return found
            return in_url
        return found
    if found or in_url:
        return found or in_url
    from htmldate import find_date  # a dependency of trafilatura; loaded only when needed

    try:
        guess = find_date(doc, extensive_search=False, original_date=True, url=url)
    except Exception:  # a date guesser never stops a page from being read
        return None
    return iso_day(guess)
