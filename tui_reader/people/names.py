"""Names as identities: a person's given and family name without titles or suffixes
(nameparser), given names matched through their nicknames (Tim and Timothy, Bill and
William: the ``nicknames`` data set), organisations without "the" and company suffixes."""

from __future__ import annotations

import re
from functools import lru_cache

# Company and organisation suffixes that do not change who is meant ("Apple Inc." = "Apple").
_ORG_SUFFIXES = re.compile(
    r"(?:,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|"
    r"gmbh|nv|bv|group|holdings)\.?)+$",
    re.I,
)
_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=4096)
def person_parts(name: str) -> tuple[str, str]:
    """(given name, family name), lower case, titles and suffixes left out; a name of one
    word is a family name ("Trump", "Mr. Trump")."""
    from nameparser import HumanName

    human = HumanName(name.strip())
    first, last = human.first.strip(" ."), human.last.strip(" .")
    if not last:  # one word: nameparser calls it a given name; in news it is a surname
        first, last = "", first
    return first.lower(), last.lower()


@lru_cache(maxsize=1)
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=4096)
def _names_for(first: str) -> frozenset[str]:
    """A given name and every formal name it is short for."""
    namer = _nicknamer()
    return frozenset({first, *namer.canonicals_of(first)})


def same_first(a: str, b: str) -> bool:
    """Whether two given names can be one person's: equal, one an initial of the other,
    or one a nickname of the other (Tim, Timothy; Liz, Elizabeth)."""
    a, b = a.lower().strip(". "), b.lower().strip(". ")
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return bool(_names_for(a) & _names_for(b))


def form_key(kind: str, name: str) -> str:
    """The key two forms of one organisation or place share ("The New York Times" and
    "New York Times"; "Apple Inc." and "Apple")."""
    text = name.strip()
    if kind == "ORG":
        text = _ORG_SUFFIXES.sub("", text)
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    text = text.replace(".", "")  # "U.S." is "US", "U.N." is "UN"
    return _NON_WORD.sub(" ", text.lower()).strip()
