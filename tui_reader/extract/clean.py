"""Make page text safe to show: no escape sequences, no control characters.

Page text is data. Anything that could reach the terminal as a command (ANSI CSI and OSC
sequences, other ESC sequences, C0/C1 controls) or silently reorder what is shown (bidi
overrides) is removed here, at extraction, so that every later layer handles plain text.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

# ESC [ ... final byte (CSI), ESC ] ... BEL or ST (OSC), ESC P/X/^/_ ... ST (DCS, SOS, PM,
# APC), and two-byte ESC sequences; the 8-bit CSI (U+009B) form too.
_ESCAPES = re.compile(
    r"""
      (?:\x1b\[|\x9b) [0-?]* [ -/]* [@-~]          # CSI
    | (?:\x1b\]|\x9d) .*? (?:\x07|\x1b\\|\x9c|$)   # OSC, up to BEL or ST
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f]) .*? (?:\x1b\\|\x9c|$)  # DCS / SOS / PM / APC
    | \x1b [ -/]* [0-~]?                           # any other ESC sequence
    """,
    re.VERBOSE | re.DOTALL,
)
# C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates,
# zero-width and soft-hyphen characters that only hide or reorder text.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
)
_ODD_SPACE = "\t\r\n\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACES = re.compile(f"[ {_ODD_SPACE}]+")
_NEEDS_SQUASH = re.compile(f"[{_ODD_SPACE}]")


def strip_controls(text: str) -> str:
    """Remove escape sequences and control characters; keep tabs and newlines."""
    if not text:
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _CONTROLS.search(text):  # the common case: clean text, one fast scan
        return text
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def compose(text: str) -> str:
    """Unicode's composed form (NFC): one spelling for one letter, whichever way the page
    wrote it (an "é" as e and an accent; a Bengali letter with its nukta), so that search,
    analysis and copied text see the same letters."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def squash_spaces(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space."""
    # Most text is already single-spaced: finding that out is a scan, not a rewrite.
    if "  " not in text and not _NEEDS_SQUASH.search(text):
        return text
    return _SPACES.sub(" ", text)


def clean_inline(text: str) -> str:
    """One line of safe, single-spaced text, stripped."""
    return compose(squash_spaces(strip_controls(text))).strip()


# Before parsing: what libxml2 refuses in a tree (C0 controls but tab, newline and carriage
# return; lone surrogates; U+FFFE/U+FFFF), and escape sequences, bounded so that one left
# open never swallows the markup after it.
_PAGE_ESCAPES = re.compile(
    r"\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]?"
    r"|\x1b\][^\x07\x1b<>\"']{0,512}(?:\x07|\x1b\\)?"
    r"|\x1b[ -~]?"
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A character reference to one of those C0 controls ("&#x1b;", "&#27"): libxml2 puts the
# control itself into the tree, where lxml then refuses any text that holds it.
_CONTROL_REF = re.compile(
    r"&#(?:[xX]0*([1-8bcefBCEF]|1[0-9a-fA-F])(?![0-9a-fA-F])"
    r"|0*([1-8]|1[124-9]|2[0-9]|3[01])(?![0-9]));?"
)


def _control(ref: re.Match[str]) -> str:
    hex_code, decimal = ref.groups()
    return chr(int(hex_code, 16) if hex_code else int(decimal))


def strip_for_xml(text: str) -> str:
    """Page source that lxml will take: escape sequences and XML-invalid characters out,
    written as characters or as references to them."""
    if "&#" in text:
        text = _CONTROL_REF.sub(_control, text)  # then removed with the raw ones
    if not _NOT_XML.search(text):
        return text
    return _NOT_XML.sub("", _PAGE_ESCAPES.sub("", text))


def clean_url(url: str | None) -> str | None:
    """An http(s) URL fit to show and follow, or None: controls, bidi marks and spaces out,
    and it must parse."""
    if not url:
        return None
    url = "".join(strip_controls(url).split())
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None
