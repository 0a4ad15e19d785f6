"""What page furniture looks like by its words, in general: a lone "Advertisement", a
"Read more: ..." teaser, a byline or dateline at the top, a copyright line at the bottom, a
media player's controls, a headline that only links elsewhere. Shared by the HTML and the
plain-text extractors; the rules that read markup are in ``furniture``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .chrome_words import CHROME_LINES, CHROME_PATTERNS

if TYPE_CHECKING:
    from .builder import PendingBlock

_NORM = re.compile(r"[^\w:/]+")
_WORDISH = re.compile(r"\w")
# Matched once at the line's start, not tried at every position as one alternation would.
_AT_START = re.compile("|".join(f"(?:{p})" for p in CHROME_PATTERNS if p.startswith("^")), re.I)
_ANYWHERE = re.compile("|".join(f"(?:{p})" for p in CHROME_PATTERNS if not p.startswith("^")), re.I)
# Each pattern of _ANYWHERE needs one of these words: a substring test rules most lines out.
_ANYWHERE_KEYS = ("rights reserved", "be reached", "click here", "sign up")
_CREDIT = re.compile(
    r"(?:\b(?:via|for)\s+(?:getty|ap|reuters|afp|shutterstock|epa|bloomberg)\b"
    r"|getty images|shutterstock|/\s*(?:ap|afp|reuters|epa|getty)\b|\bap photo\b"
    r"|^(?:photo|image|credit|source)s?\s*(?:by)?\s*:|\(photo\b|^\(?(?:ap|afp|reuters)\)?$"
    r"|^(?:foto|fotos|bild|titelbild|beitragsbild|bildquelle|crédits? photos?)\s*:"
    r"|\bphoto(?:graph)?(?:s)?\s+by\b|\bphoto\s*:|\bcredit\s*:|\bimage\s*:)",
    re.I,
)
_BYLINE = re.compile(
    # the lead words in any case ("By", "BY"), the name with a capital
    r"^(?i:by|written by|reporting by|words by|story by|von|par)\s+[A-Z\u00c0-\u024f]"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATELINE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated|first published|modified)\s*:?\s*"
    # or any one word and a colon ("Aktualisiert: 11.04.2020"), but a correction's
    # date heads its text
    rf"|(?!correction|clarification)[^\W\d_]+\s*:\s*(?=\d{{1,2}}\.\s?\d))?"
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|(?:(?<=:)|(?<=:\s))\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}})"
    rf"(?:\s*(?:,|at|/|\||-|–)?\s*\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*[a-z]{{0,4}})?\.?$",
    re.I,
)
# "Updated 4:30 p.m. ET": a timestamp with no date, said as one.
_TIMESTAMP = re.compile(
    r"^(?:published|updated|posted|last updated|modified)\s*:?\s*"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[a-z]{0,4}\.?$",
    re.I,
)
_READ_TIME = re.compile(r"^\d+\s*(?:min(?:ute)?s?|m)\s*read$|^reading time", re.I)


# Two or more short bracketed labels and nothing else.
_BRACKETED_MENU = re.compile(r"^(?:\[[^\]]{1,30}\]\s*(?:[|·•]\s*)?){2,}$")


def normalise_line(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def is_chrome_line(text: str) -> bool:
    """A line that is page or player chrome wherever it stands."""
    line = text.strip()
    if not line:
        return True
    if len(line) > 300:  # a paragraph: chrome only if it has no word at all
        return not _WORDISH.search(line)
    norm = normalise_line(line)
    if norm in CHROME_LINES or norm.rstrip(":") in CHROME_LINES:
        return True
    if _BRACKETED_MENU.match(line):
        return True  # "[Home] [Information] [Search]": an old page's menu of links
    if not norm:  # punctuation only: bullets, separators
        return True
    if _AT_START.match(line) or _READ_TIME.match(line):
        return True
    lower = line.lower()
    return any(k in lower for k in _ANYWHERE_KEYS) and bool(_ANYWHERE.search(line))


def is_credit_line(text: str) -> bool:
    """A photo or agency credit: short, names an agency or says photo/credit; not a
    caption's sentence with its credit after it ("A man waits. (Kin Cheung/AP)")."""
    line = text.strip()
    return (
        len(line.split()) <= 12
        and not line.endswith((".", "?", "!", '"', "”"))
        and not _SENTENCE_THEN_CREDIT.match(line)
        and bool(_CREDIT.search(line))
    ) or (len(line.split()) <= 8 and bool(re.match(r"^(?:photo|image)s?\s*(?:by|:)", line, re.I)))


# Four words or more ending as a sentence does, then a bracketed credit.
_SENTENCE_THEN_CREDIT = re.compile(r"(?:\S+\s+){3,}\S*[.!?]\s+\([^()]+\)$")


def is_byline(text: str) -> bool:
    line = text.strip()
    return len(line.split()) <= 14 and bool(_BYLINE.match(line))


def is_dateline(text: str) -> bool:
    line = text.strip()
    return len(line) <= 80 and bool(_DATELINE.match(line) or _TIMESTAMP.match(line))


def is_furniture_block(block: PendingBlock, index: int, count: int, meta: Any = None) -> bool:
    """Whether a block of the chosen content is furniture rather than story."""
    text = block.plain
    if block.kind == "code":
        return False
    if is_chrome_line(text):
        return True
    edge = index < 4 or index >= count - 3
    if edge and ((is_byline(text) and _shown(text, meta)) or is_dateline(text)):
        return True
    if block.kind in ("paragraph", "figure") and is_credit_line(text):
        return True
    if block.kind in ("paragraph", "list_item") and _is_teaser(block):
        return True
    if block.alt and _filler_alt(text, meta):
        return True
    byline = getattr(meta, "byline", None)
    return bool(edge and byline and normalise_line(text) == normalise_line(byline))


def _shown(line: str, meta: Any) -> bool:
    """Whether the header already names someone a byline line names (it shows the page's
    byline): the line then only repeats it; otherwise it is the one place the writer is
    named, and stays."""
    byline = getattr(meta, "byline", None)
    if not byline:
        return False
    names = {w for w in _NAME_WORD.findall(byline.lower())}
    return any(w in names for w in _NAME_WORD.findall(line.lower()))


_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


# A headline this short can be a description's words by chance.
TITLE_IN_FIGURE_WORDS = 4


# An alt text made from the image's file name ("Light-Festival-2018 Light a Wish_OGE
# Group"): no description has an underscore or a picture's file extension.
_FILE_NAME = re.compile(r"_|\.(?:jpe?g|png|gif|webp|svg|tiff?)\b", re.I)


def _filler_alt(text: str, meta: Any) -> bool:
    """Whether an image's alt text is filler, not a description of the picture: the image's
    file name, or the page's headline with more words around it, which a blog engine writes
    into every image's alt text ("Living Room4 Spacious Modern Home ..."). An image
    described by the headline alone is the story's lead picture and stays."""
    if _FILE_NAME.search(text):
        return True
    title = getattr(meta, "title", None)
    if not title or len(title.split()) < TITLE_IN_FIGURE_WORDS:
        return False
    line, said = f" {normalise_line(text)} ", f" {normalise_line(title)} "
    return said in line and line != said


# A linked sentence that only sends the reader elsewhere: "Back to the guide."
_SENDS_AWAY = re.compile(r"(?:return|back|click|go|see|view|read|continue|comments?)\b", re.I)


def _is_teaser(block: PendingBlock) -> bool:
    """A short block that is all link: a headline pointing at another story."""
    total = linked = 0
    for run in block.runs:
        n = len(run.text.strip())
        total += n
        if run.href:
            linked += n
    if not total or linked < 0.9 * total:
        return False
    text = block.plain.strip()
    if text.endswith(".") and not text.endswith("..") and not _SENDS_AWAY.match(text):
        return False  # a sentence that links somewhere: a headline has no full stop
    words = text.split()
    return 3 <= len(words) <= 25
