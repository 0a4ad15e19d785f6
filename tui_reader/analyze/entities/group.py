"""The mentions of one thing while they are merged, and the type they vote for."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .mentions import Mention


@dataclass
class Group:
    mentions: list[Mention] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)
    votes: Counter = field(default_factory=Counter)
    weak_votes: Counter = field(default_factory=Counter)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.forms[m.text] += 1
        if m.weak:
            self.weak_votes[m.label] += 1
        else:
            self.votes[m.label] += 1

    def absorb(self, other: Group, *, votes: bool = True) -> None:
        """Take the other's mentions; with votes=False its type is not counted (a gloss)."""
        for m in other.mentions:
            if votes:
                self.add(m)
            else:
                self.mentions.append(m)
                self.forms[m.text] += 1

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def type(self) -> str:
        return (self.votes or self.weak_votes).most_common(1)[0][0]
