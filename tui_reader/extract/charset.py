"""Bytes to text: a byte-order mark, then the HTTP header, then <meta>, then UTF-8."""

from __future__ import annotations

import codecs
import re

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels browsers treat as windows-1252 (WHATWG Encoding): the bytes 0x80-0x9f are
# printable there, so a page that says latin-1 and uses curly quotes still reads right.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(data: bytes, header_charset: str | None = None, *, html: bool = True) -> str:
    """Decode page bytes. A BOM is unambiguous and wins; an unknown label is skipped."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    candidates = [header_charset]
    if html:
        m = _META.search(data[:8192])
        candidates.append(m.group(1).decode("ascii", "ignore") if m else None)
    for label in candidates:
        name = _codec(label)
        if name and name not in ("utf-16", "utf-32"):  # a declared UTF-16 without BOM lies
            return data.decode(name, errors="replace")
    return data.decode("utf-8", errors="replace")
