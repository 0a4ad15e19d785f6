"""Speakers of quotes with no cue word of their own: a clause the quote sits in, a named
person's announcement or claim it is part of, a verb trailing it, a sentence after it that
says whose it was, a sentence or a colon that leads into it."""

from __future__ import annotations

import re

from .cues import CUES, DOCUMENTS, PRONOUNS_GROUP, PRONOUNS_PERSON
from .facts import RawQuote
from .marks import para_bounds
from .sentences import Sentences, inside
from .speaker import subject


def cueless_lead(
    doc, offset: int, q: RawQuote, all_spans, sentences: Sentences, items: frozenset[int]
):
    """The (verb, subject) that speaks for a quote no cue word governs, or None."""
    return (
        _in_the_eyes_of(sentences, offset, q, all_spans)
        or _governing_subject(doc, sentences.text, offset, q, all_spans)
        or _owned_saying(doc, offset, q, all_spans)
        or _trailing_verb(doc, sentences.text, offset, q, all_spans)
        or _named_after(sentences, offset, q, all_spans)
        or _owned_words(sentences, offset, q, all_spans)
        or _signed(sentences, offset, q, all_spans, items)
        or _lead_in(sentences, offset, q, all_spans)
        or _colon_lead(sentences, offset, q, all_spans)
    )


def _governing_subject(doc, text: str, offset: int, q: RawQuote, all_spans):
    """'Clinton supports "appropriate pay raises"': words of three or more quoted inside a
    clause whose subject is a named person or a personal pronoun are that person's, with
    any verb. Title-cased words are a title ("Saturday Night Live"), not a quote."""
    if not q.partial:
        return None
    words = re.findall(r"[\w'’-]+", text[q.start - offset : q.end - offset])
    if len(words) < 3 or all(w[:1].isupper() for w in words if len(w) > 3):
        return None
    span = doc.char_span(q.start - offset, q.end - offset, alignment_mode="expand")
    if span is None:
        return None
    gov = span.root.head
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX") or span.start <= gov.i < span.end:
        return None
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is None and gov.dep_ == "conj":  # "X supports "...", opposes "...""
        subj = next((c for c in gov.head.children if c.dep_ == "nsubj"), None)
    if subj is None or inside(offset + subj.idx, all_spans):
        return None
    if subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she"):
        return gov, subj
    return None


# Nouns of saying: "Trump's announcement that ... a "historic" deal".
SAYING_NOUNS = frozenset(
    """
    announcement claim claims remarks remark comment comments promise pledge vow warning
    assertion insistence description characterization demand words message argument
    accusation boast prediction suggestion admission denial statement declaration
    """.split()
)


def _owned_saying(doc, offset: int, q: RawQuote, all_spans):
    """'Mr. Trump's announcement that the two had reached a "historic" agreement': words
    quoted inside what a named person's announcement, claim or promise says are theirs."""
    if not q.partial:
        return None
    span = doc.char_span(q.start - offset, q.end - offset, alignment_mode="expand")
    if span is None:
        return None
    tok, steps = span.root, 0
    while tok.head.i != tok.i and steps < 8:
        child, tok, steps = tok, tok.head, steps + 1
        if (
            tok.pos_ == "NOUN"
            and tok.lower_ in SAYING_NOUNS
            and not span.start <= tok.i < span.end
            and child.dep_ in ("acl", "ccomp", "relcl", "prep")  # what it says, not "Trump's
        ):  # "divisive" comments", which is the writer's or another speaker's word for them
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None or inside(offset + owner.idx, all_spans):
                return None
            if owner.pos_ == "PROPN":
                return tok, owner
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("ccomp", "acl", "relcl", "advcl"):
            return None  # the quote's own clause has a verb of its own: not inside the noun
    return None


def _in_the_eyes_of(sentences: Sentences, offset: int, q: RawQuote, all_spans):
    """'To Sharp, Trump is the "kind-hearted and caring" man who saved her farm': words
    quoted in a sentence that opens "To <person>," are how that person sees it."""
    sent = sentences.at(q.start - offset)
    if sent is None or len(sent) < 4 or sent[0].lower_ != "to":
        return None
    last = sent[0]
    while last.i + 1 < sent.end and last.doc[last.i + 1].pos_ == "PROPN":
        last = last.doc[last.i + 1]
    if last.i == sent[0].i or last.ent_type_ not in ("", "PERSON", "ORG"):
        return None  # "To Britain, ...": a place is not someone's view
    comma = last.i + 1
    if comma >= sent.end or last.doc[comma].text != "," or last.doc[comma].idx > q.start - offset:
        return None
    return None if inside(offset + last.idx, all_spans) else (last, last)


# A line under a quotation (a signature: "— Hillary Clinton.", a list item here).
_SIGNATURE = re.compile(r"[ \t]*\n+[ \t]*(?=[A-Z])")


def _signed(sentences: Sentences, offset: int, q: RawQuote, all_spans, items: frozenset[int]):
    """'"I will look into it." / — Hillary Clinton.': a whole quote ending its paragraph,
    signed on the next line with a dash and a name alone (and a date), is that person's.
    The reader shows a dash line as a list item (``items``: where they start)."""
    if q.partial:
        return None
    text = sentences.text
    close = q.end - offset + 1  # past the closing mark
    m = _SIGNATURE.match(text, close)
    if m is None or offset + m.end() not in items:
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    doc = sentences.doc
    span = doc.char_span(m.end(), line_end, alignment_mode="expand")
    if span is None or len(span) > 8:
        return None
    last = span[0]
    if last.ent_type_ == "PERSON" and last.ent_iob_ == "B":
        while last.i + 1 < span.end and doc[last.i + 1].ent_iob_ == "I":
            last = doc[last.i + 1]
    elif last.pos_ == "PROPN" and last.is_title and not last.ent_type_:
        while last.i + 1 < span.end and doc[last.i + 1].pos_ == "PROPN":
            last = doc[last.i + 1]  # "— Sanders.": a surname the tagger left untyped
    else:
        return None  # the line opens with the name
    rest = doc[last.i + 1 : span.end]
    if any(t.is_alpha and not t.ent_type_ for t in rest) or inside(offset + last.idx, all_spans):
        return None  # "Kenwyn Hosking." or "— Hillary Clinton, 2016": a name, a date
    return last, last


# Nouns for someone's own words set out in full: "his motto was: "..."".
OWN_WORDS = SAYING_NOUNS | frozenset(
    "dictum motto mantra advice reply answer response slogan refrain verdict line".split()
)


def _owned_words(sentences: Sentences, offset: int, q: RawQuote, all_spans):
    """'Barrett's dictum to his interns was, "It's not a good story ..."': a whole quote
    that a sentence sets out as a named person's words, motto or advice ("X's N ... was,"
    or "X's N:" right before it) is that person's."""
    if q.partial:
        return None
    text = sentences.text
    rel = q.start - offset - 1  # the opening mark
    lead = text[:rel].rstrip()
    if not lead.endswith((":", ",")):
        return None
    sent = sentences.at(len(lead) - 1)
    if sent is None:
        return None
    para_start, _ = para_bounds(text, rel)
    for tok in sent:
        if tok.idx >= len(lead) - 1:
            break
        if tok.idx < para_start or tok.lower_ not in OWN_WORDS or tok.pos_ != "NOUN":
            continue
        if not (tok.dep_ in ("nsubj", "ROOT") or lead.endswith(tok.text + ":")):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and _named(c)), None)
        if owner is not None and not inside(offset + owner.idx, all_spans):
            return tok, owner
    return None


def _named(tok) -> bool:
    """A name, also one the tagger took for a common noun ("Hosking's" as NOUN)."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title)


def _trailing_verb(doc, text: str, offset: int, q: RawQuote, all_spans):
    """'"..., " Hannity started.': a quote closed by a comma and followed by nothing but
    a subject and its verb; in that place any verb reports the quote. ``text``: the
    doc's (spaCy joins every token each time ``doc.text`` is asked)."""
    rel_end = q.end - offset
    if text[rel_end - 1 : rel_end] != "," or rel_end + 1 >= len(text):
        return None
    after = doc.char_span(rel_end + 1, min(len(text), rel_end + 80), alignment_mode="expand")
    if after is None:
        return None
    toks = [t for t in after if not t.is_space]
    for i, tok in enumerate(toks[:6]):
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        rest = toks[i + 1 : i + 2]
        ends = not rest or rest[0].text in (".", "!", "?") or rest[0].pos_ in ("ADV", "ADP")
        if subj is None or not ends or subj.i > tok.i or subj.i < toks[0].i:
            return None
        if inside(offset + subj.idx, all_spans):
            return None
        if subj.pos_ in ("PROPN", "NOUN") or subj.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP:
            return tok, subj
        return None
    return None


def _last_main_subject(sent, offset: int, all_spans):
    """The last named or personal subject of a main clause ("Playbook won't go that far,
    but Sherman wants ...": Sherman)."""
    found = None
    for tok in sent:
        if tok.dep_ != "nsubj" or inside(offset + tok.idx, all_spans):
            continue
        head = tok.head
        if not (head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")):
            continue
        if head.pos_ not in ("VERB", "AUX"):
            continue  # "Neilson Barnard via Getty Images": a credit, not a clause
        if tok.pos_ == "PROPN" or tok.lower_ in ("he", "she"):
            found = tok
    return found


def _colon_lead(sentences: Sentences, offset: int, q: RawQuote, all_spans):
    """A quote after a colon in its own sentence, or set off by dashes, with no cue word:
    "Trump leaned in and boomed: "..."". The speaker is the last named or personal subject
    before the colon."""
    text = sentences.text
    rel = q.start - offset - 1  # the opening mark
    colon = len(text[:rel].rstrip())
    if colon == 0 or text[colon - 1] not in ":\u2014\u2013":
        return None
    closing = text[q.end - offset + 1 : q.end - offset + 8].lstrip()[:1]
    if text[colon - 1] != ":" and not (closing and closing in "\u2014\u2013"):
        return None  # a dash counts when it sets the quote off: "When X wrapped up — "..." —"
    sent = sentences.at(colon - 1)
    if sent is None:
        return None
    para_start, _ = para_bounds(text, rel)
    found = None
    for tok in sent:
        if tok.idx >= colon - 1:
            break
        if tok.idx < para_start or tok.dep_ != "nsubj" or inside(offset + tok.idx, all_spans):
            continue
        if tok.head.dep_ == "relcl":
            continue  # "a headline ..., which hits liberals where they live:": not who speaks
        named = tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG")
        if named or tok.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP:
            found = tok
    if found is not None:
        return found.head, found
    # "From Bush's Facebook post: "..."": a writing before the colon, and whose it is
    for tok in sent:
        if tok.idx >= colon - 1:
            break
        if tok.lower_ in DOCUMENTS | HEADLINES and tok.idx >= para_start:
            owner = _issuer(tok)
            if owner is not None and not inside(offset + owner.idx, all_spans):
                found = owner
    return (found.head, found) if found is not None else None


# What a paper prints under its own name: "this new headline from the Washington Post:".
HEADLINES = frozenset({"headline", "headlines"})


def _issuer(writing):
    """Whose a writing is: "Bush's Facebook post", "a headline from the Washington Post"."""
    for child in writing.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
    for prep in writing.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "in", "by"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":
                return obj
    return None


def _lead_in(sentences: Sentences, offset: int, q: RawQuote, all_spans):
    """The sentence just before a quote that introduces it: "Cruz continued:" (also at the
    end of the paragraph before), "Dianne Bystrom agreed.", or with no cue at all, one
    about a named person whose voice the quote goes on in. The verb and its subject."""
    first = sentences.at(q.start - offset)
    if first is None or first.start_char < q.start - offset - 2:
        return None  # the quote does not open its sentence
    i = sentences.sents.index(first)
    if i == 0:
        return None
    prev = sentences.sents[i - 1]
    gap = sentences.text[prev.end_char : q.start - offset]
    words = [t for t in prev if not t.is_space]
    if not words or ("\n\n" in gap and words[-1].text != ":"):
        return None  # a new paragraph that nothing introduced
    ends_colon = words[-1].text == ":"
    root = prev.root
    if not (ends_colon or root.lower_ in CUES):
        # "Quintanilla mentioned that Carson's picture was on the site. "Does that not
        # ...?"": a quote with no cue of its own, right after a sentence whose main clause
        # has a named subject, goes on in that subject's voice (measured: across a
        # paragraph break too, both halves of PolNeAR rose).
        subj = _last_main_subject(prev, offset, all_spans)
        return (subj.head, subj) if subj is not None else None
    if not ends_colon and any(c.dep_ == "ccomp" for c in root.children):
        return None  # "X said the plan would fail." reports its own content
    verb = root
    if ends_colon and root.lower_ not in CUES:
        verb = next((t for t in prev if t.lower_ in CUES and t.pos_ == "VERB"), root)
    subj = subject(verb)
    if subj is None or inside(offset + subj.idx, all_spans):
        return None
    named = subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG")
    if not named and subj.lower_ not in PRONOUNS_PERSON | PRONOUNS_GROUP:
        return None  # "Here are some of the highlights:" introduces no speaker
    return verb, subj


# What the sentence after a quote calls it when it goes on to say whose it was.
_THE_WORDS = frozenset(
    "that this those these word words remark remarks comment comments message warning "
    "verdict assessment answer reply response view".split()
)


def _named_after(sentences: Sentences, offset: int, q: RawQuote, all_spans):
    """'"The decision is final." The words came from Tom Baker, the chairman.': a quote
    that ends its sentence, then a sentence about those words that names a person. The
    person is the speaker."""
    if q.partial:
        return None
    text = sentences.text
    close = q.end - offset + 1  # past the closing mark
    nxt = sentences.at(close + 1)
    if nxt is None or nxt.start_char < close or text[close : nxt.start_char].strip(" .") != "":
        return None  # no new sentence right after the quote, in the same paragraph
    subj = next((c for c in nxt.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _THE_WORDS or inside(offset + subj.idx, all_spans):
        return None
    for tok in nxt:
        if (
            tok.ent_type_ == "PERSON"
            and tok.ent_iob_ == "B"
            and not inside(offset + tok.idx, all_spans)
        ):
            end = tok
            while end.i + 1 < nxt.end and end.doc[end.i + 1].ent_iob_ == "I":
                end = end.doc[end.i + 1]
            return nxt.root, end
    return None
