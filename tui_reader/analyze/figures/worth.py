"""What a sum of money or a percent counts, read off the parse.

Money counts what it is, buys or is worth ("$2 billion in cash reserves", "$30 million worth
of weapons", "$4 a gallon", "a $250,000 fine", "spent $5 million on the campaign"); a percent
counts what it is a share of ("40% of voters", "a 15 percent tariff"). A noun that holds the
figure counts too ("a fine of $250,000", "a population of about 40,000"). Times, places,
people and pronouns are never what a figure counts ("$5 million in 2019", "in Texas").
"""

from __future__ import annotations

import re

# Entity labels whose words say when, where or who, never what is counted.
_NOT_COUNTED = {"DATE", "TIME", "GPE", "LOC", "PERSON", "NORP", "CARDINAL"}
_SHARE_OF = {"of", "in"}  # "$2 billion in reserves", "40% of voters"
# "spend $3 billion on programming", "paid $5 for a ticket"
_SPENT_ON = {"on", "for", "toward", "towards"}
_PER = {"a", "an", "per", "each", "every"}
_CHANGE_PREPS = {"by", "from", "to", "at"}  # "rose by 5%", "from 2% to 3%", "put at 40,000"


def root_of(span):
    """The span's own head: its one token whose head lies outside it."""
    inside = range(span.start, span.end)
    for tok in span:
        if tok.head.i not in inside or tok.head.i == tok.i:
            return tok
    return span[-1]


def _countable(noun) -> bool:
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.ent_type_ not in _NOT_COUNTED
        and not noun.like_num
        and noun.lower_ not in ("%", "percent", "per", "cent", "worth")
    )


def _with_conjuncts(noun, phrase) -> str:
    """ "technology and programming": a noun with the nouns joined to it."""
    more = [c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return " and ".join([phrase(noun)] + [phrase(c) for c in more])


def _object_of(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def share_counts(span, phrase) -> str | None:
    """What the money or percent in ``span`` counts, as ``phrase`` words a noun; else None."""
    for rule in _SHARE_RULES:
        counted = rule(span, root_of(span), phrase)
        if counted:
            return counted
    return None


def _shapes_noun(span, root, phrase):
    """ "a $250,000 fine", "a 15 percent tariff": the figure shapes the noun after it."""
    head = root.head
    shapes = root.dep_ in ("nmod", "nummod", "compound", "amod") and head.i >= span.end
    if shapes and _countable(head):
        # the noun's compounds may be the figure's own words ("15 percent tariff")
        own = {t.lower_ for t in span}
        words = phrase(head).split()
        while len(words) > 1 and words[0].lower() in own:
            words.pop(0)
        return " ".join(words)
    return None


def _share_after(span, root, phrase):
    """ "$2 billion in cash reserves", "40% of voters", "$3 billion on programming": the
    word after the figure, wherever the parse hangs it."""
    doc = span.doc
    prep = doc[span.end] if span.end < len(doc) else None
    if prep is not None and prep.lower_ in _SHARE_OF | _SPENT_ON:
        obj = _object_of(prep)
        if obj is not None and _countable(obj):
            return _with_conjuncts(obj, phrase)
    return None


def _worth_of(span, root, phrase):
    """ "$360 billion worth of goods"."""
    doc = span.doc
    worth = root.head if root.head.lower_ == "worth" else None
    if worth is None and span.end < len(doc) and doc[span.end].lower_ == "worth":
        worth = doc[span.end]
    if worth is None:
        return None
    for child in worth.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = _object_of(child)
            if obj is not None and _countable(obj):
                return phrase(obj)
    return None


def _held_by_noun(span, root, phrase):
    """ "a fine of $250,000", "purchases of up to $50 billion"."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < span.start:
        holder = root.head.head
        if _countable(holder):
            return phrase(holder)
    return None


_HYPHEN_PER = re.compile(r"-(?:a|an|per)-([a-z]+)")


def _hyphened_unit(span, root, phrase):
    """ "a $6.99-a-month service": the price is per month, whatever it shapes."""
    # the few tokens after the figure ("doc.text" would join every token of the chunk)
    after = span[-1].whitespace_ + span.doc[span.end : span.end + 6].text
    hyphened = _HYPHEN_PER.match(after)
    return hyphened.group(1) if hyphened else None


def _per_unit(span, root, phrase):
    """ "$6.99 a month", "$4 per gallon"."""
    for child in root.rights:
        if child.dep_ == "npadvmod" and child.pos_ == "NOUN":
            det = [t for t in child.lefts if t.dep_ == "det"]
            if det and det[0].lower_ in _PER:
                return child.text
        if child.dep_ == "prep" and child.lower_ == "per":
            obj = _object_of(child)
            if obj is not None:
                return obj.text
    return None


def _changed(span, root, phrase):
    """ "use rose by 37 percent", "rose from 0.9 percent to 1.2 percent", "boosted spending by
    2.5%", "prices rose 2.5%", "is estimated at 40,000": what changed, or was put at it."""
    verb = root.head if root.dep_ == "npadvmod" else None
    tok = root
    while verb is None and tok.dep_ in ("pobj", "prep") and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ not in _CHANGE_PREPS:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            verb = tok
    if verb is None or verb.pos_ != "VERB":
        return None
    while True:
        for dep in ("dobj", "nsubj", "nsubjpass"):
            for child in verb.children:
                if child.dep_ == dep and child.i < span.start and _countable(child):
                    return phrase(child) if child.ent_type_ != "ORG" else None
        if verb.dep_ != "conj":  # "has fluctuated and is estimated at 40,000"
            return None
        verb = verb.head


def count_holder(span, phrase) -> str | None:
    """What a bare count stands for: the noun it fills ("a crowd of more than 12,000"), or
    what a verb puts at it ("the toll rose to 36")."""
    root = root_of(span)
    return _held_by_noun(span, root, phrase) or _changed(span, root, phrase)


def _fronted_whole(span, root, phrase):
    """ "Of the 505,796 participants, just over half were female, 77 percent were over 26":
    a sentence that opens with the whole gives what each share that is a subject after it
    is a share of."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "Of the three candidates, Smith won 45 percent": a share of the vote
    sent = span.sent
    first = sent[0]
    if first.lower_ != "of" or span.start <= first.i:
        return None
    comma = next((t for t in sent if t.text == ","), None)
    if comma is None or comma.i > span.start:
        return None
    obj = _object_of(first)
    return phrase(obj) if obj is not None and obj.i < comma.i and _countable(obj) else None


# Tried in this order: the nearest words first, the sentence's opening last.
_SHARE_RULES = (
    _hyphened_unit,
    _shapes_noun,
    _held_by_noun,
    _share_after,
    _worth_of,
    _per_unit,
    _changed,
    _fronted_whole,
)
