"""Who speaks, from the parse: a cue verb's subject as the parser left it, or where the
parser went wrong, the name the sentence puts in its place."""

from __future__ import annotations

from ..entities.lexicon import TITLES
from .cues import DOCUMENTS, INDIRECT_CUES, PRONOUNS_GROUP, PRONOUNS_PERSON
from .facts import Ref


def noun_phrase(tok) -> tuple[int, int]:
    """Token range of a subject's noun phrase, without relative clauses or appositions."""
    keep = {
        "compound",
        "amod",
        "det",
        "poss",
        "flat",
        "nmod",
        "nummod",
        "case",
        "prep",
        "pobj",
        "punct",
        "cc",
        "conj",
        "quantmod",
        "advmod",
    }
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in keep and child.dep_ not in ("punct", "cc", "conj"):
            left = min(left, child.left_edge.i)
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "nmod") or (
            child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "with")
        ):
            right = max(right, child.right_edge.i)
        else:
            break
    return left, right + 1


def ref_for(tok, offset: int) -> Ref:
    doc = tok.doc
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "a Syrian refugee who ... said": the antecedent
    if tok.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP:
        return Ref(offset + tok.idx, offset + tok.idx + len(tok), tok.text, "pronoun", tok.lower_)
    # An apposition that is a name settles it: "the mayor, Turki Muhammad Khalaf".
    for child in tok.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and tok.pos_ != "PROPN":
            s, e = noun_phrase(_last_named(child))
            span = doc[s:e]
            return Ref(offset + span.start_char, offset + span.end_char, span.text, "name")
    named = _names_set_off(tok) or _named_example(tok)
    if named is not None:
        s, e = noun_phrase(named)
        span = doc[s:e]
        return Ref(offset + span.start_char, offset + span.end_char, span.text, "name")
    # "Ahmado's source inside the camp, a refugee who ...": someone's contact is better
    # named by the description in apposition than by whose contact they are.
    if tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children):
        for child in tok.rights:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                tok = child
                break
    s, e = noun_phrase(tok)
    span = doc[s:e]
    if tok.pos_ == "PROPN" or (tok.ent_type_ and tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")):
        ref = Ref(offset + span.start_char, offset + span.end_char, span.text, "name")
        ref.head_at = offset + tok.idx
        first = _personal_name_start(tok, s)
        if first is not None:
            name = doc[first : tok.i + 1]
            ref.person = (offset + name.start_char, offset + name.end_char, name.text)
        return ref
    ref = Ref(
        offset + span.start_char, offset + span.end_char, span.text, "description", tok.lower_
    )
    ref.qualifiers = tuple(c.lower_ for c in tok.lefts if c.dep_ == "compound")
    # "a spokesman for the group"; "an editorial in The Gazette", "the company's statement":
    # a writing speaks for whoever issued it.
    preps = ("for", "of", "at", "with") + (_ISSUED_BY if tok.lower_ in DOCUMENTS else ())
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    os_, oe = noun_phrase(obj)
                    ref.of_start = offset + doc[os_:oe].start_char
                    ref.of_end = offset + doc[os_:oe].end_char
    if ref.of_start < 0 and tok.lower_ in DOCUMENTS:
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None:
            os_, oe = noun_phrase(owner)
            ref.of_start = offset + doc[os_:oe].start_char
            ref.of_end = offset + doc[os_].idx + len(owner)  # without the "'s"
    return ref


_ISSUED_BY = ("in", "by", "from")


def _last_named(name):
    """The last person of a list of names ("David and Jeanne Heidler" -> "Jeanne
    Heidler"), the fullest when they share a family name; the name itself otherwise."""
    while True:
        nxt = next((c for c in name.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
        if nxt is None:
            return name
        name = nxt


def _named_example(tok):
    """'Clinton advisers like Gene Sperling countered that ...': a group described by a
    person it names as its example speaks through that person."""
    if tok.tag_ != "NNS":
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("like", "including", "as"):
            such = tok.doc[prep.i - 1].lower_ == "such" or any(
                c.lower_ == "such" for c in prep.children
            )
            if prep.lower_ == "as" and not such:
                continue  # "such as" only
            obj = pobj(prep)
            if obj is not None and obj.ent_type_ == "PERSON":
                return obj
    return None


def _names_set_off(tok):
    """'His biographers, David and Jeanne Heidler, wrote': people named between commas
    after a description are who it is, though the parser may take them for a list with
    the description."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    first = doc[tok.i + 2]
    if first.ent_type_ != "PERSON" or not any(c.i == first.i for c in tok.children):
        return None
    last = _last_named(first)
    if last.i == first.i:  # the parser's list may hang every name on the description
        more = [c for c in tok.children if c.dep_ == "conj" and c.i > first.i]
        if more and all(c.ent_type_ == "PERSON" for c in more):
            last = more[-1]
    after = last.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return None  # "the lawyers, John Smith and others": not only names
    return last


_NOT_PERSON = ("ORG", "GPE", "LOC", "NORP", "FAC")


def _personal_name_start(head, phrase_start: int) -> int | None:
    """'United Auto Workers Secretary-Treasurer Gary Casteel': where the person's own name
    starts, when an organisation or a place and a title lead the phrase; None otherwise."""
    if head.ent_type_ in _NOT_PERSON:
        return None
    doc = head.doc
    i = head.i
    while (
        i - 1 >= phrase_start
        and doc[i - 1].pos_ == "PROPN"
        and doc[i - 1].is_title
        and doc[i - 1].ent_type_ not in _NOT_PERSON
        and doc[i - 1].lower_.rstrip(".") not in TITLES
    ):
        i -= 1
    lead = doc[phrase_start:i]
    if i == head.i or not any(t.ent_type_ in _NOT_PERSON for t in lead):
        return None
    if not any(t.lower_.rstrip(".") in TITLES for t in lead):
        return None
    return i


def _named_speaker(subj, verb):
    """Mend two slips of the parser around a cue. Before it: "Or maybe Bush, consultant
    Phil Musser says" (the name that ends right at the cue speaks, not the one it
    follows). After it: "said former Pennsylvania Gov. and Party Chairman Ed Rendell",
    "said Air Force 1st Lt. Tyler Livingston" (the subject is a word of the title; the
    person at the end of the run of names and titles speaks)."""
    for c in subj.rights:
        if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.right_edge.i + 1 == verb.i:
            return c
    if subj.i < verb.i or subj.ent_type_ == "PERSON" or subj.pos_ == "PRON":
        return subj
    person = None
    for tok in subj.doc[subj.i + 1 : subj.i + 12]:
        if tok.ent_type_ == "PERSON":
            person = tok
        elif person is not None:
            break  # the name has ended
        elif not (
            tok.pos_ == "PROPN"
            or tok.ent_type_
            or tok.text[:1].isdigit()  # "1st Lt."
            or tok.text in ("and", ".")
            or tok.lower_.rstrip(".") in TITLES
        ):
            break  # "said a lawyer for John Smith": not a run of names and titles
    return person or subj


def pobj(prep):
    """The object of a preposition ("to" -> "X" in "according to X"), or None."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def subject(verb):
    """The speaker token of a cue verb, climbing through conjunctions and participles."""
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        return pobj(to) if to is not None else None
    if verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "X said ..., calling it Y": the speaker is the subject of the main clause, or of
        # the verb of saying the participle hangs on ("Comey cannot say that ...," X added,
        # saying ...")
        head = verb.head
        if head.i != verb.i and head.lower_ in _REPORTING:
            told = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if told is not None:
                return told
        root = verb.sent.root
        for child in root.children:
            if child.dep_ == "nsubj":
                return child
    seen = 0
    v = verb
    while v is not None and seen < 4:
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:  # "said the coxswain, Elowen Penrose": two subjects, one named
            # '"Meh," wrote a supporter': after a cue that follows the quote, the parser's
            # subject before it is a word of the quote
            after = [c for c in subjects if c.i > v.i]
            pool = after if after and _follows_a_quote(v) else subjects
            named = [c for c in pool if c.pos_ == "PROPN"]
            return (named or pool)[-1]
        for child in v.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.dep_ != "expl":
                if child.dep_ == "nsubjpass":  # "was told by X": the agent speaks
                    agent = next((c for c in v.children if c.dep_ == "agent"), None)
                    if agent is not None and pobj(agent) is not None:
                        return pobj(agent)
                    if v.lower_ not in ("quoted", "cited"):
                        continue
                return _named_speaker(child, verb)
        if v.dep_ == "conj" and (named := _name_right_before(v)) is not None:
            return named  # "the Post will brand you a liar and NBC News will accuse you"
        if v.dep_ == "xcomp" and (told := _told(v.head)) is not None:
            return told  # "That prompted Rubio to call Trump "...": the one prompted speaks"
        climbs = v.dep_ in ("conj", "advcl", "xcomp", "ccomp", "relcl", "acl")
        # "X was quick to add that ...": a plain verb of saying reports X's own words
        climbs = climbs or (v.dep_ == "acomp" and verb.lower_ in INDIRECT_CUES)
        if climbs and v.head.i != v.i:
            v = v.head
            seen += 1
            continue
        break
    return inverted_subject(verb) or name_before(verb)


_CLOSING_MARKS = {"”", '"', "’", "'", "»"}


def _follows_a_quote(verb) -> bool:
    """Whether only punctuation stands between a closing quotation mark and the verb."""
    before = verb.i - 1
    while before >= 0 and verb.doc[before].is_punct and verb.doc[before].text not in _CLOSING_MARKS:
        before -= 1
    return before >= 0 and verb.doc[before].text in _CLOSING_MARKS


def inverted_subject(verb):
    """'"...," mused Blaze co-host Stu Burguiere': after a closing quotation mark the cue
    comes first and the parser may take the speaker for its object."""
    if not _follows_a_quote(verb):
        return None
    objects = [
        c
        for c in verb.rights
        if c.dep_ in ("dobj", "attr", "npadvmod", "oprd") and c.pos_ in ("PROPN", "NOUN")
    ]
    names = [c for c in objects if c.pos_ == "PROPN"]
    return names[-1] if names else (objects[0] if objects else None)


_NAMED = ("PERSON", "ORG", "GPE", "NORP")


def name_before(verb):
    """'Sen. Elizabeth Warren (D-MA) said ...': a cue the parser left without a subject
    (it hung the name elsewhere, as an apposition or a compound) takes the name written
    right before it, past a parenthesis of party and state, or the name that opens the
    phrase a comma closes ('Bill Eastland, wearing a cowboy hat, said')."""
    i = verb.i - 1
    doc = verb.doc
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(" and verb.i - i <= 8:
            i -= 1
        i -= 1
    if i >= 0 and doc[i].text == ",":
        if verb.dep_ != "ROOT":  # "asked about X, called Y a ...": a verb of a list
            return None
        start = verb.sent.start
        for j in range(i - 1, max(start, i - _INTERRUPTION) - 1, -1):
            if _is_name(doc[j]) and doc[j + 1].text == ",":
                return doc[j]
        return None
    if i < 0 or verb.i - i > 9:
        return None
    return doc[i] if _is_name(doc[i]) else None


# The verbs a reporter hangs a participle of saying on: '..." X added, saying "...'.
_REPORTING = frozenset({"said", "says", "added", "adds", "told", "tells", "wrote", "writes"})


def _told(verb):
    """The named object of a verb that has someone do something ("prompted Rubio to",
    "urged Smith to"): the one who then does it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ == "PERSON"):
        return obj
    return None


def _name_right_before(verb):
    """A name written right before a second verb of a sentence, its auxiliaries aside: the
    verb's own subject, which the parser hung on the first clause ("... and NBC News will
    accuse you")."""
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].dep_ in ("aux", "auxpass", "neg") and doc[i].head.i == verb.i:
        i -= 1
    if i < 0 or not _is_name(doc[i]) or doc[i].head.i == verb.i:
        return None
    return doc[i]


# The longest phrase between a name and its cue: "X, wearing a hat and two pins, said".
_INTERRUPTION = 25


def _is_name(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ in _NAMED and tok.ent_iob_ in ("B", "I")
