"""The resolution pass over the whole article: pronouns and descriptions to entities,
quotes in headings to the speaker whose words they repeat."""

from __future__ import annotations

import bisect
import re

from ...model import Article, Entity, Quote
from ..entities.forms import is_acronym
from .cues import GROUP_WORDS, PRONOUNS_PERSON
from .facts import Attribution, IndirectQuote, QuoteFacts, RawQuote, Ref
from .marks import standalone_blocks


class _Resolver:
    def __init__(self, text: str, entities: list[Entity], facts: QuoteFacts):
        self.text = text
        self.links = facts.links
        self.subjects = sorted(facts.subjects)
        self.last_unnamed: tuple[int, str] | None = None
        self.by_pos: list[tuple[int, int, Entity]] = sorted(
            ((s, e, ent) for ent in entities for s, e in ent.mentions), key=lambda m: m[:2]
        )
        self.starts = [s for s, _e, _ent in self.by_pos]
        self.longest = max((e - s for s, e, _ent in self.by_pos), default=0)
        self.subject_starts = [s for s, _e in self.subjects]
        self.subject_entities: list[tuple[int, Entity | None]] | None = None
        self.last_person: tuple[int, Entity | str] | None = None
        self.last_group: tuple[int, Entity | str] | None = None
        self.named = _by_name(entities)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The longest mention overlapping [start, end) (the first of equals)."""
        best = None
        lo = bisect.bisect_left(self.starts, start - self.longest)
        for i in range(lo, bisect.bisect_left(self.starts, end)):
            s, e, ent = self.by_pos[i]
            if e > start and (best is None or (e - s) > (best[1] - best[0])):
                best = (s, e, ent)
        return best[2] if best else None

    def subject_before(self, pos: int, types: set[str]) -> tuple[int, Entity] | None:
        """The latest named grammatical subject before ``pos`` of one of ``types``."""
        if self.subject_entities is None:  # each subject's entity, found once
            self.subject_entities = [(s, self.entity_at(s, e)) for s, e in self.subjects]
        for i in range(bisect.bisect_left(self.subject_starts, pos) - 1, -1, -1):
            s, ent = self.subject_entities[i]
            if ent is not None and ent.type in types:
                return s, ent
        return None

    def _group_before(self, pos: int) -> Entity | None:
        """What "the group" refers to: the latest organisation that was a subject, else
        the latest organisation named."""
        subject = self.subject_before(pos, {"ORG"})
        return subject[1] if subject is not None else self.nearest_before(pos, {"ORG"})

    def nearest_before(self, pos: int, types: set[str]) -> Entity | None:
        for i in range(bisect.bisect_left(self.starts, pos) - 1, -1, -1):
            ent = self.by_pos[i][2]
            if ent.type in types:
                return ent
        return None

    def resolve(self, ref: Ref | None, pos: int) -> Entity | str | None:
        if ref is None:
            return None
        if ref.kind == "name":
            # The head word names the speaker: "South Carolina Party Chairman Jaime
            # Harrison" is Harrison, not the state that leads the phrase.
            head = self.entity_at(ref.head_at, ref.head_at + 1) if ref.head_at >= 0 else None
            found = head or self.entity_at(ref.start, ref.end)
            # a name the tagger missed here but gave elsewhere ("Hosking's" read as a noun)
            return found or self.named.get(_clean_desc(ref.text)) or _clean_desc(ref.text)
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
        # a description; or a name the tagger took for a noun ("Hosking's dictum")
        known = self.named.get(_clean_desc(ref.text)) if ref.text[:1].isupper() else None
        if known is not None:
            return known
        words = ref.text.lower().split()
        definite = bool(words) and words[0] in ("the", "this", "that")
        # "China's ambassador" is as definite as "the ambassador" for a name tied to it
        # ("China's ambassador to Britain Liu Xiaming"); "Trump's campaign" stays his.
        possessed = bool(words) and words[0].endswith(("'s", "’s"))
        if definite or (possessed and ref.head not in GROUP_WORDS):
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
            if ent is not None and _fits(ref.qualifiers, ent, ref.head):
                return ent
            return _clean_desc(ref.text)  # a group, not a person described again
        if definite and ref.head in ISSUED and ref.of_start < 0:
            issuer = self._latest_speaker(pos)  # "X said in a statement" ... "the statement said"
            if issuer is not None:
                return issuer
        # "a Syrian refugee ... said" then "the source said"; not "the authors of the
        # research", which says whose they are
        recent = self.last_unnamed is not None and pos - self.last_unnamed[0] < 1500
        if definite and recent and ref.of_start < 0:
            return self.last_unnamed[1]
        return _clean_desc(ref.text)

    def _latest_speaker(self, pos: int) -> Entity | None:
        """The named speaker heard last, if lately: who issued "the statement"."""
        heard = [h for h in (self.last_person, self.last_group) if h is not None]
        latest = max(heard, key=lambda h: h[0], default=None)
        if latest is None or pos - latest[0] > 1500 or not isinstance(latest[1], Entity):
            return None
        return latest[1]

    def remember(self, speaker: Entity | str | None, pos: int) -> None:
        if isinstance(speaker, str):
            self.last_unnamed = (pos, speaker)
        if isinstance(speaker, Entity):
            if speaker.type == "PERSON":
                self.last_person = (pos, speaker)
            else:
                self.last_group = (pos, speaker)


# Writings whose words are their issuer's own: "X said in a statement" ... "the statement
# added". A survey, a report or an email says things of its own and keeps its name.
ISSUED = frozenset({"statement", "statements", "release"})


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


# The rest of the reported speech's sentence (", but this would not happen."), then the
# paragraph's end.
_PARA_BREAK = re.compile(r"[^.!?\n\"“”]{0,200}[.!?:]?[\"'”’]?\s*\n\s*")


def _goes_on(text: str, reported: tuple[int, Entity] | None, q: RawQuote) -> bool:
    """Whether the quote opens the paragraph right after one that ends in reported speech
    ("Schoen elaborated that superdelegates may reconsider." then ""A Sanders win ..."")."""
    return reported is not None and bool(_PARA_BREAK.fullmatch(text, reported[0], q.start - 1))


def _fits(qualifiers: tuple[str, ...], ent: Entity, head: str = "") -> bool:
    """Whether "the harbour board" can be this organisation: a noun that qualifies the
    group noun must be a word of one of its names ("the company" fits any). A kind of
    body that institutions put in their names ("the ministry", "the court") must be in
    one of its names too, unless it goes by an acronym."""
    forms = (ent.name, *ent.aliases)
    words = set(re.findall(r"\w+", " ".join(forms).lower()))
    if head in NAMED_KINDS and head not in words and not any(is_acronym(f) for f in forms):
        return False
    if not qualifiers:
        return True
    return any(q in words for q in qualifiers)


# Kinds of bodies that carry the word in their names: "the Defence Ministry", "the Supreme
# Court", "the House Intelligence Committee".
NAMED_KINDS = frozenset({"ministry", "court", "committee", "council", "commission"})


def _answers(text: str, results: list, last_speaker, answer: str) -> bool:
    """The quote before is a question its speaker put to the one who spoke before them, and
    this one is no second question of theirs."""
    if not results:
        return False
    start, end, _kind, speaker, _cue = results[-1]
    return speaker == last_speaker and _question(text[start:end]) and not _question(answer)


def _question(words: str) -> bool:
    return words.rstrip(' ,\u201d"').endswith("?")


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    """Each entity by its name and aliases, and a person by a family name only they have."""
    named = {n: ent for ent in entities for n in (ent.name, *ent.aliases)}
    families: dict[str, list[Entity]] = {}
    for ent in entities:
        if ent.type == "PERSON" and " " in ent.name:
            families.setdefault(ent.name.rsplit(" ", 1)[1], []).append(ent)
    for family, people in families.items():
        if len(people) == 1:
            named.setdefault(family, people[0])
    return named


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
    asked: Entity | str | None = None  # who spoke before the last speaker
    asked_para = -10
    reported: tuple[int, Entity] | None = None  # a person's reported speech, where it ends
    paraphrases = sorted(facts.paraphrases, key=lambda p: p[0])
    # One pass in text order, reported speech included, so that "he" and "they" are
    # resolved against what the reader has seen so far.
    items: list[Attribution | IndirectQuote] = [*attributions, *facts.indirect]
    items.sort(key=lambda x: x.quote.start if isinstance(x, Attribution) else x.start)
    for a in items:
        if isinstance(a, IndirectQuote):
            speaker = resolver.resolve(a.ref, a.start)
            resolver.remember(speaker, a.start)
            results.append((a.start, a.end, "indirect", speaker, a.cue))
            if isinstance(speaker, Entity) and speaker.type == "PERSON":
                reported = (a.end, speaker)
            continue
        q = a.quote
        while paraphrases and paraphrases[0][0] < q.start:
            end, ref = paraphrases.pop(0)
            speaker = resolver.resolve(ref, end)
            if isinstance(speaker, Entity) and speaker.type == "PERSON":
                reported = (end, speaker)
        words = text[q.start : q.end].split()
        if a.cue == "title":
            continue
        if a.ref is not None:
            speaker = resolver.resolve(a.ref, q.start)
            kind = "partial" if q.partial else "direct"
        elif q.run in by_run and by_run[q.run] is not None:
            speaker = by_run[q.run]
            kind = "partial" if q.partial else "direct"
        elif not q.partial and _goes_on(text, reported, q) and not standalone(q):
            speaker = reported[1]  # "X added that ...", then the quote in the next paragraph
            kind = "direct"
        elif (
            not q.partial
            and last_speaker is not None
            and q.para - last_para <= 1
            and not standalone(q)
        ):
            speaker = last_speaker  # a quote that carries on the last speaker's words
            if (
                asked is not None
                and q.para - asked_para <= 1
                and _answers(text, results, last_speaker, text[q.start : q.end])
            ):
                speaker = asked  # '"Why not?" a reporter asked. "Because ..."': the one asked
            kind = "direct"
        elif (len(words) <= 3 or q.partial) and not standalone(q):
            continue  # scare quotes and titles: no cue, a few words
        else:
            speaker = None
            kind = "direct"
        resolver.remember(speaker, q.start)
        if speaker is not None and speaker != last_speaker:
            asked, asked_para = last_speaker, last_para
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
