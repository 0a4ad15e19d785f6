"""Attributing quotes with the parse: the cue, its subject, appositions that tie a
description to a name, and reported speech without quotation marks."""

from __future__ import annotations

import bisect
import re

from .cues import CUES, DOCUMENTS, INDIRECT_CUES, PRONOUNS_GROUP, PRONOUNS_PERSON, TITLE_LEADS
from .facts import Attribution, IndirectQuote, QuoteFacts, RawQuote, Ref
from .marks import is_partial, para_bounds
from .speaker import noun_phrase, ref_for, subject


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` is inside (or on the marks of) one of the sorted, disjoint spans."""
    i = bisect.bisect_right(spans, (pos + 1, _FAR)) - 1
    return i >= 0 and pos < spans[i][1] + 1


_FAR = 1 << 62
_NOT_HELD = 1 << 30  # the rank of a cue whose clause does not hold the quote


class _Sentences:
    """The sentences of a parsed chunk, indexed once (``Token.sent`` scans each time)."""

    def __init__(self, doc) -> None:
        self.text = doc.text  # built once: spaCy joins every token each time it is asked
        self.sents = list(doc.sents)
        self.starts = [s.start_char for s in self.sents]
        self.first_token = [0] * len(doc)
        for s in self.sents:
            for i in range(s.start, s.end):
                self.first_token[i] = s.start

    def at(self, char: int):
        i = bisect.bisect_right(self.starts, char) - 1
        return self.sents[max(0, i)] if self.sents else None


def attribute_chunk(
    doc, offset: int, quotes: list[RawQuote], all_spans: list[tuple[int, int]], facts: QuoteFacts
) -> None:
    """Attribute the quotes of one parsed chunk and gather description links."""
    sentences = _Sentences(doc)
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
        if _inside(offset + tok.idx, all_spans):
            continue  # a name the quoted speaker uses is not whom "he" refers to next
        if tok.dep_ in ("nsubj", "nsubjpass") and (tok.pos_ == "PROPN" or tok.is_title):
            s, e = noun_phrase(tok)
            facts.subjects.append((offset + doc[s].idx, offset + doc[e - 1].idx + len(doc[e - 1])))
        elif tok.dep_ == "poss" and tok.pos_ == "PROPN" and tok.head.dep_ == "nsubj":
            facts.subjects.append((offset + tok.idx, offset + tok.idx + len(tok)))
    for q in quotes:
        if not (offset <= q.start < end):
            continue
        facts.attributions.append(_attribute(doc, offset, q, all_spans, sentences, facts.speakers))
    _indirect(doc, offset, all_spans, facts)


# A cue after a quote that opens the next one: 'writes back, "', 'added: "'.
_INTRODUCES = re.compile(r"\s*(?:back|again|later)?\s*[,:]\s*[“\"«]")


def _tokens_around(sentences: _Sentences, offset: int, q: RawQuote):
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
    sentences: _Sentences,
    speakers: list[tuple[int, int, str]],
) -> Attribution:
    text = sentences.text
    rel_s = q.start - offset
    before = text[max(0, rel_s - 60) : max(0, rel_s - 1)]
    q.partial = is_partial(text, rel_s, q.end - offset)
    sents = _tokens_around(sentences, offset, q)
    para_start, para_end = para_bounds(text, rel_s)
    best = None
    according = None  # "According to X, ...": a source that opens the sentence
    for sent in sents:
        for tok in sent:
            pos = offset + tok.idx
            if tok.idx < para_start or tok.idx >= para_end or _inside(pos, all_spans):
                continue
            if tok.lower_ in CUES and (
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
                subj = subject(tok)
                if subj is None or _inside(offset + subj.idx, all_spans):
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
    lead = (
        _governing_subject(doc, offset, q, all_spans)
        or _trailing_verb(doc, offset, q, all_spans)
        or _lead_in(sentences, offset, q, all_spans)
        or _colon_lead(sentences, offset, q, all_spans)
    )
    if lead is not None:
        cue, subj = lead
        return Attribution(q, cue.text, ref_for(subj, offset))
    return Attribution(q)


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


def _governing_subject(doc, offset: int, q: RawQuote, all_spans):
    """'Clinton supports "appropriate pay raises"': words of three or more quoted inside a
    clause whose subject is a named person or a personal pronoun are that person's, with
    any verb. Title-cased words are a title ("Saturday Night Live"), not a quote."""
    if not q.partial:
        return None
    words = re.findall(r"[\w'’-]+", doc.text[q.start - offset : q.end - offset])
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
    if subj is None or _inside(offset + subj.idx, all_spans):
        return None
    if subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she"):
        return gov, subj
    return None


def _trailing_verb(doc, offset: int, q: RawQuote, all_spans):
    """'"..., " Hannity started.': a quote closed by a comma and followed by nothing but
    a subject and its verb; in that place any verb reports the quote."""
    text = doc.text
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
        if _inside(offset + subj.idx, all_spans):
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
        if tok.dep_ != "nsubj" or _inside(offset + tok.idx, all_spans):
            continue
        head = tok.head
        if not (head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")):
            continue
        if head.pos_ not in ("VERB", "AUX"):
            continue  # "Neilson Barnard via Getty Images": a credit, not a clause
        if tok.pos_ == "PROPN" or tok.lower_ in ("he", "she"):
            found = tok
    return found


def _colon_lead(sentences: _Sentences, offset: int, q: RawQuote, all_spans):
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
        if tok.idx < para_start or tok.dep_ != "nsubj" or _inside(offset + tok.idx, all_spans):
            continue
        named = tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG")
        if named or tok.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP:
            found = tok
    if found is not None:
        return found.head, found
    # "From Bush's Facebook post: "..."": a writing before the colon, and whose it is
    for tok in sent:
        if tok.idx >= colon - 1:
            break
        if tok.lower_ in DOCUMENTS and tok.idx >= para_start:
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is not None and not _inside(offset + owner.idx, all_spans):
                found = owner
    return (found.head, found) if found is not None else None


def _lead_in(sentences: _Sentences, offset: int, q: RawQuote, all_spans):
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
    if subj is None or _inside(offset + subj.idx, all_spans):
        return None
    named = subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG")
    if not named and subj.lower_ not in PRONOUNS_PERSON | PRONOUNS_GROUP:
        return None  # "Here are some of the highlights:" introduces no speaker
    return verb, subj


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
