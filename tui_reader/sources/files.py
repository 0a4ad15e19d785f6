"""Articles from a local file or from standard input."""

from __future__ import annotations

import gzip
import sys
import zlib
from pathlib import Path
from typing import BinaryIO

from .base import Fetched, SourceError, binary_kind, sniff_kind

MAX_FILE_BYTES = 50 * 1024 * 1024
# The app keeps standard input in a temporary file whose name starts so: it has no source
# to read again.
STDIN_PREFIX = "tui-reader-stdin-"
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".xht"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".rst"}


def _kind_of(name: str, data: bytes, source: str) -> str:
    what = binary_kind(data)
    if what:
        raise SourceError(f"is a {what}, not an article (HTML or text)")
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return sniff_kind(data)


def _gunzip(data: bytes) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceError(f"is a damaged gzip file ({exc})") from None


def read_file(path: str) -> Fetched:
    """Read an article file; ``.gz`` files are decompressed first."""
    p = Path(path).expanduser()
    try:
        if p.is_dir():
            raise SourceError("is a directory, not an article file")
        if not p.exists():
            raise SourceError("no such file")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SourceError(f"is too large ({size // (1024 * 1024)} MB; the limit is 50 MB)")
        data = p.read_bytes()
    except PermissionError:
        raise SourceError("permission denied") from None
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from None
    name = p.name
    if data.startswith(b"\x1f\x8b"):
        data = _gunzip(data)
        name = name[:-3] if name.lower().endswith(".gz") else name
    return Fetched(source=path, data=data, kind=_kind_of(name, data, path))


def read_stream(stream: BinaryIO, source: str = "-") -> Fetched:
    """Read an article from a byte stream (standard input)."""
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise SourceError("input is too large (the limit is 50 MB)")
    if not data.strip():
        raise SourceError("standard input is empty")
    if data.startswith(b"\x1f\x8b"):
        data = _gunzip(data)
    return Fetched(source=source, data=data, kind=_kind_of("", data, source))


def read_stdin() -> Fetched:
    return read_stream(sys.stdin.buffer)
