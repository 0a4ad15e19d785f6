"""Who said what: quotes in quotation marks, reported speech, and their speakers.

Quote spans come from the quotation marks themselves (straight or curly, running over
paragraphs when a paragraph opens a mark and does not close it). Each is attributed from
the parse: a cue verb outside the marks in the same sentence ("said", "told", "according
to", "calling it ..."), whose subject is the speaker. Subjects that are pronouns or
descriptions ("he", "the mayor", "a spokesman for the group") are resolved afterwards,
once the entities are merged: pronouns to the nearest compatible speaker, descriptions
through the appositions that tied them to a name anywhere in the article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import Article, Entity, Quote

CUES = frozenset(
    """
    say says said saying tell tells told telling add adds added adding write writes
    wrote writing ask asks asked asking according call calls called calling describe
    describes described describing insist insists insisted insisting warn warns warned
    warning note notes noted noting argue argues argued arguing explain explains
    explained explaining state states stated declare declares declared announce
    announced claim claims claimed tweet tweets tweeted post posted reply replied
    respond responded recall recalls recalled acknowledge acknowledged admit admits
    admitted concede conceded continue continued urge urged suggest suggested predict
    predicted chant chanted chanting shout shouted shouting yell yelled cry cried
    testify testified comment commented remark remarked observe observed agree agreed
    caution cautioned vow vowed promise promised pledge pledged boast boasted complain
    complained lament lamented joke joked quip quipped condemn condemned denounce
    denounced dismiss dismissed criticize criticized criticise criticised praise praised
    label labeled labelled brand branded accuse accused blast blasted slam slammed hail
    hailed maintain maintained contend contended assert asserted affirm affirmed confirm
    confirmed deny denied reiterate reiterated stress stressed emphasize emphasized
    emphasise emphasised believe believes think thinks thought feel feels felt conclude
    concluded counter countered point pointed put read reads message messaged email
    emailed text texted recount recounted chime chimed plead pleaded demand demanded
    acknowledging admitting urging hope hopes hoped wonder wondered refer referred
    referring characterize characterized dub dubbed term termed cite cited quote quoted
    deem deemed promising announcing claiming declaring introduce introduced introducing
    remember remembered remembers recall
    recalling tweeting
    """.split()
)
# Cues that report speech without quotation marks ("X said (that) ...").
INDIRECT_CUES = frozenset(
    """
    say says said tell tells told add added adds according warned warns insisted insists
    argued argues claimed claims noted notes stated announced explained acknowledged
    admitted believes believe
    """.split()
)
PRONOUNS_PERSON = {"he", "she", "i"}
PRONOUNS_GROUP = {"they", "it", "we"}
GROUP_WORDS = frozenset(
    """
    group militia organization organisation company agency ministry party team union
    government department firm network label campaign office administration coalition
    movement club league committee council station outlet paper newspaper magazine
    studio board authority channel pentagon police army military court forces regime
    """.split()
)
TITLE_LEADS = re.compile(
    r"(?:\b(?:film|movie|book|novel|song|album|single|show|series|episode|play|musical|"
    r"article|column|essay|poem|report|podcast|documentary|exhibition|campaign|slogan|"
    r"programme|program|titled|entitled|named|dubbed|nicknamed|hashtag|headline|motto|"
    r"brand|tagline|track|painting|opera|game|app|called)\s*[,:]?\s*)$",
    re.I,
)
OPEN = {"“": "”", "„": "“", "«": "»", '"': '"'}
CLOSE_CHARS = {"”", "»", '"'}


@dataclass
class RawQuote:
    start: int  # words inside the marks
    end: int
    para: int  # index of the block it is in
    run: int  # quotes of one multi-paragraph run share this id
    partial: bool = False


@dataclass
class Ref:
    """Who a cue points at, before resolution to an entity."""

    start: int
    end: int
    text: str
    kind: str  # name, pronoun, description
    head: str = ""  # lowercased head word, for descriptions
    of_start: int = -1  # "a spokesman for the group": the span of "the group"
    of_end: int = -1


@dataclass
class Attribution:
    quote: RawQuote
    cue: str | None = None
    ref: Ref | None = None


@dataclass
class IndirectQuote:
    start: int
    end: int
    cue: str
    ref: Ref | None


@dataclass
class QuoteFacts:
    """What the parse of all chunks said, for the global resolution pass."""

    attributions: list[Attribution] = field(default_factory=list)
    indirect: list[IndirectQuote] = field(default_factory=list)
    links: dict[str, tuple[int, int]] = field(default_factory=dict)  # description -> name
    subjects: list[tuple[int, int]] = field(default_factory=list)  # named subjects, in order
    speakers: list[tuple[int, int, str]] = field(default_factory=list)  # named cue subjects


# --- finding the marks -------------------------------------------------------------------


def _is_opening_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/:;,":
        if not after.isspace():
            return True
        # a typo'd opening mark with a space after it: '" You guys ..."', closed later
        rest = text[i + 1 :].lstrip()
        return rest[:1].isupper() and '"' in rest
    return False


def find_quotes(article: Article) -> list[RawQuote]:
    """Quoted stretches of every block; a paragraph left open continues in the next."""
    text = article.text
    out: list[RawQuote] = []
    run = 0
    open_run = False
    for bi, block in enumerate(article.blocks):
        if block.kind == "code":
            open_run = False
            continue
        s, e = block.start, block.end
        seg = text[s:e]
        i = 0
        opened_at: int | None = None
        closer = ""
        if open_run and seg[:1] in OPEN:  # "paragraph two of a running quote
            pass
        elif open_run:
            open_run = False
        while i < len(seg):
            ch = seg[i]
            if opened_at is None:
                if ch in ("“", "„", "«") or (ch == '"' and _is_opening_straight(seg, i)):
                    opened_at = i + 1
                    closer = OPEN[ch]
                    if not open_run:
                        run += 1
            elif (
                ch == closer
                or (ch in CLOSE_CHARS and closer == "“" and ch == "”")
                or (ch == '"' and closer == "”")
            ):
                if i > opened_at:
                    out.append(RawQuote(s + opened_at, s + i, bi, run))
                opened_at = None
                open_run = False
            i += 1
        if opened_at is not None and len(seg) - opened_at > 1:
            # The mark is not closed in this paragraph: the quote runs to its end.
            out.append(RawQuote(s + opened_at, e, bi, run))
            open_run = True
        elif opened_at is None:
            open_run = False
    return [_trimmed(q, text) for q in out if text[q.start : q.end].strip()]


def _trimmed(q: RawQuote, text: str) -> RawQuote:
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return RawQuote(s, e, q.para, q.run)


# --- attributing with the parse ------------------------------------------------------------


def _noun_phrase(tok) -> tuple[int, int]:
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


def _ref_for(tok, offset: int) -> Ref:
    doc = tok.doc
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "a Syrian refugee who ... said": the antecedent
    if tok.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP:
        return Ref(offset + tok.idx, offset + tok.idx + len(tok), tok.text, "pronoun", tok.lower_)
    # An apposition that is a name settles it: "the mayor, Turki Muhammad Khalaf".
    for child in tok.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and tok.pos_ != "PROPN":
            s, e = _noun_phrase(child)
            span = doc[s:e]
            return Ref(offset + span.start_char, offset + span.end_char, span.text, "name")
    s, e = _noun_phrase(tok)
    span = doc[s:e]
    if tok.pos_ == "PROPN" or (tok.ent_type_ and tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")):
        return Ref(offset + span.start_char, offset + span.end_char, span.text, "name")
    ref = Ref(
        offset + span.start_char, offset + span.end_char, span.text, "description", tok.lower_
    )
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "with"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    os_, oe = _noun_phrase(obj)
                    ref.of_start = offset + doc[os_:oe].start_char
                    ref.of_end = offset + doc[os_:oe].end_char
    return ref


def _pobj(prep):
    """The object of a preposition ("to" -> "X" in "according to X"), or None."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _subject(verb):
    """The speaker token of a cue verb, climbing through conjunctions and participles."""
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        return _pobj(to) if to is not None else None
    if verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "X said ..., calling it Y": the speaker is the subject of the main clause.
        root = verb.sent.root
        for child in root.children:
            if child.dep_ == "nsubj":
                return child
    seen = 0
    v = verb
    while v is not None and seen < 4:
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:  # "said the coxswain, Elowen Penrose": two subjects, one named
            named = [c for c in subjects if c.pos_ == "PROPN"]
            return (named or subjects)[-1]
        for child in v.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.dep_ != "expl":
                if child.dep_ == "nsubjpass":  # "was told by X": the agent speaks
                    agent = next((c for c in v.children if c.dep_ == "agent"), None)
                    if agent is not None and _pobj(agent) is not None:
                        return _pobj(agent)
                    if v.lower_ not in ("quoted", "cited"):
                        continue
                return child
        if v.dep_ in ("conj", "advcl", "xcomp", "ccomp", "relcl", "acl") and v.head is not v:
            v = v.head
            seen += 1
            continue
        break
    return None


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` is inside (or on the marks of) one of the sorted, disjoint spans."""
    i = bisect.bisect_right(spans, (pos + 1, _FAR)) - 1
    return i >= 0 and pos < spans[i][1] + 1


_FAR = 1 << 62


class _Sentences:
    """The sentences of a parsed chunk, indexed once (``Token.sent`` scans each time)."""

    def __init__(self, doc) -> None:
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
    end = offset + len(doc.text)
    _links(doc, offset, facts.links)
    sentences = _Sentences(doc)
    for tok in doc:
        main_clause = tok.head.dep_ == "ROOT" or (
            tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT"
        )
        opening = (
            tok.i - sentences.first_token[tok.i] < 5
        )  # "The Popular Mobilization Forces (PMF) — ..."
        if not (main_clause or opening):
            continue  # "when the U.S. bombed ...": a subordinate subject is not the topic
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN":
            s, e = _noun_phrase(tok)
            facts.subjects.append((offset + doc[s].idx, offset + doc[e - 1].idx + len(doc[e - 1])))
        elif tok.dep_ == "poss" and tok.pos_ == "PROPN" and tok.head.dep_ == "nsubj":
            facts.subjects.append((offset + tok.idx, offset + tok.idx + len(tok)))
    for q in quotes:
        if not (offset <= q.start < end):
            continue
        facts.attributions.append(_attribute(doc, offset, q, all_spans, sentences, facts.speakers))
    _indirect(doc, offset, all_spans, facts)


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
    text = doc.text
    rel_s = q.start - offset
    before = text[max(0, rel_s - 60) : max(0, rel_s - 1)]
    q.partial = _is_partial(text, rel_s, q.end - offset)
    sents = _tokens_around(sentences, offset, q)
    para_start, para_end = _para_bounds(text, rel_s)
    best = None
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
                subj = _subject(tok)
                if subj is None or _inside(offset + subj.idx, all_spans):
                    continue
                # A cue whose clause holds the quote governs it ("X told the council
                # that Y had become "..." and asked ..."): the smallest such clause
                # wins; otherwise the nearest cue.
                start_rel = q.start - offset
                holds = tok.left_edge.idx <= start_rel <= tok.right_edge.idx + len(tok.right_edge)
                size = tok.right_edge.i - tok.left_edge.i if holds else 1 << 30
                distance = min(abs(pos - q.start), abs(pos - q.end))
                rank = (size, distance)
                if best is None or rank < best[0]:
                    best = (rank, tok, subj)
    if best is not None:
        _, cue, subj = best
        ref = _ref_for(subj, offset)
        if ref.kind == "name":
            speakers.append((ref.start, ref.end, ref.text))
        return Attribution(q, cue.text, ref)
    if q.partial and TITLE_LEADS.search(before):
        return Attribution(q, "title")
    return Attribution(q)


def _para_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n\n", 0, pos)
    e = text.find("\n\n", pos)
    return (0 if s < 0 else s + 2), (len(text) if e < 0 else e)


def _is_partial(text: str, s: int, e: int) -> bool:
    """A fragment inside running prose, not a quoted sentence of its own."""
    inner = text[s:e].strip()
    prev = text[max(0, s - 3) : max(0, s - 1)].rstrip()
    starts_lower = inner[:1].islower() or inner[:1] in "…."
    prev_char = prev[-1:] if prev else ""
    embedded = prev_char.isalnum() or prev_char in ("(",)
    return starts_lower or (embedded and len(inner.split()) <= 12)


def _links(doc, offset: int, links: dict[str, tuple[int, int]]) -> None:
    """Descriptions tied to names: "Basim Alawadi, the government spokesman",
    "the mayor, Turki Muhammad Khalaf", "spokesman Basim Alawadi"."""
    for tok in doc:
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        nouns = [c for c in subjects if c.pos_ == "NOUN" and c.tag_ == "NN"]
        names = [c for c in subjects if c.pos_ == "PROPN"]
        if nouns and names:  # "said the station's coxswain, Elowen Penrose"
            s, e = _noun_phrase(names[-1])
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
            s, e = _noun_phrase(name)
            span = doc[s:e]
            links.setdefault(desc.lower_, (offset + span.start_char, offset + span.end_char))
            for mod in desc.lefts:
                if mod.dep_ in ("compound", "amod"):
                    links.setdefault(
                        f"{mod.lower_} {desc.lower_}",
                        (offset + span.start_char, offset + span.end_char),
                    )
        elif tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
            s, e = _noun_phrase(tok.head)
            span = doc[s:e]
            links.setdefault(tok.lower_, (offset + span.start_char, offset + span.end_char))


def _add_indirect(facts: QuoteFacts, start: int, end: int, cue: str, ref: Ref) -> None:
    facts.indirect.append(IndirectQuote(start, end, cue, ref))
    if ref.kind == "name":  # "Zelenskyy said ...": a named speaker, tagged or not
        facts.speakers.append((ref.start, ref.end, ref.text))


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
                subj = _subject(tok)
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
                _add_indirect(facts, start, end, tok.text, _ref_for(subj, offset))
                continue
            if tok.dep_ == "relcl":
                continue  # "the 16 fighters they said were killed": not a statement
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if comp is None:
                continue
            subj = _subject(tok)
            if subj is None:
                continue
            toks = [t for t in comp.subtree if t.dep_ != "mark" or t.i != comp.left_edge.i]
            toks = [t for t in toks if not t.is_punct or t.i != toks[-1].i]
            if len(toks) < 3:
                continue
            start = offset + toks[0].idx
            end = offset + toks[-1].idx + len(toks[-1])
            _add_indirect(facts, start, end, tok.text, _ref_for(subj, offset))


# --- resolving speakers to entities --------------------------------------------------------


class _Resolver:
    def __init__(self, text: str, entities: list[Entity], facts: QuoteFacts):
        self.text = text
        self.links = facts.links
        self.subjects = sorted(facts.subjects)
        self.last_unnamed: tuple[int, str] | None = None
        self.by_pos: list[tuple[int, int, Entity]] = sorted(
            (s, e, ent) for ent in entities for s, e in ent.mentions
        )
        self.last_person: tuple[int, Entity | str] | None = None
        self.last_group: tuple[int, Entity | str] | None = None

    def entity_at(self, start: int, end: int) -> Entity | None:
        best = None
        for s, e, ent in self.by_pos:
            if s >= end:
                break
            if e > start and (best is None or (e - s) > (best[1] - best[0])):
                best = (s, e, ent)
        return best[2] if best else None

    def subject_before(self, pos: int, types: set[str]) -> tuple[int, Entity] | None:
        """The latest named grammatical subject before ``pos`` of one of ``types``."""
        found = None
        for s, e in self.subjects:
            if s >= pos:
                break
            ent = self.entity_at(s, e)
            if ent is not None and ent.type in types:
                found = (s, ent)
        return found

    def _group_before(self, pos: int) -> Entity | None:
        """What "the group" refers to: the latest organisation that was a subject, else
        the latest organisation named."""
        subject = self.subject_before(pos, {"ORG"})
        return subject[1] if subject is not None else self.nearest_before(pos, {"ORG"})

    def nearest_before(self, pos: int, types: set[str]) -> Entity | None:
        found = None
        for s, _e, ent in self.by_pos:
            if s >= pos:
                break
            if ent.type in types:
                found = ent
        return found

    def resolve(self, ref: Ref | None, pos: int) -> Entity | str | None:
        if ref is None:
            return None
        if ref.kind == "name":
            return self.entity_at(ref.start, ref.end) or _clean_desc(ref.text)
        if ref.kind == "pronoun":
            person = ref.head in PRONOUNS_PERSON
            types = {"PERSON"} if person else {"ORG", "NORP", "PLACE"}
            recent = self.last_person if person else self.last_group
            subject = self.subject_before(min(pos, ref.start), types)
            if recent and pos - recent[0] < 2500 and (subject is None or subject[0] < recent[0]):
                return recent[1]
            if subject is not None:
                return subject[1]
            return self.nearest_before(pos, types)
        # a description
        words = ref.text.lower().split()
        definite = bool(words) and words[0] in ("the", "this", "that")
        if definite:
            for k in (" ".join(words[-2:]), ref.head):
                if k in self.links:
                    ent = self.entity_at(*self.links[k])
                    if ent is not None:
                        return ent
        if ref.of_start >= 0:  # "a spokesman for the group" -> the group
            inner = self.entity_at(ref.of_start, ref.of_end)
            if inner is not None:
                return inner
            of_words = self.text[ref.of_start : ref.of_end].lower().split()
            if of_words and of_words[-1] in GROUP_WORDS:
                ent = self._group_before(ref.of_start)
                if ent is not None:
                    return ent
        if ref.head in GROUP_WORDS and definite:
            ent = self._group_before(ref.start)
            if ent is not None:
                return ent
        if definite and self.last_unnamed and pos - self.last_unnamed[0] < 1500:
            return self.last_unnamed[1]  # "a Syrian refugee ... said" then "the source said"
        return _clean_desc(ref.text)

    def remember(self, speaker: Entity | str | None, pos: int) -> None:
        if isinstance(speaker, str):
            self.last_unnamed = (pos, speaker)
        if isinstance(speaker, Entity):
            if speaker.type == "PERSON":
                self.last_person = (pos, speaker)
            else:
                self.last_group = (pos, speaker)


def standalone_blocks(article: Article) -> list[tuple[int, int]]:
    """Headings, and paragraphs that are one quotation and nothing else: section titles
    that repeat a speaker's words ("“My fears have been realized”")."""
    out = []
    for b in article.blocks:
        body = article.text[b.start : b.end].strip()
        quoted = (
            body[:1] in '"“'
            and body[-1:] in '"”'
            and body.count('"') + body.count("“") + body.count("”") == 2
        )
        titled = not body.rstrip('"”').rstrip().endswith((".", "!", "?", ","))
        if b.kind == "heading" or (b.kind == "paragraph" and quoted and titled and len(body) < 160):
            out.append((b.start, b.end))
    return out


def _headings_take_speakers(article: Article, results: list) -> None:
    """A standalone quote takes the speaker of the quote whose words it repeats (or that
    repeats it); failing that, of the first attributed quote after it."""
    text = article.text
    blocks = standalone_blocks(article)
    norm = re.compile(r"[^\w']+")
    for i, (s, e, _kind, speaker, cue) in enumerate(results):
        if speaker is not None or not any(hs <= s < he for hs, he in blocks):
            continue
        words = norm.sub(" ", text[s:e].lower()).strip()
        found = None
        for s2, e2, _k, sp2, _c in results:
            other = norm.sub(" ", text[s2:e2].lower()).strip()
            if sp2 is None or s2 == s or not words or not other:
                continue
            if words in other or (len(other.split()) >= 2 and other in words):
                found = sp2
                break
        if found is None:
            after = [r for r in results if r[0] > e and r[3] is not None and r[2] != "indirect"]
            if after and after[0][0] - e < 600:
                found = after[0][3]
        if found is not None:
            results[i] = (s, e, "partial", found, cue)


def _clean_desc(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,")


def resolve(article: Article, facts: QuoteFacts, entities: list[Entity]) -> list[Quote]:
    text = article.text
    resolver = _Resolver(text, entities, facts)
    blocks = standalone_blocks(article)

    def standalone(q: RawQuote) -> bool:
        return any(s <= q.start < e for s, e in blocks)

    results: list[tuple[int, int, str, Entity | str | None, str | None]] = []
    by_run: dict[int, Entity | str | None] = {}
    attributions = sorted(facts.attributions, key=lambda a: a.quote.start)
    # Multi-paragraph runs: the speaker named in any paragraph of the run speaks for all.
    runs = [a.quote.run for a in attributions]
    for a in attributions:
        several = runs.count(a.quote.run) > 1
        if several and a.ref is not None and a.ref.kind != "pronoun" and a.quote.run not in by_run:
            by_run[a.quote.run] = resolver.resolve(a.ref, a.quote.start)
    last_speaker: Entity | str | None = None
    last_para = -10
    # One pass in text order, reported speech included, so that "he" and "they" are
    # resolved against what the reader has seen so far.
    items: list[Attribution | IndirectQuote] = [*attributions, *facts.indirect]
    items.sort(key=lambda x: x.quote.start if isinstance(x, Attribution) else x.start)
    for a in items:
        if isinstance(a, IndirectQuote):
            speaker = resolver.resolve(a.ref, a.start)
            resolver.remember(speaker, a.start)
            results.append((a.start, a.end, "indirect", speaker, a.cue))
            continue
        q = a.quote
        words = text[q.start : q.end].split()
        if a.cue == "title":
            continue
        if a.ref is not None:
            speaker = resolver.resolve(a.ref, q.start)
            kind = "partial" if q.partial else "direct"
        elif q.run in by_run and by_run[q.run] is not None:
            speaker = by_run[q.run]
            kind = "partial" if q.partial else "direct"
        elif (
            not q.partial
            and last_speaker is not None
            and q.para - last_para <= 1
            and not standalone(q)
        ):
            speaker = last_speaker  # a quote that carries on the last speaker's words
            kind = "direct"
        elif (len(words) <= 3 or q.partial) and not standalone(q):
            continue  # scare quotes and titles: no cue, a few words
        else:
            speaker = None
            kind = "direct"
        resolver.remember(speaker, q.start)
        if speaker is not None:
            last_speaker, last_para = speaker, q.para
        results.append((q.start, q.end, kind, speaker, a.cue))
    _headings_take_speakers(article, results)
    results.sort(key=lambda r: r[0])
    quotes = []
    for i, (s, e, kind, speaker, cue) in enumerate(results, 1):
        name = speaker.name if isinstance(speaker, Entity) else speaker
        sid = speaker.id if isinstance(speaker, Entity) else None
        quotes.append(Quote(f"q{i}", text[s:e], s, e, kind, name, sid, cue))
    return quotes
