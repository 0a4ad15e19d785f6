"""Who and what the article names: one entity per real-world thing, with all its mentions.

spaCy's NER proposes mentions; the rules here clean them (no leading "the", no
possessive, no bare titles or numbers), merge them (a surname joins the full name, an
acronym its expansion, "X province" joins "X"), type them by a vote over the mentions
corrected by context, and find the mentions the model missed by searching the text for
the forms it did find.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Entity

LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "WORK_OF_ART": "WORK",
    "LAW": "WORK",
    "PRODUCT": "WORK",
    "LANGUAGE": "OTHER",
}
TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary
    gov governor sen senator rep representative gen general col colonel capt captain lt
    sgt judge justice mayor chancellor king queen prince princess pope rev reverend
    father chief ceo chairman chairwoman speaker sheikh ayatollah coach officer
    spokesman spokeswoman spokesperson director adm admiral maj major st saint state
    foreign deputy acting former u.s. house senate attorney commissioner leader editor
    professor analyst lawmaker cleric cmdr cmdr. amb ambassador sgt. pvt cpl spc rabbi
    imam bishop archbishop defenseman forward goalie quarterback manager owner founder
    superintendent councillor councilor councilman councilwoman alderman assemblyman
    assemblywoman congressman congresswoman mp rep. sen. gov. dr. mr. mrs. ms. lt. gen.
    col. capt. maj. adm. prof. rev. pres premier dean host
    """.split()
)
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
ORG_WORDS = frozenset(
    """
    forces force army party group ministry department council committee company corp
    corporation inc ltd llc co association union brigade brigades front movement agency
    university college institute bank court commission organization organisation
    foundation hezbollah hamas taliban news press times post journal network media
    images reuters police navy guard coalition board office service services authority
    administration team club fund league federation church school hospital center centre
    society productions records studios entertainment resistance congress parliament
    assembly senate house
    """.split()
)
PLACE_AFTER = frozenset(
    """
    province city county state region district village town governorate prefecture
    island islands border river valley capital
    """.split()
)
PLACE_KINDS = {"province", "county", "region", "district", "governorate", "prefecture"}
# "the al-Tanf base", "the Rukban camp": a name before one of these words is a site
SITE_AFTER = frozenset(
    """
    base camp crossing airport airbase checkpoint garrison highway bridge dam outpost
    """.split()
)
# "Indiana Statehouse": a name ending in one of these is a building, a place
FACILITY = frozenset("statehouse capitol stadium arena airport plaza square bridge".split())
# Words of both organisations and buildings: with a name the model took for a place
# ("Moscone Center"), they are not evidence of an organisation.
BUILDING_WORDS = frozenset({"center", "centre", "hall"})
# "Sabres center Casey Mittelstadt", "Hamas fighters": a one-word name before a role
# held in an organisation names that organisation, not a person
ROLE_AFTER = frozenset(
    """
    coach captain center centre defenseman forward goalie goaltender winger striker
    midfielder pitcher quarterback spokesman spokeswoman spokesperson official officials
    fighters militants leader leaders commander commanders executive executives chairman
    founder employees staff players fans
    """.split()
)
# Organisations so often in the news that their names are facts worth knowing: the small
# model takes some of them for people or places ("posted on Twitter").
KNOWN_ORGS = frozenset(
    """
    Twitter Facebook Instagram YouTube TikTok WhatsApp Snapchat Reddit LinkedIn Netflix
    Spotify Google Microsoft Apple Meta Uber Lyft Tesla SpaceX OpenAI Nvidia Intel
    Samsung Huawei Boeing Airbus Disney Walmart Pfizer Moderna Politico Axios Bloomberg
    CNN BBC NPR PBS MSNBC CNBC Reuters Gallup BuzzFeed HuffPost Hulu
    """.split()
)
GROUP_BEFORE = re.compile(
    r"\b(?:group|militia|company|organi[sz]ation|party|team|firm|label|band|network|"
    r"agency|outlet|newspaper|startup|brand|club|union|association|charity)\s*,?\s*$"
)
# Standard short forms of a few names so common that articles use either (facts).
EQUIVALENT = [
    ("U.S.", "United States"),
    ("U.K.", "United Kingdom"),
    ("U.N.", "United Nations"),
    ("E.U.", "European Union"),
    ("UAE", "United Arab Emirates"),
    ("ISIS", "Islamic State"),
]
PLACE_BEFORE = re.compile(
    r"(?:\b(?:city|town|village|province|state|capital|county|mayor|governor|outskirts|"
    r"streets|people|residents|citizens)\s+of|\bin|\bnear|\bto|\bfrom|\bacross)\s*$",
    re.I,
)
PLACE_SUFFIX = re.compile(
    r"\s+(?:province|city|county|state|region|district|governorate|prefecture)$", re.I
)
ORG_SUFFIX = re.compile(r"\s+(?:news|inc\.?|corp\.?|co\.?|ltd\.?|llc|group)$", re.I)
NAME_PARTICLES = re.compile(
    r"^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|abd|van|von|de|da|di|du|le|la)[-\s]", re.I
)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_DOTS = re.compile(r"[.\s]+")
_ALPHA = re.compile(r"[A-Za-z\u00c0-\u024f]")
_PRONOUN_LIKE = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"}
_FURNITURE = {"getty", "photo", "image", "video", "copyright", "advertisement", "share"}
_STOP_INITIALS = frozenset(
    """
    of the and for in on to a an & de la
    """.split()
)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str  # our type (PERSON, ORG, PLACE, ...)
    before: str = ""  # a few words of context, lowercased
    after: str = ""
    titled: str | None = None  # the name with the title it was given ("President Trump")
    at_block_start: bool = False
    weak: bool = False  # inferred (a speaker the model did not tag): votes only if alone


@dataclass
class _Group:
    mentions: list[Mention] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)
    votes: Counter = field(default_factory=Counter)
    weak_votes: Counter = field(default_factory=Counter)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.forms[m.text] += 1
        if m.weak:
            self.weak_votes[m.label] += 1
        else:
            self.votes[m.label] += 1

    def absorb(self, other: _Group) -> None:
        for m in other.mentions:
            self.add(m)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def type(self) -> str:
        return (self.votes or self.weak_votes).most_common(1)[0][0]


def key(text: str) -> str:
    """Comparison key: case, dots, leading article and possessive folded."""
    t = text.strip()
    t = _POSSESSIVE.sub("", t)
    words = t.split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return _DOTS.sub(" ", " ".join(words).lower()).replace("’", "'").strip()


def _trim(doc, ent) -> tuple[int, int] | None:
    """Token range of an entity without leading articles/titles and trailing possessives."""
    s, e = ent.start, ent.end
    while s < e and (doc[s].lower_ in DETERMINERS or doc[s].is_punct):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in ("'s", "’s", "'", "’")):
        e -= 1
    # "Hosting Cook at Dreamforce ...": a sentence-opening gerund is not part of a name
    if s < e - 1 and doc[s].is_sent_start and doc[s].lower_.endswith("ing"):
        s += 1
    if ent.label_ == "PERSON":
        while s < e - 1 and (doc[s].lower_.rstrip(".") in TITLES or doc[s].pos_ != "PROPN"):
            s += 1
        # A first name the model left outside ("Turki" of "Turki Muhammad Khalaf").
        while (
            s > 0
            and doc[s - 1].pos_ == "PROPN"
            and doc[s - 1].is_title
            and doc[s - 1].lower_.rstrip(".") not in TITLES
            and not doc[s - 1].is_sent_start
            and doc[s - 1].ent_type_ in ("", "NORP", "GPE")
            and s - 1 >= 0
            and (s - 2 < 0 or doc[s - 2].ent_type_ == "" or doc[s - 2].is_punct)
        ):
            s -= 1
    while e > s + 1 and doc[e - 1].like_num:  # "Holcomb's 2016"
        e -= 1
    return (s, e) if s < e else None


# Short forms so common that the small model often leaves them untagged (facts, not rules
# for one page): they become mentions wherever they stand as words.
KNOWN_SHORT = {
    "US": "PLACE",
    "U.S.": "PLACE",
    "UK": "PLACE",
    "U.K.": "PLACE",
    "UN": "ORG",
    "U.N.": "ORG",
    "EU": "ORG",
    "E.U.": "ORG",
    "NATO": "ORG",
    # news agencies, often only in photo credits ("POOL/AFP via Getty Images")
    "AFP": "ORG",
    "AP": "ORG",
    "Reuters": "ORG",
    "EPA": "ORG",
    "UPI": "ORG",
}
_KNOWN_SHORT = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(k) for k in sorted(KNOWN_SHORT, key=len, reverse=True))
    + r")(?![\w])"
)


def mentions_in(doc, offset: int) -> list[Mention]:
    """NER mentions of one parsed chunk, cleaned, with global offsets."""
    out: list[Mention] = []
    # a span joined by a slash ("Jory Pascoe / POOL/AFP") does not hide a known short form
    tagged = [(ent.start_char, ent.end_char) for ent in doc.ents if "/" not in ent.text]
    for m in _KNOWN_SHORT.finditer(doc.text):  # by text: "POOL/AFP" is one token
        if not any(s < m.end() and m.start() < e for s, e in tagged):
            out.append(
                Mention(offset + m.start(), offset + m.end(), m.group(1), KNOWN_SHORT[m.group(1)])
            )
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if label is None:
            continue
        rng = _trim(doc, ent)
        if rng is None:
            continue
        s, e = rng
        # "Jory Pascoe / POOL/AFP": a credit line names several things; keep the first
        slash = next(
            (
                i
                for i in range(s + 1, e)
                if doc[i].text == "/" and doc[i].whitespace_ and doc[i - 1].whitespace_
            ),
            None,
        )
        if slash is not None:
            e = slash
        # "Tufts University's Feinstein International Center" names two things.
        cut = next((i for i in range(s + 1, e - 1) if doc[i].lower_ in ("'s", "’s")), None)
        if cut is not None:
            for a, b in ((s, cut), (cut + 1, e)):
                span = doc[a:b]
                out.append(
                    Mention(offset + span.start_char, offset + span.end_char, span.text, label)
                )
            continue
        span = doc[s:e]
        text = span.text
        words = [w.lower().rstrip(".") for w in text.split()]
        if not _ALPHA.search(text) or len(words) > 10:
            continue
        first = text.split()[0]
        if all(w in TITLES for w in words) or (
            first in _PRONOUN_LIKE or (first.istitle() and first.lower() in _PRONOUN_LIKE)
        ):
            continue
        if any(w in _FURNITURE for w in words) and label != "ORG":
            continue
        if "\n" in text:
            continue
        # "al-Anbar province": a place keeps the word that says what kind of place.
        if label == "PLACE" and e < len(doc) and doc[e].lower_ in PLACE_KINDS:
            e += 1
            span = doc[s:e]
            text = span.text
        before = " ".join(t.lower_ for t in doc[max(0, s - 4) : s])
        after = " ".join(t.lower_ for t in doc[e : e + 2])
        titled = None
        t0 = s
        while t0 > 0 and doc[t0 - 1].lower_.rstrip(".") in TITLES and doc[t0 - 1].is_title:
            t0 -= 1
        if label == "PERSON" and t0 < s:
            if t0 > 0 and doc[t0 - 1].lower_ == "former":  # "former Vice President Biden"
                t0 -= 1
            titled = doc[t0:e].text
        block_start = s == 0 or "\n" in doc[s - 1].text_with_ws or doc[s - 1].is_space
        out.append(
            Mention(
                offset + span.start_char,
                offset + span.end_char,
                text,
                label,
                before,
                after,
                titled,
                block_start,
            )
        )
    return out


def _is_acronym(form: str) -> bool:
    """'PMF', 'U.S.', and mixed-case ones like 'MaT': short, mostly capitals."""
    bare = form.replace(".", "")
    capitals = sum(c.isupper() for c in bare)
    return (
        " " not in form
        and 2 <= len(bare) <= 6
        and bare.isalpha()
        and (bare.isupper() or (capitals >= 2 and bare[0].isupper()))
    )


def speaker_mentions(
    speakers: list[tuple[int, int, str]], mentions: list[Mention]
) -> list[Mention]:
    """Named speakers the model did not tag ("..." Schiff asked): a proper-noun subject of
    a speech verb names someone. One to three capitalised words is a person, else an
    organisation by its words."""
    taken = sorted((m.start, m.end) for m in mentions)
    out = []
    for start, end, text in speakers:
        if any(s < end and start < e for s, e in taken):
            continue
        words = text.split()
        if not words or not all(w[:1].isupper() for w in words) or len(words) > 5:
            continue
        if words[0].lower() in DETERMINERS | _PRONOUN_LIKE:
            continue
        orgish = any(w.lower().strip(".,") in ORG_WORDS for w in words)
        label = "ORG" if orgish or len(words) > 3 else "PERSON"
        out.append(Mention(start, end, text, label, weak=True))
    return out


def _initials(text: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", text) if w and w.lower() not in _STOP_INITIALS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _surname(text: str) -> str:
    last = text.split()[-1]
    return NAME_PARTICLES.sub("", last).lower()


def _context_type(g: _Group) -> str:
    """Vote corrected by what surrounds the mentions."""
    if any(f in KNOWN_ORGS for f in g.forms):
        return "ORG"
    votes = Counter(g.votes or g.weak_votes)
    for m in g.mentions:
        first_after = m.after.split()[0] if m.after else ""
        if first_after in PLACE_AFTER or PLACE_SUFFIX.search(m.text):
            votes["PLACE"] += 2
        if first_after in SITE_AFTER and m.label != "NORP" and not _is_acronym(m.text):
            votes["PLACE"] += 2
        last_word = m.text.split()[-1].lower()
        if last_word in FACILITY:
            votes["PLACE"] += 3
        if m.label == "PERSON" and " " not in m.text and first_after in ROLE_AFTER:
            votes["ORG"] += 2
        if re.search(r"(?:mayor|governor|city|town|province|outskirts)\s+of\s*$", m.before):
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
    # A full name the model itself called a person, whose other forms are only parts of
    # it ("Kurt Volker" ... "Volker"), is a person however the surname alone was tagged.
    # Context (a "group, X", "X province") still outweighs it.
    full = [m.text for m in g.mentions if m.label == "PERSON" and " " in m.text and not m.weak]
    context = any(
        GROUP_BEFORE.search(m.before)
        or m.after.split()[:1] in [[w] for w in PLACE_AFTER | SITE_AFTER]
        for m in g.mentions
    )
    orgish = any(w.lower().strip(".,") in ORG_WORDS for f in g.forms for w in f.split())
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


def merge(mentions: Iterable[Mention], text: str) -> list[Entity]:
    groups: dict[str, _Group] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        k = key(m.text)
        if not k:
            continue
        groups.setdefault(k, _Group()).add(m)

    def fold(small: str, big: str) -> None:
        if small in groups and big in groups and small != big:
            groups[big].absorb(groups.pop(small))

    # "al-Anbar province" -> "al-Anbar", "NPR News" -> "NPR": a generic suffix.
    # (a place suffix only for places: "Islamic State" is not a state of "Islamic")
    for k in list(groups):
        for pattern, kinds in ((PLACE_SUFFIX, {"PLACE"}), (ORG_SUFFIX, {"ORG", "PLACE"})):
            base = pattern.sub("", k)
            if base != k and base in groups and groups[k].type in kinds:
                fold(k, base)
                break

    # "Intelligence Committee" is the "House Intelligence Committee" named again.
    for k in sorted(groups, key=len):
        if k not in groups or groups[k].type not in ("ORG", "PLACE"):
            continue
        longer = [
            f
            for f in groups
            if f != k and f.endswith(" " + k) and groups[f].type in ("ORG", "PLACE")
        ]
        if len(longer) == 1 and (" " in k or groups[k].type == groups[longer[0]].type):
            fold(k, longer[0])
    for short, long in EQUIVALENT:
        fold(key(long), key(short))
    # Acronyms: "Popular Mobilization Forces (PMF)" in the text, or matching initials.
    for m in re.finditer(
        r"([A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|the|and|for|de|la|al|el))+)"
        r"\s*\(([A-Z][A-Za-z.&]{1,9})\)",
        text,
    ):
        short, long = m.group(2), key(m.group(1))
        if not _is_acronym(short):
            continue
        # the long form may be known under a longer key it was folded into
        owner = next(
            (k for k in groups if long == k or long in {key(f) for f in groups[k].forms}), None
        )
        if owner is None:
            continue
        if key(short) in groups:
            fold(key(short), owner)
        else:  # the model missed the acronym: it is a form to look for
            groups[owner].forms[short] += 0
    acronyms = [k for k in groups if any(_is_acronym(f) for f in groups[k].forms)]
    for a in acronyms:
        target = a.replace(" ", "").upper()
        matches = [
            k
            for k in groups
            if k != a
            and not any(_is_acronym(f) for f in groups[k].forms)
            and any(" " in f and _initials(key(f)) == target for f in groups[k].forms)
        ]
        if len(matches) == 1:
            fold(a, matches[0])

    _complete_names(groups, text)
    full_people = [k for k in groups if " " in k and groups[k].type == "PERSON"]
    surnames = {_surname(f) for f in full_people}
    # A first name alone ("investigate Joe and Hunter Biden") joins the one full name
    # that starts with it, before surnames are shared out by who is named most.
    for k in list(groups):
        if k in groups and " " not in k and groups[k].type == "PERSON" and k not in surnames:
            starts = [f for f in full_people if f in groups and f.split()[0] == k]
            if len(starts) == 1:
                fold(k, starts[0])
    # Surnames and partial names join the full name they belong to.
    for k in list(groups):
        if k not in groups or " " in k:
            continue
        short = NAME_PARTICLES.sub("", k)
        candidates = [
            f
            for f in full_people
            if f in groups
            and (_surname(f) == short or NAME_PARTICLES.sub("", f.split()[-1]) == short)
        ]
        if len(candidates) == 1:
            fold(k, candidates[0])
        elif len(candidates) > 1:  # two people share a surname: the most mentioned one
            fold(k, max(candidates, key=lambda f: len(groups[f].mentions)))
    # One surname spelt two ways, one the other with a doubled ending ("Zelensky",
    # "Zelenskyy"): the same person.
    people = [k for k in groups if groups[k].type == "PERSON"]
    for a_key in people:
        for b_key in people:
            if a_key in groups and b_key in groups and a_key != b_key:
                a_last, b_last = a_key.split()[-1], b_key.split()[-1]
                if (
                    len(a_last) >= 6
                    and b_last.startswith(a_last)
                    and len(b_last) - len(a_last) == 1
                    and b_last[-1] == a_last[-1]
                ):
                    if len(a_key) >= len(b_key):
                        fold(b_key, a_key)
                    else:
                        fold(a_key, b_key)
    # A first name alone ("Joe") joins the one full name that starts with it.
    for k in list(groups):
        if k not in groups or " " in k or groups[k].type != "PERSON":
            continue
        starts = [f for f in full_people if f in groups and f.split()[0] == k]
        if len(starts) == 1:
            fold(k, starts[0])
    # A multi-word partial name ("Mohammed al-Sudani") inside a longer one.
    for k in sorted(groups, key=len):
        if k not in groups or groups[k].type != "PERSON" or " " not in k:
            continue
        longer = [
            f
            for f in full_people
            if f in groups and f != k and len(f) > len(k) and set(k.split()) <= set(f.split())
        ]
        if len(longer) == 1:
            fold(k, longer[0])

    _find_missed(groups, text)
    _drop_common_words(groups, text)
    return _entities(groups)


def _complete_names(groups: dict[str, _Group], text: str) -> None:
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
                or _SENTENCE_END.search(text, max(0, m.start() - 4), m.start())  # "But X"
                or key(first) in groups
                or any(named[m.start(1) : m.end(1)])  # part of a name already
                or owner.get((m.end() - len(surname), m.end()), g) is not g  # someone else
            ):
                continue
            found.setdefault(first, m.span())
        if len(found) != 1:
            continue
        s, e = next(iter(found.values()))
        before, after = _context(text, s, e)
        groups.setdefault(key(text[s:e]), _Group()).add(
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


def _drop_common_words(groups: dict[str, _Group], text: str) -> None:
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


def _find_missed(groups: dict[str, _Group], text: str) -> None:
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
            if len(form) < 2 or (len(form) < 4 and not _is_acronym(form)):
                continue
            pattern = r"(?<![\w\-])" + re.escape(form) + r"(?![\w\-])"
            for m in re.finditer(pattern, text):
                s, e = m.start(), m.end()
                if any(covered[s:e]):
                    continue
                for i in range(s, e):
                    covered[i] = True
                # a copy of the group's own type: it votes only through its context
                before, after = _context(text, s, e)
                g.add(Mention(s, e, form, g.type, before, after, weak=True))


_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n]|[.!?,]?[\"“”‘’'(])\s*$")
_TOKEN = re.compile(r"\w[\w.'’-]*\w|\w|[^\w\s]")


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The four tokens before and two after a span, lowercased, as the parse gives them."""
    before = _TOKEN.findall(text[max(0, start - 60) : start])[-4:]
    after = _TOKEN.findall(text[end : end + 40])[:2]
    return " ".join(before).lower(), " ".join(after).lower()


def _name(g: _Group, etype: str) -> str:
    forms = list(g.forms)
    if etype == "PERSON":
        return max(forms, key=lambda f: (len(f.split()), g.forms[f], len(f)))
    expansions = [f for f in forms if " " in f and not f.isupper()]
    if any(_is_acronym(f) for f in forms) and expansions:
        return max(expansions, key=lambda f: (g.forms[f], len(f)))
    return max(forms, key=lambda f: (g.forms[f], -abs(len(f.split()) - 2), len(f)))


def _entities(groups: dict[str, _Group]) -> list[Entity]:
    ranked = sorted(groups.values(), key=lambda g: (-len(g.mentions), g.first))
    # A surname shared by two people is nobody's alias.
    owners: dict[str, list[_Group]] = defaultdict(list)
    for g in ranked:
        for f in g.forms:
            if " " in f:
                owners[key(f.split()[-1])].append(g)
    surname_taken = {k: v[0] for k, v in owners.items() if len({id(x) for x in v}) == 1}
    surname_taken.update({k: None for k, v in owners.items() if len({id(x) for x in v}) > 1})
    out: list[Entity] = []
    for i, g in enumerate(ranked, 1):
        etype = _context_type(g)
        name = _strip_article(_name(g, etype))
        aliases = []
        # every surface form the article uses, case variants too ("BAGHDAD")
        seen = {key(name)}
        exact = {name}
        for form, _n in g.forms.most_common():
            form = _strip_article(form)
            if form not in exact:
                exact.add(form)
                seen.add(key(form))
                aliases.append(form)
        extra = [m.titled for m in g.mentions if m.titled]
        if etype == "PLACE" and PLACE_SUFFIX.search(name):
            extra.append(PLACE_SUFFIX.sub("", name))  # "al-Anbar province" -> "al-Anbar"
        if etype == "PERSON" and len(name.split()) > 1:
            last = name.split()[-1]
            extra.append(last)
            bare = NAME_PARTICLES.sub("", last)
            if bare != last and len(bare) > 2:
                extra.append(bare[:1].upper() + bare[1:])
        for short, long in EQUIVALENT:
            if key(name) in (key(short), key(long)):
                extra += [short, long]
        for form in extra:
            if key(form) not in seen and surname_taken.get(key(form), g) is g:
                seen.add(key(form))
                aliases.append(form)
        mentions = tuple(sorted({(m.start, m.end) for m in g.mentions}))
        out.append(Entity(f"e{i}", name, etype, tuple(aliases), mentions))
    return out


def _strip_article(form: str) -> str:
    words = form.split()
    if len(words) > 1 and words[0].lower() in DETERMINERS:
        return " ".join(words[1:])
    return form
