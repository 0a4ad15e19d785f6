"""Mentions from one parsed chunk: spaCy's entities cleaned, and named speakers it missed."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .forms import ALPHA, full_name_shape
from .lexicon import (
    CALENDAR,
    DETERMINERS,
    FURNITURE,
    KNOWN_SHORT,
    KNOWN_SHORT_RE,
    LABELS,
    ORG_WORDS,
    PLACE_KINDS,
    PRONOUN_LIKE,
    TIME_ZONES,
    TITLES,
    after_a_clock_time,
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
    listed_with: tuple[tuple[str, str], ...] = ()  # (type, name) of names listed with it
    owns: bool = False  # the subject of a verb with "his" or "her" on its object


# Irregular plurals whose possessive starts an institution's name ("People's Liberation
# Army", "Children's Hospital"): not a possessor and a second name.
_GROUP_PLURALS = {"people", "children", "women", "men"}
# Capitalised words before a name that are not its first name: titles, days, months.
_NEVER_A_FIRST_NAME = TITLES | CALENDAR


def _mistagged_first_name(tok) -> bool:
    """'Barack Obama and ...' opening a sentence: the small model may tag the first name a
    preposition; a capitalised word the model put in a name and called a preposition is
    part of the name, as no preposition is capitalised there but at a sentence start."""
    return (
        tok.pos_ in ("ADP", "X")
        and tok.is_title
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].pos_ == "PROPN"
    )


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
        while s < e - 1 and (
            doc[s].lower_.rstrip(".") in TITLES
            or (doc[s].pos_ != "PROPN" and not _mistagged_first_name(doc[s]))
            or doc[s].tag_ == "NNPS"  # "the Steelers' Mason Rudolph": a team before a name
        ):
            s += 1
        # "Browns DL Sheldon Richardson": a team and a position before the name; a name
        # holds no short all-capital word but its last ("III")
        for i in range(e - 2, s, -1):
            if doc[i].is_upper and doc[i].is_alpha and len(doc[i]) <= 3 and e - i > 2:
                s = i + 1
                break
        # A first name the model left outside ("Turki" of "Turki Muhammad Khalaf").
        while (
            s > 0
            and doc[s - 1].pos_ == "PROPN"
            and doc[s - 1].is_title
            and doc[s - 1].lower_.rstrip(".") not in _NEVER_A_FIRST_NAME
            and not doc[s - 1].is_sent_start
            and doc[s - 1].ent_type_ in ("", "NORP", "GPE")
            # "ambassador to Britain Liu Xiaming": a place after a preposition is a place
            and not (doc[s - 1].ent_type_ == "GPE" and s >= 2 and doc[s - 2].pos_ == "ADP")
            and s - 1 >= 0
            and (s - 2 < 0 or doc[s - 2].ent_type_ == "" or doc[s - 2].is_punct)
        ):
            s -= 1
    # "Holcomb's 2016", "Uchiyama 6-2", "the Associated Press that": numbers, their
    # punctuation and lowercase function words do not end a name
    while e > s + 1 and (
        doc[e - 1].like_num
        or doc[e - 1].is_punct
        or (doc[e - 1].is_stop and doc[e - 1].is_lower)
        or doc[e - 1].text[:1].isdigit()
    ):
        e -= 1
    return (s, e) if s < e else None


def mentions_in(doc, offset: int) -> list[Mention]:
    """NER mentions of one parsed chunk, cleaned, with global offsets."""
    out: list[Mention] = []
    # a span joined by a slash ("Jory Pascoe / POOL/AFP") does not hide a known short form
    tagged = [(ent.start_char, ent.end_char) for ent in doc.ents if "/" not in ent.text]
    for m in KNOWN_SHORT_RE.finditer(doc.text):  # by text: "POOL/AFP" is one token
        if not any(s < m.end() and m.start() < e for s, e in tagged):
            out.append(
                Mention(offset + m.start(), offset + m.end(), m.group(1), KNOWN_SHORT[m.group(1)])
            )
    absorbed = 0  # tokens before this belong to a name already taken
    for ent in doc.ents:
        if ent.start < absorbed:
            continue
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
        # "Tufts University's Feinstein International Center" names two things, and so
        # does a list the model ran together ("CBS All Access, Disney"); a place keeps
        # its comma ("Buffalo, N.Y.").
        cut = next(
            (
                i
                for i in range(s + 1, e - 1)
                if (doc[i].lower_ in ("'s", "’s") and doc[i - 1].lower_ not in _GROUP_PLURALS)
                or (doc[i].text == "," and label != "PLACE" and doc[i + 1].is_title)
            ),
            None,
        )
        if cut is not None:
            for a, b in ((s, cut), (cut + 1, e)):
                span = doc[a:b]
                out.append(
                    Mention(offset + span.start_char, offset + span.end_char, span.text, label)
                )
            continue
        person = _person_of(doc, s, e) if label == "ORG" else None
        if person is not None:  # "Meenakshi Ganguly of Human Rights Watch": two names
            for a, b, kind in ((s, person, "PERSON"), (person + 1, e, "ORG")):
                while a < b and doc[a].lower_ in DETERMINERS:
                    a += 1
                span = doc[a:b]
                out.append(
                    Mention(offset + span.start_char, offset + span.end_char, span.text, kind)
                )
            continue
        span = doc[s:e]
        if label == "PERSON" and len(span) == 1 and span[0].tag_ == "NNPS":
            label = "ORG"  # "the Steelers": a plural name is a team or a group, not a person
        text = span.text
        words = [w.lower().rstrip(".") for w in text.split()]
        if not ALPHA.search(text) or len(words) > 10:
            continue
        first = text.split()[0]
        if all(w in TITLES for w in words) or (
            first in PRONOUN_LIKE or (first.istitle() and first.lower() in PRONOUN_LIKE)
        ):
            continue
        if any(w in FURNITURE for w in words) and label != "ORG":
            continue
        if "\n" in text:
            continue
        if text in TIME_ZONES and s > 0 and after_a_clock_time(doc[s - 1]):
            continue  # "(0100 GMT)"
        if not any(c.isupper() for c in text):
            continue  # "marijuana legalization": a name has a capital somewhere
        if any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in span[1:-1]):
            continue  # "Garrett hit Rudolph": a clause, not a name
        # "Federal Reserve Bank of New York": an institution "of" a place is one name
        if (
            label == "ORG"
            and words[-1] in ORG_WORDS
            and e + 1 < len(doc)
            and doc[e].lower_ == "of"
            and doc[e + 1].ent_type_ in ("GPE", "LOC", "ORG")
        ):
            e += 2  # past "of" and the place's first word, then the rest of the place
            while e < len(doc) and doc[e].ent_iob_ == "I":
                e += 1
            absorbed = e
            span = doc[s:e]
            text = span.text
        # "al-Anbar province": a place keeps the word that says what kind of place.
        if label == "PLACE" and e < len(doc) and doc[e].lower_ in PLACE_KINDS:
            e += 1
            span = doc[s:e]
            text = span.text
        before = " ".join(t.lower_ for t in doc[max(0, s - 4) : s])
        after = " ".join(t.lower_ for t in doc[e : e + 4])  # room for ", a village"
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
                listed_with=_listed_with(span),
                owns=_owns(span),
            )
        )
    return out


def _person_of(doc, s: int, e: int) -> int | None:
    """Where "of" splits an organisation's span into a person and the organisation they
    speak for ("Meenakshi Ganguly of Human Rights Watch"): a given and a family name
    before it, singular proper nouns none of them a word of institutions (not "Bank of
    America", "National Association of Manufacturers"), and a name after it."""
    for k in (s + 2, s + 3):
        if k + 1 >= e or doc[k].lower_ != "of":
            continue
        before = doc[s:k]
        if full_name_shape(before.text) and all(t.tag_ == "NNP" for t in before):
            return k
    return None


def _owns(span) -> bool:
    """Whether the name is the subject of a verb whose object is "his" or "her" something,
    or "himself" or "herself" ("Trump launched his campaign")."""
    tok = span[-1]
    if tok.dep_ != "nsubj":
        return False
    for child in tok.head.children:
        if child.lower_ in ("himself", "herself"):
            return True
        if child.dep_ == "dobj" and any(
            g.dep_ == "poss" and g.lower_ in ("his", "her") for g in child.children
        ):
            return True
    return False


def _listed_with(span) -> tuple[tuple[str, str], ...]:
    """Our types and the names of the names coordinated with this one ("Marvel
    Entertainment, Lucasfilm and BamTech")."""
    doc = span.doc
    out = []
    for tok in span.root.conjuncts:
        label = LABELS.get(tok.ent_type_)
        if label is None or span.start <= tok.i < span.end:
            continue
        s = e = tok.i  # the entity around the token, by its IOB tags
        while s > 0 and doc[s].ent_iob_ == "I":
            s -= 1
        while e + 1 < len(doc) and doc[e + 1].ent_iob_ == "I":
            e += 1
        out.append((label, doc[s : e + 1].text))
    return tuple(out)


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
        if words[0].lower() in DETERMINERS | PRONOUN_LIKE:
            continue
        orgish = any(w.lower().strip(".,") in ORG_WORDS for w in words)
        label = "ORG" if orgish or len(words) > 3 else "PERSON"
        out.append(Mention(start, end, text, label, weak=True))
    return out


def speakers_are_people(
    mentions: list[Mention], speakers: list[tuple[int, int, str]], text: str
) -> list[Mention]:
    """A name the model typed as something else is a person's when it is written as one
    (a given and a family name) and it speaks, under that name or under its last word
    ("Diego Schwartzman ... Schwartzman said"), its last word being used alone elsewhere
    as stories name a person the second time. Organisations speak too, but are not named
    again by their last word ("United Nations", "Morgan Stanley"), and one that speaks
    under one word is one the model calls an organisation ("Reuters")."""
    spans = sorted((s, e) for s, e, _ in speakers)

    def speaks(m: Mention) -> bool:
        return any(s < m.end and m.start < e for s, e in spans)

    surnames = {m.text for m in mentions if " " not in m.text and speaks(m)}
    surnames -= {m.text for m in mentions if m.label in ("ORG", "PLACE", "NORP")}
    candidates = {
        m.text
        for m in mentions
        if m.label not in ("PERSON", "PLACE")
        and full_name_shape(m.text)
        and (speaks(m) or m.text.split()[-1] in surnames)
    }
    people = {n for n in candidates if _named_again_by_last_word(n, text)}
    people |= {n.split()[-1] for n in people} & surnames
    return [replace(m, label="PERSON") if m.text in people else m for m in mentions]


def _named_again_by_last_word(name: str, text: str) -> bool:
    last = name.split()[-1]
    alone = len(re.findall(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text))
    return alone > text.count(name)
