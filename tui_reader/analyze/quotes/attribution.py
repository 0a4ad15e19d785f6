"""Attributing quotes with the parse: the cue, its subject, appositions that tie a
description to a name, and reported speech without quotation marks."""

from __future__ import annotations

import re

from .cues import (
    CUES,
    INDIRECT_CUES,
    MORE_SAYING,
    OPINION,
    PRONOUNS_PERSON,
    SAYING,
    TITLE_LEADS,
)
from .facts import Attribution, IndirectQuote, QuoteFacts, RawQuote, Ref
from .leads import cueless_lead
from .marks import is_partial, para_bounds
from .sentences import Sentences, inside
from .speaker import noun_phrase, ref_for, subject

# How far (characters) from a quote its cue may stand.
CUE_REACH = 400
# The rank of a cue whose clause does not hold the quote.
_NOT_HELD = 1 << 30


def attribute_chunk(
    doc, offset: int, quotes: list[RawQuote], all_spans: list[tuple[int, int]], facts: QuoteFacts
) -> None:
    """Attribute the quotes of one parsed chunk and gather description links."""
    sentences = Sentences(doc)
    end = offset + len(sentences.text)
    _links(doc, offset, facts.links)
    for tok in doc:
        main_clause = tok.head.dep_ == "ROOT" or (
            tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT"
        )
        opening = (
            tok.i - sentences.first_token[tok.i] < 5
        )  # "The Popular Mobilization Forces (PMF) — ..."
        if not (main_clause or opening):
            continue  # "when the U.S. bombed ...": a subordinate subject is not the topic
        if inside(offset + tok.idx, all_spans):
            continue  # a name the quoted speaker uses is not whom "he" refers to next
        if _is_subject(tok, sentences):
            s, e = noun_phrase(tok)
            facts.subjects.append((offset + doc[s].idx, offset + doc[e - 1].idx + len(doc[e - 1])))
        elif tok.dep_ == "poss" and tok.pos_ == "PROPN" and tok.head.dep_ == "nsubj":
            facts.subjects.append((offset + tok.idx, offset + tok.idx + len(tok)))
    for q in quotes:
        if not (offset <= q.start < end):
            continue
        facts.attributions.append(
            _attribute(doc, offset, q, all_spans, sentences, facts.speakers, facts.items)
        )
    _indirect(doc, offset, all_spans, facts)


def _is_subject(tok, sentences: Sentences) -> bool:
    """A named subject, or a name that opens a sentence before a comma and that the parser
    took for the root ("Trump, when asked about it, often ..."): a sentence about someone."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.pos_ == "PROPN" or tok.is_title
    return (
        tok.dep_ == "ROOT"
        and tok.pos_ == "PROPN"
        and noun_phrase(tok)[0] == sentences.first_token[tok.i]
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].text == ","
    )


# A cue after a quote that opens the next one: 'writes back, "', 'added: "'.
_INTRODUCES = re.compile(r"\s*(?:back|again|later)?\s*[,:]\s*[“\"«]")


def _tokens_around(sentences: Sentences, offset: int, q: RawQuote):
    """Sentences that hold the quote's start and end (the attribution sits in them)."""
    first = sentences.at(q.start - offset)
    last = sentences.at(max(q.start, q.end - 1) - offset)
    out = [s for s in (first, last if last is not first else None) if s is not None]
    # '"... channel?" Schiff asked.': the parser may start a sentence after the mark
    after = sentences.at(q.end + 2 - offset)
    if after is not None and after not in out and 0 <= after.start_char - (q.end - offset) <= 3:
        out.append(after)
    return out


def _attribute(
    doc,
    offset: int,
    q: RawQuote,
    all_spans: list[tuple[int, int]],
    sentences: Sentences,
    speakers: list[tuple[int, int, str]],
    items: frozenset[int],
) -> Attribution:
    text = sentences.text
    rel_s = q.start - offset
    before = text[max(0, rel_s - 60) : max(0, rel_s - 1)]
    q.partial = is_partial(text, rel_s, q.end - offset)
    sents = _tokens_around(sentences, offset, q)
    para_start, para_end = para_bounds(text, rel_s)
    best = None
    according = None  # "according to X" before the quote (_source_governs says if it speaks)
    # a cue is read this near the quote: a sentence run on for thousands of words (a page
    # without full stops) would otherwise have each of its quotes read all its cues
    reach_start = max(para_start, rel_s - CUE_REACH)
    reach_end = min(para_end - 1, q.end - offset + CUE_REACH)
    for sent in sents:
        for tok in sentences.tokens_between(sent, reach_start, reach_end):
            pos = offset + tok.idx
            if inside(pos, all_spans):
                continue
            if (tok.lower_ in CUES or _goes_on(tok)) and (
                tok.pos_ in ("VERB", "AUX")
                or tok.lower_ == "according"
                or tok.dep_ in ("ROOT", "advcl", "conj", "ccomp")
            ):
                if (
                    pos >= q.end
                    and not q.partial  # a partial's cue may be anywhere near it
                    and text[q.end - offset - 1 : q.end - offset] != ","  # '"...," X said, "'
                    and _INTRODUCES.match(text, tok.idx + len(tok))
                ):
                    continue  # '"Why now?" Mills then writes back, "You look cute."'
                if tok.lower_ in _CALL and _phones(tok, offset, q):
                    continue
                subj = subject(tok)
                if subj is None or inside(offset + subj.idx, all_spans):
                    continue
                # A cue whose clause holds the quote governs it ("X told the council
                # that Y had become "..." and asked ..."): the smallest such clause
                # wins; otherwise the nearest cue.
                start_rel = q.start - offset
                holds = tok.left_edge.idx <= start_rel <= tok.right_edge.idx + len(tok.right_edge)
                size = tok.right_edge.i - tok.left_edge.i if holds else _NOT_HELD
                distance = min(abs(pos - q.start), abs(pos - q.end))
                rank = (size, distance)
                if best is None or rank < best[0]:
                    best = (rank, tok, subj)
                if tok.lower_ == "according" and pos < q.start:
                    according = (rank, tok, subj)
    if according is not None and best is not None and _source_governs(according, best):
        best = according
    if best is not None:
        _, cue, subj = best
        ref = ref_for(subj, offset)
        if ref.kind == "name":
            speakers.append(ref.named())
        return Attribution(q, cue.text, ref)
    if q.partial and TITLE_LEADS.search(before):
        return Attribution(q, "title")
    lead = cueless_lead(doc, offset, q, all_spans, sentences, items)
    if lead is not None:
        cue, subj = lead
        return Attribution(q, cue.text, ref_for(subj, offset))
    return Attribution(q)


def _goes_on(tok) -> bool:
    """'"You know, it happens, right?" Trump went on': to go on is to continue speaking
    (not "went on to promote": to do something next)."""
    if tok.lower_ not in _GO or any(_infinitive(c) for c in tok.children):
        return False
    return any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children)


def _infinitive(tok) -> bool:
    return tok.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


_GO = frozenset({"go", "goes", "went", "going"})


_CALL = frozenset({"call", "calls", "called", "calling"})


def _phones(call, offset: int, q: RawQuote) -> bool:
    """ "Executives were calling "every 15 minutes"": a call with nothing called something
    and nothing called for is a telephone call, not words ("called the plan "reckless"",
    "called for "urgent repairs"" are words)."""
    for child in call.children:
        if child.dep_ in ("oprd", "ccomp", "xcomp", "attr"):
            return False
        if child.dep_ == "prep" and child.lower_ in ("for", "on"):
            return False
        inner = q.start <= offset + child.left_edge.idx and offset + child.right_edge.idx < q.end
        if child.dep_ == "dobj" and not inner:
            return False  # calling Mexican border-crossers "rapists": words
    return True


def _source_governs(according, best) -> bool:
    """Whether "according to X", opening the sentence or the cue's clause, speaks for a
    quote rather than the cue nearer to it: the cue's clause does not hold the quote
    ("According to X, it appears the "done" was about a tweet she posted"), or its subject
    is no one who speaks ("According to X, the media would call him a "chicken"", "...
    shirts that read "...""), while a person's words stay theirs ("According to X, Y
    praised her "donors"")."""
    source, cue = according[1], best[1]
    if cue.i == source.i:
        return False
    opens = source.i - source.sent.start <= 1
    if not (opens or any(t.i == source.head.i for t in (cue, *cue.ancestors))):
        return False  # "X said, according to aides, that ...": it is about another clause
    holds = best[0][0] < _NOT_HELD
    subj = best[2]
    speaks = subj.ent_type_ == "PERSON" or subj.lower_ in PRONOUNS_PERSON
    return not holds or not speaks


def _links(doc, offset: int, links: dict[str, tuple[int, int]]) -> None:
    """Descriptions tied to names: "Basim Alawadi, the government spokesman",
    "the mayor, Turki Muhammad Khalaf", "spokesman Basim Alawadi"."""
    for tok in doc:
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        nouns = [c for c in subjects if c.pos_ == "NOUN" and c.tag_ == "NN"]
        names = [c for c in subjects if c.pos_ == "PROPN"]
        if nouns and names:  # "said the station's coxswain, Elowen Penrose"
            s, e = noun_phrase(names[-1])
            span = doc[s:e]
            links.setdefault(nouns[0].lower_, (offset + span.start_char, offset + span.end_char))
        if tok.dep_ == "appos":
            head = tok.head
            pair = (
                (head, tok)
                if head.pos_ == "PROPN" and tok.pos_ == "NOUN"
                else (tok, head)
                if tok.pos_ == "PROPN" and head.pos_ == "NOUN"
                else None
            )
            if pair is None:
                continue
            name, desc = pair
            if desc.tag_ != "NN":
                continue  # plural or odd nouns make poor links
            s, e = noun_phrase(name)
            span = doc[s:e]
            links.setdefault(desc.lower_, (offset + span.start_char, offset + span.end_char))
            for mod in desc.lefts:
                if mod.dep_ in ("compound", "amod"):
                    links.setdefault(
                        f"{mod.lower_} {desc.lower_}",
                        (offset + span.start_char, offset + span.end_char),
                    )
        elif tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
            s, e = noun_phrase(tok.head)
            span = doc[s:e]
            links.setdefault(tok.lower_, (offset + span.start_char, offset + span.end_char))


def _add_indirect(facts: QuoteFacts, start: int, end: int, cue: str, ref: Ref) -> None:
    facts.indirect.append(IndirectQuote(start, end, cue, ref))
    if ref.kind == "name":  # "Zelenskyy said ...": a named speaker, tagged or not
        facts.speakers.append(ref.named())


def _indirect(doc, offset: int, spans: list[tuple[int, int]], facts: QuoteFacts) -> None:
    """Reported speech: "X said (that) ...", "X told Y that ...", "according to X"."""
    for sent in doc.sents:
        s_abs = offset + sent.start_char
        e_abs = offset + sent.end_char
        if any(s < e_abs and e > s_abs for s, e in spans):
            continue  # the sentence has quotation marks: handled as a quote
        for tok in sent:
            if tok.lower_ not in INDIRECT_CUES:
                if tok.lower_ in PARAPHRASE_CUES:
                    _paraphrase(tok, offset, facts)
                continue
            if tok.lower_ == "according":
                subj = subject(tok)
                if subj is None:
                    continue
                prep_span = tok.subtree
                toks = list(prep_span)
                lo, hi = toks[0].i, toks[-1].i
                rest = [t for t in sent if not (lo <= t.i <= hi) and not t.is_punct]
                if len(rest) < 4:
                    continue
                start = offset + rest[0].idx
                end = offset + rest[-1].idx + len(rest[-1])
                _add_indirect(facts, start, end, tok.text, ref_for(subj, offset))
                continue
            if tok.dep_ == "relcl":
                continue  # "the 16 fighters they said were killed": not a statement
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if comp is None:
                continue
            subj = subject(tok)
            if subj is None:
                continue
            toks = [t for t in comp.subtree if t.dep_ != "mark" or t.i != comp.left_edge.i]
            toks = [t for t in toks if not t.is_punct or t.i != toks[-1].i]
            if len(toks) < 3:
                continue
            start = offset + toks[0].idx
            end = offset + toks[-1].idx + len(toks[-1])
            _add_indirect(facts, start, end, tok.text, ref_for(subj, offset))


# Verbs of saying whose clause is not shown as reported speech, because they also carry
# opinions and loose talk; a quote opening the next paragraph may still be the speaker's.
PARAPHRASE_CUES = (SAYING | MORE_SAYING) - INDIRECT_CUES - OPINION


def _paraphrase(tok, offset: int, facts: QuoteFacts) -> None:
    """ "Schoen elaborated that superdelegates may reconsider.": who, and where it ends."""
    # the clause it governs, or (as the model often parses a long one) the clause that
    # governs it from after it
    says = any(c.dep_ == "ccomp" for c in tok.children)
    inverted = tok.dep_ in ("ccomp", "csubj") and tok.head.i > tok.i and tok.head.dep_ == "ROOT"
    if not (says or inverted) or tok.dep_ == "relcl":
        return
    subj = subject(tok)
    if subj is None:
        return
    ref = ref_for(subj, offset)
    if ref.kind == "name":
        last = next(t for t in reversed(tok.sent) if not t.is_space)
        facts.paraphrases.append((offset + last.idx + len(last), ref))
