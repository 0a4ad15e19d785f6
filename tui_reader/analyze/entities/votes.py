"""An entity's type: the model's vote over its mentions, corrected by what surrounds them."""

from __future__ import annotations

import re
from collections import Counter

from .forms import full_name_shape, is_acronym
from .group import Group
from .lexicon import (
    BUILDING_WORDS,
    EVENT_WORDS,
    FACILITY,
    GROUP_BEFORE,
    KNOWN_ORGS,
    ORG_WORDS,
    PERSON_ROLES,
    PLACE_AFTER,
    PLACE_KINDS,
    PLACE_SUFFIX,
    ROLE_AFTER,
    SITE_AFTER,
)
from .mentions import Mention

# A description in apposition: ", a village ...", ", the group ...".
_APPOSITION = re.compile(r", (?:a|an|the) ([\w-]+)(?: ([\w-]+))?")
_SETTLEMENTS = PLACE_KINDS | {
    "village",
    "town",
    "city",
    "suburb",
    "neighborhood",
    "neighbourhood",
    "island",
    "hamlet",
    "municipality",
    "state",
    "country",
    "capital",
    "port",
    "borough",
}

# "the mayor of X", "the Pangram area of X": X is a place.
_PLACE_OF = re.compile(
    r"\b(?:mayor|governor|city|town|province|outskirts|area|region|district|village|suburbs?)"
    r"\s+of\s*$"
)
# Words of the names of organisations and competitions, never of a person's.
_NOT_A_PERSON_S = ORG_WORDS | EVENT_WORDS
# "the Burbank entertainment giant", "the Detroit automaker": a one-word name between
# "the" and what kind of business it is, is where the business is.
_BUSINESS_AFTER = re.compile(
    r"(?:[a-z-]+ ){0,2}(?:giant|company|firm|maker|automaker|retailer|chain|startup|"
    r"conglomerate|airline|carrier|lender|insurer)\b"
)
_POSSESSOR = re.compile(r"\w ?['’]s$")
# What only a person is followed by: a relative "who"; what only a thing is: "which".
_WHO = re.compile(r", who(?:se)?\b")
_WHICH = re.compile(r", which\b")


def _list_votes(m: Mention) -> Counter:
    """A list names things of one kind: two or more of one kind beside this name ("Marvel
    Entertainment, Lucasfilm and BamTech"), or a person's full name beside another
    ("Marcel Granollers and Feliciano Lopez"). Lists of mixed things ("Burisma and the
    Bidens") have one of each and do not vote."""
    out: Counter = Counter()
    kinds = Counter(label for label, _ in m.listed_with)
    for label, n in kinds.items():
        if n >= 2:
            out[label] += 2
    if full_name_shape(m.text) and any(
        label == "PERSON" and full_name_shape(name) for label, name in m.listed_with
    ):
        out["PERSON"] += 2
    return out


def context_type(g: Group) -> str:
    """Vote corrected by what surrounds the mentions."""
    if any(f in KNOWN_ORGS for f in g.forms):
        return "ORG"
    votes = Counter(g.votes or g.weak_votes)
    for m in g.mentions:
        first_after = m.after.split()[0] if m.after else ""
        if first_after in PLACE_AFTER or PLACE_SUFFIX.search(m.text):
            votes["PLACE"] += 2
        if first_after in SITE_AFTER and m.label != "NORP" and not is_acronym(m.text):
            votes["PLACE"] += 2
        last_word = m.text.split()[-1].lower()
        if last_word in FACILITY:
            votes["PLACE"] += 3
        if last_word in EVENT_WORDS and " " in m.text:
            votes["EVENT"] += 3  # "Davis Cup", "US Open": a competition
        if m.label == "PERSON" and " " not in m.text and first_after in ROLE_AFTER:
            votes["ORG"] += 2
        if _PLACE_OF.search(m.before):
            votes["PLACE"] += 2
        words = {w.lower().strip(".,") for w in m.text.split()}
        if m.label == "PLACE":
            words -= BUILDING_WORDS
        if words & ORG_WORDS and m.label in ("PERSON", "PLACE"):
            votes["ORG"] += 2
        if m.text.isupper() and len(m.text) <= 6 and m.label == "PERSON":
            votes["ORG"] += 1  # an all-caps short name is an acronym, not a person
        if m.label == "PERSON" and " " in m.text and not words & ORG_WORDS:
            votes["PERSON"] += 1  # the model is surer of full names than of surnames
        if m.label in ("PERSON", "ORG") and re.search(
            r"\b(?:in|near|outside|across|into)$", m.before
        ):
            votes["PLACE"] += 2
        if (
            m.label == "ORG"
            and " " not in m.text
            and m.before.endswith("the")
            and _BUSINESS_AFTER.match(m.after)
        ):
            votes["PLACE"] += 2  # "the Burbank entertainment giant": where it is based
        if GROUP_BEFORE.search(m.before):
            votes["ORG"] += 2  # "another militia group, Harakat al-Nujaba"
        if (
            m.at_block_start
            and m.text.isupper()
            and m.after.split()[:1] in (["—"], ["–"], ["-"], ["("], [","])
            and (m.label != "ORG" or m.after.split()[:1] != [","])
        ):
            votes["PLACE"] += 3  # a dateline: "BUFFALO, N.Y. —", "BAGHDAD —"
        if m.after.startswith("/") and " " in m.text and m.label in ("PERSON", "NORP", "PLACE"):
            votes["PERSON"] += 3  # a photo credit: "(Hadi Mizban / POOL/AFP)"
        described = _APPOSITION.match(m.after)
        if described:  # "Addison, a village southwest of Ithaca", "Kosmos, a group"
            nouns = set(described.groups())
            if nouns & _SETTLEMENTS:
                votes["PLACE"] += 3
            elif nouns & ORG_WORDS:
                votes["ORG"] += 3
            elif full_name_shape(m.text) and (
                nouns & PERSON_ROLES or any(n and n.endswith("-year-old") for n in nouns)
            ):
                votes["PERSON"] += 3  # "Eswar Prasad, a trade professor at Cornell"
        votes.update(_list_votes(m))
        if m.label in ("ORG", "PERSON") and not words & ORG_WORDS and not is_acronym(m.text):
            single = " " not in m.text
            if (single and m.owns) or (
                _WHO.match(m.after)
                and (single or (len(m.text.split()) == 2 and full_name_shape(m.text)))
            ):
                votes["PERSON"] += 2  # "Trump, who ...", "Trump launched his campaign"
            elif m.label == "PERSON" and _WHICH.match(m.after):
                votes["ORG"] += 2  # "Acme, which ..."
        if _POSSESSOR.search(m.before) and full_name_shape(m.text):
            votes["PERSON"] += 2  # "Serbia's Novak Djokovic", "Apple's Tim Cook"
    # A full name the model itself called a person, whose other forms are only parts of
    # it ("Kurt Volker" ... "Volker"), is a person however the surname alone was tagged.
    # Context (a "group, X", "X province") still outweighs it.
    full = [m.text for m in g.mentions if m.label == "PERSON" and " " in m.text and not m.weak]
    context = any(
        GROUP_BEFORE.search(m.before)
        or m.after.split()[:1] in [[w] for w in PLACE_AFTER | SITE_AFTER]
        for m in g.mentions
    )
    orgish = any(w.lower().strip(".,") in _NOT_A_PERSON_S for f in g.forms for w in f.split())
    if full and not context and not orgish:
        parts = {w for f in full for w in f.split()}
        if all(set(f.split()) <= parts for f in g.forms):
            return "PERSON"
    best = votes.most_common()
    top = best[0][0]
    # A group with fighters or a spokesman is an organisation, not a person.
    if top == "PERSON" and len(best) > 1 and best[1][0] == "ORG" and best[1][1] >= best[0][1]:
        top = "ORG"
    return top
