"""What tui-reader prints is safe for the terminal that shows it: page text is data.

Extraction already removes control characters from the text; this is the last guard, at
the point of writing, for everything printed (titles, URLs, snippets, error messages that
quote a source, and articles kept by older versions): escape sequences, C0 and C1 controls
and bidi overrides never reach the terminal. JSON keeps such characters as \\u escapes, so
the data is intact and the output is still strict JSON.
"""

from __future__ import annotations

import re
from typing import TextIO

from .extract.clean import strip_controls

# Characters JSON may carry raw (ensure_ascii=False) that a terminal acts on or that
# reorder a line: DEL, C1 controls, bidi marks/embeddings/overrides/isolates, separators.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_safe(text: str) -> str:
    """A JSON document with every terminal-active character written as a \\u escape."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeWriter:
    """A text stream that drops escape sequences and control characters (not newlines or
    tabs) from all that is written to it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(strip_controls(text).replace("\u061c", ""))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
