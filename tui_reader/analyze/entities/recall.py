"""What the model missed: full names left untagged, forms found again by text, and one-off
"names" that are only capitalised ordinary words."""

from __future__ import annotations

import re

from .forms import SENTENCE_END, context, is_acronym, key
from .group import Group
from .lexicon import DETERMINERS, NAME_PARTICLES, ORG_WORDS, TITLES
from .mentions import Mention


def complete_names(groups: dict[str, Group], text: str) -> None:
    """A person known only by a surname whose full name the model left untagged once
    ("Hours before Zach Parise's goal" ... "Parise said"): one first name, capitalised
    and never an ordinary word of the article, before the surname gives the full name."""
    not_names = set(re.findall(r"\b[a-z][a-z'-]+\b", text)) | TITLES | DETERMINERS
    owner = {(m.start, m.end): g for g in groups.values() for m in g.mentions}
    named = bytearray(len(text) + 1)  # 1 where a mention already stands
    for s, e in owner:
        named[s:e] = b"\x01" * (e - s)
    for k in list(groups):
        g = groups[k]
        if g.type != "PERSON" or any(" " in f for f in g.forms):
            continue
        surname = max(g.forms, key=g.forms.__getitem__)
        found: dict[str, tuple[int, int]] = {}
        pattern = r"(?<![\w\-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+" + re.escape(surname)
        for m in re.finditer(pattern + r"(?![\w\-])", text):
            first = m.group(1)
            if (
                first.lower() in not_names
                or SENTENCE_END.search(text, max(0, m.start() - 4), m.start())  # "But X"
                or key(first) in groups
                or any(named[m.start(1) : m.end(1)])  # part of a name already
                or owner.get((m.end() - len(surname), m.end()), g) is not g  # someone else
            ):
                continue
            found.setdefault(first, m.span())
        if len(found) != 1:
            continue
        s, e = next(iter(found.values()))
        before, after = context(text, s, e)
        groups.setdefault(key(text[s:e]), Group()).add(
            Mention(s, e, text[s:e], "PERSON", before, after)
        )
        # the surname's own mention there, if the model tagged it, is now the full name's
        for m in [m for m in g.mentions if s <= m.start and m.end <= e]:
            g.mentions.remove(m)
            g.forms[m.text] -= 1
            (g.weak_votes if m.weak else g.votes)[m.label] -= 1
        g.forms, g.votes, g.weak_votes = +g.forms, +g.votes, +g.weak_votes  # no zero counts
        if not g.mentions:
            del groups[k]


def drop_common_words(groups: dict[str, Group], text: str) -> None:
    """A one-off "organisation" made of words the article also uses in lower case
    ("Quotes, Figures and Links") is capitalised ordinary words, not a name."""
    lower_words = set(re.findall(r"\b[a-z][a-z'-]+\b", text))
    for k in list(groups):
        g = groups[k]
        if len(g.mentions) != 1 or g.type not in ("ORG", "WORK", "OTHER"):
            continue
        words = [
            w
            for w in re.findall(r"[A-Za-z][A-Za-z'-]*", g.mentions[0].text)
            if w.lower() not in ("and", "of", "the", "for", "in", "on")
        ]
        if (
            words
            and all(w.lower() in lower_words for w in words)
            and not any(w.lower() in ORG_WORDS for w in words)
        ):
            del groups[k]


def find_missed(groups: dict[str, Group], text: str) -> None:
    """Mentions the model missed: the same forms (and people's surnames) elsewhere."""
    taken = sorted((m.start, m.end) for g in groups.values() for m in g.mentions)
    covered = [False] * (len(text) + 1)
    for s, e in taken:
        for i in range(s, e):
            covered[i] = True
    for g in groups.values():
        forms = set(g.forms)
        if g.type == "PERSON":
            for f in list(forms):
                if " " in f:
                    last = f.split()[-1]
                    forms.add(last)
                    bare = NAME_PARTICLES.sub("", last)
                    if bare != last and len(bare) > 2:
                        forms.add(bare[:1].upper() + bare[1:])
        for form in sorted(forms, key=len, reverse=True):
            if len(form) < 2 or (len(form) < 4 and not is_acronym(form)):
                continue
            pattern = r"(?<![\w\-])" + re.escape(form) + r"(?![\w\-])"
            for m in re.finditer(pattern, text):
                s, e = m.start(), m.end()
                if any(covered[s:e]):
                    continue
                for i in range(s, e):
                    covered[i] = True
                # a copy of the group's own type: it votes only through its context
                before, after = context(text, s, e)
                g.add(Mention(s, e, form, g.type, before, after, weak=True))


# A wire story's dateline opening a paragraph: "MADRID —", "BUFFALO, N.Y. —",
# "WASHINGTON (AP) —", "LONDON (Reuters) -". The city is in capitals, a state or country
# may follow, an agency may stand in brackets, and a dash ends it.
_DATELINE = re.compile(
    r"(?m)^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})"
    r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"(?: \([^()\n]{1,30}\))? ?(?:—|–|--?) "
)


def dateline_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The place of a dateline the model did not tag: capitals read as a word shouted,
    not a name, so the small model often misses "MADRID"."""
    found = []
    for m in _DATELINE.finditer(text):
        s, e = m.span(1)
        first = m.group(1).split()[0].lower()
        if len(m.group(1)) < 3 or first in DETERMINERS:
            continue  # "THE END —": words set in capitals
        if any(x.start < e and s < x.end for x in mentions):
            continue
        before, after = context(text, s, e)
        found.append(Mention(s, e, m.group(1), "PLACE", before, after, at_block_start=True))
    return found
