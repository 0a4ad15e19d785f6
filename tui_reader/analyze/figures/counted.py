"""What each figure counts, from the parse; numbers that are part of a name are dropped."""

from __future__ import annotations

import math
import re

from ...model import Figure
from .numbers import MONTHS, SCALES
from .scan import RawFigure
from .worth import count_holder, share_counts

NAME_ENTITY_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "PERSON"}


_PRONOUN_ONE = re.compile(
    r"(?:\b(?:no|any|every|each|the|this|that|which|someone|anyone|"
    r"little|only)\s+)$",
    re.I,
)


_ONE_OF = re.compile(r"\s+of\s+(?:the|his|her|their|its|our|my|your)\b", re.I)


_ONE_AFTER = re.compile(r"\b(?:for|at|on|in|during|from|by|into|with)\s+$", re.I)


_X_ON_Y = re.compile(r"\w+-on-\w+\b", re.I)


_QUOTE_MARKS = '"“”'


def _in_short_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside quotation marks holding at most four words."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    opens = sum(before.count(c) for c in _QUOTE_MARKS)
    if opens % 2 == 0:
        return False
    left = max(before.rfind(c) for c in _QUOTE_MARKS) + line_start
    right = min((i for i in (text.find(c, pos) for c in _QUOTE_MARKS) if i >= 0), default=-1)
    return right > 0 and len(text[left + 1 : right].split()) <= 4


def _counted(doc, offset: int, f: RawFigure) -> tuple[str | None, bool]:
    """What a figure counts, from the parse; and whether the number is part of a name."""
    span = doc.char_span(f.number_start - offset, f.number_end - offset, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, False
    last = span[-1]
    for tok in span:
        if tok.ent_type_ in NAME_ENTITY_LABELS and f.kind in ("count", "quantity", "other"):
            ent = next((x for x in doc.ents if x.start <= tok.i < x.end), None)
            if ent is not None and not any(t.like_num for t in ent[:1]):
                return None, True
    if f.kind in ("money", "percent"):
        whole = doc.char_span(f.number_start - offset, f.end - offset, alignment_mode="expand")
        return (share_counts(whole, _phrase) if whole is not None else None), False
    if f.kind not in ("count", "quantity", "other", "age"):
        return None, False
    aged = _aged(doc, span)
    if aged is not None:
        return aged, False
    if f.hyphen_unit:  # "two-goal lead", "55-kilometer zone": the unit and what it shapes
        head = last.head if last.head.i != last.i else last
        # the noun alone: its compounds may be this figure or another ("a 2-liter
        # four-cylinder engine" is a liter engine, not "liter liter cylinder engine")
        noun = head.text if head.pos_ in ("NOUN", "PROPN") and head.i > last.i else ""
        return (f"{f.hyphen_unit} {noun}".strip(), False)
    tok = last
    # "2,500" inside "about 2,500": climb from quantmod to the number it modifies.
    while tok.dep_ == "quantmod" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN"):
        if tok.head.i < tok.i and f.kind == "count":
            return None, True  # "area 55", "Route 66": a label, not a count
        return _phrase(tok.head), False
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        return _phrase(tok.head), False
    # "seven of the 16 fatalities"
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _phrase(obj), False
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    while nxt is not None and nxt.lower_ in _MORE and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]  # "36 more people", "two other victims"
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.dep_ != "npadvmod":
        return _phrase(nxt), False
    if f.kind == "count":
        return count_holder(span, _phrase), False
    return None, False


_AGE_RANGE = {"between", "from", "over", "under", "to", "and", "or", "-"}
_MORE = {"more", "other", "others", "additional", "extra", "fewer", "further"}


def _aged(doc, span) -> str | None:
    """ "adults aged 26 or older", "people aged between 18 and 25-years-old": the noun that
    "aged" describes."""
    i = span.start - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in _AGE_RANGE):
        i -= 1
    aged = doc[i] if i >= 0 and doc[i].lower_ == "aged" else None
    if aged is not None and aged.head.pos_ in ("NOUN", "PROPN") and aged.head.i < i:
        return _phrase(aged.head)
    return None


def _phrase(noun) -> str:
    """A counted noun with its compounds and adjectives: 'service members'."""
    left = noun.i
    for child in noun.lefts:
        if child.dep_ in ("compound", "amod") and not child.like_num:
            left = min(left, child.i)
        elif child.dep_ in ("nummod", "det", "quantmod", "advmod", "poss", "punct"):
            continue
    words = [
        t.text
        for t in noun.doc[left : noun.i + 1]
        if not t.like_num and t.text != "-" and t.lower_ not in _SCALE_WORDS
    ]
    return " ".join(words) or noun.text


# Words of a number itself, which the parser may hang on the noun ("two dozen ferries").
_SCALE_WORDS = {"dozen"} | {w for w in SCALES if len(w) > 2}  # not "m" or "bn"


_LIST_JOIN = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*")


def figures_in_chunk(doc, offset: int, raws: list[RawFigure]) -> list[RawFigure]:
    """Counts from the parse; drop numbers that belong to names or are pronouns."""
    kept: list[RawFigure] = []
    text = doc.text
    previous_counts: str | None = None
    previous_sent = None
    model_end: int | None = None  # where the last model number ("Boeing 737") ended
    for f in raws:
        counts, in_name = _counted(doc, offset, f)
        if in_name:
            continue
        rel = f.number_start - offset
        number = f.text[f.number_start - f.start :].strip().lower()
        if (
            f.kind == "count"
            and number in ("one", "a dozen")
            and f.number_start == f.start
            and (_PRONOUN_ONE.search(text[max(0, rel - 12) : rel]) or counts is None)
        ):
            continue  # "no one", "one of them": a pronoun, not a figure
        if (
            f.kind == "count"
            and f.number_start == f.start
            and re.search(r"\b(?:a|an|one)\s+\w+\s+or\s+$", text[max(0, rel - 25) : rel].lower())
        ):
            continue  # "a day or two": an approximation, not a claim
        if number == "one" and counts in ("them", "us", "those", "these", "it", "you"):
            continue  # "one of them": a pronoun again
        if number == "one" and f.number_start == f.start and _ONE_OF.match(text, rel + 3):
            continue  # "one of the top concerns": singling out, not counting
        if (
            number == "one"
            and f.number_start == f.start
            and _ONE_AFTER.search(text[max(0, rel - 10) : rel])
        ):
            continue  # "for one event", "at one point": "a certain", not a count
        if _X_ON_Y.match(text, rel):
            continue  # "a two-on-one": a kind of play, not a number of things
        if _in_short_quote(text, rel):
            continue  # "the "Three Amigos"": a number inside a quoted name
        if (
            f.kind == "count"
            and not re.search(r"\d", number)
            and text[rel : rel + 1].isupper()  # the number's own capital, not "Fewer than"'s
            and rel > 0
            and text[max(0, rel - 2) : rel].strip() not in ("", ".", '"', "“")
        ):
            continue  # "the Three Amigos": a number word inside a name
        if f.kind == "count" and not re.search(r"\d", number) and counts is None:
            tail = text[rel + len(number) : rel + len(number) + 4].lower()
            if (
                not tail.startswith(" of")
                and f.number_start == f.start
                and not _people_counted(doc, text, rel, number)
            ):
                continue  # "a day or two": a spelled-out number counting nothing
        if f.kind == "count" and re.fullmatch(r"\d+", number):
            # A bare number after a capitalised word is part of a name ("Apollo 11"); one
            # after a name in mid-sentence too, whatever follows ("a Boeing 737 jet"), and
            # so is the next in a list of them ("737 and 787").
            before = text[max(0, rel - 30) : rel].split()
            named = (
                before
                and before[-1][:1].isupper()
                and f.number_start == f.start
                and before[-1].lower().rstrip(".") not in MONTHS
            )
            mid_sentence = len(before) >= 2 and not before[-2].endswith((".", "!", "?", ":", '"'))
            if named and (counts is None or mid_sentence):
                model_end = f.end
                continue
            if model_end is not None and _LIST_JOIN.fullmatch(text[model_end - offset : rel]):
                model_end = f.end
                continue
        span = doc.char_span(rel, rel + 1, alignment_mode="expand")
        sent = span.sent if span is not None else None
        if counts is None and f.kind == "count" and previous_counts and sent == previous_sent:
            counts = previous_counts  # "2,500 service members ... and another 900"
        if f.kind == "quantity" and f.counts and not counts:
            counts = f.counts
        f.counts = counts or f.counts
        if f.kind == "count" and counts:
            previous_counts, previous_sent = counts, sent
        kept.append(f)
    return kept


def to_figures(raws: list[RawFigure]) -> list[Figure]:
    """The model's figures, in text order. A number past what a float holds ("$1" and 309
    zeros) keeps its text and has no value."""
    return [
        Figure(f"f{i}", f.text, f.start, f.end, _finite(f.value), f.unit, f.kind, f.counts)
        for i, f in enumerate(sorted(raws, key=lambda r: r.start), 1)
    ]


def _finite(value: float | int | None) -> float | int | None:
    return value if value is None or math.isfinite(value) else None


def _people_counted(doc, text: str, rel: int, number: str) -> bool:
    """ "When the two were on the ground": "the" and a number that is the subject of a
    verb counts the people (or things) the story has just named."""
    if text[max(0, rel - 4) : rel].lower() != "the ":
        return False
    span = doc.char_span(rel, rel + len(number), alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    return span.root.dep_ in ("nsubj", "nsubjpass") or doc[span.end].pos_ in ("VERB", "AUX")
