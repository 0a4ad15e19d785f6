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


def _url_date(url: str | None) -> str | None:
    m = _URL_DATE.search(urlsplit(url).path) if url else None
    return iso_day("-".join(m.groups())) if m else None


def publication_date(doc: lxml_html.HtmlElement, found: str | None, url: str | None) -> str | None:
    """The day the page was published. The address's own date settles a one-day
    difference (a UTC timestamp past midnight is the evening before where it was
    written); with no date in the metadata, htmldate reads the page's text for one."""
    in_url = _url_date(url)
    if found and in_url and found != in_url:
        gap = abs(date.fromisoformat(found) - date.fromisoformat(in_url))
        return in_url if gap.days == 1 else found
    if found or in_url:
        return found or in_url
    from htmldate import find_date  # a dependency of trafilatura; loaded only when needed

    try:
        guess = find_date(doc, extensive_search=False, original_date=True, url=url)
    except Exception:  # a date guesser never stops a page from being read
        return None
    return iso_day(guess)
