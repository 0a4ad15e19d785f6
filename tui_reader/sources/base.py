"""What every source hands on (``Fetched``, kept in the model: the library stores it too), the
limits of a fetch, and how bytes are recognised."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ..model import Fetched as Fetched  # re-exported: sources hand it on


def is_url(source: str) -> bool:
    return urlsplit(source.strip()).scheme.lower() in ("http", "https")


def looks_like_url(source: str) -> bool:
    """Something with a scheme that is not a Windows drive letter."""
    scheme = urlsplit(source.strip()).scheme
    return len(scheme) > 1 and "://" in source


@dataclass(frozen=True)
class Limits:
    """How far a fetch may go."""

    timeout: float = 20.0  # seconds for the whole request, body included
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 10


DEFAULT_LIMITS = Limits()


class SourceError(Exception):
    """A source could not be read; the message is one line a user can act on."""


# Signatures of binary formats people point a reader at by mistake.
_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"RIFF", "RIFF media file"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "executable"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
)


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None when it looks like text."""
    head = data[:8192]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        # a page with a few stray NULs is a page (browsers show it); data is dense with
        # control bytes (about one in nine of random bytes)
        controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
        if controls > BINARY_CONTROL_SHARE * len(head):
            return "binary file"
    return None


# C0 controls but tab, line feed, form feed and carriage return; and DEL.
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
# Above this share of control bytes, bytes with a NUL among them are no text.
BINARY_CONTROL_SHARE = 0.02


def sniff_kind(data: bytes) -> str:
    """'html' when the bytes look like markup, else 'text'."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<!--", b"<head", b"<body")):
        return "html"
    markers = (b"<p>", b"<p ", b"<div", b"<body", b"<article", b"<br", b"<h1", b"<title")
    return "html" if any(m in head for m in markers) else "text"
