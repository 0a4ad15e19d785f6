"""What the parse says about quotes, kept between the chunks and the resolution pass."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    head_at: int = -1  # a name's head word: "Party Chairman Jaime Harrison" -> "Harrison"
    person: tuple[int, int, str] | None = None  # the person's own name at the end of it
    # nouns that qualify a description's head: "the harbour board" -> ("harbour",)
    qualifiers: tuple[str, ...] = ()

    def named(self) -> tuple[int, int, str]:
        """The span that names the speaker: the person's name in a phrase that leads with
        an organisation and a title, else the whole name."""
        return self.person or (self.start, self.end, self.text)


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
    # paraphrase by a verb of saying that is not shown as reported speech ("X elaborated
    # that ..."): where it ends, and who said it
    paraphrases: list[tuple[int, Ref]] = field(default_factory=list)
    # where the article's list items start: a dash line under a quote may sign it
    items: frozenset[int] = frozenset()
