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


# Codecs Python knows that are no way to write a page: a label naming one is unknown, and
# the page is read as if it had none (as browsers do with labels they do not know).
_NOT_PAGE_CODECS = {
    "undefined",
    "idna",
    "punycode",
    "unicode-escape",
    "raw-unicode-escape",
    "utf-7",
    "mbcs",
    "oem",
    "palmos",
}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    # rot13, base64, hex, zlib, bz2, quopri, uu: bytes-to-bytes or str-to-str transforms
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CODECS:
        return None
    return info.name


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
            try:
                return data.decode(name, errors="replace")
            except (UnicodeError, LookupError, ValueError):
                continue
    return data.decode("utf-8", errors="replace")
